//! Retention and the citizen's rights: destroying personal data when its retention period is
//! over (by destroying its keys; the anonymous statistical record stays), exporting everything
//! held about one person, and erasing one person on request.
//!
//! Legal basis: the AVG/GDPR principles of storage limitation (art. 5(1)(e)), the right of
//! access (art. 15) and the right to erasure (art. 17). Retention periods are the tenant's
//! setting (default 24 months after closing).

use super::{Loaded, today};
use crate::{App, AppError, Principal, Result};
use naast_store::cases as store;
use naast_store::{Tx, audit, door, keys, tenants};

/// What a retention run did (or, dry, would do).
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct RetentionReport {
    pub dry_run: bool,
    pub cases: u64,
    pub persons: u64,
    /// Web intakes nobody opened within the tenant's term, destroyed with their record.
    pub unopened: u64,
}

impl App {
    /// Destroys the personal data of one case: its key, its sealed fields, and the citizen's
    /// details when no other case of theirs still holds personal data. Returns whether the
    /// citizen's details went too.
    async fn destroy_case(&self, tx: &mut Tx, row: &store::CaseRow) -> Result<bool> {
        keys::shred(&mut **tx, row.data_key_id).await?;
        store::destroy_personal(tx, row.id).await?;
        // The citizen's way in goes too: the link then shows the general "unknown link" page.
        naast_store::status_links::delete_of_case(&mut **tx, row.id).await?;
        // And the short way back: the code, and the count of wrong tries for the reference.
        self.forget_status_code(tx, row.id, &row.reference).await?;
        // The citizen's verdict with its comment (the answers stay in the statistical record).
        naast_store::verdicts::delete_of_case(&mut **tx, row.id).await?;
        // Mail about the case (sealed under the shredded key) and its pending send jobs.
        self.forget_case_mail(tx, row.id).await?;
        // Nobody is left to have consented: nothing more goes out under it.
        naast_store::consents::revoke_all(tx, row.id, &crate::clock::today().to_string()).await?;
        if let Some(pid) = row.citizen_id
            && !store::person_still_needed(&mut **tx, pid).await?
            && let Some(p) = naast_store::persons::get(&mut **tx, pid).await?
        {
            self.destroy_person(tx, &p).await?;
            return Ok(true);
        }
        Ok(false)
    }

    /// Destroys a person's details: their key, their sealed record and look-up indexes, and
    /// the sign-in throttle entry kept under their address (the statistical id stays).
    async fn destroy_person(&self, tx: &mut Tx, p: &naast_store::persons::PersonRow) -> Result<()> {
        if let Some((_, details)) = self.person_view(p.id).await?
            && !details.email.is_empty()
        {
            self.forget_throttle_for(tx, &details.email).await?;
        }
        keys::shred(&mut **tx, p.data_key_id).await?;
        naast_store::persons::destroy(&mut **tx, p.id).await?;
        Ok(())
    }

    /// Destroys the personal data of every closed case whose retention period has ended
    /// (`naast retention run`, and a daily job).
    pub async fn run_retention(&self, dry_run: bool) -> Result<RetentionReport> {
        let mut report = RetentionReport {
            dry_run,
            ..Default::default()
        };
        let today = today();
        for t in tenants::list(self.db.pool()).await? {
            let months = t.retention_months.clamp(0, 1200);
            let cutoff = today
                .checked_sub(jiff::Span::new().months(months))
                .unwrap_or(today)
                .to_string();
            for row in store::expired(self.db.pool(), t.id, &cutoff).await? {
                report.cases += 1;
                if dry_run {
                    continue;
                }
                let mut tx = self.db.begin().await?;
                if self.destroy_case(&mut tx, &row).await? {
                    report.persons += 1;
                }
                self.audit_as(
                    &mut tx,
                    audit::Actor::System,
                    "retention.destroy",
                    "case",
                    &row.id.to_string(),
                )
                .await?;
                tx.commit().await?;
            }
            report.unopened += self.destroy_unopened(&t, dry_run).await?;
        }
        if !dry_run && report.cases + report.unopened > 0 {
            self.scrub().await;
        }
        Ok(report)
    }

