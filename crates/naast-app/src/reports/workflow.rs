//! A report's workflow: submitted for review, sent back, published through the audit gate
//! (frozen) by a second person, discussed with the municipality, corrected as a new version
//! that says what it corrects.

use super::*;
use naast_core::ReportStatus;

/// Who may publish a report (or send a signal) that is ready.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FourEyes {
    /// Someone who neither wrote, last changed nor submitted it: the second pair of eyes.
    Second,
    /// One of its authors, in a one-person practice: allowed, and the colophon says so.
    Alone,
    /// One of its authors: a second person must do it.
    NotYou,
}

/// The day after a period that is not over yet: from then its report can be submitted and
/// published (a quarter or a year, by its last day). `None` once the period is over.
pub(crate) fn submit_from(year: i32, quarter: u8) -> Option<jiff::civil::Date> {
    let (_, last) = naast_report::period_days(year, quarter);
    let last: jiff::civil::Date = last.parse().ok()?;
    if crate::clock::today() > last {
        return None;
    }
    last.tomorrow().ok()
}

impl App {
    /// Hands a draft to a coordinator for review.
    pub async fn submit_report(&self, who: &Principal, id: i64) -> Result<()> {
        staff(who)?;
        let (_, r) = self.report_row(who, id).await?;
        // Written while the period runs, handed over once it is over.
        if let Some(day) = submit_from(r.year as i32, r.quarter as u8) {
            return Err(AppError::general(Msg::SubmitFrom(day.to_string())));
        }
        let correction = self.open_correction(&r)?;
        if correction.trim().is_empty() && self.is_correction(&r).await? {
            return Err(AppError::field("correction", Msg::CorrectionNoteNeeded));
        }
        let narrative = self.open_narrative(&r);
        if !texts_checked(&narrative, &correction) {
            return Err(AppError::general(Msg::PrivacyCheckNeeded));
        }
        no_placeholders(&narrative, &correction)?;
        if !ReportStatus::Draft.can_move_to(ReportStatus::Review) {
            return Err(AppError::general(Msg::ReportState));
        }
        let mut tx = self.db.begin().await?;
        if !store::submit(&mut *tx, id, who.user_id).await? {
            return Err(AppError::general(Msg::ReportState));
        }
        self.audit_in(&mut tx, who, "report.submit", "report", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A new version of a period that was published before: a correction, which must say what
    /// it corrects.
    pub(crate) async fn is_correction(&self, r: &ReportRow) -> Result<bool> {
        Ok(store::list(self.db.pool(), r.tenant_id)
            .await?
            .iter()
            .any(|o| {
                o.year == r.year
                    && o.quarter == r.quarter
                    && o.version < r.version
                    && is_published(&o.status)
            }))
    }

    /// Four eyes: whether `who` may publish `r`, and whether that is a second person's check
    /// (`Ok(true)`) or a one-person practice publishing alone (`Ok(false)`).
    fn second_person(&self, who: &Principal, r: &ReportRow) -> Result<bool> {
        match self.four_eyes(who, &[r.created_by, r.edited_by, r.submitted_by]) {
            FourEyes::Second => Ok(true),
            FourEyes::Alone => Ok(false),
            FourEyes::NotYou => Err(AppError::general(Msg::ReportSecondPerson)),
        }
    }

    /// Four eyes for a report or a signal: whoever wrote, last changed or submitted it (its
    /// `authors`) is not a second person, and the command line is nobody; in a one-person
    /// practice (`NAAST_ONE_PERSON_PRACTICE`) they may publish or send alone.
    pub fn four_eyes(&self, who: &Principal, authors: &[Option<i64>]) -> FourEyes {
        if who.user_id.is_some() && !authors.contains(&who.user_id) {
            FourEyes::Second
        } else if self.settings.one_person_practice {
            FourEyes::Alone
        } else {
            FourEyes::NotYou
        }
    }

    /// A coordinator sends a report in review back to draft.
    pub async fn reject_report(&self, who: &Principal, id: i64) -> Result<()> {
        who.require(Role::Coordinator)?;
        self.report_row(who, id).await?;
        self.move_report(
            who,
            id,
            ReportStatus::Review,
            ReportStatus::Draft,
            None,
            "report.reject",
        )
        .await
    }

    async fn move_report(
        &self,
        who: &Principal,
        id: i64,
        from: ReportStatus,
        to: ReportStatus,
        reviewer: Option<i64>,
        action: &str,
    ) -> Result<()> {
        if !from.can_move_to(to) {
            return Err(AppError::general(Msg::ReportState));
        }
        let mut tx = self.db.begin().await?;
        if !store::set_status(&mut *tx, id, from.as_str(), to.as_str(), reviewer).await? {
            return Err(AppError::general(Msg::ReportState));
        }
        self.audit_in(&mut tx, who, action, "report", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A coordinator publishes a report in review once its period is over and the audit gate
    /// passes: its numbers are computed one last time, audited with everything published in
    /// the year, and frozen. A correction keeps the numbers of the version it corrects.
    ///
    /// Four eyes: the coordinator neither wrote, last changed nor submitted it (unless the
    /// installation is a one-person practice, and then the colophon says so), and `seen` is the
    /// version (`updated_at`) read (required): if the report changed since, nothing is
    /// published.
    pub async fn publish_report(&self, who: &Principal, id: i64, seen: Option<i64>) -> Result<()> {
        who.require(Role::Coordinator)?;
        let (t, r) = self.report_row(who, id).await?;
        if !ReportStatus::parse(&r.status).is_some_and(|s| s.can_move_to(ReportStatus::Published)) {
            return Err(AppError::general(Msg::ReportState));
        }
        let seen = seen.ok_or_else(|| AppError::field("updated_at", Msg::Required))?;
        if r.updated_at != seen {
            return Err(AppError::Conflict(Msg::ReportChangedSinceRead));
        }
        self.second_person(who, &r)?;
        let correction = self.open_correction(&r)?;
        if correction.trim().is_empty() && self.is_correction(&r).await? {
            return Err(AppError::field("correction", Msg::CorrectionNoteNeeded));
        }
        no_placeholders(&self.open_narrative(&r), &correction)?;
        let (year, quarter) = (r.year as i32, r.quarter as u8);
        let (_, last) = naast_report::period_days(year, quarter);
        if crate::clock::today().to_string() <= last {
            return Err(AppError::general(Msg::PeriodNotOver));
        }
        let rows = store::list(self.db.pool(), t.id).await?;
        let earlier = rows
            .iter()
            .filter(|o| o.year == r.year && o.quarter == r.quarter && is_published(&o.status))
            .max_by_key(|o| o.version);
        let (content, hidden, units) = match earlier {
            Some(o) => (
                o.content.clone().unwrap_or_default(),
                o.hidden.clone().unwrap_or_default(),
                store::units(self.db.pool(), o.id)
                    .await?
                    .unwrap_or_default(),
            ),
            None => {
                let signals = self.signal_records(t.id).await?;
                let p = self
                    .prepare_report(&t, &rows, &signals, year, quarter, r.extra_protection)
                    .await?;
                if !p.protection.findings.is_empty() {
                    return Err(AppError::general(Msg::ReportBlocked(p.fix.is_some())));
                }
                let mut hidden: Vec<_> = p.protection.hidden.iter().cloned().collect();
                hidden.sort();
                let ser = |v: &dyn erased::Ser| v.json();
                (ser(&p.content)?, ser(&hidden)?, ser(&p.frozen)?)
            }
        };
        let mut tx = self.db.begin().await?;
        // The narrative is read again inside the transaction: text changed since the privacy
        // check (and so no longer checked) is not published. The UPDATE also requires the row
        // to be the one read here, so a change committed meanwhile makes it fail.
        let now = store::get(&mut *tx, id).await?.ok_or(AppError::NotFound)?;
        if !ReportStatus::parse(&now.status).is_some_and(|s| s.can_move_to(ReportStatus::Published))
        {
            return Err(AppError::general(Msg::ReportState));
        }
        if now.updated_at != seen {
            return Err(AppError::Conflict(Msg::ReportChangedSinceRead));
        }
        let second_check = self.second_person(who, &now)?;
        if !texts_checked(&self.open_narrative(&now), &self.open_correction(&now)?) {
            return Err(AppError::general(Msg::PrivacyCheckNeeded));
        }
        if !store::publish(
            &mut *tx,
            id,
            &content,
            &hidden,
            &units,
            &now.narrative,
            who.user_id,
            seen,
            second_check,
        )
        .await?
        {
            return Err(AppError::Conflict(Msg::ReportChangedSinceRead));
        }
        self.audit_in(&mut tx, who, "report.publish", "report", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A coordinator agrees to hide more in a report the audit gate refuses, as its page
    /// proposes: the numbers of the period's tables listed there (the quarters already
    /// published cannot change). The page then shows the result, to be read before publishing.
    /// `updated_at` is the version the coordinator read.
    pub async fn protect_report_more(
        &self,
        who: &Principal,
        id: i64,
        updated_at: i64,
    ) -> Result<()> {
        who.require(Role::Coordinator)?;
        let (_, r) = self.report_row(who, id).await?;
        if is_published(&r.status) {
            return Err(AppError::general(Msg::ReportState));
        }
        let mut tx = self.db.begin().await?;
        if !store::allow_extra_protection(&mut *tx, id, updated_at).await? {
            return Err(AppError::Conflict(Msg::Conflict));
        }
        self.audit_in(
            &mut tx,
            who,
            "report.protect_more",
            "report",
            &id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records that a published report was discussed with the municipality, and what was
    /// agreed; the next report shows it for follow-up.
    pub async fn report_discussed(
        &self,
        who: &Principal,
        id: i64,
        on: &str,
        agreed: &str,
    ) -> Result<()> {
        staff(who)?;
        let (_, r) = self.report_row(who, id).await?;
        if !is_published(&r.status) {
            return Err(AppError::general(Msg::ReportState));
        }
        let day =
            naast_core::validation::past_date("discussed_on", on, crate::clock::today(), false)?
                .ok_or_else(|| AppError::field("discussed_on", Msg::DateInvalid))?;
        let agreed = naast_core::validation::free_text("agreed", agreed, NARRATIVE_MAX, false)?;
        let agreed = self.seal_agreed(&r, &agreed);
        let mut tx = self.db.begin().await?;
        if !store::discussed(&mut *tx, id, &day.to_string(), agreed.as_deref()).await? {
            return Err(AppError::general(Msg::ReportState));
        }
        self.audit_in(&mut tx, who, "report.discussed", "report", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Starts a corrected version of a published report: a new draft with the same narrative
    /// and numbers (numbers once published never change), and the note saying what is
    /// corrected, which is required and heads the corrected report. The note leaves the office,
    /// so the texts must be checked for personal data again before the draft goes on.
    pub async fn correct_report(&self, who: &Principal, id: i64, note: &str) -> Result<i64> {
        who.require(Role::Coordinator)?;
        let (t, r) = self.report_row(who, id).await?;
        if !is_published(&r.status) {
            return Err(AppError::general(Msg::ReportState));
        }
        let note = naast_core::validation::free_text("correction", note, 2_000, false)?;
        let rows = store::list(self.db.pool(), t.id).await?;
        if let Some(open) = rows
            .iter()
            .find(|o| o.year == r.year && o.quarter == r.quarter && !is_published(&o.status))
        {
            return Ok(open.id);
        }
        if note.trim().is_empty() {
            return Err(AppError::field("correction", Msg::CorrectionNoteNeeded));
        }
        let mut tx = self.db.begin().await?;
        let new = store::insert_draft(&mut *tx, t.id, r.year, r.quarter, "{}", who.user_id).await?;
        // The published text, sealed again for the correction's own row; with the new note it
        // is to be checked again.
        let mut narrative = self.open_narrative(&r);
        narrative.checked = false;
        let sealed = self.seal_narrative(t.id, new, &narrative)?;
        store::set_narrative(&mut *tx, new, &sealed).await?;
        let note = self.seal_at(("reports", "correction", t.id, new), &note);
        store::set_correction(&mut *tx, new, note.as_deref()).await?;
        self.audit_in(&mut tx, who, "report.correct", "report", &new.to_string())
            .await?;
        tx.commit().await?;
        Ok(new)
    }
}

mod erased {
    use crate::{AppError, Result};

    pub trait Ser {
        fn json(&self) -> Result<String>;
    }

    impl<T: serde::Serialize> Ser for T {
        fn json(&self) -> Result<String> {
            serde_json::to_string(self).map_err(|e| AppError::Internal(format!("report json: {e}")))
        }
    }
}
