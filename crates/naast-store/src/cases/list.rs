//! The case list: kwesties of the tenants a person may see, narrowed by a [`Filter`], one page
//! at a time, with a capped count of all matches. The one query in this crate whose conditions
//! depend on its input; its values are bound through `sql::Params`.

use super::CaseRow;
use crate::Result;
use crate::row::i;
use crate::sql::Params;

/// The list's columns: everything but the sealed content, which a list never shows (and which
/// would otherwise be read and sorted for every matching row).
const LIST_COLS: &str = "id, tenant_id, reference, data_key_id, status, channel, citizen_id, owner_user_id, area, \
    organisation, primary_nature, natures, found_via, decision_kind, decision_date, decision_sent_on, options, \
    option_chosen, opened_on, closed_on, outcome, external_outcome, version, created_at, updated_at";

/// The case list counts matches up to this many; more shows as "more than".
pub const COUNT_CAP: i64 = 1000;

/// Filters for the case list; `None` means any.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub tenant_ids: Vec<i64>,
    pub status: Option<String>,
    /// Only cases that are not closed.
    pub open_only: bool,
    pub area: Option<String>,
    pub organisation: Option<String>,
    pub owner_user_id: Option<i64>,
    pub opened_from: Option<String>,
    pub opened_to: Option<String>,
    pub citizen_ids: Option<Vec<i64>>,
    /// Only these kwesties (what the search found).
    pub case_ids: Option<Vec<i64>>,
    pub reference: Option<String>,
    /// `opened_desc` (default), `opened_asc`, `updated_desc`.
    pub sort: String,
    pub limit: i64,
    pub offset: i64,
}

/// The cases matching `f`, newest first, and how many match in all.
pub async fn list(ex: &sqlx::AnyPool, f: &Filter) -> Result<(Vec<CaseRow>, i64)> {
    if f.tenant_ids.is_empty() {
        return Ok((Vec::new(), 0));
    }
    // Every value is bound; only fixed SQL fragments and placeholder numbers are formatted in.
    let mut p = Params::default();
    let mut conds = vec![format!("tenant_id IN ({})", p.ints(&f.tenant_ids))];
    for (col, v) in [
        ("status", &f.status),
        ("area", &f.area),
        ("organisation", &f.organisation),
        ("reference", &f.reference),
    ] {
        if let Some(v) = v {
            conds.push(format!("{col} = {}", p.text(v)));
        }
    }
    if let Some(from) = &f.opened_from {
        conds.push(format!("opened_on >= {}", p.text(from)));
    }
    if let Some(to) = &f.opened_to {
        conds.push(format!("opened_on <= {}", p.text(to)));
    }
    if let Some(o) = f.owner_user_id {
        conds.push(format!("owner_user_id = {}", p.int(o)));
    }
    if f.open_only {
        conds.push("status <> 'closed'".into());
    }
    if let Some(ids) = &f.citizen_ids {
        if ids.is_empty() {
            return Ok((Vec::new(), 0));
        }
        conds.push(format!("citizen_id IN ({})", p.ints(ids)));
    }
    if let Some(ids) = &f.case_ids {
        if ids.is_empty() {
            return Ok((Vec::new(), 0));
        }
        conds.push(format!("id IN ({})", p.ints(ids)));
    }
    let order = match f.sort.as_str() {
        "opened_asc" => "opened_on ASC, id ASC",
        "updated_desc" => "updated_at DESC, id DESC",
        _ => "opened_on DESC, id DESC",
    };
    let wher = conds.join(" AND ");
    // Counting stops at COUNT_CAP: beyond that a person needs a narrower filter, not a number,
    // and counting every match of a broad filter over 100,000 cases costs more than the page.
    let count_sql = sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) AS n FROM (SELECT 1 FROM cases WHERE {wher} LIMIT {}) AS matched",
        COUNT_CAP + 1
    ));
    let total = i(&p.bind(sqlx::query(count_sql)).fetch_one(ex).await?, "n")?;
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {LIST_COLS} FROM cases WHERE {wher} ORDER BY {order} LIMIT {} OFFSET {}",
        f.limit.clamp(1, 500),
        f.offset.max(0)
    ));
    let rows = p.bind_as(sqlx::query_as(sql)).fetch_all(ex).await?;
    Ok((rows, total))
}
