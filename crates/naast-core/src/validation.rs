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
