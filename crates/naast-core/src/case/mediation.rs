//! A mediation (bemiddeling): who met, when, what was agreed, when to follow up, how it ended.

use super::fields::{any_date, collected_text, past_date};
use crate::validation::Collector;
use crate::{Invalid, Msg};
use jiff::civil::Date;

/// A mediation: who met, when, what was agreed, when to follow up, and how it ended.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize, PartialEq, Eq)]
#[serde(default)]
pub struct MediationForm {
    pub parties: String,
    pub meeting_on: String,
    pub agreements: String,
    pub follow_up_on: String,
    pub result: String,
}

impl MediationForm {
    pub fn parse(&self, today: Date) -> Result<(Date, MediationForm), Invalid> {
        let mut c = Collector::default();
        let parties = collected_text(&mut c, "mediation_parties", &self.parties, 1000, true);
        let meeting = c
            .take(past_date("meeting_on", &self.meeting_on, today, true))
            .flatten();
        let agreements = collected_text(&mut c, "agreements", &self.agreements, 10_000, false);
        let follow_up = c
            .take(any_date("follow_up_on", &self.follow_up_on, false))
            .flatten();
        let result = collected_text(&mut c, "mediation_result", &self.result, 2_000, false);
        c.finish()?;
        let meeting = meeting.ok_or_else(|| Invalid::one("meeting_on", Msg::Required))?;
        Ok((
            meeting,
            MediationForm {
                parties,
                meeting_on: meeting.to_string(),
                agreements,
                follow_up_on: follow_up.map(|d| d.to_string()).unwrap_or_default(),
                result,
            },
        ))
    }
}
