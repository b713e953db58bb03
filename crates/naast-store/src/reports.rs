//! Anonymized reports: a year's plan, and the versions of each period's report. Published
//! versions are frozen; this module never changes `content`, `hidden` or `units` of a row
//! whose status is not `draft` or `review`.

use crate::Result;
use crate::row::{i, ob, oi, os, s};
use sqlx::{Any, Executor};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRow {
    pub id: i64,
    pub tenant_id: i64,
    pub year: i64,
    pub quarter: i64,
    pub version: i64,
    pub status: String,
    pub narrative: String,
    /// The correction note from before sealing (blanked by the start-up upgrade).
    pub correction: String,
    /// The correction note, sealed under the row's AAD; `None` when there is none.
    pub correction_sealed: Option<Vec<u8>>,
    pub content: Option<String>,
    pub hidden: Option<String>,
    pub discussed_on: Option<String>,
    /// What was agreed, from before sealing (blanked by the start-up upgrade).
    pub agreed: String,
    /// What was agreed, sealed; `None` when nothing was recorded.
    pub agreed_sealed: Option<Vec<u8>>,
    pub created_by: Option<i64>,
    pub reviewed_by: Option<i64>,
    pub published_by: Option<i64>,
    pub published_at: Option<i64>,
    pub updated_at: i64,
    /// A coordinator agreed that more is hidden in this period than the usual repair does, so
    /// that the audit gate passes (see `naast_report::protect`).
    pub extra_protection: bool,
    /// Who last changed the text (saved it or applied its personal-data check).
    pub edited_by: Option<i64>,
    /// Who submitted it for review.
    pub submitted_by: Option<i64>,
    /// Published after a second person's check (`Some(true)`), alone in a one-person practice
    /// (`Some(false)`), or not recorded (`None`: not published, or published before this was
    /// kept).
    pub second_check: Option<bool>,
}

const COLS: &str = "id, tenant_id, year, quarter, version, status, narrative, correction, \
    correction_sealed, content, hidden, discussed_on, agreed, agreed_sealed, created_by, reviewed_by, published_by, published_at, updated_at, extra_protection, \
    edited_by, submitted_by, second_check";

fn row(r: &sqlx::any::AnyRow) -> std::result::Result<ReportRow, sqlx::Error> {
    Ok(ReportRow {
        id: i(r, "id")?,
        tenant_id: i(r, "tenant_id")?,
        year: i(r, "year")?,
        quarter: i(r, "quarter")?,
        version: i(r, "version")?,
        status: s(r, "status")?,
        narrative: s(r, "narrative")?,
        correction: s(r, "correction")?,
        correction_sealed: ob(r, "correction_sealed")?,
        content: os(r, "content")?,
        hidden: os(r, "hidden")?,
        discussed_on: os(r, "discussed_on")?,
        agreed: s(r, "agreed")?,
        agreed_sealed: ob(r, "agreed_sealed")?,
        created_by: oi(r, "created_by")?,
        reviewed_by: oi(r, "reviewed_by")?,
        published_by: oi(r, "published_by")?,
        published_at: oi(r, "published_at")?,
        updated_at: i(r, "updated_at")?,
        extra_protection: i(r, "extra_protection")? != 0,
        edited_by: oi(r, "edited_by")?,
        submitted_by: oi(r, "submitted_by")?,
        second_check: oi(r, "second_check")?.map(|v| v != 0),
    })
}

/// The plan of a tenant's year, as JSON, if one was fixed.
pub async fn plan(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    year: i64,
) -> Result<Option<String>> {
    let r = sqlx::query("SELECT plan FROM report_plans WHERE tenant_id = $1 AND year = $2")
        .bind(tenant_id)
        .bind(year)
        .fetch_optional(ex)
        .await?;
    Ok(r.map(|r| s(&r, "plan")).transpose()?)
}

/// Fixes a year's plan unless one exists already (the first one stays).
pub async fn fix_plan(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    year: i64,
    plan: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO report_plans (tenant_id, year, plan, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (tenant_id, year) DO NOTHING",
    )
    .bind(tenant_id)
    .bind(year)
    .bind(plan)
    .bind(crate::now())
    .execute(ex)
    .await?;
    Ok(())
}

/// Every version of a tenant's reports, newest period and version first.
pub async fn list(ex: impl Executor<'_, Database = Any>, tenant_id: i64) -> Result<Vec<ReportRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLS} FROM reports WHERE tenant_id = $1 ORDER BY year DESC, quarter DESC, version DESC"
    ));
    let rows = sqlx::query(sql).bind(tenant_id).fetch_all(ex).await?;
    Ok(rows
        .iter()
        .map(row)
        .collect::<std::result::Result<_, _>>()?)
}

