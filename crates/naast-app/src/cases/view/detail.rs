//! One kwestie as its page shows it: the case with its citizen, timeline, tasks, parties,
//! attachments, procedures and consents, each read and opened by its own step of
//! [`App::case_view`].

use super::{CaseSummary, Names, TaskView, codes, days_until, structured};
use crate::cases::{ATTACHMENTS, ENTRIES, Loaded, PARTIES, TASKS};
use crate::clock::today;
use crate::{App, Principal, Result};
use naast_store::cases::{self as store, CaseRow};
use naast_store::tenants;

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
    /// A letter drafted in Naast that is not marked sent yet: it can still be edited.
    pub draft: bool,
    /// A letter drafted from a template but saved without its text (before that was refused):
    /// nothing went out, so it is never called sent.
    pub empty_draft: bool,
    /// The day a letter drafted in Naast was marked sent.
    pub sent_on: Option<String>,
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
    /// The decision's own reference (kenmerk), as on the organisation's letter.
    pub decision_reference: String,
    pub decision_date: Option<String>,
    pub decision_sent_on: Option<String>,
    pub options: Vec<String>,
    pub option_chosen: Option<String>,
    pub story: String,
    pub problem: String,
    pub goal: String,
    /// The short subject shown on "Mijn werk" (empty: the story's first words are).
    pub subject: String,
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
    pub possible_matches: Vec<crate::cases::PossibleMatch>,
    pub parties: Vec<PartyView>,
    pub attachments: Vec<AttachmentView>,
    /// Organisation codes and names the tenant knows (for the form).
    pub organisations: Vec<(String, String)>,
    /// Formal procedures (complaint, objection, application, ...) with their terms.
    pub procedures: Vec<crate::cases::ProcedureView>,
    /// What the citizen allows to be shared, with whom and for what (revoked ones included).
    pub consents: Vec<crate::cases::ConsentView>,
    /// How to complain or object: the register's entries that matter here.
    pub register: Vec<crate::cases::RegisterView>,
    /// The citizen can be written to through a status link (web intakes).
    pub status_link: bool,
    /// What handing out the status link (e-mail, slip) does: make one, give the kept one
    /// again, or replace one whose token was not kept.
    pub link_state: crate::cases::LinkState,
    /// The area is one the tenant's confidant covers (or none is chosen yet).
    pub area_covered: bool,
    /// When the citizen likes to be called (public form).
    pub call_when: String,
    /// Open planned activities: `(task id, activity code)`; marked held, each becomes a
    /// contact moment.
    pub planned: Vec<(i64, String)>,
    /// The open task of the term to object (Awb 6:7), when one runs: a term of the kwestie as
    /// much as a procedure's.
    pub objection_term: Option<i64>,
    /// Complaint and objection letters still drafts: closing as "filed" asks about them.
    pub filing_drafts: Vec<crate::cases::FilingDraft>,
    /// The citizen's verdict after closing, with the comment (none given: `None`).
    pub verdict: Option<crate::public::VerdictView>,
}

impl App {
    /// One case with everything on it; the read is audited.
    pub async fn case(&self, who: &Principal, reference: &str) -> Result<CaseView> {
        let c = self.load_case(who, reference).await?;
        let mut view = self.case_view(&c).await?;
        view.possible_matches = self.possible_matches(&c).await?;
        naast_store::door::mark_opened(self.db.pool(), c.row.id).await?;
        // What the citizen sent is read once the owner (or anyone, when there is none) opens it.
        if who.user_id.is_some() && c.row.owner_user_id.is_none_or(|o| Some(o) == who.user_id) {
            naast_store::work::clear_news(self.db.pool(), c.row.id).await?;
        }
        self.audit(who, "case.read", "case", &c.row.id.to_string())
            .await?;
        Ok(view)
    }

