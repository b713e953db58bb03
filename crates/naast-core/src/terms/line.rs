//! One line of `naast deadline --jsonl`: a question as JSON in, one answer as JSON out. A bad
//! line gets `{"id", "error"}` (or `{"line", "error"}` when it has no id). Shared by the
//! command and the fuzz target `jsonl`.

use super::rules::{DeadlineRequest, answer};
use serde_json::{Value, json};

/// The answer to line `line_no` (counted from 1).
pub fn answer_line(line_no: usize, line: &str) -> Value {
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return json!({"line": line_no, "error": format!("not JSON: {e}")}),
    };
    let id = value.get("id").cloned();
    let tag = |mut v: Value| {
        match &id {
            Some(id) => v["id"] = id.clone(),
            None => v["line"] = json!(line_no),
        }
        v
    };
    let req: DeadlineRequest = match serde_json::from_value(value) {
        Ok(r) => r,
        Err(e) => return tag(json!({"error": e.to_string()})),
    };
    match answer(&req) {
        Ok(a) => match serde_json::to_value(&a) {
            Ok(v) => tag(v),
            Err(e) => tag(json!({"error": e.to_string()})),
        },
        Err(e) => tag(json!({"error": e.to_string()})),
    }
}
