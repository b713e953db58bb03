//! Whole names, after the detectors and the resolving of overlaps: a name is one span with its
//! particles, initials and double surnames (`Henk de Boer`, `mevrouw Van den Heuvel-de Vries`,
//! `Jan van der Berg`, `Ş. Yılmaz`, `Lotte op den Kamp`, `Rania Al-Jasem`), not a first name here
//! and a surname there. Also: two findings with only particles between them are one name
//! (`Kinderdagcentrum` + `Het` + `Zonnetje`, `Alphen` + `aan den` + `Rijn`); an organisation
//! does not take in a function word that opens a sentence (`Ook Zorg…`, `Maar`, `Toen`) and
//! does not stop inside a word; a street that a name-like finding turned out to be takes its
//! house number and the words of its name in front (`Mr. Troelstraweg`, `Akkerwinde 16-4`).

use crate::words::{function_word, national, not_a_name};
use crate::{Hit, Label};

/// Particles inside Dutch (and Arabic, French, German) surnames.
const PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "ter", "ten", "te", "'t", "het", "op", "in", "aan", "von", "da",
    "du", "le", "la", "el", "al", "bin", "ben", "ait", "abu", "di", "del", "dos", "das",
];

/// Words that stand in front of a name without being part of it (titles, forms of address,
/// roles), in lower case without a final dot.
const BEFORE_NAMES: &[&str] = &[
    "mevrouw",
    "mevr",
    "mw",
    "meneer",
    "mijnheer",
    "dhr",
    "heer",
    "hr",
    "mr",
    "dr",
    "drs",
    "ir",
    "ing",
    "prof",
    "juf",
    "meester",
    "fam",
    "familie",
    "gezin",
    "beste",
    "geachte",
    "hoi",
    "hallo",
    "hey",
    "hi",
    "dag",
    "lieve",
    "cliënt",
    "client",
    "melder",
    "ouder",
    "kind",
    "partner",
    "moeder",
    "vader",
    "zoon",
    "dochter",
    "consulent",
    "wijkcoach",
    "jobcoach",
    "casemanager",
    "teamleider",
    "bewindvoerder",
    "begeleider",
    "huisarts",
    "aanwezig",
    "namens",
    "van",
    "aan",
    "cc",
    "tel",
    "telefoon",
    "adres",
    "naam",
    "geboren",
    "met",
    "groet",
    "groeten",
    "uit",
    "inwoner",
    "inwoonster",
    "bewoner",
    "bewoonster",
    "aanvrager",
    "aanvraagster",
    "verzoeker",
    "verzoekster",
    "belanghebbende",
    "patiënt",
    "patient",
    "huurder",
    "klant",
    "mentor",
    "collega",
    "medewerker",
    "medewerkster",
    "contactpersoon",
    "klantmanager",
    "hulpverlener",
    "begeleidster",
    "behandelaar",
    "dokter",
    "arts",
    "verpleegkundige",
    "coördinator",
    "jurist",
    "advocaat",
    "leerkracht",
    "docent",
    "gezinscoach",
    "buurman",
    "buurvrouw",
    "oma",
    "opa",
    "broer",
    "zus",
    "ondersteuner",
    "intake",
    "notitie",
    "gesprek",
    "betreft",
    "onderwerp",
    "datum",
];

/// Street words that end a street's name without a number after it (`Troelstraweg`); with a
/// house number after it any name-like word is a street (`Akkerwinde 16-4`).
const STREET_ENDS: &[&str] = &[
    "straat", "weg", "laan", "plein", "kade", "gracht", "singel", "steeg", "dreef",
];

