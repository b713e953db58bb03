//! Reading kwesties: one case with its timeline, the filtered list, and the day's work.

use super::{Loaded, require_caseworker, today};
use crate::{App, Principal, Result};
use naast_core::CaseStatus;
use naast_core::case::normalise_reference;
use naast_store::cases::{self as store, CaseRow, Filter};
use naast_store::{tenants, users};
use std::collections::HashMap;

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct CitizenView {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub address: String,
    pub preference: String,
    pub language: String,
    pub accessibility: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct PartyView {
    pub id: i64,
    pub role: String,
    pub name: String,
    pub phone: String,
    pub email: String,
    pub preference: String,
    pub language: String,
    pub accessibility: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct AttachmentView {
    pub id: i64,
    pub name: String,
    pub content_type: String,
    pub size: i64,
    pub author: String,
    pub at: i64,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct EntryView {
    pub id: i64,
    /// A letter drafted in Naast: it can be downloaded as PDF and DOCX.
    pub document: bool,
    pub kind: String,
    pub on: String,
    pub channel: Option<String>,
    pub activities: Vec<String>,
    pub minutes: i64,
    pub text: String,
    /// Structured entries (mediation, letter): `(field code, value)` pairs, in order.
    pub fields: Vec<(String, String)>,
    pub author: String,
    pub at: i64,
}

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
pub struct CaseView {
    pub reference: String,
    pub tenant: String,
    pub tenant_name: String,
    pub status: String,
    pub channel: String,
    pub opened_on: String,
    pub closed_on: Option<String>,
    pub outcome: Option<String>,
    pub external_outcome: Option<String>,
    pub area: Option<String>,
    pub organisation: Option<String>,
    pub primary_nature: Option<String>,
    pub natures: Vec<String>,
    pub found_via: Option<String>,
    pub decision_kind: Option<String>,
    pub decision_date: Option<String>,
    pub decision_sent_on: Option<String>,
    pub options: Vec<String>,
    pub option_chosen: Option<String>,
    pub story: String,
    pub problem: String,
    pub goal: String,
    pub close_reason: String,
    pub anonymous: bool,
    pub citizen: Option<CitizenView>,
    /// False once the personal data was destroyed.
    pub personal_data: bool,
    pub owner: String,
    pub version: i64,
    pub minutes_total: i64,
    pub timeline: Vec<EntryView>,
    pub tasks: Vec<TaskView>,
    /// The citizen's other kwesties.
    pub earlier: Vec<CaseSummary>,
    /// Known persons of the tenant who may be this kwestie's citizen (same e-mail address,
    /// phone number or name): a suggestion to link or keep apart, never linked on its own.
    pub possible_matches: Vec<super::PossibleMatch>,
    pub parties: Vec<PartyView>,
    pub attachments: Vec<AttachmentView>,
    /// Organisation codes and names the tenant knows (for the form).
    pub organisations: Vec<(String, String)>,
    /// Formal procedures (complaint, objection, application, ...) with their terms.
    pub procedures: Vec<super::ProcedureView>,
    /// What the citizen allows to be shared, with whom and for what (revoked ones included).
    pub consents: Vec<super::ConsentView>,
    /// How to complain or object: the register's entries that matter here.
    pub register: Vec<super::RegisterView>,
    /// The citizen can be written to through a status link (web intakes).
    pub status_link: bool,
    /// The area is one the tenant's confidant covers (or none is chosen yet).
    pub area_covered: bool,
    /// When the citizen likes to be called (public form).
    pub call_when: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct CaseList {
    pub cases: Vec<CaseSummary>,
    pub total: i64,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct MyWork {
    pub open: Vec<CaseSummary>,
    pub tasks: Vec<TaskView>,
    pub waiting: Vec<CaseSummary>,
    pub new_intakes: Vec<CaseSummary>,
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
fn days_until(today: jiff::civil::Date, iso: &str) -> i64 {
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
    /// A reference, or a citizen's exact name or e-mail address.
    pub q: String,
    pub sort: String,
    pub page: i64,
}

pub const PAGE_SIZE: i64 = 50;

impl App {
    /// One case with everything on it; the read is audited.
    pub async fn case(&self, who: &Principal, reference: &str) -> Result<CaseView> {
        let c = self.load_case(who, reference).await?;
        let mut view = self.case_view(&c).await?;
        view.possible_matches = self.possible_matches(&c).await?;
        naast_store::door::mark_opened(self.db.pool(), c.row.id).await?;
        self.audit(who, "case.read", "case", &c.row.id.to_string())
            .await?;
        Ok(view)
    }

    pub(crate) async fn case_view(&self, c: &Loaded) -> Result<CaseView> {
        let names = Names::load(self).await?;
        let sealed = c.sealed()?;
        let r = &c.row;
        let citizen = match r.citizen_id {
            Some(id) => self.person_view(id).await?.map(|(_, p)| CitizenView {
                name: p.name,
                email: p.email,
                phone: p.phone,
                address: p.address,
                preference: p.preference,
                language: p.language,
                accessibility: p.accessibility,
            }),
            None => None,
        };
        let entries = store::entries(self.db.pool(), r.id).await?;
        let minutes_total = entries.iter().map(|e| e.minutes).sum();
        let timeline = entries
            .into_iter()
            .map(|e| {
                let text = c.open_at(super::ENTRIES.0, super::ENTRIES.1, e.id, &e.sealed);
                let fields = structured(&e.kind, &text);
                let document = e.kind == "letter"
                    && serde_json::from_str::<serde_json::Value>(&text)
                        .ok()
                        .and_then(|v| {
                            v.get("body")
                                .and_then(|b| b.as_str())
                                .map(|b| !b.is_empty())
                        })
                        .unwrap_or(false);
                EntryView {
                    document,
                    id: e.id,
                    text: if fields.is_empty() {
                        text
                    } else {
                        String::new()
                    },
                    fields,
                    kind: e.kind,
                    on: e.on_date,
                    channel: e.channel,
                    activities: codes(&e.activities),
                    minutes: e.minutes,
                    author: names.user(e.author_user_id),
                    at: e.created_at,
                }
            })
            .collect();
        let today_date = today();
        let today = today_date.to_string();
        let tasks = store::tasks_of_case(self.db.pool(), r.id)
            .await?
            .into_iter()
            .map(|t| TaskView {
                id: t.id,
                case: r.reference.clone(),
                title: c.open_at(super::TASKS.0, super::TASKS.1, t.id, &t.sealed),
                overdue: t.done_at.is_none() && t.due_on < today,
                days_left: days_until(today_date, &t.due_on),
                due_on: t.due_on,
                owner: names.user(t.owner_user_id),
                done: t.done_at.is_some(),
            })
            .collect();
        let earlier = match r.citizen_id {
            Some(id) => store::of_citizen(self.db.pool(), id)
                .await?
                .iter()
                .filter(|o| o.id != r.id)
                .map(|o| names.summary(o))
                .collect(),
            None => Vec::new(),
        };
        let mut organisations = vec![("municipality".to_string(), "Gemeente".to_string())];
        organisations.extend(
            tenants::providers(self.db.pool(), r.tenant_id)
                .await?
                .into_iter()
                .filter(|p| p.active)
                .map(|p| (p.code, p.name)),
        );
        let parties = store::parties(self.db.pool(), r.id)
            .await?
            .into_iter()
            .map(|p| {
                let f: naast_core::case_more::PartyForm = serde_json::from_str(&c.open_at(
                    super::PARTIES.0,
                    super::PARTIES.1,
                    p.id,
                    &p.sealed,
                ))
                .unwrap_or_default();
                PartyView {
                    id: p.id,
                    role: p.role,
                    name: f.name,
                    phone: f.phone,
                    email: f.email,
                    preference: f.preference,
                    language: f.language,
                    accessibility: f.accessibility,
                }
            })
            .collect();
        let attachments = store::attachments(self.db.pool(), r.id)
            .await?
            .into_iter()
            .map(|a| AttachmentView {
                id: a.id,
                name: c.open_at(
                    super::ATTACHMENTS.0,
                    super::ATTACHMENTS.1,
                    a.id,
                    &a.sealed_name,
                ),
                content_type: a.content_type,
                size: a.size,
                author: names.user(a.author_user_id),
                at: a.created_at,
            })
            .collect();
        let (tenant, tenant_name) = names.tenant(r.tenant_id);
        let procedures = self.procedures_view(c).await?;
        let consents = self.consents_view(r.id).await?;
        let mut register_names = organisations.clone();
        if let Some(m) = register_names.first_mut() {
            m.1 = format!("Gemeente {tenant_name}");
        }
        let register = self
            .register_for(r.tenant_id, r.organisation.as_deref(), &register_names)
            .await?;
        let status_link = !naast_store::status_links::of_case(self.db.pool(), r.id)
            .await?
            .is_empty();
        let area_covered = match &r.area {
            Some(a) => tenants::by_id(self.db.pool(), r.tenant_id)
                .await?
                .is_none_or(|t| t.areas.split(',').any(|x| x == a)),
            None => true,
        };
        Ok(CaseView {
            procedures,
            consents,
            register,
            status_link,
            area_covered,
            call_when: sealed.call_when.clone(),
            parties,
            attachments,
            reference: r.reference.clone(),
            tenant,
            tenant_name,
            status: r.status.clone(),
            channel: r.channel.clone(),
            opened_on: r.opened_on.clone(),
            closed_on: r.closed_on.clone(),
            outcome: r.outcome.clone(),
            external_outcome: r.external_outcome.clone(),
            area: r.area.clone(),
            organisation: r.organisation.clone(),
            primary_nature: r.primary_nature.clone(),
            natures: codes(&r.natures),
            found_via: r.found_via.clone(),
            decision_kind: r.decision_kind.clone(),
            decision_date: r.decision_date.clone(),
            decision_sent_on: r.decision_sent_on.clone(),
            options: codes(&r.options),
            option_chosen: r.option_chosen.clone(),
            story: sealed.story,
            problem: sealed.problem,
            goal: sealed.goal,
            close_reason: sealed.close_reason,
            anonymous: r.citizen_id.is_none(),
            citizen,
            personal_data: c.key.is_some(),
            owner: names.user(r.owner_user_id),
            version: r.version,
            minutes_total,
            timeline,
            tasks,
            earlier,
            possible_matches: Vec::new(),
            organisations,
        })
    }

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
        if !needle.is_empty() {
            match normalise_reference(needle) {
                Some(r) => f.reference = Some(r),
                None => {
                    let mut ids = Vec::new();
                    for t in &tenant_ids {
                        for index in self.search_indexes(*t, needle) {
                            ids.extend(
                                naast_store::persons::by_index(self.db.pool(), &[*t], &index)
                                    .await?,
                            );
                        }
                    }
                    ids.sort_unstable();
                    ids.dedup();
                    f.citizen_ids = Some(ids);
                }
            }
        }
        let (rows, total) = store::list(self.db.pool(), &f).await?;
        // A search by name, e-mail address or phone number reads personal data: the kwesties
        // it returned are logged (never the search term).
        if f.citizen_ids.is_some() {
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

    /// The day's work: open kwesties, tasks due today or overdue, kwesties waiting for someone,
    /// and new web intakes nobody picked up yet.
    pub async fn my_work(&self, who: &Principal) -> Result<MyWork> {
        require_caseworker(who)?;
        let all = tenants::list(self.db.pool()).await?;
        let tenant_ids: Vec<i64> = all
            .iter()
            .filter(|t| who.may_see_tenant(t.id))
            .map(|t| t.id)
            .collect();
        let names = Names::load(self).await?;
        let base = Filter {
            tenant_ids,
            limit: 200,
            sort: "updated_desc".into(),
            ..Default::default()
        };
        let mine = Filter {
            owner_user_id: who.user_id,
            open_only: true,
            ..base.clone()
        };
        let (open, _) = store::list(self.db.pool(), &mine).await?;
        let (new_rows, _) = store::list(
            self.db.pool(),
            &Filter {
                status: Some(CaseStatus::New.as_str().into()),
                ..base.clone()
            },
        )
        .await?;
        let waiting: Vec<CaseSummary> = open
            .iter()
            .filter(|r| r.status.starts_with("waiting_"))
            .map(|r| names.summary(r))
            .collect();
        let today_date = today();
        let today = today_date.to_string();
        // Due within a week: the warning comes before the day, not on it.
        let horizon = today_date
            .checked_add(jiff::Span::new().days(7))
            .unwrap_or(today_date)
            .to_string();
        let mut tasks = Vec::new();
        if let Some(uid) = who.user_id {
            for t in store::due_tasks(self.db.pool(), uid, &horizon).await? {
                let Some(row) = store::by_id(self.db.pool(), t.case_id).await? else {
                    continue;
                };
                if !who.may_see_tenant(row.tenant_id) {
                    continue;
                }
                let key = self.data_key(row.data_key_id).await?;
                let c = Loaded {
                    row,
                    key,
                    legacy: self.legacy_aad(),
                };
                tasks.push(TaskView {
                    id: t.id,
                    case: c.row.reference.clone(),
                    title: c.open_at(super::TASKS.0, super::TASKS.1, t.id, &t.sealed),
                    overdue: t.due_on < today,
                    days_left: days_until(today_date, &t.due_on),
                    due_on: t.due_on,
                    owner: names.user(t.owner_user_id),
                    done: false,
                });
            }
        }
        Ok(MyWork {
            open: open
                .iter()
                .filter(|r| !r.status.starts_with("waiting_"))
                .map(|r| names.summary(r))
                .collect(),
            tasks,
            waiting,
            new_intakes: new_rows.iter().map(|r| names.summary(r)).collect(),
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
