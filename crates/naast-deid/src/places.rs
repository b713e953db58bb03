//! Where people live: street + house number (by the street's suffix, or after a cue such as
//! `adres:` or `woont`, or in front of a postcode), a bare street where someone lives, and
//! places after `wonende te`, a postcode, an address, or in front of a letter's date.

use crate::words::not_a_name;
use crate::{Hit, Label};
use crate::{either_case, re};
use regex::Regex;
use std::sync::LazyLock;

/// What may follow a house number: `12a`, `12 a`, `21-huis`, `9-3`, `4-III`, `15-B`, `14/3`,
/// `2 bis`, `12hs`.
const ADDITION: &str = r"(?:[ \-]?(?:bis|hs|huis|boven|bv|rd|zw)(?-u:\b)|-[IVX]{1,4}(?-u:\b)|\s?-\s?\d{1,4}(?-u:\b)|\s?-\s?[A-Za-z](?-u:\b)|/\d{1,4}(?-u:\b)|\s?[a-zA-Z](?-u:\b))?";

/// Street suffixes that are hardly ever the end of an ordinary noun: enough for a street in
/// lower case (`orthenseweg 114`), where `uitkering 2` must not be one.
const STRONG: &[&str] = &[
    "straat",
    "laan",
    "weg",
    "plein",
    "gracht",
    "kade",
    "singel",
    "dijk",
    "steeg",
    "dreef",
    "allee",
    "plantsoen",
    "boulevard",
];

pub(crate) static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|park|dreef|markt|baan|ring|allee|erf|wal|boulevard|hoek|oord|poort|plantsoen|dam|haven|veste|kant|zijde|burcht|staete|akker|wei|wijk|donk|rode|hoeve)(?:-(?:Oost|West|Noord|Zuid))?[ \t\x{{a0}}]+\d{{1,5}}{ADDITION}"
    ))
});
/// A street of capitalised words (with particles: `Hart van Zuid`, `Burgemeester de With`).
const STREET: &str = r"(?:ul\.\s)?\p{Lu}[\p{L}'’.\-]*(?:[ \t](?:van|de|der|den|het|op|aan|'t|\p{Lu}[\p{L}'’.\-]*)){0,4}";

/// A street + number after a cue (`Adres:`, `woont`, `Waar:`), whatever its suffix:
/// `Hart van Zuid 1120`, `Poelenburg 210`.
pub(crate) static ADDRESS_CUED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b){}(?:[ \t]*:|[ \t]+(?:op|aan)(?:[ \t]+de|[ \t]+het)?)?[ \t]+({STREET}[ \t]\d{{1,5}}{ADDITION})",
        either_case(
            r"woonadres|adres|straat\s*(?:\+|en)\s*huisnummer|waar|woont|wonen|woon|wonende|woonachtig"
        )
    ))
});
/// What the cues of `ADDRESS_CUED` contain, whatever the case of their first letter.
const ADDRESS_CUE_STEMS: &[&str] = &["dres", "uisnummer", "aar", "oon", "onen"];
/// A street + number right in front of a postcode, whatever its suffix: `Markt 9⏎4331 LK`.
/// Matched on the text before each postcode, so it is only looked for where one is.
pub(crate) static ADDRESS_BEFORE_POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"({STREET}[ \t]\d{{1,5}}{ADDITION}),?[ \t]*\n?[ \t]*$"
    ))
});
/// A Polish address (`ul.` is `ulica`, street): `ul. Ogrodowa 14/3`.
static ULICA: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u:\b)ul\.\s\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?\s\d{1,5}(?:/\d{1,4}|\s?[a-zA-Z](?-u:\b))?")
});
/// A street without a number where someone lives: `woont aan de Smaragdstraat`,
/// `een woonboot aan de Amstelkade` (not `het wijkcentrum aan de Wilhelminastraat`).
static BARE_STREET: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b){}(?-u:\b)[^.\n]{{0,40}}?(?-u:\b)(?:aan|op|in)\s+(?:de|het)\s+((?:\p{{Lu}}[\p{{L}}'’.]*\s){{0,2}}\p{{Lu}}\p{{L}}*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|allee|hof|park|markt|pad|ring|baan|wal))(?-u:\b)",
        either_case(r"woon\p{L}*|woning|huis|wonende|adres")
    ))
});
static NAME_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^\s*(?:{}\s+)?{}\s*$",
        either_case(r"mevrouw|mevr\.|dhr\.|de heer|heer|familie|fam\."),
        crate::context::NAME
    ))
});
/// A place: capitalised words, also `'s-Hertogenbosch` and `Bergen op Zoom`.
const PLACE: &str = r"(?:'s[\-\s]|['’]t\s)?\p{Lu}[\p{L}'’\-]+(?:[ \-](?:aan\s+(?:de|den|het)\s+|op\s+|en\s+|bij\s+)?\p{Lu}[\p{L}'’\-]+){0,2}";

