//! The outreach register: what the confidant did to be known — walk-in hours held, information
//! sessions, presentations — with attendance, so that the annual report can show whether the
//! service is known, as the council's motion asks.

use crate::validation::{Collector, free_text, past_date};
use crate::{FieldError, Invalid, Msg, vocab};
use jiff::civil::Date;

/// Kinds of outreach: `(code, Dutch, English)`.
pub const KINDS: vocab::List = &[
    ("walk_in", "Spreekuur gehouden", "walk-in hours held"),
    ("session", "Voorlichtingsbijeenkomst", "information session"),
    (
        "presentation",
        "Presentatie voor professionals",
        "presentation to professionals",
    ),
    (
        "publicity",
        "Publiciteit (krant, website, folders)",
        "publicity (paper, website, folders)",
    ),
    ("other", "Anders", "other"),
];

#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct OutreachForm {
    pub kind: String,
    pub held_on: String,
    /// Where (the library, the community centre, online).
    pub place: String,
    /// For whom (residents, wijkteam, GPs, a provider's staff).
    pub audience: String,
    /// How many came (walk-in: how many citizens came by).
    pub attendance: String,
    pub minutes: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outreach {
    pub kind: String,
    pub held_on: Date,
    pub place: String,
    pub audience: String,
    pub attendance: i64,
    pub minutes: i64,
    pub note: String,
}

fn count(field: &'static str, s: &str, max: i64) -> Result<i64, FieldError> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(0);
    }
    match t.parse::<i64>() {
        Ok(n) if (0..=max).contains(&n) => Ok(n),
        _ => Err(FieldError::new(field, Msg::NumberInvalid)),
    }
}

impl OutreachForm {
    pub fn parse(&self, today: Date) -> Result<Outreach, Invalid> {
        let mut c = Collector::default();
        let kind = self.kind.trim();
        if !vocab::has(KINDS, kind) {
            c.push(FieldError::new("kind", Msg::Required));
        }
        let held_on = c
            .take(past_date("held_on", &self.held_on, today, true))
            .flatten();
        let place = c
            .take(crate::validation::label("place", &self.place, 200))
            .unwrap_or_default();
        let audience = c
            .take(crate::validation::line(
                "audience",
                &self.audience,
                200,
                false,
            ))
            .unwrap_or_default();
        let attendance = c
            .take(count("attendance", &self.attendance, 100_000))
            .unwrap_or(0);
        let minutes = c
            .take(count("minutes", &self.minutes, 24 * 60))
            .unwrap_or(0);
        let note = c
            .take(free_text("note", &self.note, 2_000, false))
            .unwrap_or_default();
        c.finish()?;
        let held_on = held_on.ok_or_else(|| Invalid::one("held_on", Msg::Required))?;
        Ok(Outreach {
            kind: kind.into(),
            held_on,
            place,
            audience,
            attendance,
            minutes,
            note,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn an_activity_needs_a_kind_a_past_day_and_a_place() {
        let today = date(2026, 11, 23);
        let bad = OutreachForm {
            kind: "party".into(),
            held_on: "2027-01-01".into(),
            attendance: "veel".into(),
            ..Default::default()
        };
        let fields: Vec<_> = bad
            .parse(today)
            .err()
            .map(|e| e.0.into_iter().filter_map(|f| f.field).collect())
            .unwrap_or_default();
        assert_eq!(fields, vec!["kind", "held_on", "place", "attendance"]);
        let ok = OutreachForm {
            kind: "walk_in".into(),
            held_on: "17-11-2026".into(),
            place: "Bibliotheek Maasdal".into(),
            attendance: "4".into(),
            minutes: "120".into(),
            ..Default::default()
        }
        .parse(today);
        assert_eq!(
            ok.map(|o| (o.attendance, o.held_on)),
            Ok((4, date(2026, 11, 17)))
        );
    }
}
