//! The background job runner: every instance runs one; the lease in the database makes each
//! job run once. Job kinds are dispatched here; later capabilities add theirs.

use crate::mail::{JOB_PURGE_OUTBOX, JOB_SEND};
use crate::{App, AppError, Result};
use naast_store::{jobs, now, sessions};
use std::time::Duration;
use tokio::sync::watch;

const LEASE: i64 = 300;
pub const JOB_PURGE_SESSIONS: &str = "sessions.purge";
pub const JOB_RETENTION: &str = "retention.run";
/// Writes the audit chain's head to the log once a day (an anchor outside the database).
pub const JOB_AUDIT_HEAD: &str = "audit.head";
/// Takes the daily backup of the embedded database when `NAAST_BACKUP_DIR` is set.
pub const JOB_BACKUP: &str = "backup.run";

impl App {
    /// Runs one due job if there is one; returns whether one ran.
    pub async fn run_one_job(&self, worker: &str) -> Result<bool> {
        let Some(job) = jobs::claim(&self.db, worker, now(), LEASE).await? else {
            return Ok(false);
        };
        let outcome = match job.kind.as_str() {
            JOB_SEND => match job.payload.parse::<i64>() {
                Ok(id) => self.send_mail(id).await,
                Err(_) => Err(AppError::Internal("bad payload".into())),
            },
            JOB_PURGE_SESSIONS => sessions::purge_expired(
                self.db.pool(),
                now() - self.settings.idle_timeout,
                now() - self.settings.session_max_age,
            )
            .await
            .map(|_| ())
            .map_err(AppError::from),
            JOB_PURGE_OUTBOX => self.purge_outbox().await.map(|n| {
                if n > 0 {
                    tracing::info!(outbox.purged = n, "old outbox messages deleted");
                }
            }),
            crate::notify::JOB_NOTIFY_INTAKES => self.notify_new_intakes().await,
            crate::signals::JOB_REMIND_SIGNALS => self.remind_signals().await.map(|n| {
                if n > 0 {
                    tracing::info!(signals.reminded = n, "signal reminders");
                }
            }),
            JOB_AUDIT_HEAD => self.log_audit_head().await,
            JOB_BACKUP => self.run_scheduled_backup().await,
            JOB_RETENTION => self.run_retention(false).await.map(|r| {
                tracing::info!(
                    retention.cases = r.cases,
                    retention.persons = r.persons,
                    "retention run"
                );
            }),
            _ => Err(AppError::Internal(format!("unknown job kind {}", job.kind))),
        };
        crate::metrics::job_ran(&job.kind, outcome.is_ok());
        match outcome {
            Ok(()) => jobs::complete(&self.db, job.id, worker).await?,
            Err(e) => {
                // `AppError`'s text is ours: outside failures were mapped to a `Fault` first.
                let text = e.stored_text();
                tracing::warn!(job.id = job.id, job.kind = %job.kind, error = %text, "job failed");
                jobs::fail(&self.db, &job, worker, &text).await?;
            }
        }
        Ok(true)
    }

    /// Runs jobs until `stop` turns true: drains what is due, then polls every second.
    pub async fn run_jobs(self, worker: String, mut stop: watch::Receiver<bool>) {
        let mut last_purge = 0;
        let mut last_notice = 0;
        loop {
            if *stop.borrow() {
                return;
            }
            if now() - last_purge > 3600 {
                last_purge = now();
                if let Err(e) = jobs::enqueue_once(&self.db, JOB_PURGE_SESSIONS, now()).await {
                    tracing::warn!(error = %e, "could not queue session purge");
                }
                // Old outbox messages go as sessions do: checked every hour.
                if let Err(e) = jobs::enqueue_once(&self.db, JOB_PURGE_OUTBOX, now()).await {
                    tracing::warn!(error = %e, "could not queue the outbox purge");
                }
                // Retention runs daily; whichever instance notices first queues it.
                match jobs::pending_or_done_since(&self.db, JOB_RETENTION, now() - 86_400).await {
                    Ok(false) => {
                        if let Err(e) =
                            jobs::enqueue_once(&self.db, JOB_RETENTION, now() + 60).await
                        {
                            tracing::warn!(error = %e, "could not queue retention");
                        }
                    }
                    Ok(true) => {}
                    Err(e) => tracing::warn!(error = %e, "could not check retention"),
                }
                self.queue_daily_backup().await;
                match jobs::pending_or_done_since(&self.db, JOB_AUDIT_HEAD, now() - 86_400).await {
                    Ok(false) => {
                        if let Err(e) = jobs::enqueue_once(&self.db, JOB_AUDIT_HEAD, now()).await {
                            tracing::warn!(error = %e, "could not queue the audit head");
                        }
                    }
                    Ok(true) => {}
                    Err(e) => tracing::warn!(error = %e, "could not check the audit head"),
                }
            }
            if now() - last_notice >= self.settings.notify_every.min(60) {
                last_notice = now();
                if let Err(e) = self.schedule_intake_notice().await {
                    tracing::warn!(error = %e.chain(), "could not queue the intake notice");
                }
                // Overdue signals: checked as often as intakes, at most once a minute.
                if let Err(e) = self
                    .schedule_signal_reminders(self.settings.notify_every.min(60))
                    .await
                {
                    tracing::warn!(error = %e.chain(), "could not queue the signal reminders");
                }
            }
            match self.run_one_job(&worker).await {
                Ok(true) => continue,
                Ok(false) => {}
                Err(e) => tracing::warn!(error = %e.chain(), "job runner"),
            }
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                _ = stop.changed() => {}
            }
        }
    }
}

impl App {
    /// Queues the daily backup when one is configured and none ran or waits within a day:
    /// whichever instance notices first queues it, and the lease makes one instance run it.
    async fn queue_daily_backup(&self) {
        if self.settings.backup.is_none() || self.db.kind() != naast_store::BackendKind::Sqlite {
            return;
        }
        match jobs::pending_or_done_since(&self.db, JOB_BACKUP, now() - 86_400).await {
            Ok(false) => {
                if let Err(e) = jobs::enqueue_once(&self.db, JOB_BACKUP, now()).await {
                    tracing::warn!(error = %e, "could not queue the backup");
                }
            }
            Ok(true) => {}
            Err(e) => tracing::warn!(error = %e, "could not check the backup"),
        }
    }

    async fn run_scheduled_backup(&self) -> Result<()> {
        let Some(schedule) = &self.settings.backup else {
            return Ok(());
        };
        match crate::backup::scheduled(&self.db, schedule).await {
            Ok(file) => {
                tracing::info!(backup.file = %file.display(), "backup written");
                Ok(())
            }
            Err(e) => {
                // The path and the cause in the log; a code on the jobs page.
                tracing::warn!(error = %e, "backup failed");
                Err(AppError::Internal("backup.failed".into()))
            }
        }
    }
}
