//! Notices to a colleague who received kwesties when their holder was disabled ("3 kwesties van
//! Tom Tweede aan u overgedragen"), shown under "Mijn werk" until seen.

use crate::Result;
use crate::row::{i, oi, s};
use sqlx::any::AnyRow;
use sqlx::{Any, Executor};

#[derive(Debug, Clone)]
pub struct NoticeRow {
    pub id: i64,
    pub user_id: i64,
    pub from_user_id: Option<i64>,
    pub from_name: String,
    /// The references, in order.
    pub refs: Vec<String>,
    pub created_at: i64,
}

fn notice(r: &AnyRow) -> Result<NoticeRow> {
    Ok(NoticeRow {
        id: i(r, "id")?,
        user_id: i(r, "user_id")?,
        from_user_id: oi(r, "from_user_id")?,
        from_name: s(r, "from_name")?,
        refs: s(r, "refs")?
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect(),
        created_at: i(r, "created_at")?,
    })
}

const COLUMNS: &str = "id, user_id, from_user_id, from_name, refs, created_at";

/// Tells `user_id` that these kwesties (`refs`) of `from_user_id` are theirs now.
pub async fn insert(
    ex: impl Executor<'_, Database = Any>,
    user_id: i64,
    from_user_id: i64,
    from_name: &str,
    refs: &[String],
    at: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO handover_notices (user_id, from_user_id, from_name, refs, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(user_id)
    .bind(from_user_id)
    .bind(from_name)
    .bind(refs.join("\n"))
    .bind(at)
    .execute(ex)
    .await?;
    Ok(())
}

/// The notices `user_id` has not marked seen, newest first.
pub async fn unseen(ex: impl Executor<'_, Database = Any>, user_id: i64) -> Result<Vec<NoticeRow>> {
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM handover_notices WHERE user_id = $1 AND seen_at IS NULL \
         ORDER BY id DESC LIMIT 50"
    )))
    .bind(user_id)
    .fetch_all(ex)
    .await?
    .iter()
    .map(notice)
    .collect()
}

/// The notices of the last disabling of `from_user_id` (one per receiver).
pub async fn last_from(
    ex: impl Executor<'_, Database = Any>,
    from_user_id: i64,
) -> Result<Vec<NoticeRow>> {
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM handover_notices WHERE from_user_id = $1 AND created_at = \
         (SELECT MAX(created_at) FROM handover_notices WHERE from_user_id = $1) ORDER BY id"
    )))
    .bind(from_user_id)
    .fetch_all(ex)
    .await?
    .iter()
    .map(notice)
    .collect()
}

/// `user_id` saw notice `id`; false when it is not theirs.
pub async fn mark_seen(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    user_id: i64,
    at: i64,
) -> Result<bool> {
    Ok(sqlx::query(
        "UPDATE handover_notices SET seen_at = $1 WHERE id = $2 AND user_id = $3 AND seen_at IS NULL",
    )
    .bind(at)
    .bind(id)
    .bind(user_id)
    .execute(ex)
    .await?
    .rows_affected()
        > 0)
}
