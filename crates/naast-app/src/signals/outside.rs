//! The addressee's side: the municipality in its portal (its own tenant, signals sent to the
//! municipality) and a provider through the link it was e-mailed (that one signal). Both see
//! the texts, codes, dates and replies — never a kwestie, a reference or a confidant's note.

use super::{AddresseeSignal, due_of};
use crate::{App, AppError, Principal, Result};
use naast_core::Role;
use naast_core::SignalStatus;
use naast_core::signal::{AnswerForm, FollowUpForm};
use naast_crypto as crypto;
use naast_store::signals::{self as store, SignalRow};
use naast_store::tenants::{self, TenantRow};

/// A municipality user with an account (session or token).
fn municipality(who: &Principal) -> Result<()> {
    if who.role == Role::Municipality && who.signed_in() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// What the addressee may see: sent, in any later step.
fn visible(status: &str) -> bool {
    !SignalStatus::parse(status).is_some_and(SignalStatus::is_concept)
}

impl App {
    async fn addressee_view(&self, t: &TenantRow, r: &SignalRow) -> Result<AddresseeSignal> {
        let texts = self.open_texts(r)?;
        let reply = self.open_reply(r)?;
        let n = store::cases_of(self.db.pool(), r.id).await?.len() as i64;
        let people = store::people_of(self.db.pool(), r.id).await?;
        let due = due_of(r, t.signal_weeks);
        Ok(AddresseeSignal {
            id: r.id,
            tenant_name: t.name.clone(),
            status: r.status.clone(),
            area: r.area.clone(),
            theme: r.theme.clone(),
            urgency: r.urgency.clone(),
            organisations: super::split_codes(&r.organisations),
            title: texts.title,
            description: texts.description,
            proposal: texts.proposal,
            kwesties: (people >= t.threshold_k).then_some(n),
            sent_on: r.sent_on.clone(),
            overdue: super::awaiting(&r.status) && due.is_some_and(|d| d < crate::clock::today()),
            due_on: due.map(|d| d.to_string()),
            answer: reply.answer,
            answered_on: r.answered_on.clone(),
            follow_up: reply.follow_up,
            follow_up_on: r.follow_up_on.clone(),
        })
    }

    /// The municipality's signals, newest first: those sent to the municipality of its tenants.
    pub async fn portal_signals(&self, who: &Principal) -> Result<Vec<AddresseeSignal>> {
        municipality(who)?;
        let mut out = Vec::new();
        for tid in &who.tenant_ids {
            let Some(t) = tenants::by_id(self.db.pool(), *tid).await? else {
                continue;
            };
            for r in store::list(self.db.pool(), t.id).await? {
                if r.addressee == "municipality" && visible(&r.status) {
                    out.push(self.addressee_view(&t, &r).await?);
                }
            }
        }
        Ok(out)
    }

    /// One signal of the municipality's; `NotFound` for anything else.
    async fn portal_row(&self, who: &Principal, id: i64) -> Result<(TenantRow, SignalRow)> {
        municipality(who)?;
        let r = store::get(self.db.pool(), id)
            .await?
            .filter(|r| {
                who.tenant_ids.contains(&r.tenant_id)
                    && r.addressee == "municipality"
                    && visible(&r.status)
            })
            .ok_or(AppError::NotFound)?;
        let t = tenants::by_id(self.db.pool(), r.tenant_id)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok((t, r))
    }

    /// One signal of the municipality's. Reading does not acknowledge it (a link preview or a
    /// scanner could read it): [`App::portal_acknowledge`] or an answer does.
    pub async fn portal_signal(&self, who: &Principal, id: i64) -> Result<AddresseeSignal> {
        let (t, r) = self.portal_row(who, id).await?;
        self.audit(who, "signal.read", "signal", &id.to_string())
            .await?;
        self.addressee_view(&t, &r).await
    }

    /// "Received": the municipality confirms it has the signal; twice is harmless.
    pub async fn portal_acknowledge(&self, who: &Principal, id: i64) -> Result<()> {
        let (_, r) = self.portal_row(who, id).await?;
        self.record_acknowledge(who, &r).await
    }

    pub async fn portal_answer(&self, who: &Principal, id: i64, form: &AnswerForm) -> Result<()> {
        let answer = form.parse()?;
        let (_, r) = self.portal_row(who, id).await?;
        let by = if who.display_name.trim().is_empty() {
            "gemeente".to_string()
        } else {
            who.display_name.clone()
        };
        self.record_answer(who, &r, answer, &by).await
    }

    pub async fn portal_follow_up(
        &self,
        who: &Principal,
        id: i64,
        form: &FollowUpForm,
    ) -> Result<()> {
        let (_, r) = self.portal_row(who, id).await?;
        self.record_follow_up(who, &r, form).await
    }

    /// The signal behind a provider's link, and who that provider is as a principal.
    async fn link_row(&self, token: &str) -> Result<(TenantRow, SignalRow, Principal)> {
        if token.len() < 20 || token.len() > 100 {
            return Err(AppError::NotFound);
        }
        let r = store::by_token(self.db.pool(), &crypto::hash_token(token))
            .await?
            .filter(|r| visible(&r.status))
            .ok_or(AppError::NotFound)?;
        let t = tenants::by_id(self.db.pool(), r.tenant_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let who = Principal::provider(t.id, naast_core::Lang::Nl);
        Ok((t, r, who))
    }

    /// A provider opens its link: the signal (reading does not acknowledge it).
    pub async fn link_signal(&self, token: &str) -> Result<AddresseeSignal> {
        let (t, r, who) = self.link_row(token).await?;
        self.audit(&who, "signal.read", "signal", &r.id.to_string())
            .await?;
        self.addressee_view(&t, &r).await
    }

    /// The provider confirms it has the signal.
    pub async fn link_acknowledge(&self, token: &str) -> Result<()> {
        let (_, r, who) = self.link_row(token).await?;
        self.record_acknowledge(&who, &r).await
    }

    pub async fn link_answer(&self, token: &str, form: &AnswerForm) -> Result<()> {
        let answer = form.parse()?;
        let (t, r, who) = self.link_row(token).await?;
        let name = tenants::providers(self.db.pool(), t.id)
            .await?
            .into_iter()
            .find(|p| p.code == r.addressee)
            .map(|p| p.name)
            .unwrap_or_else(|| r.addressee.clone());
        self.record_answer(&who, &r, answer, &name).await
    }

    pub async fn link_follow_up(&self, token: &str, form: &FollowUpForm) -> Result<()> {
        let (_, r, who) = self.link_row(token).await?;
        self.record_follow_up(&who, &r, form).await
    }
}
