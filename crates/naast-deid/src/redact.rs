//! Redaction for people to read: each distinct value becomes a numbered placeholder per label,
//! one numbering for the whole document — a report or a signal of several fields, not each
//! field on its own (`[PERSOON-1]` … `[PERSOON-1]`).
//!
//! Values are compared normalised (lower case, runs of spaces as one). A person's first name or
//! surname alone that is part of a full name elsewhere in the document takes that name's number
//! ("Henk de Boer" … "De Boer" … "Henk": all `[PERSOON-1]`); if it is part of two different full
//! names, it cannot say who is meant and gets a number of its own, so that different people
//! never share a number.

use crate::{Label, Lists, Span, find_with};
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
pub fn redact_spans(text: &str, spans: &[Span]) -> String {
    redact_document(&[(text, spans)]).pop().unwrap_or_default()
}

/// The fields of one document (each its text and its spans, as for [`redact_spans`]) redacted
/// with one numbering: the same person is the same number in every field.
pub fn redact_document(fields: &[(&str, &[Span])]) -> Vec<String> {
    let people = full_names(fields);
    let mut numbers = Numbers::default();
    fields
        .iter()
        .map(|(text, spans)| {
            let offsets: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let mut out = String::with_capacity(text.len() + 16);
            let mut at = 0;
            for s in in_range(spans, offsets.len() - 1) {
                let (start, end) = (offsets[s.start], offsets[s.end]);
                out.push_str(&text[offsets[at]..start]);
                let n = numbers.get(s.label, &normalise(&text[start..end]), &people);
                out.push('[');
                out.push_str(s.label.placeholder());
                out.push('-');
                out.push_str(&n.to_string());
                out.push(']');
                at = s.end;
            }
            out.push_str(&text[offsets[at]..]);
            out
        })
        .collect()
}

/// The spans in order that are not empty, end within `len` code points and do not overlap an
/// earlier one.
fn in_range(spans: &[Span], len: usize) -> impl Iterator<Item = &Span> {
    let mut at = 0;
    spans.iter().filter(move |s| {
        let ok = s.start >= at && s.start < s.end && s.end <= len;
        if ok {
            at = s.end;
        }
        ok
    })
}

