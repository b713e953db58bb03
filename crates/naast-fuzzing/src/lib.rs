//! One function per fuzz target: each takes any bytes, feeds them to a parser of outside input
//! the way Naast reads them, and panics only when the parser panics or breaks an invariant.
//! The `cargo fuzz` targets in `fuzz/` call these functions, and `tests/corpora.rs` calls the
//! same ones on every saved input in `fuzz/corpus/<target>/`, so `cargo test` replays what the
//! fuzzer found on stable Rust. `scripts/fuzz` runs the targets for a bounded time.
//!
//! Where a target covers several parsers, the first byte picks one ([`pick`]).

pub mod dates;
pub mod fields;
pub mod forms;
pub mod import;
pub mod jsonl;

use jiff::civil::Date;

/// A target's function: any bytes in, a panic when something is wrong.
pub type Target = fn(&[u8]);

/// Every target: its name (the binary in `fuzz/` and the corpus folder) and its function.
pub const TARGETS: &[(&str, Target)] = &[
    ("deid_find", deid_find),
    ("form_staff", forms::staff),
    ("form_public", forms::public),
    ("import_file", import::file),
    ("jsonl", jsonl::lines),
    ("dates", dates::dates),
    ("fields", fields::fields),
];

/// "Today" for parsers that compare with it: fixed, so that a saved input means the same on
/// every day it is replayed.
pub fn today() -> Date {
    jiff::civil::date(2026, 6, 15)
}

/// The first byte picks one of `n` parsers (`0` for empty input); the rest is the input.
pub fn pick(data: &[u8], n: u8) -> (u8, &[u8]) {
    match data.split_first() {
        Some((first, rest)) => (first % n, rest),
        None => (0, data),
    }
}

/// Text from bytes as a web form or file reader would get it (invalid UTF-8 replaced).
pub fn text(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// The de-identifier's tokenizer and detectors on any text: `find` must not panic, and its
/// spans must be valid, sorted, non-overlapping code-point ranges; redaction must not panic
/// and must keep a text without spans as it is.
pub fn deid_find(data: &[u8]) {
    let text = text(data);
    let n = text.chars().count();
    let spans = naast_deid::find(&text);
    let mut at = 0;
    for s in &spans {
        assert!(s.start < s.end, "empty span {s:?}");
        assert!(s.end <= n, "span {s:?} past the end ({n})");
        assert!(s.start >= at, "spans overlap or are unsorted: {spans:?}");
        at = s.end;
    }
    let redacted = naast_deid::redact_spans(&text, &spans);
    if spans.is_empty() {
        assert_eq!(redacted, text);
    }
    let _ = naast_deid::redact(&text);
}
