//! Outgoing e-mail. Every message is kept here (sealed: recipient, subject and body may hold
//! personal data) before it is sent; without SMTP it stays here and a page shows it. A message
//! about a kwestie carries its case (and is sealed under the case's key); it goes with the
//! case's personal data, and old messages are purged after a number of days.

use crate::row::{b, i, oi, os};
use crate::sql::Params;
use crate::{Db, Result, Tx};
use sqlx::{Any, Executor};

#[derive(Debug, Clone)]
pub struct OutboxRow {
    pub id: i64,
    /// The kwestie the message is about, if any.
    pub case_id: Option<i64>,
    /// That case's reference, tenant and data key (what the message is sealed under).
    pub case_reference: Option<String>,
    pub case_tenant_id: Option<i64>,
    pub case_key_id: Option<i64>,
    pub recipient: Vec<u8>,
    pub subject: Vec<u8>,
    pub body: Vec<u8>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    pub last_error: Option<String>,
}

pub async fn insert(
    ex: impl Executor<'_, Database = Any>,
    case_id: Option<i64>,
    recipient: &[u8],
    subject: &[u8],
    body: &[u8],
) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO outbox (case_id, recipient, subject, body, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(case_id)
    .bind(recipient)
    .bind(subject)
    .bind(body)
    .bind(crate::now())
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

/// Seals a message's fields in place (they name the message's own row, known once inserted).
pub async fn set_sealed(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    recipient: &[u8],
    subject: &[u8],
    body: &[u8],
) -> Result<()> {
    sqlx::query("UPDATE outbox SET recipient = $2, subject = $3, body = $4 WHERE id = $1")
        .bind(id)
        .bind(recipient)
        .bind(subject)
        .bind(body)
        .execute(ex)
        .await?;
    Ok(())
}

/// Messages after id `after`, oldest first, at most `limit` (the re-binding step).
pub async fn after(
    ex: impl Executor<'_, Database = Any>,
    after: i64,
    limit: i64,
) -> Result<Vec<OutboxRow>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE o.id > $1 ORDER BY o.id LIMIT $2"
    )))
    .bind(after)
    .bind(limit)
    .fetch_all(ex)
    .await?;
    rows.iter().map(map).collect()
}

const SELECT: &str = "SELECT o.id, o.case_id, c.reference AS case_reference, c.tenant_id AS case_tenant_id, c.data_key_id AS case_key_id, \
     o.recipient, o.subject, o.body, o.created_at, o.sent_at, o.last_error \
     FROM outbox o LEFT JOIN cases c ON c.id = o.case_id";

fn map(r: &sqlx::any::AnyRow) -> Result<OutboxRow> {
    Ok(OutboxRow {
        id: i(r, "id")?,
        case_id: oi(r, "case_id")?,
        case_reference: os(r, "case_reference")?,
        case_tenant_id: oi(r, "case_tenant_id")?,
        case_key_id: oi(r, "case_key_id")?,
        recipient: b(r, "recipient")?,
        subject: b(r, "subject")?,
        body: b(r, "body")?,
        created_at: i(r, "created_at")?,
        sent_at: oi(r, "sent_at")?,
        last_error: os(r, "last_error")?,
    })
}

pub async fn get(db: &Db, id: i64) -> Result<Option<OutboxRow>> {
    let r = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE o.id = $1")))
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    r.as_ref().map(map).transpose()
}

pub async fn recent(db: &Db, limit: i64) -> Result<Vec<OutboxRow>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{SELECT} ORDER BY o.id DESC LIMIT $1"
    )))
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(map).collect()
}

pub async fn mark_sent(db: &Db, id: i64) -> Result<()> {
    sqlx::query("UPDATE outbox SET sent_at = $1, last_error = NULL WHERE id = $2")
        .bind(crate::now())
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Records why sending failed. `error` must be our own words (a code and a fixed text), never
/// the mail server's reply.
pub async fn mark_error(db: &Db, id: i64, error: &str) -> Result<()> {
    sqlx::query("UPDATE outbox SET last_error = $1 WHERE id = $2")
        .bind(error.chars().take(300).collect::<String>())
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Deletes every message about a case and the send jobs for them (`send_kind`, whose payload
/// is the message's id); returns how many messages went.
pub async fn delete_of_case(tx: &mut Tx, case_id: i64, send_kind: &str) -> Result<u64> {
    sqlx::query(
        "DELETE FROM jobs WHERE kind = $1 AND payload IN \
         (SELECT CAST(id AS TEXT) FROM outbox WHERE case_id = $2)",
    )
    .bind(send_kind)
    .bind(case_id)
    .execute(&mut **tx)
    .await?;
    let r = sqlx::query("DELETE FROM outbox WHERE case_id = $1")
        .bind(case_id)
        .execute(&mut **tx)
        .await?;
    Ok(r.rows_affected())
}

/// Deletes messages made before `before` (and their send jobs): every one when `unsent_too`
/// (nobody but the outbox page reads them), otherwise only those already sent.
pub async fn purge(tx: &mut Tx, before: i64, unsent_too: bool, send_kind: &str) -> Result<u64> {
    // The same condition twice, each time with its own numbering.
    let old = |p: &mut Params| {
        let before = p.int(before);
        if unsent_too {
            format!("created_at < {before}")
        } else {
            format!("created_at < {before} AND sent_at IS NOT NULL")
        }
    };
    let mut p = Params::default();
    let kind = p.text(send_kind);
    let cond = old(&mut p);
    p.bind(sqlx::query(sqlx::AssertSqlSafe(format!(
        "DELETE FROM jobs WHERE kind = {kind} AND payload IN (SELECT CAST(id AS TEXT) FROM outbox WHERE {cond})"
    ))))
    .execute(&mut **tx)
    .await?;
    let mut p = Params::default();
    let cond = old(&mut p);
    let r = p
        .bind(sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM outbox WHERE {cond}"
        ))))
        .execute(&mut **tx)
        .await?;
    Ok(r.rows_affected())
}
