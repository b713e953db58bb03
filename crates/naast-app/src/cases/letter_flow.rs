//! A letter drafted in Naast from draft to sent: it stays a draft (editable, every saved
//! version kept and readable) until the confidant marks it sent with the day it went out. Only
//! then the timeline says it was sent, on that day, and for an objection or complaint the
//! procedure is recorded as filed that day (which answers the term to object, Awb 6:7, and
//! starts the term to decide, Awb 7:10 or 9:11). A sent letter cannot be changed. A letter can
//! also be put on the citizen's status page, for the citizen to sign and send.

use super::letter_drafts::{LetterDraft, VersionView};
use super::view::Names;
use super::{ENTRIES, Loaded, today};
use crate::{App, AppError, Principal, Result};
use naast_core::case::LetterForm;
use naast_core::case::letter::{is_objection, warnings};
use naast_core::procedure::{LETTER_KINDS, ProcedureForm, route_kind};
use naast_core::{CaseStatus, FieldError, Invalid, Msg, vocab};
use naast_store::cases as store;
use naast_store::letters;

/// Where a letter's earlier versions are sealed (their id is in the AAD).
const VERSIONS: (&str, &str) = ("letter_versions", "sealed");

/// The message that goes with a letter put on the status page.
const STATUS_PAGE_MESSAGE: &str = "Uw brief staat klaar. Download de brief, lees hem goed na, zet uw handtekening eronder en verstuur hem. Laat het mij weten als u hem hebt verstuurd, of als er iets niet klopt.";

impl App {
    /// A letter drafted in Naast on a loaded case, with its text; `NotFound` for anything else.
    async fn drafted_letter(
        &self,
        c: &Loaded,
        entry_id: i64,
    ) -> Result<(LetterForm, Option<letters::DraftRow>)> {
        let entry = store::entries(self.db.pool(), c.row.id)
            .await?
            .into_iter()
            .find(|e| e.id == entry_id && e.kind == "letter")
            .ok_or(AppError::NotFound)?;
        let form: LetterForm =
            serde_json::from_str(&c.open_at(ENTRIES.0, ENTRIES.1, entry.id, &entry.sealed))
                .unwrap_or_default();
        if form.body.is_empty() {
            return Err(AppError::NotFound);
        }
        let tracked = letters::of_case(self.db.pool(), c.row.id)
            .await?
            .into_iter()
            .find(|d| d.entry_id == entry_id);
        Ok((form, tracked))
    }

    /// A saved letter, to edit while it is a draft or to read once sent, with its earlier
    /// versions and what it still misses (the read is audited).
    pub async fn saved_letter(
        &self,
        who: &Principal,
        reference: &str,
        entry_id: i64,
    ) -> Result<LetterDraft> {
        let c = self.load_case(who, reference).await?;
        let (form, tracked) = self.drafted_letter(&c, entry_id).await?;
        let names = Names::load(self).await?;
        let versions = letters::versions(self.db.pool(), c.row.id, entry_id)
            .await?
            .into_iter()
            .enumerate()
            .map(|(i, v)| VersionView {
                id: v.id,
                number: i + 1,
                at: v.created_at,
                author: names.user(v.author_user_id),
            })
            .collect();
        let route = self
            .register_entry_of(&c)
            .await?
            .route(route_kind(&form.kind));
        self.audit(who, "case.letter_read", "entry", &entry_id.to_string())
            .await?;
        // A letter saved before drafts existed was recorded as it was: it counts as sent.
        let sent_on = match &tracked {
            Some(d) => d.sent_on.clone(),
            None => Some(form.on.clone()),
        };
        Ok(LetterDraft {
            kind: form.kind.clone(),
            label: vocab::label(LETTER_KINDS, &form.kind, who.lang).into(),
            warnings: if sent_on.is_none() {
                warnings(&form)
            } else {
                Vec::new()
            },
            form,
            entry_id: Some(entry_id),
            sent_on,
            channel: route.channel,
            web: route.web,
            versions,
            ..Default::default()
        })
    }

    /// An earlier version of a letter, by its number (1 = the first saved), read-only.
    pub async fn letter_version(
        &self,
        who: &Principal,
        reference: &str,
        entry_id: i64,
        version_id: i64,
    ) -> Result<(usize, LetterForm)> {
        let c = self.load_case(who, reference).await?;
        self.drafted_letter(&c, entry_id).await?;
        let all = letters::versions(self.db.pool(), c.row.id, entry_id).await?;
        let (i, v) = all
            .iter()
            .enumerate()
            .find(|(_, v)| v.id == version_id)
            .ok_or(AppError::NotFound)?;
        let form: LetterForm =
            serde_json::from_str(&c.open_at(VERSIONS.0, VERSIONS.1, v.id, &v.sealed))
                .unwrap_or_default();
        self.audit(who, "case.letter_read", "entry", &entry_id.to_string())
            .await?;
        Ok((i + 1, form))
    }

