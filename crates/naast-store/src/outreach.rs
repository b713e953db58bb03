//! The outreach register: walk-in hours held, information sessions, presentations.

use crate::Result;
use crate::row::{i, oi, s};
use sqlx::{Any, Executor};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutreachRow {
    pub id: i64,
    pub tenant_id: i64,
    pub kind: String,
    pub held_on: String,
    pub place: String,
    pub audience: String,
    pub attendance: i64,
    pub minutes: i64,
    pub note: String,
    pub created_by: Option<i64>,
}

/// One activity to record.
pub struct NewOutreach<'a> {
    pub tenant_id: i64,
    pub kind: &'a str,
    pub held_on: &'a str,
    pub place: &'a str,
    pub audience: &'a str,
    pub attendance: i64,
    pub minutes: i64,
    pub note: &'a str,
    pub created_by: Option<i64>,
}

pub async fn insert(ex: impl Executor<'_, Database = Any>, o: &NewOutreach<'_>) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO outreach (tenant_id, kind, held_on, place, audience, attendance, minutes, note, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(o.tenant_id)
    .bind(o.kind)
    .bind(o.held_on)
    .bind(o.place)
    .bind(o.audience)
    .bind(o.attendance)
    .bind(o.minutes)
    .bind(o.note)
    .bind(o.created_by)
    .bind(crate::now())
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

/// A tenant's activities between two days (inclusive), newest first.
pub async fn list(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    from: &str,
    to: &str,
) -> Result<Vec<OutreachRow>> {
    let rows = sqlx::query(
        "SELECT id, tenant_id, kind, held_on, place, audience, attendance, minutes, note, created_by \
         FROM outreach WHERE tenant_id = $1 AND held_on >= $2 AND held_on <= $3 ORDER BY held_on DESC, id DESC",
    )
    .bind(tenant_id)
    .bind(from)
    .bind(to)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(OutreachRow {
                id: i(r, "id")?,
                tenant_id: i(r, "tenant_id")?,
                kind: s(r, "kind")?,
                held_on: s(r, "held_on")?,
                place: s(r, "place")?,
                audience: s(r, "audience")?,
                attendance: i(r, "attendance")?,
                minutes: i(r, "minutes")?,
                note: s(r, "note")?,
                created_by: oi(r, "created_by")?,
            })
        })
        .collect()
}

pub async fn delete(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    id: i64,
) -> Result<bool> {
    let r = sqlx::query("DELETE FROM outreach WHERE id = $1 AND tenant_id = $2")
        .bind(id)
        .bind(tenant_id)
        .execute(ex)
        .await?;
    Ok(r.rows_affected() == 1)
}
