//! E-mail: every message goes into the sealed outbox in the same transaction as the change that
//! caused it, and a job sends it. Without SMTP configured, messages stay in the outbox, where a
//! coordinator reads them on the outbox page.
//!
//! A message about a kwestie belongs to it: it carries the case and is sealed under the case's
//! own data key (so shredding that key destroys it too), and erasure and retention delete it
//! with its send job. Other messages (staff invitations, notices) use the system key. Old
//! messages are purged after `Settings::outbox_keep_days`: all of them without SMTP (the
//! outbox page is then their only reader), only sent ones with SMTP.

use crate::cases::Loaded;
use crate::{App, AppError, Principal, Result};
use naast_core::{Msg, Role};
use naast_crypto::DataKey;
use naast_store::{Tx, jobs, outbox};

const AAD_TO: &[u8] = b"outbox.recipient";
const AAD_SUBJECT: &[u8] = b"outbox.subject";
const AAD_BODY: &[u8] = b"outbox.body";
pub const JOB_SEND: &str = "email.send";
pub const JOB_PURGE_OUTBOX: &str = "outbox.purge";

#[derive(Debug, Clone, serde::Serialize)]
pub struct Mail {
    pub id: i64,
    /// The kwestie the message is about, if any.
    pub reference: Option<String>,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    pub last_error: Option<String>,
}

/// The associated data of one sealed field: the field, and the case when there is one.
fn aad(field: &[u8], reference: Option<&str>) -> Vec<u8> {
    match reference {
        Some(r) => [field, b":", crate::cases::aad(r).as_slice()].concat(),
        None => field.to_vec(),
    }
}

impl App {
    /// Queues a message that is not about a case (sealed under the system key).
    pub(crate) async fn queue_mail(
        &self,
        tx: &mut Tx,
        to: &str,
        subject: &str,
        body: &str,
    ) -> Result<i64> {
        self.queue_sealed(tx, None, self.system_key(), to, subject, body)
            .await
    }

    /// Queues a message about a kwestie: sealed under the case's key, deleted with the case's
    /// personal data.
    pub(crate) async fn queue_case_mail(
        &self,
        tx: &mut Tx,
        case: &Loaded,
        to: &str,
        subject: &str,
        body: &str,
    ) -> Result<i64> {
        let key = case
            .key
            .as_ref()
            .ok_or(AppError::Conflict(Msg::CaseClosed))?;
        self.queue_sealed(
            tx,
            Some((case.row.id, &case.row.reference)),
            key,
            to,
            subject,
            body,
        )
        .await
    }

    async fn queue_sealed(
        &self,
        tx: &mut Tx,
        case: Option<(i64, &str)>,
        key: &DataKey,
        to: &str,
        subject: &str,
        body: &str,
    ) -> Result<i64> {
        let reference = case.map(|(_, r)| r);
        let id = outbox::insert(
            &mut **tx,
            case.map(|(id, _)| id),
            &key.seal_str(&aad(AAD_TO, reference), to),
            &key.seal_str(&aad(AAD_SUBJECT, reference), subject),
            &key.seal_str(&aad(AAD_BODY, reference), body),
        )
        .await?;
        jobs::enqueue(&mut **tx, JOB_SEND, &id.to_string(), naast_store::now()).await?;
        Ok(id)
    }

    /// Opens a message; `None` when it is about a case whose key was shredded (then nothing of
    /// it can be read, and erasure or retention deletes it).
    async fn open_mail(&self, r: outbox::OutboxRow) -> Result<Option<Mail>> {
        let case_key;
        let (key, reference) = match (r.case_id, r.case_key_id, &r.case_reference) {
            (None, _, _) => (self.system_key(), None),
            (Some(_), Some(key_id), Some(reference)) => match self.data_key(key_id).await? {
                Some(k) => {
                    case_key = k;
                    (&case_key, Some(reference.as_str()))
                }
                None => return Ok(None),
            },
            (Some(_), _, _) => return Ok(None),
        };
        Ok(Some(Mail {
            id: r.id,
            to: key.open_str(&aad(AAD_TO, reference), &r.recipient)?,
            subject: key.open_str(&aad(AAD_SUBJECT, reference), &r.subject)?,
            body: key.open_str(&aad(AAD_BODY, reference), &r.body)?,
            reference: r.case_reference,
            created_at: r.created_at,
            sent_at: r.sent_at,
            last_error: r.last_error,
        }))
    }

    /// The outbox, newest first (coordinators only): every message that can still be read.
    pub async fn outbox(&self, who: &Principal) -> Result<Vec<Mail>> {
        who.require(Role::Coordinator)?;
        // The outbox holds citizens' addresses and messages: reading it is a read of personal
        // data.
        self.audit(who, "outbox.read", "outbox", "").await?;
        let mut mails = Vec::new();
        for row in outbox::recent(&self.db, 200).await? {
            let id = row.id;
            match self.open_mail(row).await {
                Ok(Some(m)) => mails.push(m),
                Ok(None) => {}
                Err(e) => {
                    tracing::warn!(outbox.id = id, error = %e.stored_text(), "outbox message unreadable");
                }
            }
        }
        Ok(mails)
    }

    /// Sends one outbox message. Without SMTP the message stays unsent in the outbox, which is
    /// where it is meant to be read, so the job is done. A message whose case key is gone has
    /// nothing left to send.
    pub(crate) async fn send_mail(&self, id: i64) -> Result<()> {
        let Some(row) = outbox::get(&self.db, id).await? else {
            // Deleted with its case (erasure, retention) or purged: nothing to send.
            return Ok(());
        };
        if row.sent_at.is_some() {
            return Ok(());
        }
        let Some(url) = self.settings.smtp_url.as_deref() else {
            return Ok(());
        };
        let Some(mail) = self.open_mail(row).await? else {
            return Ok(());
        };
        match crate::jobs::smtp_send(url, &self.settings.mail_from, &mail).await {
            Ok(()) => {
                outbox::mark_sent(&self.db, id).await?;
                Ok(())
            }
            Err(fault) => {
                outbox::mark_error(&self.db, id, &fault.to_string()).await?;
                Err(fault.into())
            }
        }
    }

    /// Deletes old messages (and their send jobs): after `outbox_keep_days`, every message
    /// when there is no SMTP relay (the outbox page is their only reader), otherwise only the
    /// ones sent. Returns how many went.
    pub async fn purge_outbox(&self) -> Result<u64> {
        let days = self.settings.outbox_keep_days.clamp(0, 36_500);
        let before = naast_store::now() - days * 86_400;
        let mut tx = self.db.begin().await?;
        let n = outbox::purge(&mut tx, before, self.settings.smtp_url.is_none(), JOB_SEND).await?;
        tx.commit().await?;
        Ok(n)
    }

    /// Deletes the messages about a case and their send jobs (erasure, retention).
    pub(crate) async fn forget_case_mail(&self, tx: &mut Tx, case_id: i64) -> Result<u64> {
        Ok(outbox::delete_of_case(tx, case_id, JOB_SEND).await?)
    }
}