pub(crate) static LIVES_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b){}\s+({PLACE})",
        either_case(
            r"wonende\s+(?:te|in)|woonachtig\s+(?:te|in)|woont\s+in|wonen\s+in|woon\s+in|ik\s+woon|verhuisd\s+naar|verhuist\s+naar|verhuizen\s+naar|verhuis\s+naar|geboren\s+(?:in|te)|afkomstig\s+uit|uit\s+het\s+dorp|kom\s+uit|komt\s+uit|woonplaats\s*:?|vestigingsplaats\s*:?|plaats\s*:|locatie|regio"
        )
    ))
});
/// What the cues of `LIVES_IN` contain, whatever the case of their first letter.
const LIVES_IN_STEMS: &[&str] = &[
    "onen",
    "oonachtig",
    "oont",
    "oon ",
    "erhui",
    "ebore",
    "fkomst",
    "dorp",
    "om uit",
    "omt uit",
    "laats",
    "ocatie",
    "egio",
];
/// `van Helmond naar Deurne`: both are places (or people, which are personal data too).
static FROM_TO: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?-u:\b)van\s+({PLACE})\s+naar\s+({PLACE})")));
/// The place right after a postcode, matched on the text after each one.
pub(crate) static AFTER_POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^\s{{1,2}}({PLACE}|[\p{{Ll}}][\p{{L}}'’\-]{{2,}})"
    ))
});
/// After an address: `Lindenlaan 4, Wageningen`, `… 14 in Brielle`, or the next line alone.
pub(crate) static PLACE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?:,[ \t]*|[ \t]+(?:in|te)[ \t]+|[ \t]*\n[ \t]*)({PLACE})(?:[ \t]*(?:[,.;:)\n]|$))"
    ))
});
/// In front of a letter's date: `Enschede, 23 mei 2025` on a line of its own.
pub(crate) static PLACE_BEFORE_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?:^|\n)[ \t]*({PLACE}),[ \t]*$")));
/// Words that follow a postcode or an address line and are no place.
const NOT_PLACES: &[&str] = &[
    "Postbus",
    "Telefoon",
    "Tel",
    "Woonplaats",
    "Plaats",
    "Land",
    "Nederland",
    "Geboortedatum",
    "Geboren",
    "Datum",
    "Betreft",
    "Onderwerp",
    "Kenmerk",
    "Email",
    "E-mail",
    "Mail",
    "Mobiel",
    "BSN",
    "Afdeling",
    "Postcode",
    "Huisnummer",
];

/// Where the cues of `ADDRESS_CUED`, of `BARE_STREET` and of `LIVES_IN` may stand: patterns
/// that are only tried where one does.
static ADDRESS_CUE_GATE: LazyLock<Regex> = LazyLock::new(|| crate::any_of(ADDRESS_CUE_STEMS));
static HOME_GATE: LazyLock<Regex> =
    LazyLock::new(|| crate::any_of(&["woon", "Woon", "woning", "huis", "adres", "Adres", "WOON"]));
static LIVES_IN_GATE: LazyLock<Regex> = LazyLock::new(|| crate::any_of(LIVES_IN_STEMS));

/// The groups of these patterns, read off their matches (a search for groups costs a second
/// search); `tests_same` holds each to its pattern.
///
/// The suffix of `ADDRESS`, which opens the match: up to the `-` or space after it.
pub(crate) fn address_suffix(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str();
    let end = s.find(['-', ' ', '\t', '\u{a0}']).unwrap_or(s.len());
    (m.start(), m.start() + end)
}

/// The street of `ADDRESS_BEFORE_POSTCODE`: the match without the comma, spaces and line break
/// at its end (the street ends in its number or a letter).
pub(crate) fn street_before_postcode(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str().trim_end_matches([',', ' ', '\t', '\n']);
    (m.start(), m.start() + s.len())
}

/// Where in `m` the first character after its first one (a cue's letter, of either case) stands
/// that is none of the cue's: a lower-case letter, a space, or one of `also`.
fn after_cue(m: &regex::Match<'_>, also: &[char]) -> usize {
    let s = m.as_str();
    let first = s.chars().next().map_or(0, char::len_utf8);
    let rest = &s[first..];
    let at = rest
        .find(|c: char| !(c.is_ascii_lowercase() || c.is_whitespace() || also.contains(&c)))
        .unwrap_or(rest.len());
    m.start() + first + at
}

