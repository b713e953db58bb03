//! `naast deadline --jsonl`: statutory terms for scripts. A pure command: it reads questions on
//! stdin and never opens a data directory. Each line gets one answer line; a bad line gets
//! `{"id", "error"}` (or `{"line", "error"}` when it has no id) and the others still answer.
//!
//! Rules: see `naast_core::terms` — `awb-6:7-bezwaar`, `awb-6:7-beroep`,
//! `awb-7:10-beslissing-bezwaar` (with `"committee": true`), `awb-9:11-klacht`,
//! `awb-9:11-klacht-commissie`, `awb-9:8-niet-behandelen`, `awb-4:13-redelijke-termijn`,
//! `wmo-2.3.2-onderzoek`, `wmo-2.3.5-beslissing`, `wgs-eerste-gesprek`, `atw` (with `"weeks"` or
//! `"days"`), and `awb-6:9-tijdig` (with `"received_on"` and optionally `"posted_on"`; the answer
//! adds `"timely": true|false`), `awb-9:8-jaar` and `awb-9:24-ombudsman` (the one-year
//! look-backs, `date` = the conduct or the end of the complaint handling), and
//! `awb-4:17-dwangsom` (`date` = receipt of the notice of default; optionally `"term_end"` and
//! `"decided_on"`; the answer adds `penalty_from`, `penalty_until`, `penalty_max_eur` and, with
//! `decided_on`, `penalty_days` and `penalty_eur`).

use naast_core::terms::answer_line;
use std::io::{BufRead, Write};

pub fn run(input: impl BufRead, mut out: impl Write) -> anyhow::Result<()> {
    for (i, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        writeln!(out, "{}", answer_line(i + 1, &line))?;
    }
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_line_gets_an_answer_and_bad_lines_an_error() {
        let input = "{\"id\": \"a1\", \"rule\": \"awb-6:7-bezwaar\", \"date\": \"2026-03-02\"}\n\
                     {\"id\": \"a2\", \"rule\": \"atw\", \"date\": \"2025-12-24\", \"days\": 3}\n\
                     not json\n\
                     {\"id\": 7, \"rule\": \"nope\", \"date\": \"2026-01-01\"}\n";
        let mut out = Vec::new();
        assert!(super::run(input.as_bytes(), &mut out).is_ok());
        let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out)
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0]["last_day"], "2026-04-13");
        assert_eq!(lines[0]["id"], "a1");
        assert!(
            lines[0]["warnings"]
                .as_array()
                .is_some_and(|w| w.is_empty())
        );
        // 24 December 2025 + 3 days = Saturday 27 December; the 25th, 26th and 27th are no
        // working days, so Atw art. 2 extends the term until it holds two: 29 and 30 December.
        assert_eq!(lines[1]["last_day"], "2025-12-30");
        assert_eq!(lines[2]["line"], 3);
        assert!(
            lines[2]["error"]
                .as_str()
                .is_some_and(|e| e.contains("not JSON"))
        );
        assert_eq!(lines[3]["id"], 7);
        assert!(
            lines[3]["error"]
                .as_str()
                .is_some_and(|e| e.contains("unknown rule"))
        );
    }
}
