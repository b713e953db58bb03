//! Formal procedures on a kwestie (a complaint filed, an objection, an application, a Wmo
//! melding, a request for debt assistance, a notice of default) and the statutory term each one
//! starts; the procedures register (how to complain or object at each organisation).

use crate::validation::{Collector, organisation, past_date, vocab_code};
use crate::{FieldError, Invalid, Lang, Msg, vocab};
use jiff::civil::Date;

mod register;
pub use register::*;

/// The kinds of procedure: `(code, Dutch, English)`.
pub const KINDS: vocab::List = &[
    ("complaint", "Klacht ingediend", "complaint filed"),
    ("objection", "Bezwaar ingediend", "objection filed"),
    ("application", "Aanvraag ingediend", "application made"),
    ("melding", "Melding (Wmo) gedaan", "Wmo request for support"),
    (
        "debt_request",
        "Verzoek om schuldhulp gedaan",
        "request for debt assistance",
    ),
    (
        "default_notice",
        "Ingebrekestelling verstuurd",
        "notice of default sent",
    ),
];

/// The statutory term a procedure starts, by rule id (see [`crate::terms`]), with the
/// title of the task it makes. `None`: no term (an objection's term needs the decision's date,
/// handled by the caller).
///
/// - complaint: Awb 9:11 lid 1 — 6 weeks after receipt, 10 with a complaints committee;
/// - objection: Awb 7:10 lid 1 — 6 weeks (12 with an advisory committee) after the objection
///   term ends;
/// - application: Wmo 2015 art. 2.3.5 lid 1 (2 weeks) for the Wmo; otherwise Awb 4:13 lid 2
///   (8 weeks, the reasonable term where the law sets none: Jeugdwet, Participatiewet);
/// - melding: Wmo 2015 art. 2.3.2 lid 1 (6 weeks for the investigation);
/// - debt request: Wgs art. 4a lid 1 (4 weeks to the first conversation);
/// - notice of default: Awb 4:17 lid 3 (two weeks, then the penalty runs).
pub fn rule_for(
    kind: &str,
    area: Option<&str>,
    committee: bool,
) -> Option<(&'static str, &'static str)> {
    match kind {
        "complaint" if committee => Some((
            "awb-9:11-klacht-commissie",
            "Beslissing op de klacht verwacht (Awb 9:11, met commissie)",
        )),
        "complaint" => Some((
            "awb-9:11-klacht",
            "Beslissing op de klacht verwacht (Awb 9:11)",
        )),
        "objection" => Some((
            "awb-7:10-beslissing-bezwaar",
            "Beslissing op het bezwaar verwacht (Awb 7:10)",
        )),
        "application" if area == Some("wmo") => Some((
            "wmo-2.3.5-beslissing",
            "Beslissing op de Wmo-aanvraag verwacht (Wmo 2015 art. 2.3.5)",
        )),
        "application" => Some((
            "awb-4:13-redelijke-termijn",
            "Beslissing op de aanvraag verwacht (Awb 4:13)",
        )),
        "melding" => Some((
            "wmo-2.3.2-onderzoek",
            "Onderzoek na de melding af (Wmo 2015 art. 2.3.2)",
        )),
        "debt_request" => Some((
            "wgs-eerste-gesprek",
            "Eerste gesprek schuldhulp uiterlijk (Wgs art. 4a)",
        )),
        "default_notice" => Some((
            "awb-4:17-dwangsom",
            "Laatste dag om te beslissen zonder dwangsom (Awb 4:17)",
        )),
        _ => None,
    }
}

/// The rule of the case's term task that filing a procedure of this kind answers: filing an
/// objection is what the term to object (Awb 6:7: six weeks, counted under Awb 6:8 from the
/// day after the decision was sent) is for, so its task is done once the objection is
/// recorded. `None`: the filing answers no term task of the case.
pub fn answered_rule(kind: &str) -> Option<&'static str> {
    match kind {
        "objection" => Some(OBJECTION_TERM_RULE),
        _ => None,
    }
}

/// The rule id of the term to object against a decision (Awb 6:7, counted per Awb 6:8).
pub const OBJECTION_TERM_RULE: &str = "awb-6:7-bezwaar";

