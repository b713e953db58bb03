//! Signals: the confidant's voice to the municipality (or a provider) about what goes wrong.
//!
//! draft → in_review (after the personal-data check) → sent (by a second confidant or a
//! coordinator) → acknowledged → answered → follow_up → closed; a reminder when no answer came
//! within the tenant's weeks.
//!
//! Who may: confidants (their tenants) and coordinators write, check, review, send and close.
//! The municipality reads, acknowledges, answers and agrees follow-up on the signals sent to it,
//! of its own tenant, and never sees which kwesties a signal rests on. A provider does the same
//! through a link with a token (no account). All of this is decided here, not in the pages.
//!
//! Consent: a signal resting on fewer than `k` kwesties could point at one citizen, so it is
//! sent only if every one of them carries an unrevoked consent for a signal to the addressee
//! (AVG art. 6(1)(a) and 9(2)(a): the citizen's explicit consent is the ground for sharing what
//! could identify them). It is checked again at the moment of sending, so a revocation stops
//! what has not gone yet.

mod flow;
mod outside;
mod remind;

pub use remind::JOB_REMIND_SIGNALS;

use crate::at_rest::aad;
use crate::deid_review::{FieldReview, MISSED_MAX, missed_phrases, redact_field, review_field};
use crate::{App, AppError, Principal, Result};
use naast_core::SignalStatus;
use naast_core::signal::{Known, SignalForm, SignalInput};
use naast_core::{Msg, Role};
use naast_store::signals::{self as store, SignalRow, SignalValues};
use naast_store::tenants::{self, TenantRow};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

pub(crate) const AAD_TEXTS: &[u8] = b"signal.texts";
pub(crate) const AAD_REPLY: &[u8] = b"signal.reply";
pub(crate) const AAD_TOKEN: &[u8] = b"signal.token";

/// The AAD of a signal's link token (kept sealed so that reminders can carry the link): its
/// table, field, tenant and row.
pub(crate) fn token_aad(tenant_id: i64, id: i64) -> Vec<u8> {
    aad("signals", "sealed_token", tenant_id, id)
}

/// The texts of a signal: what goes to the addressee, after the check.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SignalTexts {
    pub title: String,
    pub description: String,
    pub proposal: String,
}

impl SignalTexts {
    fn fields(&self) -> [(&'static str, &str); 3] {
        [
            ("title", &self.title),
            ("description", &self.description),
            ("proposal", &self.proposal),
        ]
    }
}

/// The addressee's answer and the follow-up agreed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SignalReply {
    pub answer: String,
    pub follow_up: String,
}

/// A signal as the confidant's office sees it.
#[derive(Debug, Clone, Serialize)]
pub struct SignalView {
    pub id: i64,
    pub tenant: String,
    pub tenant_name: String,
    pub status: String,
    pub area: String,
    pub theme: String,
    pub urgency: String,
    pub organisations: Vec<String>,
    pub addressee: String,
    pub addressee_email: String,
    pub texts: SignalTexts,
    /// The texts passed the personal-data check as they are.
    pub checked: bool,
    /// The references of the kwesties it rests on (never shown outside the office).
    pub cases: Vec<String>,
    /// How many different citizens they are about (the consent rule counts these).
    pub people: i64,
    /// Below `k`: the references of kwesties without a consent that covers this signal.
    pub consent_missing: Vec<String>,
    /// The tenant's threshold.
    pub k: i64,
    pub reply: SignalReply,
    pub follow_up_on: Option<String>,
    pub answered_by: Option<String>,
    pub sent_on: Option<String>,
    pub answered_on: Option<String>,
    /// The day an answer is due, once sent.
    pub due_on: Option<String>,
    /// Sent, not answered, and past the due day.
    pub overdue: bool,
    pub created_by: Option<i64>,
    pub reviewed_by: Option<i64>,
    pub reminded_at: Option<i64>,
    pub updated_at: i64,
    pub created_at: i64,
}

