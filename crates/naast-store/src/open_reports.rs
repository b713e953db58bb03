//! A tenant's choice to list its published reports for residents (`tenants.open_reports`:
//! `off`, `annual` or `quarterly`; see `naast_core::open_reports`).

use crate::Result;
use crate::row::s;
use sqlx::{Any, Executor};

/// The tenant's choice, `None` for a tenant that does not exist.
pub async fn get(ex: impl Executor<'_, Database = Any>, tenant_id: i64) -> Result<Option<String>> {
    let row = sqlx::query("SELECT open_reports FROM tenants WHERE id = $1")
        .bind(tenant_id)
        .fetch_optional(ex)
        .await?;
    row.map(|r| Ok(s(&r, "open_reports")?)).transpose()
}

/// Records the tenant's choice; false for a tenant that does not exist.
pub async fn set(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    code: &str,
) -> Result<bool> {
    let r = sqlx::query("UPDATE tenants SET open_reports = $1, updated_at = $2 WHERE id = $3")
        .bind(code)
        .bind(crate::now())
        .bind(tenant_id)
        .execute(ex)
        .await?;
    Ok(r.rows_affected() == 1)
}
