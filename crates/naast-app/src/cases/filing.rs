//! A filing claimed must have happened. Closing a kwestie as "objection filed" (or "complaint
//! filed") while the letter for it, drafted in Naast, is still a draft would put a filing on
//! record that nobody made. The term to object (Awb 6:7) is only met by a notice of objection
//! that was actually filed (Awb 6:4 lid 1, 6:9), so the close form asks: the letter went out
//! (on which day; it is then marked sent, which records the procedure as filed that day), or
//! nothing was filed yet (the kwestie closes as "the citizen carries on"). Everything is checked
//! before anything changes, and the letter, the filing and the close are written in one
//! transaction: a close that fails leaves the letter a draft and nothing filed.

use super::{ENTRIES, Loaded, today};
use crate::{App, Principal, Result};
use naast_core::case::closing::{FiledLetter, NOT_FILED_OUTCOME, filed_procedure};
use naast_core::case::letter::is_objection;
use naast_core::case::{CloseForm, LetterForm};
use naast_core::procedure::{Procedure, ProcedureForm};
use naast_core::{FieldError, Invalid, Msg};
use naast_store::cases as store;
use naast_store::letters;

/// A complaint or objection letter drafted in Naast that is not marked sent.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FilingDraft {
    pub entry_id: i64,
    /// The procedure the letter files: `objection` or `complaint`.
    pub procedure: String,
    pub subject: String,
}

/// The procedure a kind of letter files, if it files one.
fn procedure_of(kind: &str) -> Option<&'static str> {
    if is_objection(kind) {
        Some("objection")
    } else if kind == "complaint" {
        Some("complaint")
    } else {
        None
    }
}

impl App {
    /// The case's complaint and objection letters that are still drafts (their text opened to
    /// read the kind and subject; the caller audits the read).
    pub(crate) async fn filing_drafts(&self, c: &Loaded) -> Result<Vec<FilingDraft>> {
        if c.key.is_none() {
            return Ok(Vec::new());
        }
        let drafts = letters::of_case(self.db.pool(), c.row.id).await?;
        if drafts.iter().all(|d| d.sent_on.is_some()) {
            return Ok(Vec::new());
        }
        let mut out = Vec::new();
        for e in store::entries(self.db.pool(), c.row.id).await? {
            if !drafts
                .iter()
                .any(|d| d.entry_id == e.id && d.sent_on.is_none())
            {
                continue;
            }
            let l: LetterForm =
                serde_json::from_str(&c.open_at(ENTRIES.0, ENTRIES.1, e.id, &e.sealed))
                    .unwrap_or_default();
            if let Some(p) = procedure_of(&l.kind) {
                out.push(FilingDraft {
                    entry_id: e.id,
                    procedure: p.into(),
                    subject: l.subject,
                });
            }
        }
        Ok(out)
    }

    /// Everything a close form must satisfy, checked at once before anything changes: the
    /// form itself (the outcome, a closing day not in the future and not before the kwestie
    /// opened) and, when the outcome says a complaint or objection was filed while a letter for
    /// it is still a draft, what happened to that letter — it was sent (then every such draft
    /// is marked sent on that day when the kwestie closes) or it was not filed (the form comes
    /// back with the outcome "citizen carries on"). Every problem is reported at once, each
    /// naming its field. Nothing is written.
    pub(crate) async fn check_closing(
        &self,
        c: &Loaded,
        form: &CloseForm,
    ) -> Result<(CloseForm, Option<Filing>)> {
        let mut errors = Vec::new();
        let opened = c.row.opened_on.parse::<jiff::civil::Date>().ok();
        if let Some(opened) = opened
            && let Err(Invalid(e)) = form.parse(today(), opened)
        {
            errors.extend(e);
        }
        let drafts: Vec<FilingDraft> = match filed_procedure(form.outcome.trim()) {
            Some(kind) if c.row.status != naast_core::CaseStatus::Closed => self
                .filing_drafts(c)
                .await?
                .into_iter()
                .filter(|d| d.procedure == kind)
                .collect(),
            _ => Vec::new(),
        };
        if drafts.is_empty() {
            if !errors.is_empty() {
                return Err(Invalid(errors).into());
            }
            return Ok((form.clone(), None));
        }
        let answer = match form.filed_letter(today()) {
            Ok(a) => a,
            Err(Invalid(e)) => {
                errors.extend(e);
                FiledLetter::NotFiled
            }
        };
        if answer == FiledLetter::Unanswered {
            errors.push(FieldError::new("filed_letter", Msg::FilingLetterDraft));
        }
        if !errors.is_empty() {
            return Err(Invalid(errors).into());
        }
        match answer {
            FiledLetter::Sent(day) => {
                let procedure = self.filed_procedure_of(c, &drafts, day).await?;
                Ok((
                    form.clone(),
                    Some(Filing {
                        letters: drafts.iter().map(|d| d.entry_id).collect(),
                        day,
                        procedure,
                    }),
                ))
            }
            _ => Ok((
                CloseForm {
                    outcome: NOT_FILED_OUTCOME.into(),
                    ..form.clone()
                },
                None,
            )),
        }
    }

