//! The register of signals sent to the municipality, as the reports count it: when each was
//! sent, its area and theme, and when it was answered.

use crate::Result;
use sqlx::{Any, Executor};

/// A sent signal as the register in the reports counts it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RegisterRow {
    pub id: i64,
    pub sent_on: String,
    pub area: String,
    pub theme: String,
    pub answered_on: Option<String>,
}

/// Every signal of a tenant that was sent to the municipality, in the order sent.
pub async fn register<'e>(
    db: impl Executor<'e, Database = Any>,
    tenant_id: i64,
) -> Result<Vec<RegisterRow>> {
    Ok(sqlx::query_as(
        "SELECT id, sent_on, area, theme, answered_on FROM signals \
         WHERE tenant_id = $1 AND sent_on IS NOT NULL AND addressee = 'municipality' \
         ORDER BY sent_on, id",
    )
    .bind(tenant_id)
    .fetch_all(db)
    .await?)
}
