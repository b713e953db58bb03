//! Closing a kwestie: the outcome, the outcome of any formal procedure, the reason, the day.

use crate::validation::Collector;
use crate::validation::{free_text, past_date, vocab_code};
use crate::{FieldError, Invalid, Msg, vocab};
use jiff::civil::Date;

/// Closing a kwestie.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct CloseForm {
    pub outcome: String,
    pub external_outcome: String,
    pub reason: String,
    pub closed_on: String,
    /// When the outcome says a complaint or objection was filed but its letter drafted in
    /// Naast is still a draft: `sent` (it went out on `filed_letter_sent_on`, empty = today)
    /// or `not_filed` (close as "the citizen carries on": nothing was filed through us yet).
    pub filed_letter: String,
    pub filed_letter_sent_on: String,
}

/// What a closing with a drafted filing letter does with it (see [`CloseForm::filed_letter`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FiledLetter {
    /// Not asked.
    Unanswered,
    /// The letter went out: mark it sent on this day.
    Sent(Date),
    /// Not filed yet: close with the outcome "citizen carries on".
    NotFiled,
}

/// The outcome to close with when a filing is claimed but not made ("burger gaat zelf verder").
pub const NOT_FILED_OUTCOME: &str = "citizen_continues";

/// The kind of procedure (`objection`, `complaint`) an outcome says was filed, if any.
pub fn filed_procedure(outcome: &str) -> Option<&'static str> {
    match outcome {
        "objection_filed" => Some("objection"),
        "complaint_filed" => Some("complaint"),
        _ => None,
    }
}

impl CloseForm {
    /// The answer to "the letter is still a draft": a day in the past for `sent`.
    pub fn filed_letter(&self, today: Date) -> Result<FiledLetter, Invalid> {
        match self.filed_letter.trim() {
            // not a state: the answer "the letter went out"
            "sent" => {
                let day = past_date(
                    "filed_letter_sent_on",
                    &self.filed_letter_sent_on,
                    today,
                    false,
                )
                .map_err(|e| Invalid(vec![e]))?
                .unwrap_or(today);
                Ok(FiledLetter::Sent(day))
            }
            "not_filed" => Ok(FiledLetter::NotFiled),
            _ => Ok(FiledLetter::Unanswered),
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 23).unwrap_or_default()
    }

    #[test]
    fn a_filing_letter_is_sent_on_a_past_day_or_not_filed() {
        let f = |choice: &str, day: &str| CloseForm {
            filed_letter: choice.into(),
            filed_letter_sent_on: day.into(),
            ..Default::default()
        };
        assert_eq!(
            f("", "").filed_letter(today()).ok(),
            Some(FiledLetter::Unanswered)
        );
        assert_eq!(
            f("not_filed", "").filed_letter(today()).ok(),
            Some(FiledLetter::NotFiled)
        );
        assert_eq!(
            f("sent", "2026-11-20").filed_letter(today()).ok(),
            Some(FiledLetter::Sent(
                Date::new(2026, 11, 20).unwrap_or_default()
            ))
        );
        assert_eq!(
            f("sent", "").filed_letter(today()).ok(),
            Some(FiledLetter::Sent(today()))
        );
        assert!(matches!(
            f("sent", "2026-12-30").filed_letter(today()),
            Err(e) if e.0.iter().any(|e| e.field == Some("filed_letter_sent_on"))
        ));
        assert_eq!(filed_procedure("objection_filed"), Some("objection"));
        assert_eq!(filed_procedure("resolved"), None);
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
