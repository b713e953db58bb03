//! Property tests: on any Unicode input (and on Dutch-looking text with identifiers mixed in),
//! spans are valid, sorted, non-overlapping code-point ranges, and redaction never panics and
//! keeps the text outside the spans, in order.

#![expect(clippy::unwrap_used, reason = "tests fail loudly")]

use naast_deid::{Span, find, redact_spans};
use proptest::prelude::*;

fn check(text: &str, spans: &[Span]) {
    let n = text.chars().count();
    let mut last = 0;
    for s in spans {
        assert!(s.start < s.end, "empty span {s:?} in {text:?}");
        assert!(s.end <= n, "span {s:?} past the end ({n}) of {text:?}");
        assert!(s.start >= last, "overlap or disorder at {s:?} in {text:?}");
        last = s.end;
    }
}

/// Words that wake the detectors up, to mix with arbitrary text.
const PIECES: &[&str] = &[
    "mevrouw ",
    "Jansen",
    "dhr. ",
    "06-12345678",
    "+31 6 1234 5678",
    "1234 AB ",
    "Dorpsstraat 12",
    "NL91ABNA0417164300",
    "111222333",
    "12-03-1980",
    "geboren op ",
    "jaar",
    "Wmo",
    "gemeente ",
    "@",
    "https://",
    ".nl",
    "NST-7K4M-2Q9D",
    "XX-99-XX",
    " ",
    "\n",
    ", ",
    "😊",
    "ë",
    "İ",
    "ß",
];

fn dutchish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(PIECES).prop_map(String::from),
            1 => any::<String>(),
            1 => "[A-Za-z0-9 .,:/@-]{0,12}",
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn spans_are_valid_code_point_ranges_on_any_unicode(text in any::<String>()) {
        check(&text, &find(&text));
    }

    #[test]
    fn spans_are_valid_on_dutch_looking_text(text in dutchish()) {
        let spans = find(&text);
        check(&text, &spans);
        // Redaction keeps everything outside the spans, in order.
        let redacted = redact_spans(&text, &spans);
        let chars: Vec<char> = text.chars().collect();
        let mut at = 0;
        let mut kept = String::new();
        for s in &spans {
            kept.extend(&chars[at..s.start]);
            kept.push('\u{0}');
            at = s.end;
        }
        kept.extend(&chars[at..]);
        let mut rest = redacted.as_str();
        for piece in kept.split('\u{0}') {
            if piece.is_empty() {
                continue;
            }
            let found = rest.find(piece);
            prop_assert!(found.is_some(), "{piece:?} lost from {redacted:?}");
            rest = &rest[found.unwrap() + piece.len()..];
        }
    }
}
