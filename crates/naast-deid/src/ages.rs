//! A person's age, the number only: `67 jaar oud`, `67-jarige`, `(67)` after a word, `ik ben
//! 67`, `Daan is 15`, `Peter Klein, 59`, `kinderen (6, 9 en 12)`, `als hij 18 wordt`. Not a
//! duration (`al 3 jaar`, `is 3 jaar werkloos`), an amount or a generic bound (`onder de 27`).

use crate::words::not_a_name;
use crate::{Hit, Label};
use crate::{either_case, re};
use regex::Regex;
use std::sync::LazyLock;

/// `(84)`, `(4 mnd)`, and `(44, NAH)` after a capitalised word.
pub(crate) static AGE_AFTER_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"\((\d{1,3})(?:\s*(?:jaar|jr|mnd|maanden)\.?)?\s*([,)])"));
pub(crate) static AGE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:(?-u:\b)(\d{{1,3}})[\s\-]?jarige(?-u:\b)|(?-u:\b)(\d{{1,3}})\s*(?:jaar|jr\.?)\s+oud(?-u:\b)|(?-u:\b){}\s+(?:over\s+\d{{1,2}}\s+\p{{L}}+\s+|binnenkort\s+|bijna\s+|pas\s+|al\s+|net\s+|inmiddels\s+|zelf\s+)?(\d{{1,3}})(?-u:\b)|(?-u:\b)(?:van|is)\s+(\d{{1,3}})\s*(?:jaar|jr)(?-u:\b)(?:\s+oud)?|(?-u:\b){}\s+(\d{{1,3}})\s+(?:wordt|word|werd|is|was|ben)(?-u:\b))",
        either_case(
            r"ik\s+ben|k\s+ben|ben\s+ik|hij\s+is|zij\s+is|ze\s+is|ie\s+is|is\s+nu|wordt|werd|word|leeftijd\s*:?|leeftijd\s+van|leeftijd\s+(?:cli[eë]nt|kind|moeder|vader|melder|betrokkene)\s*:"
        ),
        either_case("hij|zij|ze|ik|ie|je"),
    ))
});
/// `is 83`: the subject in front is looked at in code (`pa is 83`, `Daan is 15`, `Is 58,` in
/// a note).
pub(crate) static IS_AGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)[Ii]s\s+(?:zelf\s+|nu\s+|pas\s+|al\s+|bijna\s+|net\s+|inmiddels\s+|ongeveer\s+|rond\s+de\s+|circa\s+)?(\d{1,3})(?-u:\b)",
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
/// Titles and words for a client that can be the subject of `is 83` in a note (`Dhr. is 77`).
const TITLE_SUBJECTS: &[&str] = &[
    "Dhr.",
    "dhr.",
    "Mevr.",
    "mevr.",
    "Mw.",
    "mw.",
    "Mevrouw",
    "mevrouw",
    "Meneer",
    "meneer",
    "betrokkene",
    "Betrokkene",
    "cliënt",
    "Cliënt",
    "client",
    "Client",
    "melder",
    "Melder",
];
/// `– 67 jaar, AOW`: an age set off by a dash or comma, the sentence going on after it.
pub(crate) static SET_OFF: LazyLock<Regex> =
    LazyLock::new(|| re(r"[–,]\s+(\d{1,3})\s*(?:jaar|jr)\.?(?:\s+oud)?\s*[,;)\n]"));
/// Children's ages in a row: `kinderen (6, 9 en 12)`, `4 kinderen: 2, 5, 9 en 12 jaar`.
pub(crate) static CHILDREN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:[Kk]inderen|[Kk]ids|[Kk]inders)\s*(?:\(|:|van)\s*(\d{1,2}(?:\s*(?:,|en|&)\s*\d{1,2})+)")
});
/// `, 59` after a name: the next thing is punctuation, the end of the line or `en`.
pub(crate) static AFTER_NAME: LazyLock<Regex> =
    LazyLock::new(|| re(r"^,[ \t]*(\d{1,3})(?:[ \t]*(?:[,)\n;]|\.(?:\s|$)|en\s|$))"));
/// What makes the number after `is` or `word` something else than an age.
static NOT_AGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:[.,:]\d|\s*(?:%|€|euro|keer|x\s|uur|u\s|minuten|min|dagen|dag|weken|week|maanden|maand|procent|kilo|kg|km|cm|m\s|punten|jaar\s+(?:geleden|bezig|werkloos|dakloos|getrouwd|samen|in|bij|op|te|weg|lang|aan|met|voor|niet|geen|ziek|schulden)))",
    )
});