/// Words in front of a street's name that belong to it (`Mr. Troelstraweg`, `Prins
/// Bernhardlaan`, `Oude Kijk in 't Jatstraat`), as written.
const STREET_STARTS: &[&str] = &[
    "Mr.",
    "Dr.",
    "Prof.",
    "Burg.",
    "Burgemeester",
    "St.",
    "Sint",
    "Prins",
    "Prinses",
    "Koning",
    "Koningin",
    "Graaf",
    "Oude",
    "Nieuwe",
    "Korte",
    "Lange",
    "Hoge",
    "Lage",
    "Groot",
    "Klein",
    "Van",
    "De",
    "Het",
    "Den",
    "Ter",
];

fn is_particle(w: &str) -> bool {
    PARTICLES.contains(&w)
}

/// A capitalised word that can be part of a name: a capital then letters (a hyphen inside,
/// `Al-Hassan`), not a known non-name, function word, title or national agency.
fn name_word(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() || w.chars().count() < 2 {
        return false;
    }
    if !w
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    {
        return false;
    }
    crate::with_lower(w, |l| {
        !function_word(l) && !BEFORE_NAMES.contains(&l) && !is_particle(l)
    }) && !not_a_name(w)
        && !national(w)
}

/// A particle without a capital: `de`, `op`, `'t`.
fn lower_particle(w: &str) -> bool {
    is_particle(w) && !w.chars().any(char::is_uppercase)
}

/// A capital, then at least one more letter, nothing but letters and apostrophes.
fn capitalised(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && w.chars().count() >= 2
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’'))
}

/// Initials: `J.`, `I.H.`, `Ł.K.`.
fn initials(w: &str) -> bool {
    let mut chars = w.chars().peekable();
    let mut n = 0;
    while let Some(c) = chars.next() {
        if !c.is_uppercase() || chars.next() != Some('.') {
            return false;
        }
        n += 1;
    }
    n > 0
}

/// The word (letters, `.`, `'`, `’`) that ends right before byte `at` and where it starts.
fn word_before(text: &str, at: usize) -> (usize, &str) {
    let s = &text[..at];
    let from = s
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || matches!(c, '.' | '\'' | '’'))
        .last()
        .map_or(at, |(i, _)| i);
    (from, &text[from..at])
}

/// The word (letters, `.`, `'`, `’`) that starts at byte `at` and where it ends.
pub(crate) fn word_after(text: &str, at: usize) -> (usize, &str) {
    let s = &text[at..];
    let len = s
        .find(|c: char| !(c.is_alphabetic() || matches!(c, '.' | '\'' | '’')))
        .unwrap_or(s.len());
    (at + len, &text[at..at + len])
}

/// Hits sorted by start and not overlapping, made whole.
pub(crate) fn whole(text: &str, mut hits: Vec<Hit>) -> Vec<Hit> {
    for i in 0..hits.len() {
        if hits[i].label == Label::Org {
            fix_org(text, &mut hits, i);
        }
    }
    let mut hits = merge(text, hits);
    for i in 0..hits.len() {
        match hits[i].label {
            Label::Person => extend_person(text, &mut hits, i),
            Label::Address => extend_street(text, &mut hits, i),
            _ => {}
        }
    }
    for i in 0..hits.len() {
        if matches!(hits[i].label, Label::Person) {
            street_number(text, &mut hits, i);
        }
    }
    let mut hits = merge(text, hits);
    for i in 0..hits.len() {
        if hits[i].label == Label::Org {
            let (_, hi) = room(text, &hits, i);
            org_suffix(text, &mut hits[i], hi);
        }
    }
    hits
}

/// Where the hit before `i` ends (or 0) and where the one after it starts (or the end).
fn room(text: &str, hits: &[Hit], i: usize) -> (usize, usize) {
    let lo = if i > 0 { hits[i - 1].end } else { 0 };
    let hi = hits.get(i + 1).map_or(text.len(), |h| h.start);
    (lo, hi)
}

