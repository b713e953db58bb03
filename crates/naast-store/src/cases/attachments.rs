//! Attachments of a kwestie (`attachments`): type and size in clear, name and contents sealed
//! under the case key. The list reads no contents.

use crate::Result;
use crate::row::i;
use sqlx::{Any, Executor};

/// An `attachments` row; `sealed_data` is `None` when the query left the contents out.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AttachmentRow {
    pub id: i64,
    pub content_type: String,
    pub size: i64,
    pub sealed_name: Option<Vec<u8>>,
    #[sqlx(default)]
    pub sealed_data: Option<Vec<u8>>,
    pub author_user_id: Option<i64>,
    pub created_at: i64,
}

pub async fn insert_attachment(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    content_type: &str,
    size: i64,
    sealed_name: &[u8],
    sealed_data: &[u8],
    author: Option<i64>,
) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO attachments (case_id, content_type, size, sealed_name, sealed_data, author_user_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(case_id)
    .bind(content_type)
    .bind(size)
    .bind(sealed_name)
    .bind(sealed_data)
    .bind(author)
    .bind(crate::now())
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

/// The attachments of a case, without their contents.
pub async fn attachments(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<Vec<AttachmentRow>> {
    Ok(sqlx::query_as(
        "SELECT id, content_type, size, sealed_name, author_user_id, created_at FROM attachments WHERE case_id = $1 ORDER BY id",
    )
    .bind(case_id)
    .fetch_all(ex)
    .await?)
}

/// One attachment with its contents.
pub async fn attachment(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    id: i64,
) -> Result<Option<AttachmentRow>> {
    Ok(sqlx::query_as(
        "SELECT id, content_type, size, sealed_name, sealed_data, author_user_id, created_at FROM attachments WHERE case_id = $1 AND id = $2",
    )
    .bind(case_id)
    .bind(id)
    .fetch_optional(ex)
    .await?)
}

/// Seals an attachment's name and contents after its row exists (its id is in the AAD).
pub async fn set_attachment_sealed(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    name: &[u8],
    data: &[u8],
) -> Result<()> {
    sqlx::query("UPDATE attachments SET sealed_name = $1, sealed_data = $2 WHERE id = $3")
        .bind(name)
        .bind(data)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}
