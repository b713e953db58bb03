//! Tasks on a kwestie (`tasks`): a sealed title, a due date, an owner, done or not; one open
//! task per statutory rule that a procedure keeps in step with its dates.

use crate::Result;
use crate::row::i;
use sqlx::{Any, Executor};

/// A `tasks` row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TaskRow {
    pub id: i64,
    pub case_id: i64,
    pub sealed: Option<Vec<u8>>,
    pub due_on: String,
    pub owner_user_id: Option<i64>,
    pub done_at: Option<i64>,
    /// A planned activity that lapsed when its kwestie was closed before its day: that day.
    /// Only read where it matters (the kwestie's own task list); `None` elsewhere.
    #[sqlx(default)]
    pub lapsed_on: Option<String>,
}

pub async fn insert_task(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    sealed: &[u8],
    due_on: &str,
    owner: Option<i64>,
) -> Result<i64> {
    let r = sqlx::query("INSERT INTO tasks (case_id, sealed, due_on, owner_user_id, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(case_id)
        .bind(sealed)
        .bind(due_on)
        .bind(owner)
        .bind(crate::now())
        .fetch_one(ex)
        .await?;
    Ok(i(&r, "id")?)
}

/// A case's tasks, open ones first, by due date.
pub async fn tasks_of_case(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<Vec<TaskRow>> {
    Ok(sqlx::query_as("SELECT id, case_id, sealed, due_on, owner_user_id, done_at, lapsed_on FROM tasks WHERE case_id = $1 ORDER BY done_at IS NOT NULL, due_on, id")
        .bind(case_id)
        .fetch_all(ex)
        .await?)
}

/// Open tasks of a user due on or before `until`.
pub async fn due_tasks(
    ex: impl Executor<'_, Database = Any>,
    owner: i64,
    until: &str,
) -> Result<Vec<TaskRow>> {
    Ok(sqlx::query_as(
        "SELECT id, case_id, sealed, due_on, owner_user_id, done_at FROM tasks \
         WHERE owner_user_id = $1 AND done_at IS NULL AND due_on <= $2 ORDER BY due_on, id",
    )
    .bind(owner)
    .bind(until)
    .fetch_all(ex)
    .await?)
}

/// Marks every open task of a case done (the case was closed).
pub async fn complete_open_tasks(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<u64> {
    let r = sqlx::query("UPDATE tasks SET done_at = $1 WHERE case_id = $2 AND done_at IS NULL")
        .bind(crate::now())
        .bind(case_id)
        .execute(ex)
        .await?;
    Ok(r.rows_affected())
}

pub async fn complete_task(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    case_id: i64,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE tasks SET done_at = $1 WHERE id = $2 AND case_id = $3 AND done_at IS NULL",
    )
    .bind(crate::now())
    .bind(id)
    .bind(case_id)
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Replaces the open task a statutory rule made on a case (none when `due_on` is `None`).
pub async fn set_rule_task(
    tx: &mut crate::Tx,
    case_id: i64,
    rule: &str,
    sealed_title: &[u8],
    due_on: Option<&str>,
    owner: Option<i64>,
) -> Result<Option<i64>> {
    sqlx::query("DELETE FROM tasks WHERE case_id = $1 AND rule = $2 AND done_at IS NULL")
        .bind(case_id)
        .bind(rule)
        .execute(&mut **tx)
        .await?;
    if let Some(due) = due_on {
        let r = sqlx::query("INSERT INTO tasks (case_id, sealed, due_on, owner_user_id, created_at, rule) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
            .bind(case_id)
            .bind(sealed_title)
            .bind(due)
            .bind(owner)
            .bind(crate::now())
            .bind(rule)
            .fetch_one(&mut **tx)
            .await?;
        return Ok(Some(i(&r, "id")?));
    }
    Ok(None)
}

/// Seals a task's title after its row exists (its id is in the AAD).
pub async fn set_task_sealed(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    sealed: &[u8],
) -> Result<()> {
    sqlx::query("UPDATE tasks SET sealed = $1 WHERE id = $2")
        .bind(sealed)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

/// The purpose of the task a web intake gets for the promised contact (`tasks.purpose`).
pub const CONTACT: &str = "contact";

/// Adds a task the application makes for a purpose (no owner; its title is sealed next).
pub async fn insert_purpose_task(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    due_on: &str,
    purpose: &str,
) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO tasks (case_id, sealed, due_on, purpose, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(case_id)
    .bind(&b""[..])
    .bind(due_on)
    .bind(purpose)
    .bind(crate::now())
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

/// Marks a case's open tasks of this purpose done (the contact was made); how many.
pub async fn complete_purpose_tasks(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    purpose: &str,
) -> Result<u64> {
    let r = sqlx::query(
        "UPDATE tasks SET done_at = $1 WHERE case_id = $2 AND purpose = $3 AND done_at IS NULL",
    )
    .bind(crate::now())
    .bind(case_id)
    .bind(purpose)
    .execute(ex)
    .await?;
    Ok(r.rows_affected())
}
