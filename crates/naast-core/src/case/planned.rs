//! Planned activities (appointments): a walk-in conversation, a phone appointment, a home
//! visit, accompanying the citizen to a conversation, or a mediation meeting, set for a day
//! ahead (with a time, a duration, a place and who comes) becomes a task on that day and a line
//! in the agenda; once it has happened, marking it held records the contact moment (minutes
//! and a note), so nothing is typed twice.

use super::fields::{any_date, collected_text};
use super::{ContactForm, STORY_MAX};
use crate::validation::{Collector, free_text, vocab_code};
use crate::{FieldError, Invalid, Msg, vocab};
use jiff::civil::{Date, Time};

/// What can be planned: `(code, Dutch, English)`.
pub const PLANNED_KINDS: vocab::List = &[
    (
        "walk_in",
        "Gesprek op het spreekuur",
        "walk-in conversation",
    ),
    ("phone", "Telefonische afspraak", "phone appointment"),
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
    /// The start time, `14:30` (optional: without it the appointment is for the whole day).
    pub planned_at: String,
    /// How long, in minutes (optional: an hour when a time is given).
    pub planned_minutes: String,
    /// Who comes (optional; sealed in the task's title).
    pub planned_what: String,
    /// Where (optional; sealed in the task's title; for a home visit the citizen's address,
    /// which never leaves Naast: the calendar feed leaves it out).
    pub planned_place: String,
}

/// The length of an appointment when only its start is given.
pub const DEFAULT_MINUTES: u32 = 60;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub kind: String,
    pub on: Date,
    /// The start time; `None` for a whole day.
    pub at: Option<Time>,
    /// The length in minutes; `None` when no time was given.
    pub minutes: Option<u32>,
    pub what: String,
    pub place: String,
}

impl Plan {
    /// The task's title: `Huisbezoek (gepland): bij mevrouw thuis`.
    pub fn title(&self) -> String {
        let label = vocab::label(PLANNED_KINDS, &self.kind, crate::Lang::Nl);
        let mut title = if self.what.is_empty() {
            format!("{label} (gepland)")
        } else {
            format!("{label} (gepland): {}", self.what)
        };
        if !self.place.is_empty() {
            title.push_str(" \u{2014} waar: ");
            title.push_str(&self.place);
        }
        title
    }

    /// `14:30` for the start time, if any.
    pub fn starts_at(&self) -> Option<String> {
        self.at
            .map(|t| format!("{:02}:{:02}", t.hour(), t.minute()))
    }
}

/// A time typed as `14:30`, `14.30`, `1430` or `9:05` (24-hour clock).
pub fn parse_time(input: &str) -> Option<Time> {
    let s = input.trim().replace(['.', 'u'], ":");
    let (h, m) = match s.split_once(':') {
        Some((h, m)) => (h.trim(), m.trim()),
        None if s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()) => s.split_at(2),
        None if !s.is_empty() && s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit()) => {
            (s.as_str(), "00")
        }
        None => return None,
    };
    let m = if m.is_empty() { "00" } else { m };
    let h: i8 = h.parse().ok()?;
    let m: i8 = m.parse().ok()?;
    Time::new(h, m, 0, 0).ok()
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
        let at = match self.planned_at.trim() {
            "" => None,
            t => {
                let at = parse_time(t);
                if at.is_none() {
                    c.push(FieldError::new("planned_at", Msg::TimeInvalid));
                }
                at
            }
        };
        let minutes = match self.planned_minutes.trim() {
            "" => at.map(|_| DEFAULT_MINUTES),
            m => match m.parse::<u32>() {
                Ok(n) if (5..=12 * 60).contains(&n) => Some(n),
                _ => {
                    c.push(FieldError::new("planned_minutes", Msg::DurationInvalid));
                    None
                }
            },
        };
        let what = collected_text(&mut c, "planned_what", &self.planned_what, 200, false);
        let place = collected_text(&mut c, "planned_place", &self.planned_place, 200, false);
        c.finish()?;
        match (kind, on) {
            (Some(kind), Some(on)) => Ok(Plan {
                kind,
                on,
                minutes: if at.is_some() { minutes } else { None },
                at,
                what,
                place,
            }),
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
            "phone" => ("phone", &[]),
            "walk_in" => ("walk_in", &[]),
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
            ..Default::default()
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
            planned_kind: "lunch".into(),
            ..f("2026-12-14")
        };
        assert!(unknown.parse(today()).is_err());
    }

    #[test]
    fn an_appointment_has_a_time_a_length_and_a_place() {
        let f = PlanForm {
            planned_kind: "phone".into(),
            planned_on: "2026-12-09".into(),
            planned_at: "9.30".into(),
            planned_place: "Dorpsstraat 1".into(),
            ..Default::default()
        };
        let p = f.parse(today()).map_err(|e| e.0);
        assert_eq!(p.as_ref().map(|p| p.starts_at()), Ok(Some("09:30".into())));
        assert_eq!(p.as_ref().map(|p| p.minutes), Ok(Some(DEFAULT_MINUTES)));
        assert_eq!(
            p.map(|p| p.title()),
            Ok("Telefonische afspraak (gepland) \u{2014} waar: Dorpsstraat 1".to_string())
        );
        let bad = PlanForm {
            planned_at: "25:00".into(),
            planned_minutes: "drie".into(),
            ..f.clone()
        };
        assert_eq!(
            bad.parse(today()).map(|_| ()).map_err(|e| e.0),
            Err(vec![
                FieldError::new("planned_at", Msg::TimeInvalid),
                FieldError::new("planned_minutes", Msg::DurationInvalid)
            ])
        );
        // A length without a time means a whole day: no length is kept.
        let day = PlanForm {
            planned_at: String::new(),
            planned_minutes: "30".into(),
            ..f
        };
        assert_eq!(day.parse(today()).map(|p| p.minutes).ok(), Some(None));
        for (typed, want) in [
            ("14:30", Some((14, 30))),
            ("1430", Some((14, 30))),
            ("9", Some((9, 0))),
            ("14u15", Some((14, 15))),
            ("7:5", Some((7, 5))),
            ("24:00", None),
            ("nu", None),
        ] {
            assert_eq!(
                parse_time(typed).map(|t| (t.hour(), t.minute())),
                want,
                "{typed}"
            );
        }
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
