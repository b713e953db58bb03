//! Terms and tasks that follow the process: a filing completes the term task it answers, a
//! mediation's follow-up date and a planned activity become tasks, a planned activity marked
//! held becomes its contact moment, and closing a kwestie asks what happens to each open task.

use super::{Loaded, today};
use crate::{App, AppError, Principal, Result};
use naast_core::CaseStatus;
use naast_core::Msg;
use naast_core::case::{HeldForm, Plan, PlanForm};
use naast_store::cases as store;

/// The timeline entry kind of tasks completed by the process (a filing, a close).
pub(crate) const TASKS_DONE_ENTRY: &str = "tasks_done";
/// The timeline entry kind of a planned activity.
pub(crate) const PLANNED_ENTRY: &str = "planned";

/// An open task of a kwestie, as the closing step lists it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct OpenItem {
    pub id: i64,
    pub title: String,
    pub due_on: String,
    /// A term a statutory rule made (rather than a task someone typed).
    pub term: bool,
    /// A planned activity on a day still ahead (today or later): closing the kwestie lets it
    /// lapse, without a choice (it can no longer take place as part of this kwestie).
    pub lapses: bool,
}

fn open(c: &Loaded) -> Result<()> {
    if c.row.status == CaseStatus::Closed || c.key.is_none() {
        return Err(AppError::Conflict(Msg::CaseClosed));
    }
    Ok(())
}

impl App {
    /// Completes the case's term task that filing a procedure of `kind` answers (the term to
    /// object once the objection is filed: Awb 6:7, counted per Awb 6:8), with a timeline entry
    /// that says so. Nothing when there is no such task open.
    pub(crate) async fn complete_answered_term(
        &self,
        tx: &mut naast_store::Tx,
        who: &Principal,
        c: &Loaded,
        kind: &str,
    ) -> Result<()> {
        let Some(rule) = naast_core::procedure::answered_rule(kind) else {
            return Ok(());
        };
        let Some(task) = store::open_rule_task(&mut **tx, c.row.id, rule).await? else {
            return Ok(());
        };
        let title = store::tasks_of_case(&mut **tx, c.row.id)
            .await?
            .into_iter()
            .find(|t| t.id == task)
            .map(|t| c.open_at(super::TASKS.0, super::TASKS.1, t.id, &t.sealed))
            .unwrap_or_default();
        store::complete_task(&mut **tx, task, c.row.id).await?;
        let label =
            naast_core::vocab::label(naast_core::procedure::KINDS, kind, naast_core::Lang::Nl);
        let text = format!("Taak afgerond: {title} ({label}).");
        self.tasks_done_entry(tx, who, c, &text).await
    }

    async fn tasks_done_entry(
        &self,
        tx: &mut naast_store::Tx,
        who: &Principal,
        c: &Loaded,
        text: &str,
    ) -> Result<()> {
        super::entry_today(tx, c, TASKS_DONE_ENTRY, who.user_id, text).await?;
        Ok(())
    }

    /// A mediation's follow-up date becomes a task on that day ("Vervolg bemiddeling").
    pub(crate) async fn follow_up_task(
        &self,
        tx: &mut naast_store::Tx,
        who: &Principal,
        c: &Loaded,
        follow_up_on: &str,
        parties: &str,
    ) -> Result<()> {
        if follow_up_on.is_empty() {
            return Ok(());
        }
        let title = if parties.is_empty() {
            "Vervolg bemiddeling".to_string()
        } else {
            format!("Vervolg bemiddeling met {parties}")
        };
        let id = store::insert_task(&mut **tx, c.row.id, b"", follow_up_on, who.user_id).await?;
        super::seal_task(tx, c, id, &title).await
    }

