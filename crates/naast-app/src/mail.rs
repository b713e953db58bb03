//! E-mail: every message goes into the sealed outbox in the same transaction as the change that
//! caused it, and a job sends it. Without SMTP configured, messages stay in the outbox, where a
//! coordinator reads them on the outbox page.

use crate::{App, AppError, Principal, Result};
use naast_core::Role;
use naast_store::{Tx, jobs, outbox};

const AAD_TO: &[u8] = b"outbox.recipient";
const AAD_SUBJECT: &[u8] = b"outbox.subject";
const AAD_BODY: &[u8] = b"outbox.body";
pub const JOB_SEND: &str = "email.send";

#[derive(Debug, Clone, serde::Serialize)]
pub struct Mail {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    pub last_error: Option<String>,
}

impl App {
    pub(crate) async fn queue_mail(
        &self,
        tx: &mut Tx,
        to: &str,
        subject: &str,
        body: &str,
    ) -> Result<i64> {
        let key = self.system_key();
        let id = outbox::insert(
            &mut **tx,
            &key.seal_str(AAD_TO, to),
            &key.seal_str(AAD_SUBJECT, subject),
            &key.seal_str(AAD_BODY, body),
        )
        .await?;
        jobs::enqueue(&mut **tx, JOB_SEND, &id.to_string(), naast_store::now()).await?;
        Ok(id)
    }

    fn open_mail(&self, r: outbox::OutboxRow) -> Result<Mail> {
        let key = self.system_key();
        Ok(Mail {
            id: r.id,
            to: key.open_str(AAD_TO, &r.recipient)?,
            subject: key.open_str(AAD_SUBJECT, &r.subject)?,
            body: key.open_str(AAD_BODY, &r.body)?,
            created_at: r.created_at,
            sent_at: r.sent_at,
            last_error: r.last_error,
        })
    }

    /// The outbox, newest first (coordinators only).
    pub async fn outbox(&self, who: &Principal) -> Result<Vec<Mail>> {
        who.require(Role::Coordinator)?;
        outbox::recent(&self.db, 200)
            .await?
            .into_iter()
            .map(|r| self.open_mail(r))
            .collect()
    }

    /// Sends one outbox message. Without SMTP the message stays unsent in the outbox, which is
    /// where it is meant to be read, so the job is done.
    pub(crate) async fn send_mail(&self, id: i64) -> Result<()> {
        let row = outbox::get(&self.db, id).await?.ok_or(AppError::NotFound)?;
        if row.sent_at.is_some() {
            return Ok(());
        }
        let Some(url) = self.settings.smtp_url.as_deref() else {
            return Ok(());
        };
        let mail = self.open_mail(row)?;
        match crate::jobs::smtp_send(url, &self.settings.mail_from, &mail).await {
            Ok(()) => {
                outbox::mark_sent(&self.db, id).await?;
                Ok(())
            }
            Err(e) => {
                outbox::mark_error(&self.db, id, &e).await?;
                Err(AppError::Internal(e))
            }
        }
    }
}
