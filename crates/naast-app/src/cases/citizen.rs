//! Who the citizen of a kwestie is. An intake holds exactly what its sender typed, as a person of
//! its own: nobody becomes someone else's citizen because they typed that person's e-mail
//! address on the public form. A possible match with a known person of the same tenant (the
//! same e-mail address, phone number or name, compared through keyed blind indexes over one
//! normaliser shared with search, `naast_core::matching`) is shown to the confidant as a
//! suggestion; the confidant links the two (audited) or keeps them apart. Until then nothing of
//! the other person reaches the new kwestie, its status page, an export or an erasure.
//!
//! Legal basis: the AVG/GDPR principles of integrity and confidentiality (art. 5(1)(f)) and
//! accuracy (art. 5(1)(d)): a citizen's data must not reach whoever claims their address.

use super::{Loaded, SealedPerson};
use crate::{App, AppError, Principal, Result};
use naast_core::CaseStatus;
use naast_core::Msg;
use naast_core::case::{Contact, normalise_reference};
use naast_core::matching::{LinkForm, name_key, phone_key};
use naast_crypto as crypto;
use naast_store::persons::{self, Indexes};
use naast_store::{Tx, cases as store, keys, settings};

/// Which index version the persons table holds; older rows are re-indexed at start-up.
const INDEX_VERSION_KEY: &str = "persons.index_version";
const INDEX_VERSION: &str = "3";

/// A known person who may be the citizen of this kwestie.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PossibleMatch {
    /// A reference of one of their kwesties: what the link and keep-apart forms send.
    pub with: String,
    /// Their kwesties (newest first).
    pub references: Vec<String>,
    /// What is the same: `email`, `phone`, `name`.
    pub matched_on: Vec<&'static str>,
    /// Their details as known, for choosing what to keep.
    pub name: String,
    pub email: String,
    pub phone: String,
    pub address: String,
}

/// The AAD a person's details had before `aad.version` 2 (their statistical id only).
pub(crate) fn legacy_person_aad(stat_id: &str) -> Vec<u8> {
    format!("person:{stat_id}").into_bytes()
}

/// The AAD of a person's sealed details: table, field, tenant and the person's own random id
/// (it names the row; the details are sealed before the row has an id). Details copied onto
/// another person, or into another tenant, do not open there.
pub(crate) fn person_aad(tenant_id: i64, stat_id: &str) -> Vec<u8> {
    format!("naast:persons.sealed:tenant={tenant_id}:stat={stat_id}").into_bytes()
}

impl App {
    /// A keyed index of one detail, per tenant: the same e-mail address in two municipalities
    /// gives two unrelated values, so a copy of the database does not link them.
    fn person_index(&self, tenant_id: i64, what: &str, value: &str) -> String {
        self.blind_index(&format!("person.{what}:{tenant_id}"), value)
    }

    /// The keyed look-up indexes of a person's details.
    pub(crate) fn person_indexes(&self, tenant_id: i64, p: &SealedPerson) -> Indexes {
        let name = name_key(&p.name);
        Indexes {
            name: (!name.is_empty()).then(|| self.person_index(tenant_id, "name", &name)),
            email: (!p.email.trim().is_empty())
                .then(|| self.person_index(tenant_id, "email", &p.email.trim().to_lowercase())),
            phone: phone_key(&p.phone).map(|ph| self.person_index(tenant_id, "phone", &ph)),
        }
    }

    pub(crate) async fn insert_person(
        &self,
        tx: &mut Tx,
        tenant_id: i64,
        c: &Contact,
    ) -> Result<i64> {
        let (key_id, key) = self.new_data_key(tx).await?;
        let stat_id = crypto::random_token();
        let p = sealed_person(c);
        let json = serde_json::to_vec(&p).map_err(|e| AppError::Internal(e.to_string()))?;
        let sealed = key.seal(&person_aad(tenant_id, &stat_id), &json);
        Ok(persons::insert(
            &mut **tx,
            tenant_id,
            key_id,
            &stat_id,
            &sealed,
            &self.person_indexes(tenant_id, &p),
        )
        .await?)
    }

    pub(crate) async fn person_view(&self, id: i64) -> Result<Option<(String, SealedPerson)>> {
        let Some(p) = persons::get(self.db.pool(), id).await? else {
            return Ok(None);
        };
        let (Some(key), Some(blob)) = (self.data_key(p.data_key_id).await?, p.sealed) else {
            return Ok(Some((p.stat_id, SealedPerson::default())));
        };
        let json = match key.open(&person_aad(p.tenant_id, &p.stat_id), &blob) {
            Ok(json) => json,
            // Before the re-binding step ([`crate::bind_aad`]).
            Err(_) if self.legacy_aad() => key.open(&legacy_person_aad(&p.stat_id), &blob)?,
            Err(e) => return Err(e.into()),
        };
        let person =
            serde_json::from_slice(&json).map_err(|_| crate::fault::Fault::DataUnreadable)?;
        Ok(Some((p.stat_id, person)))
    }

