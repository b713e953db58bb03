//! Where the people's cues of `context` can start, and the cues tried there only: the matches
//! of the one pattern of all of them, as a scan of every text with it would find them, at a
//! fraction of the cost (the big pattern is only run anchored, forward, from a few places).

use crate::context::{
    POSSESSIVES, RELATIONS, RELATIONS_ALONE, ROLES, SELF_CUE, SIGNATURE_CUE, TITLES, cues,
};
use crate::{either_case, re};
use regex::Regex;
use std::sync::LazyLock;

/// The cues for people, in one pattern; each branch has one group. Finding the group of a match
/// in one big pattern is slow, so each match is looked at again with the branches alone,
/// anchored where it starts.
///
/// It is tried only where [`Starts`] finds that a branch can start, anchored there (the
/// engine of `regex` underneath: an anchored search that still sees the text before it, for
/// `\b` and `^`). Scanning all of every text with this big pattern, and searching back from
/// each match's end for its start, took a quarter of all the time; what it finds, tried this
/// way, is the same (`tests_same`).
static PERSON_CUES: LazyLock<regex_automata::meta::Regex> = LazyLock::new(|| {
    let pattern = person_cues_pattern();
    regex_automata::meta::Builder::new()
        .configure(regex_automata::meta::Config::new().hybrid_cache_capacity(64 << 20))
        .build(&pattern)
        .unwrap_or_else(|e| panic!("pattern {pattern}: {e}"))
});

/// The pattern of `PERSON_CUES`: its branches, in order.
pub(crate) fn person_cues_pattern() -> String {
    cues()
        .iter()
        .map(|p| format!("(?:{p})"))
        .collect::<Vec<_>>()
        .join("|")
}

/// Where a branch of `PERSON_CUES` that opens with a word can start: those words (with the `\b`
/// in front of them), in one pattern the engine searches for as words. The other branches
/// start at a line's start (`GREETING`, `HEADER`) or at a capital with a dot (`INITIALS`):
/// found by hand, see [`Starts`].
static WORD_CUES: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b)(?:{}|{}\s+(?:{RELATIONS})|{}|{})|{}|{}",
        either_case(TITLES),
        either_case(POSSESSIVES),
        either_case(RELATIONS_ALONE),
        either_case(ROLES),
        *SELF_CUE,
        *SIGNATURE_CUE,
    ))
});

/// The first letters of `GREETINGS` and `HEADERS` (either case).
const LINE_CUE_LETTERS: &[u8] = b"bghdlvaftc";

/// The places where a branch of `PERSON_CUES` can start, in order: every match of a branch
/// starts at one (a word of `WORD_CUES`, a line's start before a letter, a capital before a
/// dot), though not every one starts a match.
struct Starts<'a> {
    text: &'a str,
    /// The next of each kind at or after where the last search began.
    word: Option<usize>,
    line: Option<usize>,
    initial: Option<usize>,
    /// Whether they were looked for at all.
    started: bool,
}

impl<'a> Starts<'a> {
    fn new(text: &'a str) -> Starts<'a> {
        Starts {
            text,
            word: None,
            line: None,
            initial: None,
            started: false,
        }
    }

    /// The first start at or after `at`.
    fn next(&mut self, at: usize) -> Option<usize> {
        let text = self.text;
        let bytes = text.as_bytes();
        if !self.started || self.word.is_some_and(|w| w < at) {
            self.word = WORD_CUES.find_at(text, at).map(|m| m.start());
        }
        if !self.started || self.line.is_some_and(|l| l < at) {
            // A line's start (`^` in multi-line mode: after a newline) whose first character
            // after spaces and tabs opens a greeting or a header's field name.
            let mut l = if at == 0 {
                Some(0)
            } else {
                memchr::memchr(b'\n', &bytes[at - 1..]).map(|i| at + i)
            };
            while let Some(s) = l {
                let first = bytes[s..].iter().find(|b| !matches!(b, b' ' | b'\t'));
                if first.is_some_and(|b| LINE_CUE_LETTERS.contains(&b.to_ascii_lowercase())) {
                    break;
                }
                l = memchr::memchr(b'\n', &bytes[s..]).map(|i| s + i + 1);
            }
            self.line = l;
        }
        if !self.started || self.initial.is_some_and(|i| i < at) {
            // A capital right before a dot (a superset of `\p{Lu}`).
            let mut from = at;
            self.initial = None;
            while let Some(d) = memchr::memchr(b'.', bytes.get(from + 1..).unwrap_or(&[])) {
                let dot = from + 1 + d;
                let capital = text[..dot].chars().next_back();
                if let Some(c) = capital.filter(|c| c.is_uppercase()) {
                    let start = dot - c.len_utf8();
                    if start >= at {
                        self.initial = Some(start);
                        break;
                    }
                }
                from = dot;
            }
        }
        self.started = true;
        [self.word, self.line, self.initial]
            .into_iter()
            .flatten()
            .min()
    }
}

/// The matches of `PERSON_CUES` in `text`, as its `find_iter` would give them: at each place
/// where a branch can start, the pattern is tried anchored; a match goes on after its end, no
/// match at the next character.
pub(crate) fn person_cues(text: &str, mut f: impl FnMut(usize, usize)) {
    let mut starts = Starts::new(text);
    let mut at = 0;
    while at <= text.len() {
        let Some(p) = starts.next(at) else {
            break;
        };
        let input = regex_automata::Input::new(text)
            .range(p..)
            .anchored(regex_automata::Anchored::Yes);
        match PERSON_CUES.search(&input) {
            Some(m) if m.end() > p => {
                f(p, m.end());
                at = m.end();
            }
            _ => at = p + text[p..].chars().next().map_or(1, char::len_utf8),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LINE_CUE_LETTERS;
    use crate::context::{GREETINGS, HEADERS};

    #[test]
    fn every_greeting_and_header_opens_with_a_letter_a_line_is_tried_for() {
        for word in GREETINGS.split('|').chain(HEADERS.split('|')) {
            let first = word.as_bytes().first().copied().unwrap_or(b' ');
            assert!(LINE_CUE_LETTERS.contains(&first), "{word}");
        }
    }
}
