//! Validation: which field, which message, and the one set of rules every form shares — text
//! ([`clean`], [`free_text`], [`line`], [`label`]), codes ([`code`], [`vocab_code`]), dates
//! ([`past_date`], [`any_date`]), phone numbers ([`phone`]) and the organisation concerned
//! ([`organisation`], [`organisation_of_tenant`]). The web and API layers render the errors in
//! the user's language; nothing here knows about HTTP.

use crate::vocab::{self, List};
use crate::{Lang, Msg};
use jiff::civil::Date;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The form or JSON field the message is about; `None` for the input as a whole.
    pub field: Option<&'static str>,
    pub msg: Msg,
}

impl FieldError {
    pub fn new(field: &'static str, msg: Msg) -> FieldError {
        FieldError {
            field: Some(field),
            msg,
        }
    }

    pub fn general(msg: Msg) -> FieldError {
        FieldError { field: None, msg }
    }

    pub fn text(&self, lang: Lang) -> String {
        self.msg.text(lang)
    }
}

/// One or more problems with the input; nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid input: {0:?}")]
pub struct Invalid(pub Vec<FieldError>);

impl Invalid {
    pub fn one(field: &'static str, msg: Msg) -> Invalid {
        Invalid(vec![FieldError::new(field, msg)])
    }

    pub fn for_field(&self, field: &str) -> Option<&FieldError> {
        self.0.iter().find(|e| e.field == Some(field))
    }
}

impl From<FieldError> for Invalid {
    fn from(e: FieldError) -> Invalid {
        Invalid(vec![e])
    }
}

/// Collects field errors while parsing a form, so the user sees every problem at once.
#[derive(Debug, Default)]
pub struct Collector(Vec<FieldError>);

impl Collector {
    pub fn take<T>(&mut self, r: Result<T, FieldError>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.0.push(e);
                None
            }
        }
    }

    pub fn push(&mut self, e: FieldError) {
        self.0.push(e);
    }

    pub fn finish(self) -> Result<(), Invalid> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Invalid(self.0))
        }
    }
}

/// The one rule for every text that comes from outside: a carriage return before a newline
/// (CRLF, as browsers send a textarea) becomes a newline; any other control character — NUL,
/// escape, a lone carriage return, DEL, the C1 range — is refused. `multiline` text may keep
/// newlines and tabs; a label (a name, a title, a place) keeps none. Returns the text trimmed.
pub fn clean(field: &'static str, input: &str, multiline: bool) -> Result<String, FieldError> {
    let normalised;
    let s = if input.contains("\r\n") {
        normalised = input.replace("\r\n", "\n");
        normalised.as_str()
    } else {
        input
    };
    let allowed = |c: char| multiline && (c == '\n' || c == '\t');
    if s.chars().any(|c| c.is_control() && !allowed(c)) {
        return Err(FieldError::new(field, Msg::ControlCharacter));
    }
    Ok(s.trim().to_string())
}

/// Free text of at most `max` characters (newlines and tabs allowed), after [`clean`].
pub fn free_text(
    field: &'static str,
    input: &str,
    max: usize,
    required: bool,
) -> Result<String, FieldError> {
    let s = clean(field, input, true)?;
    if required && s.is_empty() {
        return Err(FieldError::new(field, Msg::Required));
    }
    if s.chars().count() > max {
        return Err(FieldError::new(field, Msg::TooLong(max)));
    }
    Ok(s)
}

/// One line of at most `max` characters (no control characters at all), after [`clean`];
/// `required` refuses a blank one.
pub fn line(
    field: &'static str,
    input: &str,
    max: usize,
    required: bool,
) -> Result<String, FieldError> {
    let s = clean(field, input, false)?;
    if required && s.is_empty() {
        return Err(FieldError::new(field, Msg::Required));
    }
    if s.chars().count() > max {
        return Err(FieldError::new(field, Msg::TooLong(max)));
    }
    Ok(s)
}

