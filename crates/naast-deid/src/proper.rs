//! The last resort: a capitalised word inside a sentence. Dutch writes its nouns in lower case,
//! so a capital that does not open a sentence marks a proper noun: a person, a place, an
//! organisation — or a law, an agency, a brand, a language, a country, a department, which
//! the word lists in `words` leave out. Runs after every other detector and only marks what
//! they left: the label comes from the word lists if there are any (first name or surname:
//! PERSON, place: CITY), from the word's make (`Woonbron`, `Zorgpartners`: ORG) or from the
//! preposition in front (`in`: CITY, `bij`/`via`: ORG), and is PERSON otherwise.

use crate::lists::Lists;
use crate::orgs::kind_word;
use crate::re;
use crate::words::{national, not_a_name};
use crate::{Hit, Label};
use regex::Regex;
use std::sync::LazyLock;

/// A capitalised word: `Pluryn`, `Midden-Nederland`, `GGz`, `'s-Hertogenbosch`, `Reïntegratie`.
/// `capitals` finds what this pattern finds, reading the text once without the engine (which
/// searched forward and back for every word); the pattern says what it does, and tests hold it
/// to that.
#[cfg(test)]
pub(crate) static CAPITAL_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:'[sS]-)?\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*"));

/// The classes of `CAPITAL_WORD` for a character outside ASCII, as the engine has them.
static UPPER: LazyLock<Regex> = LazyLock::new(|| re(r"\A\p{Lu}\z"));
static LETTER: LazyLock<Regex> = LazyLock::new(|| re(r"\A\p{L}\z"));
static LETTER_OR_MARK: LazyLock<Regex> = LazyLock::new(|| re(r"\A[\p{L}\p{M}]\z"));

/// Is `c` in the class of `re` (for a character outside ASCII)?
fn in_class(re: &Regex, c: char) -> bool {
    re.is_match(c.encode_utf8(&mut [0u8; 4]))
}

/// `\p{Lu}`
fn upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        in_class(&UPPER, c)
    }
}

/// `\p{L}`
fn letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_class(&LETTER, c)
    }
}

/// `[\p{L}\p{M}'’]`
fn word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic() || c == '\''
    } else {
        c == '’' || in_class(&LETTER_OR_MARK, c)
    }
}

/// Where the word of `CAPITAL_WORD` whose capital stands at `at` ends: the capital, then
/// `[\p{L}\p{M}'’]*`, then any number of `-\p{L}[\p{L}\p{M}'’]*`.
fn capital_word_end(text: &str, at: usize) -> usize {
    let mut end = at + text[at..].chars().next().map_or(0, char::len_utf8);
    loop {
        end += text[end..]
            .chars()
            .take_while(|c| word_char(*c))
            .map(char::len_utf8)
            .sum::<usize>();
        let mut next = text[end..].chars();
        match (next.next(), next.next()) {
            (Some('-'), Some(c)) if letter(c) => end += 1 + c.len_utf8(),
            _ => return end,
        }
    }
}

/// Words between capitalised words that keep them one name: `Leger des Heils`, `Hart van
/// Zuid`, `Jeugdfonds Sport & Cultuur`; not `en`, which joins two people.
const JOINERS: &[&str] = &[
    "van", "de", "der", "den", "des", "het", "'t", "&", "op", "aan",
];

/// The word in front of a municipality or court named as the institution.
const INSTITUTION: &[&str] = &[
    "gemeente",
    "rechtbank",
    "gerechtshof",
    "provincie",
    "waterschap",
    "mijn",
    "wethouders",
];

/// Does the word at `start` open a sentence? Nothing but digits, times, dashes, bullets, quotes
/// or emoji before it on its line, or a full stop, colon, question or exclamation mark.
fn opens_sentence(text: &str, start: usize) -> bool {
    // The usual case first: a letter and a space right before the word.
    let mut back = text[..start].chars().rev();
    if back.next() == Some(' ') && back.next().is_some_and(char::is_alphabetic) {
        return false;
    }
    let line_start = text[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let line = &text[line_start..start];
    if !line.chars().any(char::is_alphabetic) {
        return true;
    }
    let last = line
        .trim_end_matches(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '"' | '“' | '‘' | '\'' | '(' | '[' | '-' | '–' | '•' | '*'
                )
        })
        .chars()
        .next_back();
    matches!(last, None | Some('.' | '!' | '?' | ':' | ';' | '…' | '|'))
}

fn deny(w: &str) -> bool {
    let head = w.split('-').next().unwrap_or(w);
    // A street without a number is only personal where someone lives there, which the
    // address rules see (`woont aan de Smaragdstraat`), not as a meeting place.
    crate::places::street_word(w)
        || not_a_name(w)
        || (head.len() < w.len() && not_a_name(head))
        || w.chars().count() < 2
        || w.chars().all(|c| !c.is_lowercase())
        || w.ends_with("dag")
        || w.ends_with("feest")
}

