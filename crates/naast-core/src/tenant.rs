//! Tenants: the municipalities one installation serves, each with its own settings.

use crate::validation::Collector;
use crate::{EmailAddress, FieldError, Invalid, Msg, vocab};

/// First path segments that a tenant slug may never take (they are routes of their own).
pub const RESERVED_SLUGS: &[&str] = &[
    "api",
    "static",
    "assets",
    "healthz",
    "readyz",
    "metrics",
    "admin",
    "login",
    "logout",
    "setup",
    "status",
    "signaal",
    "account",
    "portal",
    "public",
    "robots.txt",
    "favicon.ico",
    "en",
    "nl",
    "help",
    "about",
    "privacy",
    "embed",
    "folder",
    "form",
    "intake",
    "docs",
    "openapi",
];

/// The lowest disclosure threshold Naast accepts; below it a table cell names a neighbour.
pub const MIN_THRESHOLD: u32 = 3;
/// The highest: above it a small municipality's tables would show nothing at all.
pub const MAX_THRESHOLD: u32 = 50;
/// Retention in months: 0 (keep until erased by hand) up to twenty years.
pub const MAX_RETENTION_MONTHS: u32 = 240;
pub const DEFAULT_THRESHOLD: u32 = 5;
/// Weeks the municipality has to answer a signal, unless the tenant agreed otherwise.
pub const DEFAULT_SIGNAL_WEEKS: u32 = 6;
/// Days after which a web intake that no confidant opened is destroyed: the citizen was told
/// they would hear within days; data nobody ever looked at is not kept "just in case"
/// (AVG/GDPR art. 5(1)(c) data minimisation, art. 5(1)(e) storage limitation).
pub const DEFAULT_UNOPENED_DAYS: u32 = 90;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TenantSlug(String);