/// The street of `ADDRESS_CUED`: after the cue (words in lower case, spaces, `:` and `+`); a
/// street opens with a capital, or with `ul.` (whose `.` the cue never has).
pub(crate) fn cued_street(m: &regex::Match<'_>) -> (usize, usize) {
    let at = after_cue(m, &[':', '+']);
    let ulica = m.as_str()[at - m.start()..].starts_with('.');
    (if ulica { at - "ul".len() } else { at }, m.end())
}

/// The place of `LIVES_IN`: after the cue (words in lower case, spaces and `:`); a place opens
/// with a capital or an apostrophe.
pub(crate) fn place_lived_in(m: &regex::Match<'_>) -> (usize, usize) {
    (after_cue(m, &[':']), m.end())
}

/// The place of `AFTER_POSTCODE`: after the spaces.
pub(crate) fn place_after_postcode(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str();
    (m.end() - s.trim_start().len(), m.end())
}

/// The place of `PLACE_AFTER`: after the comma, spaces, line break or `in`/`te` in front (a
/// place opens with a capital or an apostrophe), without the spaces and punctuation after it.
pub(crate) fn place_after_address(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str();
    let start = s
        .find(|c: char| !matches!(c, ',' | ' ' | '\t' | '\n' | 'i' | 'n' | 't' | 'e'))
        .unwrap_or(s.len());
    let end = s
        .trim_end_matches([' ', '\t', ',', '.', ';', ':', ')', '\n'])
        .len()
        .max(start);
    (m.start() + start, m.start() + end)
}

/// The place of `PLACE_BEFORE_DATE`: after the line break and spaces, up to the comma.
pub(crate) fn place_before_date(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str();
    let start = s.len() - s.trim_start_matches(['\n', ' ', '\t']).len();
    let end = s.rfind(',').unwrap_or(s.len()).max(start);
    (m.start() + start, m.start() + end)
}

/// Does the word end in a street's suffix (`Wilhelminastraat`, `Amstelkade`)?
pub(crate) fn street_word(w: &str) -> bool {
    STRONG
        .iter()
        .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
}

fn place_ok(s: &str) -> bool {
    let first = s.split([' ', '-']).next().unwrap_or("");
    !not_a_name(first) && !NOT_PLACES.contains(&first) && !crate::words::national(s)
}

/// Addresses and the places that context marks.
pub(crate) fn find(text: &str, out: &mut Vec<Hit>) {
    let digits = text.bytes().any(|b| b.is_ascii_digit());
    if digits {
        addresses(text, out);
        if text.contains("ul.") {
            for m in ULICA.find_iter(text) {
                out.push(Hit::new(m.start(), m.end(), Label::Address));
            }
        }
        // Only where a postcode was found, or a cue's word stands.
        let mut streets: Vec<(usize, usize)> = Vec::new();
        let cued = ADDRESS_CUE_GATE.is_match(text);
        for m in ADDRESS_CUED.find_iter(if cued { text } else { "" }) {
            streets.push(cued_street(&m));
        }
        let postcodes: Vec<(usize, usize)> = out
            .iter()
            .filter(|h| h.label == Label::Postcode)
            .map(|h| (h.start, h.end))
            .collect();
        for &(start, end) in &postcodes {
            let before = crate::back(text, start, 80);
            let offset = start - before.len();
            if let Some(m) = ADDRESS_BEFORE_POSTCODE.find(before) {
                let (s, e) = street_before_postcode(&m);
                streets.push((offset + s, offset + e));
            }
            let after = &text[end..];
            if let Some(m) = AFTER_POSTCODE.find(after) {
                let (from, to) = place_after_postcode(&m);
                let s = &after[from..to];
                let lower = s.starts_with(|c: char| c.is_lowercase()) && !s.starts_with("'s");
                if !(lower && crate::words::function_word(s)) && place_ok(s) {
                    out.push(Hit::new(end + from, end + to, Label::City));
                }
            }
        }
        for (start, end) in streets {
            let s = &text[start..end];
            let first = s.split(' ').next().unwrap_or("");
            if !not_a_name(first)
                && !["Postbus", "Antwoordnummer"].contains(&first)
                && !number_goes_on(text, end)
            {
                out.push(Hit::new(start, end, Label::Address));
            }
        }
    }
    let home = HOME_GATE.is_match(text);
    for c in BARE_STREET.captures_iter(if home { text } else { "" }) {
        if let Some(g) = c.get(1) {
            out.push(Hit::new(g.start(), g.end(), Label::Address));
        }
    }
    let lives = LIVES_IN_GATE.is_match(text);
    for m in LIVES_IN.find_iter(if lives { text } else { "" }) {
        let (start, end) = place_lived_in(&m);
        if place_ok(&text[start..end]) {
            out.push(Hit::new(start, end, Label::City));
        }
    }
    if text.contains("naar") {
        for c in FROM_TO.captures_iter(text) {
            for g in [c.get(1), c.get(2)].into_iter().flatten() {
                if place_ok(g.as_str()) {
                    out.push(Hit::new(g.start(), g.end(), Label::City));
                }
            }
        }
    }
}

