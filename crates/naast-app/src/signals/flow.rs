//! The office's steps: submit for review, send back, send (with the consent rule checked at
//! that moment), agree follow-up, close.

use super::{SignalReply, staff};
use crate::{App, AppError, Principal, Result};
use naast_core::Msg;
use naast_core::SignalStatus;
use naast_core::signal::FollowUpForm;
use naast_crypto as crypto;
use naast_store::signals::{self as store, Step};
use naast_store::tenants::TenantRow;
use naast_store::users;

impl App {
    /// Applies one guarded step; `SignalState` when the signal is not where the step starts.
    async fn signal_step(
        &self,
        who: &Principal,
        id: i64,
        step: Step<'_>,
        action: &str,
    ) -> Result<()> {
        let mut tx = self.db.begin().await?;
        if !store::step(&mut tx, id, step).await? {
            return Err(AppError::general(Msg::SignalState));
        }
        self.audit_in(&mut tx, who, action, "signal", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The consent rule, as an error naming the kwesties without consent.
    async fn check_consent(&self, t: &TenantRow, r: &store::SignalRow) -> Result<()> {
        let cases = store::cases_of(self.db.pool(), r.id).await?;
        let people = store::people_of(self.db.pool(), r.id).await?;
        let missing = self.consent_missing(t, r, &cases, people).await?;
        if missing.is_empty() {
            Ok(())
        } else {
            Err(AppError::general(Msg::SignalNoConsent {
                k: u32::try_from(t.threshold_k).unwrap_or(u32::MAX),
                missing: missing.join(", "),
            }))
        }
    }

    /// draft → in_review: only checked texts, and only when the consent rule already holds.
    pub async fn submit_signal(&self, who: &Principal, id: i64) -> Result<()> {
        let (t, r) = self.staff_signal(who, id).await?;
        if !SignalStatus::parse(&r.status).is_some_and(|s| s.can_move_to(SignalStatus::InReview)) {
            return Err(AppError::general(Msg::SignalState));
        }
        if !r.checked {
            return Err(AppError::general(Msg::PrivacyCheckNeeded));
        }
        self.check_consent(&t, &r).await?;
        self.signal_step(who, id, Step::Submit { by: who.user_id }, "signal.submit")
            .await
    }

    /// in_review → draft: the reviewer sends it back.
    pub async fn reject_signal(&self, who: &Principal, id: i64) -> Result<()> {
        self.staff_signal(who, id).await?;
        self.signal_step(who, id, Step::Reject, "signal.reject")
            .await
    }

    /// The municipality users of a tenant who read signals in the portal.
    pub(crate) async fn portal_readers(&self, tenant_id: i64) -> Result<Vec<users::UserRow>> {
        let mut out = Vec::new();
        for u in users::list(self.db.pool()).await? {
            if u.role == "municipality"
                && u.disabled_at.is_none()
                && users::tenant_ids(self.db.pool(), u.id)
                    .await?
                    .contains(&tenant_id)
            {
                out.push(u);
            }
        }
        Ok(out)
    }

    /// in_review → sent, by someone who neither wrote, last changed nor offered it for review
    /// (a second confidant or a coordinator), unless the installation is a one-person practice. `seen` is the version (`updated_at`) the reviewer
    /// read: if the signal changed since, nothing is sent. The consent rule is checked at this
    /// moment, and again inside the sending transaction, so that a revocation that lands in
    /// between stops it. The municipality's users hear of it by e-mail; a provider gets a link
    /// with a token.
    pub async fn send_signal(&self, who: &Principal, id: i64, seen: Option<i64>) -> Result<()> {
        let (t, r) = self.staff_signal(who, id).await?;
        if !SignalStatus::parse(&r.status).is_some_and(|s| s.can_move_to(SignalStatus::Sent))
            || seen.is_some_and(|s| s != r.updated_at)
        {
            return Err(AppError::general(Msg::SignalState));
        }
        let authors = [r.created_by, r.edited_by, r.submitted_by];
        if self.four_eyes(who, &authors) == crate::reports::FourEyes::NotYou {
            return Err(AppError::general(Msg::SignalSecondPerson));
        }
        if !r.checked {
            return Err(AppError::general(Msg::PrivacyCheckNeeded));
        }
        self.check_consent(&t, &r).await?;
        let readers = if r.addressee == "municipality" {
            let readers = self.portal_readers(t.id).await?;
            if readers.is_empty() {
                return Err(AppError::general(Msg::SignalNoRecipient));
            }
            readers
        } else {
            Vec::new()
        };
        let texts = self.open_texts(&r)?;
        let today = crate::clock::today();
        let due = super::due_on(Some(&today.to_string()), t.signal_weeks).unwrap_or(today);
        let (today_s, due_s) = (today.to_string(), due.to_string());
        let due_words = naast_core::terms::dutch(due);
        let token = (r.addressee != "municipality").then(crypto::random_token);
        let hash = token.as_deref().map(crypto::hash_token);
        let sealed_token = token.as_deref().map(|t| {
            self.system_key()
                .seal_str(&super::token_aad(r.tenant_id, id), t)
        });
        let mut tx = self.db.begin().await?;
        let sent = store::step(
            &mut tx,
            id,
            Step::Send {
                reviewer: who.user_id,
                seen: Some(r.updated_at),
                sent_on: &today_s,
                due_on: &due_s,
                token_hash: hash.as_deref(),
                sealed_token: sealed_token.as_deref(),
            },
        )
        .await?;
        if !sent {
            return Err(AppError::general(Msg::SignalState));
        }
        // Again, now that the signal is claimed in this transaction: a revocation committed
        // since the first check stops it (the transaction rolls back when dropped).
        if store::people_of(&mut *tx, id).await? < t.threshold_k {
            for (case_id, reference) in store::cases_of(&mut *tx, id).await? {
                if !naast_store::consents::covers(&mut *tx, case_id, &r.addressee, "signal").await?
                {
                    return Err(AppError::general(Msg::SignalNoConsent {
                        k: u32::try_from(t.threshold_k).unwrap_or(u32::MAX),
                        missing: reference,
                    }));
                }
            }
        }
        match token {
            Some(token) => {
                let link = self.link(&format!("/signaal/{token}"));
                let body = format!(
                    "Beste lezer,\n\nDe onafhankelijke vertrouwenspersoon sociaal domein van {name} stuurt u een signaal:\n\n{title}\n\nLees het signaal en geef uw antwoord via deze persoonlijke link (u hebt geen account nodig):\n\n{link}\n\nWij horen graag uiterlijk {due_words} van u. Stuur deze link niet door.\n",
                    name = t.name,
                    title = texts.title
                );
                self.queue_mail(
                    &mut tx,
                    &self.open_addressee_email(&r)?,
                    &format!("Signaal van de vertrouwenspersoon: {}", texts.title),
                    &body,
                )
                .await?;
            }
            None => {
                let link = self.link(&format!("/portal/signals/{id}"));
                for u in readers {
                    let (subject, body) = if u.lang == "en" {
                        (
                            format!("A signal from the confidant: {}", texts.title),
                            format!(
                                "The independent confidant sent {} a signal:\n\n{}\n\nRead and answer it in the portal, by {} if you can:\n\n{link}\n",
                                t.name,
                                texts.title,
                                due.strftime("%-d %B %Y")
                            ),
                        )
                    } else {
                        (
                            format!("Signaal van de vertrouwenspersoon: {}", texts.title),
                            format!(
                                "De onafhankelijke vertrouwenspersoon stuurde {} een signaal:\n\n{}\n\nLees en beantwoord het in het portaal, graag uiterlijk {due_words}:\n\n{link}\n",
                                t.name, texts.title
                            ),
                        )
                    };
                    self.queue_mail(&mut tx, &u.email, &subject, &body).await?;
                }
            }
        }
        self.audit_in(&mut tx, who, "signal.send", "signal", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A provider's link again, to the same or a corrected address (a typo, someone else at
    /// the provider): a new token, so the old link stops working.
    pub async fn resend_signal_link(&self, who: &Principal, id: i64, email: &str) -> Result<()> {
        let (t, r) = self.staff_signal(who, id).await?;
        let email = naast_core::EmailAddress::parse("addressee_email", email)
            .map_err(|e| AppError::Invalid(naast_core::Invalid(vec![e])))?;
        if r.addressee == "municipality"
            || matches!(
                SignalStatus::parse(&r.status),
                Some(SignalStatus::Draft | SignalStatus::InReview | SignalStatus::Closed)
            )
        {
            return Err(AppError::general(Msg::SignalState));
        }
        let texts = self.open_texts(&r)?;
        let token = crypto::random_token();
        let sealed = self
            .system_key()
            .seal_str(&super::token_aad(r.tenant_id, id), &token);
        let sealed_email = self
            .seal_addressee_email(r.tenant_id, id, email.as_str())
            .unwrap_or_default();
        let mut tx = self.db.begin().await?;
        if !store::relink(
            &mut tx,
            id,
            &sealed_email,
            &crypto::hash_token(&token),
            &sealed,
        )
        .await?
        {
            return Err(AppError::general(Msg::SignalState));
        }
        let link = self.link(&format!("/signaal/{token}"));
        let body = format!(
            "Beste lezer,\n\nDe onafhankelijke vertrouwenspersoon sociaal domein van {name} stuurde u een signaal:\n\n{title}\n\nLees het en geef uw antwoord via deze persoonlijke link (u hebt geen account nodig):\n\n{link}\n\nEen eerdere link werkt niet meer. Stuur deze link niet door.\n",
            name = t.name,
            title = texts.title
        );
        self.queue_mail(
            &mut tx,
            email.as_str(),
            &format!("Signaal van de vertrouwenspersoon: {}", texts.title),
            &body,
        )
        .await?;
        self.audit_in(&mut tx, who, "signal.relink", "signal", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Any sent state → closed (the office decides a signal is done).
    pub async fn close_signal(&self, who: &Principal, id: i64) -> Result<()> {
        self.staff_signal(who, id).await?;
        self.signal_step(who, id, Step::Close, "signal.close").await
    }

    /// The follow-up agreed, as the office records it (after the answer).
    /// The office's text goes to the addressee, so it passes the personal-data check: what the
    /// de-identifier finds is named, and the confidant removes it or confirms it is none.
    pub async fn signal_follow_up(
        &self,
        who: &Principal,
        id: i64,
        form: &FollowUpForm,
    ) -> Result<()> {
        let (_, r) = self.staff_signal(who, id).await?;
        if !form.not_personal {
            let found = crate::deid_review::findings(&form.follow_up, self.word_lists());
            if !found.is_empty() {
                return Err(AppError::field(
                    "follow_up", // not a state: the form field
                    Msg::PersonalDataFound(found.join(", ")),
                ));
            }
        }
        self.record_follow_up(who, &r, form).await
    }

    /// Shared by the office, the portal and the provider's link.
    pub(crate) async fn record_follow_up(
        &self,
        who: &Principal,
        r: &store::SignalRow,
        form: &FollowUpForm,
    ) -> Result<()> {
        let (text, on) = form.parse()?;
        if !SignalStatus::parse(&r.status).is_some_and(|s| s.can_move_to(SignalStatus::FollowUp)) {
            return Err(AppError::general(Msg::SignalState));
        }
        let mut reply: SignalReply = self.open_reply(r)?;
        reply.follow_up = text;
        let sealed = self.seal_reply(r, &reply)?;
        let on = on.map(|d| d.to_string());
        self.signal_step(
            who,
            r.id,
            Step::FollowUp {
                reply: &sealed,
                follow_up_on: on.as_deref(),
            },
            "signal.follow_up",
        )
        .await
    }

    /// The addressee's answer (municipality or provider).
    pub(crate) async fn record_answer(
        &self,
        who: &Principal,
        r: &store::SignalRow,
        answer: String,
        by: &str,
    ) -> Result<()> {
        if !SignalStatus::parse(&r.status).is_some_and(|s| s.can_move_to(SignalStatus::Answered)) {
            return Err(AppError::general(Msg::SignalState));
        }
        let mut reply: SignalReply = self.open_reply(r)?;
        reply.answer = answer;
        let sealed = self.seal_reply(r, &reply)?;
        let today = crate::clock::today().to_string();
        let by = self.seal_answered_by(r, by);
        self.signal_step(
            who,
            r.id,
            Step::Answer {
                reply: &sealed,
                answered_on: &today,
                answered_by: &by,
            },
            "signal.answer",
        )
        .await
    }

    /// Acknowledges receipt; doing it twice is harmless.
    pub(crate) async fn record_acknowledge(
        &self,
        who: &Principal,
        r: &store::SignalRow,
    ) -> Result<()> {
        if !SignalStatus::parse(&r.status)
            .is_some_and(|s| s.can_move_to(SignalStatus::Acknowledged))
        {
            return Ok(());
        }
        match self
            .signal_step(who, r.id, Step::Acknowledge, "signal.acknowledge")
            .await
        {
            Err(AppError::Invalid(_)) => Ok(()),
            other => other,
        }
    }

    /// Whether `who` is staff (for shared code paths in the pages).
    pub fn is_signal_staff(who: &Principal) -> bool {
        staff(who).is_ok()
    }
}
