//! The personal-data check shared by everything whose free text leaves the office (report
//! narratives, signals): the findings of `naast-deid` as highlighted segments with a key per
//! finding, and the redaction of what the confidant accepted plus what they marked as missed.

use naast_deid::{Span, find_for_review, redact_document};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

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
    /// General words for it ("een inwoner"), offered (editable) where stand-ins may not go on:
    /// a report.
    pub suggestion: &'static str,
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
/// (`teamleider Wmo`), for the confidant to decide on — but not `own`, the municipality's own
/// name ("Maasdal", "gemeente Maasdal"): in its own report or signal it is no personal data.
fn spans(text: &str, lists: WordLists<'_>, own: &str) -> Vec<Span> {
    let own = own.trim().to_lowercase();
    let chars: Vec<char> = text.chars().collect();
    find_for_review(text, lists)
        .into_iter()
        .filter(|s| {
            if own.is_empty() || s.end > chars.len() || s.start >= s.end {
                return true;
            }
            let found: String = chars[s.start..s.end]
                .iter()
                .collect::<String>()
                .to_lowercase();
            let found = found.trim();
            found != own && found.strip_prefix("gemeente ").map(str::trim) != Some(own.as_str())
        })
        .collect()
}

fn key(field: &str, s: &Span) -> String {
    format!("{field}:{}:{}:{}", s.start, s.end, s.label.as_str())
}

pub(crate) fn segments(
    field: &'static str,
    text: &str,
    lists: WordLists<'_>,
    own: &str,
) -> (Vec<Segment>, usize) {
    let found = spans(text, lists, own);
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
                suggestion: naast_core::placeholders::general_word(s.label.placeholder()),
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
        out = replace_any_case(&out, p, &format!("[VERBORGEN-{}]", n + 1));
    }
    out
}

/// `text` with every occurrence (any case) of `phrase` replaced by `with`.
fn replace_any_case(text: &str, phrase: &str, with: &str) -> String {
    let needle = phrase.to_lowercase();
    let mut result = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        // Case-insensitive search on a lowercased copy with the same char boundaries:
        // only where lowercasing keeps byte lengths, else an exact search.
        let lower = rest.to_lowercase();
        let pos = if lower.len() == rest.len() {
            lower.find(&needle)
        } else {
            rest.find(phrase)
        };
        match pos {
            Some(i) if rest.is_char_boundary(i) && rest.is_char_boundary(i + phrase.len()) => {
                result.push_str(&rest[..i]);
                result.push_str(with);
                rest = &rest[i + phrase.len()..];
            }
            _ => break,
        }
    }
    result.push_str(rest);
    result
}

/// The most a confidant may type as "missed".
pub const MISSED_MAX: usize = 2_000;

/// The phrases marked as missed, one a line (at least two characters each); of a line
/// `phrase = words`, the phrase.
pub(crate) fn missed_phrases(missed: &str) -> Vec<String> {
    missed_with_words(missed)
        .into_iter()
        .map(|(phrase, _)| phrase)
        .collect()
}

/// What a report's writer put in for a phrase marked as missed without words of their own.
pub const LEFT_OUT: &str = "(weggelaten)";

