//! The outreach register: walk-in hours held, information sessions, presentations. The place,
//! the audience and the note may name someone, so they arrive sealed (one blob under the row's
//! id, set with [`set_sealed`] once the id is known); kind, day and the numbers stay plain for
//! the reports.

use crate::Result;
use crate::row::{i, ob, oi, s};
use sqlx::{Any, Executor};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutreachRow {
    pub id: i64,
    pub tenant_id: i64,
    pub kind: String,
    pub held_on: String,
    /// Place, audience and note from before sealing (blanked by the start-up upgrade).
    pub place: String,
    pub audience: String,
    pub note: String,
    pub attendance: i64,
    pub minutes: i64,
    /// Sealed JSON of the place, audience and note.
    pub sealed: Option<Vec<u8>>,
    pub created_by: Option<i64>,
}

/// One activity to record (its texts follow sealed, with [`set_sealed`]).
pub struct NewOutreach<'a> {
    pub tenant_id: i64,
    pub kind: &'a str,
    pub held_on: &'a str,
    pub attendance: i64,
    pub minutes: i64,
    pub created_by: Option<i64>,
}

pub async fn insert(ex: impl Executor<'_, Database = Any>, o: &NewOutreach<'_>) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO outreach (tenant_id, kind, held_on, place, audience, attendance, minutes, note, created_by, created_at) \
         VALUES ($1, $2, $3, '', '', $4, $5, '', $6, $7) RETURNING id",
    )
    .bind(o.tenant_id)
    .bind(o.kind)
    .bind(o.held_on)
    .bind(o.attendance)
    .bind(o.minutes)
    .bind(o.created_by)
    .bind(crate::now())
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

/// Sets an activity's sealed texts (and blanks any plain ones).
pub async fn set_sealed(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    sealed: &[u8],
) -> Result<()> {
    sqlx::query(
        "UPDATE outreach SET sealed = $1, place = '', audience = '', note = '' WHERE id = $2",
    )
    .bind(sealed)
    .bind(id)
    .execute(ex)
    .await?;
    Ok(())
}

fn map(r: &sqlx::any::AnyRow) -> Result<OutreachRow> {
    Ok(OutreachRow {
        id: i(r, "id")?,
        tenant_id: i(r, "tenant_id")?,
        kind: s(r, "kind")?,
        held_on: s(r, "held_on")?,
        place: s(r, "place")?,
        audience: s(r, "audience")?,
        note: s(r, "note")?,
        attendance: i(r, "attendance")?,
        minutes: i(r, "minutes")?,
        sealed: ob(r, "sealed")?,
        created_by: oi(r, "created_by")?,
    })
}

const COLS: &str =
    "id, tenant_id, kind, held_on, place, audience, attendance, minutes, note, sealed, created_by";

/// A tenant's activities between two days (inclusive), newest first.
pub async fn list(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    from: &str,
    to: &str,
) -> Result<Vec<OutreachRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLS} FROM outreach WHERE tenant_id = $1 AND held_on >= $2 AND held_on <= $3 \
         ORDER BY held_on DESC, id DESC"
    ));
    let rows = sqlx::query(sql)
        .bind(tenant_id)
        .bind(from)
        .bind(to)
        .fetch_all(ex)
        .await?;
    rows.iter().map(map).collect()
}

/// Every activity with a plain place, audience or note left (written before sealing).
pub async fn plain(ex: impl Executor<'_, Database = Any>) -> Result<Vec<OutreachRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLS} FROM outreach WHERE place <> '' OR audience <> '' OR note <> '' ORDER BY id"
    ));
    let rows = sqlx::query(sql).fetch_all(ex).await?;
    rows.iter().map(map).collect()
}

/// Replaces what [`plain`] found with its sealed form, only while the row still holds what was
/// read. False when it changed in between.
pub async fn seal_plain(
    ex: impl Executor<'_, Database = Any>,
    was: &OutreachRow,
    sealed: &[u8],
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE outreach SET sealed = $2, place = '', audience = '', note = '' \
         WHERE id = $1 AND place = $3 AND audience = $4 AND note = $5",
    )
    .bind(was.id)
    .bind(sealed)
    .bind(&was.place)
    .bind(&was.audience)
    .bind(&was.note)
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
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
