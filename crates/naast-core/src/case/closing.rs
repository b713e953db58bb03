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
