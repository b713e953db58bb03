//! The reminder: when the addressee has not answered within the tenant's agreed weeks, the
//! addressee hears again (the municipality's users, or the provider with its link) and so does
//! the confidant who wrote the signal — at most once a week per signal.

use super::{awaiting, due_of};
use crate::{App, Result};
use naast_store::signals as store;
use naast_store::{jobs, now, tenants, users};

pub const JOB_REMIND_SIGNALS: &str = "signals.remind";
/// A reminder is repeated a week after the last while no answer comes.
const AGAIN_AFTER: i64 = 7 * 86_400;

impl App {
    /// Queues the reminder check unless one ran or waits within `every` seconds.
    pub(crate) async fn schedule_signal_reminders(&self, every: i64) -> Result<()> {
        if !jobs::pending_or_done_since(&self.db, JOB_REMIND_SIGNALS, now() - every).await? {
            jobs::enqueue_once(&self.db, JOB_REMIND_SIGNALS, now()).await?;
        }
        Ok(())
    }

    /// Sends the reminders that are due; returns how many signals were reminded.
    pub async fn remind_signals(&self) -> Result<usize> {
        let today = crate::clock::today();
        let mut n = 0;
        for r in store::awaiting_answer(self.db.pool()).await? {
            let Some(t) = tenants::by_id(self.db.pool(), r.tenant_id).await? else {
                continue;
            };
            let Some(due) = due_of(&r, t.signal_weeks) else {
                continue;
            };
            if !awaiting(&r.status)
                || due >= today
                || r.reminded_at.is_some_and(|at| now() - at < AGAIN_AFTER)
            {
                continue;
            }
            let texts = self.open_texts(&r)?;
            let sent = r
                .sent_on
                .as_deref()
                .and_then(|d| d.parse().ok())
                .map(naast_core::terms::dutch)
                .unwrap_or_default();
            let mut tx = self.db.begin().await?;
            // Claimed first: of two instances (or a run that overlaps an answer) only one
            // sends, and only while the signal still waits.
            if !store::claim_reminder(&mut tx, r.id, now(), now() - AGAIN_AFTER).await? {
                continue;
            }
            // `(address, in English)`: a provider gets Dutch, a portal user their language.
            let mut to: Vec<(String, bool)> = Vec::new();
            let link = match &r.sealed_token {
                Some(sealed) => {
                    let token =
                        self.open_signal_value(&r, "sealed_token", super::AAD_TOKEN, sealed)?;
                    to.push((self.open_addressee_email(&r)?, false));
                    self.link(&format!("/signaal/{token}"))
                }
                None => {
                    to.extend(
                        self.portal_readers(t.id)
                            .await?
                            .into_iter()
                            .map(|u| (u.email, u.lang == "en")),
                    );
                    self.link(&format!("/portal/signals/{}", r.id))
                }
            };
            let subject = format!("Herinnering: signaal wacht op antwoord — {}", texts.title);
            let body = format!(
                "Op {sent} stuurde de onafhankelijke vertrouwenspersoon van {name} dit signaal:\n\n{title}\n\nHet antwoord werd uiterlijk {due} verwacht. Wilt u het signaal beantwoorden? Dat kan hier:\n\n{link}\n",
                name = t.name,
                title = texts.title,
                due = naast_core::terms::dutch(due),
            );
            let subject_en = format!("Reminder: a signal awaits your answer — {}", texts.title);
            let body_en = format!(
                "On {sent_en} the independent confidant of {name} sent this signal:\n\n{title}\n\nThe answer was due by {due_en}. Would you answer it? You can do so here:\n\n{link}\n",
                sent_en = r.sent_on.as_deref().unwrap_or(""),
                name = t.name,
                title = texts.title,
                due_en = due.strftime("%-d %B %Y"),
            );
            for (address, en) in to.iter().filter(|(a, _)| !a.is_empty()) {
                let (s, b) = if *en {
                    (&subject_en, &body_en)
                } else {
                    (&subject, &body)
                };
                self.queue_mail(&mut tx, address, s, b).await?;
            }
            for writer in [r.created_by, r.reviewed_by].into_iter().flatten() {
                if let Some(u) = users::by_id(self.db.pool(), writer).await?
                    && u.disabled_at.is_none()
                {
                    let office = format!(
                        "Het signaal \"{}\" ({}) is nog niet beantwoord; het antwoord werd uiterlijk {} verwacht. {}\n\n{}\n",
                        texts.title,
                        t.name,
                        naast_core::terms::dutch(due),
                        if to.is_empty() {
                            "Bij de ontvanger is niemand om een herinnering te sturen: neem zelf contact op."
                        } else {
                            "De ontvanger heeft een herinnering gekregen."
                        },
                        self.link(&format!("/admin/signals/{}", r.id))
                    );
                    self.queue_mail(&mut tx, &u.email, &subject, &office)
                        .await?;
                }
            }
            self.audit_as(
                &mut tx,
                naast_store::audit::Actor::System,
                "signal.remind",
                "signal",
                &r.id.to_string(),
            )
            .await?;
            tx.commit().await?;
            n += 1;
        }
        Ok(n)
    }
}
