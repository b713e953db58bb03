//! De-identification of Dutch free text: e-mails, chat messages, intake notes, contact logs and
//! letters. [`find`] returns the spans of personal data with their labels (those of
//! `shared/deid/INTERFACE.md`), in **Unicode code points**; [`redact`] replaces them with
//! consistent placeholders per document (`[PERSOON-1]`, `[ADRES-1]`, …) for people to read.
//!
//! How it decides, in order of trust:
//! 1. checksums decide identifiers (BSN 11-proef, IBAN mod 97) — a look-alike that fails is left;
//! 2. strict patterns for formats that carry their own evidence (e-mail, URL, phone numbers in
//!    every Dutch notation, postcodes, licence-plate side codes, dates, court case numbers);
//! 3. context (`context`, `places`, `orgs`, `ages`): titles and greetings (`mevrouw X`,
//!    `Beste X`), relations (`mijn zoon Y`, `moeder Z`), roles, form fields, initials,
//!    signatures and sign-offs, chat participants, a name with an age; street + number, a
//!    street where someone lives, places after `wonende te`, a postcode or an address and in
//!    front of a letter's date; organisations by the word for their kind; ages as notes write
//!    them — and lists of what is *not* personal (`words`: laws, national agencies, brands,
//!    countries and languages, departments, amounts, durations, article numbers);
//! 4. word lists (`known`, optional): first names and surnames, also in lower case after a
//!    cue in chats, and places, also of more words;
//! 5. what the hits so far tell about their neighbours: the place after an address, the name
//!    in front of it, the age after a name;
//! 6. last (`proper`), a capitalised word inside a sentence that nothing took (Dutch writes
//!    nouns in lower case, so it is a proper noun), and a first name found once, again.

mod ages;
mod chats;
mod context;
mod cue_starts;
mod functions;
mod ids;
pub mod jsonl;
mod known;
mod lists;
mod names;
mod orgs;
mod patterns;
mod places;
mod proper;
mod redact;
mod streets;
mod words;

pub use functions::{find_for_review, find_functions};
pub use lists::{Lists, ListsError};
pub use redact::{redact, redact_document, redact_spans, redact_with};

/// What a span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Person,
    Address,
    Postcode,
    City,
    Phone,
    Email,
    Url,
    Bsn,
    Iban,
    DateOfBirth,
    Date,
    Age,
    CaseNumber,
    LicensePlate,
    Org,
    /// A job title that points to one person (`teamleider Wmo`): only in the review
    /// ([`find_for_review`]), never from [`find`].
    Function,
}

impl Label {
    /// The label as `shared/deid/INTERFACE.md` writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Address => "ADDRESS",
            Label::Postcode => "POSTCODE",
            Label::City => "CITY",
            Label::Phone => "PHONE",
            Label::Email => "EMAIL",
            Label::Url => "URL",
            Label::Bsn => "BSN",
            Label::Iban => "IBAN",
            Label::DateOfBirth => "DATE_OF_BIRTH",
            Label::Date => "DATE",
            Label::Age => "AGE",
            Label::CaseNumber => "CASE_NUMBER",
            Label::LicensePlate => "LICENSE_PLATE",
            Label::Org => "ORG",
            Label::Function => "FUNCTION",
        }
    }

    /// The Dutch placeholder word for redacted text.
    pub fn placeholder(self) -> &'static str {
        match self {
            Label::Person => "PERSOON",
            Label::Address => "ADRES",
            Label::Postcode => "POSTCODE",
            Label::City => "PLAATS",
            Label::Phone => "TELEFOON",
            Label::Email => "EMAIL",
            Label::Url => "URL",
            Label::Bsn => "BSN",
            Label::Iban => "IBAN",
            Label::DateOfBirth => "GEBOORTEDATUM",
            Label::Date => "DATUM",
            Label::Age => "LEEFTIJD",
            Label::CaseNumber => "DOSSIERNUMMER",
            Label::LicensePlate => "KENTEKEN",
            Label::Org => "ORGANISATIE",
            Label::Function => "FUNCTIE",
        }
    }

    /// Which label wins when two spans overlap: identifiers proven by a checksum first.
    fn rank(self) -> u8 {
        match self {
            Label::Iban | Label::Bsn => 0,
            Label::Email | Label::Url => 1,
            Label::Phone | Label::LicensePlate => 2,
            Label::DateOfBirth => 3,
            Label::Date | Label::Postcode => 4,
            Label::CaseNumber => 5,
            Label::Address => 6,
            Label::Org => 7,
            Label::Person => 8,
            Label::City => 9,
            Label::Age => 10,
            Label::Function => 11,
        }
    }
}

/// A found span: `[start, end)` in Unicode code points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub label: Label,
}

/// A span in byte offsets, as the detectors find them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub label: Label,
}

impl Hit {
    pub(crate) fn new(start: usize, end: usize, label: Label) -> Hit {
        Hit { start, end, label }
    }
}

