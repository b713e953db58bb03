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
    /// `opened_desc` (default), `opened_asc`, `updated_desc`; [`Filter::order`] goes first.
    pub sort: String,
    /// A column to sort on (the case list's headers); `None`: [`Filter::sort`].
    pub order: Option<Order>,
    pub limit: i64,
    pub offset: i64,
}

/// A column of the case list that the database can sort on (the sealed ones, citizen and
/// subject, are sorted in memory by the caller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderKey {
    Opened,
    Updated,
    /// Codes in the order to show them (e.g. by their label); codes not named go last.
    Area(Vec<String>),
    /// The organisation's name (a provider of the tenant; `municipality` is "Gemeente").
    Organisation,
    /// Codes in the order to show them (the workflow's order).
    Status(Vec<String>),
    /// The first open task's due date; kwesties without one go last.
    Deadline,
    /// The owner's display name (else e-mail address); kwesties without owner go last.
    Owner,
    Reference,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub key: OrderKey,
    pub desc: bool,
}

/// The `ORDER BY` of an [`Order`]: fixed fragments, ranked codes bound as values. Rows without
/// a value (no deadline, no owner) go last in both directions; ties newest first.
fn order_by(o: &Order, p: &mut Params) -> String {
    let dir = if o.desc { "DESC" } else { "ASC" };
    let ranked = |col: &str, codes: &[String], p: &mut Params| {
        let whens: String = codes
            .iter()
            .enumerate()
            .map(|(n, c)| format!(" WHEN {} THEN {n}", p.text(c)))
            .collect();
        format!("CASE {col}{whens} ELSE {} END", codes.len())
    };
    let key = match &o.key {
        OrderKey::Opened => "opened_on".to_string(),
        OrderKey::Updated => "updated_at".to_string(),
        OrderKey::Reference => "reference".to_string(),
        OrderKey::Area(codes) => ranked("area", codes, p),
        OrderKey::Status(codes) => ranked("status", codes, p),
        OrderKey::Organisation => "CASE WHEN organisation = 'municipality' THEN 'gemeente' \
            ELSE LOWER(COALESCE((SELECT pr.name FROM providers pr WHERE pr.tenant_id = cases.tenant_id \
            AND pr.code = cases.organisation), organisation)) END"
            .to_string(),
        OrderKey::Deadline => "(SELECT MIN(t.due_on) FROM tasks t WHERE t.case_id = cases.id \
            AND t.done_at IS NULL)"
            .to_string(),
        OrderKey::Owner => "(SELECT LOWER(CASE WHEN u.display_name = '' THEN u.email \
            ELSE u.display_name END) FROM users u WHERE u.id = cases.owner_user_id)"
            .to_string(),
    };
    let nulls = match &o.key {
        OrderKey::Area(_) => "area IS NULL, ".to_string(),
        OrderKey::Deadline | OrderKey::Owner | OrderKey::Organisation => {
            format!("({key}) IS NULL, ")
        }
        _ => String::new(),
    };
    format!("{nulls}{key} {dir}, id DESC")
}

/// The conditions of `f` (`None`: nothing can match).
fn conditions(f: &Filter, p: &mut Params) -> Option<String> {
    if f.tenant_ids.is_empty() {
        return None;
    }
    // Every value is bound; only fixed SQL fragments and placeholder numbers are formatted in.
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
            return None;
        }
        conds.push(format!("citizen_id IN ({})", p.ints(ids)));
    }
    if let Some(ids) = &f.case_ids {
        if ids.is_empty() {
            return None;
        }
        conds.push(format!("id IN ({})", p.ints(ids)));
    }
    Some(conds.join(" AND "))
}

/// The ids of the kwestie matching `f`, at most `cap + 1` (in no particular order): for a sort
/// in memory, which more than `cap` matches are too many for.
pub async fn ids(ex: &sqlx::AnyPool, f: &Filter, cap: i64) -> Result<Vec<i64>> {
    let mut p = Params::default();
    let Some(wher) = conditions(f, &mut p) else {
        return Ok(Vec::new());
    };
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT id FROM cases WHERE {wher} LIMIT {}",
        cap.max(0) + 1
    ));
    p.bind(sqlx::query(sql))
        .fetch_all(ex)
        .await?
        .iter()
        .map(|r| Ok(i(r, "id")?))
        .collect()
}

/// The cases matching `f`, in its order (newest first by default), and how many match in all.
pub async fn list(ex: &sqlx::AnyPool, f: &Filter) -> Result<(Vec<CaseRow>, i64)> {
    let mut p = Params::default();
    let Some(wher) = conditions(f, &mut p) else {
        return Ok((Vec::new(), 0));
    };
    // Counting stops at COUNT_CAP: beyond that a person needs a narrower filter, not a number,
    // and counting every match of a broad filter over 100,000 cases costs more than the page.
    let count_sql = sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) AS n FROM (SELECT 1 FROM cases WHERE {wher} LIMIT {}) AS matched",
        COUNT_CAP + 1
    ));
    let total = i(&p.bind(sqlx::query(count_sql)).fetch_one(ex).await?, "n")?;
    // The order's values come after the conditions' (the count above binds those only).
    let order = match (&f.order, f.sort.as_str()) {
        (Some(o), _) => order_by(o, &mut p),
        (None, "opened_asc") => "opened_on ASC, id ASC".to_string(),
        (None, "updated_desc") => "updated_at DESC, id DESC".to_string(),
        (None, _) => "opened_on DESC, id DESC".to_string(),
    };
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {LIST_COLS} FROM cases WHERE {wher} ORDER BY {order} LIMIT {} OFFSET {}",
        f.limit.clamp(1, 500),
        f.offset.max(0)
    ));
    let rows = p.bind_as(sqlx::query_as(sql)).fetch_all(ex).await?;
    Ok((rows, total))
}

/// The first open task's due date of each of these kwesties that has one: `(case id, date)`.
pub async fn next_due_dates(ex: &sqlx::AnyPool, case_ids: &[i64]) -> Result<Vec<(i64, String)>> {
    if case_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut p = Params::default();
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT case_id, MIN(due_on) AS due FROM tasks WHERE case_id IN ({}) \
         AND done_at IS NULL GROUP BY case_id",
        p.ints(case_ids)
    ));
    p.bind(sqlx::query(sql))
        .fetch_all(ex)
        .await?
        .iter()
        .map(|r| Ok((i(r, "case_id")?, crate::row::s(r, "due")?)))
        .collect()
}
