//! Signals to the municipality or a provider, with the kwesties they rest on. Texts and
//! replies arrive sealed; every step of the workflow is one guarded `UPDATE`, so that two people
//! acting at once cannot both move a signal on. The register the reports count
//! ([`register`](mod@register)) and the sealing of plain values left from before
//! ([`plain`](mod@plain)) have their own modules.

use crate::Result;
use crate::row::{b, i, ob, oi, os, s};
use sqlx::any::AnyRow;
use sqlx::{Any, Executor};

pub mod plain;
pub mod register;

pub use plain::{PlainRow, plain, seal_plain};
pub use register::{RegisterRow, register};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignalRow {
    pub id: i64,
    pub tenant_id: i64,
    pub status: String,
    pub area: String,
    pub theme: String,
    pub urgency: String,
    /// Comma-separated organisation codes.
    pub organisations: String,
    /// `municipality` or a provider code.
    pub addressee: String,
    /// From before sealing (blanked by the start-up upgrade); see `addressee_email_sealed`.
    pub addressee_email: String,
    /// The provider's address, sealed under the row's own AAD; `None` when there is none.
    pub addressee_email_sealed: Option<Vec<u8>>,
    /// Sealed JSON of the texts (title, description, proposal).
    pub texts: Vec<u8>,
    pub checked: bool,
    /// Sealed JSON of the answer and the follow-up agreed.
    pub reply: Option<Vec<u8>>,
    pub follow_up_on: Option<String>,
    /// From before sealing (blanked by the start-up upgrade); see `answered_by_sealed`.
    pub answered_by: Option<String>,
    /// Who answered (a provider's or a municipality user's name), sealed.
    pub answered_by_sealed: Option<Vec<u8>>,
    pub sealed_token: Option<Vec<u8>>,
    pub created_by: Option<i64>,
    pub reviewed_by: Option<i64>,
    pub edited_by: Option<i64>,
    pub submitted_by: Option<i64>,
    /// The last day for an answer, fixed when sent.
    pub due_on: Option<String>,
    pub sent_on: Option<String>,
    pub answered_on: Option<String>,
    pub sent_at: Option<i64>,
    pub acknowledged_at: Option<i64>,
    pub answered_at: Option<i64>,
    pub follow_up_at: Option<i64>,
    pub closed_at: Option<i64>,
    pub reminded_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

const COLS: &str = "id, tenant_id, status, area, theme, urgency, organisations, addressee, \
    addressee_email, addressee_email_sealed, texts, checked, reply, follow_up_on, answered_by, \
    answered_by_sealed, sealed_token, created_by, reviewed_by, \
    edited_by, submitted_by, due_on, sent_on, answered_on, sent_at, acknowledged_at, answered_at, follow_up_at, closed_at, \
    reminded_at, created_at, updated_at";

fn map(r: &AnyRow) -> Result<SignalRow> {
    Ok(SignalRow {
        id: i(r, "id")?,
        tenant_id: i(r, "tenant_id")?,
        status: s(r, "status")?,
        area: s(r, "area")?,
        theme: s(r, "theme")?,
        urgency: s(r, "urgency")?,
        organisations: s(r, "organisations")?,
        addressee: s(r, "addressee")?,
        addressee_email: s(r, "addressee_email")?,
        addressee_email_sealed: ob(r, "addressee_email_sealed")?,
        texts: b(r, "texts")?,
        checked: i(r, "checked")? != 0,
        reply: ob(r, "reply")?,
        follow_up_on: os(r, "follow_up_on")?,
        answered_by: os(r, "answered_by")?,
        answered_by_sealed: ob(r, "answered_by_sealed")?,
        sealed_token: ob(r, "sealed_token")?,
        created_by: oi(r, "created_by")?,
        reviewed_by: oi(r, "reviewed_by")?,
        edited_by: oi(r, "edited_by")?,
        submitted_by: oi(r, "submitted_by")?,
        due_on: os(r, "due_on")?,
        sent_on: os(r, "sent_on")?,
        answered_on: os(r, "answered_on")?,
        sent_at: oi(r, "sent_at")?,
        acknowledged_at: oi(r, "acknowledged_at")?,
        answered_at: oi(r, "answered_at")?,
        follow_up_at: oi(r, "follow_up_at")?,
        closed_at: oi(r, "closed_at")?,
        reminded_at: oi(r, "reminded_at")?,
        created_at: i(r, "created_at")?,
        updated_at: i(r, "updated_at")?,
    })
}

/// What a draft holds: codes and sealed values. The address is sealed under the row's id, so
/// [`insert`] is given `None` and the caller sets it with [`set_addressee_email`] once the id is
/// known, in the same transaction.
#[derive(Debug, Clone, Copy)]
pub struct SignalValues<'a> {
    pub area: &'a str,
    pub theme: &'a str,
    pub urgency: &'a str,
    pub organisations: &'a str,
    pub addressee: &'a str,
    pub addressee_email: Option<&'a [u8]>,
    pub texts: &'a [u8],
    /// Whether the texts passed the personal-data check as they are.
    pub checked: bool,
}