/// Compiles one of the crate's own patterns (a bad one is a bug, caught by every test). A
/// roomier lazy-DFA cache than the default: the Unicode classes make many states, and a cache
/// that keeps filling up is thrown away and built again. On realistic text (the second
/// independent set) 8 MB kept filling up for the people's cues (`context`): two thirds of the
/// time went into building states again; with 64 MB a stream of 20,000 such documents took a
/// seventh of the time. The cache only grows as far as the text needs (about 50 MB resident for
/// the whole process).
pub(crate) fn re(s: &str) -> regex::Regex {
    regex::RegexBuilder::new(s)
        .dfa_size_limit(64 << 20)
        .build()
        .unwrap_or_else(|e| panic!("pattern {s}: {e}"))
}

/// A pattern that matches where any of `words` stands: one search for all of them (the engine
/// looks for a set of words at once) instead of a `str::contains` per word.
pub(crate) fn any_of(words: &[&str]) -> regex::Regex {
    let escaped: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    re(&escaped.join("|"))
}

/// A pattern's alternatives of words, each in lower case or with a capital first letter:
/// `mevrouw|dhr\.` → `(?:[Mm]evrouw|[Dd]hr\.)`. The engine searches for such words first,
/// which it cannot do for a case-blind `(?i)` list of words; that was 3–4 times slower.
pub(crate) fn either_case(alternatives: &str) -> String {
    let mut out = String::from("(?:");
    let mut depth = 0usize;
    let mut at_start = true;
    let mut escaped = false;
    for c in alternatives.chars() {
        if at_start && c.is_ascii_lowercase() {
            out.push('[');
            out.push(c.to_ascii_uppercase());
            out.push(c);
            out.push(']');
            at_start = false;
            continue;
        }
        at_start = false;
        out.push(c);
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' => escaped = true,
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            '|' if depth == 0 => at_start = true,
            _ => {}
        }
    }
    out.push(')');
    out
}

/// The up to `n` bytes of `text` before `pos`, cut at a character boundary.
pub(crate) fn back(text: &str, pos: usize, n: usize) -> &str {
    let mut from = pos.saturating_sub(n);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    text.get(from..pos).unwrap_or("")
}

/// Calls `f` with `w` in lower case, as `str::to_lowercase` writes it, without allocating for
/// the usual short ASCII word.
pub(crate) fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 48];
    if w.is_ascii() && w.len() <= buf.len() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        if let Ok(l) = std::str::from_utf8(b) {
            return f(l);
        }
    }
    f(&w.to_lowercase())
}

/// Is `w` in lower case (as `str::to_lowercase` writes it) one of the lower-case ASCII `words`?
pub(crate) fn lower_in(w: &str, words: &[&str]) -> bool {
    if w.is_ascii() {
        words.iter().any(|x| x.eq_ignore_ascii_case(w))
    } else {
        with_lower(w, |l| words.contains(&l))
    }
}

/// The group of a match of `cue[ \t]+(group)`, where the cue holds no space or tab: what
/// follows the first run of them (found without asking the engine for the group, which costs a
/// second search).
pub(crate) fn after_first_gap(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str();
    let gap = s.find([' ', '\t']).unwrap_or(s.len());
    let rest = s[gap..].trim_start_matches([' ', '\t']);
    (m.end() - rest.len(), m.end())
}

/// The group of a match of `…[ \t]+(group)`, where the group holds no space or tab: what
/// follows the last one.
pub(crate) fn after_last_gap(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str();
    let from = s.rfind([' ', '\t']).map_or(0, |i| i + 1);
    (m.start() + from, m.end())
}

/// Finds the personal data in `text`: spans sorted by start, not overlapping.
pub fn find(text: &str) -> Vec<Span> {
    find_with(text, None)
}

/// Like [`find`], with word lists for names and places that no context announces.
pub fn find_with(text: &str, lists: Option<&Lists>) -> Vec<Span> {
    let hits = detect(text, lists);
    let hits = names::whole(text, resolve(text, hits));
    to_code_points(text, &hits)
}

/// Every detector, in order: formats, context, word lists, what the hits so far tell about
/// their neighbours (the place after an address, the age after a name), and last the
/// capitalised words inside a sentence that nothing else took.
fn detect(text: &str, lists: Option<&Lists>) -> Vec<Hit> {
    let mut hits = Vec::new();
    patterns::find(text, &mut hits);
    context::find(text, &mut hits);
    places::find(text, &mut hits);
    orgs::find(text, &mut hits);
    ages::find(text, &mut hits);
    streets::find(text, &mut hits);
    let caps = proper::capitals(text);
    if let Some(l) = lists {
        known::find(text, &caps, l, &mut hits);
    }
    let mut more = Vec::new();
    places::around(text, &hits, &mut more);
    context::around(text, &hits, &mut more);
    hits.append(&mut more);
    ages::after_people(text, &hits, &mut more);
    hits.append(&mut more);
    proper::find(text, &caps, lists, &hits, &mut more);
    hits.append(&mut more);
    proper::again(text, &hits, &mut more);
    hits.append(&mut more);
    hits
}

