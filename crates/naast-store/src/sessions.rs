//! Server-side sessions. The browser holds a random id; the database holds only its hash, so a
//! database dump gives no usable session. Several instances share them.

use crate::Result;
use crate::row::{i, s};
use sqlx::{Any, Executor};

#[derive(Debug, Clone)]
pub struct SessionRow {
    pub user_id: i64,
    /// `password` (second factor still due), `enrol` (TOTP enrolment due) or `full`.
    pub stage: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}

pub async fn insert(
    ex: impl Executor<'_, Database = Any>,
    id_hash: &str,
    user_id: i64,
    stage: &str,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO sessions (id_hash, user_id, stage, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)",
    )
    .bind(id_hash)
    .bind(user_id)
    .bind(stage)
    .bind(now)
    .execute(ex)
    .await?;
    Ok(())
}

pub async fn get(
    ex: impl Executor<'_, Database = Any>,
    id_hash: &str,
) -> Result<Option<SessionRow>> {
    let row = sqlx::query(
        "SELECT user_id, stage, created_at, last_seen_at FROM sessions WHERE id_hash = $1",
    )
    .bind(id_hash)
    .fetch_optional(ex)
    .await?;
    row.map(|r| {
        Ok(SessionRow {
            user_id: i(&r, "user_id")?,
            stage: s(&r, "stage")?,
            created_at: i(&r, "created_at")?,
            last_seen_at: i(&r, "last_seen_at")?,
        })
    })
    .transpose()
}

/// Marks the session as seen, at most once a minute per session to spare the database.
pub async fn touch(ex: impl Executor<'_, Database = Any>, id_hash: &str, now: i64) -> Result<()> {
    sqlx::query(
        "UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2 AND last_seen_at < $1 - 60",
    )
    .bind(now)
    .bind(id_hash)
    .execute(ex)
    .await?;
    Ok(())
}

pub async fn delete(ex: impl Executor<'_, Database = Any>, id_hash: &str) -> Result<()> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
        .bind(id_hash)
        .execute(ex)
        .await?;
    Ok(())
}

/// Signs a user out everywhere.
pub async fn delete_for_user(ex: impl Executor<'_, Database = Any>, user_id: i64) -> Result<u64> {
    let r = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(ex)
        .await?;
    Ok(r.rows_affected())
}

/// Removes sessions idle since before `idle_before` or made before `created_before` (past
/// their absolute lifetime).
pub async fn purge_expired(
    ex: impl Executor<'_, Database = Any>,
    idle_before: i64,
    created_before: i64,
) -> Result<u64> {
    let r = sqlx::query("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2")
        .bind(idle_before)
        .bind(created_before)
        .execute(ex)
        .await?;
    Ok(r.rows_affected())
}
