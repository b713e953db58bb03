//! Signals still holding a plain address or answerer's name, written before those were sealed,
//! and the guarded update that seals them.

use crate::Result;
use sqlx::{Any, Executor};

/// A signal still holding a plain address or answerer's name (written before sealing).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PlainRow {
    pub id: i64,
    pub tenant_id: i64,
    pub addressee_email: String,
    pub answered_by: String,
}

/// Every signal with a plain address or answerer's name left.
pub async fn plain<'e>(db: impl Executor<'e, Database = Any>) -> Result<Vec<PlainRow>> {
    Ok(sqlx::query_as(
        "SELECT id, tenant_id, addressee_email, COALESCE(answered_by, '') AS answered_by \
         FROM signals WHERE addressee_email <> '' OR COALESCE(answered_by, '') <> '' ORDER BY id",
    )
    .fetch_all(db)
    .await?)
}

/// Replaces what [`plain`] found with its sealed form and blanks the plain columns, only while
/// they still hold what was read (a plain column that was empty keeps its sealed value). False
/// when the row changed in between.
pub async fn seal_plain(
    tx: &mut crate::Tx,
    was: &PlainRow,
    addressee_email: &[u8],
    answered_by: &[u8],
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE signals SET \
         addressee_email_sealed = CASE WHEN addressee_email <> '' THEN $2 ELSE addressee_email_sealed END, \
         answered_by_sealed = CASE WHEN COALESCE(answered_by, '') <> '' THEN $3 ELSE answered_by_sealed END, \
         addressee_email = '', answered_by = NULL \
         WHERE id = $1 AND addressee_email = $4 AND COALESCE(answered_by, '') = $5",
    )
    .bind(was.id)
    .bind(addressee_email)
    .bind(answered_by)
    .bind(&was.addressee_email)
    .bind(&was.answered_by)
    .execute(&mut **tx)
    .await?;
    Ok(r.rows_affected() == 1)
}
