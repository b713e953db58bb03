//! A report's workflow: submitted for review, sent back, published through the audit gate
//! (frozen), discussed with the municipality, corrected as a new version.

use super::*;
use naast_core::ReportStatus;

impl App {
    /// Hands a draft to a coordinator for review.
    pub async fn submit_report(&self, who: &Principal, id: i64) -> Result<()> {
        staff(who)?;
        let (_, r) = self.report_row(who, id).await?;
        // Written while the period runs, handed over once it is over.
        if let Some(day) = submit_from(r.year as i32, r.quarter as u8) {
            return Err(AppError::general(Msg::SubmitFrom(day)));
        }
        let n: Narrative = self.open_narrative(&r);
        if !n.checked && !n.is_empty() {
            return Err(AppError::general(Msg::PrivacyCheckNeeded));
        }
        self.move_report(
            who,
            id,
            ReportStatus::Draft,
            ReportStatus::Review,
            None,
            "report.submit",
        )
        .await
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
    pub async fn publish_report(&self, who: &Principal, id: i64) -> Result<()> {
        who.require(Role::Coordinator)?;
        let (t, r) = self.report_row(who, id).await?;
        if !ReportStatus::parse(&r.status).is_some_and(|s| s.can_move_to(ReportStatus::Published)) {
            return Err(AppError::general(Msg::ReportState));
        }
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
        let n: Narrative = self.open_narrative(&now);
        if !n.checked && !n.is_empty() {
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
            now.updated_at,
        )
        .await?
        {
            return Err(AppError::general(Msg::ReportState));
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
    /// and numbers (numbers once published never change), and a note saying what is corrected.
    pub async fn correct_report(&self, who: &Principal, id: i64) -> Result<i64> {
        who.require(Role::Coordinator)?;
        let (t, r) = self.report_row(who, id).await?;
        if !is_published(&r.status) {
            return Err(AppError::general(Msg::ReportState));
        }
        let rows = store::list(self.db.pool(), t.id).await?;
        if let Some(open) = rows
            .iter()
            .find(|o| o.year == r.year && o.quarter == r.quarter && !is_published(&o.status))
        {
            return Ok(open.id);
        }
        let mut tx = self.db.begin().await?;
        let new = store::insert_draft(&mut *tx, t.id, r.year, r.quarter, "{}", who.user_id).await?;
        // The published text, sealed again for the correction's own row.
        let narrative = self.open_narrative(&r);
        let sealed = self.seal_narrative(t.id, new, &narrative)?;
        store::set_narrative(&mut *tx, new, &sealed).await?;
        self.audit_in(&mut tx, who, "report.correct", "report", &new.to_string())
            .await?;
        tx.commit().await?;
        Ok(new)
    }
}
