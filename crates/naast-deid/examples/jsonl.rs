//! What `naast deid --jsonl` does (the same code, `naast_deid::jsonl`), without building the
//! whole `naast` binary: reads `{"id", "text"}` JSON Lines on stdin and writes
//! `{"id", "spans": [{"start", "end", "label"}]}` (code points) on stdout; with `--redact`,
//! `{"id", "text"}` with placeholders. Word lists come from the file named by
//! `NAAST_DEID_LISTS`, if set. `cargo build --release -p naast-deid --example jsonl`; used by
//! `eval/run_independent.sh` (for any of the independent sets).

use naast_deid::jsonl::{Mode, run};
use std::io::BufWriter;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let lists = match std::env::var_os("NAAST_DEID_LISTS") {
        Some(path) => Some(naast_deid::Lists::from_bytes(&std::fs::read(&path)?)?),
        None => None,
    };
    let mode = if std::env::args().any(|a| a == "--redact") {
        Mode::Redact
    } else {
        Mode::Spans
    };
    let out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    run(mode, lists.as_ref(), std::io::stdin().lock(), out)?;
    Ok(())
}
