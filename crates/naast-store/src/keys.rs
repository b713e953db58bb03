//! Per-case data keys, stored wrapped by the master key. Shredding a key (deleting its wrapped
//! form) destroys every field sealed under it: the crypto-shredding that retention and the
//! right to erasure rely on.

use crate::Result;
use crate::row::{i, ob, s};
use sqlx::{Any, Executor};

#[derive(Debug, Clone)]
pub struct DataKeyRow {
    pub id: i64,
    pub kek_id: String,
    /// `None` once shredded.
    pub wrapped: Option<Vec<u8>>,
}

pub async fn insert(
    ex: impl Executor<'_, Database = Any>,
    kek_id: &str,
    wrapped: &[u8],
) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO data_keys (kek_id, wrapped, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(kek_id)
    .bind(wrapped)
    .bind(crate::now())
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

pub async fn get(ex: impl Executor<'_, Database = Any>, id: i64) -> Result<Option<DataKeyRow>> {
    let r = sqlx::query("SELECT id, kek_id, wrapped FROM data_keys WHERE id = $1")
        .bind(id)
        .fetch_optional(ex)
        .await?;
    r.map(|r| {
        Ok(DataKeyRow {
            id: i(&r, "id")?,
            kek_id: s(&r, "kek_id")?,
            wrapped: ob(&r, "wrapped")?,
        })
    })
    .transpose()
}

/// Keys still wrapped under a master key other than `current` (what `key rotate` must rewrap).
pub async fn not_under(
    ex: impl Executor<'_, Database = Any>,
    current: &str,
) -> Result<Vec<DataKeyRow>> {
    let rows = sqlx::query(
        "SELECT id, kek_id, wrapped FROM data_keys WHERE kek_id <> $1 AND wrapped IS NOT NULL",
    )
    .bind(current)
    .fetch_all(ex)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(DataKeyRow {
                id: i(&r, "id")?,
                kek_id: s(&r, "kek_id")?,
                wrapped: ob(&r, "wrapped")?,
            })
        })
        .collect()
}

pub async fn rewrap(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    kek_id: &str,
    wrapped: &[u8],
) -> Result<()> {
    sqlx::query(
        "UPDATE data_keys SET kek_id = $1, wrapped = $2 WHERE id = $3 AND wrapped IS NOT NULL",
    )
    .bind(kek_id)
    .bind(wrapped)
    .bind(id)
    .execute(ex)
    .await?;
    Ok(())
}

pub async fn shred(ex: impl Executor<'_, Database = Any>, id: i64) -> Result<()> {
    sqlx::query("UPDATE data_keys SET wrapped = NULL, shredded_at = $1 WHERE id = $2")
        .bind(crate::now())
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

/// Up to `limit` keys not shredded with an id above `after`, in id order (batches of a
/// one-time upgrade).
pub async fn wrapped_after(
    ex: impl Executor<'_, Database = Any>,
    after: i64,
    limit: i64,
) -> Result<Vec<DataKeyRow>> {
    let rows = sqlx::query(
        "SELECT id, kek_id, wrapped FROM data_keys WHERE id > $1 AND wrapped IS NOT NULL \
         ORDER BY id LIMIT $2",
    )
    .bind(after)
    .bind(limit)
    .fetch_all(ex)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(DataKeyRow {
                id: i(&r, "id")?,
                kek_id: s(&r, "kek_id")?,
                wrapped: ob(&r, "wrapped")?,
            })
        })
        .collect()
}

/// How many keys are not shredded.
pub async fn count_wrapped(ex: impl Executor<'_, Database = Any>) -> Result<i64> {
    let r = sqlx::query("SELECT COUNT(*) AS n FROM data_keys WHERE wrapped IS NOT NULL")
        .fetch_one(ex)
        .await?;
    Ok(i(&r, "n")?)
}
