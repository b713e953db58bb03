//! Confidants hear of new web intakes by e-mail when SMTP is configured: one message per
//! confidant and tenant every few minutes at most, saying how many came in — never what they
//! say (that stays in Naast, behind sign-in).

use crate::{App, Result};
use naast_store::{cases, jobs, now, settings, tenants, users};

pub const JOB_NOTIFY_INTAKES: &str = "intakes.notify";
/// The highest case id already told about (ids only grow).
const KEY: &str = "intakes.notified_through";

impl App {
    /// Queues the notification job when SMTP is configured and none ran or waits recently.
    pub(crate) async fn schedule_intake_notice(&self) -> Result<()> {
        if self.settings.smtp_url.is_none() {
            return Ok(());
        }
        let every = self.settings.notify_every;
        if !jobs::pending_or_done_since(&self.db, JOB_NOTIFY_INTAKES, now() - every).await? {
            jobs::enqueue_once(&self.db, JOB_NOTIFY_INTAKES, now()).await?;
        }
        Ok(())
    }

    /// Sends "N new web intakes" to each confidant of a tenant that had new ones.
    pub(crate) async fn notify_new_intakes(&self) -> Result<()> {
        let through = match settings::get(self.db.pool(), KEY).await? {
            Some(v) => v.parse().unwrap_or(0),
            // The first run tells of every web intake still waiting to be picked up.
            None => 0,
        };
        let counts = cases::new_web_intakes_after(self.db.pool(), through).await?;
        let Some(last) = counts.iter().map(|c| c.2).max() else {
            return Ok(());
        };
        // The active confidants with their tenants, read once.
        let mut confidants = Vec::new();
        for u in users::list(self.db.pool()).await? {
            if u.role == "confidant" && u.disabled_at.is_none() {
                let ids = users::tenant_ids(self.db.pool(), u.id).await?;
                confidants.push((u, ids));
            }
        }
        let mut tx = self.db.begin().await?;
        for (tenant_id, n, _) in counts {
            let name = tenants::by_id(self.db.pool(), tenant_id)
                .await?
                .map(|t| t.name)
                .unwrap_or_default();
            for (u, _) in confidants
                .iter()
                .filter(|(_, ids)| ids.contains(&tenant_id))
            {
                let (subject, body) = if u.lang == "en" {
                    (
                        format!("{n} new web intake(s) for {name}"),
                        format!(
                            "{n} new message(s) came in through the web form for {name}. Read them in Naast under My work:\n\n{}/admin/work\n",
                            self.settings.public_url
                        ),
                    )
                } else {
                    (
                        format!("{n} nieuwe melding(en) via de website voor {name}"),
                        format!(
                            "Er kwamen {n} nieuwe melding(en) binnen via het webformulier voor {name}. Lees ze in Naast onder Mijn werk:\n\n{}/admin/work\n",
                            self.settings.public_url
                        ),
                    )
                };
                self.queue_mail(&mut tx, &u.email, &subject, &body).await?;
            }
        }
        settings::set(&mut *tx, KEY, &last.to_string()).await?;
        tx.commit().await?;
        Ok(())
    }
}
