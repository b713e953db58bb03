//! Sign-in throttling, in the database so that every instance sees the same counts.
//!
//! A key collects failures in a window; past the limit it is blocked for a while. The caller
//! decides limits and gives the key already hashed (a keyed hash of `acct:<email>` or
//! `addr:<ip>`), so that this table holds no address; this module only counts.

use crate::Result;
use crate::row::i;
use sqlx::{Any, Executor};

/// Seconds the key is still blocked, or 0.
pub async fn blocked_for(
    ex: impl Executor<'_, Database = Any>,
    key: &str,
    now: i64,
) -> Result<i64> {
    let row = sqlx::query("SELECT blocked_until FROM throttle WHERE key = $1")
        .bind(key)
        .fetch_optional(ex)
        .await?;
    Ok(match row {
        Some(r) => (i(&r, "blocked_until")? - now).max(0),
        None => 0,
    })
}

/// Counts one failure; when the window holds `limit` failures, blocks the key for `block` s.
pub async fn fail(
    ex: impl Executor<'_, Database = Any>,
    key: &str,
    now: i64,
    window: i64,
    limit: i64,
    block: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO throttle (key, failures, window_start, blocked_until) VALUES ($1, 1, $2, 0) \
         ON CONFLICT (key) DO UPDATE SET \
           failures = CASE WHEN throttle.window_start < $2 - $3 THEN 1 ELSE throttle.failures + 1 END, \
           window_start = CASE WHEN throttle.window_start < $2 - $3 THEN $2 ELSE throttle.window_start END, \
           blocked_until = CASE WHEN throttle.window_start >= $2 - $3 AND throttle.failures + 1 >= $4 \
                           THEN $2 + $5 ELSE throttle.blocked_until END",
    )
    .bind(key)
    .bind(now)
    .bind(window)
    .bind(limit)
    .bind(block)
    .execute(ex)
    .await?;
    Ok(())
}

pub async fn clear(ex: impl Executor<'_, Database = Any>, key: &str) -> Result<()> {
    sqlx::query("DELETE FROM throttle WHERE key = $1")
        .bind(key)
        .execute(ex)
        .await?;
    Ok(())
}