/// A label — a name, a title, a place: one line, not blank, at most `max` characters.
pub fn label(field: &'static str, input: &str, max: usize) -> Result<String, FieldError> {
    line(field, input, max, true)
}

/// `Required` when `required`, else nothing: what every optional field does when left empty.
fn empty<T>(field: &'static str, required: bool) -> Result<Option<T>, FieldError> {
    if required {
        Err(FieldError::new(field, Msg::Required))
    } else {
        Ok(None)
    }
}

/// "Unknown code", quoting at most 40 characters of what was typed.
pub fn unknown_code(field: &'static str, input: &str) -> FieldError {
    FieldError::new(field, Msg::CodeUnknown(input.chars().take(40).collect()))
}

/// A code that `ok` accepts, trimmed; empty is `Required` or nothing.
pub fn code(
    field: &'static str,
    input: &str,
    required: bool,
    ok: impl Fn(&str) -> bool,
) -> Result<Option<String>, FieldError> {
    let s = input.trim();
    if s.is_empty() {
        empty(field, required)
    } else if ok(s) {
        Ok(Some(s.to_string()))
    } else {
        Err(unknown_code(field, s))
    }
}

/// A code from vocabulary `list`, or an office's own extension `x_…` of at most 40 characters.
pub fn vocab_code(
    field: &'static str,
    list: List,
    input: &str,
    required: bool,
) -> Result<Option<String>, FieldError> {
    code(field, input, required, |s| {
        vocab::has(list, s) || (s.starts_with("x_") && s.len() <= 40)
    })
}

/// A date `YYYY-MM-DD` (also `DD-MM-YYYY`, as people in the Netherlands type it), not after today.
pub fn past_date(
    field: &'static str,
    input: &str,
    today: Date,
    required: bool,
) -> Result<Option<Date>, FieldError> {
    let s = input.trim();
    if s.is_empty() {
        return empty(field, required);
    }
    let d = parse_date(s).ok_or_else(|| FieldError::new(field, Msg::DateInvalid))?;
    if d > today {
        return Err(FieldError::new(field, Msg::DateInFuture));
    }
    Ok(Some(d))
}

/// A date that may lie ahead (task due dates), from 1990 to 2100.
pub fn any_date(
    field: &'static str,
    input: &str,
    required: bool,
) -> Result<Option<Date>, FieldError> {
    let s = input.trim();
    if s.is_empty() {
        return empty(field, required);
    }
    let d = parse_date(s).ok_or_else(|| FieldError::new(field, Msg::DateInvalid))?;
    if d.year() < 1990 || d.year() > 2100 {
        return Err(FieldError::new(field, Msg::DateInvalid));
    }
    Ok(Some(d))
}

/// A typed date in the years 1900 to 2199: `YYYY-MM-DD`, or day, month and year (four digits)
/// in digits joined by `-`, `/` or `.`. A sign (`-0999`, `+1`) or a six-digit year, which the
/// ISO reader would take, is no date anyone types (found by the fuzz target `dates`).
pub(crate) fn parse_date(s: &str) -> Option<Date> {
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let iso = (s.len() == 10 && s.get(..4).is_some_and(digits))
        .then(|| s.parse::<Date>().ok())
        .flatten();
    let d = if let Some(d) = iso {
        d
    } else {
        let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
        let [d, m, y] = parts[..] else {
            return None;
        };
        if y.len() != 4 || !digits(d) || !digits(m) || !digits(y) {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()?
    };
    (1900..=2199).contains(&d.year()).then_some(d)
}

/// A phone number: digits, spaces, `+`, `-`, `(`, `)`; 6 to 20 digits. Empty stays empty.
pub fn phone(field: &'static str, input: &str) -> Result<String, FieldError> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(String::new());
    }
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let ok_chars = s.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c));
    if !ok_chars || !(6..=20).contains(&digits) {
        return Err(FieldError::new(field, Msg::PhoneInvalid));
    }
    Ok(s.to_string())
}