    /// Destroys the web intakes of a tenant that no confidant opened within the tenant's
    /// `unopened_days`, with their statistical record (they never became a kwestie anyone
    /// worked on), and counts them per year so that the reports can say how many there were.
    async fn destroy_unopened(&self, t: &tenants::TenantRow, dry_run: bool) -> Result<u64> {
        let before = naast_store::now() - t.unopened_days.clamp(1, 3650) * 86_400;
        let mut n = 0;
        for reference in door::unopened_before(self.db.pool(), t.id, before).await? {
            n += 1;
            if dry_run {
                continue;
            }
            let Some(row) = store::by_reference(self.db.pool(), &reference).await? else {
                continue;
            };
            let year = row
                .opened_on
                .get(..4)
                .and_then(|y| y.parse().ok())
                .unwrap_or(0);
            let mut tx = self.db.begin().await?;
            self.destroy_case(&mut tx, &row).await?;
            door::delete_unopened(&mut tx, row.id, row.citizen_id).await?;
            door::count_unopened(&mut *tx, t.id, year).await?;
            self.audit_as(
                &mut tx,
                audit::Actor::System,
                "retention.destroy_unopened",
                "case",
                &row.id.to_string(),
            )
            .await?;
            tx.commit().await?;
        }
        Ok(n)
    }

    /// After erasure or retention: makes the erased bytes unreadable where the database still
    /// keeps old page versions (SQLite's WAL; PostgreSQL's dead tuples). A failure is logged,
    /// not returned: the erasure itself has committed.
    pub(crate) async fn scrub(&self) {
        if let Err(e) = self.db.scrub().await {
            tracing::warn!(error = %e, "scrubbing after erasure failed; it runs again after the next one");
        }
    }

    /// Everything held about the citizen of a case, across the cases the principal may see
    /// (right of access). The export is audited.
    pub async fn export_person(
        &self,
        who: &Principal,
        reference: &str,
    ) -> Result<serde_json::Value> {
        let c = self.load_case(who, reference).await?;
        let pid = c.row.citizen_id.ok_or(AppError::NotFound)?;
        let person = self
            .person_view(pid)
            .await?
            .map(|(_, p)| p)
            .unwrap_or_default();
        let mut cases = Vec::new();
        for row in store::of_citizen(self.db.pool(), pid).await? {
            if !who.may_see_tenant(row.tenant_id) {
                continue;
            }
            let key = self.data_key(row.data_key_id).await?;
            let view = self
                .case_view(&Loaded {
                    row,
                    key,
                    legacy: self.legacy_aad(),
                })
                .await?;
            cases.push(serde_json::json!({
                "reference": view.reference, "municipality": view.tenant_name, "status": view.status,
                "opened_on": view.opened_on, "closed_on": view.closed_on, "channel": view.channel,
                "area": view.area, "organisation": view.organisation, "natures": view.natures,
                "story": view.story, "problem": view.problem, "goal": view.goal,
                "decision": {"kind": view.decision_kind, "date": view.decision_date, "sent_on": view.decision_sent_on},
                "options": view.options, "option_chosen": view.option_chosen, "outcome": view.outcome,
                "external_outcome": view.external_outcome, "close_reason": view.close_reason,
                "timeline": view.timeline, "tasks": view.tasks,
            }));
        }
        self.audit(who, "person.export", "person", &pid.to_string())
            .await?;
        Ok(serde_json::json!({
            "exported_on": today().to_string(),
            "person": {
                "name": person.name, "email": person.email, "phone": person.phone, "address": person.address,
                "contact_preference": person.preference, "language": person.language, "accessibility": person.accessibility,
            },
            "cases": cases,
        }))
    }

    /// Erases the citizen of a case on request: the personal data of every case of theirs that
    /// the principal may see is destroyed now; the anonymous statistical records stay.
    pub async fn erase_person(&self, who: &Principal, reference: &str) -> Result<u64> {
        let c = self.load_case(who, reference).await?;
        let pid = c.row.citizen_id.ok_or(AppError::NotFound)?;
        let mut n = 0;
        let mut tx = self.db.begin().await?;
        for row in store::of_citizen(&mut *tx, pid).await? {
            if !who.may_see_tenant(row.tenant_id) {
                continue;
            }
            self.destroy_case(&mut tx, &row).await?;
            n += 1;
        }
        // The person's details go even if a case elsewhere (not visible here) remains.
        if let Some(p) = naast_store::persons::get(&mut *tx, pid).await?
            && !store::person_still_needed(&mut *tx, pid).await?
        {
            self.destroy_person(&mut tx, &p).await?;
        }
        self.audit_in(&mut tx, who, "person.erase", "person", &pid.to_string())
            .await?;
        tx.commit().await?;
        self.scrub().await;
        Ok(n)
    }
}