pub async fn get(ex: impl Executor<'_, Database = Any>, id: i64) -> Result<Option<ReportRow>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLS} FROM reports WHERE id = $1"));
    let r = sqlx::query(sql).bind(id).fetch_optional(ex).await?;
    Ok(r.as_ref().map(row).transpose()?)
}

/// The statistical records a published version froze (JSON), `None` for a draft.
pub async fn units(ex: impl Executor<'_, Database = Any>, id: i64) -> Result<Option<String>> {
    let r = sqlx::query("SELECT units FROM reports WHERE id = $1")
        .bind(id)
        .fetch_optional(ex)
        .await?;
    Ok(r.map(|r| os(&r, "units")).transpose()?.flatten())
}

/// A new draft version of a period: version 1, or one more than the latest; no correction
/// note yet.
pub async fn insert_draft(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    year: i64,
    quarter: i64,
    narrative: &str,
    by: Option<i64>,
) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO reports (tenant_id, year, quarter, version, status, narrative, correction, created_by, edited_by, updated_at) \
         VALUES ($1, $2, $3, (SELECT COALESCE(MAX(version), 0) + 1 FROM reports r2 WHERE r2.tenant_id = $1 AND r2.year = $2 AND r2.quarter = $3), \
         'draft', $4, '', $5, $5, $6) RETURNING id",
    )
    .bind(tenant_id)
    .bind(year)
    .bind(quarter)
    .bind(narrative)
    .bind(by)
    .bind(crate::now())
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

/// Saves the narrative and the sealed correction note of a draft (or one in review, which
/// returns it to draft), `by` whom (who then may not publish it). False when the report is no longer editable or `updated_at` is stale.
pub async fn save_text(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    narrative: &str,
    correction: Option<&[u8]>,
    expected_updated_at: i64,
    by: Option<i64>,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE reports SET narrative = $2, correction = '', correction_sealed = $3, status = 'draft', reviewed_by = NULL, \
         submitted_by = NULL, edited_by = $6, \
         updated_at = CASE WHEN $4 > updated_at THEN $4 ELSE updated_at + 1 END WHERE id = $1 AND status IN ('draft', 'review') AND updated_at = $5",
    )
    .bind(id)
    .bind(narrative)
    .bind(correction)
    .bind(crate::now())
    .bind(expected_updated_at)
    .bind(by)
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Replaces a report's stored narrative as it is (a copy re-sealed for a new row, or the
/// re-binding step); nothing else changes.
pub async fn set_narrative(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    narrative: &str,
) -> Result<()> {
    sqlx::query("UPDATE reports SET narrative = $2 WHERE id = $1")
        .bind(id)
        .bind(narrative)
        .execute(ex)
        .await?;
    Ok(())
}

/// Sets a new draft's sealed correction note (the draft of a correction, as it is made).
pub async fn set_correction(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    correction: Option<&[u8]>,
) -> Result<()> {
    sqlx::query(
        "UPDATE reports SET correction = '', correction_sealed = $2 WHERE id = $1 AND status = 'draft'",
    )
    .bind(id)
    .bind(correction)
    .execute(ex)
    .await?;
    Ok(())
}

