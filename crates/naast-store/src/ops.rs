//! What an operator saves and watches: a consistent copy of the embedded database (`VACUUM
//! INTO`), the schema version and master-key ids a backup records, and the counts the metrics
//! show (jobs by kind and state, kwesties, the age of the audit head). Counts and ids only.

use crate::row::{i, s};
use crate::{BackendKind, Db, Result, StoreError};
use std::path::Path;

/// Writes a consistent copy of the embedded SQLite database to `dest` (which must not exist)
/// while others keep writing: `VACUUM INTO` reads one snapshot in a read transaction, so in WAL
/// mode writers carry on and every transaction committed before it began is in the copy.
/// Refused on PostgreSQL (use `pg_dump`).
pub async fn copy_sqlite(db: &Db, dest: &Path) -> Result<()> {
    if db.kind() != BackendKind::Sqlite {
        return Err(StoreError::Unsupported("VACUUM INTO on PostgreSQL"));
    }
    let dest = dest
        .to_str()
        .ok_or(StoreError::Unsupported("a backup path that is not UTF-8"))?;
    sqlx::query("VACUUM INTO $1")
        .bind(dest.to_string())
        .execute(db.pool())
        .await?;
    Ok(())
}

/// The newest migration applied (0 on an empty database).
pub async fn schema_version(db: &Db) -> Result<i64> {
    let r = sqlx::query("SELECT COALESCE(MAX(version), 0) AS v FROM naast_migrations")
        .fetch_one(db.pool())
        .await?;
    Ok(i(&r, "v")?)
}

/// The newest migration this program knows for `kind`: a backup with a newer schema was made
/// by a newer Naast and is not restored by this one.
pub fn newest_known(kind: BackendKind) -> i64 {
    known_versions(kind).last().copied().unwrap_or(0)
}

/// Every migration this program knows for `kind`, in order.
pub fn known_versions(kind: BackendKind) -> Vec<i64> {
    let list = match kind {
        BackendKind::Sqlite => crate::migrate::SQLITE,
        BackendKind::Postgres => crate::migrate::POSTGRES,
    };
    list.iter().map(|m| m.version).collect()
}

/// The ids of the master keys that wrap the data keys still held (a restore needs each of them).
pub async fn key_ids(db: &Db) -> Result<Vec<String>> {
    let rows = sqlx::query(
        "SELECT DISTINCT kek_id FROM data_keys WHERE wrapped IS NOT NULL ORDER BY kek_id",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .iter()
        .map(|r| s(r, "kek_id"))
        .collect::<Result<_, _>>()?)
}

/// The state of a background job as the jobs page names it.
pub fn job_state(done: bool, failed: bool) -> &'static str {
    match (done, failed) {
        (true, _) => "done",
        (_, true) => "failed",
        _ => "queued",
    }
}

/// Jobs counted by kind and state (`queued`, `done`, `failed`).
pub async fn job_counts(db: &Db) -> Result<Vec<(String, &'static str, i64)>> {
    let rows = sqlx::query(
        "SELECT kind,
                CASE WHEN done_at IS NOT NULL THEN 1 ELSE 0 END AS done,
                CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END AS failed,
                COUNT(*) AS n
         FROM jobs GROUP BY kind,
                CASE WHEN done_at IS NOT NULL THEN 1 ELSE 0 END,
                CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                s(r, "kind")?,
                job_state(i(r, "done")? != 0, i(r, "failed")? != 0),
                i(r, "n")?,
            ))
        })
        .collect()
}

/// Kwesties counted by channel (`phone`, `web`, …): every intake ever registered.
pub async fn cases_by_channel(db: &Db) -> Result<Vec<(String, i64)>> {
    let rows = sqlx::query("SELECT channel, COUNT(*) AS n FROM cases GROUP BY channel")
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| Ok((s(r, "channel")?, i(r, "n")?)))
        .collect()
}

/// When the newest audit entry was written (seconds since the epoch), if there is one.
pub async fn audit_head_at(db: &Db) -> Result<Option<i64>> {
    let r = sqlx::query("SELECT at FROM audit_log ORDER BY seq DESC LIMIT 1")
        .fetch_optional(db.pool())
        .await?;
    Ok(r.map(|r| i(&r, "at")).transpose()?)
}

/// Rows of a table (a restore check compares a few). `table` is one of ours, never input.
pub async fn count_rows(db: &Db, table: &'static str) -> Result<i64> {
    let r = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) AS n FROM {table}"
    )))
    .fetch_one(db.pool())
    .await?;
    Ok(i(&r, "n")?)
}

/// The connection pool: connections open and idle.
pub fn pool_state(db: &Db) -> (u32, u32) {
    (db.pool().size(), db.pool().num_idle() as u32)
}

#[cfg(test)]
#[expect(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_copy_holds_what_was_committed_and_counts_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::connect(&Db::sqlite_url(dir.path())).await.unwrap();
        db.migrate().await.unwrap();
        crate::jobs::enqueue(db.pool(), "email.send", "1", 0)
            .await
            .unwrap();
        let dest = dir.path().join("copy.db");
        copy_sqlite(&db, &dest).await.unwrap();
        let copy = Db::connect(&format!("sqlite://{}", dest.display()))
            .await
            .unwrap();
        assert_eq!(
            schema_version(&copy).await.unwrap(),
            schema_version(&db).await.unwrap()
        );
        let jobs = job_counts(&copy).await.unwrap();
        assert_eq!(jobs, vec![("email.send".to_string(), "queued", 1)]);
        assert!(key_ids(&copy).await.unwrap().is_empty());
        assert_eq!(audit_head_at(&copy).await.unwrap(), None);
        // A copy onto an existing file is refused: nothing is overwritten.
        assert!(copy_sqlite(&db, &dest).await.is_err());
    }
}
