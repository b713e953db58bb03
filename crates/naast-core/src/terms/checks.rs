//! The checks beside the terms: the one-year look-backs of Awb 9:8 lid 1 b and 9:24, and the
//! penalty for a late decision of Awb 4:17. Where the law is open to two readings, the answer
//! says so and gives the safe day.

use super::{Answer, RuleError, dutch};
use jiff::civil::Date;

/// What Awb 4:17 owes: when the penalty starts, until when it can run, and (given the day of
/// the decision) how much it came to.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Penalty {
    /// The first day the penalty is owed.
    pub penalty_from: String,
    /// The last day it can be owed (42 days, Awb 4:17 lid 1; no Atw).
    pub penalty_until: String,
    /// The most it can come to, in euros.
    pub penalty_max_eur: i64,
    /// Days owed up to the day before the decision, when `decided_on` was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub penalty_days: Option<i64>,
    /// The amount owed for those days, in euros.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub penalty_eur: Option<i64>,
}

fn add_days(d: Date, days: i64) -> Date {
    jiff::Span::new()
        .try_days(days)
        .and_then(|span| d.checked_add(span))
        .unwrap_or(d)
}

/// One year after `from`: the same calendar date (29 February → 28 February).
fn one_year(from: Date) -> Date {
    from.checked_add(jiff::Span::new().years(1)).unwrap_or(from)
}

const YEAR_READINGS: &str = "De wet zegt niet precies of 'een jaar' eindigt op dezelfde datum een jaar later of een dag eerder. Naast noemt de datum een jaar later; wie zeker wil zijn, dient uiterlijk de dag ervoor in.";

/// Awb 9:8 lid 1 b: the body need not handle a complaint about conduct that took place more
/// than a year before the complaint was filed. `date` is the day of the conduct; the answer is
/// the last day a complaint must still be handled. Terms in years are never extended (Atw
/// art. 4), and this one is counted back from the complaint, so Atw art. 1 does not apply.
pub fn complaint_look_back(from: Date) -> Answer {
    let last = one_year(from);
    Answer {
        last_day: last.to_string(),
        explanation: format!(
            "Een klacht over iets dat gebeurde op {} moet de organisatie behandelen als de klacht uiterlijk op {} is ingediend. Is de klacht later ingediend, dan hoeft de organisatie haar niet te behandelen (Awb art. 9:8 lid 1 onder b); ze mag het wel. Een termijn in jaren wordt niet verlengd (Atw art. 4).",
            dutch(from),
            dutch(last)
        ),
        warnings: vec![
            YEAR_READINGS.into(),
            format!("De veiligste dag is {}.", dutch(add_days(last, -1))),
        ],
        timely: None,
        penalty: None,
    }
}

/// Awb 9:24 lid 1: the ombudsman need not investigate a petition filed later than a year after
/// the body told its findings on the complaint, or after the complaint handling ended otherwise
/// or should have ended by law. `date` is that day. Lid 2 (a year after the conduct itself, when
/// a complaint to the body first cannot reasonably be asked, or after another procedure ended)
/// is named in the answer. No Atw (art. 4: terms in years).
pub fn ombudsman_look_back(from: Date) -> Answer {
    let last = one_year(from);
    Answer {
        last_day: last.to_string(),
        explanation: format!(
            "De klachtbehandeling eindigde op {}. Een verzoek aan de ombudsman moet de ombudsman onderzoeken als het uiterlijk op {} is ingediend (Awb art. 9:24 lid 1). Een termijn in jaren wordt niet verlengd (Atw art. 4).",
            dutch(from),
            dutch(last)
        ),
        warnings: vec![
            YEAR_READINGS.into(),
            "Kon de burger redelijkerwijs niet eerst bij de organisatie klagen, of liep er een bezwaar, beroep of andere procedure, dan telt het jaar vanaf de gedraging of het einde van die procedure (Awb art. 9:24 lid 2).".into(),
        ],
        timely: None,
        penalty: None,
    }
}

