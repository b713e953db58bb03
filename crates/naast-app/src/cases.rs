//! Kwesties: intake from every channel, the case view, clarifying the question, the timeline,
//! tasks, closing and reopening, the case list and "my work". Every personal field is sealed
//! with the case's own data key (the citizen's with theirs); every read and change is audited;
//! every change refreshes the anonymous statistical record in the same transaction.
//!
//! Who may: confidants for the tenants assigned to them, coordinators for all. Municipality
//! users never see a kwestie: every call refuses them here, whatever the route.

mod actions;
mod agenda;
pub(crate) mod batch;
mod citizen;
mod consents;
mod contact_task;
mod filing;
mod import;
pub mod import_file;
mod letter_drafts;
mod letter_flow;
mod procedures;
mod process;
mod receipts;
mod record;
mod retention;
pub(crate) mod search;
pub(crate) mod status_code;
mod view;
mod way_back;
mod work;
mod work_today;

pub use agenda::{Agenda, AgendaDay, Appointment, AppointmentState};
pub use citizen::PossibleMatch;
pub(crate) use citizen::{legacy_person_aad, person_aad};
pub use consents::ConsentView;
pub use filing::FilingDraft;
pub use import::{ImportLine, ImportProblem, ImportReport};
pub use letter_drafts::{LetterDoc, LetterDraft, VersionView};
pub use procedures::{ProcedureView, RegisterView};
pub use process::OpenItem;
pub use receipts::ReceiptView;
pub use record::Download;
pub use retention::RetentionReport;
pub use status_code::CodeCheck;
pub use view::{
    CaseList, CaseSummary, CaseView, CitizenView, EntryView, ListLine, ListQuery, PAGE_SIZE,
    SORT_COLUMNS, TaskView, parse_sort, task_kind,
};
pub use way_back::{HandedLink, LinkState, StatusSlip};
pub use work::{Deadline, LapsedTerm, MyWork, TaskLine, WorkLine};
pub use work_today::{SECTIONS, SHOWN_PER_SECTION, Today, TodayLine, TodaySection};

use crate::clock::today;
use crate::{App, AppError, Principal, Result};
use naast_core::CaseStatus;
use naast_core::case::{IntakeForm, normalise_reference, reference_from};
use naast_core::{Msg, Role};
use naast_crypto::{self as crypto, DataKey};
use naast_store::cases::{self as store, CaseRow, StatRecord};
use naast_store::{Tx, tenants};

/// The sealed part of a case: what the citizen told and what was written about it.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub(crate) struct Sealed {
    pub story: String,
    pub problem: String,
    pub goal: String,
    /// The kwestie's subject in a few words (until one is set, the story's first words are).
    pub subject: String,
    pub close_reason: String,
    /// The reference (kenmerk) of the decision the citizen disagrees with, as on the
    /// organisation's letter: recorded while clarifying, quoted by a letter.
    pub decision_reference: String,
    /// When the citizen likes to be called (public form).
    pub call_when: String,
}

/// The sealed part of a person.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub(crate) struct SealedPerson {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub address: String,
    pub preference: String,
    pub language: String,
    pub accessibility: String,
}

/// The AAD every value of a kwestie had before the re-binding step (`aad.version` 1 and 2; the kwestie only): still read
/// until the re-binding step ([`crate::bind_aad`]) ran.
pub(crate) fn aad(reference: &str) -> Vec<u8> {
    format!("case:{reference}").into_bytes()
}

/// The AAD of a kwestie's own sealed record (`cases.sealed`: story, question, goal): its table,
/// field, tenant and reference (the reference names the row; it is sealed before the row has an
/// id).
pub(crate) fn record_aad(tenant_id: i64, reference: &str) -> Vec<u8> {
    format!("naast:cases.sealed:tenant={tenant_id}:case={reference}").into_bytes()
}