/// External outcomes after which the citizen may still turn to the ombudsman (Awb 9:18 ff.):
/// a complaint the body did not (fully) uphold.
pub fn ombudsman_open(kind: &str, outcome: &str) -> bool {
    kind == "complaint" && matches!(outcome, "ongegrond" | "deels_gegrond" | "niet_ontvankelijk")
}

/// A procedure as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct ProcedureForm {
    pub kind: String,
    pub organisation: String,
    pub filed_on: String,
    /// A complaints or advisory committee hears it.
    pub committee: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Procedure {
    pub kind: String,
    pub organisation: Option<String>,
    pub filed_on: Date,
    pub committee: bool,
}

impl ProcedureForm {
    pub fn parse(
        &self,
        today: Date,
        organisation_ok: impl Fn(&str) -> bool,
    ) -> Result<Procedure, Invalid> {
        let mut c = Collector::default();
        let kind = c
            .take(vocab_code("kind", KINDS, &self.kind, true))
            .flatten();
        let organisation = c
            .take(organisation(
                "organisation",
                &self.organisation,
                organisation_ok,
            ))
            .flatten();
        let filed_on = c
            .take(past_date("filed_on", &self.filed_on, today, true))
            .flatten();
        c.finish()?;
        match (kind, filed_on) {
            (Some(kind), Some(filed_on)) => Ok(Procedure {
                kind,
                organisation,
                filed_on,
                committee: self.committee,
            }),
            _ => Err(Invalid(vec![FieldError::general(Msg::Internal)])),
        }
    }
}

/// The external outcome of a procedure, as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct OutcomeForm {
    pub outcome: String,
    pub outcome_on: String,
}

impl OutcomeForm {
    /// An empty outcome clears it; a date needs an outcome.
    pub fn parse(&self, today: Date) -> Result<Option<(String, Date)>, Invalid> {
        let mut c = Collector::default();
        let outcome = c
            .take(vocab_code(
                "outcome",
                vocab::EXTERNAL_OUTCOMES,
                &self.outcome,
                false,
            ))
            .flatten();
        let on = c
            .take(past_date("outcome_on", &self.outcome_on, today, false))
            .flatten();
        c.finish()?;
        Ok(outcome.map(|o| (o, on.unwrap_or(today))))
    }
}

/// The letters Naast drafts from a template: `(code, Dutch, English)`.
pub const LETTER_KINDS: vocab::List = &[
    ("complaint", "Klachtbrief", "complaint"),
    (
        "objection_pro_forma",
        "Bezwaarschrift pro forma (gronden volgen)",
        "pro-forma objection (grounds to follow)",
    ),
    (
        "objection",
        "Bezwaarschrift met gronden",
        "objection with grounds",
    ),
    (
        "information_request",
        "Verzoek om informatie",
        "request for information",
    ),
    (
        "notice_of_default",
        "Ingebrekestelling",
        "notice of default",
    ),
];

/// The letter "Brief opstellen" offers first for the way chosen with the citizen (a code of
/// `vocab::OPTIONS`): an objection's letter for an objection (Awb 6:4), else the complaint's
/// (Awb 9:1), as before a way was chosen.
pub fn letter_kind_for(option_chosen: Option<&str>) -> &'static str {
    match option_chosen {
        Some("objection") => "objection",
        _ => "complaint",
    }
}

/// Who the register can hold besides the municipality and its providers.
pub const REGISTER_EXTRA: vocab::List = &[
    ("ombudsman", "Ombudsman", "ombudsman"),
    ("legal_aid", "Juridische hulp", "legal aid"),
    (
        "client_support",
        "Onafhankelijke cliëntondersteuning",
        "independent client support",
    ),
];

