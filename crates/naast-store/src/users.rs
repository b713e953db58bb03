//! Staff accounts.

use crate::Result;
use crate::row::{i, ob, oi, os, s};
use sqlx::any::AnyRow;
use sqlx::{Any, Executor};

#[derive(Debug, Clone)]
pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub password_hash: Option<String>,
    /// Sealed with the system key.
    pub totp_secret: Option<Vec<u8>>,
    pub totp_last_step: Option<i64>,
    /// Space-separated hashes of unused recovery codes.
    pub recovery_hashes: String,
    pub lang: String,
    pub disabled_at: Option<i64>,
    pub created_at: i64,
}

impl UserRow {
    /// The name people see: the display name, else the e-mail address.
    pub fn shown_name(&self) -> &str {
        if self.display_name.is_empty() {
            &self.email
        } else {
            &self.display_name
        }
    }
}

const COLS: &str = "id, email, display_name, role, password_hash, totp_secret, totp_last_step, \
                    recovery_hashes, lang, disabled_at, created_at";

fn map(r: AnyRow) -> Result<UserRow> {
    Ok(UserRow {
        id: i(&r, "id")?,
        email: s(&r, "email")?,
        display_name: s(&r, "display_name")?,
        role: s(&r, "role")?,
        password_hash: os(&r, "password_hash")?,
        totp_secret: ob(&r, "totp_secret")?,
        totp_last_step: oi(&r, "totp_last_step")?,
        recovery_hashes: s(&r, "recovery_hashes")?,
        lang: s(&r, "lang")?,
        disabled_at: oi(&r, "disabled_at")?,
        created_at: i(&r, "created_at")?,
    })
}

pub async fn insert(
    ex: impl Executor<'_, Database = Any>,
    email: &str,
    display_name: &str,
    role: &str,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO users (email, display_name, role, created_at) VALUES ($1, $2, $3, $4) \
         RETURNING id",
    )
    .bind(email)
    .bind(display_name)
    .bind(role)
    .bind(crate::now())
    .fetch_one(ex)
    .await?;
    Ok(i(&row, "id")?)
}

pub async fn count(ex: impl Executor<'_, Database = Any>) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM users")
        .fetch_one(ex)
        .await?;
    Ok(i(&row, "n")?)
}

/// How many active accounts have `role`.
pub async fn count_role(ex: impl Executor<'_, Database = Any>, role: &str) -> Result<i64> {
    let row =
        sqlx::query("SELECT COUNT(*) AS n FROM users WHERE role = $1 AND disabled_at IS NULL")
            .bind(role)
            .fetch_one(ex)
            .await?;
    Ok(i(&row, "n")?)
}

pub async fn by_email(
    ex: impl Executor<'_, Database = Any>,
    email: &str,
) -> Result<Option<UserRow>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLS} FROM users WHERE email = $1"));
    sqlx::query(sql)
        .bind(email)
        .fetch_optional(ex)
        .await?
        .map(map)
        .transpose()
}

pub async fn by_id(ex: impl Executor<'_, Database = Any>, id: i64) -> Result<Option<UserRow>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLS} FROM users WHERE id = $1"));
    sqlx::query(sql)
        .bind(id)
        .fetch_optional(ex)
        .await?
        .map(map)
        .transpose()
}

pub async fn list(ex: impl Executor<'_, Database = Any>) -> Result<Vec<UserRow>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLS} FROM users ORDER BY email"));
    sqlx::query(sql)
        .fetch_all(ex)
        .await?
        .into_iter()
        .map(map)
        .collect()
}

pub async fn set_password(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    hash: &str,
) -> Result<()> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

