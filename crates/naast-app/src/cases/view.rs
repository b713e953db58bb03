//! Reading kwesties: one case with its timeline ([`detail`]), the filtered list, and the day's
//! work (`super::work`); the names and summaries they share.

use super::require_caseworker;
use crate::{App, Principal, Result};
use naast_core::case::normalise_reference;
use naast_store::cases::{self as store, CaseRow, Filter};
use naast_store::{tenants, users};
use std::collections::HashMap;

mod detail;

pub use detail::{CaseView, CitizenView, EntryView};

#[derive(Debug, Clone, serde::Serialize)]
pub struct TaskView {
    pub id: i64,
    pub case: String,
    pub title: String,
    pub due_on: String,
    pub owner: String,
    pub done: bool,
    pub overdue: bool,
    /// Days from today to the due date (negative when overdue).
    pub days_left: i64,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct CaseSummary {
    pub reference: String,
    pub tenant: String,
    pub tenant_name: String,
    pub status: String,
    pub channel: String,
    pub area: Option<String>,
    pub organisation: Option<String>,
    pub opened_on: String,
    pub closed_on: Option<String>,
    pub owner: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct CaseList {
    pub cases: Vec<CaseSummary>,
    pub total: i64,
}

/// Names for user ids and slugs for tenant ids, looked up once per request.
pub(crate) struct Names {
    users: HashMap<i64, String>,
    tenants: HashMap<i64, (String, String)>,
}

impl Names {
    pub(crate) async fn load(app: &App) -> Result<Names> {
        let users = users::list(app.db.pool())
            .await?
            .into_iter()
            .map(|u| {
                (
                    u.id,
                    if u.display_name.is_empty() {
                        u.email
                    } else {
                        u.display_name
                    },
                )
            })
            .collect();
        let tenants = tenants::list(app.db.pool())
            .await?
            .into_iter()
            .map(|t| (t.id, (t.slug, t.name)))
            .collect();
        Ok(Names { users, tenants })
    }

    pub(crate) fn user(&self, id: Option<i64>) -> String {
        id.and_then(|id| self.users.get(&id).cloned())
            .unwrap_or_default()
    }

    fn tenant(&self, id: i64) -> (String, String) {
        self.tenants.get(&id).cloned().unwrap_or_default()
    }

    pub(crate) fn summary(&self, r: &CaseRow) -> CaseSummary {
        let (tenant, tenant_name) = self.tenant(r.tenant_id);
        CaseSummary {
            reference: r.reference.clone(),
            tenant,
            tenant_name,
            status: r.status.clone(),
            channel: r.channel.clone(),
            area: r.area.clone(),
            organisation: r.organisation.clone(),
            opened_on: r.opened_on.clone(),
            closed_on: r.closed_on.clone(),
            owner: self.user(r.owner_user_id),
        }
    }
}

/// The fields of a structured timeline entry, in display order.
fn structured(kind: &str, json: &str) -> Vec<(String, String)> {
    let order: &[&str] = match kind {
        "mediation" => &[
            "parties",
            "meeting_on",
            "agreements",
            "follow_up_on",
            "result",
        ],
        "letter" => &["direction", "correspondent", "subject", "summary"],
        "clarified" => &["subject"],
        "procedure" => &["procedure_kind", "filed_on"],
        "handover" => &["handed_from", "handed_to"],
        "unassigned" => &["handed_from"],
        _ => return Vec::new(),
    };
    let Ok(v) = serde_json::from_str::<serde_json::Value>(json) else {
        return Vec::new();
    };
    order
        .iter()
        .filter_map(|k| {
            v.get(*k)
                .and_then(|x| x.as_str())
                .filter(|x| !x.is_empty())
                .map(|x| (k.to_string(), x.to_string()))
        })
        .collect()
}

/// Days from today to an ISO date.
pub(crate) fn days_until(today: jiff::civil::Date, iso: &str) -> i64 {
    iso.parse::<jiff::civil::Date>()
        .map(|d| (d - today).get_days() as i64)
        .unwrap_or(0)
}

fn codes(s: &str) -> Vec<String> {
    s.split(',')
        .filter(|c| !c.is_empty())
        .map(String::from)
        .collect()
}

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
    pub sort: String,
    pub page: i64,
}

pub const PAGE_SIZE: i64 = 50;

impl App {
    /// The case list with filters and sorting, one page at a time.
    pub async fn list_cases(&self, who: &Principal, q: &ListQuery) -> Result<CaseList> {
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
            sort: q.sort.clone(),
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
        let (rows, total) = match by_reference {
            Some(found) => found,
            None => {
                if !needle.is_empty() {
                    f.case_ids = Some(self.search_cases(&tenant_ids, needle).await?);
                }
                store::list(self.db.pool(), &f).await?
            }
        };
        // A search reads personal data (names, e-mail addresses, phone numbers, subjects): the
        // kwesties it returned are logged (never the search term).
        if f.case_ids.is_some() {
            let found: Vec<String> = rows.iter().map(|r| r.id.to_string()).collect();
            self.audit(who, "case.search", "case", &found.join(","))
                .await?;
        }
        let names = Names::load(self).await?;
        Ok(CaseList {
            cases: rows.iter().map(|r| names.summary(r)).collect(),
            total,
        })
    }
}

impl App {
    /// The confidants and coordinators whose cases the principal may filter on (for the list).
    pub async fn caseworkers(&self, who: &Principal) -> Result<Vec<(i64, String)>> {
        require_caseworker(who)?;
        let mut out = Vec::new();
        for u in users::list(self.db.pool()).await? {
            if u.disabled_at.is_some() || !(u.role == "confidant" || u.role == "coordinator") {
                continue;
            }
            let theirs = users::tenant_ids(self.db.pool(), u.id).await?;
            if who.is(naast_core::Role::Coordinator)
                || u.role == "coordinator"
                || theirs.iter().any(|t| who.tenant_ids.contains(t))
            {
                out.push((
                    u.id,
                    if u.display_name.is_empty() {
                        u.email
                    } else {
                        u.display_name
                    },
                ));
            }
        }
        Ok(out)
    }
}
