//! The citizen's short way back: one six-digit code per kwestie, stored as a keyed hash (and a
//! copy sealed with the case key). The caller hashes and seals; this module only keeps rows.

use crate::Result;
use crate::row::{ob, s};
use sqlx::{Any, Executor};

/// Sets the kwestie's code, replacing any earlier one (which then stops working).
pub async fn set(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    code_hash: &str,
    sealed_code: &[u8],
) -> Result<()> {
    sqlx::query(
        "INSERT INTO status_codes (case_id, code_hash, sealed_code, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (case_id) DO UPDATE SET code_hash = $2, sealed_code = $3, created_at = $4",
    )
    .bind(case_id)
    .bind(code_hash)
    .bind(sealed_code)
    .bind(crate::now())
    .execute(ex)
    .await?;
    Ok(())
}

/// A kwestie's code: its keyed hash and the sealed copy (gone once the case key was shredded).
#[derive(Debug, Clone)]
pub struct CodeRow {
    pub code_hash: String,
    pub sealed_code: Option<Vec<u8>>,
}

pub async fn of_case(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<Option<CodeRow>> {
    let r = sqlx::query("SELECT code_hash, sealed_code FROM status_codes WHERE case_id = $1")
        .bind(case_id)
        .fetch_optional(ex)
        .await?;
    r.map(|r| {
        Ok(CodeRow {
            code_hash: s(&r, "code_hash")?,
            sealed_code: ob(&r, "sealed_code")?,
        })
    })
    .transpose()
}

/// Deletes a kwestie's code (erasure, retention): its reference no longer opens anything.
pub async fn delete_of_case(ex: impl Executor<'_, Database = Any>, case_id: i64) -> Result<()> {
    sqlx::query("DELETE FROM status_codes WHERE case_id = $1")
        .bind(case_id)
        .execute(ex)
        .await?;
    Ok(())
}
