//! Reading kwesties: one case with its timeline ([`detail`]), the filtered list, and the day's
//! work (`super::work`); the names and summaries they share.

use super::require_caseworker;
use crate::{App, Principal, Result};
use naast_store::cases::CaseRow;
use naast_store::{tenants, users};
use std::collections::HashMap;

mod detail;
mod list;

pub use detail::{CaseView, CitizenView, EntryView};
pub use list::{CaseList, ListLine, ListQuery, PAGE_SIZE, SORT_COLUMNS, parse_sort};

#[derive(Debug, Clone, serde::Serialize)]
pub struct TaskView {
    pub id: i64,
    pub case: String,
    pub title: String,
    pub due_on: String,
    pub owner: String,
    pub done: bool,
    /// A planned activity that lapsed when the kwestie was closed before its day.
    pub lapsed: bool,
    pub overdue: bool,
    /// Days from today to the due date (negative when overdue).
    pub days_left: i64,
    /// What the date is: `term` (a statutory term a rule made), `appointment` (a planned
    /// visit, mediation or accompanying) or `task` (typed by someone, or the promised contact).
    pub kind: &'static str,
}

/// What a task's date is, from how it was made (see [`TaskView::kind`]).
pub fn task_kind(term: bool, appointment: bool) -> &'static str {
    if term {
        "term"
    } else if appointment {
        "appointment"
    } else {
        "task"
    }
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
            .map(|u| (u.id, u.shown_name().to_string()))
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
                out.push((u.id, u.shown_name().to_string()));
            }
        }
        Ok(out)
    }
}
