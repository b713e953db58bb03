//! The citizen's private status links: found by the hash of their token only.

use crate::Result;
use crate::row::{ob, s};
use sqlx::{Any, Executor};

pub async fn insert(
    ex: impl Executor<'_, Database = Any>,
    token_hash: &str,
    case_id: i64,
    sealed_token: &[u8],
    lang: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO status_links (token_hash, case_id, sealed_token, lang, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(case_id)
    .bind(sealed_token)
    .bind(lang)
    .bind(crate::now())
    .execute(ex)
    .await?;
    Ok(())
}

/// A link: the case's reference, the language chosen, the sealed token.
#[derive(Debug, Clone)]
pub struct LinkRow {
    pub reference: String,
    pub lang: String,
    pub sealed_token: Option<Vec<u8>>,
}

pub async fn by_hash(
    ex: impl Executor<'_, Database = Any>,
    token_hash: &str,
) -> Result<Option<LinkRow>> {
    let r = sqlx::query(
        "SELECT c.reference AS reference, l.lang AS lang, l.sealed_token AS sealed_token \
         FROM status_links l JOIN cases c ON c.id = l.case_id WHERE l.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(ex)
    .await?;
    r.map(|r| {
        Ok(LinkRow {
            reference: s(&r, "reference")?,
            lang: s(&r, "lang")?,
            sealed_token: ob(&r, "sealed_token")?,
        })
    })
    .transpose()
}

/// The links of a case (normally one).
pub async fn of_case(ex: impl Executor<'_, Database = Any>, case_id: i64) -> Result<Vec<LinkRow>> {
    let rows = sqlx::query(
        "SELECT c.reference AS reference, l.lang AS lang, l.sealed_token AS sealed_token \
         FROM status_links l JOIN cases c ON c.id = l.case_id WHERE l.case_id = $1",
    )
    .bind(case_id)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(LinkRow {
                reference: s(r, "reference")?,
                lang: s(r, "lang")?,
                sealed_token: ob(r, "sealed_token")?,
            })
        })
        .collect()
}

/// Deletes the links of a case: from then on they show the general "unknown link" page.
pub async fn delete_of_case(ex: impl Executor<'_, Database = Any>, case_id: i64) -> Result<()> {
    sqlx::query("DELETE FROM status_links WHERE case_id = $1")
        .bind(case_id)
        .execute(ex)
        .await?;
    Ok(())
}
