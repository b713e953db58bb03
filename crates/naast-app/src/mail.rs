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

mod smtp;

/// The sealed fields of a message: column, and the AAD it had before `aad.version` 2.
pub(crate) const RECIPIENT: (&str, &[u8]) = ("recipient", b"outbox.recipient");
pub(crate) const SUBJECT: (&str, &[u8]) = ("subject", b"outbox.subject");
pub(crate) const BODY: (&str, &[u8]) = ("body", b"outbox.body");
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

/// The AAD of one sealed field of one message: table, field, tenant (that of its kwestie; 0 for
/// a message not about one) and row. A field copied onto another message does not open there.
pub(crate) fn aad(field: &str, tenant_id: i64, id: i64) -> Vec<u8> {
    crate::at_rest::aad("outbox", field, tenant_id, id)
}

/// The AAD of a field before `aad.version` 2: the field, and the case when there is one.
pub(crate) fn legacy_aad(field: &[u8], reference: Option<&str>) -> Vec<u8> {
    match reference {
        Some(r) => [field, b":", crate::cases::aad(r).as_slice()].concat(),
        None => field.to_vec(),
    }
}

/// What a message is sealed under: its key, its kwestie's tenant (0 without one) and reference.
struct SealedFor<'a> {
    key: &'a DataKey,
    tenant_id: i64,
    reference: Option<&'a str>,
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
            Some((case.row.id, case.row.tenant_id)),
            key,
            to,
            subject,
            body,
        )
        .await
    }

    /// Inserts a message (its fields sealed for its own row, in the same transaction) and its
    /// send job.
    async fn queue_sealed(
        &self,
        tx: &mut Tx,
        case: Option<(i64, i64)>,
        key: &DataKey,
        to: &str,
        subject: &str,
        body: &str,
    ) -> Result<i64> {
        let tenant_id = case.map_or(0, |(_, t)| t);
        let id = outbox::insert(&mut **tx, case.map(|(id, _)| id), b"", b"", b"").await?;
        outbox::set_sealed(
            &mut **tx,
            id,
            &key.seal_str(&aad(RECIPIENT.0, tenant_id, id), to),
            &key.seal_str(&aad(SUBJECT.0, tenant_id, id), subject),
            &key.seal_str(&aad(BODY.0, tenant_id, id), body),
        )
        .await?;
        jobs::enqueue(&mut **tx, JOB_SEND, &id.to_string(), naast_store::now()).await?;
        Ok(id)
    }

    /// Opens one field of a message: under its own row, or (before the re-binding step,
    /// [`crate::bind_aad`]) under the AAD it had before. Also says whether it was the old one.
    fn open_field(
        &self,
        at: &SealedFor<'_>,
        field: (&str, &[u8]),
        id: i64,
        blob: &[u8],
    ) -> Result<(String, bool)> {
        match at.key.open_str(&aad(field.0, at.tenant_id, id), blob) {
            Ok(s) => Ok((s, false)),
            Err(_) if self.legacy_aad() => Ok((
                at.key.open_str(&legacy_aad(field.1, at.reference), blob)?,
                true,
            )),
            Err(e) => Err(e.into()),
        }
    }

    /// The key a message is sealed under; `None` when it is about a case whose key was
    /// shredded (then nothing of it can be read, and erasure or retention deletes it).
    async fn mail_key(&self, r: &outbox::OutboxRow) -> Result<Option<Option<DataKey>>> {
        match (r.case_id, r.case_key_id) {
            (None, _) => Ok(Some(None)),
            (Some(_), Some(key_id)) => Ok(self.data_key(key_id).await?.map(Some)),
            (Some(_), None) => Ok(None),
        }
    }

    /// Opens a message; `None` when it is about a case whose key was shredded.
    async fn open_mail(&self, r: outbox::OutboxRow) -> Result<Option<Mail>> {
        Ok(self
            .open_mail_fields(&r)
            .await?
            .map(|(to, subject, body, _)| Mail {
                id: r.id,
                to,
                subject,
                body,
                reference: r.case_reference,
                created_at: r.created_at,
                sent_at: r.sent_at,
                last_error: r.last_error,
            }))
    }

    /// A message's three fields, whether any was under the old AAD, and the key it is sealed
    /// under (`None`: the system key).
    pub(crate) async fn open_mail_fields(
        &self,
        r: &outbox::OutboxRow,
    ) -> Result<Option<(String, String, String, bool)>> {
        Ok(self
            .open_mail_keyed(r)
            .await?
            .map(|(to, subject, body, old, _)| (to, subject, body, old)))
    }

    async fn open_mail_keyed(
        &self,
        r: &outbox::OutboxRow,
    ) -> Result<Option<(String, String, String, bool, Option<DataKey>)>> {
        let Some(case_key) = self.mail_key(r).await? else {
            return Ok(None);
        };
        let at = SealedFor {
            key: case_key.as_ref().unwrap_or(self.system_key()),
            tenant_id: r.case_tenant_id.unwrap_or(0),
            reference: r.case_reference.as_deref(),
        };
        let (to, a) = self.open_field(&at, RECIPIENT, r.id, &r.recipient)?;
        let (subject, b) = self.open_field(&at, SUBJECT, r.id, &r.subject)?;
        let (body, c) = self.open_field(&at, BODY, r.id, &r.body)?;
        Ok(Some((to, subject, body, a || b || c, case_key)))
    }

    /// A message still under the old AAD sealed again for its own row (the re-binding step):
    /// its three fields, ready to store; `None` when it is bound already, or cannot be opened
    /// (then it is left as it is).
    pub(crate) async fn rebound_mail(&self, r: &outbox::OutboxRow) -> Result<Option<[Vec<u8>; 3]>> {
        let Ok(Some((to, subject, body, true, case_key))) = self.open_mail_keyed(r).await else {
            return Ok(None);
        };
        let key = case_key.as_ref().unwrap_or(self.system_key());
        let tenant_id = r.case_tenant_id.unwrap_or(0);
        Ok(Some([
            key.seal_str(&aad(RECIPIENT.0, tenant_id, r.id), &to),
            key.seal_str(&aad(SUBJECT.0, tenant_id, r.id), &subject),
            key.seal_str(&aad(BODY.0, tenant_id, r.id), &body),
        ]))
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
        match smtp::smtp_send(url, &self.settings.mail_from, &mail).await {
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
