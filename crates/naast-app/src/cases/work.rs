//! "Mijn werk": the day's work of a confidant or coordinator, read in one go, line by line with
//! the people in it. Sections: news from citizens (unread until the owner opens the kwestie),
//! web intakes waiting for the promised contact, statutory terms of the next two weeks, the
//! principal's own tasks, kwesties waiting for someone and the principal's other open kwesties.
//! Showing names is a read of personal data: every showing is audited (`work.read`, the ids of
//! the kwesties shown, never a name).

use super::view::{Names, days_until};
use super::{CaseSummary, Loaded, TaskView, require_caseworker, today};
use crate::{App, Principal, Result};
use naast_core::CaseStatus;
use naast_core::lapsed::Lapse;
use naast_store::cases::{self as store, CaseRow, Filter, TaskRow};
use naast_store::{tenants, work};
use std::collections::HashMap;

/// Statutory terms this many days ahead are shown (overdue ones always).
const TERMS_AHEAD_DAYS: i64 = 14;

/// How long a subject made from the story may be, in characters.
const SUBJECT_CHARS: usize = 60;

/// A date something is due, with what and how far away.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Deadline {
    pub due_on: String,
    pub what: String,
    /// Days from today (negative when overdue).
    pub days_left: i64,
    pub overdue: bool,
}

/// One kwestie as a line of "Mijn werk": whose it is, what about, and what comes next.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WorkLine {
    #[serde(flatten)]
    pub case: CaseSummary,
    /// The citizen's name; empty when the kwestie is anonymous (or the data was destroyed).
    pub citizen: String,
    /// The subject the confidant set, else the first words of the story.
    pub subject: String,
    /// The next deadline: the first open task (for a contact line: the promised contact).
    pub deadline: Option<Deadline>,
    /// Something from the citizen the owner has not opened yet.
    pub unread: bool,
    /// How to reach the citizen (telephone, else e-mail), on contact lines only (empty on the
    /// others).
    pub reach: String,
    /// When the citizen likes to be called (public form).
    pub call_when: String,
    /// The organisation's name (the summary holds its code).
    pub organisation_name: String,
}

/// A task as a line of "Mijn werk", with the kwestie it is on.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TaskLine {
    #[serde(flatten)]
    pub task: TaskView,
    pub about: WorkLine,
}

/// A term whose last day has passed, with the rule it was counted by (for the hint).
#[derive(Debug, Clone, serde::Serialize)]
pub struct LapsedTerm {
    #[serde(flatten)]
    pub line: TaskLine,
    pub rule: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct MyWork {
    pub open: Vec<WorkLine>,
    pub tasks: Vec<TaskLine>,
    pub waiting: Vec<WorkLine>,
    pub new_intakes: Vec<CaseSummary>,
    /// Replies, documents and web intakes the owner has not opened.
    pub news: Vec<WorkLine>,
    /// Web intakes with contact details and no contact recorded yet.
    pub contact: Vec<WorkLine>,
    /// Statutory terms of the next two weeks (from today).
    pub terms: Vec<TaskLine>,
    /// Statutory terms whose last day passed at most two weeks ago, with what can still be
    /// done (`naast_core::lapsed`); older ones are shown on the kwestie only.
    pub lapsed: Vec<LapsedTerm>,
    /// The order of every section: `deadline` (default), `citizen` or `opened`.
    pub sort: String,
}

/// A subject for a line: the one set, else the story's first words, cut at a word.
pub fn short_subject(subject: &str, story: &str) -> String {
    let subject = subject.trim();
    if !subject.is_empty() {
        return subject.to_string();
    }
    let story = story.split_whitespace().collect::<Vec<_>>().join(" ");
    if story.chars().count() <= SUBJECT_CHARS {
        return story;
    }
    let cut: String = story.chars().take(SUBJECT_CHARS).collect();
    let cut = match cut.rfind(' ') {
        Some(at) if at > 0 => &cut[..at],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

/// The sort orders "Mijn werk" knows; anything else is the default (`deadline`).
pub fn sort_order(s: &str) -> &'static str {
    match s {
        "citizen" => "citizen",
        "opened" => "opened",
        _ => "deadline",
    }
}

fn sort_lines(lines: &mut [WorkLine], order: &str) {
    match order {
        "citizen" => lines.sort_by(|a, b| {
            (a.citizen.is_empty(), a.citizen.to_lowercase())
                .cmp(&(b.citizen.is_empty(), b.citizen.to_lowercase()))
        }),
        "opened" => lines.sort_by(|a, b| b.case.opened_on.cmp(&a.case.opened_on)),
        _ => lines.sort_by(|a, b| {
            let key = |l: &WorkLine| l.deadline.as_ref().map(|d| d.due_on.clone());
            (key(a).is_none(), key(a)).cmp(&(key(b).is_none(), key(b)))
        }),
    }
}

fn sort_tasks(lines: &mut [TaskLine], order: &str) {
    match order {
        "citizen" => lines.sort_by(|a, b| {
            let key = |l: &TaskLine| (l.about.citizen.is_empty(), l.about.citizen.to_lowercase());
            key(a).cmp(&key(b))
        }),
        "opened" => lines.sort_by(|a, b| b.about.case.opened_on.cmp(&a.about.case.opened_on)),
        _ => lines.sort_by(|a, b| a.task.due_on.cmp(&b.task.due_on)),
    }
}

/// The lines of one request, each kwestie opened once.
struct Lines<'a> {
    app: &'a App,
    names: Names,
    today: jiff::civil::Date,
    made: HashMap<i64, WorkLine>,
    loaded: HashMap<i64, Loaded>,
    organisations: HashMap<i64, Vec<(String, String)>>,
}

impl Lines<'_> {
    async fn load(&mut self, case_id: i64) -> Result<Option<&Loaded>> {
        if !self.loaded.contains_key(&case_id) {
            let Some(row) = store::by_id(self.app.db.pool(), case_id).await? else {
                return Ok(None);
            };
            let key = self.app.data_key(row.data_key_id).await?;
            let legacy = self.app.legacy_aad();
            self.loaded.insert(case_id, Loaded { row, key, legacy });
        }
        Ok(self.loaded.get(&case_id))
    }