/// Lower case, runs of whitespace as one space.
fn normalise(value: &str) -> String {
    value
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The people's names of two words or more in the document, normalised, distinct.
fn full_names(fields: &[(&str, &[Span])]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    for (text, spans) in fields {
        let chars: Vec<char> = text.chars().collect();
        for s in in_range(spans, chars.len()) {
            if s.label != Label::Person {
                continue;
            }
            let value: String = chars[s.start..s.end].iter().collect();
            let words: Vec<String> = normalise(&value).split(' ').map(String::from).collect();
            if words.len() >= 2 && !out.contains(&words) {
                out.push(words);
            }
        }
    }
    out
}

#[derive(Default)]
struct Numbers {
    by_value: HashMap<(Label, String), usize>,
    last: HashMap<Label, usize>,
}

impl Numbers {
    fn get(&mut self, label: Label, value: &str, people: &[Vec<String>]) -> usize {
        if let Some(n) = self.by_value.get(&(label, value.to_string())) {
            return *n;
        }
        // A first name or surname alone: the number of the one full name it is part of.
        let whole = if label == Label::Person {
            let words: Vec<&str> = value.split(' ').collect();
            let mut of = people.iter().filter(|name| {
                name.len() > words.len()
                    && (name.iter().take(words.len()).eq(words.iter().copied())
                        || name
                            .iter()
                            .skip(name.len() - words.len())
                            .eq(words.iter().copied()))
            });
            match (of.next(), of.next()) {
                (Some(name), None) => Some(name.join(" ")),
                _ => None,
            }
        } else {
            None
        };
        if let Some(whole) = whole {
            if let Some(n) = self.by_value.get(&(label, whole.clone())) {
                let n = *n;
                self.by_value.insert((label, value.to_string()), n);
                return n;
            }
            let n = self.next(label);
            self.by_value.insert((label, whole), n);
            self.by_value.insert((label, value.to_string()), n);
            return n;
        }
        let n = self.next(label);
        self.by_value.insert((label, value.to_string()), n);
        n
    }

    fn next(&mut self, label: Label) -> usize {
        let n = self.last.entry(label).or_insert(0);
        *n += 1;
        *n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(text: &str, word: &str, from: usize) -> Span {
        let byte = from + text[from..].find(word).unwrap_or(0);
        let start = text[..byte].chars().count();
        Span {
            start,
            end: start + word.chars().count(),
            label: Label::Person,
        }
    }

    #[test]
    fn one_numbering_across_the_fields_of_a_document() {
        let a = "Henk de Boer belde.";
        let b = "Anna Smit en Piet Bos kwamen.";
        let c = "Later belde henk  DE boer weer, en Anna Smit ook.";
        let sa = [person(a, "Henk de Boer", 0)];
        let sb = [person(b, "Anna Smit", 0), person(b, "Piet Bos", 0)];
        let sc = [person(c, "henk  DE boer", 0), person(c, "Anna Smit", 0)];
        let out = redact_document(&[(a, &sa), (b, &sb), (c, &sc)]);
        assert_eq!(
            out,
            [
                "[PERSOON-1] belde.",
                "[PERSOON-2] en [PERSOON-3] kwamen.",
                "Later belde [PERSOON-1] weer, en [PERSOON-2] ook."
            ]
        );
    }

    #[test]
    fn a_first_name_or_surname_alone_takes_the_full_names_number() {
        let t = "Henk belde over mevrouw Van den Berg. Henk de Boer en Ria van den Berg. De Boer wacht.";
        let spans = [
            person(t, "Henk", 0),
            person(t, "Van den Berg", 0),
            person(t, "Henk de Boer", 30),
            person(t, "Ria van den Berg", 0),
            person(t, "De Boer", 70),
        ];
        assert_eq!(
            redact_spans(t, &spans),
            "[PERSOON-1] belde over mevrouw [PERSOON-2]. [PERSOON-1] en [PERSOON-2]. [PERSOON-1] wacht."
        );
    }

    #[test]
    fn a_surname_of_two_people_is_neither_of_them() {
        let t = "Henk de Boer en Anna de Boer. De Boer belde. Henk ook.";
        let spans = [
            person(t, "Henk de Boer", 0),
            person(t, "Anna de Boer", 0),
            person(t, "De Boer", 20),
            person(t, "Henk", 20),
        ];
        assert_eq!(
            redact_spans(t, &spans),
            "[PERSOON-1] en [PERSOON-2]. [PERSOON-3] belde. [PERSOON-1] ook."
        );
    }

    #[test]
    fn a_name_alone_in_a_later_field_takes_the_number_of_the_full_name_in_an_earlier_one() {
        let a = "Gesprek met Fatima el Amrani en Piet Bos.";
        let b = "Fatima belde terug.";
        let c = "Daarna mailde Bos.";
        let sa = [person(a, "Fatima el Amrani", 0), person(a, "Piet Bos", 0)];
        let sb = [person(b, "Fatima", 0)];
        let sc = [person(c, "Bos", 0)];
        assert_eq!(
            redact_document(&[(a, &sa), (b, &sb), (c, &sc)]),
            [
                "Gesprek met [PERSOON-1] en [PERSOON-2].",
                "[PERSOON-1] belde terug.",
                "Daarna mailde [PERSOON-2]."
            ]
        );
    }

    #[test]
    fn a_first_name_of_two_people_is_neither_of_them() {
        let t = "Henk de Boer en Henk Jansen. Henk belde. Jansen ook.";
        let spans = [
            person(t, "Henk de Boer", 0),
            person(t, "Henk Jansen", 0),
            person(t, "Henk", 25),
            person(t, "Jansen", 35),
        ];
        assert_eq!(
            redact_spans(t, &spans),
            "[PERSOON-1] en [PERSOON-2]. [PERSOON-3] belde. [PERSOON-2] ook."
        );
    }

    #[test]
    fn different_people_in_different_fields_never_share_a_number() {
        // Issue 32: three people in three fields were all `[PERSOON-1]`.
        let a = "Melding van Henk de Boer.";
        let b = "Behandeld door dhr. P. Smit.";
        let c = "Contact: Ayşe.";
        let sa = [person(a, "Henk de Boer", 0)];
        let sb = [person(b, "P. Smit", 0)];
        let sc = [person(c, "Ayşe", 0)];
        let out = redact_document(&[(a, &sa), (b, &sb), (c, &sc)]);
        assert_eq!(
            out,
            [
                "Melding van [PERSOON-1].",
                "Behandeld door dhr. [PERSOON-2].",
                "Contact: [PERSOON-3]."
            ]
        );
        // Each document numbers from 1 again: the same call for one field alone.
        assert_eq!(redact_document(&[(c, &sc)]), ["Contact: [PERSOON-1]."]);
    }

    #[test]
    fn other_labels_number_per_value_and_bad_spans_are_skipped() {
        let t = "Utrecht, utrecht en Zeist 😊 Jan";
        let city = |s, e| Span {
            start: s,
            end: e,
            label: Label::City,
        };
        let spans = [
            city(0, 7),
            city(9, 16),
            city(10, 12),
            city(20, 25),
            city(30, 99),
        ];
        assert_eq!(
            redact_spans(t, &spans),
            "[PLAATS-1], [PLAATS-1] en [PLAATS-2] 😊 Jan"
        );
    }
}
