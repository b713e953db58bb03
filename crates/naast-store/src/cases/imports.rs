//! Import keys (`import_keys`): one per imported row and tenant, so that importing the same file
//! twice does not make the same kwestie twice.

use crate::Result;
use crate::row::i;
use sqlx::{Any, Executor};

pub async fn import_key_exists(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    key: &str,
) -> Result<bool> {
    let r = sqlx::query("SELECT COUNT(*) AS n FROM import_keys WHERE tenant_id = $1 AND key = $2")
        .bind(tenant_id)
        .bind(key)
        .fetch_one(ex)
        .await?;
    Ok(i(&r, "n")? > 0)
}

pub async fn insert_import_key(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    key: &str,
    case_id: i64,
) -> Result<()> {
    sqlx::query("INSERT INTO import_keys (tenant_id, key, case_id) VALUES ($1, $2, $3)")
        .bind(tenant_id)
        .bind(key)
        .bind(case_id)
        .execute(ex)
        .await?;
    Ok(())
}
