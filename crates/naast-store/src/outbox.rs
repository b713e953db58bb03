//! Outgoing e-mail. Every message is kept here (sealed: recipient, subject and body may hold
//! personal data) before it is sent; without SMTP it stays here and a page shows it.

use crate::row::{b, i, oi, os};
use crate::{Db, Result};
use sqlx::{Any, Executor};

#[derive(Debug, Clone)]
pub struct OutboxRow {
    pub id: i64,
    pub recipient: Vec<u8>,
    pub subject: Vec<u8>,
    pub body: Vec<u8>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    pub last_error: Option<String>,
}

pub async fn insert(
    ex: impl Executor<'_, Database = Any>,
    recipient: &[u8],
    subject: &[u8],
    body: &[u8],
) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO outbox (recipient, subject, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(recipient)
    .bind(subject)
    .bind(body)
    .bind(crate::now())
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

fn map(r: &sqlx::any::AnyRow) -> Result<OutboxRow> {
    Ok(OutboxRow {
        id: i(r, "id")?,
        recipient: b(r, "recipient")?,
        subject: b(r, "subject")?,
        body: b(r, "body")?,
        created_at: i(r, "created_at")?,
        sent_at: oi(r, "sent_at")?,
        last_error: os(r, "last_error")?,
    })
}

pub async fn get(db: &Db, id: i64) -> Result<Option<OutboxRow>> {
    let r = sqlx::query("SELECT id, recipient, subject, body, created_at, sent_at, last_error FROM outbox WHERE id = $1")
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    r.as_ref().map(map).transpose()
}

pub async fn recent(db: &Db, limit: i64) -> Result<Vec<OutboxRow>> {
    let rows = sqlx::query(
        "SELECT id, recipient, subject, body, created_at, sent_at, last_error FROM outbox ORDER BY id DESC LIMIT $1",
    )
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

pub async fn mark_error(db: &Db, id: i64, error: &str) -> Result<()> {
    sqlx::query("UPDATE outbox SET last_error = $1 WHERE id = $2")
        .bind(error.chars().take(300).collect::<String>())
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(())
}
