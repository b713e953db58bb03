//! What the citizen's door needs beyond cases and status links: when a confidant first opened
//! a kwestie, how much a status link already wrote (messages today, documents), the hourly
//! audit of status-page reads, and web intakes that nobody opened.

use crate::Result;
use crate::row::{i, oi};
use sqlx::{Any, Executor};

/// Records that a confidant opened the kwestie, the first time only.
pub async fn mark_opened(ex: impl Executor<'_, Database = Any>, case_id: i64) -> Result<()> {
    sqlx::query("UPDATE cases SET first_opened_at = $1 WHERE id = $2 AND first_opened_at IS NULL")
        .bind(crate::now())
        .bind(case_id)
        .execute(ex)
        .await?;
    Ok(())
}

/// Claims the status page's hourly read audit: true when this read is to be audited (no read
/// of this link was audited in the last `every` seconds). One conditional update, so that two
/// instances cannot both claim it.
pub async fn claim_read_audit(
    ex: impl Executor<'_, Database = Any>,
    token_hash: &str,
    every: i64,
) -> Result<bool> {
    let now = crate::now();
    let r = sqlx::query(
        "UPDATE status_links SET audited_at = $1 WHERE token_hash = $2 \
         AND (audited_at IS NULL OR audited_at <= $3)",
    )
    .bind(now)
    .bind(token_hash)
    .bind(now - every)
    .execute(ex)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// Messages the citizen sent on this kwestie since `since` (seconds since the epoch), and the
/// time of the oldest of them.
pub async fn messages_in_since(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    since: i64,
) -> Result<(i64, Option<i64>)> {
    let r = sqlx::query(
        "SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM case_entries \
         WHERE case_id = $1 AND kind = 'message_in' AND created_at > $2",
    )
    .bind(case_id)
    .bind(since)
    .fetch_one(ex)
    .await?;
    Ok((i(&r, "n")?, oi(&r, "oldest")?))
}

/// The documents the citizen added to a kwestie through the status link: how many, and their
/// total size in bytes.
pub async fn attachment_totals(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<(i64, i64)> {
    let r = sqlx::query(
        "SELECT COUNT(*) AS n, CAST(COALESCE(SUM(size), 0) AS BIGINT) AS bytes FROM attachments \
         WHERE case_id = $1 AND author_user_id IS NULL",
    )
    .bind(case_id)
    .fetch_one(ex)
    .await?;
    Ok((i(&r, "n")?, oi(&r, "bytes")?.unwrap_or(0)))
}

/// The references of a tenant's web intakes that nobody opened, received before `before`
/// (seconds since the epoch).
pub async fn unopened_before(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    before: i64,
) -> Result<Vec<String>> {
    sqlx::query(
        "SELECT reference FROM cases WHERE tenant_id = $1 AND channel = 'web_form' \
         AND first_opened_at IS NULL AND created_at < $2 ORDER BY id",
    )
    .bind(tenant_id)
    .bind(before)
    .fetch_all(ex)
    .await?
    .iter()
    .map(|r| Ok(crate::row::s(r, "reference")?))
    .collect()
}

/// Deletes a web intake nobody opened, with everything hanging off it (by cascade), its
/// statistical record and its person when no other kwestie refers to them: it never became a
/// kwestie anyone worked on.
pub async fn delete_unopened(
    tx: &mut crate::Tx,
    case_id: i64,
    citizen_id: Option<i64>,
) -> Result<()> {
    for sql in [
        "DELETE FROM stat_records WHERE case_key = $1",
        "DELETE FROM cases WHERE id = $1",
    ] {
        sqlx::query(sql).bind(case_id).execute(&mut **tx).await?;
    }
    if let Some(pid) = citizen_id {
        sqlx::query(
            "DELETE FROM persons WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM cases WHERE citizen_id = $1)",
        )
        .bind(pid)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Counts one more web intake destroyed unopened for a tenant and year.
pub async fn count_unopened(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    year: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO unopened_destroyed (tenant_id, year, destroyed) VALUES ($1, $2, 1) \
         ON CONFLICT (tenant_id, year) DO UPDATE SET destroyed = unopened_destroyed.destroyed + 1",
    )
    .bind(tenant_id)
    .bind(year)
    .execute(ex)
    .await?;
    Ok(())
}