    /// Everything on a loaded case, each part read and opened by its own step (no audit entry:
    /// the callers write theirs).
    pub(crate) async fn case_view(&self, c: &Loaded) -> Result<CaseView> {
        let names = Names::load(self).await?;
        let sealed = c.sealed()?;
        let r = &c.row;
        let citizen = self.citizen_view(r).await?;
        let (timeline, minutes_total) = self.timeline_view(c, &names).await?;
        let tasks = self.tasks_view(c, &names).await?;
        let earlier = self.earlier_cases(r, &names).await?;
        let organisations = self.organisations(r.tenant_id).await?;
        let parties = self.parties_view(c).await?;
        let attachments = self.attachments_view(c, &names).await?;
        let (tenant, tenant_name) = names.tenant(r.tenant_id);
        let procedures = self.procedures_view(c).await?;
        let consents = self.consents_view(r.id).await?;
        let register = self.case_register(r, &organisations, &tenant_name).await?;
        let status_link = !naast_store::status_links::of_case(self.db.pool(), r.id)
            .await?
            .is_empty();
        let link_state = self.link_state(c).await?;
        let area_covered = self.area_covered(r).await?;
        let filing_drafts = self.filing_drafts(c).await?;
        let verdict = self.verdict_view(c).await?;
        let planned = store::planned_of_case(self.db.pool(), r.id).await?;
        let objection_term = store::open_rule_task(
            self.db.pool(),
            r.id,
            naast_core::procedure::OBJECTION_TERM_RULE,
        )
        .await?;
        Ok(CaseView {
            verdict,
            planned,
            objection_term,
            filing_drafts,
            procedures,
            consents,
            register,
            status_link,
            link_state,
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
            decision_reference: sealed.decision_reference.clone(),
            decision_date: r.decision_date.clone(),
            decision_sent_on: r.decision_sent_on.clone(),
            options: codes(&r.options),
            option_chosen: r.option_chosen.clone(),
            story: sealed.story,
            problem: sealed.problem,
            goal: sealed.goal,
            subject: sealed.subject,
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
}

/// The steps of [`App::case_view`].
impl App {
    /// The citizen's contact details, opened; `None` for an anonymous kwestie.
    async fn citizen_view(&self, r: &CaseRow) -> Result<Option<CitizenView>> {
        Ok(match r.citizen_id {
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
        })
    }

    /// The timeline, newest first, with its texts opened (structured entries as fields), and
    /// the minutes over all of it.
    async fn timeline_view(&self, c: &Loaded, names: &Names) -> Result<(Vec<EntryView>, i64)> {
        let entries = store::entries(self.db.pool(), c.row.id).await?;
        let drafts = naast_store::letters::of_case(self.db.pool(), c.row.id).await?;
        let minutes_total = entries.iter().map(|e| e.minutes).sum();
        let timeline = entries
            .into_iter()
            .map(|e| {
                let text = c.open_at(ENTRIES.0, ENTRIES.1, e.id, &e.sealed);
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
                let tracked = drafts.iter().find(|d| d.entry_id == e.id);
                let empty_draft = e.kind == "letter"
                    && !document
                    && serde_json::from_str::<serde_json::Value>(&text)
                        .ok()
                        .and_then(|v| {
                            v.get("kind")
                                .and_then(|k| k.as_str())
                                .map(|k| !k.is_empty())
                        })
                        .unwrap_or(false);
                EntryView {
                    document,
                    empty_draft,
                    draft: document && tracked.is_some_and(|d| d.sent_on.is_none()),
                    sent_on: tracked.and_then(|d| d.sent_on.clone()),
                    id: e.id,
                    // A clarification saved without a subject holds `{"subject":""}`: no text
                    // to show (it was shown raw on the timeline).
                    text: if fields.is_empty()
                        && !(e.kind == "clarified" && text.trim_start().starts_with('{'))
                    {
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
        Ok((timeline, minutes_total))
    }

    /// The tasks, open ones first, with their titles opened and how many days are left.
    async fn tasks_view(&self, c: &Loaded, names: &Names) -> Result<Vec<TaskView>> {
        let r = &c.row;
        let today_date = today();
        let today = today_date.to_string();
        let terms = store::rule_task_ids(self.db.pool(), r.id).await?;
        let planned: Vec<i64> = store::planned_of_case(self.db.pool(), r.id)
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        Ok(store::tasks_of_case(self.db.pool(), r.id)
            .await?
            .into_iter()
            .map(|t| TaskView {
                kind: super::task_kind(terms.contains(&t.id), planned.contains(&t.id)),
                id: t.id,
                case: r.reference.clone(),
                title: c.open_at(TASKS.0, TASKS.1, t.id, &t.sealed),
                overdue: t.done_at.is_none() && t.due_on < today,
                days_left: days_until(today_date, &t.due_on),
                due_on: t.due_on,
                owner: names.user(t.owner_user_id),
                done: t.done_at.is_some(),
                lapsed: t.lapsed_on.is_some(),
            })
            .collect())
    }

    /// The citizen's other kwesties.
    async fn earlier_cases(&self, r: &CaseRow, names: &Names) -> Result<Vec<CaseSummary>> {
        Ok(match r.citizen_id {
            Some(id) => store::of_citizen(self.db.pool(), id)
                .await?
                .iter()
                .filter(|o| o.id != r.id)
                .map(|o| names.summary(o))
                .collect(),
            None => Vec::new(),
        })
    }

    /// The organisations the tenant knows, as `(code, name)`: the municipality first, then its
    /// active providers.
    pub(crate) async fn organisations(&self, tenant_id: i64) -> Result<Vec<(String, String)>> {
        let mut organisations = vec![("municipality".to_string(), "Gemeente".to_string())];
        organisations.extend(
            tenants::providers(self.db.pool(), tenant_id)
                .await?
                .into_iter()
                .filter(|p| p.active)
                .map(|p| (p.code, p.name)),
        );
        Ok(organisations)
    }

    /// The others involved, with their details opened.
    async fn parties_view(&self, c: &Loaded) -> Result<Vec<PartyView>> {
        Ok(store::parties(self.db.pool(), c.row.id)
            .await?
            .into_iter()
            .map(|p| {
                let f: naast_core::case::PartyForm =
                    serde_json::from_str(&c.open_at(PARTIES.0, PARTIES.1, p.id, &p.sealed))
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
            .collect())
    }

    /// The attachments, with their names opened (not their contents).
    async fn attachments_view(&self, c: &Loaded, names: &Names) -> Result<Vec<AttachmentView>> {
        Ok(store::attachments(self.db.pool(), c.row.id)
            .await?
            .into_iter()
            .map(|a| AttachmentView {
                id: a.id,
                name: c.open_at(ATTACHMENTS.0, ATTACHMENTS.1, a.id, &a.sealed_name),
                content_type: a.content_type,
                size: a.size,
                author: names.user(a.author_user_id),
                at: a.created_at,
            })
            .collect())
    }

    /// How to complain or object about the case's organisation, with the municipality named
    /// after the tenant.
    async fn case_register(
        &self,
        r: &CaseRow,
        organisations: &[(String, String)],
        tenant_name: &str,
    ) -> Result<Vec<crate::cases::RegisterView>> {
        let mut register_names = organisations.to_vec();
        if let Some(m) = register_names.first_mut() {
            m.1 = format!("Gemeente {tenant_name}");
        }
        self.register_for(r.tenant_id, r.organisation.as_deref(), &register_names)
            .await
    }

    /// Whether the tenant's confidant covers the case's area (true while none is chosen).
    async fn area_covered(&self, r: &CaseRow) -> Result<bool> {
        Ok(match &r.area {
            Some(a) => tenants::by_id(self.db.pool(), r.tenant_id)
                .await?
                .is_none_or(|t| t.areas.split(',').any(|x| x == a)),
            None => true,
        })
    }
}