/// An age after a word for a person and `van`, or after `oudste`/`jongste`, without `jaar`:
/// `een man van 60`, `iemand van 33`, `Drie kinderen, oudste 6.` (the number is last).
pub(crate) static AGE_OF_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b)(?:{}[ \t]+van|{})[ \t]+\d{{1,3}}(?-u:\b)",
        either_case("man|vrouw|iemand|jongen|meisje|jongere|dame|heer|mevrouw|meneer"),
        either_case("oudste|jongste"),
    ))
});
/// What follows an age after `oudste` or `jongste` (not `de oudste 2 kinderen`).
fn ends_phrase(rest: &str) -> bool {
    rest.is_empty() || rest.starts_with(['.', ',', ';', ')', '\n', ':']) || rest.starts_with(" en ")
}

/// What `CHILDREN` needs in the text.
static KIDS: LazyLock<Regex> = LazyLock::new(|| crate::any_of(&["kind", "Kind", "kids", "KIND"]));

/// The groups of these patterns, read off their matches (a search for groups costs a second
/// search); `tests_same` holds each to its pattern. They rest on this: a number (`\d`) is
/// neither a letter nor white space, nor one of the characters that follow it in the pattern.
///
/// Where in `m` the first character passing `at` stands (or its end).
fn first(m: &regex::Match<'_>, from: usize, at: impl Fn(char) -> bool) -> usize {
    let s = &m.as_str()[from..];
    m.start() + from + s.find(at).unwrap_or(s.len())
}

/// The number of `AGE_AFTER_WORD` (after the bracket, up to a space, a unit or the end) and the
/// `,` or `)` that ends the match.
pub(crate) fn bracket_age(m: &regex::Match<'_>) -> ((usize, usize), (usize, usize)) {
    let end = first(m, 1, |c| {
        c.is_whitespace() || matches!(c, 'j' | 'm' | ',' | ')')
    });
    ((m.start() + 1, end), (m.end() - 1, m.end()))
}

/// The number of `AGE`: at the start, up to a space, `-` or `jaar`/`jarige` (the patterns that
/// open with it); last, after a space (those that close with it); or after the cue's spaces, up
/// to the next space or `jaar` (`van 12 jaar`, `hij 18 wordt`).
pub(crate) fn age_number(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str();
    if !s.starts_with(|c: char| c.is_ascii_alphabetic()) {
        (
            m.start(),
            first(m, 0, |c| c.is_whitespace() || matches!(c, '-' | 'j')),
        )
    } else if !s.ends_with(|c: char| c.is_ascii_alphabetic()) {
        let from = s
            .rfind(char::is_whitespace)
            .map_or(0, |i| i + s[i..].chars().next().map_or(0, char::len_utf8));
        (m.start() + from, m.end())
    } else {
        number_after_gap(m)
    }
}

/// The number after the first white space of the match, up to the next space or `jaar`.
fn number_after_gap(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str();
    let gap = s.find(char::is_whitespace).unwrap_or(s.len());
    let start = m.start() + gap + (s[gap..].len() - s[gap..].trim_start().len());
    let end = first(m, start - m.start(), |c| c.is_whitespace() || c == 'j');
    (start, end)
}

/// The number of `IS_AGE`: last, after a space.
pub(crate) fn is_age_number(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str();
    let from = s
        .rfind(char::is_whitespace)
        .map_or(0, |i| i + s[i..].chars().next().map_or(0, char::len_utf8));
    (m.start() + from, m.end())
}

/// The number of `SET_OFF`: after the dash or comma and its spaces, up to a space or `jaar`.
pub(crate) fn set_off_number(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str();
    let dash = s.chars().next().map_or(0, char::len_utf8);
    let start = m.start() + dash + (s[dash..].len() - s[dash..].trim_start().len());
    (
        start,
        first(m, start - m.start(), |c| c.is_whitespace() || c == 'j'),
    )
}

/// The ages of `CHILDREN`: from the first character that is no letter, space, `(` or `:`.
pub(crate) fn children_list(m: &regex::Match<'_>) -> (usize, usize) {
    let start = first(m, 0, |c| {
        !(c.is_alphabetic() || c.is_whitespace() || matches!(c, '(' | ':'))
    });
    (start, m.end())
}

/// The number of `AFTER_NAME`: after the comma and its spaces, up to what may follow it.
pub(crate) fn number_after_name(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str();
    let start = m.start() + 1 + (s[1..].len() - s[1..].trim_start_matches([' ', '\t']).len());
    let end = first(m, start - m.start(), |c| {
        matches!(c, ' ' | '\t' | ',' | ')' | '\n' | ';' | '.' | 'e')
    });
    (start, end)
}

fn age_ok(n: &str) -> bool {
    n.parse::<u32>().is_ok_and(|v| (1..=120).contains(&v))
}

