//! Writes of the re-binding step (`aad.version`, in naast-app's `bind_aad`): sealed values put
//! back in place once sealed again for their own row, and the walks over the rows that hold them.
//! Nothing here decides anything; the step opens and seals.

use crate::Result;
use crate::row::{b, i, ob, s};
use sqlx::{Any, Executor};

/// Replaces a kwestie's own sealed record, only while it still holds `old` (a change made
/// meanwhile by a running instance is never overwritten). True when it was replaced.
pub async fn set_case_sealed(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    old: &[u8],
    sealed: &[u8],
) -> Result<bool> {
    let r = sqlx::query("UPDATE cases SET sealed = $2 WHERE id = $1 AND sealed = $3")
        .bind(id)
        .bind(sealed)
        .bind(old)
        .execute(ex)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// The sealed record of a kwestie, if it has one.
pub async fn case_sealed(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
) -> Result<Option<Vec<u8>>> {
    let r = sqlx::query("SELECT sealed FROM cases WHERE id = $1")
        .bind(id)
        .fetch_optional(ex)
        .await?;
    Ok(match r {
        Some(r) => ob(&r, "sealed")?,
        None => None,
    })
}

/// The status links of a kwestie that keep a sealed token: `(token hash, sealed token)`.
pub async fn status_tokens(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<Vec<(String, Vec<u8>)>> {
    let rows = sqlx::query(
        "SELECT token_hash, sealed_token FROM status_links \
         WHERE case_id = $1 AND sealed_token IS NOT NULL ORDER BY token_hash",
    )
    .bind(case_id)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| Ok((s(r, "token_hash")?, b(r, "sealed_token")?)))
        .collect()
}

/// Replaces the sealed token of one status link.
pub async fn set_status_token(
    ex: impl Executor<'_, Database = Any>,
    token_hash: &str,
    sealed: &[u8],
) -> Result<()> {
    sqlx::query("UPDATE status_links SET sealed_token = $2 WHERE token_hash = $1")
        .bind(token_hash)
        .bind(sealed)
        .execute(ex)
        .await?;
    Ok(())
}

/// Replaces a person's sealed details (their indexes stay: the details do not change), only
/// while they still hold `old` (a change made meanwhile is never overwritten). True when they
/// were replaced.
pub async fn set_person_sealed(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    old: &[u8],
    sealed: &[u8],
) -> Result<bool> {
    let r = sqlx::query("UPDATE persons SET sealed = $2 WHERE id = $1 AND sealed = $3")
        .bind(id)
        .bind(sealed)
        .bind(old)
        .execute(ex)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// Replaces the sealed link token of a signal.
pub async fn set_signal_token(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    sealed: &[u8],
) -> Result<()> {
    sqlx::query("UPDATE signals SET sealed_token = $2 WHERE id = $1")
        .bind(id)
        .bind(sealed)
        .execute(ex)
        .await?;
    Ok(())
}

/// Report ids after `after`, oldest first, at most `limit`.
pub async fn report_ids_after(
    ex: impl Executor<'_, Database = Any>,
    after: i64,
    limit: i64,
) -> Result<Vec<i64>> {
    let rows = sqlx::query("SELECT id FROM reports WHERE id > $1 ORDER BY id LIMIT $2")
        .bind(after)
        .bind(limit)
        .fetch_all(ex)
        .await?;
    rows.iter().map(|r| Ok(i(r, "id")?)).collect()
}
