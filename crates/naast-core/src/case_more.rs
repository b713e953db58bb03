//! The rest of a kwestie's record: others involved (parties), mediation, letters and
//! attachments — each parsed and checked before anything is stored.

use crate::validation::{Collector, any_date, past_date, phone};
use crate::{EmailAddress, FieldError, Invalid, Msg, vocab};
use jiff::civil::Date;

fn text(c: &mut Collector, field: &'static str, input: &str, max: usize, required: bool) -> String {
    match crate::validation::free_text(field, input, max, required) {
        Ok(s) => s,
        Err(e) => {
            c.push(e);
            input.trim().to_string()
        }
    }
}

/// Someone besides the citizen: a representative, an informal carer, an interpreter.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize, PartialEq, Eq)]
#[serde(default)]
pub struct PartyForm {
    pub role: String,
    pub name: String,
    pub phone: String,
    pub email: String,
    pub preference: String,
    pub language: String,
    pub accessibility: String,
}

impl PartyForm {
    /// Returns the cleaned form (what is stored, sealed).
    pub fn parse(&self) -> Result<PartyForm, Invalid> {
        let mut c = Collector::default();
        let role = self.role.trim();
        if role == "citizen" || !vocab::has(vocab::PARTY_ROLES, role) {
            c.push(FieldError::new(
                "role",
                Msg::CodeUnknown(role.chars().take(40).collect()),
            ));
        }
        let name = text(&mut c, "party_name", &self.name, 200, true);
        let phone = c
            .take(phone("party_phone", &self.phone))
            .unwrap_or_default();
        let email = if self.email.trim().is_empty() {
            String::new()
        } else {
            c.take(EmailAddress::parse("party_email", &self.email))
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        let pref = self.preference.trim();
        if !pref.is_empty() && !vocab::has(crate::case::CONTACT_PREFERENCES, pref) {
            c.push(FieldError::new(
                "preference",
                Msg::CodeUnknown(pref.chars().take(40).collect()),
            ));
        }
        let language = text(&mut c, "party_language", &self.language, 60, false);
        let accessibility = text(
            &mut c,
            "party_accessibility",
            &self.accessibility,
            500,
            false,
        );
        c.finish()?;
        Ok(PartyForm {
            role: role.into(),
            name,
            phone,
            email,
            preference: pref.into(),
            language,
            accessibility,
        })
    }
}

/// A mediation: who met, when, what was agreed, when to follow up, and how it ended.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize, PartialEq, Eq)]
#[serde(default)]
pub struct MediationForm {
    pub parties: String,
    pub meeting_on: String,
    pub agreements: String,
    pub follow_up_on: String,
    pub result: String,
}

impl MediationForm {
    pub fn parse(&self, today: Date) -> Result<(Date, MediationForm), Invalid> {
        let mut c = Collector::default();
        let parties = text(&mut c, "mediation_parties", &self.parties, 1000, true);
        let meeting = c
            .take(past_date("meeting_on", &self.meeting_on, today, true))
            .flatten();
        let agreements = text(&mut c, "agreements", &self.agreements, 10_000, false);
        let follow_up = c
            .take(any_date("follow_up_on", &self.follow_up_on, false))
            .flatten();
        let result = text(&mut c, "mediation_result", &self.result, 2_000, false);
        c.finish()?;
        let meeting = meeting.ok_or_else(|| Invalid::one("meeting_on", Msg::Required))?;
        Ok((
            meeting,
            MediationForm {
                parties,
                meeting_on: meeting.to_string(),
                agreements,
                follow_up_on: follow_up.map(|d| d.to_string()).unwrap_or_default(),
                result,
            },
        ))
    }
}

/// A letter sent or received.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize, PartialEq, Eq)]
#[serde(default)]
pub struct LetterForm {
    /// `sent` or `received`.
    pub direction: String,
    pub on: String,
    pub correspondent: String,
    pub subject: String,
    pub summary: String,
    /// The letter's full text, when drafted in Naast (then it can be downloaded).
    pub body: String,
    /// The template it was drafted from (`crate::procedure::LETTER_KINDS`), if any.
    pub kind: String,
}

impl LetterForm {
    pub fn parse(&self, today: Date) -> Result<(Date, LetterForm), Invalid> {
        let mut c = Collector::default();
        let direction = self.direction.trim();
        // not a state: a letter's direction
        if !matches!(direction, "sent" | "received") {
            c.push(FieldError::new("direction", Msg::Required));
        }
        let on = c
            .take(past_date("letter_on", &self.on, today, false))
            .flatten()
            .unwrap_or(today);
        let correspondent = text(&mut c, "correspondent", &self.correspondent, 300, true);
        let subject = text(&mut c, "subject", &self.subject, 300, true);
        let summary = text(&mut c, "summary", &self.summary, 10_000, false);
        let body = text(&mut c, "body", &self.body, 50_000, false);
        let kind = self.kind.trim();
        if !kind.is_empty() && !vocab::has(crate::procedure::LETTER_KINDS, kind) {
            c.push(FieldError::new(
                "kind",
                Msg::CodeUnknown(kind.chars().take(40).collect()),
            ));
        }
        c.finish()?;
        Ok((
            on,
            LetterForm {
                direction: direction.into(),
                on: on.to_string(),
                correspondent,
                subject,
                summary,
                body,
                kind: kind.into(),
            },
        ))
    }
}

/// The largest attachment accepted.
pub const ATTACHMENT_MAX: usize = 10 * 1024 * 1024;

/// Decides an attachment's type from its first bytes (never from the name or what the browser
/// claims): PDF, JPEG, PNG, the Office and OpenDocument formats (zip), or plain UTF-8 text.
pub fn attachment_type(name: &str, bytes: &[u8]) -> Result<&'static str, FieldError> {
    if bytes.is_empty() {
        return Err(FieldError::new("file", Msg::Required));
    }
    if bytes.len() > ATTACHMENT_MAX {
        return Err(FieldError::new(
            "file",
            Msg::AttachmentTooLarge(ATTACHMENT_MAX / (1024 * 1024)),
        ));
    }
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit('.').next().unwrap_or("");
    let kind = if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(b"PK\x03\x04") {
        match ext {
            "docx" => {
                Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            }
            "xlsx" => Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "odt" => Some("application/vnd.oasis.opendocument.text"),
            _ => None,
        }
    } else if matches!(ext, "txt" | "eml") && std::str::from_utf8(bytes).is_ok() {
        Some("text/plain; charset=utf-8")
    } else {
        None
    };
    kind.ok_or_else(|| FieldError::new("file", Msg::AttachmentType))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attachments_are_typed_by_their_contents_not_their_name() {
        assert_eq!(
            attachment_type("brief.pdf", b"%PDF-1.7 ..."),
            Ok("application/pdf")
        );
        assert!(attachment_type("brief.pdf", b"MZ\x90\x00 not a pdf").is_err());
        assert!(attachment_type("virus.exe", b"MZ\x90\x00").is_err());
        assert!(attachment_type("leeg.txt", b"").is_err());
        assert!(attachment_type("groot.pdf", &vec![b'%'; ATTACHMENT_MAX + 1]).is_err());
        assert_eq!(
            attachment_type("notitie.txt", "Hé".as_bytes()),
            Ok("text/plain; charset=utf-8")
        );
    }

    #[test]
    fn a_party_needs_a_role_other_than_citizen_and_a_name() {
        let p = PartyForm {
            role: "citizen".into(),
            ..Default::default()
        };
        assert_eq!(p.parse().err().map(|e| e.0.len()), Some(2));
        let p = PartyForm {
            role: "interpreter".into(),
            name: " Ayşe ".into(),
            language: "Turks".into(),
            ..Default::default()
        };
        assert_eq!(p.parse().ok().map(|p| p.name), Some("Ayşe".into()));
    }
}
