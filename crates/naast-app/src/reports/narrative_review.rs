//! The de-identification review of a report's narrative: before free text leaves the office,
//! the confidant sees every finding of `naast-deid` highlighted, accepts or rejects each one,
//! marks what was missed, and only then can the report go on to review and publication. A
//! correction's note (what the new version corrects) heads the report, so it is checked with
//! the narrative, as one more field.

use super::{Narrative, check_narrative, is_published, staff};
use crate::deid_review::{
    FieldReview, MISSED_MAX, WORD_MAX, generalize_fields, missed_with_words, review_field,
};
use crate::{App, AppError, Principal, Result};
use naast_core::Msg;
use naast_store::reports as store;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Serialize)]
pub struct PrivacyReview {
    pub id: i64,
    pub updated_at: i64,
    pub checked: bool,
    pub fields: Vec<FieldReview>,
}

impl App {
    /// The narrative of a draft with every finding of the de-identifier.
    pub async fn report_privacy(&self, who: &Principal, id: i64) -> Result<PrivacyReview> {
        staff(who)?;
        let (t, r) = self.report_row(who, id).await?;
        if is_published(&r.status) {
            return Err(AppError::general(Msg::ReportState));
        }
        let n: Narrative = self.open_narrative(&r);
        let note = self.open_correction(&r)?;
        let fields = n
            .fields()
            .into_iter()
            .chain([("correction", note.as_str())])
            .filter(|(_, t)| !t.trim().is_empty())
            .map(|(field, text)| review_field(field, text, self.word_lists(), &t.name))
            .collect();
        Ok(PrivacyReview {
            id,
            updated_at: r.updated_at,
            checked: n.checked,
            fields,
        })
    }

    /// Applies the review: the accepted findings (their keys) become general words — the ones
    /// given in `words` (by key), else the suggestion for their kind ("een inwoner") — and the
    /// phrases marked as missed (one per line, `phrase = words` or the phrase alone) their
    /// words or "(weggelaten)". No stand-ins (`[PERSOON-1]`): they may not leave the office,
    /// so one pass gives text that can be submitted. The narrative counts as checked until it
    /// is changed again.
    pub async fn apply_report_privacy(
        &self,
        who: &Principal,
        id: i64,
        accepted: &[String],
        missed: &str,
        words: &HashMap<String, String>,
        updated_at: i64,
    ) -> Result<()> {
        staff(who)?;
        let (t, r) = self.report_row(who, id).await?;
        if is_published(&r.status) {
            return Err(AppError::general(Msg::ReportState));
        }
        naast_core::validation::free_text("missed", missed, MISSED_MAX, false)?;
        for w in words.values() {
            naast_core::validation::line("words", w, WORD_MAX, false)?;
        }
        let accepted: HashSet<&str> = accepted.iter().map(String::as_str).collect();
        let missed = missed_with_words(missed);
        let mut n: Narrative = self.open_narrative(&r);
        let note = self.open_correction(&r)?;
        let mut fields: Vec<(&str, &str)> = n.fields().to_vec();
        fields.push(("correction", note.as_str()));
        let redacted = generalize_fields(
            &fields,
            &accepted,
            words,
            &missed,
            self.word_lists(),
            &t.name,
        );
        let texts: Vec<(&'static str, String)> = n
            .fields()
            .iter()
            .map(|(field, _)| *field)
            .chain(["correction"])
            .zip(redacted)
            .collect();
        let mut note = note.clone();
        for (field, text) in texts {
            match n.field_mut(field) {
                Some(f) => *f = text,
                None => note = text,
            }
        }
        n.checked = true;
        check_narrative(&n)?;
        let json = self.seal_narrative(r.tenant_id, r.id, &n)?;
        // Sealed again from what it holds, so that a row from before sealing loses nothing.
        let correction = self.seal_correction(&r, &note);
        let mut tx = self.db.begin().await?;
        if !store::save_text(
            &mut *tx,
            id,
            &json,
            correction.as_deref(),
            updated_at,
            who.user_id,
        )
        .await?
        {
            return Err(AppError::Conflict(Msg::Conflict));
        }
        self.audit_in(&mut tx, who, "report.privacy", "report", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