pub async fn insert(
    tx: &mut crate::Tx,
    tenant_id: i64,
    v: SignalValues<'_>,
    created_by: Option<i64>,
) -> Result<i64> {
    let now = crate::now();
    let r = sqlx::query(
        "INSERT INTO signals (tenant_id, status, area, theme, urgency, organisations, addressee, \
         addressee_email_sealed, texts, checked, created_by, created_at, updated_at) \
         VALUES ($1, 'draft', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
    )
    .bind(tenant_id)
    .bind(v.area)
    .bind(v.theme)
    .bind(v.urgency)
    .bind(v.organisations)
    .bind(v.addressee)
    .bind(v.addressee_email)
    .bind(v.texts)
    .bind(i64::from(v.checked))
    .bind(created_by)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(i(&r, "id")?)
}

/// Saves a draft (or a signal sent back from review, which becomes a draft again) if nobody
/// changed it since `updated_at`.
pub async fn save(
    tx: &mut crate::Tx,
    id: i64,
    v: SignalValues<'_>,
    updated_at: i64,
    edited_by: Option<i64>,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE signals SET status = 'draft', area = $1, theme = $2, urgency = $3, \
         organisations = $4, addressee = $5, addressee_email = '', addressee_email_sealed = $6, \
         texts = $7, checked = $8, \
         updated_at = $9, edited_by = $12, submitted_by = NULL \
         WHERE id = $10 AND updated_at = $11 AND status IN ('draft', 'in_review')",
    )
    .bind(v.area)
    .bind(v.theme)
    .bind(v.urgency)
    .bind(v.organisations)
    .bind(v.addressee)
    .bind(v.addressee_email)
    .bind(v.texts)
    .bind(i64::from(v.checked))
    .bind(crate::now().max(updated_at + 1))
    .bind(id)
    .bind(updated_at)
    .bind(edited_by)
    .execute(&mut **tx)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Sets a signal's sealed address (a new draft's, once its id is known).
pub async fn set_addressee_email(tx: &mut crate::Tx, id: i64, sealed: Option<&[u8]>) -> Result<()> {
    sqlx::query(
        "UPDATE signals SET addressee_email = '', addressee_email_sealed = $1 WHERE id = $2",
    )
    .bind(sealed)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Replaces the kwesties a signal rests on.
pub async fn set_cases(tx: &mut crate::Tx, id: i64, case_ids: &[i64]) -> Result<()> {
    sqlx::query("DELETE FROM signal_cases WHERE signal_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for c in case_ids {
        sqlx::query("INSERT INTO signal_cases (signal_id, case_id) VALUES ($1, $2)")
            .bind(id)
            .bind(c)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

pub async fn get<'e>(db: impl Executor<'e, Database = Any>, id: i64) -> Result<Option<SignalRow>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLS} FROM signals WHERE id = $1"));
    let r = sqlx::query(sql).bind(id).fetch_optional(db).await?;
    r.as_ref().map(map).transpose()
}

/// A tenant's signals, newest first.
pub async fn list<'e>(
    db: impl Executor<'e, Database = Any>,
    tenant_id: i64,
) -> Result<Vec<SignalRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLS} FROM signals WHERE tenant_id = $1 ORDER BY created_at DESC, id DESC"
    ));
    let rows = sqlx::query(sql).bind(tenant_id).fetch_all(db).await?;
    rows.iter().map(map).collect()
}

/// Every signal waiting for an answer (sent or acknowledged), for the reminder.
pub async fn awaiting_answer<'e>(db: impl Executor<'e, Database = Any>) -> Result<Vec<SignalRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLS} FROM signals WHERE status IN ('sent', 'acknowledged') ORDER BY id"
    ));
    let rows = sqlx::query(sql).fetch_all(db).await?;
    rows.iter().map(map).collect()
}

pub async fn by_token<'e>(
    db: impl Executor<'e, Database = Any>,
    token_hash: &str,
) -> Result<Option<SignalRow>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLS} FROM signals WHERE token_hash = $1"));
    let r = sqlx::query(sql).bind(token_hash).fetch_optional(db).await?;
    r.as_ref().map(map).transpose()
}

