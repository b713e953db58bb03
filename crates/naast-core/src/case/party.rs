//! Others involved in a kwestie besides the citizen (parties): who they are and how to reach them.

use super::CONTACT_PREFERENCES;
use super::fields::{collected_text, phone};
use crate::validation::Collector;
use crate::{EmailAddress, FieldError, Invalid, Msg, vocab};

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
        let name = collected_text(&mut c, "party_name", &self.name, 200, true);
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
        if !pref.is_empty() && !vocab::has(CONTACT_PREFERENCES, pref) {
            c.push(FieldError::new(
                "preference",
                Msg::CodeUnknown(pref.chars().take(40).collect()),
            ));
        }
        let language = collected_text(&mut c, "party_language", &self.language, 60, false);
        let accessibility = collected_text(
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

#[cfg(test)]
mod tests {
    use super::*;

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