    /// The line of a kwestie (made once per request).
    async fn line(&mut self, row: &CaseRow) -> Result<WorkLine> {
        if let Some(l) = self.made.get(&row.id) {
            return Ok(l.clone());
        }
        let (sealed, unread) = match self.load(row.id).await? {
            Some(c) => (c.sealed().unwrap_or_default(), false),
            None => (Default::default(), false),
        };
        let person = match row.citizen_id {
            Some(id) => self.app.person_view(id).await?.map(|(_, p)| p),
            None => None,
        };
        let lapsed_before = self
            .today
            .checked_sub(jiff::Span::new().days(naast_core::lapsed::SHOWN_DAYS_AFTER))
            .unwrap_or(self.today)
            .to_string();
        let deadline = match work::next_due(self.app.db.pool(), row.id, &lapsed_before).await? {
            Some(t) => Some(self.deadline_of(&t).await?),
            None => None,
        };
        let (citizen, reach) = person
            .map(|p| {
                let reach = if p.phone.trim().is_empty() {
                    p.email
                } else {
                    p.phone
                };
                (p.name, reach)
            })
            .unwrap_or_default();
        if !self.organisations.contains_key(&row.tenant_id) {
            let known = self.app.organisations(row.tenant_id).await?;
            self.organisations.insert(row.tenant_id, known);
        }
        let organisation_name = row
            .organisation
            .as_ref()
            .and_then(|code| {
                self.organisations
                    .get(&row.tenant_id)
                    .and_then(|known| known.iter().find(|(c, _)| c == code))
                    .map(|(_, name)| name.clone())
                    .or_else(|| Some(code.clone()))
            })
            .unwrap_or_default();
        let line = WorkLine {
            organisation_name,
            case: self.names.summary(row),
            citizen,
            subject: short_subject(&sealed.subject, &sealed.story),
            deadline,
            unread,
            reach,
            call_when: sealed.call_when,
        };
        self.made.insert(row.id, line.clone());
        Ok(line)
    }

    async fn deadline_of(&mut self, t: &TaskRow) -> Result<Deadline> {
        let today = self.today;
        let what = match self.load(t.case_id).await? {
            Some(c) => c.open_at(super::TASKS.0, super::TASKS.1, t.id, &t.sealed),
            None => String::new(),
        };
        Ok(Deadline {
            overdue: t.due_on < today.to_string(),
            days_left: days_until(today, &t.due_on),
            due_on: t.due_on.clone(),
            what,
        })
    }

    async fn task(&mut self, t: TaskRow, row: &CaseRow, kind: &'static str) -> Result<TaskLine> {
        let d = self.deadline_of(&t).await?;
        let mut about = self.line(row).await?;
        // The line of a task shows that task's date.
        about.deadline = Some(d.clone());
        Ok(TaskLine {
            task: TaskView {
                id: t.id,
                case: row.reference.clone(),
                title: d.what,
                overdue: d.overdue,
                days_left: d.days_left,
                due_on: t.due_on,
                owner: self.names.user(t.owner_user_id),
                done: false,
                lapsed: false,
                kind,
            },
            about,
        })
    }
}