/// An organisation does not open with a function word (`Ook`, `Maar`, `Toen`; an article may
/// belong to its name) and does not end inside a word (`Zorg` of `Zorgaanbieder`).
fn fix_org(text: &str, hits: &mut [Hit], i: usize) {
    let (_, hi) = room(text, hits, i);
    let h = &mut hits[i];
    let (first_end, first) = word_after(text, h.start);
    let rest = text
        .get(first_end..h.end)
        .unwrap_or("")
        .trim_start_matches(' ');
    // A particle inside a sentence opens the name (`over aan Van Rijn Bewind`).
    let inside = text[..h.start]
        .trim_end_matches(' ')
        .ends_with(|c: char| c.is_lowercase() || c == ',');
    let article = matches!(first, "De" | "Het" | "'t" | "'T")
        || (inside && matches!(first, "Van" | "Ter" | "Ten" | "Den"));
    if !article
        && !rest.is_empty()
        && text[first_end..].starts_with(' ')
        && crate::with_lower(first, function_word)
    {
        h.start = h.end - rest.len();
    }
    if text[..h.end].ends_with(char::is_alphabetic) {
        let (end, w) = word_after(text, h.end);
        let end = end - (w.len() - w.trim_end_matches('.').len());
        if end <= hi {
            h.end = end;
        }
    }
    org_suffix(text, h, hi);
}

/// `B.V.`, `BV` or `VOF` after an organisation's name belongs to it.
fn org_suffix(text: &str, h: &mut Hit, hi: usize) {
    for suffix in [" BV", " B.V.", " bv", " b.v.", " VOF", " V.O.F."] {
        let after = &text[h.end..];
        if after.starts_with(suffix)
            && h.end + suffix.len() <= hi
            && !after[suffix.len()..].starts_with(char::is_alphanumeric)
        {
            h.end += suffix.len();
            break;
        }
    }
}

/// A person's name takes in the initials, first names, particles and double surnames around
/// it: words glued by one space or a hyphen, ending on a name word on each side.
fn extend_person(text: &str, hits: &mut [Hit], i: usize) {
    let (lo, hi) = room(text, hits, i);
    // To the left.
    let mut start = hits[i].start;
    let mut at = start;
    for _ in 0..6 {
        let Some(glue) = text[lo..at].chars().next_back() else {
            break;
        };
        if glue != ' ' && glue != '-' {
            break;
        }
        let (from, w) = word_before(text, at - 1);
        if from < lo || w.is_empty() {
            break;
        }
        // Across a hyphen any capitalised word is part of a double name (`Winter-ter Horst`).
        let hyphened = glue == '-' && capitalised(w);
        let gap = &text[from + w.len()..start];
        if (initials(w) || name_word(w) || hyphened) && (gap.contains('-') || self::glue(gap)) {
            start = from;
        } else if !lower_particle(w) {
            break;
        }
        at = from;
    }
    // Initials glued to the initial that starts the name: `Ł.` of `Ł.K. Nowak`.
    if start == hits[i].start && text[start..].starts_with(|c: char| c.is_uppercase()) {
        let (from, w) = word_before(text, start);
        if from >= lo && initials(w) {
            start = from;
        }
    }
    // To the right.
    let mut end = hits[i].end;
    let mut at = end;
    for _ in 0..6 {
        let Some(glue) = text[at..hi].chars().next() else {
            break;
        };
        if glue != ' ' && glue != '-' {
            break;
        }
        let (to, w) = word_after(text, at + 1);
        if to > hi || w.is_empty() {
            break;
        }
        let w = w.trim_end_matches('.');
        let to = at + 1 + w.len();
        let gap = &text[end..at + 1];
        if (name_word(w) || (glue == '-' && capitalised(w)))
            && (gap.contains('-') || self::glue(gap))
        {
            end = to;
        } else if !(lower_particle(w) || crate::with_lower(w, is_particle)) {
            // A particle (`de`, `Al`, `El`) only counts if a name word follows it.
            break;
        }
        at = to;
    }
    hits[i].start = start;
    hits[i].end = end;
}