/// The phrases marked as missed with the words they become: a line `phrase = words`, or a
/// line with the phrase alone ([`LEFT_OUT`]).
pub(crate) fn missed_with_words(missed: &str) -> Vec<(String, String)> {
    missed
        .lines()
        .map(|l| match l.split_once('=') {
            Some((phrase, words)) if !words.trim().is_empty() => {
                (phrase.trim().to_string(), words.trim().to_string())
            }
            Some((phrase, _)) => (phrase.trim().to_string(), LEFT_OUT.to_string()),
            None => (l.trim().to_string(), LEFT_OUT.to_string()),
        })
        .filter(|(p, _)| p.chars().count() >= 2)
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
    own: &str,
) -> Vec<String> {
    let keep: Vec<Vec<Span>> = fields
        .iter()
        .map(|(field, text)| {
            spans(text, lists, own)
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

/// The most one replacement word may be.
pub const WORD_MAX: usize = 80;

/// Titles that go with the name after them ("mevrouw Jansen" becomes "een inwoner", not
/// "mevrouw een inwoner").
const TITLES: [&str; 9] = [
    "mevrouw", "meneer", "de heer", "mevr.", "mw.", "dhr.", "mr.", "dr.", "familie",
];

/// The fields of one document (a report's narrative) with the accepted findings replaced by
/// general words instead of stand-ins, so that one pass of the check gives text that can be
/// published (AVG art. 5(1)(c): only what is needed leaves the office, in words a reader
/// understands). Each finding becomes the words given for its key in `words`, or the suggestion
/// for its kind ("een inwoner"); a title before a person's name goes with it, and words that
/// start a sentence get a capital. Missed phrases become their words ([`missed_with_words`]).
pub(crate) fn generalize_fields(
    fields: &[(&str, &str)],
    accepted: &HashSet<&str>,
    words: &HashMap<String, String>,
    missed: &[(String, String)],
    lists: WordLists<'_>,
    own: &str,
) -> Vec<String> {
    fields
        .iter()
        .map(|(field, text)| {
            let chars: Vec<char> = text.chars().collect();
            let mut out = String::with_capacity(text.len());
            let mut at = 0;
            for s in spans(text, lists, own) {
                let k = key(field, &s);
                if !accepted.contains(k.as_str()) || s.start < at || s.end > chars.len() {
                    continue;
                }
                out.extend(&chars[at..s.start]);
                let given = words.get(&k).map(|w| w.trim()).filter(|w| !w.is_empty());
                let word = given.unwrap_or_else(|| {
                    naast_core::placeholders::general_word(s.label.placeholder())
                });
                if s.label == naast_deid::Label::Person {
                    drop_word_before(&mut out, &TITLES);
                }
                if ARTICLES.iter().any(|a| word.starts_with(&format!("{a} "))) {
                    // "de Taxi Snel" becomes "een organisatie", not "de een organisatie".
                    drop_word_before(&mut out, &ARTICLES);
                }
                push_word(&mut out, word);
                at = s.end;
            }
            out.extend(&chars[at.min(chars.len())..]);
            missed
                .iter()
                .fold(out, |t, (phrase, with)| replace_any_case(&t, phrase, with))
        })
        .collect()
}

/// Articles: a finding's words that start with one take the place of the one before it.
const ARTICLES: [&str; 3] = ["de", "het", "een"];

/// Drops one of `words` (a title such as "mevrouw ", an article) at the end of `out`, if a
/// whole word followed by a space.
fn drop_word_before(out: &mut String, words: &[&str]) {
    let lower = out.to_lowercase();
    if lower.len() != out.len() {
        return;
    }
    for title in words {
        let with_space = format!("{title} ");
        if let Some(head) = lower.strip_suffix(&with_space)
            && head.chars().last().is_none_or(|c| !c.is_alphanumeric())
            && out.is_char_boundary(head.len())
        {
            out.truncate(head.len());
            return;
        }
    }
}

/// Pushes `word` onto `out`, with a capital when it starts a sentence.
fn push_word(out: &mut String, word: &str) {
    let starts = out
        .trim_end()
        .chars()
        .last()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '\n'));
    let mut c = word.chars();
    match c.next() {
        Some(first) if starts => {
            out.extend(first.to_uppercase());
            out.push_str(c.as_str());
        }
        _ => out.push_str(word),
    }
}

/// What the de-identifier finds in a short text, quoted with its kind (`"Jansen" (PERSON)`), at
/// most ten.
pub(crate) fn findings(text: &str, lists: WordLists<'_>) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    spans(text, lists, "")
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
pub(crate) fn review_field(
    field: &'static str,
    text: &str,
    lists: WordLists<'_>,
    own: &str,
) -> FieldReview {
    let (segments, findings) = segments(field, text, lists, own);
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
        let (segs, n) = segments("themes", t, None, "");
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
            .flat_map(|(f, t)| {
                spans(t, None, "")
                    .iter()
                    .map(|s| key(f, s))
                    .collect::<Vec<_>>()
            })
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
        let out = redact_fields(&fields, &accepted, &[], None, "");
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
        let (segs, _) = segments("themes", t, None, "");
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
            redact_fields(&[("themes", t)], &all, &[], None, ""),
            ["Gesproken met dhr. [PERSOON-1], [FUNCTIE-1]."]
        );
        let without: HashSet<&str> = all.iter().copied().filter(|k| *k != f.key).collect();
        assert_eq!(
            redact_fields(&[("themes", t)], &without, &[], None, ""),
            ["Gesproken met dhr. [PERSOON-1], teamleider Wmo."]
        );
    }

    #[test]
    fn general_words_replace_findings_in_one_pass_and_the_own_municipality_stays() {
        let fields = [
            ("themes", "Mevrouw Jansen uit Maasdal belde op 06-12345678."),
            (
                "stories",
                "Daarna belde de heer Bakker, en de Taxi Snel kwam niet; de blauwe bus ook.",
            ),
        ];
        let keys: Vec<String> = fields
            .iter()
            .flat_map(|(f, t)| {
                spans(t, None, "Maasdal")
                    .iter()
                    .map(|s| key(f, s))
                    .collect::<Vec<_>>()
            })
            .collect();
        let accepted: HashSet<&str> = keys.iter().map(String::as_str).collect();
        let bakker = keys
            .iter()
            .find(|k| k.starts_with("stories:") && k.ends_with(":PERSON"))
            .cloned()
            .unwrap_or_default();
        let words = HashMap::from([(bakker, "een buurman".to_string())]);
        let missed = missed_with_words("blauwe bus = bus\nxyz");
        let out = generalize_fields(&fields, &accepted, &words, &missed, None, "Maasdal");
        assert_eq!(
            out,
            [
                "Een inwoner uit Maasdal belde op een telefoonnummer.",
                "Daarna belde een buurman, en een organisatie kwam niet; de bus ook."
            ]
        );
        assert!(
            out.iter()
                .all(|t| !naast_core::placeholders::holds_placeholder(t))
        );
        // Without the municipality's name, "Maasdal" is a finding; with it, never.
        assert!(
            segments("themes", fields[0].1, None, "")
                .0
                .iter()
                .any(|s| s.finding.is_some() && s.text.contains("Maasdal"))
        );
        assert!(
            !segments("themes", fields[0].1, None, "Maasdal")
                .0
                .iter()
                .any(|s| s.finding.is_some() && s.text.contains("Maasdal"))
        );
    }
}
