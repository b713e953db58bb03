//! People in chats: a first name in lower case after a relation (`mijn zoon ricardo is 10`),
//! and the sender of a line of an exported chat (`18-01-2026 09:14 - Lotte de Groot: hoi`).

use crate::words::not_a_name;
use crate::{Hit, Label};
use crate::{either_case, re};
use regex::Regex;
use std::sync::LazyLock;

/// A first name in lower case after a relation, as chats write it, where what follows shows it
/// is a name: an age or a verb (`mijn zoon ricardo is 10`, `mijn dochter anna (7)`, `mijn
/// dochter femke is ook boos`). The name is the last word of the match but one.
static LOWER_RELATION: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b){}[ \t]+(?:zoon|dochter|zoontje|dochtertje|broer|broertje|zus|zusje|buurman|buurvrouw|vriend|vriendin|neef|nicht|kleinzoon|kleindochter|begeleider|bewindvoerder)[ \t]+\p{{Ll}}[\p{{Ll}}'’\-]{{2,}}(?:[ \t]+(?:is|heeft|wil|zegt|zei|gaat|kan|moet|zit|was|woont|krijgt|doet)(?-u:\b)|[ \t]*\(\d)",
        either_case("mijn|m'n|mn|onze")
    ))
});

/// Words that may stand where `LOWER_RELATION` wants a name and are none.
const NOT_LOWER_NAMES: &[&str] = &[
    "is", "heeft", "wil", "zegt", "zei", "gaat", "kan", "moet", "zit", "was", "woont", "krijgt",
    "doet", "die", "dat", "ook", "nog", "niet", "wel", "al", "en", "of", "van", "heb", "had",
    "zelf", "erg", "nu", "daar", "hier", "toen",
];

pub(crate) fn lower_relations(text: &str, out: &mut Vec<Hit>) {
    for m in LOWER_RELATION.find_iter(text) {
        let s = m.as_str();
        // The name is the third word (after the possessive and the relation).
        let mut words = s.split([' ', '\t']).filter(|w| !w.is_empty());
        let (Some(_), Some(_), Some(name)) = (words.next(), words.next(), words.next()) else {
            continue;
        };
        let name = name.trim_end_matches('(');
        let Some(at) = s.find(&format!(" {name}")).map(|i| i + 1) else {
            continue;
        };
        if NOT_LOWER_NAMES.contains(&name) || crate::words::function_word(name) {
            continue;
        }
        let start = m.start() + at;
        out.push(Hit::new(start, start + name.len(), Label::Person));
    }
}

/// The sender of each line of an exported chat: a date and a time, maybe in brackets and with
/// a dash after them, then a name and `: ` (`18-01-2026 09:14 - Lotte de Groot: hoi`,
/// `[3/2/26, 21:07] Bilal: …`). The stamp is what makes it a sender, so once is enough.
pub(crate) fn stamped_senders(text: &str, out: &mut Vec<Hit>) {
    let mut at = 0;
    for line in text.split('\n') {
        if let Some((s, e)) = stamped_sender(line) {
            out.push(Hit::new(at + s, at + e, Label::Person));
        }
        at += line.len() + 1;
    }
}

/// The sender's name in `line`, as byte offsets in it.
fn stamped_sender(line: &str) -> Option<(usize, usize)> {
    let b = line.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'['));
    let digits = |i: &mut usize, min: usize, max: usize| {
        let from = *i;
        while *i < b.len() && b[*i].is_ascii_digit() && *i - from < max {
            *i += 1;
        }
        *i - from >= min
    };
    // The date: `18-01-2026`, `3/2/26`, `18.01.2026`.
    if !digits(&mut i, 1, 2) || !matches!(b.get(i), Some(b'-' | b'/' | b'.')) {
        return None;
    }
    i += 1;
    if !digits(&mut i, 1, 2) || !matches!(b.get(i), Some(b'-' | b'/' | b'.')) {
        return None;
    }
    i += 1;
    if !digits(&mut i, 2, 4) {
        return None;
    }
    if b.get(i) == Some(&b',') {
        i += 1;
    }
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    // The time: `09:14`, `21:07:33`.
    if !digits(&mut i, 1, 2) || b.get(i) != Some(&b':') {
        return None;
    }
    i += 1;
    if !digits(&mut i, 2, 2) {
        return None;
    }
    if b.get(i) == Some(&b':') {
        i += 1;
        digits(&mut i, 2, 2);
    }
    if b.get(i) == Some(&b']') {
        i += 1;
    }
    let rest = line[i..].trim_start_matches([' ', '-', '–']);
    let start = line.len() - rest.len();
    if start == i || !rest.starts_with(char::is_alphabetic) {
        return None;
    }
    let name = &rest[..rest.find(": ")?];
    let words = name.split(' ').count();
    let first = name.split([' ', '-']).next().unwrap_or("");
    let ok = name.len() <= 40
        && words <= 4
        && name
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.'))
        && !not_a_name(first)
        && !crate::words::function_word(&first.to_lowercase())
        && !crate::context::FIELDS.contains(&first.to_lowercase().as_str());
    ok.then_some((start, start + name.len()))
}

