//! Names and places that only the word lists recognise: a first name (with the surname or
//! particles after it), a place after a preposition (also of more words: `Den Haag`), a
//! first name in lower case after a cue (`ik ben dylan`, `mn vriendin yasmina`, `sanne hier`),
//! a lower-case surname after a title (`mw. de graaf`), a lower-case place after `in`, and a
//! chat participant (`Bilal:`). Not: a municipality as an institution (`gemeente Ede`), a verb
//! opening a question (`Wilt u …`), idioms (`Jan Modaal`), brands and the other non-names.

use crate::lists::Lists;
use crate::proper::Word;
use crate::re;
use crate::words::{function_word, not_a_name};
use crate::{Hit, Label};
use regex::Regex;
use std::sync::LazyLock;

/// A lower-case first name after a cue (first letter of the cue in either case: a case-blind
/// pattern cannot be searched for by its words first). The name is found after the match's
/// last space or tab (`after_last_gap`), so it must hold none.
pub(crate) static LOWER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:[Ii]k\s+ben(?:\s+het)?|k\s+ben\s+het|[Ii]k\s+heet|[Hh]eet|[Gg]roetjes|[Gg]roeten|[Gg]roeetjes|[Gg]oedemiddag|[Gg]oedemorgen|[Gg]oedenavond|[Bb]uurman|[Bb]uurvrouw|[Bb]egeleider|[Bb]ewindvoerder|[Nn]aam|[Dd]it\s+is|[Hh]ier\s+is|[Mm]et|[Vv]an|[Aa]an|[Vv]oor|[Mm]n|[Mm]ijn|[Mm]'n|[Vv]riendin|[Vv]riend|[Zz]oon|[Dd]ochter|[Bb]roer|[Bb]roertje|[Zz]us|[Zz]usje|[Nn]eef|[Nn]icht|[Hh]oi|[Hh]ee|[Hh]ey|[Hh]ai|[Hh]allo|[Bb]este|[Ll]ieve|[Mm]eneer|[Mm]evrouw|[Jj]uf|[Mm]eester)[ \t]+(\p{Ll}[\p{Ll}'’]{2,})(?-u:\b)",
    )
});
/// A verb that people do, after a lower-case name: `monique heet ze`, `lisa gaf`.
static PERSON_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"[ \t](?:heet|hier|zegt|zei|gaf|geeft|belt|belde|vroeg|vraagt|appt|appte|mailt|mailde|komt|kwam|wil|wilde)(?-u:\b)",
    )
});
/// A lower-case surname after a title: `mw. de graaf`, `meneer jansen`. The name is found
/// after the match's first spaces (`after_first_gap`), so the titles must hold none.
pub(crate) static LOWER_SURNAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:[Mm]evrouw|[Mm]evr\.|[Mm]w\.?|[Mm]eneer|[Mm]ijnheer|[Dd]hr\.?|[Jj]uf|[Mm]eester)[ \t]+((?:(?:van|de|der|den|ter|ten|'t)[ \t]+)*\p{Ll}[\p{Ll}'’\-]{2,})",
    )
});
/// A lower-case place after a preposition: `in apeldoorn` (found by `after_last_gap`).
pub(crate) static LOWER_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u:\b)(?:in|te|uit|naar|richting)[ \t]+(\p{Ll}[\p{Ll}'’\-]{2,})(?-u:\b)")
});
/// A chat participant at the start of a line: `Bilal: …` (the name is read off the match).
pub(crate) static PARTICIPANT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?m)^[ \t]*(\p{L}[\p{Ll}'’\-]+)[ \t]*:[ \t]"));

const PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "ter", "ten", "te", "'t", "el", "al", "la", "le", "du", "da", "von",
];
const PLACE_CUES: &[&str] = &[
    "in", "te", "uit", "naar", "bij", "nabij", "richting", "omgeving", "rond", "buiten", "van",
];
/// The word in front of a municipality (or court) named as the institution.
const INSTITUTION: &[&str] = &[
    "gemeente",
    "rechtbank",
    "gerechtshof",
    "provincie",
    "waterschap",
    "mijn",
    "wethouders",
];
/// Phrases that sound like a name and are not one.
const IDIOMS: &[&str] = &[
    "Jan Modaal",
    "Jan en alleman",
    "Jan met de pet",
    "Jan Publiek",
    "Klaas Vaak",
    "Sint Maarten",
    "Sint Nicolaas",
];
/// Pronouns after a verb that opens a question: `Wilt u`, `Kan je`, `Mag ik`.
const PRONOUNS: &[&str] = &[
    "u", "je", "jij", "we", "wij", "ze", "zij", "hij", "ik", "jullie",
];

/// The last word of `before`, as it is written (compare it with `crate::lower_in`).
fn last_word(before: &str) -> &str {
    before
        .trim_end()
        .rsplit([' ', '\n', '\t', '(', '"'])
        .next()
        .unwrap_or("")
}

fn next_word(after: &str) -> &str {
    let t = after.strip_prefix(' ').unwrap_or("");
    let end = t
        .find(|c: char| !(c.is_alphabetic() || c == '\''))
        .unwrap_or(t.len());
    &t[..end]
}

/// The longest place of up to three words starting at `start` (`Den Haag`, `Bergen op Zoom`).
fn place_at(text: &str, start: usize, first_end: usize, lists: &Lists) -> Option<usize> {
    let mut ends = [first_end; 3];
    let mut n = 1;
    while n < ends.len() {
        let at = ends[n - 1];
        let w = next_word(&text[at..]);
        if w.is_empty() {
            break;
        }
        ends[n] = at + 1 + w.len();
        n += 1;
    }
    ends[..n]
        .iter()
        .rev()
        .copied()
        .find(|e| lists.is_place(&text[start..*e]))
}

/// The longest start of `s` whose characters all pass `keep`.
fn prefix_while(s: &str, keep: impl Fn(char) -> bool) -> &str {
    &s[..s.find(|c: char| !keep(c)).unwrap_or(s.len())]
}

/// A capitalised word as a name is written: a capital, then lower case (`Noor`, `Oud-Beijerland`,
/// `'s-Hertogenbosch`), not `UWV` or `GGz`.
fn name_shaped(w: &str) -> bool {
    let w = w
        .strip_prefix("'s-")
        .or_else(|| w.strip_prefix("'S-"))
        .unwrap_or(w);
    w.split('-').all(|part| {
        let mut c = part.chars();
        c.next().is_some_and(char::is_uppercase)
            && part.chars().count() >= 2
            && c.all(|c| c.is_lowercase() || c == '\'' || c == '’')
    })
}

pub(crate) fn find(text: &str, caps: &[Word<'_>], lists: &Lists, out: &mut Vec<Hit>) {
    for m in caps {
        let w = m.text;
        if !name_shaped(w) {
            continue;
        }
        let glued_before = text[..m.start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '@');
        let glued_after = text[m.end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '@');
        if glued_before || glued_after || not_a_name(w) {
            continue;
        }
        let before = crate::back(text, m.start, 24);
        let cue = last_word(before);
        let place_cue = crate::lower_in(cue, PLACE_CUES);
        // Without a place's cue only a first name is taken: most words are none.
        if !place_cue && !lists.is_first_name(w) {
            continue;
        }
        if crate::lower_in(cue, INSTITUTION)
            || IDIOMS.iter().any(|i| text[m.start..].starts_with(i))
            || PRONOUNS.contains(&next_word(&text[m.end..]))
        {
            continue;
        }
        if place_cue && let Some(end) = place_at(text, m.start, m.end, lists) {
            out.push(Hit::new(m.start, end, Label::City));
        } else if lists.is_first_name(w) {
            out.push(Hit::new(
                m.start,
                name_end(text, m.end, lists),
                Label::Person,
            ));
        } else if place_cue && lists.is_place(w) {
            out.push(Hit::new(m.start, m.end, Label::City));
        }
    }
    let lower_name = |start: usize, w: &str, out: &mut Vec<Hit>| {
        if w.chars().count() >= 3
            && w.chars().all(|c| c.is_lowercase() || c == '\'' || c == '’')
            && !function_word(w)
            && lists.is_first_name(w)
            && !lists.is_place(w)
        {
            // A lower-case surname after it (`wendy jagesar`, `ria de boer`): in the list.
            let mut end = start + w.len();
            let mut at = end;
            let rest = if text[end..].starts_with(' ') {
                &text[end..]
            } else {
                ""
            };
            let mut words = rest.split(' ').skip(1);
            for _ in 0..4 {
                let Some(next) = words.next() else { break };
                let word = next.trim_end_matches(|c: char| !c.is_alphabetic());
                at += 1 + word.len();
                if ["van", "de", "der", "den", "ter", "ten", "'t"].contains(&word) {
                    continue;
                }
                if word.chars().count() >= 2
                    && word.chars().all(|c| c.is_lowercase() || c == '-')
                    && !function_word(word)
                    && lists.is_surname(word)
                {
                    end = at;
                }
                break;
            }
            out.push(Hit::new(start, end, Label::Person));
        }
    };
    // Lower-case names only where people write in lower case (chats).
    let casual = if casual(text) { text } else { "" };
    for m in LOWER_NAME.find_iter(casual) {
        let (start, end) = crate::after_last_gap(&m);
        lower_name(start, &text[start..end], out);
    }
    for m in PERSON_VERB.find_iter(casual) {
        let before = &text[..m.start()];
        let from = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic() || *c == '\'' || *c == '’')
            .last()
            .map_or(m.start(), |(i, _)| i);
        let glued = before[..from]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '@' | '.' | '/' | '-'));
        if !glued {
            lower_name(from, &before[from..], out);
        }
    }
    for m in LOWER_SURNAME.find_iter(text) {
        let (start, end) = crate::after_first_gap(&m);
        let last = text[start..end].rsplit([' ', '\t']).next().unwrap_or("");
        if !function_word(last) && (lists.is_surname(last) || lists.is_first_name(last)) {
            out.push(Hit::new(start, end, Label::Person));
        }
    }
    for m in LOWER_PLACE.find_iter(text) {
        let (start, end) = crate::after_last_gap(&m);
        let w = &text[start..end];
        if !function_word(w) && !lists.is_common(w) && lists.is_place(w) {
            out.push(Hit::new(start, end, Label::City));
        }
    }
    if text.contains(':') {
        for m in PARTICIPANT.find_iter(text) {
            let (start, end) = participant(&m);
            let w = &text[start..end];
            if !crate::with_lower(w, function_word) && !not_a_name(w) && lists.is_first_name(w) {
                out.push(Hit::new(start, end, Label::Person));
            }
        }
    }
}

