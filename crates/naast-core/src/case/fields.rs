//! Fields shared by the forms of a kwestie. The single-field rules (a code from a list, free
//! text, a date in the past or ahead, a phone number) live in [`crate::validation`], one set for
//! every form of the house; here only what the kwestie's forms add: free text that the collector
//! gathers while keeping what was typed.

use crate::validation::Collector;

pub use crate::validation::{any_date, past_date, phone};

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

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::Date;

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
