//! Clarifying the question (vraagverheldering): the problem as formulated, area, organisation,
//! natures of the dissatisfaction, the decision involved and its dates, the goal and the options.

use super::STORY_MAX;
use crate::validation::Collector;
use crate::validation::{free_text, line, organisation, past_date, vocab_code};
use crate::{FieldError, Invalid, Msg, vocab};
use jiff::civil::Date;

/// The most characters a kwestie's subject may have.
pub const SUBJECT_MAX: usize = 120;

/// The most characters a decision's own reference (kenmerk) may have.
pub const DECISION_REFERENCE_MAX: usize = 100;

/// Clarifying the question (vraagverheldering).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct ClarifyForm {
    /// A short subject for "Mijn werk"; absent (the API before it existed) keeps the one set.
    /// The case page's form calls it `case_subject` (its letter form has a `subject` of its own),
    /// and so do the errors about it.
    #[serde(alias = "case_subject")]
    pub subject: Option<String>,
    pub problem: String,
    pub area: String,
    pub organisation: String,
    pub natures: Vec<String>,
    pub primary_nature: String,
    pub decision_kind: String,
    /// The decision's own reference (kenmerk), as on the organisation's letter; a letter
    /// quotes it. Absent (the API before it existed) keeps the one recorded.
    pub decision_reference: Option<String>,
    pub decision_date: String,
    pub decision_sent_on: String,
    pub goal: String,
    pub options: Vec<String>,
    pub option_chosen: String,
    pub found_via: String,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Clarified {
    /// `None`: left as it was.
    pub subject: Option<String>,
    pub problem: String,
    pub area: Option<String>,
    pub organisation: Option<String>,
    pub natures: Vec<String>,
    pub primary_nature: Option<String>,
    pub decision_kind: Option<String>,
    /// `None`: left as it was.
    pub decision_reference: Option<String>,
    pub decision_date: Option<Date>,
    pub decision_sent_on: Option<Date>,
    pub goal: String,
    pub options: Vec<String>,
    pub option_chosen: Option<String>,
    pub found_via: Option<String>,
}

