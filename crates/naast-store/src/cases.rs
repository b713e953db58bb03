//! Kwesties and what hangs on them, one table to a module: the `cases` rows themselves (here),
//! the list with its filters ([`list`](mod@list)), the timeline ([`timeline`], `case_entries`),
//! tasks ([`tasks`]), the statistical records ([`stats`], `stat_records`), parties
//! ([`parties`](mod@parties), `case_parties`), attachments ([`attachments`](mod@attachments)),
//! import keys ([`imports`]) and what retention and erasure remove ([`retention`]). The people
//! on a case live in [`crate::persons`].
//!
//! Everything personal arrives sealed; these modules store codes, dates and blobs. Every function
//! is re-exported here, so callers write `cases::insert_entry` whatever table it touches.

use crate::Result;
use crate::row::{i, s};
use sqlx::{Any, Executor};

pub mod attachments;
pub mod imports;
pub mod list;
pub mod parties;
pub mod process;
pub mod retention;
pub mod stats;
pub mod tasks;
pub mod timeline;

pub use attachments::{
    AttachmentRow, attachment, attachments, insert_attachment, set_attachment_sealed,
};
pub use imports::{import_key_exists, insert_import_key};
pub use list::{COUNT_CAP, Filter, Order, OrderKey, ids, list, next_due_dates};
pub use parties::{PartyRow, delete_party, insert_party, parties, set_party_sealed};
pub use process::{
    MessageDocumentRow, insert_message_document, insert_planned, lapse_task, message_document,
    message_documents, open_rule_task, planned_ahead, planned_of_case, rule_task_ids,
};
pub use retention::{destroy_personal, expired, person_still_needed};
pub use stats::{StatRecord, stat, upsert_stat};
pub use tasks::{
    CONTACT, TaskRow, complete_open_tasks, complete_purpose_tasks, complete_task, due_tasks,
    insert_purpose_task, insert_task, set_rule_task, set_task_sealed, tasks_of_case,
};
pub use timeline::{EntryRow, activity_totals, entries, insert_entry, set_entry_sealed};

/// A `cases` row: codes and dates in clear, the personal content in `sealed`.
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct CaseRow {
    pub id: i64,
    pub tenant_id: i64,
    pub reference: String,
    pub data_key_id: i64,
    pub status: String,
    pub channel: String,
    pub citizen_id: Option<i64>,
    pub owner_user_id: Option<i64>,
    pub area: Option<String>,
    pub organisation: Option<String>,
    pub primary_nature: Option<String>,
    pub natures: String,
    pub found_via: Option<String>,
    pub decision_kind: Option<String>,
    pub decision_date: Option<String>,
    pub decision_sent_on: Option<String>,
    pub options: String,
    pub option_chosen: Option<String>,
    pub opened_on: String,
    pub closed_on: Option<String>,
    pub outcome: Option<String>,
    pub external_outcome: Option<String>,
    /// `None` when the query left it out (the list does).
    #[sqlx(default)]
    pub sealed: Option<Vec<u8>>,
    pub version: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

/// Every column of [`CaseRow`].
const COLS: &str = "id, tenant_id, reference, data_key_id, status, channel, citizen_id, owner_user_id, area, \
    organisation, primary_nature, natures, found_via, decision_kind, decision_date, decision_sent_on, options, \
    option_chosen, opened_on, closed_on, outcome, external_outcome, sealed, version, created_at, updated_at";

/// Inserts a new case; returns its id. `reference` is unique: a clash is a `Conflict`.
pub async fn insert(ex: impl Executor<'_, Database = Any>, c: &CaseRow) -> Result<i64> {
    let now = crate::now();
    let r = sqlx::query(
        "INSERT INTO cases (tenant_id, reference, data_key_id, status, channel, citizen_id, owner_user_id, area, \
         found_via, opened_on, sealed, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
    )
    .bind(c.tenant_id)
    .bind(&c.reference)
    .bind(c.data_key_id)
    .bind(&c.status)
    .bind(&c.channel)
    .bind(c.citizen_id)
    .bind(c.owner_user_id)
    .bind(&c.area)
    .bind(&c.found_via)
    .bind(&c.opened_on)
    .bind(&c.sealed)
    .bind(now)
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

pub async fn by_reference(
    ex: impl Executor<'_, Database = Any>,
    reference: &str,
) -> Result<Option<CaseRow>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLS} FROM cases WHERE reference = $1"));
    Ok(sqlx::query_as(sql)
        .bind(reference)
        .fetch_optional(ex)
        .await?)
}

