//! What the series counts: one unit per kwestie and population, or per signal.

use crate::plan::{answer_band, duration_band, normalise};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// One kwestie's statistical record, or one signal, as the series counts it. `opened` and
/// `closed` are the quarters (1–4) of the series' year it counts in, for the populations of
/// kwesties opened and closed; `sent` the quarter a signal counts in; `None` when it falls
/// outside the year (or is not that kind of unit: a kwestie is never sent, a signal never
/// opened or closed, so the populations do not mix). A kwestie registered late, or corrected,
/// after its quarter was published counts in the next quarter not yet published, and so does a
/// signal: the caller decides that from what it froze at publication.
///
/// Units of published reports are stored as JSON: a new field is `#[serde(default)]` and left
/// out when empty, so that what was stored before reads the same.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citizen: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nature: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub found_via: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<(String, u32)>,
    #[serde(default)]
    pub minutes: u32,
    /// Days from the first contact to closing, for closed kwesties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<u8>,
    /// A signal's theme: a code of the nature list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// Days from sending a signal to the municipality's answer; `None` while not answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_days: Option<u32>,
    /// The quarter a signal counts in (the `area` field holds its area).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent: Option<u8>,
}

impl Unit {
    /// The quarter the unit counts in for `pop`: opened, closed or sent.
    pub fn quarter_of(&self, pop: crate::plan::Pop) -> Option<u8> {
        use crate::plan::Pop;
        match pop {
            Pop::Cases | Pop::Activities | Pop::Citizens => self.opened,
            Pop::Closed => self.closed,
            Pop::Signals => self.sent,
        }
    }

    /// The unit's code in a dimension, before folding.
    pub fn code(&self, dim: &str) -> &str {
        let raw = match dim {
            "area" => self.area.as_deref(),
            "organisation" => self.organisation.as_deref(),
            "nature" => self.nature.as_deref(),
            "channel" => self.channel.as_deref(),
            "found_via" => self.found_via.as_deref(),
            "outcome" => self.outcome.as_deref(),
            "external" => self.external.as_deref(),
            "duration" => self.days.map(duration_band),
            "signal_area" => self.area.as_deref(),
            "theme" => self.theme.as_deref(),
            "answer" => Some(answer_band(self.answer_days)),
            _ => None,
        };
        normalise(dim, raw)
    }
}

/// A signal to the municipality as the reports count it: the confidant's de-identified message
/// about a pattern. `area` is a code of the area list (a tenant's own `x_` code too), `theme` a
/// code of the nature list; `answered_on` is the day the municipality answered, if it did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignalRecord {
    pub id: i64,
    pub sent_on: Date,
    pub area: String,
    pub theme: String,
    pub answered_on: Option<Date>,
}

impl SignalRecord {
    /// The quarter (1–4) of `year` the signal was sent in; `None` for another year.
    pub fn quarter_in(&self, year: i32) -> Option<u8> {
        (i32::from(self.sent_on.year()) == year)
            .then(|| u8::try_from((self.sent_on.month() - 1) / 3 + 1).unwrap_or(4))
    }

    /// Days from sending to the answer; `None` while not answered. An answer dated before the
    /// signal (a typing error) counts as answered the same day.
    pub fn answer_days(&self) -> Option<u32> {
        let answered = self.answered_on?;
        let days = self.sent_on.until(answered).map_or(0, |s| s.get_days());
        Some(u32::try_from(days.max(0)).unwrap_or(0))
    }

    /// The signal as a unit counted in `quarter` (1–4) of the series' year: the quarter it was
    /// sent in, or the next one not yet published.
    pub fn unit(&self, quarter: u8) -> Unit {
        Unit {
            area: Some(self.area.clone()),
            theme: Some(self.theme.clone()),
            answer_days: self.answer_days(),
            sent: Some(quarter),
            ..Unit::default()
        }
    }
}
