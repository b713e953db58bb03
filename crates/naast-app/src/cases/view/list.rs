//! The case list to work from: the kwesties a person may see, filtered, sorted on any column
//! (the sealed ones, citizen and subject, in memory and only over a bounded number of matches),
//! one page at a time, each line naming the citizen and the subject.
//!
//! Names and subjects come from the search's per-tenant cache (`super::super::search`), which
//! holds them decrypted already; showing them is a read of personal data and is audited with
//! the ids of the kwesties shown (`case.list`, or `case.search` for a search), never a name.

use super::{CaseSummary, Names, days_until};
use crate::cases::require_caseworker;
use crate::cases::search::Snapshot;
use crate::cases::work::Deadline;
use crate::clock::today;
use crate::{App, Principal, Result};
use naast_core::case::normalise_reference;
use naast_core::matching::name_key;
use naast_store::cases::{self as store, CaseRow, Filter, Order, OrderKey};
use naast_store::tenants;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::Arc;

pub const PAGE_SIZE: i64 = 50;

/// Filters as typed in the list's form or query string.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub tenant: String,
    pub status: String,
    pub area: String,
    pub organisation: String,
    /// `me` for one's own cases.
    pub owner: String,
    pub from: String,
    pub to: String,
    /// Words of a name, an e-mail address or the subject, a phone number or part of one, or
    /// (part of) a reference.
    pub q: String,
    /// `<column>_<asc|desc>` with a column of [`SORT_COLUMNS`], or `updated_desc`; anything
    /// else is the default, `opened_desc`.
    pub sort: String,
    pub page: i64,
}

/// The columns the list sorts on, in the order of the table; the first two are sealed.
pub const SORT_COLUMNS: [&str; 9] = [
    "citizen",
    "subject",
    "area",
    "organisation",
    "status",
    "opened",
    "deadline",
    "owner",
    "reference",
];

/// The order asked for, as `(column, descending)`; an unknown value is the default (newest
/// first), no error: links of other tools keep working. `updated` is kept for them too.
pub fn parse_sort(s: &str) -> (&'static str, bool) {
    let (column, dir) = s.rsplit_once('_').unwrap_or((s, ""));
    let desc = match dir {
        "asc" => false,
        "desc" => true,
        _ => return ("opened", true),
    };
    match SORT_COLUMNS
        .iter()
        .chain(["updated"].iter())
        .find(|c| **c == column)
    {
        Some(c) => (c, desc),
        None => ("opened", true),
    }
}

/// One kwestie as a line of the list.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListLine {
    #[serde(flatten)]
    pub case: CaseSummary,
    /// The citizen's name; empty when anonymous (or the data was destroyed).
    pub citizen: String,
    /// The subject set, else the story's first words.
    pub subject: String,
    pub organisation_name: String,
    /// The first open task or term.
    pub deadline: Option<Deadline>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct CaseList {
    pub cases: Vec<CaseSummary>,
    pub total: i64,
    /// The lines with names (the page's; empty for the API, which shows no names in a list).
    #[serde(skip)]
    pub lines: Vec<ListLine>,
    /// The order shown, e.g. `opened_desc`.
    #[serde(skip)]
    pub sort: String,
    /// A sort on a sealed column was asked over more kwesties than may be sorted in memory:
    /// the list is in the default order and the page asks for a narrower filter.
    #[serde(skip)]
    pub sort_refused: bool,
    /// How many kwesties may be sorted on citizen or subject.
    #[serde(skip)]
    pub sealed_sort_max: i64,
}

/// The order of a column the database sorts on.
fn db_order(column: &str, desc: bool) -> Order {
    let key = match column {
        "area" => {
            let mut areas: Vec<_> = naast_core::vocab::AREAS.to_vec();
            areas.sort_by_key(|(_, nl, _)| nl.to_lowercase());
            OrderKey::Area(areas.iter().map(|(c, _, _)| c.to_string()).collect())
        }
        "status" => OrderKey::Status(
            naast_core::vocab::STATUSES
                .iter()
                .map(|(c, _, _)| c.to_string())
                .collect(),
        ),
        "organisation" => OrderKey::Organisation,
        "deadline" => OrderKey::Deadline,
        "owner" => OrderKey::Owner,
        "reference" => OrderKey::Reference,
        "updated" => OrderKey::Updated,
        _ => OrderKey::Opened,
    };
    Order { key, desc }
}

/// Sorts ids on a sealed column's value (normalised: case and accents do not count); lines
/// without one (anonymous, no subject) go last both ways, ties newest first.
fn sort_sealed(ids: &mut [i64], label: impl Fn(i64) -> String, desc: bool) {
    let mut keyed: Vec<(bool, String, i64)> = ids
        .iter()
        .map(|id| {
            let key = name_key(&label(*id));
            (key.is_empty(), key, *id)
        })
        .collect();
    keyed.sort_by(|a, b| {
        let by_key = if desc { b.1.cmp(&a.1) } else { a.1.cmp(&b.1) };
        a.0.cmp(&b.0).then(by_key).then(b.2.cmp(&a.2))
    });
    for (slot, (_, _, id)) in ids.iter_mut().zip(keyed) {
        *slot = id;
    }
}