    /// Saves a new text of a draft letter; the text it had is kept as a version. A sent letter
    /// cannot be changed (`Conflict(LetterSent)`).
    pub async fn update_letter(
        &self,
        who: &Principal,
        reference: &str,
        entry_id: i64,
        input: &LetterForm,
    ) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        if c.key.is_none() || c.row.status == CaseStatus::Closed {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        let (old, tracked) = self.drafted_letter(&c, entry_id).await?;
        if tracked.is_none_or(|d| d.sent_on.is_some()) {
            return Err(AppError::Conflict(Msg::LetterSent));
        }
        let (on, new) = LetterForm {
            direction: "sent".into(), // not a state: the letter's direction
            kind: old.kind.clone(),
            summary: String::new(),
            ..input.clone()
        }
        .parse(today())?;
        if new.body.is_empty() {
            return Err(AppError::Invalid(Invalid(vec![FieldError::new(
                "body",
                Msg::Required,
            )])));
        }
        let old_text =
            serde_json::to_string(&old).map_err(|e| AppError::Internal(e.to_string()))?;
        let new_text =
            serde_json::to_string(&new).map_err(|e| AppError::Internal(e.to_string()))?;
        let mut tx = self.db.begin().await?;
        let vid = letters::insert_version(&mut *tx, c.row.id, entry_id, who.user_id).await?;
        let sealed = c.seal_at(VERSIONS.0, VERSIONS.1, vid, &old_text)?;
        letters::set_version_sealed(&mut *tx, vid, &sealed).await?;
        super::seal_entry(&mut tx, &c, entry_id, &new_text).await?;
        letters::set_entry_date(&mut *tx, c.row.id, entry_id, &on.to_string()).await?;
        self.write_case(&mut tx, who, &c.row, "case.letter_edit")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Marks a draft letter sent on `sent_on` (empty: today): from then on the timeline says it
    /// was sent that day and it cannot be changed. An objection or complaint sent this way is
    /// recorded as filed that day when the kwestie has no such procedure yet. A letter saved
    /// before drafts existed gets an entry "letter sent" of its own, as before. The entry to
    /// point at.
    pub async fn mark_letter_sent(
        &self,
        who: &Principal,
        reference: &str,
        entry_id: i64,
        sent_on: &str,
    ) -> Result<i64> {
        let c = self.load_case(who, reference).await?;
        if c.key.is_none() || c.row.status == CaseStatus::Closed {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        let (form, tracked) = self.drafted_letter(&c, entry_id).await?;
        let Some(tracked) = tracked else {
            // The letter is loaded and opened already: recorded from it, not read again.
            return self.record_letter_sent(who, reference, &form).await;
        };
        if tracked.sent_on.is_some() {
            return Err(AppError::Conflict(Msg::LetterSent));
        }
        let day = naast_core::validation::past_date("sent_on", sent_on, today(), false)
            .map_err(|e| AppError::Invalid(Invalid(vec![e])))?
            .unwrap_or_else(today)
            .to_string();
        let mut tx = self.db.begin().await?;
        if !letters::mark_sent(&mut *tx, c.row.id, entry_id, &day).await? {
            return Err(AppError::Conflict(Msg::LetterSent));
        }
        letters::set_entry_date(&mut *tx, c.row.id, entry_id, &day).await?;
        self.write_case(&mut tx, who, &c.row, "case.letter_sent")
            .await?;
        tx.commit().await?;
        let procedure = if is_objection(&form.kind) {
            Some("objection")
        } else if form.kind == "complaint" {
            Some("complaint")
        } else {
            None
        };
        if let Some(kind) = procedure {
            let known = naast_store::procedures::of_case(self.db.pool(), c.row.id)
                .await?
                .iter()
                .any(|p| p.kind == kind);
            if !known {
                // An objection is heard by the advisory committee the register names, which
                // lengthens the decision term to 12 weeks (Awb 7:10 lid 1 with 7:13). The
                // register's committee is the objection committee; a complaint keeps the
                // plain term unless the confidant says otherwise on the procedures part. The
                // register is read once, only for an objection, for both attempts below.
                let committee = if kind == "objection" {
                    let register = self.register_entry_of(&c).await?;
                    !register.committee.trim().is_empty()
                } else {
                    false
                };
                let filed = |organisation: String| ProcedureForm {
                    kind: kind.into(),
                    organisation,
                    filed_on: day.clone(),
                    committee,
                };
                let org = c.row.organisation.clone().unwrap_or_default();
                // An organisation the procedure form does not know is left out rather than
                // failing the sending that already happened.
                if let Err(AppError::Invalid(_)) =
                    self.add_procedure(who, reference, &filed(org)).await
                {
                    self.add_procedure(who, reference, &filed(String::new()))
                        .await?;
                }
            }
        }
        Ok(entry_id)
    }

    /// Puts a letter on the citizen's status page, with a message, for them to download, sign
    /// and send (through the documents sent with messages: only what is sent that way can be
    /// downloaded through the link).
    pub async fn letter_to_status_page(
        &self,
        who: &Principal,
        reference: &str,
        entry_id: i64,
    ) -> Result<()> {
        self.message_citizen_with(
            who,
            reference,
            STATUS_PAGE_MESSAGE,
            &format!("letter:{entry_id}"),
        )
        .await
    }
}