/// A number followed by `.5` or `,50` is an amount or a version (`Zorgpad 2.0`), no address.
fn number_goes_on(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    rest.starts_with(['.', ','])
        && rest
            .get(1..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// Street + number by the street's suffix; the street's name is found walking back from it.
fn addresses(text: &str, out: &mut Vec<Hit>) {
    for m in ADDRESS.find_iter(text) {
        let (s, e) = address_suffix(&m);
        let suffix = &text[s..e];
        if number_goes_on(text, m.end()) {
            continue;
        }
        // The street name: the letters glued to the suffix, then up to four capitalised
        // words (with particles) before it ("Burg. Saletlaan", "Burgemeester de Withstraat").
        let head = &text[..m.start()];
        let glued = head
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
            .last()
            .map(|(b, _)| b)
            .unwrap_or(m.start());
        if glued == m.start() && !head.ends_with(|c: char| c.is_alphabetic()) {
            // A bare suffix ("weg 12") is not a street.
            if !text[m.start()..].starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
        }
        let lower = !text[glued..].starts_with(|c: char| c.is_uppercase());
        if lower && !STRONG.contains(&suffix) {
            continue;
        }
        let start = if lower {
            glued
        } else {
            street_start(text, glued)
        };
        if start < m.end() {
            out.push(Hit::new(start, m.end(), Label::Address));
            name_line_above(text, start, out);
        }
    }
}

/// Walks back from the word at `glued` over up to four capitalised words and particles.
fn street_start(text: &str, glued: usize) -> usize {
    let mut start = glued;
    let mut candidate = glued;
    for _ in 0..4 {
        let before = text[..candidate].trim_end_matches(' ');
        if before.len() + 1 != candidate {
            break;
        }
        let word_start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic() || matches!(c, '.' | '\'' | '’'))
            .last()
            .map(|(b, _)| b)
            .unwrap_or(before.len());
        let word = &before[word_start..];
        if word.is_empty() {
            break;
        }
        if ["de", "van", "der", "den", "het", "'t", "op", "aan"].contains(&word) {
            candidate = word_start;
            continue;
        }
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        if !capital
            || (not_a_name(word) && !["Van", "De", "Den", "Het"].contains(&word))
            || ["Adres", "Straat", "Woont", "Wonen", "Waar", "Postbus"].contains(&word)
        {
            break;
        }
        candidate = word_start;
        start = word_start;
    }
    start
}

/// A letter's heading: the line above an address line is the addressee's name.
fn name_line_above(text: &str, start: usize, out: &mut Vec<Hit>) {
    let line_start = text[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
    if line_start != start || start == 0 {
        return;
    }
    let prev_end = start - 1;
    let prev_start = text[..prev_end].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let line = text[prev_start..prev_end].trim_end_matches('\r');
    if let Some(c) = NAME_LINE.captures(line)
        && let Some(g) = c.get(1)
        && !not_a_name(g.as_str().split(' ').next().unwrap_or(""))
    {
        out.push(Hit::new(
            prev_start + g.start(),
            prev_start + g.end(),
            Label::Person,
        ));
    }
}

/// What the hits found so far tell about their neighbours: the place after an address, the
/// place in front of a letter's date.
pub(crate) fn around(text: &str, hits: &[Hit], out: &mut Vec<Hit>) {
    for h in hits {
        match h.label {
            Label::Address => {
                let rest = text.get(h.end..).unwrap_or("");
                if let Some(m) = PLACE_AFTER.find(rest) {
                    let (s, e) = place_after_address(&m);
                    if place_ok(&rest[s..e]) {
                        out.push(Hit::new(h.end + s, h.end + e, Label::City));
                    }
                }
            }
            Label::Date | Label::DateOfBirth => {
                let line_start = text[..h.start].rfind('\n').map(|i| i + 1).unwrap_or(0);
                let before = &text[line_start..h.start];
                if let Some(m) = PLACE_BEFORE_DATE.find(before) {
                    let (s, e) = place_before_date(&m);
                    if place_ok(&before[s..e]) {
                        out.push(Hit::new(line_start + s, line_start + e, Label::City));
                    }
                }
            }
            _ => {}
        }
    }
}
