//! The intake (opvang): the first registration of a kwestie — channel, the citizen's story, how
//! to reach them or that they stay anonymous, and the few codes known at once.

use crate::validation::Collector;
use crate::validation::{free_text, past_date, phone, vocab_code};
use crate::vocab::{self, List};
use crate::{EmailAddress, FieldError, Invalid, Msg};
use jiff::civil::Date;

/// How to reach the citizen, or nothing (anonymous).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Contact {
    pub name: String,
    pub email: Option<EmailAddress>,
    pub phone: String,
    pub address: String,
    /// `phone`, `email` or `letter`.
    pub preference: Option<String>,
    pub language: String,
    pub accessibility: String,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.name.is_empty()
            && self.email.is_none()
            && self.phone.is_empty()
            && self.address.is_empty()
    }
}

pub const CONTACT_PREFERENCES: List = &[
    ("phone", "Telefoon", "phone"),
    ("email", "E-mail", "e-mail"),
    ("letter", "Brief", "letter"),
];

/// An intake as typed: the essentials first, the rest optional.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct IntakeForm {
    pub tenant: String,
    pub channel: String,
    pub story: String,
    pub anonymous: bool,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub address: String,
    pub contact_preference: String,
    pub language: String,
    pub accessibility: String,
    pub found_via: String,
    pub area: String,
    pub opened_on: String,
    /// Staff only: the reference of a kwestie of the same citizen, chosen after a search. A
    /// matching e-mail address or name never links on its own.
    pub citizen_of: String,
    /// Staff only: how long this first contact took (empty: not counted). The intake is the
    /// first contact moment of the kwestie.
    #[serde(deserialize_with = "super::contact_moment::number_or_text")]
    pub minutes: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Intake {
    pub channel: String,
    pub story: String,
    pub contact: Option<Contact>,
    pub found_via: Option<String>,
    pub area: Option<String>,
    pub opened_on: Date,
    /// Minutes of the first contact (0: not counted).
    pub minutes: u32,
}
/// The longest story, problem or note accepted.
pub const STORY_MAX: usize = 20_000;

pub(crate) fn contact(c: &mut Collector, f: &IntakeFormContact<'_>) -> Contact {
    Contact {
        name: c
            .take(crate::validation::line("name", f.name, 200, false))
            .unwrap_or_default(),
        email: if f.email.trim().is_empty() {
            None
        } else {
            c.take(EmailAddress::parse("email", f.email))
        },
        phone: c.take(phone("phone", f.phone)).unwrap_or_default(),
        address: c
            .take(free_text("address", f.address, 300, false))
            .unwrap_or_default(),
        preference: c
            .take(vocab_code(
                "contact_preference",
                CONTACT_PREFERENCES,
                f.preference,
                false,
            ))
            .flatten(),
        language: c
            .take(crate::validation::line("language", f.language, 60, false))
            .unwrap_or_default(),
        accessibility: c
            .take(free_text("accessibility", f.accessibility, 500, false))
            .unwrap_or_default(),
    }
}

pub(crate) struct IntakeFormContact<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub phone: &'a str,
    pub address: &'a str,
    pub preference: &'a str,
    pub language: &'a str,
    pub accessibility: &'a str,
}

impl IntakeForm {
    pub fn parse(&self, today: Date) -> Result<Intake, Invalid> {
        let mut c = Collector::default();
        let channel = c
            .take(vocab_code("channel", vocab::CHANNELS, &self.channel, true))
            .flatten();
        let story = c.take(free_text("story", &self.story, STORY_MAX, true));
        let contact = contact(
            &mut c,
            &IntakeFormContact {
                name: &self.name,
                email: &self.email,
                phone: &self.phone,
                address: &self.address,
                preference: &self.contact_preference,
                language: &self.language,
                accessibility: &self.accessibility,
            },
        );
        // A known citizen chosen by staff brings their contact details along.
        if !self.anonymous && contact.is_empty() && self.citizen_of.trim().is_empty() {
            c.push(FieldError::new("phone", Msg::ContactOrAnonymous));
        }
        let found_via = c
            .take(vocab_code(
                "found_via",
                vocab::FOUND_VIA,
                &self.found_via,
                false,
            ))
            .flatten();
        let area = c
            .take(vocab_code("area", &vocab::AREAS, &self.area, false))
            .flatten();
        let opened_on = c
            .take(past_date("opened_on", &self.opened_on, today, false))
            .flatten()
            .unwrap_or(today);
        let minutes = super::contact_moment::minutes(&mut c, &self.minutes);
        c.finish()?;
        match (channel, story) {
            (Some(channel), Some(story)) => Ok(Intake {
                minutes: minutes.unwrap_or_default(),
                channel,
                story,
                contact: if self.anonymous && contact.is_empty() {
                    None
                } else {
                    Some(contact)
                },
                found_via,
                area,
                opened_on,
            }),
            _ => Err(Invalid(vec![FieldError::general(Msg::Internal)])),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::ContactForm;

    fn today() -> Date {
        Date::new(2026, 11, 23).unwrap_or_default()
    }

    #[test]
    fn an_intake_needs_a_channel_a_story_and_a_way_to_reach_or_anonymity() {
        let f = IntakeForm::default();
        let e = f.parse(today()).err().map(|e| e.0.len()).unwrap_or(0);
        assert_eq!(e, 3, "channel, story, contact-or-anonymous");
        let f = IntakeForm {
            channel: "phone".into(),
            story: "Mijn pgb is gestopt.".into(),
            anonymous: true,
            ..Default::default()
        };
        let i = f.parse(today()).ok();
        assert_eq!(
            i.map(|i| (i.contact.is_none(), i.opened_on)),
            Some((true, today()))
        );
    }

    #[test]
    fn unknown_codes_future_dates_and_bad_numbers_are_refused() {
        let f = IntakeForm {
            channel: "pigeon".into(),
            story: "x".into(),
            anonymous: true,
            opened_on: "2030-01-01".into(),
            ..Default::default()
        };
        let e = f.parse(today()).err().unwrap_or(Invalid(vec![]));
        assert!(e.for_field("channel").is_some() && e.for_field("opened_on").is_some());
        let c = ContactForm {
            channel: "phone".into(),
            minutes: "-5".into(),
            activities: vec!["juggling".into()],
            ..Default::default()
        };
        let e = c.parse(today()).err().unwrap_or(Invalid(vec![]));
        assert!(e.for_field("minutes").is_some() && e.for_field("activities").is_some());
    }
}