pub async fn set_display_name(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    name: &str,
) -> Result<()> {
    sqlx::query("UPDATE users SET display_name = $1 WHERE id = $2")
        .bind(name)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

pub async fn set_lang(ex: impl Executor<'_, Database = Any>, id: i64, lang: &str) -> Result<()> {
    sqlx::query("UPDATE users SET lang = $1 WHERE id = $2")
        .bind(lang)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

/// Stores an enrolled TOTP secret (sealed) with the matched step and the recovery-code hashes.
pub async fn set_totp(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    sealed_secret: &[u8],
    step: i64,
    recovery_hashes: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE users SET totp_secret = $1, totp_last_step = $2, recovery_hashes = $3 WHERE id = $4",
    )
    .bind(sealed_secret)
    .bind(step)
    .bind(recovery_hashes)
    .bind(id)
    .execute(ex)
    .await?;
    Ok(())
}

/// Records a used TOTP step; false when that step (or a later one) was used already, which is
/// how a replayed code is refused, atomically across instances.
pub async fn claim_totp_step(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    step: i64,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE users SET totp_last_step = $1 WHERE id = $2 \
         AND (totp_last_step IS NULL OR totp_last_step < $1)",
    )
    .bind(step)
    .bind(id)
    .execute(ex)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Replaces the recovery-code hashes if they are still `old` (a used code is spent once).
pub async fn swap_recovery_hashes(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    old: &str,
    new: &str,
) -> Result<bool> {
    let done =
        sqlx::query("UPDATE users SET recovery_hashes = $1 WHERE id = $2 AND recovery_hashes = $3")
            .bind(new)
            .bind(id)
            .bind(old)
            .execute(ex)
            .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn set_disabled(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    at: Option<i64>,
) -> Result<()> {
    sqlx::query("UPDATE users SET disabled_at = $1 WHERE id = $2")
        .bind(at)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

/// The ids of the tenants a user is assigned to.
pub async fn tenant_ids(ex: impl Executor<'_, Database = Any>, user_id: i64) -> Result<Vec<i64>> {
    let rows =
        sqlx::query("SELECT tenant_id FROM user_tenants WHERE user_id = $1 ORDER BY tenant_id")
            .bind(user_id)
            .fetch_all(ex)
            .await?;
    rows.iter().map(|r| Ok(i(r, "tenant_id")?)).collect()
}

pub async fn clear_tenants(ex: impl Executor<'_, Database = Any>, user_id: i64) -> Result<()> {
    sqlx::query("DELETE FROM user_tenants WHERE user_id = $1")
        .bind(user_id)
        .execute(ex)
        .await?;
    Ok(())
}

pub async fn add_tenant(
    ex: impl Executor<'_, Database = Any>,
    user_id: i64,
    tenant_id: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO user_tenants (user_id, tenant_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    )
    .bind(user_id)
    .bind(tenant_id)
    .execute(ex)
    .await?;
    Ok(())
}

/// Every user's sealed TOTP secret, as `(user id, sealed)` (the one-time re-binding).
pub async fn sealed_totp(ex: impl Executor<'_, Database = Any>) -> Result<Vec<(i64, Vec<u8>)>> {
    let rows =
        sqlx::query("SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL ORDER BY id")
            .fetch_all(ex)
            .await?;
    rows.iter()
        .map(|r| Ok((crate::row::i(r, "id")?, crate::row::b(r, "totp_secret")?)))
        .collect()
}

/// Replaces a user's sealed TOTP secret (the one-time re-binding).
pub async fn reseal_totp(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    sealed_secret: &[u8],
) -> Result<()> {
    sqlx::query("UPDATE users SET totp_secret = $1 WHERE id = $2")
        .bind(sealed_secret)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

/// The open (not closed) kwesties a user holds: id, reference and tenant, by reference.
pub async fn open_cases_of(
    ex: impl Executor<'_, Database = Any>,
    user_id: i64,
) -> Result<Vec<(i64, String, i64)>> {
    let rows = sqlx::query(
        "SELECT id, reference, tenant_id FROM cases WHERE owner_user_id = $1 AND status <> 'closed' \
         ORDER BY reference",
    )
    .bind(user_id)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| Ok((i(r, "id")?, s(r, "reference")?, i(r, "tenant_id")?)))
        .collect()
}