    /// The procedure a sent filing letter records as filed on `day`, unless the kwestie has
    /// one of that kind already. An objection is heard by the advisory committee the register
    /// names, which lengthens the decision term (Awb 7:10 lid 1 with 7:13). An organisation the
    /// procedure form does not know is left out rather than failing the close.
    async fn filed_procedure_of(
        &self,
        c: &Loaded,
        drafts: &[FilingDraft],
        day: jiff::civil::Date,
    ) -> Result<Option<Procedure>> {
        let Some(kind) = drafts.first().map(|d| d.procedure.clone()) else {
            return Ok(None);
        };
        let known = naast_store::procedures::of_case(self.db.pool(), c.row.id)
            .await?
            .iter()
            .any(|p| p.kind == kind);
        if known {
            return Ok(None);
        }
        let committee =
            kind == "objection" && !self.register_entry_of(c).await?.committee.trim().is_empty();
        let form = |organisation: String| ProcedureForm {
            kind: kind.clone(),
            organisation,
            filed_on: day.to_string(),
            committee,
        };
        let ok = self.organisation_ok(c.row.tenant_id).await?;
        let org = c.row.organisation.clone().unwrap_or_default();
        let p = match form(org).parse(today(), &ok) {
            Ok(p) => p,
            Err(_) => form(String::new()).parse(today(), &ok)?,
        };
        Ok(Some(p))
    }

    /// Within the closing's transaction: the filing letters marked sent on their day and the
    /// procedure recorded as filed that day (with its term as a task, which stays open on the
    /// closed kwestie as a reminder). The term the filing answers (the term to object, Awb 6:7)
    /// is ticked off, unless the confidant chose to keep it as a reminder (`kept`).
    pub(crate) async fn file_in(
        &self,
        tx: &mut naast_store::Tx,
        who: &Principal,
        c: &Loaded,
        filing: &Filing,
        kept: &[i64],
    ) -> Result<()> {
        let day = filing.day.to_string();
        for id in &filing.letters {
            if !letters::mark_sent(&mut **tx, c.row.id, *id, &day).await? {
                return Err(crate::AppError::Conflict(Msg::LetterSent));
            }
            letters::set_entry_date(&mut **tx, c.row.id, *id, &day).await?;
            self.audit_in(tx, who, "case.letter_sent", "entry", &id.to_string())
                .await?;
        }
        let Some(p) = &filing.procedure else {
            return Ok(());
        };
        naast_store::procedures::insert(
            tx,
            c.row.id,
            &p.kind,
            p.organisation.as_deref(),
            &p.filed_on.to_string(),
            p.committee,
        )
        .await?;
        self.procedure_tasks(tx, c).await?;
        if let Some(rule) = naast_core::procedure::answered_rule(&p.kind)
            && let Some(task) = store::open_rule_task(&mut **tx, c.row.id, rule).await?
            && !kept.contains(&task)
        {
            self.complete_answered_term(tx, who, c, &p.kind).await?;
        }
        let fields =
            serde_json::json!({ "procedure_kind": p.kind, "filed_on": p.filed_on.to_string() });
        super::entry_today(tx, c, "procedure", who.user_id, &fields.to_string()).await?;
        self.audit_in(tx, who, "case.procedure_add", "case", &c.row.id.to_string())
            .await?;
        Ok(())
    }
}

/// What a close does with the filing letters still drafts: mark them sent on `day`, and record
/// the procedure they file (when the kwestie has none of that kind yet).
#[derive(Debug, Clone)]
pub(crate) struct Filing {
    pub letters: Vec<i64>,
    pub day: jiff::civil::Date,
    pub procedure: Option<Procedure>,
}
