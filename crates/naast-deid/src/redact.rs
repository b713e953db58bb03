//! Redaction for people to read: each distinct value becomes a numbered placeholder per label,
//! the same value the same number throughout the document (`[PERSOON-1]` … `[PERSOON-1]`).

use crate::{Label, Lists, find_with};
use std::collections::HashMap;

/// `text` with every finding replaced by its placeholder.
pub fn redact(text: &str) -> String {
    redact_with(text, None)
}

/// Like [`redact`], with word lists.
pub fn redact_with(text: &str, lists: Option<&Lists>) -> String {
    redact_spans(text, &find_with(text, lists))
}

/// `text` with the given spans (sorted by start, not overlapping, code points) replaced by
/// their placeholders: for a person who accepted some findings, rejected others and marked
/// what was missed. Spans out of range or overlapping an earlier one are skipped.
pub fn redact_spans(text: &str, spans: &[crate::Span]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut numbers: HashMap<(Label, String), usize> = HashMap::new();
    let mut per_label: HashMap<Label, usize> = HashMap::new();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for s in spans {
        if s.start < at || s.end > chars.len() || s.start >= s.end {
            continue;
        }
        out.extend(&chars[at..s.start]);
        let value: String = chars[s.start..s.end]
            .iter()
            .collect::<String>()
            .to_lowercase();
        let key = (
            s.label,
            value.split_whitespace().collect::<Vec<_>>().join(" "),
        );
        let n = match numbers.get(&key) {
            Some(n) => *n,
            None => {
                let next = per_label.entry(s.label).or_insert(0);
                *next += 1;
                numbers.insert(key, *next);
                *next
            }
        };
        out.push_str(&format!("[{}-{n}]", s.label.placeholder()));
        at = s.end;
    }
    out.extend(&chars[at..]);
    out
}
