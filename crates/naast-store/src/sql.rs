//! SQL built at run time, with its values bound under `$n` placeholders.
//!
//! Every query in this crate is written once for SQLite and PostgreSQL through sqlx's `Any`
//! driver, with `$1`, `$2`, … placeholders. A query whose conditions depend on a filter (the case
//! list, an `IN (…)` over a caller's ids) is assembled from fixed fragments; its values go into
//! [`Params`], which hands out the next placeholder number as each value is pushed and binds them
//! all, in that order, to the finished query. `sqlx::QueryBuilder` is no help here: it writes `?`
//! placeholders for `Any`, which PostgreSQL refuses.
//!
//! Only fixed SQL fragments and placeholder numbers are ever formatted into the SQL text; no value
//! is.

use sqlx::Any;
use sqlx::any::AnyArguments;
use sqlx::query::{Query, QueryAs};

/// One value waiting to be bound.
#[derive(Debug, Clone)]
enum Value {
    Int(i64),
    Text(String),
}

/// The values of a query assembled at run time, numbered `$1`, `$2`, … in the order pushed.
#[derive(Debug, Clone, Default)]
pub(crate) struct Params {
    values: Vec<Value>,
}

impl Params {
    /// Adds a value and returns its placeholder (`$3`).
    fn push(&mut self, v: Value) -> String {
        self.values.push(v);
        format!("${}", self.values.len())
    }

    /// Adds an integer; returns its placeholder.
    pub(crate) fn int(&mut self, v: i64) -> String {
        self.push(Value::Int(v))
    }

    /// Adds a text; returns its placeholder.
    pub(crate) fn text(&mut self, v: &str) -> String {
        self.push(Value::Text(v.to_string()))
    }

    /// Adds every integer; returns their placeholders comma-separated, for `IN (…)`. An empty
    /// slice gives an empty string, which is no valid list: callers answer "nothing" first.
    pub(crate) fn ints(&mut self, vs: &[i64]) -> String {
        vs.iter()
            .map(|v| self.int(*v))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Binds every value, in order, to a query.
    pub(crate) fn bind<'q>(
        &self,
        mut q: Query<'q, Any, AnyArguments>,
    ) -> Query<'q, Any, AnyArguments> {
        for v in &self.values {
            q = match v {
                Value::Int(v) => q.bind(*v),
                Value::Text(v) => q.bind(v.clone()),
            };
        }
        q
    }

    /// Binds every value, in order, to a query whose rows map to `O`.
    pub(crate) fn bind_as<'q, O>(
        &self,
        mut q: QueryAs<'q, Any, O, AnyArguments>,
    ) -> QueryAs<'q, Any, O, AnyArguments> {
        for v in &self.values {
            q = match v {
                Value::Int(v) => q.bind(*v),
                Value::Text(v) => q.bind(v.clone()),
            };
        }
        q
    }
}

#[cfg(test)]
mod tests {
    use super::Params;

    #[test]
    fn placeholders_are_numbered_in_the_order_values_are_pushed() {
        let mut p = Params::default();
        assert_eq!(p.ints(&[7, 8, 9]), "$1, $2, $3");
        assert_eq!(p.text("wmo"), "$4");
        assert_eq!(p.int(3), "$5");
        assert_eq!(p.ints(&[]), "");
        assert_eq!(p.values.len(), 5);
    }
}
