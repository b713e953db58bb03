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
