//! A contact moment on the timeline: when, by which channel, which activities, how many minutes,
//! and a note.

use super::STORY_MAX;
use crate::validation::Collector;
use crate::validation::{free_text, past_date, vocab_code};
use crate::{FieldError, Invalid, Msg, vocab};
use jiff::civil::Date;

/// Accepts a number or a string (JSON clients send numbers; forms send text).
pub(crate) fn number_or_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
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

/// Minutes as typed: empty is 0; a whole number up to a day; else a field error on `minutes`.
pub(crate) fn minutes(c: &mut Collector, typed: &str) -> Option<u32> {
    match typed.trim() {
        "" => Some(0),
        m => match m.parse::<u32>() {
            Ok(n) if n <= 24 * 60 => Some(n),
            _ => {
                c.push(FieldError::new("minutes", Msg::MinutesInvalid));
                None
            }
        },
    }
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
        let minutes = minutes(&mut c, &self.minutes);
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
