//! A task on a kwestie: a title and a due date.

use super::fields::any_date;
use crate::validation::Collector;
use crate::{FieldError, Invalid, Msg};
use jiff::civil::Date;

/// A task on a kwestie.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct TaskForm {
    pub title: String,
    pub due_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub title: String,
    pub due_on: Date,
}

impl TaskForm {
    pub fn parse(&self) -> Result<Task, Invalid> {
        let mut c = Collector::default();
        let title = c.take(crate::validation::label("title", &self.title, 300));
        let due_on = c.take(any_date("due_on", &self.due_on, true)).flatten();
        c.finish()?;
        match (title, due_on) {
            (Some(title), Some(due_on)) => Ok(Task { title, due_on }),
            _ => Err(Invalid(vec![FieldError::general(Msg::Internal)])),
        }
    }
}
