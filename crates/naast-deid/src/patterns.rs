//! Formats that carry their own evidence: e-mail, URL, IBAN and BSN (with checksums), phone
//! numbers, postcodes, licence plates, dates, and case numbers after their keyword.

use crate::ids::{bsn_ok, iban_ok};
use crate::re;
use crate::{Hit, Label};
use regex::Regex;
use std::sync::LazyLock;

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.[A-Za-z]{2,}"));
static URL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>()\[\]{}]+"));
static IBAN: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)NL ?\d{2} ?[A-Z]{4}(?: ?\d){10}(?-u:\b)"));
static BSN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u:\b)(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{8})(?-u:\b)")
});
static BSN_CONTEXT: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?:bsn|burgerservice|sofi)"));
static PHONE_INTL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:\+31|(?-u:\b)0031)[\s\-]?(?:\(0\)[\s\-]?)?\(?\d\)?(?:[\s\-]?\d){8}(?-u:\b)")
});
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:\(0\d{1,3}\)|(?-u:\b)0\d{1,3})(?:[\s\-]{0,3}\d){6,8}(?-u:\b)"));
static POSTCODE: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)[1-9]\d{3} ?[A-Za-z]{2}(?-u:\b)"));
static DATE_NUM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u:\b)(?:\d{4}-\d{2}-\d{2}|\d{1,2}[\-/.]\d{1,2}[\-/.](?:\d{4}|\d{2}))(?-u:\b)")
});
static DATE_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,?\s+)?\d{1,2}(?:e|ste|de)?\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)(?-u:\b)\.?(?:\s+'?\d{2,4}(?-u:\b))?",
    )
});
/// A day and month without a year ("op 3-9", "vanaf 1/12", "woensdag 9/4"): only after a word
/// that announces a day, since "3-4 weken" and "2/3 deel" are not dates.
static DATE_SHORT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:op|vanaf|sinds|tot|t/m|per|d\.d\.|datum|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?:?\s+(\d{1,2}[\-/]\d{1,2})(?-u:\b)",
    )
});
/// What makes a short day-month a quantity after all: "3-4 weken", "2/3 deel".
static NOT_A_DAY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:[\-/.]\d|\s*(?:%|x\b|keer|weken|week|dagen|dag|maanden|maand|jaar|jaren|uur|u\b|min|deel|kinderen|personen|euro))",
    )
});
/// A case or file number with letters in front, such as `BB-2025-11873`, `SHV/2024/0931` or
/// `ZC-3301987`: capitals, a dash or slash, and at least four digits.
static CASE_CODE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)[A-Z]{2,4}[\-/](?:\d{2,4}[\-/])?\d{4,8}(?-u:\b)"));
static DOB_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:geboren|geb\.|geboortedatum|geb\.?\s*datum|geboortedag|d\.o\.b|dob)\s*(?:op|:)?\s*$",
    )
});
static CASE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:dossier|zaak|klant|cli[eë]nt|kenmerk|referentie|ref|beschikking|aanvraag|betalings?kenmerk|registratie|polis|debiteur|kvk|kamer van koophandel|relatie|factuur|volg)(?:[\s\-]?(?:nummer|nr|no))?\.?\s*(?::|#|is|van)?\s*([A-Za-z]{0,5}[\-/]?\d[A-Za-z0-9./\-]{2,}|\d{4,})",
    )
});

const PLATE_CODES: &[&str] = &[
    "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X",
    "X-99-XXX", "9-XX-999", "999-XX-9",
];

static PLATE: LazyLock<Regex> = LazyLock::new(|| {
    let alts: Vec<String> = PLATE_CODES
        .iter()
        .map(|code| {
            code.split('-')
                .map(|g| {
                    let n = g.len();
                    if g.starts_with('X') {
                        format!("[B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{{{n}}}")
                    } else {
                        format!("\\d{{{n}}}")
                    }
                })
                .collect::<Vec<_>>()
                .join("-?")
        })
        .collect();
    re(&format!(r"(?-u:\b)(?:{})(?-u:\b)", alts.join("|")))
});