/// A signal as its addressee sees it: no kwestie, no reference, no confidant's name.
#[derive(Debug, Clone, Serialize)]
pub struct AddresseeSignal {
    pub id: i64,
    pub tenant_name: String,
    pub status: String,
    pub area: String,
    pub theme: String,
    pub urgency: String,
    pub organisations: Vec<String>,
    pub title: String,
    pub description: String,
    pub proposal: String,
    /// "at least k" or the number, when it is `k` or more; `None` for one or a few situations
    /// shared with consent.
    pub kwesties: Option<i64>,
    pub sent_on: Option<String>,
    pub due_on: Option<String>,
    pub overdue: bool,
    pub answer: String,
    pub answered_on: Option<String>,
    pub follow_up: String,
    pub follow_up_on: Option<String>,
}

/// The personal-data review of a signal's texts.
#[derive(Debug, Clone, Serialize)]
pub struct SignalReview {
    pub id: i64,
    pub updated_at: i64,
    pub checked: bool,
    pub fields: Vec<FieldReview>,
}

pub(crate) fn staff(who: &Principal) -> Result<()> {
    match who.role {
        Role::Confidant | Role::Coordinator if who.signed_in() => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}

fn split_codes(s: &str) -> Vec<String> {
    s.split(',')
        .filter(|c| !c.is_empty())
        .map(String::from)
        .collect()
}

/// `sent_on` + the tenant's weeks: the last day for an answer.
fn due_on(sent_on: Option<&str>, weeks: i64) -> Option<jiff::civil::Date> {
    let d: jiff::civil::Date = sent_on?.parse().ok()?;
    d.checked_add(jiff::Span::new().weeks(weeks.clamp(1, 52)))
        .ok()
}

/// The last day for an answer: as fixed when sent (a later change of the tenant's weeks moves
/// no signal already out), else worked out from the day sent.
fn due_of(r: &SignalRow, weeks: i64) -> Option<jiff::civil::Date> {
    r.due_on
        .as_deref()
        .and_then(|d| d.parse().ok())
        .or_else(|| due_on(r.sent_on.as_deref(), weeks))
}

fn awaiting(status: &str) -> bool {
    SignalStatus::parse(status).is_some_and(SignalStatus::is_awaiting)
}

impl App {
    fn seal_texts(&self, tenant_id: i64, id: i64, t: &SignalTexts) -> Result<Vec<u8>> {
        let json =
            serde_json::to_string(t).map_err(|e| AppError::Internal(format!("signal: {e}")))?;
        Ok(self
            .system_key()
            .seal_str(&aad("signals", "texts", tenant_id, id), &json))
    }

    /// Opens a value of a signal sealed for its row; before the re-binding step
    /// ([`crate::bind_aad`]), also one sealed with the old fixed AAD.
    pub(crate) fn open_signal_value(
        &self,
        r: &SignalRow,
        field: &str,
        old: &[u8],
        blob: &[u8],
    ) -> Result<String> {
        let key = self.system_key();
        match key.open_str(&aad("signals", field, r.tenant_id, r.id), blob) {
            Ok(s) => Ok(s),
            Err(_) if self.legacy_aad() => Ok(key.open_str(old, blob)?),
            Err(e) => Err(e.into()),
        }
    }

    fn open_texts(&self, r: &SignalRow) -> Result<SignalTexts> {
        let json = self.open_signal_value(r, "texts", AAD_TEXTS, &r.texts)?;
        serde_json::from_str(&json).map_err(|e| AppError::Internal(format!("signal: {e}")))
    }

    /// A provider's address, sealed under the signal's own row.
    fn seal_addressee_email(&self, tenant_id: i64, id: i64, email: &str) -> Option<Vec<u8>> {
        self.seal_at(("signals", "addressee_email", tenant_id, id), email)
    }

    fn open_addressee_email(&self, r: &SignalRow) -> Result<String> {
        self.open_at(
            ("signals", "addressee_email", r.tenant_id, r.id),
            r.addressee_email_sealed.as_deref(),
            &r.addressee_email,
        )
    }

    fn seal_answered_by(&self, r: &SignalRow, name: &str) -> Vec<u8> {
        self.seal_at(("signals", "answered_by", r.tenant_id, r.id), name)
            .unwrap_or_default()
    }

    fn open_answered_by(&self, r: &SignalRow) -> Result<Option<String>> {
        if r.answered_by_sealed.is_none() && r.answered_by.is_none() {
            return Ok(None);
        }
        self.open_at(
            ("signals", "answered_by", r.tenant_id, r.id),
            r.answered_by_sealed.as_deref(),
            r.answered_by.as_deref().unwrap_or(""),
        )
        .map(Some)
    }

    fn seal_reply(&self, r: &SignalRow, t: &SignalReply) -> Result<Vec<u8>> {
        let json =
            serde_json::to_string(t).map_err(|e| AppError::Internal(format!("signal: {e}")))?;
        Ok(self
            .system_key()
            .seal_str(&aad("signals", "reply", r.tenant_id, r.id), &json))
    }

    fn open_reply(&self, r: &SignalRow) -> Result<SignalReply> {
        match &r.reply {
            None => Ok(SignalReply::default()),
            Some(b) => {
                let json = self.open_signal_value(r, "reply", AAD_REPLY, b)?;
                serde_json::from_str(&json).map_err(|e| AppError::Internal(format!("signal: {e}")))
            }
        }
    }

    /// The tenant by slug, if `who` may see it.
    async fn signal_tenant(&self, who: &Principal, slug: &str) -> Result<TenantRow> {
        let t = tenants::by_slug(self.db.pool(), slug.trim())
            .await?
            .ok_or(AppError::NotFound)?;
        if !who.may_see_tenant(t.id) {
            return Err(AppError::NotFound);
        }
        Ok(t)
    }

    /// A signal and its tenant, for staff who may see the tenant.
    async fn staff_signal(&self, who: &Principal, id: i64) -> Result<(TenantRow, SignalRow)> {
        staff(who)?;
        let r = store::get(self.db.pool(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        if !who.may_see_tenant(r.tenant_id) {
            return Err(AppError::NotFound);
        }
        let t = tenants::by_id(self.db.pool(), r.tenant_id)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok((t, r))
    }

    async fn known(&self, t: &TenantRow) -> Result<(Vec<String>, Vec<String>)> {
        let areas = split_codes(&t.areas);
        let providers = tenants::providers(self.db.pool(), t.id)
            .await?
            .into_iter()
            .filter(|p| p.active)
            .map(|p| p.code)
            .collect();
        Ok((areas, providers))
    }

    /// Parses a form and finds its kwesties in the tenant: every problem at once.
    async fn parse_signal(
        &self,
        who: &Principal,
        t: &TenantRow,
        form: &SignalForm,
    ) -> Result<(SignalInput, Vec<i64>)> {
        let (areas, providers) = self.known(t).await?;
        let input = form.parse(&Known {
            areas: &areas,
            providers: &providers,
        })?;
        let mut ids = Vec::new();
        for r in &input.cases {
            match self.load_case(who, r).await {
                Ok(c) if c.row.tenant_id == t.id => ids.push(c.row.id),
                Ok(_) | Err(AppError::NotFound) => {
                    return Err(AppError::field(
                        "cases",
                        Msg::SignalCaseUnknown(r.chars().take(20).collect()),
                    ));
                }
                Err(e) => return Err(e),
            }
        }
        Ok((input, ids))
    }

    /// The tenant's signals, newest first (staff).
    pub async fn signals(&self, who: &Principal, slug: &str) -> Result<Vec<SignalView>> {
        staff(who)?;
        let t = self.signal_tenant(who, slug).await?;
        let mut out = Vec::new();
        for r in store::list(self.db.pool(), t.id).await? {
            out.push(self.signal_view(&t, r).await?);
        }
        Ok(out)
    }

    /// One signal with everything the office sees.
    pub async fn signal(&self, who: &Principal, id: i64) -> Result<SignalView> {
        let (t, r) = self.staff_signal(who, id).await?;
        self.signal_view(&t, r).await
    }

    pub(crate) async fn signal_view(&self, t: &TenantRow, r: SignalRow) -> Result<SignalView> {
        let texts = self.open_texts(&r)?;
        let reply = self.open_reply(&r)?;
        let cases = store::cases_of(self.db.pool(), r.id).await?;
        let people = store::people_of(self.db.pool(), r.id).await?;
        let consent_missing = self.consent_missing(t, &r, &cases, people).await?;
        let due = due_of(&r, t.signal_weeks);
        let addressee_email = self.open_addressee_email(&r)?;
        let answered_by = self.open_answered_by(&r)?;
        Ok(SignalView {
            id: r.id,
            tenant: t.slug.clone(),
            tenant_name: t.name.clone(),
            overdue: awaiting(&r.status) && due.is_some_and(|d| d < crate::clock::today()),
            due_on: due.map(|d| d.to_string()),
            status: r.status,
            area: r.area,
            theme: r.theme,
            urgency: r.urgency,
            organisations: split_codes(&r.organisations),
            addressee: r.addressee,
            addressee_email,
            texts,
            checked: r.checked,
            cases: cases.into_iter().map(|(_, reference)| reference).collect(),
            people,
            consent_missing,
            k: t.threshold_k,
            reply,
            follow_up_on: r.follow_up_on,
            answered_by,
            sent_on: r.sent_on,
            answered_on: r.answered_on,
            created_by: r.created_by,
            reviewed_by: r.reviewed_by,
            reminded_at: r.reminded_at,
            updated_at: r.updated_at,
            created_at: r.created_at,
        })
    }

    /// Below `k` (different citizens, not kwesties: one citizen's many kwesties are no
    /// pattern), the references of kwesties whose citizen has no unrevoked consent for a signal
    /// to this addressee; empty at `k` or more.
    async fn consent_missing(
        &self,
        t: &TenantRow,
        r: &SignalRow,
        cases: &[(i64, String)],
        people: i64,
    ) -> Result<Vec<String>> {
        if people >= t.threshold_k {
            return Ok(Vec::new());
        }
        let mut missing = Vec::new();
        for (id, reference) in cases {
            if !self.consent_covers(*id, &r.addressee, "signal").await? {
                missing.push(reference.clone());
            }
        }
        Ok(missing)
    }

    fn values<'a>(
        input: &'a SignalInput,
        orgs: &'a str,
        email: Option<&'a [u8]>,
        texts: &'a [u8],
    ) -> SignalValues<'a> {
        SignalValues {
            area: &input.area,
            theme: &input.theme,
            urgency: &input.urgency,
            organisations: orgs,
            addressee: &input.addressee,
            addressee_email: email,
            texts,
            checked: false,
        }
    }

    /// A new draft. Returns its id.
    pub async fn create_signal(
        &self,
        who: &Principal,
        slug: &str,
        form: &SignalForm,
    ) -> Result<i64> {
        staff(who)?;
        let t = self.signal_tenant(who, slug).await?;
        let (input, case_ids) = self.parse_signal(who, &t, form).await?;
        let texts = SignalTexts {
            title: input.title.clone(),
            description: input.description.clone(),
            proposal: input.proposal.clone(),
        };
        let orgs = input.organisations.join(",");
        let mut tx = self.db.begin().await?;
        let id = store::insert(
            &mut tx,
            t.id,
            Self::values(&input, &orgs, None, b""),
            who.user_id,
        )
        .await?;
        let sealed = self.seal_texts(t.id, id, &texts)?;
        store::set_texts(&mut *tx, id, &sealed).await?;
        // Sealed under the row's id, now that it is known.
        let email = input.addressee_email.as_ref().map(|e| e.as_str());
        let sealed_email = self.seal_addressee_email(t.id, id, email.unwrap_or(""));
        store::set_addressee_email(&mut tx, id, sealed_email.as_deref()).await?;
        store::set_cases(&mut tx, id, &case_ids).await?;
        self.audit_in(&mut tx, who, "signal.create", "signal", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Saves a draft (a signal in review goes back to draft). Any change to the texts needs a
    /// new check; the same texts keep it. `Conflict` when someone saved in between.
    pub async fn save_signal(
        &self,
        who: &Principal,
        id: i64,
        form: &SignalForm,
        updated_at: i64,
    ) -> Result<()> {
        let (t, r) = self.staff_signal(who, id).await?;
        if !SignalStatus::parse(&r.status).is_some_and(SignalStatus::is_concept) {
            return Err(AppError::general(Msg::SignalState));
        }
        let (input, case_ids) = self.parse_signal(who, &t, form).await?;
        let texts = SignalTexts {
            title: input.title.clone(),
            description: input.description.clone(),
            proposal: input.proposal.clone(),
        };
        let still_checked = r.checked && self.open_texts(&r)? == texts;
        let sealed = self.seal_texts(r.tenant_id, r.id, &texts)?;
        let orgs = input.organisations.join(",");
        let email = input.addressee_email.as_ref().map(|e| e.as_str());
        let sealed_email = self.seal_addressee_email(t.id, id, email.unwrap_or(""));
        let mut values = Self::values(&input, &orgs, sealed_email.as_deref(), &sealed);
        values.checked = still_checked;
        let mut tx = self.db.begin().await?;
        if !store::save(&mut tx, id, values, updated_at, who.user_id).await? {
            return Err(AppError::Conflict(Msg::Conflict));
        }
        store::set_cases(&mut tx, id, &case_ids).await?;
        self.audit_in(&mut tx, who, "signal.edit", "signal", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The texts of a draft with every finding of the de-identifier.
    pub async fn signal_privacy(&self, who: &Principal, id: i64) -> Result<SignalReview> {
        let (_, r) = self.staff_signal(who, id).await?;
        if !SignalStatus::parse(&r.status).is_some_and(SignalStatus::is_concept) {
            return Err(AppError::general(Msg::SignalState));
        }
        let texts = self.open_texts(&r)?;
        Ok(SignalReview {
            id,
            updated_at: r.updated_at,
            checked: r.checked,
            fields: texts
                .fields()
                .into_iter()
                .filter(|(_, t)| !t.trim().is_empty())
                .map(|(f, t)| review_field(f, t, self.word_lists()))
                .collect(),
        })
    }

    /// Applies the check: accepted findings become placeholders, missed phrases
    /// `[VERBORGEN-n]`; the texts count as checked until they change.
    pub async fn apply_signal_privacy(
        &self,
        who: &Principal,
        id: i64,
        accepted: &[String],
        missed: &str,
        updated_at: i64,
    ) -> Result<()> {
        let (_, r) = self.staff_signal(who, id).await?;
        if !SignalStatus::parse(&r.status).is_some_and(SignalStatus::is_concept) {
            return Err(AppError::general(Msg::SignalState));
        }
        naast_core::validation::free_text("missed", missed, MISSED_MAX, false)?;
        let accepted: HashSet<&str> = accepted.iter().map(String::as_str).collect();
        let phrases = missed_phrases(missed);
        let t = self.open_texts(&r)?;
        let texts = SignalTexts {
            title: redact_field("title", &t.title, &accepted, &phrases, self.word_lists()),
            description: redact_field(
                "description",
                &t.description,
                &accepted,
                &phrases,
                self.word_lists(),
            ),
            proposal: redact_field(
                "proposal",
                &t.proposal,
                &accepted,
                &phrases,
                self.word_lists(),
            ),
        };
        let sealed = self.seal_texts(r.tenant_id, r.id, &texts)?;
        // Sealed again from what it holds, so that a row from before sealing loses nothing.
        let email = self.open_addressee_email(&r)?;
        let sealed_email = self.seal_addressee_email(r.tenant_id, id, &email);
        let values = SignalValues {
            area: &r.area,
            theme: &r.theme,
            urgency: &r.urgency,
            organisations: &r.organisations,
            addressee: &r.addressee,
            addressee_email: sealed_email.as_deref(),
            texts: &sealed,
            checked: true,
        };
        let mut tx = self.db.begin().await?;
        if !store::save(&mut tx, id, values, updated_at, who.user_id).await? {
            return Err(AppError::Conflict(Msg::Conflict));
        }
        self.audit_in(&mut tx, who, "signal.privacy", "signal", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The signals that rest on a kwestie: `(id, status)`, for the case page.
    pub async fn signals_of_case(
        &self,
        who: &Principal,
        reference: &str,
    ) -> Result<Vec<(i64, String)>> {
        let c = self.load_case(who, reference).await?;
        Ok(store::of_case(self.db.pool(), c.row.id).await?)
    }
}
