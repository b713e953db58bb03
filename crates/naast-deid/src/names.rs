//! Whole names, after the detectors and the resolving of overlaps: a name is one span with its
//! particles, initials and double surnames (`Henk de Boer`, `mevrouw Van den Heuvel-de Vries`,
//! `Jan van der Berg`, `Ş. Yılmaz`, `Lotte op den Kamp`, `Rania Al-Jasem`), not a first name here
//! and a surname there. Also: two findings with only particles between them are one name
//! (`Kinderdagcentrum` + `Het` + `Zonnetje`, `Alphen` + `aan den` + `Rijn`); an organisation
//! does not take in a function word that opens a sentence (`Ook Zorg…`, `Maar`, `Toen`) and
//! does not stop inside a word; a street that a name-like finding turned out to be takes its
//! house number and the words of its name in front (`Mr. Troelstraweg`, `Akkerwinde 16-4`).

use crate::words::{function_word, national, not_a_name};
use crate::{Hit, Label, re};
use regex::Regex;
use std::sync::LazyLock;

/// Particles inside Dutch (and Arabic, French, German) surnames.
const PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "ter", "ten", "te", "'t", "het", "op", "in", "aan", "von", "da",
    "du", "le", "la", "el", "al", "bin", "ben", "ait", "abu", "di", "del", "dos", "das",
];

/// Words that stand in front of a name without being part of it (titles, forms of address,
/// roles), in lower case without a final dot.
const BEFORE_NAMES: &[&str] = &[
    "mevrouw", "mevr", "mw", "meneer", "mijnheer", "dhr", "heer", "hr", "mr", "dr", "drs", "ir",
    "ing", "prof", "juf", "meester", "fam", "familie", "gezin", "beste", "geachte", "hoi", "hallo",
    "hey", "hi", "dag", "lieve", "cliënt", "client", "melder", "ouder", "kind", "partner",
    "moeder", "vader", "zoon", "dochter", "consulent", "wijkcoach", "jobcoach", "casemanager",
    "teamleider", "bewindvoerder", "begeleider", "huisarts", "aanwezig", "namens", "van", "aan",
    "cc", "tel", "telefoon", "adres", "naam", "geboren", "met", "groet", "groeten", "uit",
    "inwoner", "inwoonster", "bewoner", "bewoonster", "aanvrager", "aanvraagster", "verzoeker",
    "verzoekster", "belanghebbende", "patiënt", "patient", "huurder", "klant", "mentor", "collega",
    "medewerker", "medewerkster", "contactpersoon", "klantmanager", "hulpverlener", "begeleidster",
    "behandelaar", "dokter", "arts", "verpleegkundige", "coördinator", "jurist", "advocaat",
    "leerkracht", "docent", "gezinscoach", "buurman", "buurvrouw", "oma", "opa", "broer", "zus",
    "ondersteuner", "intake", "notitie", "gesprek", "betreft", "onderwerp", "datum",
];

/// Street words that end a street's name without a number after it (`Troelstraweg`); with a
/// house number after it any name-like word is a street (`Akkerwinde 16-4`).
const STREET_ENDS: &[&str] = &[
    "straat", "weg", "laan", "plein", "kade", "gracht", "singel", "steeg", "dreef",
];

/// Words in front of a street's name that belong to it (`Mr. Troelstraweg`, `Prins
/// Bernhardlaan`, `Oude Kijk in 't Jatstraat`), as written.
const STREET_STARTS: &[&str] = &[
    "Mr.", "Dr.", "Prof.", "Burg.", "Burgemeester", "St.", "Sint", "Prins", "Prinses", "Koning",
    "Koningin", "Graaf", "Oude", "Nieuwe", "Korte", "Lange", "Hoge", "Lage", "Groot", "Klein",
    "Van", "De", "Het", "Den", "Ter",
];

/// Words after a number that make it something else than a house number.
const NOT_HOUSE_AFTER: &[&str] = &[
    "jaar", "jr", "euro", "uur", "keer", "x", "min", "minuten", "dagen", "dag", "weken", "week",
    "maanden", "maand", "kg", "km", "cm", "procent", "%", "personen", "kinderen", "mensen",
];

