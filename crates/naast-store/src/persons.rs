//! Citizens (persons): their sealed details, the keyed blind indexes that find them again
//! (normalised name, e-mail address, phone number), the possible matches a new kwestie's
//! citizen has among the known ones, and the confidant's decisions on them.

use crate::Result;
use crate::row::{i, ob, os, s};
use sqlx::{Any, Executor};

#[derive(Debug, Clone)]
pub struct PersonRow {
    pub id: i64,
    pub tenant_id: i64,
    pub data_key_id: i64,
    pub stat_id: String,
    pub sealed: Option<Vec<u8>>,
}

/// The keyed blind indexes of a person (each `None` when that detail is empty).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Indexes {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

pub async fn insert(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    data_key_id: i64,
    stat_id: &str,
    sealed: &[u8],
    idx: &Indexes,
) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO persons (tenant_id, data_key_id, stat_id, sealed, name_index, email_index, phone_index, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(tenant_id)
    .bind(data_key_id)
    .bind(stat_id)
    .bind(sealed)
    .bind(idx.name.as_deref())
    .bind(idx.email.as_deref())
    .bind(idx.phone.as_deref())
    .bind(crate::now())
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

fn map(r: &sqlx::any::AnyRow) -> Result<PersonRow> {
    Ok(PersonRow {
        id: i(r, "id")?,
        tenant_id: i(r, "tenant_id")?,
        data_key_id: i(r, "data_key_id")?,
        stat_id: s(r, "stat_id")?,
        sealed: ob(r, "sealed")?,
    })
}

pub async fn get(ex: impl Executor<'_, Database = Any>, id: i64) -> Result<Option<PersonRow>> {
    let r = sqlx::query(
        "SELECT id, tenant_id, data_key_id, stat_id, sealed FROM persons WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(ex)
    .await?;
    r.as_ref().map(map).transpose()
}

/// Live persons (details not destroyed) with an id above `after`, oldest first: for re-indexing
/// in batches.
pub async fn live_after(
    ex: impl Executor<'_, Database = Any>,
    after: i64,
    limit: i64,
) -> Result<Vec<PersonRow>> {
    sqlx::query(
        "SELECT id, tenant_id, data_key_id, stat_id, sealed FROM persons \
         WHERE id > $1 AND sealed IS NOT NULL ORDER BY id LIMIT $2",
    )
    .bind(after)
    .bind(limit)
    .fetch_all(ex)
    .await?
    .iter()
    .map(map)
    .collect()
}

/// Replaces a person's sealed details and indexes.
pub async fn update(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    sealed: &[u8],
    idx: &Indexes,
) -> Result<()> {
    sqlx::query(
        "UPDATE persons SET sealed = $1, name_index = $2, email_index = $3, phone_index = $4, version = version + 1 WHERE id = $5",
    )
    .bind(sealed)
    .bind(idx.name.as_deref())
    .bind(idx.email.as_deref())
    .bind(idx.phone.as_deref())
    .bind(id)
    .execute(ex)
    .await?;
    Ok(())
}

/// Sets the indexes only (re-indexing after the normaliser changed).
pub async fn set_indexes(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    idx: &Indexes,
) -> Result<()> {
    sqlx::query(
        "UPDATE persons SET name_index = $1, email_index = $2, phone_index = $3, version = version + 1 WHERE id = $4",
    )
    .bind(idx.name.as_deref())
    .bind(idx.email.as_deref())
    .bind(idx.phone.as_deref())
    .bind(id)
    .execute(ex)
    .await?;
    Ok(())
}

/// Persons of these tenants with this value in any of their indexes (search).
pub async fn by_index(ex: &sqlx::AnyPool, tenant_ids: &[i64], index: &str) -> Result<Vec<i64>> {
    let mut out = Vec::new();
    for t in tenant_ids {
        let rows = sqlx::query(
            "SELECT id FROM persons WHERE tenant_id = $1 \
             AND (name_index = $2 OR email_index = $2 OR phone_index = $2)",
        )
        .bind(t)
        .bind(index)
        .fetch_all(ex)
        .await?;
        for r in rows {
            out.push(i(&r, "id")?);
        }
    }
    Ok(out)
}

/// A live person of the same tenant sharing a normalised name, e-mail address or phone number
/// with another, and on which of the three.
#[derive(Debug, Clone)]
pub struct Match {
    pub person_id: i64,
    pub name: bool,
    pub email: bool,
    pub phone: bool,
}

/// The live persons of `tenant_id` other than `person_id` that share an index with `idx`.
pub async fn matches(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    person_id: i64,
    idx: &Indexes,
) -> Result<Vec<Match>> {
    if idx.name.is_none() && idx.email.is_none() && idx.phone.is_none() {
        return Ok(Vec::new());
    }
    // An absent index binds as a value no index has, so NULL never matches NULL.
    let none = "-";
    let rows = sqlx::query(
        "SELECT id, name_index, email_index, phone_index FROM persons \
         WHERE tenant_id = $1 AND id <> $2 AND sealed IS NOT NULL \
         AND (name_index = $3 OR email_index = $4 OR phone_index = $5) \
         ORDER BY (CASE WHEN email_index = $4 THEN 2 ELSE 0 END) \
         + (CASE WHEN phone_index = $5 THEN 2 ELSE 0 END) \
         + (CASE WHEN name_index = $3 THEN 1 ELSE 0 END) DESC, id LIMIT 5",
    )
    .bind(tenant_id)
    .bind(person_id)
    .bind(idx.name.as_deref().unwrap_or(none))
    .bind(idx.email.as_deref().unwrap_or(none))
    .bind(idx.phone.as_deref().unwrap_or(none))
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| {
            let same = |col: &str, mine: &Option<String>| -> Result<bool> {
                Ok(mine.is_some() && os(r, col)?.as_ref() == mine.as_ref())
            };
            Ok(Match {
                person_id: i(r, "id")?,
                name: same("name_index", &idx.name)?,
                email: same("email_index", &idx.email)?,
                phone: same("phone_index", &idx.phone)?,
            })
        })
        .collect()
}

/// The persons the confidant decided are not the citizen of this case.
pub async fn kept_apart(ex: impl Executor<'_, Database = Any>, case_id: i64) -> Result<Vec<i64>> {
    sqlx::query("SELECT person_id FROM person_kept_apart WHERE case_id = $1")
        .bind(case_id)
        .fetch_all(ex)
        .await?
        .iter()
        .map(|r| Ok(i(r, "person_id")?))
        .collect()
}

pub async fn keep_apart(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    person_id: i64,
    user_id: Option<i64>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO person_kept_apart (case_id, person_id, decided_by, decided_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (case_id, person_id) DO NOTHING",
    )
    .bind(case_id)
    .bind(person_id)
    .bind(user_id)
    .bind(crate::now())
    .execute(ex)
    .await?;
    Ok(())
}

/// Moves every case of `from` to `to`; returns the ids of the cases moved.
pub async fn move_cases(tx: &mut crate::Tx, from: i64, to: i64) -> Result<Vec<i64>> {
    let ids = sqlx::query("SELECT id FROM cases WHERE citizen_id = $1")
        .bind(from)
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|r| i(r, "id"))
        .collect::<std::result::Result<Vec<_>, _>>()?;
    sqlx::query("UPDATE cases SET citizen_id = $1, version = version + 1 WHERE citizen_id = $2")
        .bind(to)
        .bind(from)
        .execute(&mut **tx)
        .await?;
    Ok(ids)
}

/// Makes `person_id` the citizen of one case (an anonymous one being linked).
pub async fn set_citizen(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    person_id: i64,
) -> Result<()> {
    sqlx::query("UPDATE cases SET citizen_id = $1, version = version + 1 WHERE id = $2")
        .bind(person_id)
        .bind(case_id)
        .execute(ex)
        .await?;
    Ok(())
}

/// Deletes a person row that no case refers to any more (after its cases moved).
pub async fn delete(ex: impl Executor<'_, Database = Any>, id: i64) -> Result<()> {
    sqlx::query("DELETE FROM persons WHERE id = $1")
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

/// Removes a person's sealed details and look-up indexes (the statistical id stays).
pub async fn destroy(ex: impl Executor<'_, Database = Any>, person_id: i64) -> Result<()> {
    sqlx::query(
        "UPDATE persons SET sealed = NULL, name_index = NULL, email_index = NULL, phone_index = NULL, version = version + 1 WHERE id = $1",
    )
    .bind(person_id)
    .execute(ex)
    .await?;
    Ok(())
}
