//! What `naast deid --jsonl` does, without building the whole `naast` binary: reads
//! `{"id", "text"}` JSON Lines on stdin and writes `{"id", "spans": [{"start", "end", "label"}]}`
//! (code points) on stdout. Word lists come from the file named by `NAAST_DEID_LISTS`, if set.
//! `cargo build --release -p naast-deid --example jsonl`; used by `eval/run_independent.sh`.

use serde_json::{Value, json};
use std::io::{BufRead, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let lists = match std::env::var_os("NAAST_DEID_LISTS") {
        Some(path) => Some(naast_deid::Lists::from_bytes(&std::fs::read(&path)?)?),
        None => None,
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (i, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(&line)?;
        let id = value.get("id").cloned().unwrap_or_else(|| json!(i + 1));
        let text = value.get("text").and_then(Value::as_str).unwrap_or("");
        let spans: Vec<Value> = naast_deid::find_with(text, lists.as_ref())
            .into_iter()
            .map(|s| json!({"start": s.start, "end": s.end, "label": s.label.as_str()}))
            .collect();
        writeln!(out, "{}", json!({"id": id, "spans": spans}))?;
    }
    out.flush()?;
    Ok(())
}
