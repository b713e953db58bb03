//! Retention and erasure: which closed kwesties are due, and wiping the sealed fields of a case
//! and everything on it (the case key itself is shredded in [`crate::keys`]). What remains is the
//! statistical record.

use super::{COLS, CaseRow};
use crate::Result;
use crate::row::i;
use sqlx::{Any, Executor};

/// Closed cases of a tenant closed before `before` whose personal data still exists.
pub async fn expired(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    before: &str,
) -> Result<Vec<CaseRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {} FROM cases c WHERE c.tenant_id = $1 AND c.status = 'closed' AND c.closed_on < $2 \
         AND EXISTS (SELECT 1 FROM data_keys k WHERE k.id = c.data_key_id AND k.wrapped IS NOT NULL) ORDER BY c.id",
        COLS.split(", ")
            .map(|c| format!("c.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    Ok(sqlx::query_as(sql)
        .bind(tenant_id)
        .bind(before)
        .fetch_all(ex)
        .await?)
}

/// Removes the sealed personal fields of a case, its timeline and its tasks (the key is
/// shredded separately; this also frees the space).
pub async fn destroy_personal(tx: &mut crate::Tx, case_id: i64) -> Result<()> {
    sqlx::query("UPDATE case_parties SET sealed = NULL WHERE case_id = $1")
        .bind(case_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE attachments SET sealed_name = NULL, sealed_data = NULL WHERE case_id = $1")
        .bind(case_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE cases SET sealed = NULL, version = version + 1 WHERE id = $1")
        .bind(case_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE case_entries SET sealed = NULL WHERE case_id = $1")
        .bind(case_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE tasks SET sealed = NULL WHERE case_id = $1")
        .bind(case_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE letter_versions SET sealed = NULL WHERE case_id = $1")
        .bind(case_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Whether any case of this person still holds personal data.
pub async fn person_still_needed(
    ex: impl Executor<'_, Database = Any>,
    person_id: i64,
) -> Result<bool> {
    let r = sqlx::query(
        "SELECT COUNT(*) AS n FROM cases c JOIN data_keys k ON k.id = c.data_key_id \
         WHERE c.citizen_id = $1 AND k.wrapped IS NOT NULL",
    )
    .bind(person_id)
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "n")? > 0)
}
