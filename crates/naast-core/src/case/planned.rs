//! Planned activities: a mediation, home visit or accompanying visit set for a day ahead
//! becomes a task on that day; once it has happened, marking it held records the contact
//! moment (minutes and a note), so nothing is typed twice.

use super::fields::{any_date, collected_text};
use super::{ContactForm, STORY_MAX};
use crate::validation::{Collector, free_text, vocab_code};
use crate::{FieldError, Invalid, Msg, vocab};
use jiff::civil::Date;

/// What can be planned: `(code, Dutch, English)`.
pub const PLANNED_KINDS: vocab::List = &[
    ("home_visit", "Huisbezoek", "home visit"),
    ("mediation", "Bemiddelingsgesprek", "mediation meeting"),
    (
        "accompanying",
        "Meegaan naar een gesprek met gemeente of aanbieder",
        "accompanying to a meeting with the municipality or a provider",
    ),
];

/// A planned activity as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct PlanForm {
    pub planned_kind: String,
    pub planned_on: String,
    /// With whom or where (optional; sealed in the task's title).
    pub planned_what: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub kind: String,
    pub on: Date,
    pub what: String,
}

impl Plan {
    /// The task's title: `Huisbezoek (gepland): bij mevrouw thuis`.
    pub fn title(&self) -> String {
        let label = vocab::label(PLANNED_KINDS, &self.kind, crate::Lang::Nl);
        if self.what.is_empty() {
            format!("{label} (gepland)")
        } else {
            format!("{label} (gepland): {}", self.what)
        }
    }
}

impl PlanForm {
    /// A planned day is today or later; a day that has passed is refused (that is a contact
    /// moment to log, not a plan).
    pub fn parse(&self, today: Date) -> Result<Plan, Invalid> {
        let mut c = Collector::default();
        let kind = c
            .take(vocab_code(
                "planned_kind",
                PLANNED_KINDS,
                &self.planned_kind,
                true,
            ))
            .flatten();
        let on = c
            .take(any_date("planned_on", &self.planned_on, true))
            .flatten();
        if on.is_some_and(|d| d < today) {
            c.push(FieldError::new("planned_on", Msg::PlannedInPast));
        }
        let what = collected_text(&mut c, "planned_what", &self.planned_what, 200, false);
        c.finish()?;
        match (kind, on) {
            (Some(kind), Some(on)) => Ok(Plan { kind, on, what }),
            _ => Err(Invalid(vec![FieldError::general(Msg::Internal)])),
        }
    }
}

/// A date typed into a form that lies after `today` (`None` for an empty, unreadable or past
/// date: the form's own check reports those).
pub fn future_date(input: &str, today: Date) -> Option<Date> {
    crate::validation::parse_date(input.trim()).filter(|d| *d > today)
}

/// What a contact moment typed with a date ahead would plan: a home visit (by its channel),
/// accompanying or a mediation (by its activities); `None` for anything else.
pub fn planned_kind_of(form: &ContactForm) -> Option<&'static str> {
    if form.channel == "home_visit" {
        Some("home_visit")
    } else if form.activities.iter().any(|a| a == "accompanying") {
        Some("accompanying")
    } else if form.activities.iter().any(|a| a == "mediation") {
        Some("mediation")
    } else {
        None
    }
}

/// Marking a planned activity held: how long it took and a note.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct HeldForm {
    pub held_minutes: String,
    pub held_note: String,
}

/// What a held activity records as its contact moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    pub channel: &'static str,
    pub activities: Vec<String>,
    pub minutes: u32,
    pub note: String,
}

impl HeldForm {
    pub fn parse(&self, kind: &str) -> Result<Held, Invalid> {
        let mut c = Collector::default();
        let minutes = match self.held_minutes.trim() {
            "" => Some(0),
            m => match m.parse::<u32>() {
                Ok(n) if n <= 24 * 60 => Some(n),
                _ => {
                    c.push(FieldError::new("held_minutes", Msg::MinutesInvalid));
                    None
                }
            },
        };
        let note = c
            .take(free_text("held_note", &self.held_note, STORY_MAX, false))
            .unwrap_or_default();
        c.finish()?;
        let (channel, activities): (&'static str, &[&str]) = match kind {
            "home_visit" => ("home_visit", &[]),
            "mediation" => ("walk_in", &["mediation"]),
            _ => ("walk_in", &["accompanying"]),
        };
        Ok(Held {
            channel,
            activities: activities.iter().map(|a| a.to_string()).collect(),
            minutes: minutes.unwrap_or(0),
            note,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 12, 7).unwrap_or_default()
    }

    #[test]
    fn a_plan_is_today_or_later() {
        let f = |on: &str| PlanForm {
            planned_kind: "home_visit".into(),
            planned_on: on.into(),
            planned_what: "bij mevrouw thuis".into(),
        };
        let p = f("2026-12-14").parse(today()).map_err(|e| e.0);
        assert_eq!(
            p.map(|p| p.title()),
            Ok("Huisbezoek (gepland): bij mevrouw thuis".to_string())
        );
        assert!(f("2026-12-07").parse(today()).is_ok());
        let past = f("2026-12-06").parse(today()).map_err(|e| e.0);
        assert_eq!(
            past.map(|_| ()),
            Err(vec![FieldError::new("planned_on", Msg::PlannedInPast)])
        );
        let unknown = PlanForm {
            planned_kind: "phone".into(),
            ..f("2026-12-14")
        };
        assert!(unknown.parse(today()).is_err());
    }

    #[test]
    fn a_contact_ahead_plans_only_visits_and_meetings() {
        let mut f = ContactForm {
            channel: "home_visit".into(),
            ..Default::default()
        };
        assert_eq!(planned_kind_of(&f), Some("home_visit"));
        f.channel = "phone".into();
        assert_eq!(planned_kind_of(&f), None);
        f.activities = vec!["accompanying".into()];
        assert_eq!(planned_kind_of(&f), Some("accompanying"));
        assert_eq!(
            future_date("2026-12-08", today()),
            Date::new(2026, 12, 8).ok()
        );
        assert_eq!(future_date("2026-12-07", today()), None);
    }

    #[test]
    fn held_records_the_activity() {
        let h = HeldForm {
            held_minutes: "45".into(),
            held_note: "Goed gesprek".into(),
        };
        let held = h.parse("mediation").map_err(|e| e.0);
        assert_eq!(held.as_ref().map(|h| h.minutes), Ok(45));
        assert_eq!(
            held.map(|h| h.activities),
            Ok(vec!["mediation".to_string()])
        );
        let bad = HeldForm {
            held_minutes: "veel".into(),
            ..Default::default()
        };
        assert!(bad.parse("home_visit").is_err());
    }
}