/// The kwesties a signal rests on: `(case id, reference, tenant id)`.
pub async fn cases_of<'e>(
    db: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<Vec<(i64, String)>> {
    let rows = sqlx::query(
        "SELECT c.id AS id, c.reference AS reference FROM signal_cases sc \
         JOIN cases c ON c.id = sc.case_id WHERE sc.signal_id = $1 ORDER BY c.reference",
    )
    .bind(id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| Ok((i(r, "id")?, s(r, "reference")?)))
        .collect()
}

/// How many different citizens a signal's kwesties are about (an anonymous kwestie counts as
/// one of its own): the consent rule counts people, so that one citizen's many kwesties do not
/// make a pattern.
pub async fn people_of<'e>(db: impl Executor<'e, Database = Any>, id: i64) -> Result<i64> {
    let r = sqlx::query(
        "SELECT COUNT(DISTINCT COALESCE(c.citizen_id, -c.id)) AS n FROM signal_cases sc \
         JOIN cases c ON c.id = sc.case_id WHERE sc.signal_id = $1",
    )
    .bind(id)
    .fetch_one(db)
    .await?;
    Ok(i(&r, "n")?)
}

/// The signals that rest on a kwestie: `(signal id, status)`.
pub async fn of_case<'e>(
    db: impl Executor<'e, Database = Any>,
    case_id: i64,
) -> Result<Vec<(i64, String)>> {
    let rows = sqlx::query(
        "SELECT s.id AS id, s.status AS status FROM signal_cases sc \
         JOIN signals s ON s.id = sc.signal_id WHERE sc.case_id = $1 ORDER BY s.id",
    )
    .bind(case_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| Ok((i(r, "id")?, s(r, "status")?)))
        .collect()
}

/// One step of the workflow, guarded by the states it may start from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    /// draft → in_review, only when the texts passed the check.
    Submit { by: Option<i64> },
    /// in_review → draft.
    Reject,
    /// in_review → sent, by the reviewer; the provider link's token hash, if any.
    Send {
        reviewer: Option<i64>,
        /// The version the reviewer read (`updated_at`), when known: nothing else is sent.
        seen: Option<i64>,
        sent_on: &'a str,
        due_on: &'a str,
        token_hash: Option<&'a str>,
        /// The token itself, sealed, for the reminder's link.
        sealed_token: Option<&'a [u8]>,
    },
    /// sent → acknowledged.
    Acknowledge,
    /// sent | acknowledged → answered.
    Answer {
        reply: &'a [u8],
        answered_on: &'a str,
        /// Sealed.
        answered_by: &'a [u8],
    },
    /// answered | follow_up → follow_up (the agreement may be changed until closed).
    FollowUp {
        reply: &'a [u8],
        follow_up_on: Option<&'a str>,
    },
    /// any sent state → closed.
    Close,
}

/// Applies a step if the signal is in a state it may start from; false otherwise.
pub async fn step(tx: &mut crate::Tx, id: i64, step: Step<'_>) -> Result<bool> {
    let now = crate::now();
    let q = match step {
        Step::Submit { by } => sqlx::query(
            "UPDATE signals SET status = 'in_review', submitted_by = $3, updated_at = $1 \
             WHERE id = $2 AND status = 'draft' AND checked = 1",
        )
        .bind(now)
        .bind(id)
        .bind(by),
        Step::Reject => sqlx::query(
            "UPDATE signals SET status = 'draft', updated_at = $1 \
             WHERE id = $2 AND status = 'in_review'",
        )
        .bind(now)
        .bind(id),
        Step::Send {
            reviewer,
            seen,
            sent_on,
            due_on,
            token_hash,
            sealed_token,
        } => sqlx::query(
            "UPDATE signals SET status = 'sent', reviewed_by = $3, sent_on = $4, token_hash = $5, \
             sealed_token = $6, due_on = $8, sent_at = $1, updated_at = $1 \
             WHERE id = $2 AND status = 'in_review' AND checked = 1 \
             AND ($7 IS NULL OR updated_at = $7)",
        )
        .bind(now)
        .bind(id)
        .bind(reviewer)
        .bind(sent_on)
        .bind(token_hash)
        .bind(sealed_token)
        .bind(seen)
        .bind(due_on),
        Step::Acknowledge => sqlx::query(
            "UPDATE signals SET status = 'acknowledged', acknowledged_at = $1, updated_at = $1 \
             WHERE id = $2 AND status = 'sent'",
        )
        .bind(now)
        .bind(id),
        Step::Answer {
            reply,
            answered_on,
            answered_by,
        } => sqlx::query(
            "UPDATE signals SET status = 'answered', reply = $3, answered_on = $4, \
             answered_by = NULL, answered_by_sealed = $5, answered_at = $1, \
             acknowledged_at = COALESCE(acknowledged_at, $1), updated_at = $1 \
             WHERE id = $2 AND status IN ('sent', 'acknowledged')",
        )
        .bind(now)
        .bind(id)
        .bind(reply)
        .bind(answered_on)
        .bind(answered_by),
        Step::FollowUp {
            reply,
            follow_up_on,
        } => sqlx::query(
            "UPDATE signals SET status = 'follow_up', reply = $3, follow_up_on = $4, \
             follow_up_at = $1, updated_at = $1 WHERE id = $2 AND status IN ('answered', 'follow_up')",
        )
        .bind(now)
        .bind(id)
        .bind(reply)
        .bind(follow_up_on),
        Step::Close => sqlx::query(
            "UPDATE signals SET status = 'closed', closed_at = $1, updated_at = $1 \
             WHERE id = $2 AND status IN ('sent', 'acknowledged', 'answered', 'follow_up')",
        )
        .bind(now)
        .bind(id),
    };
    Ok(q.execute(&mut **tx).await?.rows_affected() == 1)
}