/// Records that a coordinator agreed to hide more in a draft (or one in review) so that it can
/// be published. False when it is published or `updated_at` is stale.
pub async fn allow_extra_protection(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    expected_updated_at: i64,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE reports SET extra_protection = 1, \
         updated_at = CASE WHEN $2 > updated_at THEN $2 ELSE updated_at + 1 END \
         WHERE id = $1 AND status IN ('draft', 'review') AND updated_at = $3",
    )
    .bind(id)
    .bind(crate::now())
    .bind(expected_updated_at)
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Moves a report from one status to another; false when it was not in `from`.
pub async fn set_status(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    from: &str,
    to: &str,
    reviewed_by: Option<i64>,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE reports SET status = $3, reviewed_by = COALESCE($4, reviewed_by), \
         updated_at = CASE WHEN $5 > updated_at THEN $5 ELSE updated_at + 1 END \
         WHERE id = $1 AND status = $2",
    )
    .bind(id)
    .bind(from)
    .bind(to)
    .bind(reviewed_by)
    .bind(crate::now())
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Hands a draft over for review, `by` whom (who then may not publish it). False when it was
/// not a draft. `updated_at` only grows, so a version read before stays distinguishable.
pub async fn submit(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    by: Option<i64>,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE reports SET status = 'review', submitted_by = $2, \
         updated_at = CASE WHEN $3 > updated_at THEN $3 ELSE updated_at + 1 END \
         WHERE id = $1 AND status = 'draft'",
    )
    .bind(id)
    .bind(by)
    .bind(crate::now())
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Publishes a reviewed report, freezing its numbers, and records whether a second person
/// checked it. False when it was not in review or changed since `updated_at` was read.
#[expect(clippy::too_many_arguments, reason = "one row's frozen columns")]
pub async fn publish(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    content: &str,
    hidden: &str,
    units: &str,
    narrative: &str,
    by: Option<i64>,
    updated_at: i64,
    second_check: bool,
) -> Result<bool> {
    let now = crate::now();
    let r = sqlx::query(
        "UPDATE reports SET status = 'published', content = $2, hidden = $3, units = $4, narrative = $5, \
         published_by = $6, published_at = $7, updated_at = CASE WHEN $7 > updated_at THEN $7 ELSE updated_at + 1 END, \
         second_check = $9 \
         WHERE id = $1 AND status = 'review' AND updated_at = $8",
    )
    .bind(id)
    .bind(content)
    .bind(hidden)
    .bind(units)
    .bind(narrative)
    .bind(by)
    .bind(now)
    .bind(updated_at)
    .bind(i64::from(second_check))
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Moves a published report's day of publication into the past (the demonstration's history
/// only: a report is published some days after its period, before it is discussed).
pub async fn backdate_published(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    at: i64,
) -> Result<()> {
    sqlx::query("UPDATE reports SET published_at = $2 WHERE id = $1 AND published_at IS NOT NULL")
        .bind(id)
        .bind(at)
        .execute(ex)
        .await?;
    Ok(())
}

/// Records that a published report was discussed with the municipality, and what was agreed
/// (sealed).
pub async fn discussed(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    on: &str,
    agreed: Option<&[u8]>,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE reports SET status = 'discussed', discussed_on = $2, agreed = '', agreed_sealed = $3, \
         updated_at = $4 \
         WHERE id = $1 AND status IN ('published', 'discussed')",
    )
    .bind(id)
    .bind(on)
    .bind(agreed)
    .bind(crate::now())
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Statistical records of a tenant opened or closed between two days (inclusive).
pub async fn stat_records(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    from: &str,
    to: &str,
) -> Result<Vec<crate::cases::StatRecord>> {
    let rows = sqlx::query(
        "SELECT case_key, tenant_id, stat_citizen_id, area, organisation, primary_nature, channel, found_via, opened_on, \
         closed_on, outcome, external_outcome, activities, minutes FROM stat_records \
         WHERE tenant_id = $1 AND ((opened_on >= $2 AND opened_on <= $3) OR (closed_on >= $2 AND closed_on <= $3)) \
         ORDER BY case_key",
    )
    .bind(tenant_id)
    .bind(from)
    .bind(to)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(crate::cases::StatRecord {
                case_key: i(r, "case_key")?,
                tenant_id: i(r, "tenant_id")?,
                stat_citizen_id: os(r, "stat_citizen_id")?,
                area: os(r, "area")?,
                organisation: os(r, "organisation")?,
                primary_nature: os(r, "primary_nature")?,
                channel: s(r, "channel")?,
                found_via: os(r, "found_via")?,
                opened_on: s(r, "opened_on")?,
                closed_on: os(r, "closed_on")?,
                outcome: os(r, "outcome")?,
                external_outcome: os(r, "external_outcome")?,
                activities: s(r, "activities")?,
                minutes: i(r, "minutes")?,
            })
        })
        .collect()
}

/// A report still holding a plain correction note or agreement (written before sealing):
/// `(id, tenant id, correction, agreed)`.
pub async fn plain(
    ex: impl Executor<'_, Database = Any>,
) -> Result<Vec<(i64, i64, String, String)>> {
    let rows = sqlx::query(
        "SELECT id, tenant_id, correction, agreed FROM reports \
         WHERE correction <> '' OR agreed <> '' ORDER BY id",
    )
    .fetch_all(ex)
    .await?;
    Ok(rows
        .iter()
        .map(|r| {
            Ok((
                i(r, "id")?,
                i(r, "tenant_id")?,
                s(r, "correction")?,
                s(r, "agreed")?,
            ))
        })
        .collect::<std::result::Result<_, sqlx::Error>>()?)
}

/// Replaces what [`plain`] found with its sealed form and blanks the plain columns, only while
/// they still hold what was read (a plain column that was empty keeps its sealed value). False
/// when the row changed in between.
pub async fn seal_plain(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    was: (&str, &str),
    correction: &[u8],
    agreed: &[u8],
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE reports SET \
         correction_sealed = CASE WHEN correction <> '' THEN $2 ELSE correction_sealed END, \
         agreed_sealed = CASE WHEN agreed <> '' THEN $3 ELSE agreed_sealed END, \
         correction = '', agreed = '' WHERE id = $1 AND correction = $4 AND agreed = $5",
    )
    .bind(id)
    .bind(correction)
    .bind(agreed)
    .bind(was.0)
    .bind(was.1)
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}