/// The name in a match of `PARTICIPANT`: the word after the spaces that open the line, up to a
/// space or the colon.
pub(crate) fn participant(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str().trim_start_matches([' ', '\t']);
    let start = m.end() - s.len();
    (start, start + s.find([' ', '\t', ':']).unwrap_or(s.len()))
}

/// Extends a first name over particles and a following capitalised word (the surname).
fn name_end(text: &str, mut end: usize, lists: &Lists) -> usize {
    let mut rest = &text[end..];
    let mut particles = 0;
    loop {
        let trimmed = rest.trim_start_matches(' ');
        if rest.len() - trimmed.len() != 1 {
            break;
        }
        let word = prefix_while(trimmed, |c| c.is_alphabetic() || c == '\'');
        if PARTICLES.contains(&word) {
            particles += 1;
            rest = &trimmed[word.len()..];
            continue;
        }
        if word.chars().next().is_some_and(char::is_uppercase)
            && !not_a_name(word)
            && !crate::orgs::kind_word(word)
            && (particles > 0 || lists.is_surname(word) || !lists.is_first_name(word))
        {
            let hyphen = prefix_while(&trimmed[word.len()..], |c| c == '-' || c.is_alphabetic());
            end = text.len() - trimmed.len() + word.len() + hyphen.len();
        }
        break;
    }
    end
}