/// The stretches of text that hits cover, sorted, for telling quickly whether a word is taken.
struct Cover {
    starts: Vec<usize>,
    /// The furthest end of the hits up to and including each one.
    ends: Vec<usize>,
}

impl Cover {
    fn new(hits: &[Hit]) -> Cover {
        let mut spans: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
        spans.sort_unstable();
        let mut furthest = 0;
        let ends = spans
            .iter()
            .map(|&(_, e)| {
                furthest = furthest.max(e);
                furthest
            })
            .collect();
        Cover {
            starts: spans.into_iter().map(|(s, _)| s).collect(),
            ends,
        }
    }

    /// Does any hit overlap `[s, e)`?
    fn overlaps(&self, s: usize, e: usize) -> bool {
        let n = self.starts.partition_point(|&start| start < e);
        n > 0 && self.ends[n - 1] > s
    }
}

/// The capitalised words of `text` (the matches of `CAPITAL_WORD`), found once for this module
/// and the word lists.
pub(crate) fn capitals(text: &str) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        // Most bytes are lower-case letters, spaces and punctuation: no word starts there.
        if b.is_ascii() && !b.is_ascii_uppercase() && b != b'\'' {
            at += 1;
            continue;
        }
        let rest = &text[at..];
        let Some(c) = rest.chars().next() else { break };
        let capital = if (rest.starts_with("'s-") || rest.starts_with("'S-"))
            && rest[3..].chars().next().is_some_and(upper)
        {
            at + 3
        } else if upper(c) {
            at
        } else {
            at += c.len_utf8();
            continue;
        };
        let end = capital_word_end(text, capital);
        words.push(Word {
            start: at,
            end,
            text: &text[at..end],
        });
        at = end;
    }
    words
}

/// A word of the text with its byte offsets.
#[derive(Clone, Copy)]
pub(crate) struct Word<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

impl<'a> Word<'a> {
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    fn as_str(&self) -> &'a str {
        self.text
    }
}

pub(crate) fn find(
    text: &str,
    caps: &[Word<'_>],
    lists: Option<&Lists>,
    hits: &[Hit],
    out: &mut Vec<Hit>,
) {
    let cover = Cover::new(hits);
    let covered = |s: usize, e: usize| cover.overlaps(s, e);
    // Runs of capitalised words (with joiners between).
    let mut words = caps.iter().copied().peekable();
    while let Some(m) = words.next() {
        // `Abdelkader's school`, also opening a sentence: a name's possessive.
        if let Some(base) = possessive(text, &m) {
            if !covered(m.start(), m.end()) {
                out.push(Hit::new(m.start(), m.start() + base.len(), Label::Person));
            }
            continue;
        }
        // Cheapest first: most capitals are taken already or open a sentence.
        if covered(m.start(), m.end()) || opens_sentence(text, m.start()) {
            continue;
        }
        let glued = text[..m.start()]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '@' | '.' | '/' | '_'))
            || text[m.end()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '@' | '/' | '_'));
        // A form's field name (`Woonplaats:`) is no name.
        let label_colon = text[m.end()..].starts_with(':');
        if glued || label_colon || deny(m.as_str()) {
            continue;
        }
        let cue = text[..m.start()]
            .trim_end()
            .rsplit([' ', '\n', '\t', '(', '"'])
            .next()
            .unwrap_or("")
            .to_lowercase();
        let before = crate::back(text, m.start(), 24).trim_end();
        if INSTITUTION.contains(&cue.as_str())
            || ["wethouders van", "B en W van", "B&W van"]
                .iter()
                .any(|p| before.ends_with(p))
        {
            continue;
        }
        let mut end = m.end();
        let mut kind = kind_word(m.as_str());
        while let Some(n) = words.peek() {
            let gap = &text[end..n.start()];
            let joined = gap == " "
                || (gap.starts_with(' ')
                    && gap.ends_with(' ')
                    && JOINERS.contains(&gap.trim())
                    && gap.len() <= 5);
            if !joined || deny(n.as_str()) || covered(n.start(), n.end()) {
                break;
            }
            kind |= kind_word(n.as_str());
            end = n.end();
            words.next();
        }
        let s = &text[m.start()..end];
        if national(s) {
            continue;
        }
        let first = m.as_str();
        let label = if kind {
            Label::Org
        } else if let Some(l) = lists
            && (l.is_first_name(first) || l.is_surname(first))
        {
            Label::Person
        } else if lists.is_some_and(|l| l.is_place(s) || l.is_place(first))
            || ["in", "te", "uit", "naar"].contains(&cue.as_str())
        {
            Label::City
        } else if ["bij", "via"].contains(&cue.as_str()) {
            Label::Org
        } else {
            Label::Person
        };
        out.push(Hit::new(m.start(), end, label));
    }
}