/// A street's name takes in the words in front that belong to it (`Mr. Troelstraweg`).
fn extend_street(text: &str, hits: &mut [Hit], i: usize) {
    let (lo, _) = room(text, hits, i);
    let mut start = hits[i].start;
    if text[lo..start].ends_with("'s-") {
        start -= 3;
    }
    for _ in 0..3 {
        if !text[lo..start].ends_with(' ') {
            break;
        }
        let (from, w) = word_before(text, start - 1);
        if from < lo || !STREET_STARTS.contains(&w) {
            break;
        }
        start = from;
    }
    hits[i].start = start;
}

/// A name-like finding that is a street (`Troelstraweg`), or that a house number follows
/// (`Akkerwinde 16-4`), is an address.
fn street_number(text: &str, hits: &mut [Hit], i: usize) {
    let (_, hi) = room(text, hits, i);
    let h = hits[i];
    let last = text[h.start..h.end].rsplit([' ', '-']).next().unwrap_or("");
    let street = crate::with_lower(last, |l| {
        STREET_ENDS
            .iter()
            .any(|e| l.ends_with(e) && l.len() > e.len() + 2)
    });
    let number = crate::streets::house_number(&text[h.end..hi]);
    if street || number > 0 {
        hits[i].label = Label::Address;
        hits[i].end += number;
        extend_street(text, hits, i);
    }
}

/// Findings with only a space, a hyphen or particles between them are one: `Lotte` + `op den`
/// + `Kamp`, `Buurtwerk` + `De` + `Kameleon`, `Kijk` + `in 't` + `Jatstraat 242b`.
fn merge(text: &str, hits: Vec<Hit>) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits {
        if let Some(last) = out.last_mut()
            && joinable(last.label)
            && joinable(h.label)
            && last.end <= h.start
            && (glue(&text[last.end..h.start])
                && !(last.label == Label::Person
                    && matches!(h.label, Label::Org | Label::City)
                    && text[last.end..h.start].len() > 1)
                || (&text[last.end..h.start] == " & "
                    && (last.label == Label::Org || h.label == Label::Org)))
        {
            last.end = h.end;
            last.label = stronger(last.label, h.label);
            continue;
        }
        out.push(h);
    }
    out
}

fn joinable(l: Label) -> bool {
    matches!(l, Label::Person | Label::Org | Label::City | Label::Address)
}

/// Which label a joined finding takes: an organisation or an address over a place, a place
/// over a name.
fn stronger(a: Label, b: Label) -> Label {
    let rank = |l: Label| match l {
        Label::Org => 0,
        Label::Address => 1,
        Label::City => 2,
        _ => 3,
    };
    if rank(b) < rank(a) { b } else { a }
}

/// Is `gap` what stands between two parts of one name: one space, a hyphen, or particles
/// (`de`, `van der`, `op den`, `in 't`, `aan den`, `De`, `Het`) between single spaces?
fn glue(gap: &str) -> bool {
    if gap == " " || gap == "-" {
        return true;
    }
    let Some(inner) = gap.strip_prefix(' ').and_then(|g| g.strip_suffix(' ')) else {
        return false;
    };
    let words: Vec<&str> = inner.split(' ').collect();
    if words.len() > 3 || words.iter().any(|w| w.is_empty()) {
        return false;
    }
    // `in de`, `op de` are too often a preposition (`Jansen in de Kerkstraat`), and `van het`
    // is the start of an organisation's name (`Kersten van het Catharina Ziekenhuis`).
    if inner == "van het" {
        return false;
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    if matches!(lower.first().map(String::as_str), Some("in" | "op" | "aan"))
        && !matches!(
            lower.get(1).map(String::as_str),
            Some("'t" | "den" | "der" | "het")
        )
    {
        return false;
    }
    words.iter().zip(&lower).all(|(w, l)| {
        is_particle(l)
            && (!w.chars().any(char::is_uppercase)
                || matches!(*w, "De" | "Het" | "Van" | "Den" | "Ter" | "Ten"))
    })
}