/// A provider's new link (and address, sealed): the old token stops working.
pub async fn relink(
    tx: &mut crate::Tx,
    id: i64,
    email: &[u8],
    token_hash: &str,
    sealed_token: &[u8],
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE signals SET addressee_email = '', addressee_email_sealed = $1, token_hash = $2, sealed_token = $3, \
         updated_at = $4 WHERE id = $5 AND addressee <> 'municipality' \
         AND status IN ('sent', 'acknowledged', 'answered', 'follow_up')",
    )
    .bind(email)
    .bind(token_hash)
    .bind(sealed_token)
    .bind(crate::now())
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Claims a signal's reminder: true for exactly one caller while it still waits for an answer
/// and was not reminded since `again_before`.
pub async fn claim_reminder(
    tx: &mut crate::Tx,
    id: i64,
    at: i64,
    again_before: i64,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE signals SET reminded_at = $1 WHERE id = $2 \
         AND status IN ('sent', 'acknowledged') \
         AND (reminded_at IS NULL OR reminded_at < $3)",
    )
    .bind(at)
    .bind(id)
    .bind(again_before)
    .execute(&mut **tx)
    .await?;
    Ok(r.rows_affected() == 1)
}
/// Moves a sent signal's dates into the past (the demonstration's history only).
pub async fn backdate(
    tx: &mut crate::Tx,
    id: i64,
    sent: (&str, i64),
    answered: Option<(&str, i64)>,
) -> Result<()> {
    sqlx::query(
        "UPDATE signals SET sent_on = $1, due_on = NULL, sent_at = $2, \
         acknowledged_at = CASE WHEN acknowledged_at IS NULL THEN NULL ELSE $2 END, answered_on = $3, \
         answered_at = $4, follow_up_at = CASE WHEN follow_up_at IS NULL THEN NULL ELSE $4 END, \
         closed_at = CASE WHEN closed_at IS NULL THEN NULL ELSE $4 END, \
         updated_at = $2 WHERE id = $5",
    )
    .bind(sent.0)
    .bind(sent.1)
    .bind(answered.map(|a| a.0))
    .bind(answered.map(|a| a.1))
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
/// Sets a signal's sealed texts (a new draft's, once its id is known; the one-time re-binding).
pub async fn set_texts(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    sealed: &[u8],
) -> Result<()> {
    sqlx::query("UPDATE signals SET texts = $1 WHERE id = $2")
        .bind(sealed)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

/// Sets a signal's sealed reply (the one-time re-binding).
pub async fn set_reply(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    sealed: &[u8],
) -> Result<()> {
    sqlx::query("UPDATE signals SET reply = $1 WHERE id = $2")
        .bind(sealed)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

/// Up to `limit` signals with an id above `after`, in id order (batches of a one-time upgrade).
pub async fn after<'e>(
    db: impl Executor<'e, Database = Any>,
    after: i64,
    limit: i64,
) -> Result<Vec<SignalRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLS} FROM signals WHERE id > $1 ORDER BY id LIMIT $2"
    ));
    let rows = sqlx::query(sql)
        .bind(after)
        .bind(limit)
        .fetch_all(db)
        .await?;
    rows.iter().map(map).collect()
}
