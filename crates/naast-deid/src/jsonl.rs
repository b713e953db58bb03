//! `naast deid --jsonl` and `--redact` (`shared/deid/INTERFACE.md`): `{"id", "text"}` JSON Lines
//! in, one answer a line out. Shared by the `naast` binary and the `jsonl` example, so that what
//! is measured is what runs.
//!
//! Fast on a stream of short texts: each line is read into one reused buffer and deserialized
//! into borrowed fields (the id stays the raw JSON text it was, the text is borrowed unless it
//! holds escapes), and the answer is written by hand into a second reused buffer — no
//! `serde_json::Value` per line. A line that is not such an object answers
//! `{"line", "error"}` (or `{"id", "error"}`) and the other lines still answer.

use crate::{Lists, Span, find_with, redact_spans};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::io::{BufRead, Write};

/// What each line gets back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `{"id", "spans": [{"start", "end", "label"}]}`, code points.
    Spans,
    /// `{"id", "text"}` with numbered placeholders.
    Redact,
}

#[derive(Deserialize)]
struct Line<'a> {
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    text: Option<Cow<'a, str>>,
}

/// Reads every line of `input` and writes one answer a line to `out` (not flushed per line).
pub fn run(
    mode: Mode,
    lists: Option<&Lists>,
    mut input: impl BufRead,
    mut out: impl Write,
) -> std::io::Result<()> {
    let mut line = Vec::with_capacity(4096);
    let mut buf = Vec::with_capacity(4096);
    let mut line_no = 0usize;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        line_no += 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        buf.clear();
        answer(mode, lists, line_no, &line, &mut buf);
        out.write_all(&buf)?;
    }
    out.flush()
}

/// The answer to one line, ending in a newline.
fn answer(mode: Mode, lists: Option<&Lists>, line_no: usize, line: &[u8], buf: &mut Vec<u8>) {
    match serde_json::from_slice::<Line<'_>>(line) {
        Ok(Line {
            id,
            text: Some(text),
        }) => {
            buf.extend_from_slice(b"{\"id\":");
            match id {
                Some(id) => buf.extend_from_slice(id.get().as_bytes()),
                None => push_number(buf, line_no),
            }
            match mode {
                Mode::Spans => {
                    buf.extend_from_slice(b",\"spans\":[");
                    push_spans(buf, &find_with(&text, lists));
                    buf.extend_from_slice(b"]}\n");
                }
                Mode::Redact => {
                    buf.extend_from_slice(b",\"text\":");
                    let redacted = redact_spans(&text, &find_with(&text, lists));
                    push_string(buf, &redacted);
                    buf.extend_from_slice(b"}\n");
                }
            }
        }
        Ok(Line { id, text: None }) => error(buf, id, line_no, "a line needs \"text\" (a string)"),
        Err(e) => {
            // Is it JSON at all? Then it is an object whose "text" is not a string.
            match serde_json::from_slice::<serde_json::Value>(line) {
                Ok(v) => {
                    let id = v.get("id").map(|i| i.to_string());
                    let id = id
                        .as_deref()
                        .and_then(|s| RawValue::from_string(s.into()).ok());
                    error(
                        buf,
                        id.as_deref(),
                        line_no,
                        "a line needs \"text\" (a string)",
                    );
                }
                Err(_) => error(buf, None, line_no, &format!("not JSON: {e}")),
            }
        }
    }
}

fn error(buf: &mut Vec<u8>, id: Option<&RawValue>, line_no: usize, message: &str) {
    match id {
        Some(id) => {
            buf.extend_from_slice(b"{\"id\":");
            buf.extend_from_slice(id.get().as_bytes());
        }
        None => {
            buf.extend_from_slice(b"{\"line\":");
            push_number(buf, line_no);
        }
    }
    buf.extend_from_slice(b",\"error\":");
    push_string(buf, message);
    buf.extend_from_slice(b"}\n");
}

fn push_spans(buf: &mut Vec<u8>, spans: &[Span]) {
    for (i, s) in spans.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        buf.extend_from_slice(b"{\"start\":");
        push_number(buf, s.start);
        buf.extend_from_slice(b",\"end\":");
        push_number(buf, s.end);
        buf.extend_from_slice(b",\"label\":\"");
        buf.extend_from_slice(s.label.as_str().as_bytes());
        buf.extend_from_slice(b"\"}");
    }
}

fn push_number(buf: &mut Vec<u8>, n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut n = n;
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.extend_from_slice(&digits[i..]);
}

fn push_string(buf: &mut Vec<u8>, s: &str) {
    // Writing a string into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *buf, s);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn lines(mode: Mode, input: &str) -> Vec<Value> {
        let mut out = Vec::new();
        run(mode, None, input.as_bytes(), &mut out).unwrap_or_default();
        String::from_utf8_lossy(&out)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or(Value::Null))
            .collect()
    }

    #[test]
    fn spans_in_code_points_ids_kept_as_written_and_bad_lines_answered() {
        let input = concat!(
            "{\"id\": \"a\", \"text\": \"😊 Bel 06-12345678\"}\n",
            "not json\n",
            "\n",
            "{\"id\": 7}\n",
            "{\"id\": {\"x\": [1, 2]}, \"text\": \"Niets\\nhier\"}\n",
            "{\"text\": 5, \"id\": \"n\"}\n",
            "{\"text\": \"zonder id\"}",
        );
        let got = lines(Mode::Spans, input);
        assert_eq!(got.len(), 6, "{got:?}");
        assert_eq!(
            got[0],
            json!({"id": "a", "spans": [{"start": 6, "end": 17, "label": "PHONE"}]})
        );
        assert_eq!(got[1]["line"], 2);
        assert!(
            got[1]["error"]
                .as_str()
                .is_some_and(|e| e.starts_with("not JSON"))
        );
        assert_eq!(got[2]["id"], 7);
        assert!(got[2]["error"].is_string());
        assert_eq!(got[3], json!({"id": {"x": [1, 2]}, "spans": []}));
        assert_eq!(got[4]["id"], "n");
        assert!(got[4]["error"].is_string());
        assert_eq!(got[5], json!({"id": 7, "spans": []}));
    }

    #[test]
    fn redact_writes_the_text_with_placeholders_escaped_as_json() {
        let got = lines(
            Mode::Redact,
            "{\"id\": \"b\", \"text\": \"mevrouw Jansen belde \\\"snel\\\"\\n\"}\n",
        );
        assert_eq!(
            got,
            vec![json!({"id": "b", "text": "mevrouw [PERSOON-1] belde \"snel\"\n"})]
        );
    }
}
