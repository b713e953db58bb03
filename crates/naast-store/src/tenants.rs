//! Tenants (municipalities served) and their providers.

use crate::Result;
use crate::row::{i, s};
use sqlx::any::AnyRow;
use sqlx::{Any, Executor};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    /// Comma-separated area codes.
    pub areas: String,
    pub threshold_k: i64,
    pub quarterly_reports: bool,
    pub retention_months: i64,
    pub signal_weeks: i64,
    /// Days after which a web intake nobody opened is destroyed.
    pub unopened_days: i64,
    pub contact_phone: String,
    pub contact_email: String,
    pub contact_address: String,
    pub walk_in_hours: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
}

/// The values a tenant is written with.
#[derive(Debug, Clone)]
pub struct TenantValues<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub areas: &'a str,
    pub threshold_k: i64,
    pub quarterly_reports: bool,
    pub retention_months: i64,
    pub signal_weeks: i64,
    pub unopened_days: i64,
    pub contact_phone: &'a str,
    pub contact_email: &'a str,
    pub contact_address: &'a str,
    pub walk_in_hours: &'a str,
}

const COLS: &str = "id, slug, name, areas, threshold_k, quarterly_reports, retention_months, signal_weeks, unopened_days, \
    contact_phone, contact_email, contact_address, walk_in_hours, created_at, updated_at, version";

fn map(r: &AnyRow) -> Result<TenantRow> {
    Ok(TenantRow {
        id: i(r, "id")?,
        slug: s(r, "slug")?,
        name: s(r, "name")?,
        areas: s(r, "areas")?,
        threshold_k: i(r, "threshold_k")?,
        quarterly_reports: i(r, "quarterly_reports")? != 0,
        retention_months: i(r, "retention_months")?,
        signal_weeks: i(r, "signal_weeks")?,
        unopened_days: i(r, "unopened_days")?,
        contact_phone: s(r, "contact_phone")?,
        contact_email: s(r, "contact_email")?,
        contact_address: s(r, "contact_address")?,
        walk_in_hours: s(r, "walk_in_hours")?,
        created_at: i(r, "created_at")?,
        updated_at: i(r, "updated_at")?,
        version: i(r, "version")?,
    })
}

pub async fn insert(ex: impl Executor<'_, Database = Any>, v: &TenantValues<'_>) -> Result<i64> {
    let now = crate::now();
    let r = sqlx::query(
        "INSERT INTO tenants (slug, name, areas, threshold_k, quarterly_reports, retention_months, \
         contact_phone, contact_email, contact_address, walk_in_hours, created_at, updated_at, signal_weeks, unopened_days) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12, $13) RETURNING id",
    )
    .bind(v.slug)
    .bind(v.name)
    .bind(v.areas)
    .bind(v.threshold_k)
    .bind(i64::from(v.quarterly_reports))
    .bind(v.retention_months)
    .bind(v.contact_phone)
    .bind(v.contact_email)
    .bind(v.contact_address)
    .bind(v.walk_in_hours)
    .bind(now)
    .bind(v.signal_weeks)
    .bind(v.unopened_days)
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

/// Updates a tenant if it is still at `version` (optimistic locking); false when someone else
/// changed it first. The slug never changes: links and reports rely on it.
pub async fn update(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    version: i64,
    v: &TenantValues<'_>,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE tenants SET name = $1, areas = $2, threshold_k = $3, quarterly_reports = $4, \
         retention_months = $5, contact_phone = $6, contact_email = $7, contact_address = $8, \
         walk_in_hours = $9, updated_at = $10, version = version + 1, signal_weeks = $13, unopened_days = $14 WHERE id = $11 AND version = $12",
    )
    .bind(v.name)
    .bind(v.areas)
    .bind(v.threshold_k)
    .bind(i64::from(v.quarterly_reports))
    .bind(v.retention_months)
    .bind(v.contact_phone)
    .bind(v.contact_email)
    .bind(v.contact_address)
    .bind(v.walk_in_hours)
    .bind(crate::now())
    .bind(id)
    .bind(version)
    .bind(v.signal_weeks)
    .bind(v.unopened_days)
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn list(ex: impl Executor<'_, Database = Any>) -> Result<Vec<TenantRow>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLS} FROM tenants ORDER BY name"));
    sqlx::query(sql)
        .fetch_all(ex)
        .await?
        .iter()
        .map(map)
        .collect()
}

pub async fn by_id(ex: impl Executor<'_, Database = Any>, id: i64) -> Result<Option<TenantRow>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLS} FROM tenants WHERE id = $1"));
    sqlx::query(sql)
        .bind(id)
        .fetch_optional(ex)
        .await?
        .as_ref()
        .map(map)
        .transpose()
}

pub async fn by_slug(
    ex: impl Executor<'_, Database = Any>,
    slug: &str,
) -> Result<Option<TenantRow>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLS} FROM tenants WHERE slug = $1"));
    sqlx::query(sql)
        .bind(slug)
        .fetch_optional(ex)
        .await?
        .as_ref()
        .map(map)
        .transpose()
}

pub async fn count(ex: impl Executor<'_, Database = Any>) -> Result<i64> {
    let r = sqlx::query("SELECT COUNT(*) AS n FROM tenants")
        .fetch_one(ex)
        .await?;
    Ok(i(&r, "n")?)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderRow {
    pub code: String,
    pub name: String,
    pub active: bool,
}

pub async fn providers(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
) -> Result<Vec<ProviderRow>> {
    let rows =
        sqlx::query("SELECT code, name, active FROM providers WHERE tenant_id = $1 ORDER BY name")
            .bind(tenant_id)
            .fetch_all(ex)
            .await?;
    rows.iter()
        .map(|r| {
            Ok(ProviderRow {
                code: s(r, "code")?,
                name: s(r, "name")?,
                active: i(r, "active")? != 0,
            })
        })
        .collect()
}

/// Adds or renames a provider and marks it active.
pub async fn upsert_provider(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    code: &str,
    name: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO providers (tenant_id, code, name, active) VALUES ($1, $2, $3, 1) \
         ON CONFLICT (tenant_id, code) DO UPDATE SET name = excluded.name, active = 1",
    )
    .bind(tenant_id)
    .bind(code)
    .bind(name)
    .execute(ex)
    .await?;
    Ok(())
}

/// Providers are never deleted (old kwesties and reports name them); they are deactivated.
pub async fn deactivate_providers(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
) -> Result<()> {
    sqlx::query("UPDATE providers SET active = 0 WHERE tenant_id = $1")
        .bind(tenant_id)
        .execute(ex)
        .await?;
    Ok(())
}
