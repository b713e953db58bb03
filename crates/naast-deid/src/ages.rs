//! A person's age, the number only: `67 jaar oud`, `67-jarige`, `(67)` after a word, `ik ben
//! 67`, `Daan is 15`, `Peter Klein, 59`, `kinderen (6, 9 en 12)`, `als hij 18 wordt`. Not a
//! duration (`al 3 jaar`, `is 3 jaar werkloos`), an amount or a generic bound (`onder de 27`).

use crate::words::not_a_name;
use crate::{Hit, Label};
use crate::{either_case, re};
use regex::Regex;
use std::sync::LazyLock;

/// `(84)`, `(4 mnd)`, and `(44, NAH)` after a capitalised word.
static AGE_AFTER_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"\((\d{1,3})(?:\s*(?:jaar|jr|mnd|maanden)\.?)?\s*([,)])"));
static AGE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:(?-u:\b)(\d{{1,3}})[\s\-]?jarige(?-u:\b)|(?-u:\b)(\d{{1,3}})\s*(?:jaar|jr\.?)\s+oud(?-u:\b)|(?-u:\b){}\s+(?:over\s+\d{{1,2}}\s+\p{{L}}+\s+|binnenkort\s+|bijna\s+|pas\s+|al\s+|net\s+|inmiddels\s+|zelf\s+)?(\d{{1,3}})(?-u:\b)|(?-u:\b)(?:van|is)\s+(\d{{1,3}})\s*(?:jaar|jr)(?-u:\b)(?:\s+oud)?|(?-u:\b){}\s+(\d{{1,3}})\s+(?:wordt|word|werd|is|was|ben)(?-u:\b))",
        either_case(
            r"ik\s+ben|ben\s+ik|hij\s+is|zij\s+is|ze\s+is|ie\s+is|is\s+nu|wordt|werd|word|leeftijd\s*:?|leeftijd\s+van"
        ),
        either_case("hij|zij|ze|ik|ie|je"),
    ))
});
/// `is 83`: the subject in front is looked at in code (`pa is 83`, `Daan is 15`, `Is 58,` in
/// a note).
static IS_AGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)[Ii]s\s+(?:zelf\s+|nu\s+|pas\s+|al\s+|bijna\s+|net\s+|inmiddels\s+)?(\d{1,3})(?-u:\b)",
    )
});
/// Words for people that can be the subject of `is 83`.
const PEOPLE_WORDS: &[&str] = &[
    "pa",
    "ma",
    "mam",
    "pap",
    "moeder",
    "vader",
    "zoon",
    "dochter",
    "broer",
    "zus",
    "oma",
    "opa",
    "buurman",
    "buurvrouw",
    "man",
    "vrouw",
];
/// `– 67 jaar, AOW`: an age set off by a dash or comma, the sentence going on after it.
static SET_OFF: LazyLock<Regex> =
    LazyLock::new(|| re(r"[–,]\s+(\d{1,3})\s*(?:jaar|jr)\.?(?:\s+oud)?\s*[,;)\n]"));
/// Children's ages in a row: `kinderen (6, 9 en 12)`, `4 kinderen: 2, 5, 9 en 12 jaar`.
static CHILDREN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:[Kk]inderen|[Kk]ids|[Kk]inders)\s*(?:\(|:|van)\s*(\d{1,2}(?:\s*(?:,|en|&)\s*\d{1,2})+)")
});
/// `, 59` after a name: the next thing is punctuation, the end of the line or `en`.
static AFTER_NAME: LazyLock<Regex> =
    LazyLock::new(|| re(r"^,[ \t]*(\d{1,3})(?:[ \t]*(?:[,)\n;]|\.(?:\s|$)|en\s|$))"));
/// What makes the number after `is` or `word` something else than an age.
static NOT_AGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:[.,:]\d|\s*(?:%|€|euro|keer|x\s|uur|u\s|minuten|min|dagen|dag|weken|week|maanden|maand|procent|kilo|kg|km|cm|m\s|punten|jaar\s+(?:geleden|bezig|werkloos|dakloos|getrouwd|samen|in|bij|op|te|weg|lang|aan|met|voor|niet|geen|ziek|schulden)))",
    )
});

