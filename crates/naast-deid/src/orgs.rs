//! Organisations involved in a case, by the kind of name they carry (`Maasdal Thuiszorg`,
//! `Stichting De Linde`, `Woonbron`, `GGz Breburg`) or by the word for their kind in front
//! (`re-integratiebedrijf Werkpunt Twente`, `huisartsenpraktijk De Vaart`). National agencies,
//! the municipality, laws and a kind word alone (`Zorg`, `Wonen`) are not.

use crate::re;
use crate::words::{national, not_a_name};
use crate::{Hit, Label};
use regex::Regex;
use std::sync::LazyLock;

/// Words glue with single spaces only: a name does not run on over a line break.
static ORG_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:\p{Lu}[\p{L}&'’\-]* ){0,3}\p{Lu}?[\p{L}&'’\-]*(?:Thuiszorg|Zorggroep|Zorgcentrum|Zorgboerderij|Zorg|Wonen|Welzijn|Jeugdzorg|Jeugdhulp|Bewindvoering|Bewind|Begeleiding|Dagbesteding|Kinderopvang|Vervoer|Taxi|GGZ|Ggz|Verpleging|Revalidatie|Huisartsen|Thuishulp|Woonzorg|Budgetbeheer|Schuldhulp|Woningcorporatie|Woonstichting|Maatschappelijk Werk)(?: (?:\p{Lu}[\p{L}&'’\-]*|& \p{Lu}[\p{L}'’\-]*)){0,3}(?: (?:B\.V\.|BV|V\.O\.F\.))?",
    )
});
static ORG_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:Stichting|Zorggroep|Bewindvoerderskantoor|Bewindvoering|Thuiszorg|Taxibedrijf|Taxicentrale|Welzijn|Zorgboerderij|Dagbesteding|Woonzorg|Kinderopvang|Praktijk|Huisartsenpraktijk|Gezondheidscentrum|Jeugdhulp|Jeugdzorg|Woningcorporatie|Woonstichting|Woningstichting|Vereniging|Coöperatie|Reïntegratiebureau|Re-integratiebureau|Incassobureau|Deurwaarderskantoor|Ergotherapie|Fysiotherapie|Sociaal Raadslieden|Budgethulp|Budgetbeheer|Schuldhulp) (?:(?:de|het|van|voor) )?\p{Lu}[\p{L}&'’\-]*(?: (?:\p{Lu}[\p{L}&'’\-]*|& \p{Lu}[\p{L}'’\-]*|en \p{Lu}[\p{L}'’\-]*)){0,3}",
    )
});
/// The word for an organisation's kind (in lower case: a case-blind pattern cannot be searched
/// for by its words first, and is slow), then its name: `re-integratiebedrijf Werkpunt Twente`,
/// `deurwaarder (Flanderijn`, `logeeropvang Het Speelhuis`, `verpleeghuis van Ter Weel`.
pub(crate) static KIND_THEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:re-?integratiebedrijf|reïntegratiebedrijf|re-?integratiebureau|reïntegratiebureau|deurwaarder|deurwaarderskantoor|gerechtsdeurwaarder|incassobureau|incassobedrijf|huisartsenpraktijk|huisartspraktijk|tandartspraktijk|praktijk|logeeropvang|opvang|woningcorporatie|corporatie|woningbouwvereniging|verhuurder|zorgaanbieder|jeugdhulpaanbieder|aanbieder|zorgverlener|zorginstelling|instelling|bewindvoerderskantoor|bewindvoeringskantoor|thuiszorgorganisatie|thuiszorg|budgetbeheer|budgetcoach|bewindvoering|dagbesteding|uitzendbureau|schuldhulpverlening|kinderopvang|woonvorm|verpleeghuis|verzorgingshuis|gezinshuis|zorgverzekeraar|energieleverancier|leverancier|taxibedrijf|vervoerder|welzijnsorganisatie|organisatie|stichting|werkgever|ziekenhuis|kliniek|revalidatiecentrum|jeugdzorginstelling)[ \t]*(?:,[ \t]*|\([ \t]*|(?:van|bij)[ \t]+)?((?:De |Het |'t )?\p{Lu}[\p{L}&'’\-]*(?: (?:\p{Lu}[\p{L}&'’\-]*|& \p{Lu}[\p{L}'’\-]*)){0,3})",
    )
});