    /// Plans a mediation, home visit or accompanying visit on a day ahead: a task on that day
    /// (on "Mijn werk" like any task) and a timeline entry.
    pub async fn plan_activity(
        &self,
        who: &Principal,
        reference: &str,
        form: &PlanForm,
    ) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        open(&c)?;
        let plan = form.parse(today())?;
        self.plan_loaded(who, &c, &plan).await
    }

    pub(crate) async fn plan_loaded(&self, who: &Principal, c: &Loaded, plan: &Plan) -> Result<()> {
        open(c)?;
        let mut row = c.row.clone();
        let mut tx = self.db.begin().await?;
        let id = store::insert_planned(
            &mut *tx,
            row.id,
            &plan.kind,
            &plan.on.to_string(),
            who.user_id,
        )
        .await?;
        let starts_at = plan.starts_at();
        if starts_at.is_some() {
            naast_store::agenda::set_time(
                &mut *tx,
                id,
                starts_at.as_deref(),
                plan.minutes.map(i64::from),
            )
            .await?;
        }
        let title = plan.title();
        super::seal_task(&mut tx, c, id, &title).await?;
        let when = match &starts_at {
            Some(at) => format!("{} om {at}", naast_core::terms::dutch(plan.on)),
            None => naast_core::terms::dutch(plan.on),
        };
        let text = format!("{title} — {when}");
        super::entry_today(&mut tx, c, PLANNED_ENTRY, who.user_id, &text).await?;
        if row.status == CaseStatus::New {
            row.status = CaseStatus::InProgress.as_str().into();
            row.owner_user_id = row.owner_user_id.or(who.user_id);
        }
        self.write_case(&mut tx, who, &row, "case.plan").await?;
        tx.commit().await?;
        Ok(())
    }

    /// A planned activity happened: its contact moment is recorded (on the planned day, or
    /// today when that is earlier) and its task is done, in one step.
    pub async fn mark_held(
        &self,
        who: &Principal,
        reference: &str,
        task_id: i64,
        form: &HeldForm,
    ) -> Result<()> {
        let mut c = self.load_case(who, reference).await?;
        open(&c)?;
        let kind = store::planned_of_case(self.db.pool(), c.row.id)
            .await?
            .into_iter()
            .find(|(id, _)| *id == task_id)
            .map(|(_, k)| k)
            .ok_or(AppError::NotFound)?;
        let due = store::tasks_of_case(self.db.pool(), c.row.id)
            .await?
            .into_iter()
            .find(|t| t.id == task_id)
            .map(|t| t.due_on)
            .ok_or(AppError::NotFound)?;
        let held = form.parse(&kind)?;
        let today = today().to_string();
        let on = if due < today { due } else { today };
        let mut tx = self.db.begin().await?;
        if !store::complete_task(&mut *tx, task_id, c.row.id).await? {
            return Err(AppError::NotFound);
        }
        let entry = store::insert_entry(
            &mut *tx,
            c.row.id,
            "contact",
            &on,
            Some(held.channel),
            &held.activities.join(","),
            i64::from(held.minutes),
            None,
            who.user_id,
        )
        .await?;
        if !held.note.is_empty() {
            super::seal_entry(&mut tx, &c, entry, &held.note).await?;
        }
        if c.row.status == CaseStatus::New {
            c.row.status = CaseStatus::InProgress.as_str().into();
            c.row.owner_user_id = c.row.owner_user_id.or(who.user_id);
        }
        self.write_case(&mut tx, who, &c.row, "case.planned_held")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The open tasks and running terms of a kwestie, as closing it lists them.
    pub async fn open_items(&self, who: &Principal, reference: &str) -> Result<Vec<OpenItem>> {
        let c = self.load_case(who, reference).await?;
        self.open_items_of(&c).await
    }

    pub(crate) async fn open_items_of(&self, c: &Loaded) -> Result<Vec<OpenItem>> {
        let rules = store::rule_task_ids(self.db.pool(), c.row.id).await?;
        let ahead = store::planned_ahead(self.db.pool(), c.row.id, &today().to_string()).await?;
        Ok(store::tasks_of_case(self.db.pool(), c.row.id)
            .await?
            .into_iter()
            .filter(|t| t.done_at.is_none())
            .map(|t| OpenItem {
                id: t.id,
                term: rules.contains(&t.id),
                lapses: ahead.contains(&t.id),
                title: c.open_at(super::TASKS.0, super::TASKS.1, t.id, &t.sealed),
                due_on: t.due_on,
            })
            .collect())
    }

    /// What closing does with the open tasks: `decided` says per task whether it is kept as a
    /// reminder (`true`) or done; every open task must be decided (else `OpenItemsUndecided`,
    /// so nothing is dropped unseen). `None` (the API, a citizen's withdrawal): all are done.
    /// Planned activities on a day ahead lapse (marked so) without a choice. Either way the
    /// timeline says which.
    pub(crate) async fn settle_open_tasks(
        &self,
        tx: &mut naast_store::Tx,
        who: &Principal,
        c: &Loaded,
        decided: Option<&[(i64, bool)]>,
    ) -> Result<()> {
        let items = self.open_items_of(c).await?;
        if items.is_empty() {
            return Ok(());
        }
        let mut done = Vec::new();
        let mut kept = Vec::new();
        let mut lapsed = Vec::new();
        let today = today();
        for item in &items {
            if item.lapses {
                store::lapse_task(&mut **tx, item.id, c.row.id, &today.to_string()).await?;
                let on = item
                    .due_on
                    .parse::<jiff::civil::Date>()
                    .map(naast_core::terms::dutch)
                    .unwrap_or_else(|_| item.due_on.clone());
                lapsed.push(format!("{} — {on}", item.title));
                continue;
            }
            let keep = match decided {
                None => false,
                Some(d) => match d.iter().find(|(id, _)| *id == item.id) {
                    Some((_, keep)) => *keep,
                    None => return Err(AppError::Conflict(Msg::OpenItemsUndecided)),
                },
            };
            if keep {
                kept.push(item.title.as_str());
            } else {
                store::complete_task(&mut **tx, item.id, c.row.id).await?;
                done.push(item.title.as_str());
            }
        }
        let mut text = String::new();
        if !done.is_empty() {
            text.push_str(&format!("Afgerond bij het afsluiten: {}.", done.join("; ")));
        }
        if !kept.is_empty() {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&format!("Bewaard als herinnering: {}.", kept.join("; ")));
        }
        if !lapsed.is_empty() {
            if !text.is_empty() {
                text.push(' ');
            }
            let what = if lapsed.len() == 1 {
                "Geplande afspraak vervallen".to_string()
            } else {
                format!("{} geplande afspraken vervallen", lapsed.len())
            };
            text.push_str(&format!("{what} bij het afsluiten: {}.", lapsed.join("; ")));
        }
        self.tasks_done_entry(tx, who, c, &text).await
    }
}
