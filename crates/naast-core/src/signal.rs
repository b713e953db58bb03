//! Signals: the confidant's voice to the municipality (or a provider) about a pattern, or, with
//! the citizen's consent, about one situation. Codes from `shared/VOCABULARY.md`: the area, the
//! theme (the nature list), the organisations concerned, and the status.

use crate::validation::{self, Collector, any_date, free_text, organisation_of_tenant};
use crate::{EmailAddress, FieldError, Invalid, Lang, Msg, vocab};

/// The steps of a signal (`shared/VOCABULARY.md`, signal status): `(code, Dutch, English)`.
pub const STATUSES: vocab::List = &[
    ("draft", "Concept", "draft"),
    ("in_review", "Ter controle", "in review"),
    ("sent", "Verstuurd", "sent"),
    ("acknowledged", "Ontvangen", "acknowledged"),
    ("answered", "Beantwoord", "answered"),
    ("follow_up", "Vervolg afgesproken", "follow-up agreed"),
    ("closed", "Afgesloten", "closed"),
];

/// How soon the signal needs attention.
pub const URGENCIES: vocab::List = &[
    ("normal", "Gewoon", "normal"),
    ("high", "Dringend", "urgent"),
    ("low", "Kan wachten", "can wait"),
];

pub const TITLE_MAX: usize = 200;
pub const TEXT_MAX: usize = 5_000;
pub const REFERENCES_MAX: usize = 200;
pub const ORGANISATIONS_MAX: usize = 50;

/// A signal as typed, before parsing.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct SignalForm {
    pub title: String,
    pub description: String,
    pub proposal: String,
    pub area: String,
    pub theme: String,
    pub urgency: String,
    /// `municipality`, `municipality:team` or provider codes.
    pub organisations: Vec<String>,
    /// `municipality` or a provider code.
    pub addressee: String,
    /// A provider's address for the link; not used for the municipality.
    pub addressee_email: String,
    /// The references of the kwesties it rests on, separated by spaces, commas or lines.
    pub cases: String,
}

/// A valid signal draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignalInput {
    pub title: String,
    pub description: String,
    pub proposal: String,
    pub area: String,
    pub theme: String,
    pub urgency: String,
    pub organisations: Vec<String>,
    pub addressee: String,
    pub addressee_email: Option<EmailAddress>,
    /// Upper-case references, each once, in the order typed.
    pub cases: Vec<String>,
}

/// What the tenant knows: its areas and active provider codes.
pub struct Known<'a> {
    pub areas: &'a [String],
    pub providers: &'a [String],
}

/// A required code that `ok` accepts.
fn code(field: &'static str, s: &str, ok: impl Fn(&str) -> bool) -> Result<String, FieldError> {
    validation::code(field, s, true, ok).map(Option::unwrap_or_default)
}

/// Splits typed references (`NST-7K4M-2Q9D`, any case) on spaces, commas, semicolons, lines.
/// Stops after [`REFERENCES_MAX`] + 1 distinct ones (enough to say there are too many).
pub fn references(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in s
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .map(str::trim)
        .filter(|r| !r.is_empty())
    {
        if out.len() > REFERENCES_MAX {
            break;
        }
        let r = r.to_ascii_uppercase();
        if !out.contains(&r) {
            out.push(r);
        }
    }
    out
}

impl SignalForm {
    /// Every problem at once.
    pub fn parse(&self, known: &Known<'_>) -> Result<SignalInput, Invalid> {
        let mut c = Collector::default();
        let title = c.take(crate::validation::label("title", &self.title, TITLE_MAX));
        let description = c.take(free_text("description", &self.description, TEXT_MAX, true));
        let proposal = c.take(free_text("proposal", &self.proposal, TEXT_MAX, false));
        let area = c.take(code("area", &self.area, |a| {
            known.areas.iter().any(|x| x == a) || vocab::is_area(a)
        }));
        let theme = c.take(code("theme", &self.theme, |t| {
            vocab::has(vocab::NATURES, t)
        }));
        let urgency = if self.urgency.trim().is_empty() {
            Some("normal".to_string())
        } else {
            c.take(code("urgency", &self.urgency, |u| vocab::has(URGENCIES, u)))
        };
        let mut organisations: Vec<String> = Vec::new();
        if self.organisations.len() > ORGANISATIONS_MAX {
            c.push(FieldError::new(
                "organisations",
                Msg::TooLong(ORGANISATIONS_MAX),
            ));
        }
        for o in self
            .organisations
            .iter()
            .take(ORGANISATIONS_MAX)
            .map(|o| o.trim())
            .filter(|o| !o.is_empty())
        {
            if !organisation_of_tenant(o, known.providers) {
                c.push(FieldError::new(
                    "organisations",
                    Msg::CodeUnknown(o.chars().take(40).collect()),
                ));
            } else if !organisations.iter().any(|x| x == o) {
                organisations.push(o.to_string());
            }
        }
        let addressee = c.take(code("addressee", &self.addressee, |a| {
            a == "municipality" || known.providers.iter().any(|p| p == a)
        }));
        let addressee_email = match addressee.as_deref() {
            Some(a) if a != "municipality" => {
                if self.addressee_email.trim().is_empty() {
                    c.push(FieldError::new("addressee_email", Msg::SignalProviderEmail));
                    None
                } else {
                    c.take(EmailAddress::parse(
                        "addressee_email",
                        &self.addressee_email,
                    ))
                    .map(Some)
                }
            }
            _ => Some(None),
        };
        let cases = references(&self.cases);
        if cases.is_empty() {
            c.push(FieldError::new("cases", Msg::Required));
        } else if cases.len() > REFERENCES_MAX {
            c.push(FieldError::new("cases", Msg::TooLong(REFERENCES_MAX)));
        }
        c.finish()?;
        match (
            title,
            description,
            proposal,
            area,
            theme,
            urgency,
            addressee,
            addressee_email,
        ) {
            (
                Some(title),
                Some(description),
                Some(proposal),
                Some(area),
                Some(theme),
                Some(urgency),
                Some(addressee),
                Some(addressee_email),
            ) => Ok(SignalInput {
                title,
                description,
                proposal,
                area,
                theme,
                urgency,
                organisations,
                addressee,
                addressee_email,
                cases,
            }),
            _ => Err(Invalid(vec![FieldError::general(Msg::Internal)])),
        }
    }
}