/// A kwestie's citizen and subject from the tenants' search snapshots.
fn labels(snaps: &HashMap<i64, Arc<Snapshot>>, id: i64) -> (String, String) {
    snaps
        .values()
        .find_map(|s| s.labels(id))
        .map(|(n, s)| (n.to_string(), s.to_string()))
        .unwrap_or_default()
}

impl App {
    /// The case list with filters and sorting, one page at a time, without names (the API).
    pub async fn list_cases(&self, who: &Principal, q: &ListQuery) -> Result<CaseList> {
        self.case_list(who, q, false).await
    }

    /// The case list as the page shows it: each line with the citizen's name, the subject and
    /// the next deadline. Audited with the ids of the kwesties shown.
    pub async fn case_list_page(&self, who: &Principal, q: &ListQuery) -> Result<CaseList> {
        self.case_list(who, q, true).await
    }

    async fn case_list(&self, who: &Principal, q: &ListQuery, people: bool) -> Result<CaseList> {
        require_caseworker(who)?;
        let all = tenants::list(self.db.pool()).await?;
        let mut tenant_ids: Vec<i64> = all
            .iter()
            .filter(|t| who.may_see_tenant(t.id))
            .map(|t| t.id)
            .collect();
        if !q.tenant.trim().is_empty() {
            tenant_ids.retain(|id| all.iter().any(|t| t.id == *id && t.slug == q.tenant.trim()));
        }
        let (column, desc) = parse_sort(q.sort.trim());
        let sealed = matches!(column, "citizen" | "subject");
        let opt = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
        let mut f = Filter {
            tenant_ids: tenant_ids.clone(),
            status: opt(&q.status).filter(|s| s != "open"),
            open_only: q.status.trim() == "open",
            area: opt(&q.area),
            organisation: opt(&q.organisation),
            owner_user_id: if q.owner == "me" {
                who.user_id
            } else {
                q.owner.parse().ok()
            },
            opened_from: opt(&q.from)
                .and_then(|d| d.parse::<jiff::civil::Date>().ok())
                .map(|d| d.to_string()),
            opened_to: opt(&q.to)
                .and_then(|d| d.parse::<jiff::civil::Date>().ok())
                .map(|d| d.to_string()),
            order: (!sealed).then(|| db_order(column, desc)),
            limit: PAGE_SIZE,
            offset: q.page.max(0) * PAGE_SIZE,
            ..Default::default()
        };
        let needle = q.q.trim();
        // A whole reference is a look-up, no search for a person: it reads no personal data.
        // When no kwestie has it (a name of eight letters reads like one), the search goes on.
        let by_reference = match normalise_reference(needle) {
            Some(r) => {
                let found = store::list(
                    self.db.pool(),
                    &Filter {
                        reference: Some(r),
                        ..f.clone()
                    },
                )
                .await?;
                (found.1 > 0).then_some(found)
            }
            None => None,
        };
        let max = self.settings.sealed_sort_max;
        let mut snaps: HashMap<i64, Arc<Snapshot>> = HashMap::new();
        let mut sort_refused = false;
        let (rows, total) = match by_reference {
            Some(found) => found,
            None => {
                if !needle.is_empty() {
                    f.case_ids = Some(self.search_cases(&tenant_ids, needle).await?);
                }
                let matched = if sealed {
                    Some(store::ids(self.db.pool(), &f, max).await?)
                } else {
                    None
                };
                match matched {
                    Some(ids) if ids.len() as i64 <= max => {
                        for t in &tenant_ids {
                            snaps.insert(*t, self.search_snapshot(*t).await?);
                        }
                        self.sorted_page(&f, ids, column, desc, &snaps).await?
                    }
                    refused => {
                        // Too many to sort on a sealed column: newest first, and say so.
                        sort_refused = refused.is_some();
                        if sort_refused {
                            f.order = Some(db_order("opened", true));
                        }
                        store::list(self.db.pool(), &f).await?
                    }
                }
            }
        };
        // A search reads personal data (names, e-mail addresses, phone numbers, subjects), and
        // so does a list naming the citizens: the kwesties shown are logged (never a term or a
        // name).
        let shown: Vec<String> = rows.iter().map(|r| r.id.to_string()).collect();
        if f.case_ids.is_some() {
            self.audit(who, "case.search", "case", &shown.join(","))
                .await?;
        } else if (people || !snaps.is_empty()) && !rows.is_empty() {
            self.audit(who, "case.list", "case", &shown.join(","))
                .await?;
        }
        let names = Names::load(self).await?;
        let lines = if people {
            for r in &rows {
                if let Entry::Vacant(e) = snaps.entry(r.tenant_id) {
                    e.insert(self.search_snapshot(r.tenant_id).await?);
                }
            }
            self.lines(&rows, &names, &snaps).await?
        } else {
            Vec::new()
        };
        let sort = if sort_refused {
            "opened_desc".to_string()
        } else {
            format!("{column}_{}", if desc { "desc" } else { "asc" })
        };
        Ok(CaseList {
            cases: rows.iter().map(|r| names.summary(r)).collect(),
            total,
            lines,
            sort,
            sort_refused,
            sealed_sort_max: max,
        })
    }

