//! A filing claimed must have happened. Closing a kwestie as "objection filed" (or "complaint
//! filed") while the letter for it, drafted in Naast, is still a draft would put a filing on
//! record that nobody made. The term to object (Awb 6:7) is only met by a notice of objection
//! that was actually filed (Awb 6:4 lid 1, 6:9), so the close form asks: the letter went out
//! (on which day; it is then marked sent, which records the procedure as filed that day), or
//! nothing was filed yet (the kwestie closes as "the citizen carries on").

use super::{ENTRIES, Loaded, today};
use crate::{App, Principal, Result};
use naast_core::case::LetterForm;
use naast_core::case::closing::{FiledLetter, NOT_FILED_OUTCOME, filed_procedure};
use naast_core::case::letter::is_objection;
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

    /// Before a kwestie closes with an outcome that says a complaint or objection was filed:
    /// when a letter for it is still a draft, the form must say what happened — the letter was
    /// sent (it is marked sent on that day, every such draft) or it was not filed (the form
    /// comes back with the outcome "citizen carries on"). Refused, naming the field, while
    /// unanswered; every other problem of the form is reported with it, and nothing changes.
    pub(crate) async fn settle_filing_letter(
        &self,
        who: &Principal,
        reference: &str,
        form: &naast_core::case::CloseForm,
    ) -> Result<naast_core::case::CloseForm> {
        let Some(kind) = filed_procedure(form.outcome.trim()) else {
            return Ok(form.clone());
        };
        let c = self.load_case(who, reference).await?;
        if c.row.status == naast_core::CaseStatus::Closed {
            return Ok(form.clone());
        }
        let drafts: Vec<FilingDraft> = self
            .filing_drafts(&c)
            .await?
            .into_iter()
            .filter(|d| d.procedure == kind)
            .collect();
        if drafts.is_empty() {
            return Ok(form.clone());
        }
        let mut errors = Vec::new();
        if let Ok(opened) = c.row.opened_on.parse::<jiff::civil::Date>()
            && let Err(Invalid(e)) = form.parse(today(), opened)
        {
            errors.extend(e);
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
                for d in drafts {
                    self.mark_letter_sent(who, reference, d.entry_id, &day.to_string())
                        .await?;
                }
                Ok(form.clone())
            }
            _ => Ok(naast_core::case::CloseForm {
                outcome: NOT_FILED_OUTCOME.into(),
                ..form.clone()
            }),
        }
    }
}
