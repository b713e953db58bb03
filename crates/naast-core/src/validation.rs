//! Validation errors: which field, which message. The web and API layers render them in the
//! user's language; nothing here knows about HTTP.

use crate::{Lang, Msg};

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

#[cfg(test)]
mod tests {
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
}
