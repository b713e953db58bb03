//! Fuzzes the de-identifier's tokenizer and detectors on any text: `find` must not panic, and
//! its spans must be valid, sorted, non-overlapping code-point ranges; redaction must not panic
//! and must keep the text outside the spans.
//!
//! `cargo fuzz run deid_find` (from this folder; cargo-fuzz needs a nightly compiler, or
//! `RUSTC_BOOTSTRAP=1` with the stable one).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
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
});