    /// Replaces a person's details (sealed again under their own key, indexes recomputed).
    async fn store_person(&self, tx: &mut Tx, id: i64, p: &SealedPerson) -> Result<()> {
        let row = persons::get(&mut **tx, id)
            .await?
            .ok_or(AppError::NotFound)?;
        let key = self
            .data_key(row.data_key_id)
            .await?
            .ok_or(AppError::Conflict(Msg::PersonGone))?;
        let json = serde_json::to_vec(p).map_err(|e| AppError::Internal(e.to_string()))?;
        let sealed = key.seal(&person_aad(row.tenant_id, &row.stat_id), &json);
        persons::update(
            &mut **tx,
            id,
            &sealed,
            &self.person_indexes(row.tenant_id, p),
        )
        .await?;
        Ok(())
    }

    /// A staff intake for a known citizen: what was typed now fills in or replaces their
    /// details (the confidant is talking to them).
    pub(crate) async fn update_known_person(
        &self,
        tx: &mut Tx,
        id: i64,
        c: &Contact,
    ) -> Result<()> {
        let Some((_, mut p)) = self.person_view(id).await? else {
            return Err(AppError::NotFound);
        };
        let typed = sealed_person(c);
        for (mine, new) in [
            (&mut p.name, typed.name),
            (&mut p.email, typed.email),
            (&mut p.phone, typed.phone),
            (&mut p.address, typed.address),
            (&mut p.preference, typed.preference),
            (&mut p.language, typed.language),
            (&mut p.accessibility, typed.accessibility),
        ] {
            if !new.is_empty() {
                *mine = new;
            }
        }
        self.store_person(tx, id, &p).await
    }

    /// The citizen of `reference` (a kwestie the principal may see, of `tenant_id`): the known
    /// person a staff intake is explicitly linked to.
    pub(crate) async fn citizen_of(
        &self,
        who: &Principal,
        tenant_id: i64,
        field: &'static str,
        reference: &str,
    ) -> Result<i64> {
        let unknown = || {
            AppError::field(
                field,
                Msg::CitizenOfUnknown(reference.chars().take(20).collect()),
            )
        };
        let Some(r) = normalise_reference(reference) else {
            return Err(unknown());
        };
        let other = match self.load_case(who, &r).await {
            Ok(c) => c,
            Err(AppError::NotFound) => return Err(unknown()),
            Err(e) => return Err(e),
        };
        match other.row.citizen_id {
            Some(pid) if other.row.tenant_id == tenant_id => {
                let alive = persons::get(self.db.pool(), pid)
                    .await?
                    .is_some_and(|p| p.sealed.is_some());
                if alive { Ok(pid) } else { Err(unknown()) }
            }
            _ => Err(unknown()),
        }
    }

    /// Known persons of the same tenant who may be this kwestie's citizen, minus those the
    /// confidant kept apart.
    pub(crate) async fn possible_matches(&self, c: &Loaded) -> Result<Vec<PossibleMatch>> {
        let (Some(_), Some(pid)) = (&c.key, c.row.citizen_id) else {
            return Ok(Vec::new());
        };
        if c.row.status == CaseStatus::Closed {
            return Ok(Vec::new());
        }
        let Some((_, me)) = self.person_view(pid).await? else {
            return Ok(Vec::new());
        };
        let idx = self.person_indexes(c.row.tenant_id, &me);
        let apart = persons::kept_apart(self.db.pool(), c.row.id).await?;
        let mut out = Vec::new();
        for m in persons::matches(self.db.pool(), c.row.tenant_id, pid, &idx).await? {
            if apart.contains(&m.person_id) {
                continue;
            }
            let references: Vec<String> = store::of_citizen(self.db.pool(), m.person_id)
                .await?
                .into_iter()
                .map(|r| r.reference)
                .collect();
            let Some(with) = references.first().cloned() else {
                continue;
            };
            let Some((_, known)) = self.person_view(m.person_id).await? else {
                continue;
            };
            let matched_on = [("email", m.email), ("phone", m.phone), ("name", m.name)]
                .into_iter()
                .filter(|(_, on)| *on)
                .map(|(what, _)| what)
                .collect();
            out.push(PossibleMatch {
                with,
                references,
                matched_on,
                name: known.name,
                email: known.email,
                phone: known.phone,
                address: known.address,
            });
        }
        Ok(out)
    }