/// A name the writers give as their own, in any case: `mijn naam is fatima ait haddou`,
/// `MIJN NAAM IS TOMASZ NOWAK`, `ik heet said`. The cue alone says a name follows, so no list
/// is needed; the name ends at a function word, a comma or the end of the sentence.
static OWN_NAME: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)(?:mijn\s+naam\s+is|ik\s+heet|my\s+name\s+is)[ \t]+"));

/// Lower-case particles inside a name (`said el moussaoui`, `henny brouwer-van 't hof`).
const LOWER_PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "ter", "ten", "te", "'t", "el", "al", "la", "le", "da", "du", "von",
    "bin", "ben",
];

/// Words that end a name written in lower case: a telephone or what people sign off with.
const NOT_NAME_WORDS: &[&str] = &[
    "tel",
    "telefoon",
    "tel.",
    "mob",
    "mobiel",
    "aub",
    "graag",
    "bedankt",
    "dank",
    "dankjewel",
    "dankuwel",
    "groet",
    "groeten",
    "groetjes",
    "mvg",
    "gr",
    "doei",
    "thanks",
    "thank",
    "you",
    "please",
    "alvast",
    "hartelijk",
    "vriendelijke",
    "hoor",
    "svp",
];

/// One word of a name as chats write it: letters, a hyphen or an apostrophe, in one case or
/// capitalised.
fn name_word(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && w.chars().next().is_some_and(char::is_alphabetic)
        && !NOT_NAME_WORDS.contains(&w.to_lowercase().as_str())
}

fn particle(w: &str) -> bool {
    LOWER_PARTICLES.contains(&w.to_lowercase().as_str())
}

/// Up to four words of a name from the start of `s` (particles only inside it); the length in
/// bytes of what they take, or 0.
fn name_words(s: &str) -> usize {
    let mut end = 0;
    let mut at = 0;
    let mut words = 0;
    for w in s.split(' ') {
        let bare = w.trim_end_matches([',', '.', '!', '?', ';', ':', ')']);
        let stop = bare.len() < w.len();
        let lower = bare.to_lowercase();
        let ok_particle = words > 0 && particle(bare);
        if !ok_particle
            && (!name_word(bare)
                || crate::words::function_word(&lower)
                || NOT_LOWER_NAMES.contains(&lower.as_str()))
        {
            break;
        }
        if !ok_particle {
            end = at + bare.len();
        }
        words += 1;
        at += w.len() + 1;
        if stop || words == 5 || bare.contains('\n') {
            break;
        }
    }
    end
}

pub(crate) fn own_names(text: &str, out: &mut Vec<Hit>) {
    for m in OWN_NAME.find_iter(text) {
        let rest = &text[m.end()..];
        let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
        let n = name_words(line);
        if n > 0 {
            out.push(Hit::new(m.end(), m.end() + n, Label::Person));
        }
    }
}

/// The name that closes a chat message: at the end of the text, on a line of its own, after a
/// sentence or after an emoji, maybe with a telephone number after it (`jurick martina, (06)
/// 56826798 😔`, `… helpen 🙏 gülsen`, `shukran. rasha al-ahmad, +31630941050`). Only where
/// people write in lower case; a last line ending in a full stop or a question is no name.
pub(crate) fn closing_name(text: &str, out: &mut Vec<Hit>) {
    let body = text.trim_end();
    let line_start = body.rfind('\n').map_or(0, |i| i + 1);
    let line = &body[line_start..];
    // Emoji and spaces after it, then a telephone number after a comma.
    let line = line.trim_end_matches(|c: char| !c.is_alphanumeric() && !".!?)".contains(c));
    let line = match line.rfind(',') {
        Some(i)
            if line[i + 1..].chars().filter(char::is_ascii_digit).count() >= 8
                && line[i + 1..]
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +()-.".contains(c)) =>
        {
            &line[..i]
        }
        _ => line,
    };
    if line.ends_with(|c: char| !c.is_alphabetic()) {
        return;
    }
    // Where the closing part starts: the line's start, or after a sentence or an emoji.
    let Some((from, _)) = line
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() || c == ' ' || "-'’".contains(c)))
        .map_or(Some((0, ' ')), |(i, c)| {
            let sentence = matches!(c, '.' | '!' | '?') && line[i + 1..].starts_with(' ');
            (sentence || emoji(c)).then_some((i + c.len_utf8(), c))
        })
    else {
        return;
    };
    // A text of one line with no sentence before the name is a message, not its close.
    if from == 0 && line_start == 0 {
        return;
    }
    let part = line[from..].trim_start();
    let start = line_start + line.len() - part.len();
    if part.split(' ').count() > 4 {
        return;
    }
    let n = name_words(part);
    if n == part.len() {
        out.push(Hit::new(start, start + n, Label::Person));
    }
}

/// A pictograph or other symbol (emoji), not a letter, digit or punctuation.
fn emoji(c: char) -> bool {
    u32::from(c) >= 0x2190 && !c.is_alphanumeric()
}
