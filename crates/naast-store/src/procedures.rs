//! The procedures register per tenant, the formal procedures on a kwestie, and the tenant's
//! letter templates. None of this holds personal data: codes, dates and a coordinator's texts.

use crate::Result;
use crate::row::{i, oi, os, s};
use sqlx::any::AnyRow;
use sqlx::{Any, Executor};

/// How to complain or object at one organisation (`body` is JSON the app layer owns).
#[derive(Debug, Clone)]
pub struct InfoRow {
    pub organisation: String,
    pub body: String,
    pub updated_at: i64,
}

pub async fn info<'e>(
    db: impl Executor<'e, Database = Any>,
    tenant_id: i64,
) -> Result<Vec<InfoRow>> {
    let rows = sqlx::query(
        "SELECT organisation, body, updated_at FROM procedure_info WHERE tenant_id = $1 ORDER BY organisation",
    )
    .bind(tenant_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(InfoRow {
                organisation: s(r, "organisation")?,
                body: s(r, "body")?,
                updated_at: i(r, "updated_at")?,
            })
        })
        .collect()
}

/// Inserts or replaces the entry of one organisation.
pub async fn set_info(
    tx: &mut crate::Tx,
    tenant_id: i64,
    organisation: &str,
    body: &str,
) -> Result<()> {
    sqlx::query("DELETE FROM procedure_info WHERE tenant_id = $1 AND organisation = $2")
        .bind(tenant_id)
        .bind(organisation)
        .execute(&mut **tx)
        .await?;
    sqlx::query("INSERT INTO procedure_info (tenant_id, organisation, body, updated_at) VALUES ($1, $2, $3, $4)")
        .bind(tenant_id)
        .bind(organisation)
        .bind(body)
        .bind(crate::now())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A formal procedure on a kwestie.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcedureRow {
    pub id: i64,
    pub case_id: i64,
    pub kind: String,
    pub organisation: Option<String>,
    pub filed_on: String,
    pub committee: bool,
    pub outcome: Option<String>,
    pub outcome_on: Option<String>,
    pub created_at: i64,
}

fn map(r: &AnyRow) -> Result<ProcedureRow> {
    Ok(ProcedureRow {
        id: i(r, "id")?,
        case_id: i(r, "case_id")?,
        kind: s(r, "kind")?,
        organisation: os(r, "organisation")?,
        filed_on: s(r, "filed_on")?,
        committee: oi(r, "committee")?.unwrap_or(0) != 0,
        outcome: os(r, "outcome")?,
        outcome_on: os(r, "outcome_on")?,
        created_at: i(r, "created_at")?,
    })
}

pub async fn of_case<'e>(
    db: impl Executor<'e, Database = Any>,
    case_id: i64,
) -> Result<Vec<ProcedureRow>> {
    let rows = sqlx::query(
        "SELECT id, case_id, kind, organisation, filed_on, committee, outcome, outcome_on, created_at FROM case_procedures WHERE case_id = $1 ORDER BY filed_on, id",
    )
    .bind(case_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(map).collect()
}

pub async fn insert(
    tx: &mut crate::Tx,
    case_id: i64,
    kind: &str,
    organisation: Option<&str>,
    filed_on: &str,
    committee: bool,
) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO case_procedures (case_id, kind, organisation, filed_on, committee, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(case_id)
    .bind(kind)
    .bind(organisation)
    .bind(filed_on)
    .bind(i64::from(committee))
    .bind(crate::now())
    .fetch_one(&mut **tx)
    .await?;
    Ok(i(&r, "id")?)
}

/// Records the external outcome; false when the procedure is not on this case.
pub async fn set_outcome(
    tx: &mut crate::Tx,
    case_id: i64,
    id: i64,
    outcome: Option<&str>,
    outcome_on: Option<&str>,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE case_procedures SET outcome = $1, outcome_on = $2 WHERE id = $3 AND case_id = $4",
    )
    .bind(outcome)
    .bind(outcome_on)
    .bind(id)
    .bind(case_id)
    .execute(&mut **tx)
    .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn delete(tx: &mut crate::Tx, case_id: i64, id: i64) -> Result<bool> {
    let r = sqlx::query("DELETE FROM case_procedures WHERE id = $1 AND case_id = $2")
        .bind(id)
        .bind(case_id)
        .execute(&mut **tx)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// A tenant's own text for one kind of letter.
pub async fn template<'e>(
    db: impl Executor<'e, Database = Any>,
    tenant_id: i64,
    kind: &str,
) -> Result<Option<(String, i64)>> {
    let r = sqlx::query(
        "SELECT body, updated_at FROM letter_templates WHERE tenant_id = $1 AND kind = $2",
    )
    .bind(tenant_id)
    .bind(kind)
    .fetch_optional(db)
    .await?;
    r.map(|r| Ok((s(&r, "body")?, i(&r, "updated_at")?)))
        .transpose()
}

/// Saves a tenant's text for a kind of letter; `None` returns to the built-in text.
pub async fn set_template(
    tx: &mut crate::Tx,
    tenant_id: i64,
    kind: &str,
    body: Option<&str>,
    user_id: Option<i64>,
) -> Result<()> {
    sqlx::query("DELETE FROM letter_templates WHERE tenant_id = $1 AND kind = $2")
        .bind(tenant_id)
        .bind(kind)
        .execute(&mut **tx)
        .await?;
    if let Some(body) = body {
        sqlx::query("INSERT INTO letter_templates (tenant_id, kind, body, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)")
            .bind(tenant_id)
            .bind(kind)
            .bind(body)
            .bind(crate::now())
            .bind(user_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}
