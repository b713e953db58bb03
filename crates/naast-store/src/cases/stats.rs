//! Statistical records (`stat_records`): what stays of a kwestie for the reports once its
//! personal data is gone — codes, dates, activity counts and minutes, under a case key that is
//! no case id. Every change to a case refreshes its record in the same transaction.

use crate::Result;
use sqlx::{Any, Executor};

/// A `stat_records` row.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct StatRecord {
    pub case_key: i64,
    pub tenant_id: i64,
    pub stat_citizen_id: Option<String>,
    pub area: Option<String>,
    pub organisation: Option<String>,
    pub primary_nature: Option<String>,
    pub channel: String,
    pub found_via: Option<String>,
    pub opened_on: String,
    pub closed_on: Option<String>,
    pub outcome: Option<String>,
    pub external_outcome: Option<String>,
    /// `code:count` pairs, comma-separated, sorted by code.
    pub activities: String,
    pub minutes: i64,
}

pub async fn upsert_stat(ex: impl Executor<'_, Database = Any>, r: &StatRecord) -> Result<()> {
    sqlx::query(
        "INSERT INTO stat_records (case_key, tenant_id, stat_citizen_id, area, organisation, primary_nature, channel, \
         found_via, opened_on, closed_on, outcome, external_outcome, activities, minutes, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) \
         ON CONFLICT (case_key) DO UPDATE SET stat_citizen_id = excluded.stat_citizen_id, area = excluded.area, \
         organisation = excluded.organisation, primary_nature = excluded.primary_nature, channel = excluded.channel, \
         found_via = excluded.found_via, opened_on = excluded.opened_on, closed_on = excluded.closed_on, \
         outcome = excluded.outcome, external_outcome = excluded.external_outcome, activities = excluded.activities, \
         minutes = excluded.minutes, updated_at = excluded.updated_at",
    )
    .bind(r.case_key)
    .bind(r.tenant_id)
    .bind(&r.stat_citizen_id)
    .bind(&r.area)
    .bind(&r.organisation)
    .bind(&r.primary_nature)
    .bind(&r.channel)
    .bind(&r.found_via)
    .bind(&r.opened_on)
    .bind(&r.closed_on)
    .bind(&r.outcome)
    .bind(&r.external_outcome)
    .bind(&r.activities)
    .bind(r.minutes)
    .bind(crate::now())
    .execute(ex)
    .await?;
    Ok(())
}

/// A case's statistical record, if it has one.
pub async fn stat(
    ex: impl Executor<'_, Database = Any>,
    case_key: i64,
) -> Result<Option<StatRecord>> {
    Ok(sqlx::query_as(
        "SELECT case_key, tenant_id, stat_citizen_id, area, organisation, primary_nature, channel, found_via, opened_on, \
         closed_on, outcome, external_outcome, activities, minutes FROM stat_records WHERE case_key = $1",
    )
    .bind(case_key)
    .fetch_optional(ex)
    .await?)
}