/// The label of a procedure kind.
pub fn kind_label(code: &str, lang: Lang) -> &str {
    vocab::label(KINDS, code, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_letter_offered_first_follows_the_way_chosen() {
        assert_eq!(letter_kind_for(Some("objection")), "objection");
        assert_eq!(letter_kind_for(Some("complaint")), "complaint");
        assert_eq!(letter_kind_for(Some("mediation")), "complaint");
        assert_eq!(letter_kind_for(None), "complaint");
        assert!(vocab::has(LETTER_KINDS, letter_kind_for(Some("objection"))));
    }

    #[test]
    fn each_kind_starts_its_own_term() {
        assert_eq!(
            rule_for("complaint", None, false).map(|r| r.0),
            Some("awb-9:11-klacht")
        );
        assert_eq!(
            rule_for("complaint", None, true).map(|r| r.0),
            Some("awb-9:11-klacht-commissie")
        );
        assert_eq!(
            rule_for("application", Some("wmo"), false).map(|r| r.0),
            Some("wmo-2.3.5-beslissing")
        );
        assert_eq!(
            rule_for("application", Some("jeugd"), false).map(|r| r.0),
            Some("awb-4:13-redelijke-termijn")
        );
        assert_eq!(
            rule_for("debt_request", None, false).map(|r| r.0),
            Some("wgs-eerste-gesprek")
        );
        assert_eq!(rule_for("nope", None, false), None);
        for (k, _, _) in KINDS {
            assert!(rule_for(k, None, false).is_some(), "{k}");
        }
    }

    #[test]
    fn a_procedure_needs_a_known_kind_and_a_past_date() {
        let today = date(2026, 11, 23);
        let bad = ProcedureForm {
            kind: "duel".into(),
            filed_on: "2027-01-01".into(),
            organisation: "someone".into(),
            committee: false,
        };
        let e = bad
            .parse(today, |o| o == "municipality")
            .err()
            .map(|e| e.0.len());
        assert_eq!(e, Some(3));
        let ok = ProcedureForm {
            kind: "complaint".into(),
            filed_on: "18-11-2026".into(),
            organisation: "municipality".into(),
            committee: true,
        }
        .parse(today, |o| o == "municipality");
        assert_eq!(
            ok.map(|p| (p.filed_on, p.committee)),
            Ok((date(2026, 11, 18), true))
        );
    }

    #[test]
    fn an_outcome_is_a_known_code_or_nothing() {
        let today = date(2026, 11, 23);
        let f = |o: &str, on: &str| {
            OutcomeForm {
                outcome: o.into(),
                outcome_on: on.into(),
            }
            .parse(today)
        };
        assert_eq!(f("", ""), Ok(None));
        assert_eq!(
            f("gegrond", "2026-11-20"),
            Ok(Some(("gegrond".into(), date(2026, 11, 20))))
        );
        assert!(f("prima", "").is_err());
        assert!(ombudsman_open("complaint", "ongegrond"));
        assert!(!ombudsman_open("complaint", "gegrond"));
        assert!(!ombudsman_open("objection", "ongegrond"));
    }

    #[test]
    fn a_register_entry_is_bounded() {
        let e = RegisterEntry {
            complaint_notes: "x".repeat(2_001),
            ..Default::default()
        };
        assert!(e.parse().is_err());
        assert!(RegisterEntry::default().is_empty());
    }

    #[test]
    fn a_register_web_address_is_a_web_address() {
        let with = |w: &str| RegisterEntry {
            objection_web: w.into(),
            objection_addressee: " College van B&W ".into(),
            ..Default::default()
        };
        for bad in [
            "maasdal",
            "maasdal.nl/bezwaar",
            "javascript:alert(1)",
            "www maasdal nl",
            "https://maas_dal.nl",
            "https://maas dal.nl",
            "https://",
        ] {
            let e = with(bad).parse().err().map(|e| e.0);
            assert_eq!(
                e.as_ref().map(|e| (e.len(), e[0].field)),
                Some((1, Some("objection_web"))),
                "{bad}"
            );
        }
        let typed = with("www.maasdal.nl/bezwaar");
        let added = typed.parse();
        assert_eq!(
            added.as_ref().map(|e| e.objection_web.as_str()),
            Ok("https://www.maasdal.nl/bezwaar")
        );
        assert_eq!(
            added.map(|e| e.https_added(&typed)),
            Ok(vec!["objection_web"])
        );
        let ok = with("https://www.maasdal.nl/bezwaar").parse();
        assert_eq!(
            ok.map(|e| (e.route("objection").addressee, e.route("objection").web)),
            Ok((
                "College van B&W".into(),
                "https://www.maasdal.nl/bezwaar".into()
            ))
        );
        assert_eq!(route_kind("objection_pro_forma"), "objection");
        assert_eq!(route_kind("complaint"), "complaint");
    }

    #[test]
    fn an_objection_answers_the_term_to_object() {
        assert_eq!(answered_rule("objection"), Some("awb-6:7-bezwaar"));
        assert_eq!(answered_rule("application"), None);
    }
}
