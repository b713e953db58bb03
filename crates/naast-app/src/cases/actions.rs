//! Working a kwestie: clarifying the question, contact moments and notes, tasks, status,
//! closing and reopening. Each change is one transaction: the change, the timeline entry, the
//! refreshed statistical record and the audit entry commit together or not at all.

use super::{Loaded, today};
use crate::{App, AppError, Principal, Result};
use naast_core::CaseStatus;
use naast_core::case::{ClarifyForm, CloseForm, ContactForm, TaskForm};
use naast_core::{FieldError, Invalid, Msg};
use naast_store::cases as store;

fn open(c: &Loaded) -> Result<()> {
    if c.row.status == CaseStatus::Closed {
        return Err(AppError::Conflict(Msg::CaseClosed));
    }
    if c.key.is_none() {
        return Err(AppError::Conflict(Msg::CaseClosed));
    }
    Ok(())
}

fn stale(c: &Loaded, version: i64) -> Result<()> {
    if c.row.version != version {
        return Err(AppError::Conflict(Msg::Conflict));
    }
    Ok(())
}

/// Logs a change of status on the timeline, as the two codes (`new → in_progress`); the page
/// shows them in words.
async fn status_entry(
    tx: &mut naast_store::Tx,
    c: &Loaded,
    who: &Principal,
    from: &str,
    to: &str,
) -> Result<()> {
    super::entry_today(tx, c, "status", who.user_id, &format!("{from} → {to}")).await?;
    Ok(())
}