/// A capitalised street name (`Beatrixstraat`, `2e Oosterparkstraat`); and in a chat written in
/// lower case, a street after `de`, `op`, `adres` (`uit de molenweg`, `in de mr. troelstraweg`).
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u:\b)(?:\d{1,2}e[ ]+)?\p{Lu}[\p{Ll}'’\-]{2,}(?:straat|weg|laan|plein|kade|gracht|singel|dreef|steeg)(?-u:\b)")
});
static LOWER_STREET: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u:\b)(?:de|op|adres|in)[ ]+((?:(?:mr|dr|burg|st)\.[ ]+|\p{Ll}+[ ]+(?:de|van|ter)[ ]+)?\p{Ll}[\p{Ll}\-]{2,}(?:straat|weg|laan|plein|kade|gracht|singel|dreef|steeg))(?-u:\b)")
});
/// Words made like a street that are none.
const NOT_STREETS: &[&str] = &["onderweg", "halfweg", "snelweg", "zijweg", "uitweg", "omweg", "vaarweg", "rijstraat"];

/// Streets by their make, with a house number if one follows.
pub(crate) fn streets(text: &str, out: &mut Vec<Hit>) {
    let mut push = |start: usize, end: usize| {
        let word = text[start..end].rsplit(' ').next().unwrap_or("");
        if crate::with_lower(word, |w| NOT_STREETS.contains(&w)) {
            return;
        }
        let n = house_number(&text[end..]);
        // Without a number only where someone lives (`uit de Zonnebloemstraat`, `in de …
        // woont`, an address line after a comma), not a meeting place (`het wijkcentrum aan de
        // Wilhelminastraat`).
        let before = &text[..start];
        let lives = n > 0
            || crate::back(text, start, 48).contains("woon")
            || text[end..].starts_with(" woon")
            || before.ends_with("uit de ")
            || before.ends_with(", ");
        if lives {
            out.push(Hit::new(start, end + n, Label::Address));
        }
    };
    for m in STREET.find_iter(text) {
        push(m.start(), m.end());
    }
    if crate::known::casual(text) {
        for c in LOWER_STREET.captures_iter(text) {
            if let Some(g) = c.get(1) {
                push(g.start(), g.end());
            }
        }
    }
}

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
        && w.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’'))
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
fn word_after(text: &str, at: usize) -> (usize, &str) {
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
    let article = matches!(first, "De" | "Het" | "'t" | "'T");
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
        if (name_word(w) || (glue == '-' && capitalised(w))) && (gap.contains('-') || self::glue(gap)) {
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
    let last = text[h.start..h.end]
        .rsplit([' ', '-'])
        .next()
        .unwrap_or("");
    let street = crate::with_lower(last, |l| {
        STREET_ENDS.iter().any(|e| l.ends_with(e) && l.len() > e.len() + 2)
    });
    let number = house_number(&text[h.end..hi]);
    if street || number > 0 {
        hits[i].label = Label::Address;
        hits[i].end += number;
        extend_street(text, hits, i);
    }
}

/// The length of ` 12`, ` 16-4`, ` 114d`, ` 17 II`, ` 2 bis` at the start of `rest`, if it is a
/// house number (not `3 jaar`, `12 euro`, a time or a longer number); else 0.
fn house_number(rest: &str) -> usize {
    let Some(r) = rest.strip_prefix(' ') else {
        return 0;
    };
    let digits = r.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 || r.starts_with('0') {
        return 0;
    }
    let mut len = digits;
    let tail = &r[len..];
    if let Some(t) = tail.strip_prefix('-') {
        let n = t
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if (1..=4).contains(&n) {
            len += 1 + n;
        }
    } else if tail.starts_with(|c: char| c.is_ascii_lowercase())
        && !tail[1..].starts_with(|c: char| c.is_alphanumeric())
    {
        len += 1;
    } else if let Some(t) = tail.strip_prefix(' ') {
        let (_, w) = word_after(t, 0);
        if ["II", "III", "IV", "hs", "huis", "bis", "A", "B", "C"].contains(&w) {
            len += 1 + w.len();
        } else if crate::with_lower(w, |l| NOT_HOUSE_AFTER.contains(&l)) {
            return 0;
        }
    } else if tail.starts_with([',', ':', '.'])
        && tail[1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return 0;
    } else if tail.starts_with(|c: char| c.is_alphanumeric() || c == '%') {
        return 0;
    }
    1 + len
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
        && !matches!(lower.get(1).map(String::as_str), Some("'t" | "den" | "der" | "het"))
    {
        return false;
    }
    words.iter().zip(&lower).all(|(w, l)| {
        is_particle(l)
            && (!w.chars().any(char::is_uppercase)
                || matches!(*w, "De" | "Het" | "Van" | "Den" | "Ter" | "Ten"))
    })
}

#[cfg(test)]
mod tests {
    use crate::{Label, find};

    /// The text of each finding with its label.
    fn found(text: &str) -> Vec<(String, Label)> {
        let chars: Vec<char> = text.chars().collect();
        find(text)
            .iter()
            .map(|s| (chars[s.start..s.end].iter().collect(), s.label))
            .collect()
    }

    fn person(text: &str, name: &str) {
        let f = found(text);
        assert!(
            f.iter().any(|(t, l)| t == name && *l == Label::Person),
            "{name} in {text:?}: {f:?}"
        );
    }

    #[test]
    fn names_with_particles_are_one_span() {
        person("Gisteren belde Henk de Boer over zijn uitkering.", "Henk de Boer");
        person(
            "Ik sprak mevrouw Van den Heuvel-de Vries over de Wmo.",
            "Van den Heuvel-de Vries",
        );
        person("Namens Jan van der Berg schrijf ik deze brief.", "Jan van der Berg");
        person("Volgens de heer El Amrani is de taxi te laat.", "El Amrani");
        person("Gesproken met Lotte op den Kamp over school.", "Lotte op den Kamp");
        person("Van: Daan in 't Veld\nAan: de wijkcoach", "Daan in 't Veld");
    }

    #[test]
    fn initials_with_capitals_outside_ascii_and_double_names_are_one_span() {
        person("Behandeld door Ş. Yılmaz, afdeling Inkomen.", "Ş. Yılmaz");
        person("Vragen aan Ł.K. Nowak of aan mij.", "Ł.K. Nowak");
        person("De klacht gaat over mevr. F.A. Ait Taleb-Visser, casemanager.", "F.A. Ait Taleb-Visser");
        person("Naam: Özlem Kaya-Ouali\nGeboren: 1991", "Özlem Kaya-Ouali");
        person("Gesprek met jobcoach Rania Al-Jasem: positief.", "Rania Al-Jasem");
        person("mevrouw N.C. Winter-ter Horst belde", "N.C. Winter-ter Horst");
    }

    #[test]
    fn an_organisation_does_not_take_in_a_function_word_that_opens_a_sentence() {
        for (t, org) in [
            ("Het ging goed. Ook Taxi Maas & Waal kwam te laat.", "Taxi Maas & Waal"),
            ("Toen Zorgaanbieder Horizon langskwam, was het stil.", "Zorgaanbieder Horizon"),
            ("Maar Thuiszorg De Linde zegt nee.", "Thuiszorg De Linde"),
        ] {
            let f = found(t);
            assert!(
                f.iter().any(|(x, l)| x == org && *l == Label::Org),
                "{org} in {t:?}: {f:?}"
            );
        }
    }

    #[test]
    fn hard_negatives_stay_apart_or_unmarked() {
        // Two people in a row are two spans, not one.
        let f = found("Aanwezig: mevrouw Jansen en de heer Bakker.");
        assert!(f.iter().any(|(t, _)| t == "Jansen"), "{f:?}");
        assert!(f.iter().any(|(t, _)| t == "Bakker"), "{f:?}");
        // A name and the place after `in de` do not become one.
        let f = found("Mevrouw Jansen in de Kerkstraat belde.");
        assert!(!f.iter().any(|(t, _)| t.contains(" in de ")), "{f:?}");
        // An age or a count after a name is no house number.
        let f = found("Mevrouw Jansen 3 keer gebeld.");
        assert!(f.iter().all(|(_, l)| *l != Label::Address), "{f:?}");
        // A sentence-opening word before a name stays outside it.
        let f = found("Het gesprek was kort. Toen Jansen belde, was het laat.");
        assert!(f.iter().all(|(t, _)| !t.starts_with("Toen")), "{f:?}");
        // Laws and agencies next to a name are not taken in.
        let f = found("Mevrouw Jansen UWV belde over de Wmo.");
        assert!(f.iter().all(|(t, _)| !t.contains("UWV")), "{f:?}");
    }

    #[test]
    fn a_street_takes_its_number_and_the_words_of_its_name() {
        let f = found("Ze woont op Akkerwinde 16-4 in Nieuwegein.");
        assert!(f.iter().any(|(t, _)| t == "Akkerwinde 16-4"), "{f:?}");
        let f = found("haar moeder, die in de Mr. Troelstraweg woont.");
        assert!(f.iter().any(|(t, _)| t == "Mr. Troelstraweg"), "{f:?}");
    }
}
