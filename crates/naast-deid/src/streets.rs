//! Streets by their make: a capitalised street name (`Beatrixstraat`, `2e Oosterparkstraat`),
//! and in a chat written in lower case a street after `de`, `op`, `adres` (`uit de molenweg`),
//! with the house number after it (` 16-4`, ` 114d`, ` 17 II`). Without a number a street is
//! personal data only where someone lives, not as a meeting place.

use crate::{Hit, Label, re};
use regex::Regex;
use std::sync::LazyLock;

/// Words after a number that make it something else than a house number.
const NOT_HOUSE_AFTER: &[&str] = &[
    "jaar", "jr", "euro", "uur", "keer", "x", "min", "minuten", "dagen", "dag", "weken", "week",
    "maanden", "maand", "kg", "km", "cm", "procent", "%", "personen", "kinderen", "mensen",
];

/// A capitalised street name (`Beatrixstraat`, `2e Oosterparkstraat`); and in a chat written in
/// lower case, a street after `de`, `op`, `adres` (`uit de molenweg`, `in de mr. troelstraweg`).
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:\d{1,2}e[ ]+)?\p{Lu}[\p{Ll}'’\-]{2,}(?:straat|weg|laan|plein|kade|gracht|singel|dreef|steeg)(?-u:\b)",
    )
});
static LOWER_STREET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:de|op|adres|in)[ ]+((?:(?:mr|dr|burg|st)\.[ ]+|\p{Ll}+[ ]+(?:de|van|ter)[ ]+)?\p{Ll}[\p{Ll}\-]{2,}(?:straat|weg|laan|plein|kade|gracht|singel|dreef|steeg))(?-u:\b)",
    )
});
/// Words made like a street that are none.
const NOT_STREETS: &[&str] = &[
    "onderweg",
    "halfweg",
    "snelweg",
    "zijweg",
    "uitweg",
    "omweg",
    "vaarweg",
    "rijstraat",
];

/// Public places that stand on a street without anyone living there.
const PUBLIC_PLACES: &[&str] = &[
    "wijkcentrum",
    "buurthuis",
    "buurtcentrum",
    "kantoor",
    "gemeentehuis",
    "stadhuis",
    "bibliotheek",
    "school",
    "station",
    "ziekenhuis",
    "spreekuur",
    "loket",
    "winkel",
    "kerk",
    "moskee",
    "markt",
    "praktijk",
];

/// Streets by their make, with a house number if one follows.
pub(crate) fn find(text: &str, out: &mut Vec<Hit>) {
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
        let near = crate::back(text, start, 48);
        let lives = n > 0
            || near.contains("woon")
            || text[end..].starts_with(" woon")
            || before.ends_with("uit de ")
            || before.ends_with(", ")
            // `langs op de Zuiderparkweg`, `onze flat aan de Insulindestraat`: a street where
            // people are, unless a public place stands in front (`het wijkcentrum aan de …`).
            || ((before.ends_with(" op de ") || before.ends_with(" aan de "))
                && !PUBLIC_PLACES.iter().any(|p| near.contains(p)));
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

/// The length of ` 12`, ` 16-4`, ` 114d`, ` 17 II`, ` 2 bis` at the start of `rest`, if it is a
/// house number (not `3 jaar`, `12 euro`, a time or a longer number); else 0.
pub(crate) fn house_number(rest: &str) -> usize {
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
        let n = t.bytes().take_while(|b| b.is_ascii_alphanumeric()).count();
        if (1..=4).contains(&n) {
            len += 1 + n;
        }
    } else if tail.starts_with(|c: char| c.is_ascii_lowercase())
        && !tail[1..].starts_with(|c: char| c.is_alphanumeric())
    {
        len += 1;
    } else if let Some(t) = tail.strip_prefix(' ') {
        let (_, w) = crate::names::word_after(t, 0);
        if ["II", "III", "IV", "hs", "huis", "bis", "A", "B", "C"].contains(&w) {
            len += 1 + w.len();
        } else if crate::with_lower(w, |l| NOT_HOUSE_AFTER.contains(&l)) {
            return 0;
        }
    } else if (tail.starts_with([',', ':', '.'])
        && tail[1..].starts_with(|c: char| c.is_ascii_digit()))
        || tail.starts_with(|c: char| c.is_alphanumeric() || c == '%')
    {
        // A time, an amount or a longer word or number: no house number.
        return 0;
    }
    1 + len
}