pub(crate) fn find(text: &str, out: &mut Vec<Hit>) {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    let brackets = text.contains('(');
    for m in AGE_AFTER_WORD.find_iter(if brackets { text } else { "" }) {
        // "(67)" right after a word ("Jan (67)", "mijn moeder (84)") is that person's age;
        // "(44, NAH)" only after a capitalised word.
        let ((start, end), close) = bracket_age(&m);
        let (n, close) = (&text[start..end], &text[close.0..close.1]);
        let open = start - 1;
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
            && age_ok(n)
            && (close == ")" || (capital && !not_a_name(&word)))
        {
            out.push(Hit::new(start, end, Label::Age));
        }
    }
    for m in AGE.find_iter(text) {
        let (start, end) = age_number(&m);
        if age_ok(&text[start..end]) && !NOT_AGE_AFTER.is_match(&text[end..]) {
            out.push(Hit::new(start, end, Label::Age));
        }
    }
    let is = text.contains("is ") || text.contains("Is ");
    for m in IS_AGE.find_iter(if is { text } else { "" }) {
        let (start, end) = is_age_number(&m);
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
                || TITLE_SUBJECTS.contains(&subject)
                // `… woont op de Kerkstraat en is 61.`: only with the sentence ending there.
                || (subject == "en" && text[end..].starts_with(['.', ',', ';']))
                || (subject.starts_with(|c: char| c.is_uppercase())
                    && subject.chars().skip(1).all(char::is_lowercase)
                    && subject.chars().count() >= 2
                    && !not_a_name(subject)
                    && !["Het", "Dat", "Dit", "Er", "Alles", "Niets", "Wat", "Iets"]
                        .contains(&subject))
        };
        if ok_subject && age_ok(&text[start..end]) && !NOT_AGE_AFTER.is_match(&text[end..]) {
            out.push(Hit::new(start, end, Label::Age));
        }
    }
    let years = text.contains("ja") || text.contains("jr");
    for m in SET_OFF.find_iter(if years { text } else { "" }) {
        let (start, end) = set_off_number(&m);
        if age_ok(&text[start..end]) {
            out.push(Hit::new(start, end, Label::Age));
        }
    }
    for m in AGE_OF_PERSON.find_iter(text) {
        let (start, end) = crate::after_last_gap(&m);
        let w = m.as_str();
        let eldest = ["oudste", "Oudste", "jongste", "Jongste"]
            .iter()
            .any(|e| w.starts_with(e));
        let rest = &text[end..];
        let ok = if eldest {
            ends_phrase(rest)
        } else {
            !NOT_AGE_AFTER.is_match(rest) && !rest.starts_with(" jaar geleden")
        };
        if ok && age_ok(&text[start..end]) {
            out.push(Hit::new(start, end, Label::Age));
        }
    }
    noted(text, out);
    let kids = KIDS.is_match(text);
    for m in CHILDREN.find_iter(if kids { text } else { "" }) {
        let (list_start, list_end) = children_list(&m);
        let list = &text[list_start..list_end];
        let bytes = list.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_ascii_digit() {
                let from = i;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                if age_ok(&list[from..i]) {
                    out.push(Hit::new(list_start + from, list_start + i, Label::Age));
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
        // `mijn zoon ricardo is 10`, `anna (7)`
        let after_is = rest
            .strip_prefix(" is ")
            .or_else(|| rest.strip_prefix(" ("))
            .map(|r| r.bytes().take_while(u8::is_ascii_digit).count());
        if let Some(n) = after_is
            && n > 0
        {
            let start = h.end + rest.len()
                - rest[rest.find(|c: char| c.is_ascii_digit()).unwrap_or(0)..].len();
            let end = start + n;
            let tail = &text[end..];
            if age_ok(&text[start..end])
                && !NOT_AGE_AFTER.is_match(tail)
                && !tail.starts_with(|c: char| c.is_alphanumeric())
            {
                out.push(Hit::new(start, end, Label::Age));
            }
        }
        if let Some(m) = AFTER_NAME.find(rest) {
            let (start, end) = number_after_name(&m);
            if age_ok(&rest[start..end]) {
                out.push(Hit::new(h.end + start, h.end + end, Label::Age));
            }
        }
    }
}

/// Ages as notes abbreviate them: `cl. 46j,` (a number and `j`), and the number closing a
/// bracket after words and a comma (`(alleenstaande ouder, 38)`).
fn noted(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let alnum = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let end = i;
        let free_before = start == 0
            || !(alnum(start - 1) || matches!(b[start - 1], b'.' | b',' | b'-' | b'/' | b':'));
        if !free_before || end - start > 3 || !age_ok(&text[start..end]) {
            continue;
        }
        // `46j,` (two digits at least: `artikel 4j` is no age)
        let years = end - start >= 2 && b.get(end) == Some(&b'j') && !alnum(end + 1);
        // `(alleenstaande ouder, 38)`: words and a comma since the bracket, on one line.
        let bracket = b.get(end) == Some(&b')')
            && text[..start].ends_with(", ")
            && text[..start - 2]
                .rfind(['(', ')', '\n'])
                .is_some_and(|open| {
                    let inside = &text[open + 1..start - 2];
                    b[open] == b'('
                        && inside.chars().any(char::is_alphabetic)
                        && inside.chars().all(|c| c.is_alphabetic() || c == ' ')
                });
        if years || bracket {
            out.push(Hit::new(start, end, Label::Age));
        }
    }
}
