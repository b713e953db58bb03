//! A kwestie's input forms, parsed at the edge into valid values: intake, clarifying the
//! question, contact moments, tasks, closing. Every parser reports every problem at once and
//! takes "today" as an argument, so it stays pure.

use crate::validation::{
    Collector, any_date, free_text, organisation, past_date, phone, vocab_code,
};
use crate::vocab::{self, List};
use crate::{EmailAddress, FieldError, Invalid, Msg};
use jiff::civil::Date;

/// Crockford's base-32 alphabet: no I, L, O, U, so a reference reads aloud without doubt.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A kwestie's reference as citizens see it: `NST-7K4M-2Q9D` (40 random bits).
pub fn reference_from(random: [u8; 5]) -> String {
    let mut n = random
        .iter()
        .fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
    let mut chars = [0u8; 8];
    for c in chars.iter_mut().rev() {
        *c = CROCKFORD[(n & 31) as usize];
        n >>= 5;
    }
    let s = String::from_utf8_lossy(&chars).into_owned();
    format!("NST-{}-{}", &s[..4], &s[4..])
}

/// Reads a reference as typed (lower case, without dashes, O for 0, I/L for 1).
pub fn normalise_reference(input: &str) -> Option<String> {
    let mut body: String = input
        .trim()
        .to_ascii_uppercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect();
    if body.starts_with("NST") && body.len() == 11 {
        body = body[3..].to_string();
    }
    if body.len() != 8 || !body.bytes().all(|b| CROCKFORD.contains(&b)) {
        return None;
    }
    Some(format!("NST-{}-{}", &body[..4], &body[4..]))
}

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
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Intake {
    pub channel: String,
    pub story: String,
    pub contact: Option<Contact>,
    pub found_via: Option<String>,
    pub area: Option<String>,
    pub opened_on: Date,
}

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
        c.finish()?;
        match (channel, story) {
            (Some(channel), Some(story)) => Ok(Intake {
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

/// Clarifying the question (vraagverheldering).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct ClarifyForm {
    pub problem: String,
    pub area: String,
    pub organisation: String,
    pub natures: Vec<String>,
    pub primary_nature: String,
    pub decision_kind: String,
    pub decision_date: String,
    pub decision_sent_on: String,
    pub goal: String,
    pub options: Vec<String>,
    pub option_chosen: String,
    pub found_via: String,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Clarified {
    pub problem: String,
    pub area: Option<String>,
    pub organisation: Option<String>,
    pub natures: Vec<String>,
    pub primary_nature: Option<String>,
    pub decision_kind: Option<String>,
    pub decision_date: Option<Date>,
    pub decision_sent_on: Option<Date>,
    pub goal: String,
    pub options: Vec<String>,
    pub option_chosen: Option<String>,
    pub found_via: Option<String>,
}

impl ClarifyForm {
    /// `organisations` are the codes the tenant knows (`municipality`, `municipality:team`, providers).
    pub fn parse(
        &self,
        today: Date,
        organisation_ok: impl Fn(&str) -> bool,
    ) -> Result<Clarified, Invalid> {
        let mut c = Collector::default();
        let problem = c
            .take(free_text("problem", &self.problem, STORY_MAX, false))
            .unwrap_or_default();
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
        let mut natures = Vec::new();
        for n in &self.natures {
            if let Some(Some(n)) = c.take(vocab_code("natures", vocab::NATURES, n, false))
                && !natures.contains(&n)
            {
                natures.push(n);
            }
        }
        let mut primary_nature = c
            .take(vocab_code(
                "primary_nature",
                vocab::NATURES,
                &self.primary_nature,
                false,
            ))
            .flatten();
        if primary_nature.is_none() && natures.len() == 1 {
            primary_nature = natures.first().cloned();
        }
        if let Some(p) = &primary_nature
            && !natures.contains(p)
        {
            natures.insert(0, p.clone());
        }
        if primary_nature.is_none() && natures.len() > 1 {
            c.push(FieldError::new(
                "primary_nature",
                Msg::PrimaryNatureRequired,
            ));
        }
        let decision_kind = c
            .take(vocab_code(
                "decision_kind",
                vocab::DECISION_KINDS,
                &self.decision_kind,
                false,
            ))
            .flatten();
        let decision_date = c
            .take(past_date(
                "decision_date",
                &self.decision_date,
                today,
                false,
            ))
            .flatten();
        let decision_sent_on = c
            .take(past_date(
                "decision_sent_on",
                &self.decision_sent_on,
                today,
                false,
            ))
            .flatten();
        if let (Some(d), Some(s)) = (decision_date, decision_sent_on)
            && s < d
        {
            c.push(FieldError::new("decision_sent_on", Msg::SentBeforeDated));
        }
        let goal = c
            .take(free_text("goal", &self.goal, 5_000, false))
            .unwrap_or_default();
        let mut options = Vec::new();
        for o in &self.options {
            if let Some(Some(o)) = c.take(vocab_code("options", vocab::OPTIONS, o, false))
                && !options.contains(&o)
            {
                options.push(o);
            }
        }
        let option_chosen = c
            .take(vocab_code(
                "option_chosen",
                vocab::OPTIONS,
                &self.option_chosen,
                false,
            ))
            .flatten();
        if let Some(o) = &option_chosen
            && !options.contains(o)
        {
            options.push(o.clone());
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
        Ok(Clarified {
            problem,
            area,
            organisation,
            natures,
            primary_nature,
            decision_kind,
            decision_date,
            decision_sent_on,
            goal,
            options,
            option_chosen,
            found_via,
        })
    }
}

/// A contact moment on the timeline.
/// Accepts a number or a string (JSON clients send numbers; forms send text).
fn number_or_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum NumOrText {
        N(i64),
        T(String),
    }
    Ok(match <NumOrText as serde::Deserialize>::deserialize(d)? {
        NumOrText::N(n) => n.to_string(),
        NumOrText::T(t) => t,
    })
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct ContactForm {
    pub on: String,
    pub channel: String,
    pub activities: Vec<String>,
    #[serde(deserialize_with = "number_or_text")]
    pub minutes: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactMoment {
    pub on: Date,
    pub channel: String,
    pub activities: Vec<String>,
    pub minutes: u32,
    pub note: String,
}

impl ContactForm {
    pub fn parse(&self, today: Date) -> Result<ContactMoment, Invalid> {
        let mut c = Collector::default();
        let on = c
            .take(past_date("on", &self.on, today, false))
            .flatten()
            .unwrap_or(today);
        let channel = c
            .take(vocab_code("channel", vocab::CHANNELS, &self.channel, true))
            .flatten();
        let mut activities = Vec::new();
        for a in &self.activities {
            if let Some(Some(a)) = c.take(vocab_code("activities", vocab::ACTIVITIES, a, false))
                && !activities.contains(&a)
            {
                activities.push(a);
            }
        }
        let minutes = match self.minutes.trim() {
            "" => Some(0),
            m => match m.parse::<u32>() {
                Ok(n) if n <= 24 * 60 => Some(n),
                _ => {
                    c.push(FieldError::new("minutes", Msg::MinutesInvalid));
                    None
                }
            },
        };
        let note = c
            .take(free_text("note", &self.note, STORY_MAX, false))
            .unwrap_or_default();
        c.finish()?;
        match (channel, minutes) {
            (Some(channel), Some(minutes)) => Ok(ContactMoment {
                on,
                channel,
                activities,
                minutes,
                note,
            }),
            _ => Err(Invalid(vec![FieldError::general(Msg::Internal)])),
        }
    }
}

/// Closing a kwestie.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct CloseForm {
    pub outcome: String,
    pub external_outcome: String,
    pub reason: String,
    pub closed_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closing {
    pub outcome: String,
    pub external_outcome: Option<String>,
    pub reason: String,
    pub closed_on: Date,
}

impl CloseForm {
    pub fn parse(&self, today: Date, opened_on: Date) -> Result<Closing, Invalid> {
        let mut c = Collector::default();
        let outcome = c
            .take(vocab_code("outcome", vocab::OUTCOMES, &self.outcome, true))
            .flatten();
        let external_outcome = c
            .take(vocab_code(
                "external_outcome",
                vocab::EXTERNAL_OUTCOMES,
                &self.external_outcome,
                false,
            ))
            .flatten();
        let reason = c
            .take(free_text("reason", &self.reason, 5_000, false))
            .unwrap_or_default();
        let closed_on = c
            .take(past_date("closed_on", &self.closed_on, today, false))
            .flatten()
            .unwrap_or(today);
        if closed_on < opened_on {
            c.push(FieldError::new("closed_on", Msg::ClosedBeforeOpened));
        }
        c.finish()?;
        match outcome {
            Some(outcome) => Ok(Closing {
                outcome,
                external_outcome,
                reason,
                closed_on,
            }),
            None => Err(Invalid(vec![FieldError::general(Msg::Internal)])),
        }
    }
}

/// A task on a kwestie.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct TaskForm {
    pub title: String,
    pub due_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub title: String,
    pub due_on: Date,
}

impl TaskForm {
    pub fn parse(&self) -> Result<Task, Invalid> {
        let mut c = Collector::default();
        let title = c.take(crate::validation::label("title", &self.title, 300));
        let due_on = c.take(any_date("due_on", &self.due_on, true)).flatten();
        c.finish()?;
        match (title, due_on) {
            (Some(title), Some(due_on)) => Ok(Task { title, due_on }),
            _ => Err(Invalid(vec![FieldError::general(Msg::Internal)])),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 23).unwrap_or_default()
    }

    #[test]
    fn references_are_readable_and_survive_sloppy_typing() {
        let r = reference_from([0xff, 0, 0x12, 0x34, 0x56]);
        assert!(r.starts_with("NST-") && r.len() == 13, "{r}");
        assert_eq!(
            normalise_reference(&r.to_lowercase().replace('-', "")),
            Some(r.clone())
        );
        assert_eq!(
            normalise_reference("nst-oooo-iiii"),
            Some("NST-0000-1111".into())
        );
        assert_eq!(normalise_reference("NST-UUUU-0000"), None);
        assert_eq!(normalise_reference("hello"), None);
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

    #[test]
    fn dutch_dates_are_understood() {
        assert_eq!(
            past_date("d", "1-11-2026", today(), true),
            Ok(Date::new(2026, 11, 1).ok())
        );
        assert!(past_date("d", "31-02-2026", today(), true).is_err());
    }

    #[test]
    fn several_natures_need_a_primary_one() {
        let f = ClarifyForm {
            natures: vec!["treatment".into(), "money".into()],
            ..Default::default()
        };
        assert!(f.parse(today(), |_| true).is_err());
        let f = ClarifyForm {
            natures: vec!["treatment".into(), "money".into()],
            primary_nature: "money".into(),
            ..Default::default()
        };
        assert_eq!(
            f.parse(today(), |_| true)
                .ok()
                .and_then(|c| c.primary_nature),
            Some("money".into())
        );
    }

    #[test]
    fn a_case_cannot_close_before_it_opened() {
        let f = CloseForm {
            outcome: "resolved".into(),
            closed_on: "2026-01-01".into(),
            ..Default::default()
        };
        let opened = Date::new(2026, 2, 1).unwrap_or_default();
        assert!(f.parse(today(), opened).is_err());
    }
}
