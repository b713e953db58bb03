//! The timeline of a kwestie (`case_entries`): contact moments, mediations, notes and letters,
//! each with its date, activity codes and minutes in clear and its text sealed under the case
//! key; and the sums over them that the statistical record needs.

use crate::Result;
use crate::row::{i, s};
use sqlx::{Any, Executor};

/// A `case_entries` row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EntryRow {
    pub id: i64,
    pub kind: String,
    pub on_date: String,
    pub channel: Option<String>,
    pub activities: String,
    pub minutes: i64,
    pub sealed: Option<Vec<u8>>,
    pub author_user_id: Option<i64>,
    pub created_at: i64,
}

#[expect(clippy::too_many_arguments, reason = "one column each")]
pub async fn insert_entry(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    kind: &str,
    on_date: &str,
    channel: Option<&str>,
    activities: &str,
    minutes: i64,
    sealed: Option<&[u8]>,
    author: Option<i64>,
) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO case_entries (case_id, kind, on_date, channel, activities, minutes, sealed, author_user_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(case_id)
    .bind(kind)
    .bind(on_date)
    .bind(channel)
    .bind(activities)
    .bind(minutes)
    .bind(sealed)
    .bind(author)
    .bind(crate::now())
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

/// A case's timeline, newest first.
pub async fn entries(ex: impl Executor<'_, Database = Any>, case_id: i64) -> Result<Vec<EntryRow>> {
    Ok(sqlx::query_as(
        "SELECT id, kind, on_date, channel, activities, minutes, sealed, author_user_id, created_at \
         FROM case_entries WHERE case_id = $1 ORDER BY on_date DESC, id DESC",
    )
    .bind(case_id)
    .fetch_all(ex)
    .await?)
}

/// Seals a timeline entry's text after its row exists (its id is in the AAD).
pub async fn set_entry_sealed(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    sealed: Option<&[u8]>,
) -> Result<()> {
    sqlx::query("UPDATE case_entries SET sealed = $1 WHERE id = $2")
        .bind(sealed)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

/// Activity codes and minutes over a case's contact moments, for its statistical record.
pub async fn activity_totals(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<(Vec<String>, i64)> {
    let rows = sqlx::query(
        "SELECT activities, minutes FROM case_entries WHERE case_id = $1 AND kind IN ('contact', 'mediation')",
    )
    .bind(case_id)
    .fetch_all(ex)
    .await?;
    let mut acts = Vec::new();
    let mut minutes = 0;
    for r in rows {
        minutes += i(&r, "minutes")?;
        acts.extend(
            s(&r, "activities")?
                .split(',')
                .filter(|a| !a.is_empty())
                .map(String::from),
        );
    }
    Ok((acts, minutes))
}