pub async fn by_id(ex: impl Executor<'_, Database = Any>, id: i64) -> Result<Option<CaseRow>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLS} FROM cases WHERE id = $1"));
    Ok(sqlx::query_as(sql).bind(id).fetch_optional(ex).await?)
}

/// Writes every mutable column if the row is still at `c.version`; false when someone else
/// saved first. The version goes up by one.
pub async fn update(ex: impl Executor<'_, Database = Any>, c: &CaseRow) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE cases SET status = $1, owner_user_id = $2, area = $3, organisation = $4, primary_nature = $5, \
         natures = $6, found_via = $7, decision_kind = $8, decision_date = $9, decision_sent_on = $10, options = $11, \
         option_chosen = $12, closed_on = $13, outcome = $14, external_outcome = $15, sealed = $16, citizen_id = $17, \
         updated_at = $18, version = version + 1 WHERE id = $19 AND version = $20",
    )
    .bind(&c.status)
    .bind(c.owner_user_id)
    .bind(&c.area)
    .bind(&c.organisation)
    .bind(&c.primary_nature)
    .bind(&c.natures)
    .bind(&c.found_via)
    .bind(&c.decision_kind)
    .bind(&c.decision_date)
    .bind(&c.decision_sent_on)
    .bind(&c.options)
    .bind(&c.option_chosen)
    .bind(&c.closed_on)
    .bind(&c.outcome)
    .bind(&c.external_outcome)
    .bind(&c.sealed)
    .bind(c.citizen_id)
    .bind(crate::now())
    .bind(c.id)
    .bind(c.version)
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// The other cases of the same citizen.
pub async fn of_citizen(
    ex: impl Executor<'_, Database = Any>,
    citizen_id: i64,
) -> Result<Vec<CaseRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLS} FROM cases WHERE citizen_id = $1 ORDER BY opened_on DESC"
    ));
    Ok(sqlx::query_as(sql).bind(citizen_id).fetch_all(ex).await?)
}

/// New web intakes per tenant with an id above `after`: `(tenant_id, count, highest id)`.
pub async fn new_web_intakes_after(
    ex: impl Executor<'_, Database = Any>,
    after: i64,
) -> Result<Vec<(i64, i64, i64)>> {
    let rows = sqlx::query(
        "SELECT tenant_id, COUNT(*) AS n, MAX(id) AS last FROM cases WHERE channel = 'web_form' \
         AND status = 'new' AND id > $1 GROUP BY tenant_id",
    )
    .bind(after)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| Ok((i(r, "tenant_id")?, i(r, "n")?, i(r, "last")?)))
        .collect()
}

/// Up to `limit` kwesties with an id above `after`, in id order, as `(id, tenant, reference,
/// data key)` (batches of a one-time upgrade).
pub async fn keyed_after(
    ex: impl Executor<'_, Database = Any>,
    after: i64,
    limit: i64,
) -> Result<Vec<(i64, i64, String, i64)>> {
    let rows = sqlx::query(
        "SELECT id, tenant_id, reference, data_key_id FROM cases WHERE id > $1 ORDER BY id LIMIT $2",
    )
    .bind(after)
    .bind(limit)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                i(r, "id")?,
                i(r, "tenant_id")?,
                s(r, "reference")?,
                i(r, "data_key_id")?,
            ))
        })
        .collect()
}

/// How many kwesties there are.
pub async fn count_cases(ex: impl Executor<'_, Database = Any>) -> Result<i64> {
    let r = sqlx::query("SELECT COUNT(*) AS n FROM cases")
        .fetch_one(ex)
        .await?;
    Ok(i(&r, "n")?)
}
