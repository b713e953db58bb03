//! Single fields shared by every form of a kwestie: a code from a list, free text, a date in the
//! past or ahead, a phone number. Each returns its value or a [`FieldError`] on its own field, for
//! the form's [`Collector`] to gather.

use crate::validation::Collector;
use crate::vocab::{self, List};
use crate::{FieldError, Msg};
use jiff::civil::Date;

/// A code from `list` (or a tenant's own `x_…` code), trimmed; `None` when empty and optional.
pub(crate) fn code(
    field: &'static str,
    list: List,
    input: &str,
    required: bool,
) -> Result<Option<String>, FieldError> {
    let s = input.trim();
    if s.is_empty() {
        return if required {
            Err(FieldError::new(field, Msg::Required))
        } else {
            Ok(None)
        };
    }
    if vocab::has(list, s) || (s.starts_with("x_") && s.len() <= 40) {
        Ok(Some(s.to_string()))
    } else {
        Err(FieldError::new(
            field,
            Msg::CodeUnknown(s.chars().take(40).collect()),
        ))
    }
}

pub(crate) fn text(
    field: &'static str,
    input: &str,
    max: usize,
    required: bool,
) -> Result<String, FieldError> {
    crate::validation::free_text(field, input, max, required)
}

/// Free text that the collector gathers: on a problem the error is pushed and the trimmed input
/// kept, so that every other field is still checked.
pub(crate) fn collected_text(
    c: &mut Collector,
    field: &'static str,
    input: &str,
    max: usize,
    required: bool,
) -> String {
    match crate::validation::free_text(field, input, max, required) {
        Ok(s) => s,
        Err(e) => {
            c.push(e);
            input.trim().to_string()
        }
    }
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
        return if required {
            Err(FieldError::new(field, Msg::Required))
        } else {
            Ok(None)
        };
    }
    let d = parse_date(s).ok_or_else(|| FieldError::new(field, Msg::DateInvalid))?;
    if d > today {
        return Err(FieldError::new(field, Msg::DateInFuture));
    }
    Ok(Some(d))
}

/// A date that may lie ahead (task due dates), within ten years.
pub fn any_date(
    field: &'static str,
    input: &str,
    required: bool,
) -> Result<Option<Date>, FieldError> {
    let s = input.trim();
    if s.is_empty() {
        return if required {
            Err(FieldError::new(field, Msg::Required))
        } else {
            Ok(None)
        };
    }
    let d = parse_date(s).ok_or_else(|| FieldError::new(field, Msg::DateInvalid))?;
    if d.year() < 1990 || d.year() > 2100 {
        return Err(FieldError::new(field, Msg::DateInvalid));
    }
    Ok(Some(d))
}

fn parse_date(s: &str) -> Option<Date> {
    if let Ok(d) = s.parse::<Date>() {
        return Some(d);
    }
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    if let [d, m, y] = parts[..]
        && y.len() == 4
    {
        return Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok();
    }
    None
}

/// A phone number: digits, spaces, `+`, `-`, `(`, `)`; 6 to 20 digits.
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

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 23).unwrap_or_default()
    }

    #[test]
    fn dutch_dates_are_understood() {
        assert_eq!(
            past_date("d", "1-11-2026", today(), true),
            Ok(Date::new(2026, 11, 1).ok())
        );
        assert!(past_date("d", "31-02-2026", today(), true).is_err());
    }
}