    /// Links this kwestie's citizen to the known citizen of `form.with`: the kwestie (and any
    /// other of the intake's person) moves to the known person, the details chosen are kept,
    /// the intake's own person record is shredded, and the statistical citizen id of every
    /// kwestie of the known person is refreshed so that they count once.
    pub async fn link_citizen(
        &self,
        who: &Principal,
        reference: &str,
        form: &LinkForm,
    ) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        if c.key.is_none() {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        let keep = form.parse()?;
        let known = self
            .citizen_of(who, c.row.tenant_id, "with", &form.with)
            .await?;
        if c.row.citizen_id == Some(known) {
            return Err(AppError::Conflict(Msg::CitizenAlreadyLinked));
        }
        let (_, mut merged) = self.person_view(known).await?.ok_or(AppError::NotFound)?;
        let mut tx = self.db.begin().await?;
        match c.row.citizen_id {
            Some(own) => {
                let (_, typed) = self.person_view(own).await?.unwrap_or_default();
                for (field, mine, new) in [
                    ("name", &mut merged.name, typed.name),
                    ("email", &mut merged.email, typed.email),
                    ("phone", &mut merged.phone, typed.phone),
                    ("address", &mut merged.address, typed.address),
                ] {
                    if (keep.take_new(field) && !new.is_empty()) || mine.is_empty() {
                        *mine = new;
                    }
                }
                for (mine, new) in [
                    (&mut merged.preference, typed.preference),
                    (&mut merged.language, typed.language),
                    (&mut merged.accessibility, typed.accessibility),
                ] {
                    if mine.is_empty() {
                        *mine = new;
                    }
                }
                persons::move_cases(&mut tx, own, known).await?;
                if let Some(row) = persons::get(&mut *tx, own).await? {
                    keys::shred(&mut *tx, row.data_key_id).await?;
                    persons::delete(&mut *tx, own).await?;
                }
            }
            None => {
                persons::set_citizen(&mut *tx, c.row.id, known).await?;
            }
        }
        self.store_person(&mut tx, known, &merged).await?;
        for row in store::of_citizen(&mut *tx, known).await? {
            self.refresh_stat(&mut tx, &row).await?;
        }
        self.audit_in(
            &mut tx,
            who,
            "case.citizen_link",
            "case",
            &c.row.id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The confidant decides the suggested person is someone else: not suggested again here.
    pub async fn keep_citizen_apart(
        &self,
        who: &Principal,
        reference: &str,
        with: &str,
    ) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        let other = self.citizen_of(who, c.row.tenant_id, "with", with).await?;
        if c.row.citizen_id == Some(other) {
            return Err(AppError::Conflict(Msg::CitizenAlreadyLinked));
        }
        let mut tx = self.db.begin().await?;
        persons::keep_apart(&mut *tx, c.row.id, other, who.user_id).await?;
        self.audit_in(
            &mut tx,
            who,
            "case.citizen_keep_apart",
            "case",
            &c.row.id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Recomputes every live person's look-up indexes once after they changed (version 2: the
    /// accent-blind name and the phone number; version 3: keyed per tenant). Returns how many
    /// were re-indexed.
    pub async fn reindex_persons_once(&self) -> Result<u64> {
        if settings::get(self.db.pool(), INDEX_VERSION_KEY)
            .await?
            .is_some_and(|v| v == INDEX_VERSION)
        {
            return Ok(0);
        }
        let mut after = 0;
        let mut n = 0;
        loop {
            let batch = persons::live_after(self.db.pool(), after, 500).await?;
            let Some(last) = batch.last() else { break };
            after = last.id;
            let mut tx = self.db.begin().await?;
            for row in &batch {
                if let Some((_, p)) = self.person_view(row.id).await? {
                    persons::set_indexes(&mut *tx, row.id, &self.person_indexes(row.tenant_id, &p))
                        .await?;
                    n += 1;
                }
            }
            tx.commit().await?;
        }
        let mut tx = self.db.begin().await?;
        settings::set(&mut *tx, INDEX_VERSION_KEY, INDEX_VERSION).await?;
        tx.commit().await?;
        Ok(n)
    }
}

pub(crate) fn sealed_person(c: &Contact) -> SealedPerson {
    SealedPerson {
        name: c.name.clone(),
        email: c.email.as_ref().map(|e| e.to_string()).unwrap_or_default(),
        phone: c.phone.clone(),
        address: c.address.clone(),
        preference: c.preference.clone().unwrap_or_default(),
        language: c.language.clone(),
        accessibility: c.accessibility.clone(),
    }
}
