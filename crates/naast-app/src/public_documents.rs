//! Documents with a message to the citizen: the confidant chooses one of the kwestie's
//! attachments or letters drafted in Naast; the citizen downloads it from the status page.
//! Only a document sent with a message on the link's own kwestie can be downloaded through
//! that link; anything else is `NotFound`, whoever asks. Every download is audited.

use crate::cases::{Download, LetterDoc, Loaded};
use crate::{App, AppError, Principal, Result};
use naast_core::{Lang, Msg};
use naast_store::cases as store;
use std::collections::HashMap;

/// A document sent with a message, as the status page lists it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SentDocument {
    pub id: i64,
    pub name: String,
}

/// What the citizen downloads: an attachment as stored, or a letter to typeset.
#[derive(Debug, Clone)]
pub enum CitizenDocument {
    File(Download),
    Letter(LetterDoc),
}

/// A document chosen on the message form: `attachment:{id}` or `letter:{entry id}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Chosen {
    Attachment(i64),
    Letter(i64),
}

impl App {
    /// Checks the document chosen for a message (empty: none) belongs to this kwestie.
    pub(crate) async fn chosen_document(&self, c: &Loaded, choice: &str) -> Result<Option<Chosen>> {
        let choice = choice.trim();
        if choice.is_empty() {
            return Ok(None);
        }
        let unknown = || AppError::field("document", Msg::DocumentUnknown);
        let (what, id) = choice.split_once(':').ok_or_else(unknown)?;
        let id: i64 = id.parse().map_err(|_| unknown())?;
        match what {
            "attachment" => store::attachment(self.db.pool(), c.row.id, id)
                .await?
                .filter(|a| a.sealed_data.is_some())
                .map(|_| Some(Chosen::Attachment(id)))
                .ok_or_else(unknown),
            "letter" => match self.letter_doc(c, id).await {
                Ok(_) => Ok(Some(Chosen::Letter(id))),
                Err(AppError::NotFound) => Err(unknown()),
                Err(e) => Err(e),
            },
            _ => Err(unknown()),
        }
    }

    /// Records that the message `entry_id` carries the chosen document.
    pub(crate) async fn attach_to_message(
        &self,
        tx: &mut naast_store::Tx,
        c: &Loaded,
        entry_id: i64,
        chosen: Chosen,
    ) -> Result<()> {
        let (attachment, letter) = match chosen {
            Chosen::Attachment(id) => (Some(id), None),
            Chosen::Letter(id) => (None, Some(id)),
        };
        store::insert_message_document(&mut **tx, c.row.id, entry_id, attachment, letter).await?;
        Ok(())
    }

    /// The documents sent with messages on a kwestie, by message entry.
    pub(crate) async fn sent_documents(
        &self,
        c: &Loaded,
    ) -> Result<HashMap<i64, Vec<SentDocument>>> {
        let mut out: HashMap<i64, Vec<SentDocument>> = HashMap::new();
        if c.key.is_none() {
            return Ok(out);
        }
        for d in store::message_documents(self.db.pool(), c.row.id).await? {
            let name = self.document_name(c, &d).await?;
            out.entry(d.entry_id)
                .or_default()
                .push(SentDocument { id: d.id, name });
        }
        Ok(out)
    }

    async fn document_name(&self, c: &Loaded, d: &store::MessageDocumentRow) -> Result<String> {
        let (table, name_field, _) = crate::cases::ATTACHMENTS;
        Ok(match (d.attachment_id, d.letter_entry_id) {
            (Some(a), _) => match store::attachment(self.db.pool(), c.row.id, a).await? {
                Some(row) => c.open_at(table, name_field, row.id, &row.sealed_name),
                None => String::new(),
            },
            (None, Some(l)) => match self.letter_doc(c, l).await {
                Ok(doc) => format!("{}.pdf", doc.file_stem),
                Err(AppError::NotFound) => String::new(),
                Err(e) => return Err(e),
            },
            _ => String::new(),
        })
    }

    /// A document sent with a message, downloaded through the status link (audited).
    /// `NotFound` for a link that does not exist, and for any id that is not a document sent
    /// with a message on the link's own kwestie.
    pub async fn citizen_message_document(&self, token: &str, id: i64) -> Result<CitizenDocument> {
        let (c, _) = self.by_token(token).await?;
        if c.key.is_none() {
            return Err(AppError::NotFound);
        }
        let d = store::message_document(self.db.pool(), c.row.id, id)
            .await?
            .ok_or(AppError::NotFound)?;
        let doc = match (d.attachment_id, d.letter_entry_id) {
            (Some(a), _) => {
                let row = store::attachment(self.db.pool(), c.row.id, a)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let data = row.sealed_data.as_ref().ok_or(AppError::NotFound)?;
                let (table, name_field, data_field) = crate::cases::ATTACHMENTS;
                let bytes = c.open_bytes_at(table, data_field, row.id, data)?;
                CitizenDocument::File(Download {
                    name: c.open_at(table, name_field, row.id, &row.sealed_name),
                    content_type: row.content_type,
                    bytes,
                })
            }
            (None, Some(l)) => CitizenDocument::Letter(self.letter_doc(&c, l).await?),
            _ => return Err(AppError::NotFound),
        };
        self.audit(
            &Principal::citizen(c.row.tenant_id, Lang::Nl),
            "case.citizen_document_read",
            "message_document",
            &d.id.to_string(),
        )
        .await?;
        Ok(doc)
    }
}