/// The AAD of the token of a kwestie's status link, kept sealed so that the confidant can send
/// the link again.
pub(crate) fn status_token_aad(tenant_id: i64, reference: &str) -> Vec<u8> {
    format!("naast:status_links.sealed_token:tenant={tenant_id}:case={reference}").into_bytes()
}

/// Seals a new timeline entry's text for its own row: the entry is inserted without it first,
/// in the same transaction.
pub(crate) async fn seal_entry(
    tx: &mut naast_store::Tx,
    c: &Loaded,
    id: i64,
    text: &str,
) -> Result<()> {
    let sealed = c.seal_at(ENTRIES.0, ENTRIES.1, id, text)?;
    store::set_entry_sealed(&mut **tx, id, Some(&sealed)).await?;
    Ok(())
}

/// A timeline entry of `kind`, dated today and written by `author`, its text sealed for its own
/// row (inserted with none first, in the same transaction). The entry's id.
pub(crate) async fn entry_today(
    tx: &mut naast_store::Tx,
    c: &Loaded,
    kind: &str,
    author: Option<i64>,
    text: &str,
) -> Result<i64> {
    let id = store::insert_entry(
        &mut **tx,
        c.row.id,
        kind,
        &today().to_string(),
        None,
        "",
        0,
        None,
        author,
    )
    .await?;
    seal_entry(tx, c, id, text).await?;
    Ok(id)
}

/// Seals a new task's title for its own row (inserted with an empty one first, in the same
/// transaction).
pub(crate) async fn seal_task(
    tx: &mut naast_store::Tx,
    c: &Loaded,
    id: i64,
    title: &str,
) -> Result<()> {
    let sealed = c.seal_at(TASKS.0, TASKS.1, id, title)?;
    store::set_task_sealed(&mut **tx, id, &sealed).await?;
    Ok(())
}

/// Where a party's details live: table and field.
pub(crate) const PARTIES: (&str, &str) = ("case_parties", "sealed");
/// Where an attachment's name and contents live: table and fields.
pub(crate) const ATTACHMENTS: (&str, &str, &str) = ("attachments", "sealed_name", "sealed_data");

/// Where a task's title lives: table and field.
pub(crate) const TASKS: (&str, &str) = ("tasks", "sealed");

/// Where a timeline entry's text lives: table and field.
pub(crate) const ENTRIES: (&str, &str) = ("case_entries", "sealed");

/// Confidants and coordinators work cases; nobody else.
fn require_caseworker(who: &Principal) -> Result<()> {
    match who.role {
        Role::Confidant | Role::Coordinator => Ok(()),
        Role::Municipality => Err(AppError::NotFound),
    }
}

pub(crate) struct Loaded {
    pub row: CaseRow,
    /// `None` when the personal data was destroyed (retention, erasure).
    pub key: Option<DataKey>,
    /// The re-binding step (`aad.version`) has not run: values bound to the kwestie only
    /// (`case:{reference}`) are still read.
    pub legacy: bool,
}

impl Loaded {
    /// The AAD of one sealed field of one row of this kwestie (table, field, tenant, row).
    pub(crate) fn aad_at(&self, table: &str, field: &str, id: i64) -> Vec<u8> {
        crate::at_rest::aad(table, field, self.row.tenant_id, id)
    }

    /// Seals a text for one field of one row of this kwestie.
    pub(crate) fn seal_at(&self, table: &str, field: &str, id: i64, text: &str) -> Result<Vec<u8>> {
        let key = self
            .key
            .as_ref()
            .ok_or(AppError::Conflict(Msg::CaseClosed))?;
        Ok(key.seal_str(&self.aad_at(table, field, id), text))
    }

    /// Seals bytes for one field of one row of this kwestie.
    pub(crate) fn seal_bytes_at(
        &self,
        table: &str,
        field: &str,
        id: i64,
        data: &[u8],
    ) -> Result<Vec<u8>> {
        let key = self
            .key
            .as_ref()
            .ok_or(AppError::Conflict(Msg::CaseClosed))?;
        Ok(key.seal(&self.aad_at(table, field, id), data))
    }

