//! The statutory terms Naast knows, by rule id, each with its legal source.

use super::{checks, decreed_years, dutch, extend};
use jiff::civil::Date;

/// One question, as `naast deadline --jsonl` reads it.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DeadlineRequest {
    pub id: Option<serde_json::Value>,
    pub rule: String,
    pub date: String,
    pub weeks: Option<i64>,
    pub days: Option<i64>,
    /// Awb 7:10: an advisory committee hears the objection (12 weeks instead of 6).
    pub committee: bool,
    /// Awb 6:9: when the objection was received.
    pub received_on: Option<String>,
    /// Awb 6:9: when it was posted (postmark), if by post.
    pub posted_on: Option<String>,
    /// Awb 4:17: the last day of the decision term, to check the notice of default came after it.
    pub term_end: Option<String>,
    /// Awb 4:17: the day the decision was made, to count the penalty owed.
    pub decided_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Answer {
    pub last_day: String,
    pub explanation: String,
    pub warnings: Vec<String>,
    /// Awb 6:9: whether the objection was filed in time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timely: Option<bool>,
    /// Awb 4:17: the penalty for a late decision.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub penalty: Option<super::checks::Penalty>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    #[error("unknown rule '{0}'; known rules: {1}")]
    UnknownRule(String, String),
    #[error("'{0}' is not a date (use YYYY-MM-DD)")]
    BadDate(String),
    #[error("'{0}' lies outside the years {FIRST_YEAR} to {LAST_YEAR}")]
    DateOutOfRange(String),
    #[error("rule atw needs \"weeks\" or \"days\" (a positive number, at most {MAX_DAYS} days)")]
    AtwLength,
    #[error("rule awb-6:9-tijdig needs \"received_on\"")]
    ReceivedMissing,
}

/// The years a question's dates may lie in: far enough back for any file, far enough ahead for
/// any term, and well inside what the calendar arithmetic can count (a date near the year 9999
/// would end a term on the day it started).
pub const FIRST_YEAR: i16 = 1900;
pub const LAST_YEAR: i16 = 2199;
/// The longest generic term (rule `atw`): a hundred years, in days.
pub const MAX_DAYS: i64 = 36_500;

/// Terms in weeks, by rule id: (weeks, legal source, what the term is for).
const WEEK_RULES: &[(&str, i64, &str, &str)] = &[
    ("awb-6:7-bezwaar", 6, "Awb art. 6:7 en 6:8", "bezwaar maken"),
    (
        "awb-6:7-beroep",
        6,
        "Awb art. 6:7 en 6:8",
        "beroep instellen",
    ),
    (
        "awb-9:11-klacht",
        6,
        "Awb art. 9:11 lid 1",
        "de beslissing op een klacht",
    ),
    (
        "awb-9:11-klacht-commissie",
        10,
        "Awb art. 9:11 lid 1 (met klachtadviescommissie)",
        "de beslissing op een klacht",
    ),
    (
        "awb-9:8-niet-behandelen",
        4,
        "Awb art. 9:8 lid 3",
        "de mededeling dat een klacht niet wordt behandeld",
    ),
    (
        "awb-4:13-redelijke-termijn",
        8,
        "Awb art. 4:13 lid 2",
        "een beslissing op een aanvraag (Jeugdwet, Participatiewet)",
    ),
    (
        "wmo-2.3.2-onderzoek",
        6,
        "Wmo 2015 art. 2.3.2 lid 1",
        "het onderzoek na een melding",
    ),
    (
        "wmo-2.3.5-beslissing",
        2,
        "Wmo 2015 art. 2.3.5 lid 1",
        "de beslissing op een aanvraag",
    ),
    (
        "wgs-eerste-gesprek",
        4,
        "Wet gemeentelijke schuldhulpverlening art. 4a lid 1",
        "het eerste gesprek na een verzoek om schuldhulp",
    ),
];

const OTHER_RULES: &[&str] = &[
    "awb-7:10-beslissing-bezwaar",
    "atw",
    "awb-6:9-tijdig",
    "awb-9:8-jaar",
    "awb-9:24-ombudsman",
    "awb-4:17-dwangsom",
];

fn known_rules() -> String {
    WEEK_RULES
        .iter()
        .map(|r| r.0)
        .chain(OTHER_RULES.iter().copied())
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn date(s: &str) -> Result<Date, RuleError> {
    let d = s
        .trim()
        .parse::<Date>()
        .map_err(|_| RuleError::BadDate(s.chars().take(40).collect()))?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&d.year()) {
        return Err(RuleError::DateOutOfRange(s.chars().take(40).collect()));
    }
    Ok(d)
}

fn warnings_for(from: Date, last: Date) -> Vec<String> {
    let known = decreed_years();
    (from.year()..=last.year())
        .filter(|y| !known.contains(y))
        .map(|y| {
            format!(
                "De dagen die voor {y} bij Koninklijk Besluit met een feestdag zijn gelijkgesteld, kent Naast nog niet; controleer of zo'n dag deze termijn verlengt."
            )
        })
        .collect()
}

/// A term in weeks (Atw applies: at most 12 weeks, Atw art. 4).
fn weeks_term(from: Date, weeks: i64, source: &str, what: &str) -> (Date, Answer) {
    let atw = weeks <= 12;
    let (raw, last, notes) = extend(from, weeks * 7, atw);
    let mut explanation = format!(
        "De termijn voor {what} is {weeks} weken ({source}). Hij begint op de dag na {} en eindigt op {}.",
        dutch(from),
        dutch(raw)
    );
    for n in &notes {
        explanation.push(' ');
        explanation.push_str(n);
        explanation.push('.');
    }
    if !atw {
        explanation.push_str(
            " De Algemene termijnenwet verlengt termijnen van meer dan 12 weken niet (Atw art. 4).",
        );
    }
    explanation.push_str(&format!(" De laatste dag is {}.", dutch(last)));
    (
        last,
        Answer {
            last_day: last.to_string(),
            explanation,
            warnings: warnings_for(from, last),
            timely: None,
            penalty: None,
        },
    )
}