impl App {
    /// Keeps the task "objection term ends" in step with the decision's dates: counted from the
    /// date of sending (Awb 6:8), or the date on the letter when that is all we know (the
    /// earlier, safe side); removed when the case has no decision date.
    ///
    /// Once an objection is recorded the term has done its work (Awb 6:7): no new task.
    pub(crate) async fn objection_task(&self, tx: &mut naast_store::Tx, c: &Loaded) -> Result<()> {
        const RULE: &str = naast_core::procedure::OBJECTION_TERM_RULE;
        let filed = naast_store::procedures::of_case(&mut **tx, c.row.id)
            .await?
            .iter()
            .any(|p| naast_core::procedure::answered_rule(&p.kind) == Some(RULE));
        let from = c
            .row
            .decision_sent_on
            .clone()
            .or_else(|| c.row.decision_date.clone())
            .filter(|_| !filed);
        let due = match from {
            Some(d) => {
                let a = naast_core::terms::answer(&naast_core::terms::DeadlineRequest {
                    rule: RULE.into(),
                    date: d,
                    ..Default::default()
                })
                .map_err(|e| AppError::Internal(e.to_string()))?;
                Some(a.last_day)
            }
            None => None,
        };
        let title = "Laatste dag om bezwaar te maken (Awb 6:7)";
        if c.key.is_none() {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        if let Some(id) =
            store::set_rule_task(tx, c.row.id, RULE, b"", due.as_deref(), c.row.owner_user_id)
                .await?
        {
            super::seal_task(tx, c, id, title).await?;
        }
        Ok(())
    }

    /// Saves the clarified question if nobody saved the case since `form.version`.
    pub async fn clarify(
        &self,
        who: &Principal,
        reference: &str,
        form: &ClarifyForm,
    ) -> Result<()> {
        let mut c = self.load_case(who, reference).await?;
        open(&c)?;
        stale(&c, form.version)?;
        let ok = self.organisation_ok(c.row.tenant_id).await?;
        let v = form.parse(today(), ok)?;
        let mut sealed = c.sealed()?;
        sealed.problem = v.problem;
        sealed.goal = v.goal;
        if let Some(s) = v.subject {
            sealed.subject = s;
        }
        if let Some(r) = v.decision_reference {
            sealed.decision_reference = r;
        }
        c.row.sealed = Some(c.seal(&sealed)?);
        let r = &mut c.row;
        r.area = v.area;
        r.organisation = v.organisation;
        r.primary_nature = v.primary_nature;
        r.natures = v.natures.join(",");
        r.decision_kind = v.decision_kind;
        r.decision_date = v.decision_date.map(|d| d.to_string());
        r.decision_sent_on = v.decision_sent_on.map(|d| d.to_string());
        r.options = v.options.join(",");
        r.option_chosen = v.option_chosen;
        if v.found_via.is_some() {
            r.found_via = v.found_via;
        }
        let started = r.status == CaseStatus::New;
        if started {
            r.status = CaseStatus::InProgress.as_str().into();
            r.owner_user_id = r.owner_user_id.or(who.user_id);
        }
        let mut tx = self.db.begin().await?;
        // The objection term of the decision becomes a task that follows the dates.
        self.objection_task(&mut tx, &c).await?;
        self.procedure_tasks(&mut tx, &c).await?;
        let entry = store::insert_entry(
            &mut *tx,
            c.row.id,
            "clarified",
            &today().to_string(),
            None,
            "",
            0,
            None,
            who.user_id,
        )
        .await?;
        let fields = serde_json::json!({ "subject": sealed.subject }).to_string();
        super::seal_entry(&mut tx, &c, entry, &fields).await?;
        if started {
            status_entry(
                &mut tx,
                &c,
                who,
                CaseStatus::New.as_str(),
                CaseStatus::InProgress.as_str(),
            )
            .await?;
        }
        self.write_case(&mut tx, who, &c.row, "case.clarify")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Logs a contact moment (date, channel, activities, minutes, note).
    pub async fn add_contact(
        &self,
        who: &Principal,
        reference: &str,
        form: &ContactForm,
    ) -> Result<()> {
        let mut c = self.load_case(who, reference).await?;
        open(&c)?;
        // A home visit, mediation or accompanying visit on a day ahead is planned, not logged.
        if let (Some(on), Some(kind)) = (
            naast_core::case::future_date(&form.on, today()),
            naast_core::case::planned_kind_of(form),
        ) {
            let what: String = form
                .note
                .lines()
                .next()
                .unwrap_or("")
                .chars()
                .take(200)
                .collect();
            let plan = naast_core::case::Plan {
                kind: kind.into(),
                on,
                what: what.trim().to_string(),
                ..Default::default()
            };
            return self.plan_loaded(who, &c, &plan).await;
        }
        let m = form.parse(today())?;
        if c.key.is_none() {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        let mut tx = self.db.begin().await?;
        let entry = store::insert_entry(
            &mut *tx,
            c.row.id,
            "contact",
            &m.on.to_string(),
            Some(&m.channel),
            &m.activities.join(","),
            i64::from(m.minutes),
            None,
            who.user_id,
        )
        .await?;
        if !m.note.is_empty() {
            super::seal_entry(&mut tx, &c, entry, &m.note).await?;
        }
        // The contact the web form promised is made: its task is done.
        store::complete_purpose_tasks(&mut *tx, c.row.id, store::CONTACT).await?;
        if c.row.status == CaseStatus::New {
            c.row.status = CaseStatus::InProgress.as_str().into();
            c.row.owner_user_id = c.row.owner_user_id.or(who.user_id);
            let (from, to) = (CaseStatus::New.as_str(), CaseStatus::InProgress.as_str());
            status_entry(&mut tx, &c, who, from, to).await?;
        }
        self.write_case(&mut tx, who, &c.row, "case.contact")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds an internal note to the timeline.
    pub async fn add_note(&self, who: &Principal, reference: &str, text: &str) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        if c.key.is_none() {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        let text =
            naast_core::validation::free_text("note", text, naast_core::case::STORY_MAX, true)?;
        let sealed = text;
        let mut tx = self.db.begin().await?;
        super::entry_today(&mut tx, &c, "note", who.user_id, &sealed).await?;
        self.write_case(&mut tx, who, &c.row, "case.note").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds a task with a due date, owned by the one who adds it.
    pub async fn add_task(&self, who: &Principal, reference: &str, form: &TaskForm) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        open(&c)?;
        let t = form.parse()?;
        let mut tx = self.db.begin().await?;
        let id =
            store::insert_task(&mut *tx, c.row.id, b"", &t.due_on.to_string(), who.user_id).await?;
        super::seal_task(&mut tx, &c, id, &t.title).await?;
        self.write_case(&mut tx, who, &c.row, "case.task").await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn complete_task(
        &self,
        who: &Principal,
        reference: &str,
        task_id: i64,
    ) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        let mut tx = self.db.begin().await?;
        if !store::complete_task(&mut *tx, task_id, c.row.id).await? {
            return Err(AppError::NotFound);
        }
        self.write_case(&mut tx, who, &c.row, "case.task_done")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Moves an open case between `in_progress`, `waiting_citizen` and `waiting_organisation`.
    pub async fn set_status(&self, who: &Principal, reference: &str, status: &str) -> Result<()> {
        let mut c = self.load_case(who, reference).await?;
        open(&c)?;
        let Some(next) = CaseStatus::parse(status).filter(|s| s.is_settable()) else {
            return Err(AppError::field(
                "status",
                Msg::CodeUnknown(status.chars().take(40).collect()),
            ));
        };
        if !CaseStatus::parse(&c.row.status).is_some_and(|s| s.can_move_to(next)) {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        let from = std::mem::replace(&mut c.row.status, next.as_str().to_string());
        c.row.owner_user_id = c.row.owner_user_id.or(who.user_id);
        let mut tx = self.db.begin().await?;
        status_entry(&mut tx, &c, who, &from, next.as_str()).await?;
        self.write_case(&mut tx, who, &c.row, "case.status").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Closes a case with its outcome (and the external outcome of a supported complaint or
    /// objection).
    pub async fn close_case(
        &self,
        who: &Principal,
        reference: &str,
        form: &CloseForm,
    ) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        self.close_deciding(who, c, form, None).await
    }

    /// Closes a case with a decision for each open task: kept as a reminder on the closed case
    /// (`true`) or done. Refused (`OpenItemsUndecided`) while an open task is not decided.
    pub async fn close_case_deciding(
        &self,
        who: &Principal,
        reference: &str,
        form: &CloseForm,
        decided: &[(i64, bool)],
    ) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        self.close_deciding(who, c, form, Some(decided)).await
    }

    /// Checks a close form as closing would — the outcome, the day, the question about a filing
    /// letter still a draft, all problems at once — without changing anything: the first step
    /// of closing, before the confirmation page is shown.
    pub async fn check_close(
        &self,
        who: &Principal,
        reference: &str,
        form: &CloseForm,
    ) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        open(&c)?;
        if !CaseStatus::parse(&c.row.status).is_some_and(|s| s.can_move_to(CaseStatus::Closed)) {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        self.check_closing(&c, form).await.map(|_| ())
    }

    /// Closes a loaded case (the caller decided who may).
    pub(crate) async fn close_loaded(
        &self,
        who: &Principal,
        c: Loaded,
        form: &CloseForm,
    ) -> Result<()> {
        self.close_deciding(who, c, form, None).await
    }

    /// Everything is checked first; then the tasks as decided, the filing letters marked sent
    /// (with the procedure they file) and the close are written in one transaction, so a close
    /// that fails changes nothing.
    async fn close_deciding(
        &self,
        who: &Principal,
        mut c: Loaded,
        form: &CloseForm,
        decided: Option<&[(i64, bool)]>,
    ) -> Result<()> {
        open(&c)?;
        let opened = c
            .row
            .opened_on
            .parse::<jiff::civil::Date>()
            .map_err(|e| AppError::Internal(e.to_string()))?;
        let (form, filing) = self.check_closing(&c, form).await?;
        let v = form.parse(today(), opened)?;
        let mut sealed = c.sealed()?;
        sealed.close_reason = v.reason.clone();
        c.row.sealed = Some(c.seal(&sealed)?);
        if !CaseStatus::parse(&c.row.status).is_some_and(|s| s.can_move_to(CaseStatus::Closed)) {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        c.row.status = CaseStatus::Closed.as_str().into();
        c.row.closed_on = Some(v.closed_on.to_string());
        c.row.outcome = Some(v.outcome.clone());
        c.row.external_outcome = v.external_outcome;
        // The citizen who left an e-mail address is asked for their verdict, by link.
        let verdict_mail = self.verdict_mail_for(&c).await?;
        let kept: Vec<i64> = decided
            .unwrap_or_default()
            .iter()
            .filter(|(_, keep)| *keep)
            .map(|(id, _)| *id)
            .collect();
        let mut tx = self.db.begin().await?;
        let text = v.reason.clone();
        // Each open task is done or kept as a reminder, as decided; none is dropped unseen.
        self.settle_open_tasks(&mut tx, who, &c, decided).await?;
        if let Some(filing) = &filing {
            self.file_in(&mut tx, who, &c, filing, &kept).await?;
        }
        let entry = store::insert_entry(
            &mut *tx,
            c.row.id,
            "closed", // not a state: the timeline entry kind
            &v.closed_on.to_string(),
            None,
            &v.outcome,
            0,
            None,
            who.user_id,
        )
        .await?;
        super::seal_entry(&mut tx, &c, entry, &text).await?;
        self.write_case(&mut tx, who, &c.row, "case.close").await?;
        if let Some((to, subject, body)) = verdict_mail {
            self.queue_case_mail(&mut tx, &c, &to, &subject, &body)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Reopens a closed case; the reason is required and kept on the timeline.
    pub async fn reopen_case(&self, who: &Principal, reference: &str, reason: &str) -> Result<()> {
        let mut c = self.load_case(who, reference).await?;
        if c.row.status != CaseStatus::Closed {
            return Err(AppError::Conflict(Msg::CaseNotClosed));
        }
        if c.key.is_none() {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(AppError::Invalid(Invalid(vec![FieldError::new(
                "reason",
                Msg::Required,
            )])));
        }
        c.row.status = CaseStatus::InProgress.as_str().into();
        c.row.closed_on = None;
        c.row.outcome = None;
        c.row.external_outcome = None;
        let mut tx = self.db.begin().await?;
        let text = reason.to_string();
        super::entry_today(&mut tx, &c, "reopened", who.user_id, &text).await?;
        // The citizen's "not done yet" is answered by reopening.
        store::complete_purpose_tasks(&mut *tx, c.row.id, naast_store::verdicts::NOT_DONE).await?;
        self.write_case(&mut tx, who, &c.row, "case.reopen").await?;
        tx.commit().await?;
        Ok(())
    }
}
