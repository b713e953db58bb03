//! The personal-data check shared by everything whose free text leaves the office (report
//! narratives, signals): the findings of `naast-deid` as highlighted segments with a key per
//! finding, and the redaction of what the confidant accepted plus what they marked as missed.

use naast_deid::{Span, find_for_review, redact_document};
use serde::Serialize;
use std::collections::HashSet;

#[derive(Debug, Clone, Serialize)]
pub struct FieldReview {
    pub field: &'static str,
    pub segments: Vec<Segment>,
    pub findings: usize,
}

/// A piece of a text: plain, or a finding with the key its checkbox sends back.
#[derive(Debug, Clone, Serialize)]
pub struct Segment {
    pub text: String,
    pub finding: Option<FindingRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingRef {
    /// `field:start:end:LABEL`, code points.
    pub key: String,
    pub label: &'static str,
    pub placeholder: &'static str,
}

/// The word lists of the de-identifier ([`crate::Settings::deid_lists`]); `None`: patterns
/// and context alone.
pub(crate) type WordLists<'a> = Option<&'a naast_deid::Lists>;

impl crate::App {
    /// The de-identifier's word lists, if configured.
    pub(crate) fn word_lists(&self) -> WordLists<'_> {
        self.settings.deid_lists.as_deref()
    }

    /// Whether the personal-data check has word lists (its page says so when it has none).
    pub fn has_word_lists(&self) -> bool {
        self.settings.deid_lists.is_some()
    }
}

/// The findings of the de-identifier and the job titles that point to someone
/// (`teamleider Wmo`), for the confidant to decide on.
fn spans(text: &str, lists: WordLists<'_>) -> Vec<Span> {
    find_for_review(text, lists)
}

fn key(field: &str, s: &Span) -> String {
    format!("{field}:{}:{}:{}", s.start, s.end, s.label.as_str())
}

pub(crate) fn segments(
    field: &'static str,
    text: &str,
    lists: WordLists<'_>,
) -> (Vec<Segment>, usize) {
    let found = spans(text, lists);
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut at = 0;
    for s in &found {
        if s.start < at || s.end > chars.len() {
            continue;
        }
        if s.start > at {
            out.push(Segment {
                text: chars[at..s.start].iter().collect(),
                finding: None,
            });
        }
        out.push(Segment {
            text: chars[s.start..s.end].iter().collect(),
            finding: Some(FindingRef {
                key: key(field, s),
                label: s.label.as_str(),
                placeholder: s.label.placeholder(),
            }),
        });
        at = s.end;
    }
    if at < chars.len() {
        out.push(Segment {
            text: chars[at..].iter().collect(),
            finding: None,
        });
    }
    (out, found.len())
}

/// Replaces every occurrence (any case) of each phrase with `[VERBORGEN-n]`.
pub(crate) fn hide_missed(text: &str, phrases: &[String]) -> String {
    let mut out = text.to_string();
    for (n, p) in phrases.iter().enumerate() {
        let needle = p.to_lowercase();
        let mut result = String::with_capacity(out.len());
        let mut rest = out.as_str();
        loop {
            // Case-insensitive search on a lowercased copy with the same char boundaries:
            // only where lowercasing keeps byte lengths, else an exact search.
            let lower = rest.to_lowercase();
            let pos = if lower.len() == rest.len() {
                lower.find(&needle)
            } else {
                rest.find(p.as_str())
            };
            match pos {
                Some(i) if rest.is_char_boundary(i) && rest.is_char_boundary(i + p.len()) => {
                    result.push_str(&rest[..i]);
                    result.push_str(&format!("[VERBORGEN-{}]", n + 1));
                    rest = &rest[i + p.len()..];
                }
                _ => break,
            }
        }
        result.push_str(rest);
        out = result;
    }
    out
}

/// The most a confidant may type as "missed".
pub const MISSED_MAX: usize = 2_000;

/// The phrases marked as missed, one a line (at least two characters each).
pub(crate) fn missed_phrases(missed: &str) -> Vec<String> {
    missed
        .lines()
        .map(str::trim)
        .filter(|l| l.chars().count() >= 2)
        .map(String::from)
        .collect()
}

