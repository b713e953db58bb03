//! The versions of a period's report: a correction (a later version) replaces the published
//! one before it. Lists show the latest published version only, marked with the version it
//! replaces; a replaced version stays reachable by its link and points to the latest.

use super::{Narrative, is_published};
use crate::{AppError, Result};
use naast_core::Msg;
use naast_store::reports::ReportRow;
use serde::Serialize;

/// An earlier published version of the same period that a version replaces, or the latest
/// version that replaced it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OtherVersion {
    pub id: i64,
    pub version: i64,
    pub published_at: Option<i64>,
}

impl OtherVersion {
    pub(crate) fn of(r: &ReportRow) -> OtherVersion {
        OtherVersion {
            id: r.id,
            version: r.version,
            published_at: r.published_at,
        }
    }

    /// The day it was published, `YYYY-MM-DD` (UTC).
    pub fn published_on(&self) -> Option<String> {
        day_of(self.published_at)
    }
}

pub(crate) fn day_of(t: Option<i64>) -> Option<String> {
    t.and_then(|t| {
        jiff::Timestamp::from_second(t)
            .ok()
            .map(|ts| ts.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
    })
}

/// The latest published version of `r`'s period before it: what `r` replaces.
pub(crate) fn replaces(r: &ReportRow, rows: &[ReportRow]) -> Option<OtherVersion> {
    rows.iter()
        .filter(|o| o.year == r.year && o.quarter == r.quarter && o.version < r.version)
        .filter(|o| is_published(&o.status))
        .max_by_key(|o| o.version)
        .map(OtherVersion::of)
}

/// The latest published version of `r`'s period when it is a later one than `r`, published:
/// `r` is replaced (a correction was published).
pub(crate) fn replaced_by(r: &ReportRow, rows: &[ReportRow]) -> Option<OtherVersion> {
    if !is_published(&r.status) {
        return None;
    }
    rows.iter()
        .filter(|o| o.year == r.year && o.quarter == r.quarter && o.version > r.version)
        .filter(|o| is_published(&o.status))
        .max_by_key(|o| o.version)
        .map(OtherVersion::of)
}

/// The report's texts (narrative and correction note) were checked for personal data since
/// they last changed, or there are none.
pub(crate) fn texts_checked(n: &Narrative, correction: &str) -> bool {
    n.checked || (n.is_empty() && correction.trim().is_empty())
}

/// Refuses a report whose texts still hold de-identification stand-ins (`[PERSOON-1]`): the
/// check for personal data puts them in for the writer to see, but the municipality and
/// residents would read "[PERSOON-1] belde". The error names the parts (AVG art. 5(1)(c): only
/// what is needed leaves the office, in words a reader understands).
pub(crate) fn no_placeholders(n: &Narrative, correction: &str) -> Result<()> {
    let parts: Vec<String> = [
        ("themes", n.themes.as_str()),
        ("stories", n.stories.as_str()),
        ("recommendations", n.recommendations.as_str()),
        ("follow_up", n.follow_up.as_str()), // not a state: a narrative field
        ("correction", correction),
    ]
    .iter()
    .filter(|(_, text)| naast_core::placeholders::holds_placeholder(text))
    .map(|(code, _)| (*code).to_string())
    .collect();
    if parts.is_empty() {
        Ok(())
    } else {
        Err(AppError::general(Msg::PlaceholdersLeft(parts)))
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ReportSummary {
    pub id: i64,
    pub year: i64,
    pub quarter: i64,
    pub period: String,
    pub version: i64,
    pub status: String,
    pub published_at: Option<i64>,
    pub discussed_on: Option<String>,
    /// The published version this one replaces (a correction), if any.
    pub replaces: Option<OtherVersion>,
}

pub(crate) fn summary(r: &ReportRow, rows: &[ReportRow]) -> ReportSummary {
    ReportSummary {
        id: r.id,
        year: r.year,
        quarter: r.quarter,
        period: naast_report::period_label(r.year as i32, r.quarter as u8),
        version: r.version,
        status: r.status.clone(),
        published_at: r.published_at,
        discussed_on: r.discussed_on.clone(),
        replaces: replaces(r, rows),
    }
}