impl App {
    /// The day's work, every section in the order asked (`sort`: `deadline`, `citizen` or
    /// `opened`). The showing is audited with the ids of the kwesties on it.
    pub async fn my_work(&self, who: &Principal, sort: &str) -> Result<MyWork> {
        let (w, ids) = self.gather_work(who, sort).await?;
        self.audit_work_read(who, ids.into_values().collect())
            .await?;
        Ok(w)
    }

    /// The `work.read` audit of the kwesties whose lines were shown (ids, never names).
    pub(crate) async fn audit_work_read(&self, who: &Principal, mut shown: Vec<i64>) -> Result<()> {
        if !shown.is_empty() {
            shown.sort_unstable();
            shown.dedup();
            let ids: Vec<String> = shown.iter().map(i64::to_string).collect();
            self.audit(who, "work.read", "case", &ids.join(",")).await?;
        }
        Ok(())
    }

    /// Every section of the day's work, and the id of each kwestie on it by reference; not
    /// audited (the callers audit what they show).
    pub(crate) async fn gather_work(
        &self,
        who: &Principal,
        sort: &str,
    ) -> Result<(MyWork, HashMap<String, i64>)> {
        require_caseworker(who)?;
        let order = sort_order(sort);
        let tenant_ids: Vec<i64> = tenants::list(self.db.pool())
            .await?
            .iter()
            .filter(|t| who.may_see_tenant(t.id))
            .map(|t| t.id)
            .collect();
        let today_date = today();
        let mut lines = Lines {
            app: self,
            names: Names::load(self).await?,
            today: today_date,
            made: HashMap::new(),
            loaded: HashMap::new(),
            organisations: HashMap::new(),
        };
        // Mine: owned by me, or by nobody yet.
        let mine = |r: &CaseRow| r.owner_user_id.is_none() || r.owner_user_id == who.user_id;
        let base = Filter {
            tenant_ids: tenant_ids.clone(),
            limit: 200,
            sort: "updated_desc".into(),
            ..Default::default()
        };
        let (open_rows, _) = store::list(
            self.db.pool(),
            &Filter {
                owner_user_id: who.user_id,
                open_only: true,
                ..base.clone()
            },
        )
        .await?;
        let (new_rows, _) = store::list(
            self.db.pool(),
            &Filter {
                status: Some(CaseStatus::New.as_str().into()),
                ..base.clone()
            },
        )
        .await?;

        let mut news = Vec::new();
        for id in work::with_news(self.db.pool(), &tenant_ids).await? {
            let Some(row) = lines.load(id).await?.map(|c| c.row.clone()) else {
                continue;
            };
            if mine(&row) {
                let mut l = lines.line(&row).await?;
                l.unread = true;
                lines.made.insert(row.id, l.clone());
                news.push(l);
            }
        }

        // The contact promised to web intakes: their stored tasks, then the web intakes from
        // before those tasks existed, computed (`super::contact_task`).
        let mut contact = Vec::new();
        for t in work::contact_tasks(self.db.pool(), &tenant_ids).await? {
            let Some(row) = lines.load(t.case_id).await?.map(|c| c.row.clone()) else {
                continue;
            };
            if mine(&row) {
                contact.push(lines.task(t, &row, "task").await?.about);
            }
        }
        for id in work::awaiting_contact(self.db.pool(), &tenant_ids).await? {
            let Some(row) = lines.load(id).await?.map(|c| c.row.clone()) else {
                continue;
            };
            let Ok(opened) = row.opened_on.parse::<jiff::civil::Date>() else {
                continue;
            };
            if !mine(&row) {
                continue;
            }
            let mut l = lines.line(&row).await?;
            if l.reach.trim().is_empty() {
                continue;
            }
            let due = super::contact_task::contact_due(opened);
            l.deadline = Some(Deadline {
                due_on: due.to_string(),
                what: String::new(),
                days_left: (due - today_date).get_days() as i64,
                overdue: due < today_date,
            });
            contact.push(l);
        }

        let horizon = |days: i64| {
            today_date
                .checked_add(jiff::Span::new().days(days))
                .unwrap_or(today_date)
                .to_string()
        };
        // A term that ran out can no longer be met: shown as lapsed for two weeks, then only
        // on the kwestie (`naast_core::lapsed`).
        let due_terms =
            work::terms_until(self.db.pool(), &tenant_ids, &horizon(TERMS_AHEAD_DAYS)).await?;
        // My tasks below leave out every term, shown here or not.
        let term_ids: Vec<i64> = due_terms.iter().map(|t| t.id).collect();
        let rules: HashMap<i64, String> = work::task_rules(self.db.pool(), &term_ids)
            .await?
            .into_iter()
            .collect();
        let (mut terms, mut lapsed) = (Vec::new(), Vec::new());
        for t in due_terms {
            let lapse = naast_core::lapsed::lapse(days_until(today_date, &t.due_on));
            if lapse == Lapse::Gone {
                continue;
            }
            let Some(row) = lines.load(t.case_id).await?.map(|c| c.row.clone()) else {
                continue;
            };
            if mine(&row) || t.owner_user_id == who.user_id {
                let rule = rules.get(&t.id).cloned().unwrap_or_default();
                let line = lines.task(t, &row, "term").await?;
                match lapse {
                    Lapse::Lapsed => lapsed.push(LapsedTerm { line, rule }),
                    _ => terms.push(line),
                }
            }
        }

        // My own tasks of the coming week (the terms have their own section).
        let mut tasks = Vec::new();
        if let Some(uid) = who.user_id {
            let due = store::due_tasks(self.db.pool(), uid, &horizon(7)).await?;
            let ids: Vec<i64> = due.iter().map(|t| t.id).collect();
            let planned_ids = work::planned_ids(self.db.pool(), &ids).await?;
            for t in due {
                if term_ids.contains(&t.id) {
                    continue;
                }
                let Some(row) = lines.load(t.case_id).await?.map(|c| c.row.clone()) else {
                    continue;
                };
                if who.may_see_tenant(row.tenant_id) {
                    let planned = planned_ids.contains(&t.id);
                    tasks.push(
                        lines
                            .task(t, &row, super::view::task_kind(false, planned))
                            .await?,
                    );
                }
            }
        }

        let mut waiting = Vec::new();
        let mut open = Vec::new();
        for row in &open_rows {
            let l = lines.line(row).await?;
            if row.status.starts_with("waiting_") {
                waiting.push(l);
            } else {
                open.push(l);
            }
        }
        // The telephone number and e-mail address only where the citizen is to be called.
        for l in news
            .iter_mut()
            .chain(waiting.iter_mut())
            .chain(open.iter_mut())
        {
            l.reach.clear();
        }
        for t in terms
            .iter_mut()
            .chain(tasks.iter_mut())
            .chain(lapsed.iter_mut().map(|l| &mut l.line))
        {
            t.about.reach.clear();
        }
        for list in [&mut news, &mut contact, &mut waiting, &mut open] {
            sort_lines(list, order);
        }
        sort_tasks(&mut terms, order);
        lapsed.sort_by(|a, b| b.line.task.due_on.cmp(&a.line.task.due_on));
        sort_tasks(&mut tasks, order);

        let ids: HashMap<String, i64> = lines
            .made
            .iter()
            .map(|(id, l)| (l.case.reference.clone(), *id))
            .collect();
        let w = MyWork {
            open,
            tasks,
            waiting,
            new_intakes: new_rows.iter().map(|r| lines.names.summary(r)).collect(),
            news,
            contact,
            terms,
            lapsed,
            sort: order.to_string(),
        };
        Ok((w, ids))
    }