/// The organisation concerned, optional: a code `known` accepts (the tenant's organisations,
/// see [`organisation_of_tenant`]), trimmed.
pub fn organisation(
    field: &'static str,
    input: &str,
    known: impl Fn(&str) -> bool,
) -> Result<Option<String>, FieldError> {
    code(field, input, false, known)
}

/// Whether `code` is one of the tenant's organisations: `municipality`, a team of it
/// (`municipality:<team>`, the team in lower-case letters, digits, `_` and `-`, at most 40), or
/// one of its `providers`.
pub fn organisation_of_tenant(code: &str, providers: &[String]) -> bool {
    if code == "municipality" || providers.iter().any(|p| p == code) {
        return true;
    }
    code.strip_prefix("municipality:").is_some_and(|team| {
        !team.is_empty()
            && team.len() <= 40
            && team
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn typed_dates_are_digits_in_sane_years() {
        let d = super::parse_date;
        assert_eq!(d("2026-06-01"), Some(jiff::civil::date(2026, 6, 1)));
        assert_eq!(d("1-6-2026"), Some(jiff::civil::date(2026, 6, 1)));
        assert_eq!(d("01/06/2026"), Some(jiff::civil::date(2026, 6, 1)));
        assert_eq!(d("31.12.2025"), Some(jiff::civil::date(2025, 12, 31)));
        for bad in [
            "-009999-01-01",
            "+002026-01-01",
            "01/01/-999",
            "+1-+1-2026",
            "01-01-0999",
            "2026-02-30",
            "1-1-1",
            "",
        ] {
            assert_eq!(d(bad), None, "{bad}");
        }
    }

    use super::*;

    fn msg(r: Result<String, FieldError>) -> Option<Msg> {
        r.err().map(|e| e.msg)
    }

    #[test]
    fn free_text_refuses_nul_and_other_control_characters() {
        for bad in [
            "a\0b",
            "a\u{1b}[31mb",
            "a\rb",
            "a\u{7f}",
            "a\u{85}b",
            "\u{8}",
            "a\u{b}b",
        ] {
            assert_eq!(
                msg(free_text("story", bad, 100, false)),
                Some(Msg::ControlCharacter),
                "{bad:?} accepted"
            );
        }
    }

    #[test]
    fn free_text_keeps_newlines_and_tabs_and_turns_crlf_into_newlines() {
        assert_eq!(
            free_text("story", " een\r\ntwee\tdrie\nvier ", 100, true),
            Ok("een\ntwee\tdrie\nvier".to_string())
        );
        assert_eq!(
            free_text("story", "Één ‘citaat’ — ünïcode 🙂", 100, true),
            Ok("Één ‘citaat’ — ünïcode 🙂".to_string())
        );
    }

    #[test]
    fn a_label_refuses_newlines_tabs_and_blank_values() {
        assert_eq!(
            msg(label("name", "Maas\ndal", 50)),
            Some(Msg::ControlCharacter)
        );
        assert_eq!(
            msg(label("name", "Maas\tdal", 50)),
            Some(Msg::ControlCharacter)
        );
        assert_eq!(
            msg(label("name", "Maas\r\ndal", 50)),
            Some(Msg::ControlCharacter)
        );
        assert_eq!(msg(label("name", "   ", 50)), Some(Msg::Required));
        assert_eq!(msg(label("name", "", 50)), Some(Msg::Required));
        assert_eq!(label("name", " Maasdal ", 50), Ok("Maasdal".to_string()));
        assert_eq!(line("phone", "", 50, false), Ok(String::new()));
    }

    #[test]
    fn length_is_counted_in_characters_after_trimming() {
        assert!(free_text("x", &"é".repeat(10), 10, false).is_ok());
        assert_eq!(
            msg(free_text("x", &"é".repeat(11), 10, false)),
            Some(Msg::TooLong(10))
        );
        assert!(free_text("x", &format!("  {}  ", "a".repeat(10)), 10, false).is_ok());
    }

    #[test]
    fn codes_are_trimmed_checked_and_quoted_briefly() {
        let yes = |s: &str| s == "wmo";
        assert_eq!(code("area", " wmo ", true, yes), Ok(Some("wmo".into())));
        assert_eq!(code("area", "  ", false, yes), Ok(None));
        assert_eq!(
            code("area", "", true, yes).map_err(|e| e.msg),
            Err(Msg::Required)
        );
        assert_eq!(
            code("area", &"q".repeat(50), true, yes).map_err(|e| e.msg),
            Err(Msg::CodeUnknown("q".repeat(40)))
        );
        assert_eq!(
            vocab_code("area", &vocab::AREAS, "jeugd", true),
            Ok(Some("jeugd".into()))
        );
        assert_eq!(
            vocab_code("area", &vocab::AREAS, "x_eigen", true),
            Ok(Some("x_eigen".into()))
        );
        assert!(
            vocab_code(
                "area",
                &vocab::AREAS,
                &format!("x_{}", "a".repeat(40)),
                true
            )
            .is_err()
        );
        assert!(vocab_code("area", &vocab::AREAS, "pigeon", false).is_err());
    }

    #[test]
    fn dates_are_read_in_iso_and_dutch_order() {
        let today = Date::new(2026, 11, 15).unwrap_or_default();
        assert_eq!(
            past_date("d", "1-11-2026", today, true),
            Ok(Date::new(2026, 11, 1).ok())
        );
        assert_eq!(
            past_date("d", "2026-11-01", today, true),
            Ok(Date::new(2026, 11, 1).ok())
        );
        assert_eq!(
            past_date("d", "31-02-2026", today, true).map_err(|e| e.msg),
            Err(Msg::DateInvalid)
        );
        assert_eq!(
            past_date("d", "2026-11-16", today, true).map_err(|e| e.msg),
            Err(Msg::DateInFuture)
        );
        assert_eq!(past_date("d", " ", today, false), Ok(None));
        assert_eq!(
            past_date("d", "", today, true).map_err(|e| e.msg),
            Err(Msg::Required)
        );
        assert_eq!(
            any_date("d", "01.06.2031", true),
            Ok(Date::new(2031, 6, 1).ok())
        );
        assert_eq!(
            any_date("d", "2200-01-01", true).map_err(|e| e.msg),
            Err(Msg::DateInvalid)
        );
        assert_eq!(
            any_date("d", "morgen", true).map_err(|e| e.msg),
            Err(Msg::DateInvalid)
        );
    }

    #[test]
    fn phone_numbers_have_six_to_twenty_digits_and_little_else() {
        assert_eq!(phone("p", " 06-12345678 "), Ok("06-12345678".into()));
        assert_eq!(
            phone("p", "+31 (0)20 123 4567"),
            Ok("+31 (0)20 123 4567".into())
        );
        assert_eq!(phone("p", ""), Ok(String::new()));
        for bad in [
            "12345",
            "1".repeat(21).as_str(),
            "06-1234567x",
            "06\n12345678",
        ] {
            assert_eq!(
                phone("p", bad).map_err(|e| e.msg),
                Err(Msg::PhoneInvalid),
                "{bad}"
            );
        }
    }

    #[test]
    fn an_organisation_is_the_municipality_a_team_or_a_provider_of_the_tenant() {
        let providers = vec!["linde_thuiszorg".to_string()];
        for ok in [
            "municipality",
            "municipality:wijkteam",
            "municipality:team-2",
            "linde_thuiszorg",
        ] {
            assert!(organisation_of_tenant(ok, &providers), "{ok}");
        }
        for bad in [
            "municipality:",
            "municipality:Team A",
            &format!("municipality:{}", "a".repeat(41)),
            "unknown_bv",
            "",
        ] {
            assert!(!organisation_of_tenant(bad, &providers), "{bad}");
        }
        let known = |o: &str| organisation_of_tenant(o, &providers);
        assert_eq!(organisation("organisation", " ", known), Ok(None));
        assert_eq!(
            organisation("organisation", "unknown_bv", known).map_err(|e| e.msg),
            Err(Msg::CodeUnknown("unknown_bv".into()))
        );
    }
}
