//! A letter sent or received on a kwestie, with its text when drafted in Naast.

use super::fields::{collected_text, past_date};
use crate::validation::Collector;
use crate::{FieldError, Invalid, Msg, vocab};
use jiff::civil::Date;

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
        let correspondent = collected_text(&mut c, "correspondent", &self.correspondent, 300, true);
        let subject = collected_text(&mut c, "subject", &self.subject, 300, true);
        let summary = collected_text(&mut c, "summary", &self.summary, 10_000, false);
        let body = collected_text(&mut c, "body", &self.body, 50_000, false);
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