/// Beginnings and endings of words that name organisations of the social domain
/// (`Woonbron`, `Zorgpartners`, `Kredietcompas`, `Vluchtelingenwerk`, `Opvoedpoli`).
const KIND_STARTS: &[&str] = &[
    "Budget",
    "GGZ",
    "GGz",
    "Ggz",
    "Incasso",
    "Jeugd",
    "Krediet",
    "Re-integratie",
    "Reintegratie",
    "Reïntegratie",
    "Schuld",
    "Thuis",
    "Welzijn",
    "Werk",
    "Woning",
    "Woon",
    "Zorg",
];
const KIND_ENDS: &[&str] = &[
    "academie",
    "bedrijf",
    "beheer",
    "bureau",
    "centrum",
    "compas",
    "fonds",
    "groep",
    "hulp",
    "kantoor",
    "poli",
    "punt",
    "stichting",
    "werk",
    "zorg",
];
/// Words with such a beginning or ending that are ordinary nouns, not names.
const KIND_NOUNS: &[&str] = &[
    "Thuis",
    "Thuiszorg",
    "Werk",
    "Werkgever",
    "Werkloos",
    "Werkplek",
    "Woning",
    "Woonadres",
    "Woonplaats",
    "Woonsituatie",
    "Zorg",
    "Zorgen",
    "Zorgplan",
    "Zorgverzekeraar",
    "Zorgverzekering",
    "Schulden",
    "Schuldhulp",
    "Jeugdhulp",
    "Jeugdzorg",
    "Jeugdwet",
    "Budget",
];

/// Does the capitalised word look like an organisation's name by its parts?
pub(crate) fn kind_word(w: &str) -> bool {
    if KIND_NOUNS.contains(&w) || w.chars().count() < 5 {
        return false;
    }
    KIND_STARTS
        .iter()
        .any(|k| w.starts_with(k) && w.len() > k.len())
        || KIND_ENDS
            .iter()
            .any(|k| w.ends_with(k) && w.len() > k.len())
}

/// A kind word alone ("Zorg", "Wonen") is not an organisation.
const KIND_ALONE: &[&str] = &[
    "Zorg",
    "Wonen",
    "Welzijn",
    "Taxi",
    "Vervoer",
    "Bewind",
    "Begeleiding",
    "Dagbesteding",
    "Jeugdzorg",
    "Jeugdhulp",
    "Thuiszorg",
    "Verpleging",
    "Revalidatie",
    "Kinderopvang",
    "Schuldhulp",
    "Budgetbeheer",
    "GGZ",
    "Ggz",
];

/// The kind words of `ORG_SUFFIX` alone, searched for first: that pattern starts with any
/// capitalised word and would otherwise be tried at every one.
static ORG_SUFFIX_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        "Zorg|Thuiszorg|Jeugdzorg|Woonzorg|Wonen|Welzijn|Jeugdhulp|Bewind|Begeleiding|Dagbesteding|Kinderopvang|Vervoer|Taxi|GGZ|Ggz|Verpleging|Revalidatie|Huisartsen|Thuishulp|Budgetbeheer|Schuldhulp|Woningcorporatie|Woonstichting|Maatschappelijk Werk",
    )
});

/// The name of `KIND_THEN_NAME`, read off the match (a search for the group costs a second
/// search; `tests_same` holds this to the pattern): after the kind word (lower case, `-`, `ï`)
/// and the spaces, comma, bracket, `van` or `bij` after it. A name opens with a capital or `'t`.
pub(crate) fn name_after_kind(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str();
    let at = s
        .find(|c: char| {
            !(c.is_ascii_lowercase() || matches!(c, '-' | 'ï' | ' ' | '\t' | ',' | '('))
        })
        .unwrap_or(s.len());
    (m.start() + at, m.end())
}

/// The word for an organisation's kind in a chat written in lower case, then its name in lower
/// case: `thuiszorg zuidwest`, `taxi centrale noord`, `stichting welzijn centrum`.
static LOWER_KIND: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:stichting|thuiszorg|zorggroep|taxi|taxicentrale|zorgvervoer|budgetbeheer|bewindvoering|beschermingsbewind|mentorschap|kinderdagcentrum|zorgaanbieder|begeleid wonen|dagbesteding|woonzorg|gezinshuis|buurtwerk|welzijn|schoonmaakbedrijf|thuishulp)(?-u:\b)",
    )
});

/// Words that end a lower-case organisation's name: what follows a subject in a chat.
const AFTER_LOWER_ORG: &[&str] = &[
    "was", "is", "te", "niet", "wel", "al", "nog", "komt", "kwam", "gaat", "ging", "heeft", "had",
    "zegt", "zei", "belt", "belde", "reed", "rijdt", "stuurt", "doet", "deed", "staat", "ligt",
    "moet", "kan", "wil", "zou", "mag", "zal", "weer", "nooit", "altijd", "ook", "maar", "en",
    "of", "dat", "die", "met", "voor", "in", "op", "naar", "bij", "uit", "om", "van", "aan",
    "over", "heeft", "hebben", "zijn", "waren", "regelde", "regelt", "wilde", "kon", "moest",
];

