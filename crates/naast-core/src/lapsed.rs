//! Terms whose last day has passed. A term that ran out is not a task any more that can be
//! made in time: "Mijn werk" shows it once as "termijn verstreken" with what can still be done,
//! and after [`SHOWN_DAYS_AFTER`] days only the kwestie itself still shows it.

use crate::Lang;
use crate::procedure::OBJECTION_TERM_RULE;

/// How many days after its last day a lapsed term stays on "Mijn werk".
pub const SHOWN_DAYS_AFTER: i64 = 14;

/// Where a term stands on "Mijn werk", from the days left until its last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lapse {
    /// Today or later: the term is running.
    Running,
    /// The last day passed at most [`SHOWN_DAYS_AFTER`] days ago: shown as lapsed, with a hint.
    Lapsed,
    /// Longer ago: only the kwestie shows it.
    Gone,
}

/// Where a term stands, `days_left` days before its last day (negative: after it).
pub fn lapse(days_left: i64) -> Lapse {
    if days_left >= 0 {
        Lapse::Running
    } else if -days_left <= SHOWN_DAYS_AFTER {
        Lapse::Lapsed
    } else {
        Lapse::Gone
    }
}

/// What can still be done once the term of `rule` ran out, in plain words.
///
/// - The term to object (Awb 6:7): an objection filed late is still admissible when the lateness
///   can be excused (Awb 6:11); file it at once, with the reason.
/// - A complaint not decided in time (Awb 9:11): the citizen may turn to the ombudsman
///   (Awb 9:18 lid 1; the ombudsman asks that the body had the complaint first, which it had).
/// - A decision not taken in time (Awb 7:10, Awb 4:13, Wmo 2015 art. 2.3.5): a written notice
///   of default, after which the penalty runs (Awb 4:17) and an appeal against the late
///   decision is possible (Awb 6:12).
/// - The penalty term after a notice of default (Awb 4:17): the penalty runs; an appeal against
///   not deciding in time is possible (Awb 6:12).
pub fn hint(rule: &str, lang: Lang) -> &'static str {
    match rule {
        OBJECTION_TERM_RULE => lang.pick(
            "Een bezwaar dat te laat komt, kan toch worden behandeld als de inwoner niet kon weten of doen dat het te laat was (Awb 6:11). Dien het dan zo snel mogelijk in en schrijf erbij waarom het later is.",
            "A late objection can still be dealt with when the lateness can be excused (Awb 6:11). File it as soon as possible and say why it is late.",
        ),
        r if r.starts_with("awb-9:11") => lang.pick(
            "De organisatie heeft de klacht niet op tijd behandeld. De inwoner kan nu naar de ombudsman (Awb 9:18).",
            "The organisation did not deal with the complaint in time. The citizen can now go to the ombudsman (Awb 9:18).",
        ),
        "awb-7:10-beslissing-bezwaar"
        | "awb-4:13-redelijke-termijn"
        | "wmo-2.3.5-beslissing" => lang.pick(
            "Er is niet op tijd beslist. De inwoner kan de organisatie schriftelijk in gebreke stellen; twee weken later loopt een dwangsom (Awb 4:17) en kan beroep worden ingesteld (Awb 6:12).",
            "No decision in time. The citizen can send a written notice of default; two weeks later a penalty runs (Awb 4:17) and an appeal is possible (Awb 6:12).",
        ),
        "awb-4:17-dwangsom" => lang.pick(
            "De dwangsom loopt nu (Awb 4:17). Beroep tegen het niet op tijd beslissen kan (Awb 6:12).",
            "The penalty is running now (Awb 4:17). An appeal against the late decision is possible (Awb 6:12).",
        ),
        _ => lang.pick(
            "De termijn is voorbij. Bekijk op de kwestie wat nu nog kan.",
            "The term has passed. See on the case what can still be done.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_term_is_lapsed_for_two_weeks_then_gone_from_the_day() {
        assert_eq!(lapse(3), Lapse::Running);
        assert_eq!(lapse(0), Lapse::Running);
        assert_eq!(lapse(-1), Lapse::Lapsed);
        assert_eq!(lapse(-SHOWN_DAYS_AFTER), Lapse::Lapsed);
        assert_eq!(lapse(-SHOWN_DAYS_AFTER - 1), Lapse::Gone);
        assert_eq!(lapse(-154), Lapse::Gone);
    }

    #[test]
    fn the_hint_names_what_can_still_be_done() {
        assert!(hint(OBJECTION_TERM_RULE, Lang::Nl).contains("Awb 6:11"));
        assert!(hint("awb-9:11-klacht", Lang::Nl).contains("ombudsman"));
        assert!(hint("awb-9:11-klacht-commissie", Lang::En).contains("ombudsman"));
        assert!(hint("awb-4:13-redelijke-termijn", Lang::Nl).contains("in gebreke"));
        assert!(!hint("wgs-eerste-gesprek", Lang::Nl).is_empty());
    }
}
