//! The citizen's verdict on a closed kwestie (`case_verdicts`): one per kwestie, three answer
//! codes, the comment sealed with the case key and where it stands in the personal-data check.
//! The answers are copied into the kwestie's statistical record, which outlives the rest.
//! The caller seals and checks; this module only keeps rows.

use crate::Result;
use crate::row::{ob, s};
use sqlx::{Any, Executor};

/// A `case_verdicts` row.
#[derive(Debug, Clone)]
pub struct VerdictRow {
    pub case_id: i64,
    pub heard: String,
    pub knows_next: String,
    pub recommend: String,
    pub sealed_comment: Option<Vec<u8>>,
    pub comment_review: String,
    pub sealed_quote: Option<Vec<u8>>,
    pub answered_at: i64,
}

/// Records a kwestie's verdict; false (nothing changed) when it has one already.
pub async fn insert(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    answers: (&str, &str, &str),
    sealed_comment: Option<&[u8]>,
) -> Result<bool> {
    let r = sqlx::query(
        "INSERT INTO case_verdicts (case_id, heard, knows_next, recommend, sealed_comment, answered_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (case_id) DO NOTHING",
    )
    .bind(case_id)
    .bind(answers.0)
    .bind(answers.1)
    .bind(answers.2)
    .bind(sealed_comment)
    .bind(crate::now())
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Copies the answers into the kwestie's statistical record.
pub async fn set_stat(
    ex: impl Executor<'_, Database = Any>,
    case_key: i64,
    answers: (&str, &str, &str),
) -> Result<()> {
    sqlx::query(
        "UPDATE stat_records SET verdict_heard = $1, verdict_knows_next = $2, verdict_recommend = $3 \
         WHERE case_key = $4",
    )
    .bind(answers.0)
    .bind(answers.1)
    .bind(answers.2)
    .bind(case_key)
    .execute(ex)
    .await?;
    Ok(())
}

pub async fn of_case(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<Option<VerdictRow>> {
    let r = sqlx::query(
        "SELECT case_id, heard, knows_next, recommend, sealed_comment, comment_review, sealed_quote, \
         answered_at FROM case_verdicts WHERE case_id = $1",
    )
    .bind(case_id)
    .fetch_optional(ex)
    .await?;
    r.map(|r| {
        Ok(VerdictRow {
            case_id: crate::row::i(&r, "case_id")?,
            heard: s(&r, "heard")?,
            knows_next: s(&r, "knows_next")?,
            recommend: s(&r, "recommend")?,
            sealed_comment: ob(&r, "sealed_comment")?,
            comment_review: s(&r, "comment_review")?,
            sealed_quote: ob(&r, "sealed_quote")?,
            answered_at: crate::row::i(&r, "answered_at")?,
        })
    })
    .transpose()
}

/// Records the outcome of the personal-data check of a comment: its review code and, when
/// cleared, the checked text (sealed).
pub async fn set_review(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    review: &str,
    sealed_quote: Option<&[u8]>,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE case_verdicts SET comment_review = $1, sealed_quote = $2 \
         WHERE case_id = $3 AND sealed_comment IS NOT NULL",
    )
    .bind(review)
    .bind(sealed_quote)
    .bind(case_id)
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// The cases of a tenant whose comment passed the check: the only ones that may be quoted.
pub async fn cleared_of_tenant(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    cleared: &str,
) -> Result<Vec<i64>> {
    sqlx::query(
        "SELECT v.case_id FROM case_verdicts v JOIN cases c ON c.id = v.case_id \
         WHERE c.tenant_id = $1 AND v.comment_review = $2 AND v.sealed_quote IS NOT NULL \
         ORDER BY v.answered_at, v.case_id",
    )
    .bind(tenant_id)
    .bind(cleared)
    .fetch_all(ex)
    .await?
    .iter()
    .map(|r| Ok(crate::row::i(r, "case_id")?))
    .collect()
}

/// Removes a kwestie's verdict row with its comment (erasure, retention); the answers stay in
/// the statistical record.
pub async fn delete_of_case(ex: impl Executor<'_, Database = Any>, case_id: i64) -> Result<()> {
    sqlx::query("DELETE FROM case_verdicts WHERE case_id = $1")
        .bind(case_id)
        .execute(ex)
        .await?;
    Ok(())
}

/// The purpose of the task "Ik ben nog niet klaar" makes (`tasks.purpose`).
pub const NOT_DONE: &str = "not_done";

/// Whether the kwestie has an open "not done yet" task.
pub async fn has_open_not_done(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<bool> {
    let r = sqlx::query(
        "SELECT COUNT(*) AS n FROM tasks WHERE case_id = $1 AND purpose = $2 AND done_at IS NULL",
    )
    .bind(case_id)
    .bind(NOT_DONE)
    .fetch_one(ex)
    .await?;
    Ok(crate::row::i(&r, "n")? > 0)
}

/// Adds the "not done yet" task for the kwestie's owner (the title is sealed next).
pub async fn insert_not_done_task(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    due_on: &str,
    owner: Option<i64>,
) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO tasks (case_id, sealed, due_on, owner_user_id, purpose, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(case_id)
    .bind(&b""[..])
    .bind(due_on)
    .bind(owner)
    .bind(NOT_DONE)
    .bind(crate::now())
    .fetch_one(ex)
    .await?;
    Ok(crate::row::i(&r, "id")?)
}

/// Who closed the kwestie last (the author of its latest closing entry), if a person did.
pub async fn closed_by(ex: impl Executor<'_, Database = Any>, case_id: i64) -> Result<Option<i64>> {
    let r = sqlx::query(
        "SELECT author_user_id FROM case_entries WHERE case_id = $1 AND kind = 'closed' \
         ORDER BY id DESC LIMIT 1",
    )
    .bind(case_id)
    .fetch_optional(ex)
    .await?;
    Ok(match r {
        Some(r) => crate::row::oi(&r, "author_user_id")?,
        None => None,
    })
}
