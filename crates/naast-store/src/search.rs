//! What the in-memory case search (`naast_app`'s `cases::search`) reads: a cheap per-tenant
//! change marker, the version of every kwestie and person of a tenant, and the sealed rows that
//! changed with their wrapped data keys. Nothing here writes; nothing is stored for search.

use crate::Result;
use crate::keys::DataKeyRow;
use crate::row::{i, ob, oi, s};
use crate::sql::Params;

/// Changes to a tenant's kwesties and persons: count, highest id and sum of versions of each.
/// Every insert raises the highest id, every delete lowers the count, every change of a row
/// counts its version up, so a marker that is equal means nothing the search reads changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Marker(pub [i64; 6]);

pub async fn marker(ex: &sqlx::AnyPool, tenant_id: i64) -> Result<Marker> {
    let r = sqlx::query(
        "SELECT \
         (SELECT COUNT(*) FROM cases WHERE tenant_id = $1) AS cn, \
         (SELECT COALESCE(MAX(id), 0) FROM cases WHERE tenant_id = $1) AS cm, \
         (SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM cases WHERE tenant_id = $1) AS cv, \
         (SELECT COUNT(*) FROM persons WHERE tenant_id = $1) AS pn, \
         (SELECT COALESCE(MAX(id), 0) FROM persons WHERE tenant_id = $1) AS pm, \
         (SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM persons WHERE tenant_id = $1) AS pv",
    )
    .bind(tenant_id)
    .fetch_one(ex)
    .await?;
    Ok(Marker([
        i(&r, "cn")?,
        i(&r, "cm")?,
        i(&r, "cv")?,
        i(&r, "pn")?,
        i(&r, "pm")?,
        i(&r, "pv")?,
    ]))
}

/// `(id, version)` of every kwestie (`persons = false`) or person of a tenant.
pub async fn versions(
    ex: &sqlx::AnyPool,
    tenant_id: i64,
    persons: bool,
) -> Result<Vec<(i64, i64)>> {
    let sql = if persons {
        "SELECT id, version FROM persons WHERE tenant_id = $1"
    } else {
        "SELECT id, version FROM cases WHERE tenant_id = $1"
    };
    let rows = sqlx::query(sql).bind(tenant_id).fetch_all(ex).await?;
    rows.iter()
        .map(|r| Ok((i(r, "id")?, i(r, "version")?)))
        .collect()
}

/// A kwestie or person as the search reads it: sealed, with its wrapped key.
#[derive(Debug, Clone)]
pub struct SealedRow {
    pub id: i64,
    pub version: i64,
    /// The reference of a kwestie, the statistical id of a person.
    pub name: String,
    /// The citizen of a kwestie (none for a person).
    pub citizen_id: Option<i64>,
    pub sealed: Option<Vec<u8>>,
    pub key: DataKeyRow,
}

/// The sealed rows of a tenant's kwesties (`persons = false`) or persons; only those with
/// these ids when `ids` is given.
pub async fn sealed(
    ex: &sqlx::AnyPool,
    tenant_id: i64,
    persons: bool,
    ids: Option<&[i64]>,
) -> Result<Vec<SealedRow>> {
    let mut p = Params::default();
    let t = p.int(tenant_id);
    let (cols, table) = if persons {
        ("x.stat_id AS name, NULL AS citizen_id", "persons")
    } else {
        ("x.reference AS name, x.citizen_id", "cases")
    };
    let mut sql = format!(
        "SELECT x.id, x.version, {cols}, x.sealed, k.id AS key_id, k.kek_id, k.wrapped \
         FROM {table} x JOIN data_keys k ON k.id = x.data_key_id WHERE x.tenant_id = {t}"
    );
    if let Some(ids) = ids {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        sql.push_str(&format!(" AND x.id IN ({})", p.ints(ids)));
    }
    let rows = p
        .bind(sqlx::query(sqlx::AssertSqlSafe(sql)))
        .fetch_all(ex)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(SealedRow {
                id: i(r, "id")?,
                version: i(r, "version")?,
                name: s(r, "name")?,
                citizen_id: if persons { None } else { oi(r, "citizen_id")? },
                sealed: ob(r, "sealed")?,
                key: DataKeyRow {
                    id: i(r, "key_id")?,
                    kek_id: s(r, "kek_id")?,
                    wrapped: ob(r, "wrapped")?,
                },
            })
        })
        .collect()
}

/// `(id, version)` of the kwesties (`persons = false`) or persons of a tenant above `after_id`:
/// the rows added since a cache was filled.
pub async fn versions_after(
    ex: &sqlx::AnyPool,
    tenant_id: i64,
    persons: bool,
    after_id: i64,
) -> Result<Vec<(i64, i64)>> {
    let sql = if persons {
        "SELECT id, version FROM persons WHERE tenant_id = $1 AND id > $2"
    } else {
        "SELECT id, version FROM cases WHERE tenant_id = $1 AND id > $2"
    };
    let rows = sqlx::query(sql)
        .bind(tenant_id)
        .bind(after_id)
        .fetch_all(ex)
        .await?;
    rows.iter()
        .map(|r| Ok((i(r, "id")?, i(r, "version")?)))
        .collect()
}
