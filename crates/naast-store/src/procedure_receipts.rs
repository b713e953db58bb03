//! The acknowledgement of receipt of a filed procedure (`procedure_receipts`): the date the body
//! says it received it, and which of the kwestie's attachments is the acknowledgement. No
//! personal data: a date and ids (the file itself is a sealed attachment).

use crate::Result;
use crate::row::{i, oi, s};
use sqlx::{Any, Executor};

/// One procedure's acknowledgement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptRow {
    pub procedure_id: i64,
    pub received_on: String,
    pub attachment_id: Option<i64>,
}

/// The acknowledgements of a kwestie's procedures.
pub async fn of_case<'e>(
    db: impl Executor<'e, Database = Any>,
    case_id: i64,
) -> Result<Vec<ReceiptRow>> {
    let rows = sqlx::query(
        "SELECT procedure_id, received_on, attachment_id FROM procedure_receipts WHERE case_id = $1 ORDER BY procedure_id",
    )
    .bind(case_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(ReceiptRow {
                procedure_id: i(r, "procedure_id")?,
                received_on: s(r, "received_on")?,
                attachment_id: oi(r, "attachment_id")?,
            })
        })
        .collect()
}

/// Records or corrects a procedure's acknowledgement; a new file replaces the one linked, no
/// file keeps it.
pub async fn set(
    tx: &mut crate::Tx,
    case_id: i64,
    procedure_id: i64,
    received_on: &str,
    attachment_id: Option<i64>,
    by: Option<i64>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO procedure_receipts (procedure_id, case_id, received_on, attachment_id, updated_at, updated_by) \
         VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (procedure_id) DO UPDATE SET received_on = excluded.received_on, \
         attachment_id = COALESCE(excluded.attachment_id, procedure_receipts.attachment_id), \
         updated_at = excluded.updated_at, updated_by = excluded.updated_by",
    )
    .bind(procedure_id)
    .bind(case_id)
    .bind(received_on)
    .bind(attachment_id)
    .bind(crate::now())
    .bind(by)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
