//! Which published reports a municipality lists for its residents on its public page, as PDF
//! and as open data. Off unless the municipality agrees (the motion asking for public
//! accountability leaves the choice to the municipality; Wet open overheid art. 3.1 asks
//! government bodies to publish on their own initiative what serves the public, and the
//! reports hold only anonymized numbers that passed the publication gate).

use crate::Lang;

/// The choice, stored as its code in `tenants.open_reports`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OpenReports {
    /// Nothing is listed (the default).
    #[default]
    Off,
    /// The annual reports.
    Annual,
    /// The annual and the quarterly reports.
    Quarterly,
}

impl OpenReports {
    pub const ALL: [OpenReports; 3] = [
        OpenReports::Off,
        OpenReports::Annual,
        OpenReports::Quarterly,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OpenReports::Off => "off",
            OpenReports::Annual => "annual",
            OpenReports::Quarterly => "quarterly",
        }
    }

    pub fn parse(code: &str) -> Option<OpenReports> {
        OpenReports::ALL
            .into_iter()
            .find(|o| o.as_str() == code.trim())
    }

    /// Whether a published report of this period (`quarter` 0: the annual report) is listed.
    pub fn lists(self, quarter: i64) -> bool {
        match self {
            OpenReports::Off => false,
            OpenReports::Annual => quarter == 0,
            OpenReports::Quarterly => true,
        }
    }

    /// The choice in words, for the settings page.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            OpenReports::Off => lang.pick("Niet publiceren", "Do not publish"),
            OpenReports::Annual => lang.pick("Jaarrapportages", "Annual reports"),
            OpenReports::Quarterly => lang.pick(
                "Jaarrapportages en kwartaalrapportages",
                "Annual and quarterly reports",
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_choose_periods() {
        for o in OpenReports::ALL {
            assert_eq!(OpenReports::parse(o.as_str()), Some(o));
        }
        assert_eq!(OpenReports::parse("yes"), None);
        assert_eq!(OpenReports::default(), OpenReports::Off);
        assert!(!OpenReports::Off.lists(0));
        assert!(OpenReports::Annual.lists(0) && !OpenReports::Annual.lists(2));
        assert!(OpenReports::Quarterly.lists(0) && OpenReports::Quarterly.lists(2));
    }
}