const MONTH_ABBR: &[&str] = &[
    "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];

/// Lower-case two-letter words that follow a number in ordinary Dutch ("2019 en", "12 of").
const NOT_POSTCODE_LETTERS: &[&str] = &[
    "en", "de", "op", "in", "te", "is", "om", "er", "of", "al", "na", "nu", "zo", "ik", "je", "we",
    "ze", "uw", "ga", "ja", "nr", "km", "kg", "cm", "mm", "ml", "pm", "am", "uur", "tm", "tv",
    "ok", "eu", "st",
];

/// Public numbers that are not personal: information and help lines.
fn public_phone(digits: &str) -> bool {
    ["0800", "0900", "0906", "0909"]
        .iter()
        .any(|p| digits.starts_with(p))
        || digits.starts_with("14")
}

fn valid_date(d: u32, m: u32) -> bool {
    (1..=31).contains(&d) && (1..=12).contains(&m)
}

fn public_url(url: &str) -> bool {
    let u = url.to_ascii_lowercase();
    [
        "overheid.nl",
        "rijksoverheid",
        "wetten.nl",
        "belastingdienst.nl",
        "uwv.nl",
        "svb.nl",
        "cak.nl",
        "juridischloket.nl",
        "nationaleombudsman.nl",
        "duo.nl",
        "cjib.nl",
        "government.nl",
        "digid.nl",
        "toeslagen.nl",
        "rechtspraak.nl",
        "ombudsman",
        "gemeente",
        ".gov",
    ]
    .iter()
    .any(|p| u.contains(p))
}

pub fn find(text: &str, out: &mut Vec<Hit>) {
    // Cheap gates first: most patterns need an '@', a web address or a digit.
    if text.contains('@') {
        for m in EMAIL.find_iter(text) {
            out.push(Hit::new(m.start(), m.end(), Label::Email));
        }
    }
    let lower_web = ["www", "WWW", "Www", "http", "HTTP", "Http"];
    if lower_web.iter().any(|w| text.contains(w)) {
        for m in URL.find_iter(text) {
            let s = m
                .as_str()
                .trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '"']);
            if !public_url(s) {
                out.push(Hit::new(m.start(), m.start() + s.len(), Label::Url));
            }
        }
    }
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    for m in IBAN.find_iter(text) {
        if iban_ok(m.as_str()) {
            out.push(Hit::new(m.start(), m.end(), Label::Iban));
        }
    }
    for m in BSN.find_iter(text) {
        let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
        // An 8-digit number is a BSN only where the text says so.
        let eight = digits.len() == 8;
        let before = crate::back(text, m.start(), 40);
        if bsn_ok(&digits) && (!eight || BSN_CONTEXT.is_match(before)) {
            out.push(Hit::new(m.start(), m.end(), Label::Bsn));
        }
    }
    for m in PHONE_INTL.find_iter(text) {
        out.push(Hit::new(m.start(), m.end(), Label::Phone));
    }
    for m in PHONE.find_iter(text) {
        let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
        // Dutch numbers have 10 digits with the trunk 0; "14 020" and 0800/0900 lines are public.
        if digits.len() == 10 && !public_phone(&digits) {
            out.push(Hit::new(m.start(), m.end(), Label::Phone));
        }
    }
    for m in POSTCODE.find_iter(text) {
        let letters: String = m
            .as_str()
            .chars()
            .filter(|c| c.is_ascii_alphabetic())
            .collect();
        let upper = letters.to_ascii_uppercase();
        let lower_ok = letters.chars().all(|c| c.is_ascii_uppercase())
            || !NOT_POSTCODE_LETTERS.contains(&letters.as_str());
        if !["SA", "SD", "SS"].contains(&upper.as_str()) && lower_ok {
            out.push(Hit::new(m.start(), m.end(), Label::Postcode));
        }
    }
    for m in PLATE.find_iter(text) {
        let s = m.as_str().to_ascii_lowercase();
        let letters: String = s.chars().filter(|c| c.is_ascii_alphabetic()).collect();
        if !MONTH_ABBR.contains(&letters.as_str()) {
            out.push(Hit::new(m.start(), m.end(), Label::LicensePlate));
        }
    }
    for m in DATE_NUM.find_iter(text) {
        let parts: Vec<u32> = m
            .as_str()
            .split(['-', '/', '.'])
            .filter_map(|p| p.parse().ok())
            .collect();
        let ok = match parts.as_slice() {
            [y, mo, d] if *y > 1000 => valid_date(*d, *mo),
            [d, mo, _] => valid_date(*d, *mo),
            _ => false,
        };
        if ok {
            out.push(Hit::new(m.start(), m.end(), date_label(text, m.start())));
        }
    }
    for c in DATE_SHORT.captures_iter(text) {
        let Some(g) = c.get(1) else { continue };
        let parts: Vec<u32> = g
            .as_str()
            .split(['-', '/'])
            .filter_map(|p| p.parse().ok())
            .collect();
        let after = text.get(g.end()..).unwrap_or("");
        if let [d, mo] = parts.as_slice()
            && valid_date(*d, *mo)
            && !NOT_A_DAY_AFTER.is_match(after)
        {
            out.push(Hit::new(g.start(), g.end(), date_label(text, g.start())));
        }
    }
    for m in CASE_CODE.find_iter(text) {
        out.push(Hit::new(m.start(), m.end(), Label::CaseNumber));
    }
    for m in DATE_TEXT.find_iter(text) {
        out.push(Hit::new(m.start(), m.end(), date_label(text, m.start())));
    }
    for c in CASE.captures_iter(text) {
        if let Some(g) = c.get(1) {
            let s = g.as_str().trim_end_matches(['.', ',', '-', '/']);
            if s.chars().any(|ch| ch.is_ascii_digit()) {
                out.push(Hit::new(g.start(), g.start() + s.len(), Label::CaseNumber));
            }
        }
    }
}

/// A date right after "geboren (op)" or "geboortedatum:" is a date of birth.
fn date_label(text: &str, start: usize) -> Label {
    if DOB_CONTEXT.is_match(crate::back(text, start, 30)) {
        Label::DateOfBirth
    } else {
        Label::Date
    }
}
