//! One row of a case import (`naast case import`, and the coordinators' import page): the
//! contract of `shared/CONTRACTS.md`, parsed and checked before anything is written.

use crate::validation::{self, Collector, past_date, phone};
use crate::{EmailAddress, FieldError, Msg, vocab};
use jiff::civil::Date;

/// A row as it comes in (JSON Lines, or CSV/XLSX with `citizen.name` etc. as columns).
#[derive(Debug, Clone, Default, serde::Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct ImportRow {
    pub reference: Option<String>,
    pub opened_on: String,
    pub closed_on: Option<String>,
    pub channel: String,
    pub area: String,
    pub organisation: String,
    pub nature: String,
    pub outcome: Option<String>,
    pub minutes: Option<i64>,
    pub citizen: Option<ImportCitizen>,
    pub story: Option<String>,
}

#[derive(Debug, Clone, Default, serde::Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct ImportCitizen {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// A valid row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedCase {
    pub reference: Option<String>,
    pub opened_on: Date,
    pub closed_on: Option<Date>,
    pub channel: String,
    pub area: String,
    pub organisation: String,
    /// The organisation is not yet in the tenant's provider list: it will be added.
    pub new_provider: bool,
    pub nature: String,
    pub outcome: Option<String>,
    pub minutes: u32,
    pub name: String,
    pub email: Option<EmailAddress>,
    pub phone: String,
    pub story: String,
}

/// A required code from `list`, or an office's own `x_…` (of any length: an import keeps what
/// the old system had).
fn code(c: &mut Collector, field: &'static str, list: vocab::List, s: &str) -> Option<String> {
    c.take(validation::code(field, s, true, |s| {
        vocab::has(list, s) || s.starts_with("x_")
    }))
    .flatten()
}

impl ImportRow {
    /// Checks the row; `known_organisation` says whether a code is the municipality (or a team)
    /// or one of the tenant's providers. Other well-formed codes become new providers.
    pub fn parse(
        &self,
        today: Date,
        known_organisation: impl Fn(&str) -> bool,
    ) -> Result<ImportedCase, Vec<FieldError>> {
        let mut c = Collector::default();
        let opened_on = c
            .take(past_date("opened_on", &self.opened_on, today, true))
            .flatten();
        let closed_on = match &self.closed_on {
            Some(s) if !s.trim().is_empty() => {
                c.take(past_date("closed_on", s, today, true)).flatten()
            }
            _ => None,
        };
        if let (Some(o), Some(cl)) = (opened_on, closed_on)
            && cl < o
        {
            c.push(FieldError::new("closed_on", Msg::ClosedBeforeOpened));
        }
        let channel = code(&mut c, "channel", vocab::CHANNELS, &self.channel);
        let area = code(&mut c, "area", &vocab::AREAS, &self.area);
        let nature = code(&mut c, "nature", vocab::NATURES, &self.nature);
        let outcome = match self
            .outcome
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(o) => code(&mut c, "outcome", vocab::OUTCOMES, o),
            None => {
                if closed_on.is_some() {
                    c.push(FieldError::new("outcome", Msg::OutcomeRequiredWhenClosed));
                }
                None
            }
        };
        let org = self.organisation.trim();
        let well_formed = !org.is_empty()
            && org.len() <= 60
            && org
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_' || ch == ':');
        if org.is_empty() {
            c.push(FieldError::new("organisation", Msg::Required));
        } else if !well_formed {
            c.push(FieldError::new(
                "organisation",
                Msg::CodeUnknown(org.chars().take(40).collect()),
            ));
        }
        let minutes = match self.minutes {
            None => 0,
            Some(m) if (0..=100_000).contains(&m) => m as u32,
            Some(_) => {
                c.push(FieldError::new("minutes", Msg::MinutesInvalid));
                0
            }
        };
        let citizen = self.citizen.clone().unwrap_or_default();
        let name = c
            .take(crate::validation::line(
                "citizen.name",
                citizen.name.as_deref().unwrap_or(""),
                200,
                false,
            ))
            .unwrap_or_default();
        let email = match citizen
            .email
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(e) => c.take(EmailAddress::parse("citizen.email", e)),
            None => None,
        };
        let phone = c
            .take(phone(
                "citizen.phone",
                citizen.phone.as_deref().unwrap_or(""),
            ))
            .unwrap_or_default();
        let story = c
            .take(crate::validation::free_text(
                "story",
                self.story.as_deref().unwrap_or(""),
                crate::case::STORY_MAX,
                false,
            ))
            .unwrap_or_default();
        let reference = self
            .reference
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from);
        if reference.as_ref().is_some_and(|r| r.chars().count() > 60) {
            c.push(FieldError::new("reference", Msg::TooLong(60)));
        }
        c.finish().map_err(|e| e.0)?;
        match (opened_on, channel, area, nature) {
            (Some(opened_on), Some(channel), Some(area), Some(nature)) => Ok(ImportedCase {
                reference,
                opened_on,
                closed_on,
                channel,
                area,
                new_provider: !known_organisation(org),
                organisation: org.to_string(),
                nature,
                outcome,
                minutes,
                name,
                email,
                phone,
                story,
            }),
            _ => Err(vec![FieldError::general(Msg::Internal)]),
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
    fn a_closed_row_needs_an_outcome_and_codes_from_the_vocabulary() {
        let row = ImportRow {
            opened_on: "2025-01-02".into(),
            closed_on: Some("2025-02-01".into()),
            channel: "fax".into(),
            area: "wmo".into(),
            organisation: "municipality".into(),
            nature: "treatment".into(),
            ..Default::default()
        };
        let errs = row.parse(today(), |_| true).err().unwrap_or_default();
        let fields: Vec<_> = errs.iter().filter_map(|e| e.field).collect();
        assert_eq!(fields, vec!["channel", "outcome"]);
    }

    #[test]
    fn an_unknown_provider_code_is_accepted_and_flagged_as_new() {
        let row = ImportRow {
            opened_on: "2025-01-02".into(),
            channel: "phone".into(),
            area: "jeugd".into(),
            organisation: "zorg_nieuw".into(),
            nature: "waiting_time".into(),
            ..Default::default()
        };
        let parsed = row.parse(today(), |o| o == "municipality").ok();
        assert_eq!(parsed.map(|p| p.new_provider), Some(true));
    }
}