/// Answers one question.
pub fn answer(req: &DeadlineRequest) -> Result<Answer, RuleError> {
    let rule = req.rule.trim();
    if let Some(&(_, weeks, source, what)) = WEEK_RULES.iter().find(|r| r.0 == rule) {
        return Ok(weeks_term(date(&req.date)?, weeks, source, what).1);
    }
    match rule {
        // Awb 7:10 lid 1: the decision on an objection is due 6 weeks (12 with an advisory
        // committee) after the end of the objection term (Atw-extended).
        "awb-7:10-beslissing-bezwaar" => {
            let from = date(&req.date)?;
            let (objection_end, _) = weeks_term(from, 6, "Awb art. 6:7", "bezwaar maken");
            let weeks = if req.committee { 12 } else { 6 };
            let (_, mut a) = weeks_term(
                objection_end,
                weeks,
                if req.committee {
                    "Awb art. 7:10 lid 1 (met adviescommissie)"
                } else {
                    "Awb art. 7:10 lid 1"
                },
                "de beslissing op het bezwaar",
            );
            a.explanation = format!(
                "De bezwaartermijn eindigt op {}. Daarna begint de beslistermijn. {}",
                dutch(objection_end),
                a.explanation
            );
            a.warnings.push(
                "De beslistermijn kan met 6 weken worden verdaagd (Awb art. 7:10 lid 3) en met instemming langer (lid 4).".into(),
            );
            a.warnings.dedup();
            Ok(a)
        }
        // A generic statutory term (Atw art. 1, 2 and 4).
        "atw" => {
            let from = date(&req.date)?;
            let (days, label) = match (req.weeks, req.days) {
                (Some(w), None) if w > 0 && w <= MAX_DAYS / 7 => (w * 7, format!("{w} weken")),
                (None, Some(d)) if d > 0 && d <= MAX_DAYS => (d, format!("{d} dagen")),
                _ => return Err(RuleError::AtwLength),
            };
            let atw = req.weeks.map(|w| w <= 12).unwrap_or(true)
                && req.days.map(|d| d <= 90).unwrap_or(true);
            let (raw, last, notes) = extend(from, days, atw);
            let mut explanation = format!(
                "Een wettelijke termijn van {label} na {} eindigt op {}.",
                dutch(from),
                dutch(raw)
            );
            for n in &notes {
                explanation.push(' ');
                explanation.push_str(n);
                explanation.push('.');
            }
            if !atw {
                explanation.push_str(" De Algemene termijnenwet verlengt termijnen van meer dan 12 weken of 90 dagen niet (Atw art. 4).");
            }
            explanation.push_str(&format!(" De laatste dag is {}.", dutch(last)));
            Ok(Answer {
                last_day: last.to_string(),
                explanation,
                warnings: warnings_for(from, last),
                timely: None,
                penalty: None,
            })
        }
        // Awb 6:9: an objection is in time when received before the end of the term, or, sent
        // by post, posted before the end and received no later than a week after it.
        "awb-6:9-tijdig" => {
            let from = date(&req.date)?;
            let (last, mut a) = weeks_term(from, 6, "Awb art. 6:7 en 6:8", "bezwaar maken");
            let received = date(
                req.received_on
                    .as_deref()
                    .ok_or(RuleError::ReceivedMissing)?,
            )?;
            let posted = req.posted_on.as_deref().map(date).transpose()?;
            let week_after = last.checked_add(jiff::Span::new().days(7)).unwrap_or(last);
            let (timely, why) = if received <= last {
                (
                    true,
                    format!(
                        "Het bezwaar is ontvangen op {}, binnen de termijn (Awb art. 6:9 lid 1).",
                        dutch(received)
                    ),
                )
            } else if let Some(p) = posted.filter(|p| *p <= last) {
                if received <= week_after {
                    (
                        true,
                        format!(
                            "Het bezwaar is op {} op de post gedaan, binnen de termijn, en ontvangen op {}, binnen een week na de termijn (Awb art. 6:9 lid 2).",
                            dutch(p),
                            dutch(received)
                        ),
                    )
                } else {
                    (
                        false,
                        format!(
                            "Het bezwaar is op tijd gepost ({}), maar pas ontvangen op {}, later dan een week na de termijn (Awb art. 6:9 lid 2). Let op Awb art. 6:11: bij verschoonbare termijnoverschrijding blijft het bezwaar ontvankelijk.",
                            dutch(p),
                            dutch(received)
                        ),
                    )
                }
            } else {
                (
                    false,
                    format!(
                        "Het bezwaar is ontvangen op {}, na de laatste dag. Let op Awb art. 6:11: bij verschoonbare termijnoverschrijding blijft het bezwaar ontvankelijk.",
                        dutch(received)
                    ),
                )
            };
            a.explanation = format!("{} {why}", a.explanation);
            a.timely = Some(timely);
            Ok(a)
        }
        "awb-9:8-jaar" => Ok(checks::complaint_look_back(date(&req.date)?)),
        "awb-9:24-ombudsman" => Ok(checks::ombudsman_look_back(date(&req.date)?)),
        "awb-4:17-dwangsom" => Ok(checks::late_decision_penalty(
            date(&req.date)?,
            checks::optional(&req.term_end)?,
            checks::optional(&req.decided_on)?,
        )),
        other => Err(RuleError::UnknownRule(
            other.chars().take(60).collect(),
            known_rules(),
        )),
    }
}