impl TenantSlug {
    /// `[a-z][a-z0-9-]{1,39}`, not a reserved first path segment.
    pub fn parse(input: &str) -> Result<TenantSlug, FieldError> {
        let s = input.trim();
        let mut chars = s.chars();
        let first_ok = chars.next().is_some_and(|c| c.is_ascii_lowercase());
        let rest_ok = chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !first_ok || !rest_ok || s.len() < 2 || s.len() > 40 {
            return Err(FieldError::new("slug", Msg::SlugInvalid));
        }
        if RESERVED_SLUGS.contains(&s) {
            return Err(FieldError::new("slug", Msg::SlugReserved));
        }
        Ok(TenantSlug(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for TenantSlug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A tenant's settings as typed by a coordinator (form or JSON), before parsing.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct TenantForm {
    pub slug: String,
    pub name: String,
    pub areas: Vec<String>,
    pub threshold_k: String,
    pub quarterly_reports: bool,
    pub retention_months: String,
    /// Weeks within which the municipality answers a signal before a reminder goes out.
    pub signal_weeks: String,
    /// Days after which a web intake nobody opened is destroyed.
    pub unopened_days: String,
    pub contact_phone: String,
    pub contact_email: String,
    pub contact_address: String,
    pub walk_in_hours: String,
    /// One provider a line: `code name` or just a name.
    pub providers: String,
}

/// A tenant's settings, valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantInput {
    pub slug: TenantSlug,
    pub name: String,
    pub areas: Vec<String>,
    pub threshold_k: u32,
    pub quarterly_reports: bool,
    pub retention_months: u32,
    pub signal_weeks: u32,
    pub unopened_days: u32,
    pub contact_phone: String,
    pub contact_email: Option<EmailAddress>,
    pub contact_address: String,
    pub walk_in_hours: String,
    pub providers: Vec<(String, String)>,
}

/// One line (a name, a phone number, a provider): no control characters.
fn bounded(field: &'static str, s: &str, max: usize) -> Result<String, FieldError> {
    crate::validation::line(field, s, max, false)
}

fn number(field: &'static str, s: &str, default: u32) -> Result<u32, FieldError> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(default);
    }
    t.parse::<u32>()
        .map_err(|_| FieldError::new(field, Msg::NumberInvalid))
}

/// Turns a provider's name into a stable code: lower case, ASCII letters and digits joined by `_`.
pub fn provider_code(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let c = match c {
            'à'..='å' | 'À'..='Å' => 'a',
            'è'..='ë' | 'È'..='Ë' => 'e',
            'ì'..='ï' | 'Ì'..='Ï' => 'i',
            'ò'..='ö' | 'Ò'..='Ö' => 'o',
            'ù'..='ü' | 'Ù'..='Ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').chars().take(40).collect()
}

impl TenantForm {
    /// Parses every field and reports every problem at once.
    pub fn parse(&self) -> Result<TenantInput, Invalid> {
        let mut c = Collector::default();
        let name = c.take(bounded("name", &self.name, 120).and_then(|n| {
            if n.is_empty() {
                Err(FieldError::new("name", Msg::NameRequired))
            } else {
                Ok(n)
            }
        }));
        let slug = c.take(TenantSlug::parse(&self.slug));
        let mut areas = Vec::new();
        for a in &self.areas {
            let a = a.trim();
            if vocab::is_area(a) {
                if !areas.iter().any(|x: &String| x == a) {
                    areas.push(a.to_string());
                }
            } else {
                c.push(FieldError::new(
                    "areas",
                    Msg::AreaUnknown(a.chars().take(40).collect()),
                ));
            }
        }
        if self.areas.is_empty() {
            c.push(FieldError::new("areas", Msg::AreaNoneChosen));
        }
        let threshold_k = c.take(
            number("threshold_k", &self.threshold_k, DEFAULT_THRESHOLD).and_then(|k| {
                if k < MIN_THRESHOLD {
                    Err(FieldError::new(
                        "threshold_k",
                        Msg::ThresholdTooLow(MIN_THRESHOLD),
                    ))
                } else if k > MAX_THRESHOLD {
                    Err(FieldError::new(
                        "threshold_k",
                        Msg::NumberBetween(MIN_THRESHOLD, MAX_THRESHOLD),
                    ))
                } else {
                    Ok(k)
                }
            }),
        );
        let retention_months = c.take(
            number("retention_months", &self.retention_months, 24).and_then(|m| {
                if m <= MAX_RETENTION_MONTHS {
                    Ok(m)
                } else {
                    Err(FieldError::new(
                        "retention_months",
                        Msg::NumberBetween(0, MAX_RETENTION_MONTHS),
                    ))
                }
            }),
        );
        let signal_weeks = c.take(
            number("signal_weeks", &self.signal_weeks, DEFAULT_SIGNAL_WEEKS).and_then(|w| {
                if (1..=52).contains(&w) {
                    Ok(w)
                } else {
                    Err(FieldError::new("signal_weeks", Msg::NumberBetween(1, 52)))
                }
            }),
        );
        let unopened_days = c.take(
            number("unopened_days", &self.unopened_days, DEFAULT_UNOPENED_DAYS).and_then(|d| {
                if (7..=730).contains(&d) {
                    Ok(d)
                } else {
                    Err(FieldError::new("unopened_days", Msg::NumberBetween(7, 730)))
                }
            }),
        );
        let contact_phone = c.take(bounded("contact_phone", &self.contact_phone, 40));
        let contact_email = if self.contact_email.trim().is_empty() {
            Some(None)
        } else {
            c.take(EmailAddress::parse("contact_email", &self.contact_email).map(Some))
        };
        let contact_address = c.take(crate::validation::free_text(
            "contact_address",
            &self.contact_address,
            300,
            false,
        ));
        let walk_in_hours = c.take(crate::validation::free_text(
            "walk_in_hours",
            &self.walk_in_hours,
            1000,
            false,
        ));
        let mut providers = Vec::new();
        for line in self
            .providers
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            match bounded("providers", line, 120) {
                Ok(name) => {
                    let code = provider_code(&name);
                    if !code.is_empty()
                        && !providers.iter().any(|(c, _): &(String, String)| *c == code)
                    {
                        providers.push((code, name));
                    }
                }
                Err(e) => c.push(e),
            }
        }
        c.finish()?;
        match (
            slug,
            name,
            threshold_k,
            retention_months,
            contact_phone,
            contact_email,
            contact_address,
            walk_in_hours,
        ) {
            (
                Some(slug),
                Some(name),
                Some(threshold_k),
                Some(retention_months),
                Some(contact_phone),
                Some(contact_email),
                Some(contact_address),
                Some(walk_in_hours),
            ) => Ok(TenantInput {
                slug,
                name,
                areas,
                threshold_k,
                quarterly_reports: self.quarterly_reports,
                retention_months,
                signal_weeks: signal_weeks.unwrap_or(DEFAULT_SIGNAL_WEEKS),
                unopened_days: unopened_days.unwrap_or(DEFAULT_UNOPENED_DAYS),
                contact_phone,
                contact_email,
                contact_address,
                walk_in_hours,
                providers,
            }),
            _ => Err(Invalid(vec![FieldError::general(Msg::Internal)])),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_the_contract() {
        assert!(TenantSlug::parse("maasdal").is_ok());
        assert!(TenantSlug::parse("den-haag2").is_ok());
        for bad in [
            "M",
            "a",
            "1abc",
            "ab_c",
            "Maasdal",
            "api",
            "admin",
            "setup",
            &"a".repeat(41),
        ] {
            assert!(TenantSlug::parse(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn a_threshold_below_three_is_refused() {
        let form = TenantForm {
            slug: "maasdal".into(),
            name: "Maasdal".into(),
            areas: vec!["wmo".into()],
            threshold_k: "2".into(),
            ..Default::default()
        };
        let err = form.parse().err();
        assert_eq!(
            err.and_then(|e| e.for_field("threshold_k").cloned())
                .map(|e| e.msg),
            Some(Msg::ThresholdTooLow(3))
        );
    }

    #[test]
    fn numbers_out_of_range_and_control_characters_in_labels_are_refused() {
        let form = TenantForm {
            slug: "maasdal".into(),
            name: "Maas\u{7}dal".into(),
            areas: vec!["wmo".into()],
            threshold_k: "51".into(),
            retention_months: "241".into(),
            providers: "Linde\0Zorg\n".into(),
            ..Default::default()
        };
        let err = form.parse().err();
        let msg = |f: &str| {
            err.as_ref()
                .and_then(|e| e.for_field(f).cloned())
                .map(|e| e.msg)
        };
        assert_eq!(msg("name"), Some(Msg::ControlCharacter));
        assert_eq!(msg("threshold_k"), Some(Msg::NumberBetween(3, 50)));
        assert_eq!(msg("retention_months"), Some(Msg::NumberBetween(0, 240)));
        assert_eq!(msg("providers"), Some(Msg::ControlCharacter));
        let edges = TenantForm {
            slug: "maasdal".into(),
            name: "Maasdal".into(),
            areas: vec!["wmo".into()],
            threshold_k: "50".into(),
            retention_months: "240".into(),
            ..Default::default()
        }
        .parse()
        .map(|t| (t.threshold_k, t.retention_months));
        assert_eq!(edges, Ok((50, 240)));
    }

    #[test]
    fn a_valid_form_parses_with_defaults_and_provider_codes() {
        let form = TenantForm {
            slug: "lindeveld".into(),
            name: " Lindeveld ".into(),
            areas: vec!["wmo".into(), "jeugd".into(), "wmo".into()],
            providers: "Linde Thuiszorg\n\nJeugdhulp Één & Co\n".into(),
            ..Default::default()
        };
        let t = form.parse().map_err(|e| format!("{e:?}"));
        let t = match t {
            Ok(t) => t,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(t.name, "Lindeveld");
        assert_eq!(t.threshold_k, 5);
        assert_eq!(t.areas, vec!["wmo", "jeugd"]);
        assert_eq!(t.providers[0].0, "linde_thuiszorg");
        assert_eq!(t.providers[1].0, "jeugdhulp_een_co");
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let form = TenantForm {
            slug: "API".into(),
            ..Default::default()
        };
        let errs = form.parse().err().map(|e| e.0.len()).unwrap_or(0);
        assert!(errs >= 3);
    }
}
