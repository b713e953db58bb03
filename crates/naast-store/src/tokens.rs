//! One-time set-up links and API tokens. Only hashes are stored.

use crate::Result;
use crate::row::{i, oi, s};
use sqlx::{Any, Executor};

#[derive(Debug, Clone)]
pub struct SetupLinkRow {
    pub purpose: String,
    pub user_id: Option<i64>,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

pub async fn insert_setup_link(
    ex: impl Executor<'_, Database = Any>,
    token_hash: &str,
    purpose: &str,
    user_id: Option<i64>,
    now: i64,
    expires_at: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO setup_links (token_hash, purpose, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(purpose)
    .bind(user_id)
    .bind(now)
    .bind(expires_at)
    .execute(ex)
    .await?;
    Ok(())
}

pub async fn setup_link(
    ex: impl Executor<'_, Database = Any>,
    token_hash: &str,
) -> Result<Option<SetupLinkRow>> {
    let row = sqlx::query(
        "SELECT purpose, user_id, expires_at, used_at FROM setup_links WHERE token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(ex)
    .await?;
    row.map(|r| {
        Ok(SetupLinkRow {
            purpose: s(&r, "purpose")?,
            user_id: oi(&r, "user_id")?,
            expires_at: i(&r, "expires_at")?,
            used_at: oi(&r, "used_at")?,
        })
    })
    .transpose()
}

/// Spends a link; false when it was spent already (two tabs, a replay).
pub async fn use_setup_link(
    ex: impl Executor<'_, Database = Any>,
    token_hash: &str,
    now: i64,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE setup_links SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL",
    )
    .bind(now)
    .bind(token_hash)
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Voids every unused link of a purpose (a new bootstrap link voids the previous one) or of a user.
pub async fn void_setup_links(
    ex: impl Executor<'_, Database = Any>,
    purpose: &str,
    user_id: Option<i64>,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE setup_links SET used_at = $1 WHERE used_at IS NULL AND purpose = $2 \
         AND (($3 IS NULL AND user_id IS NULL) OR user_id = $3)",
    )
    .bind(now)
    .bind(purpose)
    .bind(user_id)
    .execute(ex)
    .await?;
    Ok(())
}

#[derive(Debug, Clone)]
pub struct ApiTokenRow {
    pub id: i64,
    pub user_id: i64,
    pub label: String,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
    /// `read` or `write`.
    pub scope: String,
}

fn map_token(r: &sqlx::any::AnyRow) -> Result<ApiTokenRow> {
    Ok(ApiTokenRow {
        id: i(r, "id")?,
        user_id: i(r, "user_id")?,
        label: s(r, "label")?,
        created_at: i(r, "created_at")?,
        expires_at: oi(r, "expires_at")?,
        last_used_at: oi(r, "last_used_at")?,
        revoked_at: oi(r, "revoked_at")?,
        scope: s(r, "scope")?,
    })
}

pub async fn insert_api_token(
    ex: impl Executor<'_, Database = Any>,
    user_id: i64,
    label: &str,
    token_hash: &str,
    now: i64,
    expires_at: Option<i64>,
    scope: &str,
) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO api_tokens (user_id, label, token_hash, created_at, expires_at, scope) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(user_id)
    .bind(label)
    .bind(token_hash)
    .bind(now)
    .bind(expires_at)
    .bind(scope)
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

/// The token with this hash if it is neither revoked nor expired.
pub async fn live_api_token(
    ex: impl Executor<'_, Database = Any>,
    token_hash: &str,
    now: i64,
) -> Result<Option<ApiTokenRow>> {
    let r = sqlx::query(
        "SELECT id, user_id, label, created_at, expires_at, last_used_at, revoked_at, scope FROM api_tokens \
         WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(ex)
    .await?;
    r.as_ref().map(map_token).transpose()
}

pub async fn mark_api_token_used(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    now: i64,
) -> Result<()> {
    sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2 AND (last_used_at IS NULL OR last_used_at < $1 - 60)")
        .bind(now)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

pub async fn api_tokens_of(
    ex: impl Executor<'_, Database = Any>,
    user_id: Option<i64>,
) -> Result<Vec<ApiTokenRow>> {
    let rows = sqlx::query(
        "SELECT id, user_id, label, created_at, expires_at, last_used_at, revoked_at, scope FROM api_tokens \
         WHERE $1 IS NULL OR user_id = $1 ORDER BY id",
    )
    .bind(user_id)
    .fetch_all(ex)
    .await?;
    rows.iter().map(map_token).collect()
}

pub async fn api_token(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
) -> Result<Option<ApiTokenRow>> {
    let r = sqlx::query("SELECT id, user_id, label, created_at, expires_at, last_used_at, revoked_at, scope FROM api_tokens WHERE id = $1")
        .bind(id)
        .fetch_optional(ex)
        .await?;
    r.as_ref().map(map_token).transpose()
}

pub async fn revoke_api_token(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    now: i64,
) -> Result<bool> {
    let r =
        sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now)
            .bind(id)
            .execute(ex)
            .await?;
    Ok(r.rows_affected() == 1)
}

/// Revokes every live token of a user (sign out everywhere, a new password, a new second
/// factor); returns how many.
pub async fn revoke_api_tokens_of_user(
    ex: impl Executor<'_, Database = Any>,
    user_id: i64,
    now: i64,
) -> Result<u64> {
    let r = sqlx::query(
        "UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(user_id)
    .execute(ex)
    .await?;
    Ok(r.rows_affected())
}
