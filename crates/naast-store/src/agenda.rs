//! The agenda: a person's appointments (planned tasks) by day, and the private calendar feed's
//! secret, kept only as its hash.

use crate::Result;
use crate::row::{i, ob, oi, os, s};
use sqlx::{Any, Executor};

/// Sets an appointment's start time (`HH:MM`) and length in minutes.
pub async fn set_time(
    ex: impl Executor<'_, Database = Any>,
    task_id: i64,
    starts_at: Option<&str>,
    minutes: Option<i64>,
) -> Result<()> {
    sqlx::query("UPDATE tasks SET starts_at = $1, minutes = $2 WHERE id = $3")
        .bind(starts_at)
        .bind(minutes)
        .bind(task_id)
        .execute(ex)
        .await?;
    Ok(())
}

/// One appointment as the agenda reads it.
#[derive(Debug, Clone)]
pub struct AppointmentRow {
    pub id: i64,
    pub case_id: i64,
    pub reference: String,
    pub tenant_id: i64,
    pub planned: String,
    pub due_on: String,
    pub starts_at: Option<String>,
    pub minutes: Option<i64>,
    pub sealed: Option<Vec<u8>>,
    pub done_at: Option<i64>,
    pub lapsed_on: Option<String>,
}

/// The appointments of `owner` from `from` up to and including `to` (ISO dates), open and
/// done, by day and time.
pub async fn of_owner(
    ex: impl Executor<'_, Database = Any>,
    owner: i64,
    from: &str,
    to: &str,
) -> Result<Vec<AppointmentRow>> {
    let rows = sqlx::query(
        "SELECT t.id, t.case_id, c.reference, c.tenant_id, t.planned, t.due_on, t.starts_at, t.minutes, \
         t.sealed, t.done_at, t.lapsed_on FROM tasks t JOIN cases c ON c.id = t.case_id \
         WHERE t.owner_user_id = $1 AND t.planned IS NOT NULL AND t.due_on >= $2 AND t.due_on <= $3 \
         ORDER BY t.due_on, t.starts_at IS NOT NULL, t.starts_at, t.id",
    )
    .bind(owner)
    .bind(from)
    .bind(to)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(AppointmentRow {
                id: i(r, "id")?,
                case_id: i(r, "case_id")?,
                reference: s(r, "reference")?,
                tenant_id: i(r, "tenant_id")?,
                planned: s(r, "planned")?,
                due_on: s(r, "due_on")?,
                starts_at: os(r, "starts_at")?,
                minutes: oi(r, "minutes")?,
                sealed: ob(r, "sealed")?,
                done_at: oi(r, "done_at")?,
                lapsed_on: os(r, "lapsed_on")?,
            })
        })
        .collect()
}

/// The time of each planned task of a case: `(task id, starts_at, minutes)`.
pub async fn times_of_case(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<Vec<(i64, Option<String>, Option<i64>)>> {
    let rows = sqlx::query(
        "SELECT id, starts_at, minutes FROM tasks WHERE case_id = $1 AND planned IS NOT NULL",
    )
    .bind(case_id)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| Ok((i(r, "id")?, os(r, "starts_at")?, oi(r, "minutes")?)))
        .collect()
}

/// Sets (or renews) a person's feed secret hash; an earlier secret stops working.
pub async fn set_feed(
    ex: impl Executor<'_, Database = Any>,
    user_id: i64,
    token_hash: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id) DO UPDATE SET token_hash = $2, created_at = $3",
    )
    .bind(user_id)
    .bind(token_hash)
    .bind(crate::now())
    .execute(ex)
    .await?;
    Ok(())
}

/// Revokes a person's feed.
pub async fn delete_feed(ex: impl Executor<'_, Database = Any>, user_id: i64) -> Result<bool> {
    let r = sqlx::query("DELETE FROM calendar_feeds WHERE user_id = $1")
        .bind(user_id)
        .execute(ex)
        .await?;
    Ok(r.rows_affected() > 0)
}

/// Whose feed a secret's hash opens.
pub async fn feed_owner(
    ex: impl Executor<'_, Database = Any>,
    token_hash: &str,
) -> Result<Option<i64>> {
    let r = sqlx::query("SELECT user_id FROM calendar_feeds WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(ex)
        .await?;
    r.map(|r| Ok(i(&r, "user_id")?)).transpose()
}

/// When a person's feed was made (`None`: no feed).
pub async fn feed_made(ex: impl Executor<'_, Database = Any>, user_id: i64) -> Result<Option<i64>> {
    let r = sqlx::query("SELECT created_at FROM calendar_feeds WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(ex)
        .await?;
    r.map(|r| Ok(i(&r, "created_at")?)).transpose()
}
