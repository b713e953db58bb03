//! Others involved in a kwestie (`case_parties`): a representative, an informal carer, an
//! interpreter; the role in clear, who they are sealed under the case key.

use crate::Result;
use crate::row::i;
use sqlx::{Any, Executor};

/// A `case_parties` row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PartyRow {
    pub id: i64,
    pub role: String,
    pub sealed: Option<Vec<u8>>,
}

pub async fn insert_party(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    role: &str,
    sealed: &[u8],
) -> Result<i64> {
    let r = sqlx::query("INSERT INTO case_parties (case_id, role, sealed, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
        .bind(case_id)
        .bind(role)
        .bind(sealed)
        .bind(crate::now())
        .fetch_one(ex)
        .await?;
    Ok(i(&r, "id")?)
}

/// The parties of a case, in the order they were added.
pub async fn parties(ex: impl Executor<'_, Database = Any>, case_id: i64) -> Result<Vec<PartyRow>> {
    Ok(
        sqlx::query_as("SELECT id, role, sealed FROM case_parties WHERE case_id = $1 ORDER BY id")
            .bind(case_id)
            .fetch_all(ex)
            .await?,
    )
}

pub async fn delete_party(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    id: i64,
) -> Result<bool> {
    let r = sqlx::query("DELETE FROM case_parties WHERE id = $1 AND case_id = $2")
        .bind(id)
        .bind(case_id)
        .execute(ex)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// Seals a party's details after its row exists (its id is in the AAD).
pub async fn set_party_sealed(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    sealed: &[u8],
) -> Result<()> {
    sqlx::query("UPDATE case_parties SET sealed = $1 WHERE id = $2")
        .bind(sealed)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}