    /// Opens bytes sealed for one field of one row (before the re-binding step, also bytes
    /// bound to the kwestie only); an error when they do not open there.
    pub(crate) fn open_bytes_at(
        &self,
        table: &str,
        field: &str,
        id: i64,
        blob: &[u8],
    ) -> Result<Vec<u8>> {
        self.open_bound(&self.aad_at(table, field, id), blob)
    }

    /// Opens bytes sealed under `bound` (a value's own place); before the re-binding step, also
    /// bytes bound to the kwestie only (`case:{reference}`).
    pub(crate) fn open_bound(&self, bound: &[u8], blob: &[u8]) -> Result<Vec<u8>> {
        let key = self.key.as_ref().ok_or(AppError::NotFound)?;
        match key.open(bound, blob) {
            Ok(b) => Ok(b),
            Err(_) if self.legacy => Ok(key.open(&aad(&self.row.reference), blob)?),
            Err(e) => Err(e.into()),
        }
    }

    /// Opens a text sealed for one field of one row; empty when it does not open there (a
    /// value moved from elsewhere) or the key was shredded. Before the re-binding step, a value
    /// bound to the kwestie only is accepted too.
    pub(crate) fn open_at(
        &self,
        table: &str,
        field: &str,
        id: i64,
        blob: &Option<Vec<u8>>,
    ) -> String {
        match (&self.key, blob) {
            (Some(k), Some(b)) => k
                .open_str(&self.aad_at(table, field, id), b)
                .or_else(|e| {
                    if self.legacy {
                        k.open_str(&aad(&self.row.reference), b)
                    } else {
                        Err(e)
                    }
                })
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// The token of the kwestie's status link, kept sealed so that the link can be sent again;
    /// before the re-binding step, also one bound to the reference only (`status:{reference}`).
    pub(crate) fn status_token(&self, sealed: &[u8]) -> Result<String> {
        let key = self.key.as_ref().ok_or(AppError::NotFound)?;
        let bound = status_token_aad(self.row.tenant_id, &self.row.reference);
        let plain = match key.open(&bound, sealed) {
            Ok(p) => p,
            Err(_) if self.legacy => {
                key.open(format!("status:{}", self.row.reference).as_bytes(), sealed)?
            }
            Err(e) => return Err(e.into()),
        };
        String::from_utf8(plain).map_err(|e| AppError::Internal(e.to_string()))
    }

    pub(crate) fn sealed(&self) -> Result<Sealed> {
        match (&self.key, &self.row.sealed) {
            (Some(_), Some(blob)) => {
                let aad = record_aad(self.row.tenant_id, &self.row.reference);
                Ok(serde_json::from_slice(&self.open_bound(&aad, blob)?)
                    .map_err(|_| crate::fault::Fault::DataUnreadable)?)
            }
            _ => Ok(Sealed::default()),
        }
    }

    pub(crate) fn seal(&self, s: &Sealed) -> Result<Vec<u8>> {
        let key = self
            .key
            .as_ref()
            .ok_or(AppError::Conflict(Msg::CaseClosed))?;
        let json = serde_json::to_vec(s).map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(key.seal(&record_aad(self.row.tenant_id, &self.row.reference), &json))
    }
}

impl App {
    /// Loads a case the principal may see, or `NotFound` (also for other tenants' cases and for
    /// municipality users, so that nobody learns a case exists).
    pub(crate) async fn load_case(&self, who: &Principal, reference: &str) -> Result<Loaded> {
        require_caseworker(who)?;
        let c = self.load_any_case(reference).await?;
        if !who.may_see_tenant(c.row.tenant_id) {
            return Err(AppError::NotFound);
        }
        Ok(c)
    }

    /// Loads a case without asking who wants it: only for callers that decided access
    /// themselves (the citizen's status link).
    pub(crate) async fn load_any_case(&self, reference: &str) -> Result<Loaded> {
        let reference = normalise_reference(reference).ok_or(AppError::NotFound)?;
        let row = store::by_reference(self.db.pool(), &reference)
            .await?
            .ok_or(AppError::NotFound)?;
        let key = self.data_key(row.data_key_id).await?;
        Ok(Loaded {
            row,
            key,
            legacy: self.legacy_aad(),
        })
    }

    /// Registers a new kwestie from any channel: the essentials (tenant, channel, story, how to
    /// reach the citizen or anonymous) are enough. Returns the reference.
    pub async fn intake(&self, who: &Principal, form: &IntakeForm) -> Result<String> {
        require_caseworker(who)?;
        let tenant = tenants::by_slug(self.db.pool(), form.tenant.trim())
            .await?
            .filter(|t| who.may_see_tenant(t.id))
            .ok_or_else(|| {
                AppError::field(
                    "tenant",
                    match form.tenant.trim() {
                        "" => Msg::TenantNotChosen,
                        slug => Msg::TenantUnknown(slug.chars().take(40).collect()),
                    },
                )
            })?;
        let intake = form.parse(today())?;
        let citizen = match form.citizen_of.trim() {
            "" => None,
            r => Some(self.citizen_of(who, tenant.id, "citizen_of", r).await?),
        };
        self.submit_intake(batch::Pending {
            who: who.clone(),
            tenant_id: tenant.id,
            first_contact: intake.channel != "web_form",
            intake,
            citizen,
            public: None,
        })
        .await
    }

    /// Writes one validated intake inside the caller's transaction; returns its reference.
    pub(crate) async fn write_intake(&self, tx: &mut Tx, p: &batch::Pending) -> Result<String> {
        let (who, intake) = (&p.who, &p.intake);
        // What was typed is a person of its own, unless staff chose a known citizen: a
        // matching e-mail address, phone number or name is only ever a suggestion.
        let citizen_id = match (p.citizen, &intake.contact) {
            (Some(known), Some(c)) => {
                self.update_known_person(tx, known, c).await?;
                Some(known)
            }
            (Some(known), None) => Some(known),
            (None, Some(c)) => Some(self.insert_person(tx, p.tenant_id, c).await?),
            (None, None) => None,
        };
        let (key_id, key) = self.new_data_key(tx).await?;
        let status = if intake.channel == "web_form" {
            CaseStatus::New
        } else {
            CaseStatus::InProgress
        };
        let mut row = CaseRow {
            tenant_id: p.tenant_id,
            data_key_id: key_id,
            status: status.as_str().into(),
            channel: intake.channel.clone(),
            citizen_id,
            owner_user_id: if status == CaseStatus::New {
                None
            } else {
                who.user_id
            },
            area: intake.area.clone(),
            organisation: p.public.as_ref().and_then(|x| x.organisation.clone()),
            found_via: intake.found_via.clone(),
            opened_on: intake.opened_on.to_string(),
            ..Default::default()
        };
        let sealed = Sealed {
            story: intake.story.clone(),
            call_when: p
                .public
                .as_ref()
                .map(|x| x.call_when.clone())
                .unwrap_or_default(),
            ..Default::default()
        };
        let id = self.insert_case(tx, &mut row, &key, &sealed).await?;
        row.id = id;
        self.promise_contact(tx, &row, &key, intake).await?;
        if p.public.is_none() {
            // Staff typed it in: opened by them.
            naast_store::door::mark_opened(&mut **tx, id).await?;
        }
        if let Some(x) = &p.public {
            let hash = crypto::hash_token(&x.token);
            let sealed_token = key.seal(
                &status_token_aad(row.tenant_id, &row.reference),
                x.token.as_bytes(),
            );
            naast_store::status_links::insert(&mut **tx, &hash, id, &sealed_token, &x.language)
                .await?;
        }
        if p.first_contact {
            // The conversation the intake was taken in is the first contact moment.
            store::insert_entry(
                &mut **tx,
                id,
                "contact",
                &intake.opened_on.to_string(),
                Some(&intake.channel),
                "",
                i64::from(intake.minutes),
                None,
                who.user_id,
            )
            .await?;
        }
        self.refresh_stat(tx, &row).await?;
        self.audit_in(tx, who, "case.create", "case", &id.to_string())
            .await?;
        Ok(row.reference)
    }

    /// Inserts a case under a fresh reference (40 random bits; on the rare clash, another).
    pub(crate) async fn insert_case(
        &self,
        tx: &mut Tx,
        row: &mut CaseRow,
        key: &DataKey,
        sealed: &Sealed,
    ) -> Result<i64> {
        let json = serde_json::to_vec(sealed).map_err(|e| AppError::Internal(e.to_string()))?;
        // Look before inserting: on PostgreSQL a unique violation would abort the whole
        // transaction (and with it a batch of intakes).
        for _ in 0..8 {
            row.reference = reference_from(crypto::random_bytes::<5>());
            if store::by_reference(&mut **tx, &row.reference)
                .await?
                .is_none()
            {
                row.sealed = Some(key.seal(&record_aad(row.tenant_id, &row.reference), &json));
                return Ok(store::insert(&mut **tx, row).await?);
            }
        }
        Err(AppError::Internal("no free reference after 8 tries".into()))
    }

    /// Recomputes the case's statistical record from its current state (same transaction).
    pub(crate) async fn refresh_stat(&self, tx: &mut Tx, row: &CaseRow) -> Result<()> {
        let stat_citizen_id = match row.citizen_id {
            Some(id) => naast_store::persons::get(&mut **tx, id)
                .await?
                .map(|p| p.stat_id),
            None => None,
        };
        let (acts, minutes) = store::activity_totals(&mut **tx, row.id).await?;
        let mut counts: std::collections::BTreeMap<String, u32> = std::collections::BTreeMap::new();
        for a in acts {
            *counts.entry(a).or_default() += 1;
        }
        let activities = counts
            .iter()
            .map(|(a, n)| format!("{a}:{n}"))
            .collect::<Vec<_>>()
            .join(",");
        let record = StatRecord {
            case_key: row.id,
            tenant_id: row.tenant_id,
            stat_citizen_id,
            area: row.area.clone(),
            organisation: row.organisation.clone(),
            primary_nature: row.primary_nature.clone(),
            channel: row.channel.clone(),
            found_via: row.found_via.clone(),
            opened_on: row.opened_on.clone(),
            closed_on: row.closed_on.clone(),
            outcome: row.outcome.clone(),
            external_outcome: row.external_outcome.clone(),
            activities,
            minutes,
        };
        store::upsert_stat(&mut **tx, &record).await?;
        Ok(())
    }

    /// The anonymous statistical record of a case (what reports use).
    pub async fn stat_record(&self, who: &Principal, reference: &str) -> Result<StatRecord> {
        let c = self.load_case(who, reference).await?;
        store::stat(self.db.pool(), c.row.id)
            .await?
            .ok_or(AppError::NotFound)
    }

    /// The codes a tenant accepts as "organisation concerned".
    pub(crate) async fn organisation_ok(
        &self,
        tenant_id: i64,
    ) -> Result<impl Fn(&str) -> bool + use<>> {
        let providers: Vec<String> = tenants::providers(self.db.pool(), tenant_id)
            .await?
            .into_iter()
            .map(|p| p.code)
            .collect();
        Ok(move |code: &str| naast_core::validation::organisation_of_tenant(code, &providers))
    }

    pub(crate) async fn write_case(
        &self,
        tx: &mut Tx,
        who: &Principal,
        row: &CaseRow,
        action: &str,
    ) -> Result<()> {
        if !store::update(&mut **tx, row).await? {
            return Err(AppError::Conflict(Msg::Conflict));
        }
        let mut fresh = row.clone();
        fresh.version += 1;
        self.refresh_stat(tx, &fresh).await?;
        self.audit_in(tx, who, action, "case", &row.id.to_string())
            .await?;
        Ok(())
    }
}
