//! The citizen's door: an intake through the public form or the public API. It asks little —
//! the story is the only thing required — and accepts an area the tenant does not cover (the
//! confidant points the citizen on), never refusing a citizen for choosing "wrong".

use crate::case::{Contact, Intake, IntakeFormContact, STORY_MAX, contact};
use crate::validation::{Collector, free_text, organisation, vocab_code};
use crate::{FieldError, Invalid, Msg, vocab};
use jiff::civil::Date;

/// How to reach the citizen, as the public API takes it.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct PublicContact {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub address: String,
    /// `phone`, `email` or `letter`.
    pub preferred: String,
    /// When to call, in the citizen's words ("na 15 uur").
    pub when: String,
}

/// A public intake as typed (form) or sent (`POST /api/v1/public/{slug}/intake`).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct PublicIntakeForm {
    pub story: String,
    pub area: String,
    pub organisation: String,
    pub contact: Option<PublicContact>,
    /// The language of the answer and of later messages.
    pub language: String,
    /// Help the citizen needs, such as an interpreter.
    pub needs: String,
    pub found_via: String,
    /// The form's honeypot, invisible to people; filled in only by robots.
    #[serde(skip)]
    pub honeypot: String,
}

/// A public intake, valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicIntake {
    pub intake: Intake,
    pub organisation: Option<String>,
    pub call_when: String,
    /// The language code for the status page and e-mails.
    pub language: String,
}

/// The largest public intake body accepted (story plus the rest, with room for JSON).
pub const BODY_MAX: usize = 64 * 1024;

impl PublicIntakeForm {
    /// The public web form's fields (`get` gives a field's value, or empty), as its handler
    /// reads them; `language` is the language the page settled on. "I stay anonymous" wins
    /// over anything typed below it: nothing of the contact is kept. Shared with the fuzz
    /// target `form_public`.
    pub fn from_fields(get: impl Fn(&str) -> String, language: String) -> PublicIntakeForm {
        let anonymous = !get("anonymous").is_empty();
        PublicIntakeForm {
            story: get("story"),
            area: get("area"),
            organisation: get("organisation"),
            contact: (!anonymous).then(|| PublicContact {
                name: get("name"),
                email: get("email"),
                phone: get("phone"),
                address: get("address"),
                preferred: get("preferred"),
                when: get("when"),
            }),
            language,
            needs: get("needs"),
            found_via: get("found_via"),
            honeypot: get("website"),
        }
    }

    /// `organisation_ok` says whether a code is one of the tenant's organisations;
    /// `language_ok` whether a language code is offered.
    pub fn parse(
        &self,
        today: Date,
        organisation_ok: impl Fn(&str) -> bool,
        language_ok: impl Fn(&str) -> bool,
    ) -> Result<PublicIntake, Invalid> {
        let mut c = Collector::default();
        if !self.honeypot.trim().is_empty() {
            c.push(FieldError::general(Msg::Robot));
        }
        let story = c.take(free_text("story", &self.story, STORY_MAX, true));
        let area = c
            .take(vocab_code("area", &vocab::AREAS, &self.area, false))
            .flatten();
        let organisation = c
            .take(organisation(
                "organisation",
                &self.organisation,
                organisation_ok,
            ))
            .flatten();
        let language = self.language.trim().to_ascii_lowercase();
        let language = if language.is_empty() {
            "nl".to_string()
        } else if language_ok(&language) {
            language
        } else {
            c.push(FieldError::new(
                "language",
                Msg::CodeUnknown(language.chars().take(10).collect()),
            ));
            "nl".to_string()
        };
        let pc = self.contact.clone().unwrap_or_default();
        let contact: Contact = contact(
            &mut c,
            &IntakeFormContact {
                name: &pc.name,
                email: &pc.email,
                phone: &pc.phone,
                address: &pc.address,
                preference: &pc.preferred,
                language: &language,
                accessibility: &self.needs,
            },
        );
        let call_when = c
            .take(free_text("when", &pc.when, 200, false))
            .unwrap_or_default();
        // A preferred way that was not given is a slip worth naming.
        match contact.preference.as_deref() {
            Some("phone") if contact.phone.is_empty() => {
                c.push(FieldError::new("phone", Msg::Required))
            }
            Some("email") if contact.email.is_none() => {
                c.push(FieldError::new("email", Msg::Required))
            }
            Some("letter") if contact.address.is_empty() => {
                c.push(FieldError::new("address", Msg::Required))
            }
            _ => {}
        }
        let found_via = c
            .take(vocab_code(
                "found_via",
                vocab::FOUND_VIA,
                &self.found_via,
                false,
            ))
            .flatten();
        c.finish()?;
        let story = story.ok_or_else(|| Invalid(vec![FieldError::general(Msg::Internal)]))?;
        let reachable = !(contact.name.is_empty()
            && contact.email.is_none()
            && contact.phone.is_empty()
            && contact.address.is_empty());
        Ok(PublicIntake {
            intake: Intake {
                channel: "web_form".into(),
                story,
                contact: reachable.then_some(contact),
                found_via,
                area,
                opened_on: today,
                minutes: 0,
            },
            organisation,
            call_when,
            language,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn parse(f: &PublicIntakeForm) -> Result<PublicIntake, Invalid> {
        f.parse(
            date(2026, 11, 23),
            |o| o == "municipality",
            |l| l == "nl" || l == "en",
        )
    }

    #[test]
    fn the_story_alone_is_enough_and_makes_an_anonymous_web_intake() {
        let i = parse(&PublicIntakeForm {
            story: " De taxi kwam niet. ".into(),
            ..Default::default()
        });
        let i = i.ok().map(|i| {
            (
                i.intake.story,
                i.intake.contact.is_none(),
                i.intake.channel,
                i.language,
            )
        });
        assert_eq!(
            i,
            Some((
                "De taxi kwam niet.".into(),
                true,
                "web_form".into(),
                "nl".into()
            ))
        );
    }

    #[test]
    fn each_problem_is_named_on_its_field() {
        let e = parse(&PublicIntakeForm {
            story: "  ".into(),
            area: "moon".into(),
            organisation: "acme".into(),
            language: "xx".into(),
            contact: Some(PublicContact {
                email: "not-an-address".into(),
                preferred: "phone".into(),
                ..Default::default()
            }),
            ..Default::default()
        })
        .err()
        .map(|e| e.0.iter().filter_map(|f| f.field).collect::<Vec<_>>());
        assert_eq!(
            e,
            Some(vec![
                "story",
                "area",
                "organisation",
                "language",
                "email",
                "phone"
            ])
        );
    }

    #[test]
    fn a_robot_filling_the_honeypot_is_refused() {
        let f = PublicIntakeForm {
            story: "x".into(),
            honeypot: "http://spam.example".into(),
            ..Default::default()
        };
        assert!(parse(&f).is_err());
    }
}