pub fn status_label(code: &str, lang: Lang) -> &str {
    vocab::label(STATUSES, code, lang)
}

pub fn urgency_label(code: &str, lang: Lang) -> &str {
    vocab::label(URGENCIES, code, lang)
}

/// The answer of the municipality or provider, as typed.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct AnswerForm {
    pub answer: String,
}

/// The follow-up agreed, as typed: what will happen, and by when (optional).
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct FollowUpForm {
    pub follow_up: String,
    pub follow_up_on: String,
    /// The office confirms that what the personal-data check found is not personal data.
    pub not_personal: bool,
}

impl AnswerForm {
    pub fn parse(&self) -> Result<String, Invalid> {
        free_text("answer", &self.answer, TEXT_MAX, true).map_err(|e| Invalid(vec![e]))
    }
}

impl FollowUpForm {
    /// The text and the date (any date: follow-up lies ahead).
    pub fn parse(&self) -> Result<(String, Option<jiff::civil::Date>), Invalid> {
        let mut c = Collector::default();
        let t = c.take(free_text("follow_up", &self.follow_up, TEXT_MAX, true));
        let date = c.take(any_date("follow_up_on", &self.follow_up_on, false));
        c.finish()?;
        match (t, date) {
            (Some(t), Some(d)) => Ok((t, d)),
            _ => Err(Invalid(vec![FieldError::general(Msg::Internal)])),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> (Vec<String>, Vec<String>) {
        (
            vec!["wmo".into(), "jeugd".into()],
            vec!["linde_thuiszorg".into()],
        )
    }

    fn form() -> SignalForm {
        SignalForm {
            title: "Lange wachttijd jeugdhulp".into(),
            description: "Sinds maart wachtten vijf gezinnen langer dan twaalf weken.".into(),
            proposal: "Meld de wachttijd in de ontvangstbevestiging.".into(),
            area: "jeugd".into(),
            theme: "waiting_time".into(),
            urgency: "".into(),
            organisations: vec!["municipality:wijkteam".into(), "linde_thuiszorg".into()],
            addressee: "municipality".into(),
            addressee_email: String::new(),
            cases: "nst-7k4m-2q9d, NST-AAAA-BBBB\nNST-7K4M-2Q9D".into(),
        }
    }

    #[test]
    fn a_signal_parses_with_references_once_each() {
        let (areas, providers) = known();
        let k = Known {
            areas: &areas,
            providers: &providers,
        };
        let s = form().parse(&k);
        let s = s.as_ref().map_err(|e| format!("{e:?}"));
        assert_eq!(
            s.map(|s| (s.cases.clone(), s.urgency.clone(), s.organisations.len())),
            Ok((
                vec!["NST-7K4M-2Q9D".to_string(), "NST-AAAA-BBBB".to_string()],
                "normal".to_string(),
                2
            ))
        );
    }

    #[test]
    fn a_provider_addressee_needs_an_email() {
        let (areas, providers) = known();
        let k = Known {
            areas: &areas,
            providers: &providers,
        };
        let mut f = form();
        f.addressee = "linde_thuiszorg".into();
        let e = f.parse(&k).err().map(|e| e.0).unwrap_or_default();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].field, Some("addressee_email"));
        f.addressee_email = "klachten@linde.example".into();
        assert!(f.parse(&k).is_ok());
    }

    #[test]
    fn bad_input_names_every_field() {
        let (areas, providers) = known();
        let k = Known {
            areas: &areas,
            providers: &providers,
        };
        let f = SignalForm {
            title: "x".repeat(TITLE_MAX + 1),
            area: "ruimtevaart".into(),
            theme: "weather".into(),
            urgency: "now".into(),
            organisations: vec!["municipality:Team A".into(), "unknown_bv".into()],
            addressee: "someone".into(),
            ..Default::default()
        };
        let e = f.parse(&k).err().map(|e| e.0).unwrap_or_default();
        let fields: Vec<&str> = e.iter().filter_map(|f| f.field).collect();
        for want in [
            "title",
            "description",
            "area",
            "theme",
            "urgency",
            "organisations",
            "addressee",
            "cases",
        ] {
            assert!(fields.contains(&want), "{want}: {fields:?}");
        }
    }

    #[test]
    fn follow_up_needs_text_and_a_real_date() {
        let ok = FollowUpForm {
            follow_up: "Evaluatie in het volgende overleg".into(),
            follow_up_on: "2027-03-01".into(),
            not_personal: false,
        }
        .parse();
        assert!(ok.is_ok());
        let bad = FollowUpForm {
            follow_up: " ".into(),
            follow_up_on: "31-02-2027".into(),
            not_personal: false,
        }
        .parse();
        assert_eq!(bad.err().map(|e| e.0.len()), Some(2));
        assert!(AnswerForm::default().parse().is_err());
    }
}
