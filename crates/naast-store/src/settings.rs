//! Installation-wide settings (demo mode, …) as key/value pairs.

use crate::Result;
use crate::row::s;
use sqlx::{Any, Executor};

pub const DEMO_MODE: &str = "demo_mode";

pub async fn get(ex: impl Executor<'_, Database = Any>, key: &str) -> Result<Option<String>> {
    let row = sqlx::query("SELECT value FROM settings WHERE key = $1")
        .bind(key)
        .fetch_optional(ex)
        .await?;
    row.map(|r| Ok(s(&r, "value")?)).transpose()
}

pub async fn set(ex: impl Executor<'_, Database = Any>, key: &str, value: &str) -> Result<()> {
    sqlx::query(
        "INSERT INTO settings (key, value) VALUES ($1, $2) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )
    .bind(key)
    .bind(value)
    .execute(ex)
    .await?;
    Ok(())
}

/// Sets `key` only if it has no value yet; false when another instance was first.
pub async fn insert_if_absent(
    ex: impl Executor<'_, Database = Any>,
    key: &str,
    value: &str,
) -> Result<bool> {
    let r = sqlx::query(
        "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
    )
    .bind(key)
    .bind(value)
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}
