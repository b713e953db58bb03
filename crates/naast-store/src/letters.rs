//! Letters drafted in Naast: whether each is still a draft or went out (and on which day), and
//! the versions saved before the current text. The texts are sealed by the app layer with the
//! case's key; this module stores bytes and dates only.

use crate::Result;
use crate::row::{i, ob, oi, os};
use sqlx::{Any, Executor};

/// A drafted letter's state: `sent_on` is `None` while it is a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftRow {
    pub entry_id: i64,
    pub sent_on: Option<String>,
}

/// Every drafted letter of a case.
pub async fn of_case(ex: impl Executor<'_, Database = Any>, case_id: i64) -> Result<Vec<DraftRow>> {
    let rows = sqlx::query("SELECT entry_id, sent_on FROM letter_drafts WHERE case_id = $1")
        .bind(case_id)
        .fetch_all(ex)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(DraftRow {
                entry_id: i(r, "entry_id")?,
                sent_on: os(r, "sent_on")?,
            })
        })
        .collect()
}

/// Starts tracking a letter as a draft.
pub async fn insert(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    entry_id: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO letter_drafts (entry_id, case_id, sent_on, updated_at) VALUES ($1, $2, NULL, $3)",
    )
    .bind(entry_id)
    .bind(case_id)
    .bind(crate::now())
    .execute(ex)
    .await?;
    Ok(())
}

/// Marks a draft sent on `sent_on`; false when it was no draft (already sent, or unknown).
pub async fn mark_sent(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    entry_id: i64,
    sent_on: &str,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE letter_drafts SET sent_on = $1, updated_at = $2 WHERE entry_id = $3 AND case_id = $4 AND sent_on IS NULL",
    )
    .bind(sent_on)
    .bind(crate::now())
    .bind(entry_id)
    .bind(case_id)
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Moves the timeline entry of a letter to the day it went out.
pub async fn set_entry_date(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    entry_id: i64,
    on_date: &str,
) -> Result<()> {
    sqlx::query("UPDATE case_entries SET on_date = $1 WHERE id = $2 AND case_id = $3")
        .bind(on_date)
        .bind(entry_id)
        .bind(case_id)
        .execute(ex)
        .await?;
    Ok(())
}

/// A saved version of a letter (the text it had before a later save).
#[derive(Debug, Clone)]
pub struct VersionRow {
    pub id: i64,
    pub sealed: Option<Vec<u8>>,
    pub author_user_id: Option<i64>,
    pub created_at: i64,
}

/// Adds an empty version row (sealed afterwards: its id is in the AAD); its id.
pub async fn insert_version(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    entry_id: i64,
    author: Option<i64>,
) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO letter_versions (entry_id, case_id, sealed, author_user_id, created_at) VALUES ($1, $2, NULL, $3, $4) RETURNING id",
    )
    .bind(entry_id)
    .bind(case_id)
    .bind(author)
    .bind(crate::now())
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

pub async fn set_version_sealed(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    sealed: &[u8],
) -> Result<()> {
    sqlx::query("UPDATE letter_versions SET sealed = $1 WHERE id = $2")
        .bind(sealed)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

/// The earlier versions of a letter, oldest first.
pub async fn versions(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    entry_id: i64,
) -> Result<Vec<VersionRow>> {
    let rows = sqlx::query(
        "SELECT id, sealed, author_user_id, created_at FROM letter_versions WHERE case_id = $1 AND entry_id = $2 ORDER BY id",
    )
    .bind(case_id)
    .bind(entry_id)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(VersionRow {
                id: i(r, "id")?,
                sealed: ob(r, "sealed")?,
                author_user_id: oi(r, "author_user_id")?,
                created_at: i(r, "created_at")?,
            })
        })
        .collect()
}