impl ClarifyForm {
    /// `organisations` are the codes the tenant knows (`municipality`, `municipality:team`, providers).
    pub fn parse(
        &self,
        today: Date,
        organisation_ok: impl Fn(&str) -> bool,
    ) -> Result<Clarified, Invalid> {
        let mut c = Collector::default();
        let subject = match &self.subject {
            Some(s) => c.take(line("case_subject", s, SUBJECT_MAX, false)),
            None => None,
        };
        let problem = c
            .take(free_text("problem", &self.problem, STORY_MAX, false))
            .unwrap_or_default();
        let area = c
            .take(vocab_code("area", &vocab::AREAS, &self.area, false))
            .flatten();
        let organisation = c
            .take(organisation(
                "organisation",
                &self.organisation,
                organisation_ok,
            ))
            .flatten();
        let mut natures = Vec::new();
        for n in &self.natures {
            if let Some(Some(n)) = c.take(vocab_code("natures", vocab::NATURES, n, false))
                && !natures.contains(&n)
            {
                natures.push(n);
            }
        }
        let mut primary_nature = c
            .take(vocab_code(
                "primary_nature",
                vocab::NATURES,
                &self.primary_nature,
                false,
            ))
            .flatten();
        if primary_nature.is_none() && natures.len() == 1 {
            primary_nature = natures.first().cloned();
        }
        if let Some(p) = &primary_nature
            && !natures.contains(p)
        {
            natures.insert(0, p.clone());
        }
        if primary_nature.is_none() && natures.len() > 1 {
            c.push(FieldError::new(
                "primary_nature",
                Msg::PrimaryNatureRequired,
            ));
        }
        let decision_kind = c
            .take(vocab_code(
                "decision_kind",
                vocab::DECISION_KINDS,
                &self.decision_kind,
                false,
            ))
            .flatten();
        let decision_reference = match &self.decision_reference {
            Some(s) => c.take(line("decision_reference", s, DECISION_REFERENCE_MAX, false)),
            None => None,
        };
        let decision_date = c
            .take(past_date(
                "decision_date",
                &self.decision_date,
                today,
                false,
            ))
            .flatten();
        let decision_sent_on = c
            .take(past_date(
                "decision_sent_on",
                &self.decision_sent_on,
                today,
                false,
            ))
            .flatten();
        if let (Some(d), Some(s)) = (decision_date, decision_sent_on)
            && s < d
        {
            c.push(FieldError::new("decision_sent_on", Msg::SentBeforeDated));
        }
        let goal = c
            .take(free_text("goal", &self.goal, 5_000, false))
            .unwrap_or_default();
        let mut options = Vec::new();
        for o in &self.options {
            if let Some(Some(o)) = c.take(vocab_code("options", vocab::OPTIONS, o, false))
                && !options.contains(&o)
            {
                options.push(o);
            }
        }
        let option_chosen = c
            .take(vocab_code(
                "option_chosen",
                vocab::OPTIONS,
                &self.option_chosen,
                false,
            ))
            .flatten();
        if let Some(o) = &option_chosen
            && !options.contains(o)
        {
            options.push(o.clone());
        }
        let found_via = c
            .take(vocab_code(
                "found_via",
                vocab::FOUND_VIA,
                &self.found_via,
                false,
            ))
            .flatten();
        c.finish()?;
        Ok(Clarified {
            subject,
            problem,
            area,
            organisation,
            natures,
            primary_nature,
            decision_kind,
            decision_reference,
            decision_date,
            decision_sent_on,
            goal,
            options,
            option_chosen,
            found_via,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 23).unwrap_or_default()
    }

    #[test]
    fn a_subject_is_one_short_line_and_absent_keeps_the_old_one() {
        let f = ClarifyForm {
            subject: Some(" Traplift geweigerd ".into()),
            ..Default::default()
        };
        assert_eq!(
            f.parse(today(), |_| true).ok().and_then(|c| c.subject),
            Some("Traplift geweigerd".into())
        );
        for bad in ["x".repeat(SUBJECT_MAX + 1), "twee\nregels".into()] {
            let f = ClarifyForm {
                subject: Some(bad),
                ..Default::default()
            };
            assert!(matches!(
                f.parse(today(), |_| true),
                Err(e) if e.0.iter().any(|e| e.field == Some("case_subject"))
            ));
        }
        let f = ClarifyForm::default();
        assert_eq!(
            f.parse(today(), |_| true).ok().and_then(|c| c.subject),
            None
        );
    }

    #[test]
    fn the_decisions_reference_is_one_line_and_absent_keeps_the_old_one() {
        let f = ClarifyForm {
            decision_reference: Some(" WMO/2026/0042 ".into()),
            ..Default::default()
        };
        assert_eq!(
            f.parse(today(), |_| true)
                .ok()
                .and_then(|c| c.decision_reference),
            Some("WMO/2026/0042".into())
        );
        let f = ClarifyForm {
            decision_reference: Some("twee\nregels".into()),
            ..Default::default()
        };
        assert!(matches!(
            f.parse(today(), |_| true),
            Err(e) if e.0.iter().any(|e| e.field == Some("decision_reference"))
        ));
        assert_eq!(
            ClarifyForm::default()
                .parse(today(), |_| true)
                .ok()
                .and_then(|c| c.decision_reference),
            None
        );
    }

    #[test]
    fn several_natures_need_a_primary_one() {
        let f = ClarifyForm {
            natures: vec!["treatment".into(), "money".into()],
            ..Default::default()
        };
        assert!(f.parse(today(), |_| true).is_err());
        let f = ClarifyForm {
            natures: vec!["treatment".into(), "money".into()],
            primary_nature: "money".into(),
            ..Default::default()
        };
        assert_eq!(
            f.parse(today(), |_| true)
                .ok()
                .and_then(|c| c.primary_nature),
            Some("money".into())
        );
    }
}