/// Is this text written the way people chat: a line, or a sentence after `!` or `?`, that
/// opens in lower case? (Not after a full stop: `dhr. de Vries`, `t.n.v. …`, `o.a. een`.)
pub(crate) fn casual(text: &str) -> bool {
    let mut at = 0;
    loop {
        // A line or sentence opens at `at`: its first letter decides, unless punctuation
        // closes it first.
        let mut closed = None;
        for (i, c) in text[at..].char_indices() {
            if c.is_alphabetic() {
                if c.is_lowercase() {
                    return true;
                }
                closed = Some(at + i + c.len_utf8());
                break;
            }
            if c.is_ascii_punctuation()
                && !matches!(
                    c,
                    '(' | '"' | '\'' | '-' | '*' | ':' | '[' | ']' | '!' | '?'
                )
            {
                // A comma or a full stop inside a line: what follows does not open it.
                closed = Some(at + i + 1);
                break;
            }
            // Spaces, digits (a time: `12:03 ruben`), emoji and `\n`, `!`, `?` leave it open.
        }
        let Some(from) = closed else { return false };
        // Nothing decides until the next line or sentence: skip to it.
        let next = memchr::memchr3(b'\n', b'!', b'?', &text.as_bytes()[from..]);
        let Some(next) = next else { return false };
        at = from + next + 1;
    }
}