/// The fields of one document (a report's narrative, a signal) with the accepted findings
/// (their keys) replaced by placeholders, numbered once for the whole document (the same person
/// is `[PERSOON-1]` in every field), and the missed phrases by `[VERBORGEN-n]`.
pub(crate) fn redact_fields(
    fields: &[(&str, &str)],
    accepted: &HashSet<&str>,
    phrases: &[String],
    lists: WordLists<'_>,
) -> Vec<String> {
    let keep: Vec<Vec<Span>> = fields
        .iter()
        .map(|(field, text)| {
            spans(text, lists)
                .into_iter()
                .filter(|s| accepted.contains(key(field, s).as_str()))
                .collect()
        })
        .collect();
    let document: Vec<(&str, &[Span])> = fields
        .iter()
        .zip(&keep)
        .map(|((_, text), keep)| (*text, keep.as_slice()))
        .collect();
    redact_document(&document)
        .iter()
        .map(|t| hide_missed(t, phrases))
        .collect()
}

/// What the de-identifier finds in a short text, quoted with its kind (`"Jansen" (PERSON)`), at
/// most ten.
pub(crate) fn findings(text: &str, lists: WordLists<'_>) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    spans(text, lists)
        .iter()
        .filter(|s| s.end <= chars.len() && s.start < s.end)
        .take(10)
        .map(|s| {
            let t: String = chars[s.start..s.end].iter().collect();
            format!("\"{t}\" ({})", s.label.as_str())
        })
        .collect()
}

/// The review of one field.
pub(crate) fn review_field(field: &'static str, text: &str, lists: WordLists<'_>) -> FieldReview {
    let (segments, findings) = segments(field, text, lists);
    FieldReview {
        field,
        segments,
        findings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missed_phrases_are_hidden_everywhere_in_any_case() {
        let t = "Mevrouw Pietersen belde. pietersen wacht al lang op de Taxi Snel.";
        let out = hide_missed(t, &["Pietersen".into(), "Taxi Snel".into()]);
        assert_eq!(
            out,
            "Mevrouw [VERBORGEN-1] belde. [VERBORGEN-1] wacht al lang op de [VERBORGEN-2]."
        );
    }

    #[test]
    fn findings_become_segments_that_rebuild_the_text() {
        let t = "Bel mevrouw Jansen op 06-12345678 over de Wmo.";
        let (segs, n) = segments("themes", t, None);
        assert!(n >= 2, "a name and a phone number: {segs:?}");
        let rebuilt: String = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(rebuilt, t);
        assert!(
            segs.iter()
                .any(|s| s.finding.as_ref().is_some_and(|f| f.label == "PHONE"))
        );
        assert!(
            !segs
                .iter()
                .any(|s| s.text.contains("Wmo") && s.finding.is_some()),
            "a law is not personal data"
        );
    }

    fn accept_all(fields: &[(&'static str, &str)]) -> Vec<String> {
        fields
            .iter()
            .flat_map(|(f, t)| spans(t, None).iter().map(|s| key(f, s)).collect::<Vec<_>>())
            .collect()
    }

    #[test]
    fn three_people_in_three_fields_are_three_numbers_and_one_person_keeps_hers() {
        let fields = [
            ("themes", "Mevrouw Jansen wacht al maanden."),
            ("stories", "De heer Bakker belde, en mevrouw Jansen ook."),
            ("recommendations", "Spreek met mevrouw De Vries."),
        ];
        let keys = accept_all(&fields);
        let accepted: HashSet<&str> = keys.iter().map(String::as_str).collect();
        let out = redact_fields(&fields, &accepted, &[], None);
        assert_eq!(
            out,
            [
                "Mevrouw [PERSOON-1] wacht al maanden.",
                "De heer [PERSOON-2] belde, en mevrouw [PERSOON-1] ook.",
                "Spreek met mevrouw [PERSOON-3]."
            ]
        );
    }

    #[test]
    fn a_function_that_identifies_is_a_finding_the_confidant_can_reject() {
        let t = "Gesproken met dhr. P. Smit, teamleider Wmo.";
        let (segs, _) = segments("themes", t, None);
        let function = segs
            .iter()
            .filter_map(|s| s.finding.as_ref().map(|f| (s.text.as_str(), f)))
            .find(|(_, f)| f.label == "FUNCTION");
        let Some((text, f)) = function else {
            panic!("no function in {segs:?}");
        };
        assert_eq!(text, "teamleider Wmo");
        assert_eq!(f.placeholder, "FUNCTIE");
        let keys = accept_all(&[("themes", t)]);
        let all: HashSet<&str> = keys.iter().map(String::as_str).collect();
        assert_eq!(
            redact_fields(&[("themes", t)], &all, &[], None),
            ["Gesproken met dhr. [PERSOON-1], [FUNCTIE-1]."]
        );
        let without: HashSet<&str> = all.iter().copied().filter(|k| *k != f.key).collect();
        assert_eq!(
            redact_fields(&[("themes", t)], &without, &[], None),
            ["Gesproken met dhr. [PERSOON-1], teamleider Wmo."]
        );
    }
}