    /// The number beside "Mijn werk" in the menu: news from citizens on the principal's (or
    /// nobody's) kwesties plus their overdue tasks, in one query; 0 for anyone else.
    pub async fn work_count(&self, who: &Principal) -> Result<i64> {
        let Some(uid) = who.user_id else {
            return Ok(0);
        };
        if require_caseworker(who).is_err() {
            return Ok(0);
        }
        let tenants = (!who.is(naast_core::Role::Coordinator)).then_some(who.tenant_ids.as_slice());
        let today = today();
        let lapsed_before = today
            .checked_sub(jiff::Span::new().days(naast_core::lapsed::SHOWN_DAYS_AFTER))
            .unwrap_or(today);
        Ok(work::menu_count(
            self.db.pool(),
            tenants,
            uid,
            &today.to_string(),
            &lapsed_before.to_string(),
        )
        .await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subject_is_the_one_set_or_the_first_words_of_the_story() {
        assert_eq!(short_subject(" Traplift ", "Lang verhaal"), "Traplift");
        assert_eq!(short_subject("", "Kort\nverhaal"), "Kort verhaal");
        let long = "Mijn moeder kreeg een brief van de gemeente dat haar traplift niet wordt vergoed omdat";
        let s = short_subject("", long);
        assert!(
            s.ends_with('…') && s.chars().count() <= SUBJECT_CHARS + 1,
            "{s}"
        );
        assert!(
            long.starts_with(s.trim_end_matches('…')),
            "cut at a word: {s}"
        );
        assert_eq!(short_subject("", ""), "");
    }

    #[test]
    fn unknown_sort_orders_fall_back_to_the_deadline() {
        assert_eq!(sort_order("citizen"), "citizen");
        assert_eq!(sort_order("opened"), "opened");
        assert_eq!(sort_order("name; DROP"), "deadline");
    }
}