/// The name of a possessive (`Abdelkader's school`, `Hamid’s moeder`): a capitalised word
/// ending in a consonant and `'s`, then a word in lower case. Nouns that take `'s` (`Foto's`,
/// `Oma's`, `Auto's`) end in a vowel.
fn possessive<'a>(text: &str, m: &Word<'a>) -> Option<&'a str> {
    let w = m.as_str();
    let base = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))?;
    let last = base.chars().next_back()?;
    let consonant = last.is_ascii_lowercase() && !matches!(last, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut after = text[m.end()..].chars();
    let then_lower = after.next() == Some(' ') && after.next().is_some_and(char::is_lowercase);
    (consonant && then_lower && base.chars().count() >= 3 && !deny(base)).then_some(base)
}

/// Where `needle` occurs in `text`, left to right and not overlapping, as `str::match_indices`
/// finds them: by its first byte, since for a short name in a short text setting up a general
/// substring search took longer than the search.
pub(crate) fn occurrences<'a>(text: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let bytes = text.as_bytes();
    let needle = needle.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let first = *needle.first()?;
        while at + needle.len() <= bytes.len() {
            let i = at + memchr::memchr(first, &bytes[at..])?;
            if bytes[i..].starts_with(needle) {
                at = i + needle.len();
                return Some(i);
            }
            at = i + 1;
        }
        None
    })
}

/// Titles after which a single name is a surname (`mevrouw Zomer`), which may also be an
/// ordinary word at the start of a sentence (`Zomer was …`).
const TITLES: &[&str] = &[
    "mevrouw", "mevr.", "mw.", "mw", "meneer", "mijnheer", "dhr.", "dhr", "heer", "fam.",
    "familie", "gezin", "dr.", "mr.",
];

/// Other mentions of a person found once: `cliënt Tamara Groen` … `Tamara mag …`. A first
/// name (the first word of a longer name, or a name alone that no title announced) counts
/// anywhere, also opening a sentence; a surname only inside a sentence.
pub(crate) fn again(text: &str, hits: &[Hit], out: &mut Vec<Hit>) {
    let mut names: Vec<(&str, bool)> = Vec::new();
    let mut parts: Vec<&str> = Vec::new();
    for h in hits.iter().filter(|h| h.label == Label::Person) {
        let s = &text[h.start..h.end];
        parts.clear();
        parts.extend(s.split([' ', '\n', '\t']).filter(|w| {
            w.chars().count() >= 3
                && !w.contains('.')
                && !w.starts_with('(')
                && w.chars().next().is_some_and(char::is_alphabetic)
        }));
        let cue = text[..h.start]
            .trim_end()
            .rsplit([' ', '\n', '\t'])
            .next()
            .unwrap_or("");
        let titled = crate::lower_in(cue, TITLES);
        for (i, w) in parts.iter().enumerate() {
            let lower = w.starts_with(|c: char| c.is_lowercase());
            if (lower && parts.len() > 1) || deny(w) || crate::words::function_word(w) {
                continue;
            }
            // The surname of a full name counts opening a sentence too (`… Ramdin Sewnath,
            // consulent. Sewnath zou …`); one that a title alone announced does not (`mevrouw
            // Zomer` … `Zomer was …`).
            let surname = parts.len() > 1
                && i + 1 == parts.len()
                && w.chars().count() >= 4
                && w.starts_with(char::is_uppercase)
                && !crate::words::NUMBERED.contains(w);
            let anywhere = (i == 0 && (parts.len() > 1 || !titled)) || surname;
            if !names.iter().any(|(n, a)| n == w && *a >= anywhere) {
                names.push((w, anywhere));
            }
        }
    }
    if names.is_empty() {
        return;
    }
    let cover = Cover::new(hits);
    let covered = |s: usize, e: usize| cover.overlaps(s, e);
    for (name, anywhere) in names {
        for start in occurrences(text, name) {
            let end = start + name.len();
            let glued =
                text[..start].chars().next_back().is_some_and(|c| {
                    c.is_alphanumeric() || matches!(c, '@' | '.' | '/' | '_' | '-')
                }) || text[end..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric() || matches!(c, '@' | '/' | '_' | '-'));
            let verb = [" u ", " je ", " jij ", " ik ", " we ", " ze "]
                .iter()
                .any(|p| text[end..].starts_with(p));
            if glued || verb || covered(start, end) {
                continue;
            }
            if anywhere || !opens_sentence(text, start) {
                out.push(Hit::new(start, end, Label::Person));
            }
        }
    }
}
