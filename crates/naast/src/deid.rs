//! `naast deid --jsonl` and `naast deid --redact`, as `shared/deid/INTERFACE.md` describes: a
//! pure command that reads `{"id", "text"}` lines on stdin and never opens a data directory.
//! A line that is not such an object answers `{"id", "error"}` (or `{"line", "error"}`) and the
//! others still answer.

use serde_json::{Value, json};
use std::io::{BufRead, Write};

fn one(line_no: usize, line: &str, redact: bool) -> Value {
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return json!({"line": line_no, "error": format!("not JSON: {e}")}),
    };
    let id = value.get("id").cloned();
    let Some(text) = value.get("text").and_then(Value::as_str) else {
        let mut v = json!({"error": "a line needs \"text\" (a string)"});
        match id {
            Some(id) => v["id"] = id,
            None => v["line"] = json!(line_no),
        }
        return v;
    };
    let id = id.unwrap_or_else(|| json!(line_no));
    if redact {
        json!({"id": id, "text": naast_deid::redact(text)})
    } else {
        let spans: Vec<Value> = naast_deid::find(text)
            .into_iter()
            .map(|s| json!({"start": s.start, "end": s.end, "label": s.label.as_str()}))
            .collect();
        json!({"id": id, "spans": spans})
    }
}

pub fn run(redact: bool, input: impl BufRead, out: impl Write) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::new(out);
    for (i, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        writeln!(out, "{}", one(i + 1, &line, redact))?;
    }
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_gets_spans_in_code_points_and_bad_lines_an_error() {
        let input = "{\"id\": \"a\", \"text\": \"😊 Bel 06-12345678\"}\nnot json\n{\"id\": 7}\n";
        let mut out = Vec::new();
        run(false, input.as_bytes(), &mut out).unwrap_or_default();
        let lines: Vec<Value> = String::from_utf8_lossy(&out)
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(
            lines[0]["spans"][0],
            json!({"start": 6, "end": 17, "label": "PHONE"})
        );
        assert_eq!(lines[1]["line"], 2);
        assert_eq!(lines[2]["id"], 7);
        let mut out = Vec::new();
        run(
            true,
            "{\"id\": \"b\", \"text\": \"mevrouw Jansen belde\"}".as_bytes(),
            &mut out,
        )
        .unwrap_or_default();
        assert!(String::from_utf8_lossy(&out).contains("mevrouw [PERSOON-1] belde"));
    }
}
