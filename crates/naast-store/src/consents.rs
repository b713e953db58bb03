//! The citizen's consents per kwestie (with whom, for what, given when and how, revoked when).
//! Codes and dates only: no personal data.

use crate::Result;
use crate::row::{i, oi, os, s};
use sqlx::any::AnyRow;
use sqlx::{Any, Executor};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentRow {
    pub id: i64,
    pub case_id: i64,
    pub recipient: String,
    pub scope: String,
    pub given_on: String,
    pub how: String,
    pub revoked_on: Option<String>,
    pub created_by: Option<i64>,
    pub revoked_by: Option<i64>,
    pub created_at: i64,
}

fn map(r: &AnyRow) -> Result<ConsentRow> {
    Ok(ConsentRow {
        id: i(r, "id")?,
        case_id: i(r, "case_id")?,
        recipient: s(r, "recipient")?,
        scope: s(r, "scope")?,
        given_on: s(r, "given_on")?,
        how: s(r, "how")?,
        revoked_on: os(r, "revoked_on")?,
        created_by: oi(r, "created_by")?,
        revoked_by: oi(r, "revoked_by")?,
        created_at: i(r, "created_at")?,
    })
}

/// What a new consent holds.
#[derive(Debug, Clone, Copy)]
pub struct NewConsent<'a> {
    pub recipient: &'a str,
    pub scope: &'a str,
    pub given_on: &'a str,
    pub how: &'a str,
    pub created_by: Option<i64>,
}

pub async fn insert(tx: &mut crate::Tx, case_id: i64, c: NewConsent<'_>) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO consents (case_id, recipient, scope, given_on, how, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(case_id)
    .bind(c.recipient)
    .bind(c.scope)
    .bind(c.given_on)
    .bind(c.how)
    .bind(c.created_by)
    .bind(crate::now())
    .fetch_one(&mut **tx)
    .await?;
    Ok(i(&r, "id")?)
}

/// A case's consents, oldest first.
pub async fn list_for_case<'e>(
    db: impl Executor<'e, Database = Any>,
    case_id: i64,
) -> Result<Vec<ConsentRow>> {
    let rows = sqlx::query(
        "SELECT id, case_id, recipient, scope, given_on, how, revoked_on, created_by, revoked_by, created_at FROM consents WHERE case_id = $1 ORDER BY given_on, id",
    )
    .bind(case_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(map).collect()
}

/// Revokes a consent of this case that is not revoked yet; false otherwise.
pub async fn revoke(
    tx: &mut crate::Tx,
    case_id: i64,
    id: i64,
    revoked_on: &str,
    revoked_by: Option<i64>,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE consents SET revoked_on = $1, revoked_by = $2 WHERE id = $3 AND case_id = $4 AND revoked_on IS NULL",
    )
    .bind(revoked_on)
    .bind(revoked_by)
    .bind(id)
    .bind(case_id)
    .execute(&mut **tx)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Revokes every consent of a case still in force (the case's personal data is destroyed).
pub async fn revoke_all(tx: &mut crate::Tx, case_id: i64, revoked_on: &str) -> Result<u64> {
    let r = sqlx::query(
        "UPDATE consents SET revoked_on = $1 WHERE case_id = $2 AND revoked_on IS NULL",
    )
    .bind(revoked_on)
    .bind(case_id)
    .execute(&mut **tx)
    .await?;
    Ok(r.rows_affected())
}

/// Whether an unrevoked consent lets this case's data go to `recipient` for `scope`.
pub async fn covers<'e>(
    db: impl Executor<'e, Database = Any>,
    case_id: i64,
    recipient: &str,
    scope: &str,
) -> Result<bool> {
    let r = sqlx::query(
        "SELECT COUNT(*) AS n FROM consents WHERE case_id = $1 AND recipient = $2 AND scope = $3 AND revoked_on IS NULL",
    )
    .bind(case_id)
    .bind(recipient)
    .bind(scope)
    .fetch_one(db)
    .await?;
    Ok(i(&r, "n")? > 0)
}