/// Time spent per detector over `docs` (with the word lists, if given) and in resolving, for
/// tuning; not an API.
#[doc(hidden)]
pub fn stage_times(
    docs: &[String],
    lists: Option<&Lists>,
) -> Vec<(&'static str, std::time::Duration)> {
    type Stage = fn(&str, &mut Vec<Hit>);
    let stages: [(&'static str, Stage); 6] = [
        ("patterns", patterns::find),
        ("people", context::find),
        ("places", places::find),
        ("organisations", orgs::find),
        ("ages", ages::find),
        ("streets", streets::find),
    ];
    let mut t = vec![std::time::Duration::ZERO; stages.len() + 4];
    for d in docs {
        let mut hits = Vec::new();
        for (i, (_, stage)) in stages.iter().enumerate() {
            let a = std::time::Instant::now();
            stage(d, &mut hits);
            t[i] += a.elapsed();
        }
        let a = std::time::Instant::now();
        let caps = proper::capitals(d);
        if let Some(l) = lists {
            known::find(d, &caps, l, &mut hits);
        }
        t[stages.len()] += a.elapsed();
        let a = std::time::Instant::now();
        let mut more = Vec::new();
        places::around(d, &hits, &mut more);
        context::around(d, &hits, &mut more);
        hits.append(&mut more);
        ages::after_people(d, &hits, &mut more);
        hits.append(&mut more);
        t[stages.len() + 1] += a.elapsed();
        let a = std::time::Instant::now();
        proper::find(d, &caps, lists, &hits, &mut more);
        hits.append(&mut more);
        proper::again(d, &hits, &mut more);
        hits.append(&mut more);
        t[stages.len() + 2] += a.elapsed();
        let a = std::time::Instant::now();
        let hits = names::whole(d, resolve(d, hits));
        let _ = to_code_points(d, &hits);
        t[stages.len() + 3] += a.elapsed();
    }
    let names = stages.iter().map(|(n, _)| *n).chain([
        "capitals and word lists",
        "neighbours",
        "proper nouns",
        "resolving",
    ]);
    names.zip(t).collect()
}

/// Drops empty hits and, where hits overlap, keeps the stronger (then the longer) one.
fn resolve(text: &str, mut hits: Vec<Hit>) -> Vec<Hit> {
    hits.retain(|h| {
        h.start < h.end
            && h.end <= text.len()
            && text.is_char_boundary(h.start)
            && text.is_char_boundary(h.end)
    });
    hits.sort_by_key(|h| (h.label.rank(), std::cmp::Reverse(h.end - h.start), h.start));
    let mut kept: Vec<Hit> = Vec::new();
    for mut h in hits {
        // A weaker hit that runs into a stronger one keeps its part outside it ("dhr. Piet
        // Bos" before "Dagbesteding De Boomgaard"); one inside a stronger hit goes.
        for k in &kept {
            if h.start < k.start && h.end > k.start && h.end <= k.end {
                h.end = text[..k.start]
                    .trim_end_matches([' ', ','])
                    .len()
                    .max(h.start);
                while h.end > h.start && text[..h.end].ends_with([' ', ',']) {
                    h.end -= 1;
                }
                // Drop a dangling particle ("van") left at the end.
                for p in [" van", " de", " der", " den", " het", " bij", " met"] {
                    if text[h.start..h.end].ends_with(p) {
                        h.end -= p.len();
                    }
                }
            } else if h.start >= k.start && h.start < k.end && h.end > k.end {
                h.start = k.end;
                while h.start < h.end && text[h.start..].starts_with([' ', ',']) {
                    h.start += 1;
                }
            }
        }
        if h.start < h.end && kept.iter().all(|k| h.end <= k.start || h.start >= k.end) {
            kept.push(h);
        }
    }
    kept.sort_by_key(|h| h.start);
    kept
}

/// The hits (at character boundaries) in code points: counted from one offset to the next, as
/// they come sorted.
fn to_code_points(text: &str, hits: &[Hit]) -> Vec<Span> {
    let mut byte = 0;
    let mut chars = 0;
    let mut count_to = |to: usize| {
        if to < byte {
            (byte, chars) = (0, 0);
        }
        chars += text.get(byte..to).map_or(0, |s| s.chars().count());
        byte = to;
        chars
    };
    hits.iter()
        .map(|h| Span {
            start: count_to(h.start),
            end: count_to(h.end),
            label: h.label,
        })
        .collect()
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_context;
#[cfg(test)]
mod tests_lists;
#[cfg(test)]
mod tests_names;
#[cfg(test)]
mod tests_same;