/// What `CHILDREN` needs in the text.
static KIDS: LazyLock<Regex> = LazyLock::new(|| crate::any_of(&["kind", "Kind", "kids", "KIND"]));

fn age_ok(n: &str) -> bool {
    n.parse::<u32>().is_ok_and(|v| (1..=120).contains(&v))
}

pub(crate) fn find(text: &str, out: &mut Vec<Hit>) {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    let brackets = text.contains('(');
    for c in AGE_AFTER_WORD.captures_iter(if brackets { text } else { "" }) {
        // "(67)" right after a word ("Jan (67)", "mijn moeder (84)") is that person's age;
        // "(44, NAH)" only after a capitalised word.
        let (Some(n), Some(close)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let open = n.start() - 1;
        let before = text[..open].trim_end();
        let word: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let capital = word.starts_with(|c: char| c.is_uppercase());
        let numbered = crate::words::NUMBERED
            .iter()
            .any(|n| n.eq_ignore_ascii_case(&word));
        if word.chars().count() >= 2
            && !numbered
            && age_ok(n.as_str())
            && (close.as_str() == ")" || (capital && !not_a_name(&word)))
        {
            out.push(Hit::new(n.start(), n.end(), Label::Age));
        }
    }
    for c in AGE.captures_iter(text) {
        if let Some(n) = (1..=5).find_map(|g| c.get(g))
            && age_ok(n.as_str())
            && !NOT_AGE_AFTER.is_match(&text[n.end()..])
        {
            out.push(Hit::new(n.start(), n.end(), Label::Age));
        }
    }
    let is = text.contains("is ") || text.contains("Is ");
    for c in IS_AGE.captures_iter(if is { text } else { "" }) {
        let (Some(m), Some(n)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let before = text[..m.start()].trim_end_matches([' ', '\t']);
        let subject = before
            .rsplit([' ', '\t', '\n', '(', ','])
            .next()
            .unwrap_or("");
        let ok_subject = if m.as_str().starts_with('I') {
            // "Is 58," opening a sentence of a note.
            before.is_empty() || before.ends_with(['.', '!', '?', '\n'])
        } else {
            PEOPLE_WORDS.contains(&subject)
                || (subject.starts_with(|c: char| c.is_uppercase())
                    && subject.chars().skip(1).all(char::is_lowercase)
                    && subject.chars().count() >= 2
                    && !not_a_name(subject)
                    && !["Het", "Dat", "Dit", "Er", "Alles", "Niets", "Wat", "Iets"]
                        .contains(&subject))
        };
        if ok_subject && age_ok(n.as_str()) && !NOT_AGE_AFTER.is_match(&text[n.end()..]) {
            out.push(Hit::new(n.start(), n.end(), Label::Age));
        }
    }
    let years = text.contains("ja") || text.contains("jr");
    for c in SET_OFF.captures_iter(if years { text } else { "" }) {
        if let Some(n) = c.get(1)
            && age_ok(n.as_str())
        {
            out.push(Hit::new(n.start(), n.end(), Label::Age));
        }
    }
    let kids = KIDS.is_match(text);
    for c in CHILDREN.captures_iter(if kids { text } else { "" }) {
        let Some(list) = c.get(1) else { continue };
        let bytes = list.as_str().as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_ascii_digit() {
                let from = i;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                if age_ok(&list.as_str()[from..i]) {
                    out.push(Hit::new(list.start() + from, list.start() + i, Label::Age));
                }
            } else {
                i += 1;
            }
        }
    }
}

/// The age after a person found by any detector: `Peter Klein, 59`.
pub(crate) fn after_people(text: &str, hits: &[Hit], out: &mut Vec<Hit>) {
    for h in hits.iter().filter(|h| h.label == Label::Person) {
        let rest = text.get(h.end..).unwrap_or("");
        if let Some(c) = AFTER_NAME.captures(rest)
            && let Some(n) = c.get(1)
            && age_ok(n.as_str())
        {
            out.push(Hit::new(h.end + n.start(), h.end + n.end(), Label::Age));
        }
    }
}
