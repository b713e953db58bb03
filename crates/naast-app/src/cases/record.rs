//! The rest of the record: others involved, mediation, letters, attachments (sealed with the
//! case's key, type and size checked).

use crate::clock::today;
use crate::{App, AppError, Principal, Result};
use naast_core::case::{LetterForm, MediationForm, PartyForm, attachment_type};
use naast_core::{Invalid, Msg};
use naast_store::cases as store;

/// An attachment to download.
#[derive(Debug, Clone)]
pub struct Download {
    pub name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

fn to_json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| AppError::Internal(e.to_string()))
}

impl App {
    pub async fn add_party(
        &self,
        who: &Principal,
        reference: &str,
        form: &PartyForm,
    ) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        if c.key.is_none() {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        let p = form.parse()?;
        let json = to_json(&p)?;
        let mut tx = self.db.begin().await?;
        let id = store::insert_party(&mut *tx, c.row.id, &p.role, b"").await?;
        let (table, field) = super::PARTIES;
        let sealed = c.seal_at(table, field, id, &json)?;
        store::set_party_sealed(&mut *tx, id, &sealed).await?;
        self.write_case(&mut tx, who, &c.row, "case.party_add")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn remove_party(&self, who: &Principal, reference: &str, id: i64) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        let mut tx = self.db.begin().await?;
        if !store::delete_party(&mut *tx, c.row.id, id).await? {
            return Err(AppError::NotFound);
        }
        self.write_case(&mut tx, who, &c.row, "case.party_remove")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a mediation (parties, meeting date, agreements, follow-up date, result).
    pub async fn add_mediation(
        &self,
        who: &Principal,
        reference: &str,
        form: &MediationForm,
    ) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        if c.key.is_none() {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        // A mediation on a day ahead is planned; marked held, it becomes its contact moment.
        if let Some(on) = naast_core::case::future_date(&form.meeting_on, today()) {
            let what: String = form.parties.trim().chars().take(200).collect();
            let plan = naast_core::case::Plan {
                kind: "mediation".into(),
                on,
                what: if what.is_empty() {
                    String::new()
                } else {
                    format!("met {what}")
                },
                ..Default::default()
            };
            return self.plan_loaded(who, &c, &plan).await;
        }
        let (on, m) = form.parse(today())?;
        let sealed = to_json(&m)?;
        let mut tx = self.db.begin().await?;
        // The follow-up date becomes a task on that day.
        self.follow_up_task(&mut tx, who, &c, &m.follow_up_on, &m.parties)
            .await?;
        let entry = store::insert_entry(
            &mut *tx,
            c.row.id,
            "mediation",
            &on.to_string(),
            None,
            "mediation",
            0,
            None,
            who.user_id,
        )
        .await?;
        super::seal_entry(&mut tx, &c, entry, &sealed).await?;
        self.write_case(&mut tx, who, &c.row, "case.mediation")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a letter sent or received.
    pub async fn add_letter(
        &self,
        who: &Principal,
        reference: &str,
        form: &LetterForm,
    ) -> Result<i64> {
        let c = self.load_case(who, reference).await?;
        if c.key.is_none() {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        let (on, l) = form.parse(today())?;
        let sealed = to_json(&l)?;
        // A letter drafted here is support the confidant gave; it counts as that activity.
        let activity = match l.kind.as_str() {
            "complaint" => "complaint_support",
            "notice_of_default" => "advice",
            "objection" | "objection_pro_forma" => "objection_support",
            "information_request" => "information",
            _ => "",
        };
        let mut tx = self.db.begin().await?;
        let id = store::insert_entry(
            &mut *tx,
            c.row.id,
            "letter",
            &on.to_string(),
            Some("letter"),
            activity,
            0,
            None,
            who.user_id,
        )
        .await?;
        super::seal_entry(&mut tx, &c, id, &sealed).await?;
        // A letter drafted in Naast stays a draft until it is marked sent.
        if !l.body.is_empty() {
            naast_store::letters::insert(&mut *tx, c.row.id, id).await?;
        }
        self.write_case(&mut tx, who, &c.row, "case.letter").await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Stores an attachment, sealed; its type is decided from its contents.
    pub async fn add_attachment(
        &self,
        who: &Principal,
        reference: &str,
        name: &str,
        bytes: &[u8],
    ) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        self.store_attachment(who, &c, name, bytes).await
    }

    /// Stores an attachment on a loaded case (the caller decided who may).
    pub(crate) async fn store_attachment(
        &self,
        who: &Principal,
        c: &super::Loaded,
        name: &str,
        bytes: &[u8],
    ) -> Result<()> {
        let mut tx = self.db.begin().await?;
        self.attach_in(&mut tx, who, c, name, bytes).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Stores an attachment in `tx`: sealed, with its timeline entry, and the case written and
    /// audited (`case.attachment`). Its id.
    pub(crate) async fn attach_in(
        &self,
        tx: &mut naast_store::Tx,
        who: &Principal,
        c: &super::Loaded,
        name: &str,
        bytes: &[u8],
    ) -> Result<i64> {
        if c.key.is_none() {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        let name: String = name
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or("")
            .chars()
            .filter(|ch| !ch.is_control())
            .take(200)
            .collect();
        let kind =
            attachment_type(&name, bytes).map_err(|e| AppError::Invalid(Invalid(vec![e])))?;
        let name = if name.is_empty() {
            "bijlage".to_string()
        } else {
            name
        };
        let id = store::insert_attachment(
            &mut **tx,
            c.row.id,
            kind,
            bytes.len() as i64,
            b"",
            b"",
            who.user_id,
        )
        .await?;
        let (table, name_field, data_field) = super::ATTACHMENTS;
        let sealed_name = c.seal_at(table, name_field, id, &name)?;
        let sealed_data = c.seal_bytes_at(table, data_field, id, bytes)?;
        store::set_attachment_sealed(&mut **tx, id, &sealed_name, &sealed_data).await?;
        super::entry_today(tx, c, "attachment", who.user_id, &name).await?;
        self.write_case(tx, who, &c.row, "case.attachment").await?;
        Ok(id)
    }

    /// An attachment's contents (the read is audited).
    pub async fn attachment(&self, who: &Principal, reference: &str, id: i64) -> Result<Download> {
        let c = self.load_case(who, reference).await?;
        let a = store::attachment(self.db.pool(), c.row.id, id)
            .await?
            .ok_or(AppError::NotFound)?;
        let (Some(_), Some(data)) = (&c.key, &a.sealed_data) else {
            return Err(AppError::NotFound);
        };
        let (table, name_field, data_field) = super::ATTACHMENTS;
        let bytes = c.open_bytes_at(table, data_field, a.id, data)?;
        self.audit(who, "case.attachment_read", "attachment", &a.id.to_string())
            .await?;
        Ok(Download {
            name: c.open_at(table, name_field, a.id, &a.sealed_name),
            content_type: a.content_type,
            bytes,
        })
    }
}

impl App {
    /// Refuses (`NotFound`) unless the principal may see this case; for handlers that must
    /// decide access before reading a request body.
    pub async fn case_exists_for(&self, who: &Principal, reference: &str) -> Result<()> {
        self.load_case(who, reference).await.map(|_| ())
    }
}