/// Lower-case organisations in chats: the kind word and up to three name words after it.
fn lower_kind(text: &str, out: &mut Vec<Hit>) {
    for m in LOWER_KIND.find_iter(text) {
        let mut end = m.end();
        let mut at = m.end();
        for _ in 0..4 {
            let Some(rest) = text[at..].strip_prefix(' ') else {
                break;
            };
            let len = rest
                .find(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '&' | '\'')))
                .unwrap_or(rest.len());
            let w = &rest[..len];
            if w.is_empty() || w.chars().any(char::is_uppercase) {
                break;
            }
            at += 1 + len;
            if matches!(w, "de" | "het" | "'t" | "&") {
                continue;
            }
            if AFTER_LOWER_ORG.contains(&w) || crate::words::function_word(w) || len < 2 {
                break;
            }
            end = at;
        }
        if end > m.end() {
            out.push(Hit::new(m.start(), end, Label::Org));
        }
    }
}

/// A company by its legal form after the name: `Thuis Schoon BV`, `Werkfit Traject B.V.`,
/// `hulpmiddelen direct bv` (the legal forms of Boek 2 BW: besloten and naamloze vennootschap;
/// a vennootschap onder firma, Wetboek van Koophandel art. 16).
static LEGAL_FORM: LazyLock<Regex> =
    LazyLock::new(|| re(r"[ \t](?:B\.V\.|BV|bv|b\.v\.|N\.V\.|NV|VOF|V\.O\.F\.|vof)(?-u:\b)"));

/// The name in front of a legal form: up to four capitalised words (with `De`, `Het`, `van`,
/// `&` inside), or in a chat up to three lower-case words that are no function words.
fn legal_forms(text: &str, casual: bool, out: &mut Vec<Hit>) {
    for m in LEGAL_FORM.find_iter(text) {
        let end = m.end();
        let mut start = m.start();
        let mut taken = 0;
        let mut upper = None;
        let mut cursor = m.start();
        while taken < 4 {
            let before = &text[..cursor];
            let w_start = before
                .rfind(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '&')))
                .map_or(0, |i| {
                    i + before[i..].chars().next().map_or(1, char::len_utf8)
                });
            let w = &before[w_start..];
            if w.is_empty() {
                break;
            }
            let cap = w.chars().next().is_some_and(char::is_uppercase);
            let lower = w.to_lowercase();
            let inner = taken > 0 && matches!(lower.as_str(), "de" | "het" | "van" | "&");
            let fits = match upper {
                None => true,
                Some(u) => u == cap || inner,
            };
            if !fits
                || (!inner && crate::words::function_word(&lower))
                || AFTER_LOWER_ORG.contains(&lower.as_str())
                || (!cap && !casual)
                || w.chars().count() < 2
            {
                break;
            }
            if !inner || (cap && matches!(lower.as_str(), "de" | "het")) {
                start = w_start;
                upper = upper.or(Some(cap));
            }
            taken += 1;
            if w_start == 0
                || !text[..w_start].ends_with(' ')
                || (upper == Some(false) && taken == 3)
            {
                break;
            }
            cursor = w_start - 1;
        }
        if start < m.start() {
            out.push(Hit::new(start, end, Label::Org));
        }
    }
}

pub(crate) fn find(text: &str, out: &mut Vec<Hit>) {
    let casual = crate::known::casual(text);
    if casual {
        lower_kind(text, out);
    }
    legal_forms(text, casual, out);
    let suffix = if ORG_SUFFIX_WORDS.is_match(text) {
        text
    } else {
        ""
    };
    for (r, t) in [(&*ORG_PREFIX, text), (&*ORG_SUFFIX, suffix)] {
        for m in r.find_iter(t) {
            let s = m.as_str().trim_end();
            if national(s) || s.len() < 4 {
                continue;
            }
            if !s.contains(' ') && KIND_ALONE.contains(&s) {
                continue;
            }
            out.push(Hit::new(m.start(), m.start() + s.len(), Label::Org));
        }
    }
    for m in KIND_THEN_NAME.find_iter(text) {
        let (start, end) = name_after_kind(&m);
        let s = &text[start..end];
        let first = s.split(' ').next().unwrap_or("");
        let article = ["De", "Het", "'t"].contains(&first);
        if national(s)
            || (!article && not_a_name(first))
            || ["Gemeente", "Postbus"].contains(&first)
            || KIND_ALONE.contains(&s)
        {
            continue;
        }
        out.push(Hit::new(start, end, Label::Org));
    }
}
