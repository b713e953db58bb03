//! The citizen's consents on a kwestie: what may be shared, with whom (the municipality or a
//! named provider), for what, given when and how. Revocable at any time; every share, forward
//! or export checks it. Anonymized reporting needs none; anything that could identify the
//! citizen does.

use crate::validation::{self, Collector, past_date};
use crate::{FieldError, Invalid, Lang, Msg, vocab};
use jiff::civil::Date;

/// What a consent allows: `(code, Dutch, English)`.
pub const SCOPES: vocab::List = &[
    (
        "signal",
        "Een signaal over de eigen situatie aan de ontvanger",
        "a signal to the recipient about the citizen's own situation",
    ),
    (
        "share_details",
        "Naam en contactgegevens delen zodat de ontvanger contact kan opnemen",
        "give the citizen's name and contact details so the recipient can get in touch",
    ),
    (
        "forward",
        "De vraag of klacht doorsturen naar de ontvanger",
        "forward the citizen's question or complaint to the recipient",
    ),
    (
        "mediation",
        "De situatie bespreken in een bemiddelingsgesprek",
        "discuss the citizen's situation in a mediation meeting",
    ),
];

/// How the consent was given: `(code, Dutch, English)`.
pub const HOW: vocab::List = &[
    ("spoken", "Mondeling", "spoken"),
    ("written", "Schriftelijk", "written"),
];

/// A consent as typed.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct ConsentForm {
    /// `municipality` or a provider code of the tenant.
    pub recipient: String,
    pub scope: String,
    pub given_on: String,
    pub how: String,
}

/// A valid consent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub recipient: String,
    pub scope: String,
    pub given_on: Date,
    pub how: String,
}

/// A code that must be on the list (no `x_` extensions: a consent is exact).
fn listed(field: &'static str, list: vocab::List, input: &str) -> Result<String, FieldError> {
    validation::code(field, input, true, |s| vocab::has(list, s)).map(Option::unwrap_or_default)
}

impl ConsentForm {
    /// Every problem at once. `recipient_ok` says whether a provider code is the tenant's;
    /// `municipality` is always a recipient.
    pub fn parse(
        &self,
        today: Date,
        recipient_ok: impl Fn(&str) -> bool,
    ) -> Result<Consent, Invalid> {
        let mut c = Collector::default();
        let r = self.recipient.trim();
        let recipient = if r.is_empty() {
            c.push(FieldError::new("recipient", Msg::Required));
            None
        } else if r == "municipality" || recipient_ok(r) {
            Some(r.to_string())
        } else {
            c.push(FieldError::new(
                "recipient",
                Msg::CodeUnknown(r.chars().take(40).collect()),
            ));
            None
        };
        let scope = c.take(listed("scope", SCOPES, &self.scope));
        let given_on = c
            .take(past_date("given_on", &self.given_on, today, true))
            .flatten();
        let how = c.take(listed("how", HOW, &self.how));
        c.finish()?;
        match (recipient, scope, given_on, how) {
            (Some(recipient), Some(scope), Some(given_on), Some(how)) => Ok(Consent {
                recipient,
                scope,
                given_on,
                how,
            }),
            _ => Err(Invalid(vec![FieldError::general(Msg::Internal)])),
        }
    }
}

/// The label of a scope.
pub fn scope_label(code: &str, lang: Lang) -> &str {
    vocab::label(SCOPES, code, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn form(recipient: &str, scope: &str, given_on: &str, how: &str) -> ConsentForm {
        ConsentForm {
            recipient: recipient.into(),
            scope: scope.into(),
            given_on: given_on.into(),
            how: how.into(),
        }
    }

    fn providers(p: &str) -> bool {
        p == "wijkteam"
    }

    #[test]
    fn a_consent_names_a_known_recipient_scope_and_way() {
        let today = date(2026, 11, 23);
        let ok = form("wijkteam", "forward", "2026-11-23", "written").parse(today, providers);
        assert_eq!(
            ok,
            Ok(Consent {
                recipient: "wijkteam".into(),
                scope: "forward".into(),
                given_on: today,
                how: "written".into(),
            })
        );
        let m = form("municipality", "signal", "20-11-2026", "spoken").parse(today, providers);
        assert_eq!(m.map(|c| c.given_on), Ok(date(2026, 11, 20)));
    }

    #[test]
    fn bad_input_reports_every_field() {
        let today = date(2026, 11, 23);
        let e = form("someone", "everything", "2027-01-01", "telepathy")
            .parse(today, providers)
            .err()
            .map(|e| e.0);
        let e = e.unwrap_or_default();
        assert_eq!(e.len(), 4, "{e:?}");
        assert!(
            e.iter()
                .any(|f| f.field == Some("given_on") && f.msg == Msg::DateInFuture)
        );
        let fields: Vec<&str> = e.iter().filter_map(|f| f.field).collect();
        for f in ["recipient", "scope", "given_on", "how"] {
            assert!(fields.contains(&f), "{f}");
        }
        let empty = ConsentForm::default().parse(today, providers);
        assert_eq!(empty.err().map(|e| e.0.len()), Some(4));
        assert!(
            form("municipality", "x_other", "2026-11-01", "spoken")
                .parse(today, providers)
                .is_err()
        );
        assert!(
            form("municipality", "signal", "not a date", "spoken")
                .parse(today, providers)
                .is_err()
        );
    }

    #[test]
    fn labels_come_from_the_list() {
        assert_eq!(
            scope_label("mediation", Lang::En),
            "discuss the citizen's situation in a mediation meeting"
        );
    }
}
