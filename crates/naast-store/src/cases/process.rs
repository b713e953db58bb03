//! Tasks that follow the process: planned activities (`tasks.planned`), the term task a filing
//! answers (`tasks.rule`), and the documents a message to the citizen carries
//! (`message_documents`).

use crate::Result;
use crate::row::{i, s};
use sqlx::{Any, Executor};

/// Adds a task for a planned activity (`planned`: a vocabulary code) on `due_on`.
pub async fn insert_planned(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    planned: &str,
    due_on: &str,
    owner: Option<i64>,
) -> Result<i64> {
    let r = sqlx::query("INSERT INTO tasks (case_id, sealed, due_on, owner_user_id, created_at, planned) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
        .bind(case_id)
        .bind(&b""[..])
        .bind(due_on)
        .bind(owner)
        .bind(crate::now())
        .bind(planned)
        .fetch_one(ex)
        .await?;
    Ok(i(&r, "id")?)
}

/// The open planned activities of a case: `(task id, activity code)`.
pub async fn planned_of_case(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<Vec<(i64, String)>> {
    let rows = sqlx::query(
        "SELECT id, planned FROM tasks WHERE case_id = $1 AND planned IS NOT NULL AND done_at IS NULL ORDER BY due_on, id",
    )
    .bind(case_id)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| Ok((i(r, "id")?, s(r, "planned")?)))
        .collect()
}

/// The open planned activities of a case due on or after `from` (ISO date): their task ids.
pub async fn planned_ahead(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    from: &str,
) -> Result<Vec<i64>> {
    let rows = sqlx::query(
        "SELECT id FROM tasks WHERE case_id = $1 AND planned IS NOT NULL AND done_at IS NULL AND due_on >= $2 ORDER BY due_on, id",
    )
    .bind(case_id)
    .bind(from)
    .fetch_all(ex)
    .await?;
    rows.iter().map(|r| Ok(i(r, "id")?)).collect()
}

/// A planned activity lapses (its kwestie was closed before its day): done, with the day it
/// lapsed. Whether an open task of the case was changed.
pub async fn lapse_task(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    case_id: i64,
    on: &str,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE tasks SET done_at = $1, lapsed_on = $2 WHERE id = $3 AND case_id = $4 AND done_at IS NULL",
    )
    .bind(crate::now())
    .bind(on)
    .bind(id)
    .bind(case_id)
    .execute(ex)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// The open task a statutory rule made on a case, if any: its id.
pub async fn open_rule_task(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    rule: &str,
) -> Result<Option<i64>> {
    let r = sqlx::query(
        "SELECT id FROM tasks WHERE case_id = $1 AND rule = $2 AND done_at IS NULL ORDER BY id LIMIT 1",
    )
    .bind(case_id)
    .bind(rule)
    .fetch_optional(ex)
    .await?;
    r.map(|r| Ok(i(&r, "id")?)).transpose()
}

/// The ids of a case's tasks that a statutory rule made (its terms).
pub async fn rule_task_ids(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<Vec<i64>> {
    let rows = sqlx::query("SELECT id FROM tasks WHERE case_id = $1 AND rule IS NOT NULL")
        .bind(case_id)
        .fetch_all(ex)
        .await?;
    rows.iter().map(|r| Ok(i(r, "id")?)).collect()
}

/// Records a document that a message to the citizen carries (an attachment or a letter entry).
pub async fn insert_message_document(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    entry_id: i64,
    attachment_id: Option<i64>,
    letter_entry_id: Option<i64>,
) -> Result<i64> {
    let r = sqlx::query("INSERT INTO message_documents (case_id, entry_id, attachment_id, letter_entry_id, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(case_id)
        .bind(entry_id)
        .bind(attachment_id)
        .bind(letter_entry_id)
        .bind(crate::now())
        .fetch_one(ex)
        .await?;
    Ok(i(&r, "id")?)
}

/// A document sent with a message.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MessageDocumentRow {
    pub id: i64,
    pub entry_id: i64,
    pub attachment_id: Option<i64>,
    pub letter_entry_id: Option<i64>,
}

/// The documents sent with messages on a case, oldest first.
pub async fn message_documents(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<Vec<MessageDocumentRow>> {
    Ok(sqlx::query_as(
        "SELECT id, entry_id, attachment_id, letter_entry_id FROM message_documents WHERE case_id = $1 ORDER BY id",
    )
    .bind(case_id)
    .fetch_all(ex)
    .await?)
}

/// One document sent with a message on this case (none for another case's id).
pub async fn message_document(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    id: i64,
) -> Result<Option<MessageDocumentRow>> {
    Ok(sqlx::query_as(
        "SELECT id, entry_id, attachment_id, letter_entry_id FROM message_documents WHERE case_id = $1 AND id = $2",
    )
    .bind(case_id)
    .bind(id)
    .fetch_optional(ex)
    .await?)
}