    /// One page of kwesties sorted on a sealed column in memory; `ids` are all that match.
    async fn sorted_page(
        &self,
        f: &Filter,
        mut ids: Vec<i64>,
        column: &str,
        desc: bool,
        snaps: &HashMap<i64, Arc<Snapshot>>,
    ) -> Result<(Vec<CaseRow>, i64)> {
        let total = ids.len() as i64;
        let subject = column == "subject";
        sort_sealed(
            &mut ids,
            |id| {
                let (name, subj) = labels(snaps, id);
                if subject { subj } else { name }
            },
            desc,
        );
        let page: Vec<i64> = ids
            .into_iter()
            .skip(f.offset.max(0) as usize)
            .take(f.limit.max(1) as usize)
            .collect();
        if page.is_empty() {
            return Ok((Vec::new(), total));
        }
        let (mut rows, _) = store::list(
            self.db.pool(),
            &Filter {
                tenant_ids: f.tenant_ids.clone(),
                case_ids: Some(page.clone()),
                limit: f.limit,
                ..Default::default()
            },
        )
        .await?;
        rows.sort_by_key(|r| page.iter().position(|id| *id == r.id));
        Ok((rows, total))
    }

    /// The page's lines: names and subjects from the snapshots, organisations by name, the
    /// next deadline of each in one query.
    async fn lines(
        &self,
        rows: &[CaseRow],
        names: &Names,
        snaps: &HashMap<i64, Arc<Snapshot>>,
    ) -> Result<Vec<ListLine>> {
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let due: HashMap<i64, String> = store::next_due_dates(self.db.pool(), &ids)
            .await?
            .into_iter()
            .collect();
        let mut organisations: HashMap<i64, Vec<(String, String)>> = HashMap::new();
        let today = today();
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            if let Entry::Vacant(e) = organisations.entry(r.tenant_id) {
                e.insert(self.organisations(r.tenant_id).await?);
            }
            let organisation_name = r
                .organisation
                .as_ref()
                .map(|code| {
                    organisations
                        .get(&r.tenant_id)
                        .and_then(|known| known.iter().find(|(c, _)| c == code))
                        .map_or_else(|| code.clone(), |(_, name)| name.clone())
                })
                .unwrap_or_default();
            let (citizen, subject) = snaps
                .get(&r.tenant_id)
                .and_then(|s| s.labels(r.id))
                .map(|(n, s)| (n.to_string(), s.to_string()))
                .unwrap_or_default();
            out.push(ListLine {
                case: names.summary(r),
                citizen,
                subject,
                organisation_name,
                deadline: due.get(&r.id).map(|d| Deadline {
                    due_on: d.clone(),
                    what: String::new(),
                    days_left: days_until(today, d),
                    overdue: d.as_str() < today.to_string().as_str(),
                }),
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_values_old_and_new_and_unknown() {
        assert_eq!(parse_sort("opened_desc"), ("opened", true));
        assert_eq!(parse_sort("opened_asc"), ("opened", false));
        assert_eq!(parse_sort("updated_desc"), ("updated", true));
        assert_eq!(parse_sort("citizen_asc"), ("citizen", false));
        assert_eq!(parse_sort("deadline_desc"), ("deadline", true));
        for bad in [
            "",
            "citizen",
            "name_asc",
            "citizen_up",
            "opened_desc; DROP",
            "_asc",
        ] {
            assert_eq!(parse_sort(bad), ("opened", true), "{bad}");
        }
    }

    #[test]
    fn sealed_sort_puts_empty_last_both_ways() {
        let names: HashMap<i64, &str> = [(1, "Bram"), (2, ""), (3, "Çelik"), (4, "anna")].into();
        let label = |id: i64| names.get(&id).copied().unwrap_or_default().to_string();
        let mut ids = vec![1, 2, 3, 4];
        sort_sealed(&mut ids, label, false);
        assert_eq!(ids, vec![4, 1, 3, 2]);
        sort_sealed(&mut ids, label, true);
        assert_eq!(ids, vec![3, 1, 4, 2]);
    }
}
