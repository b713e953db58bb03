//! JSON Lines readers: `naast deid --jsonl` and `--redact` (`naast_deid::jsonl::run`) and
//! `naast deadline --jsonl` (`naast_core::terms::answer_line`). The first byte picks one. Each
//! line with text gets exactly one answer line, and every answer is JSON.

use crate::pick;
use naast_deid::jsonl::{Mode, run};

/// Any bytes as a JSON Lines stream on stdin.
pub fn lines(data: &[u8]) {
    let (which, input) = pick(data, 3);
    match which {
        0 | 1 => deid(
            if which == 0 {
                Mode::Spans
            } else {
                Mode::Redact
            },
            input,
        ),
        _ => deadline(input),
    }
}

fn deid(mode: Mode, input: &[u8]) {
    let mut out = Vec::new();
    if run(mode, None, input, &mut out).is_err() {
        return;
    }
    let asked = input
        .split(|b| *b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .count();
    let answers = out.split(|b| *b == b'\n').filter(|l| !l.is_empty());
    let mut n = 0;
    for a in answers {
        n += 1;
        assert!(
            serde_json::from_slice::<serde_json::Value>(a).is_ok(),
            "answer {n} is no JSON: {}",
            String::from_utf8_lossy(a)
        );
    }
    assert_eq!(n, asked, "one answer a line");
}

/// As `naast deadline --jsonl` reads stdin (`BufRead::lines`, which stops at bad UTF-8).
fn deadline(input: &[u8]) {
    let Ok(text) = std::str::from_utf8(input) else {
        return;
    };
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let answer = naast_core::terms::answer_line(i + 1, line);
        assert!(answer.is_object(), "the answer to a line is an object");
        let text = answer.to_string();
        assert!(!text.contains('\n'), "an answer is one line");
    }
}