/// Awb 4:17 lid 2: € 23 a day for the first 14 days, € 35 for the next 14, € 45 for the rest.
pub const PENALTY_PER_DAY: [(i64, i64); 3] = [(14, 23), (14, 35), (14, 45)];

/// The penalty for `days` days (at most 42, Awb 4:17 lid 1).
pub fn penalty_for(days: i64) -> i64 {
    let mut left = days.clamp(0, 42);
    let mut sum = 0;
    for (span, per_day) in PENALTY_PER_DAY {
        let n = left.min(span);
        sum += n * per_day;
        left -= n;
    }
    sum
}

/// Awb 4:17: when a decision on an application is late, the body owes a penalty for each day
/// it is in default, at most 42 days (lid 1; the Atw does not apply to those days), from the
/// day two weeks have passed after the decision term ended and the body received a written
/// notice of default (lid 3). No penalty when the notice came unreasonably late, the applicant
/// has no interest, or the application is clearly inadmissible or unfounded (lid 6).
///
/// `date` is the day the notice was received; `term_end`, if given, the last day of the
/// decision term; `decided_on`, if given, the day of the decision.
pub fn late_decision_penalty(
    received: Date,
    term_end: Option<Date>,
    decided_on: Option<Date>,
) -> Answer {
    let mut warnings = Vec::new();
    let last_free = add_days(received, 14);
    let from = add_days(last_free, 1);
    let until = add_days(from, 41);
    let mut explanation = format!(
        "De ingebrekestelling is ontvangen op {}. De organisatie heeft dan nog twee weken, tot en met {}. Beslist zij dan nog niet, dan is zij vanaf {} een dwangsom verschuldigd: de eerste 14 dagen € 23 per dag, de volgende 14 dagen € 35 en daarna € 45, hoogstens 42 dagen en € {} in totaal, tot en met {} (Awb art. 4:17). De Algemene termijnenwet geldt voor die 42 dagen niet.",
        dutch(received),
        dutch(last_free),
        dutch(from),
        penalty_for(42),
        dutch(until)
    );
    warnings.push(
        "Of de Algemene termijnenwet de twee weken na de ingebrekestelling verlengt als ze op een weekend- of feestdag eindigen, is niet zeker; Naast rekent zonder verlenging.".into(),
    );
    if let Some(end) = term_end
        && received <= end
    {
        warnings.push(format!(
            "De ingebrekestelling is ontvangen op of vóór de laatste dag van de beslistermijn ({}). Ze telt dan niet; stuur haar opnieuw na die dag.",
            dutch(end)
        ));
    }
    let mut penalty = Penalty {
        penalty_from: from.to_string(),
        penalty_until: until.to_string(),
        penalty_max_eur: penalty_for(42),
        penalty_days: None,
        penalty_eur: None,
    };
    if let Some(d) = decided_on {
        let days = (d - from).get_days().clamp(0, 42) as i64;
        let days = if d < from { 0 } else { days };
        let amount = penalty_for(days);
        explanation.push_str(&format!(
            " Het besluit kwam op {}: {} dagen dwangsom, samen € {}.",
            dutch(d),
            days,
            amount
        ));
        penalty.penalty_days = Some(days);
        penalty.penalty_eur = Some(amount);
    }
    warnings.push("Geen dwangsom als de ingebrekestelling onredelijk laat kwam, de aanvrager geen belanghebbende is of de aanvraag kennelijk niet-ontvankelijk of ongegrond is (Awb art. 4:17 lid 6).".into());
    Answer {
        last_day: last_free.to_string(),
        explanation,
        warnings,
        timely: None,
        penalty: Some(penalty),
    }
}

/// Parses an optional date field of a question.
pub(super) fn optional(s: &Option<String>) -> Result<Option<Date>, RuleError> {
    s.as_deref()
        .filter(|s| !s.trim().is_empty())
        .map(super::rules::date)
        .transpose()
}
