//! Formats that carry their own evidence: e-mail, URL, IBAN and BSN (with checksums), phone
//! numbers, postcodes, licence plates, dates, and case numbers after their keyword.

use crate::ids::{bsn_ok, iban_ok};
use crate::{Hit, Label};
use crate::{either_case, re};
use regex::Regex;
use std::sync::LazyLock;

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.[A-Za-z]{2,}"));
static URL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>()\[\]{}]+"));
/// What a bare web address has: a top-level domain and the slash of its path.
const URL_TLD: &[&str] = &[
    ".nl/", ".com/", ".org/", ".net/", ".eu/", ".be/", ".de/", ".info/", ".io/", ".me/", ".tv/",
];
/// A web address without `www.` or a scheme, but with a path: `facebook.com/jan.jansen.1972`,
/// `youtube.com/@kanaal`. The path is what makes it an address and not a word with a dot.
static URL_BARE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:[a-z0-9][a-z0-9\-]*\.)+(?:nl|com|org|net|eu|be|de|info|io|me|tv)/[^\s<>()\[\]{}]+",
    )
});
pub(crate) static IBAN: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)NL ?\d{2} ?[A-Z]{4}(?: ?\d){10}(?-u:\b)"));
static BSN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u:\b)(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{8})(?-u:\b)")
});
static BSN_CONTEXT: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?:bsn|burgerservice|sofi)"));
static PHONE_INTL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:\+31|(?-u:\b)0031)[\s\-]?(?:\(0\)[\s\-]?)?\(?\d\)?(?:[\s\-]?\d){8}(?-u:\b)")
});
/// Dashes between the groups may be en dashes (`0573 – 25 11 90`).
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:\(0\d{1,3}\)|(?-u:\b)0\d{1,3})(?:[\s\-–]{0,3}\d){6,8}(?-u:\b)"));
/// A foreign number with its country code (`+48 601 223 918`); `+31` is above.
static PHONE_FOREIGN: LazyLock<Regex> =
    LazyLock::new(|| re(r"\+[1-9]\d{1,2}(?:[ \-]?\d){7,11}(?-u:\b)"));
static POSTCODE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)[1-9]\d{3}[ \x{a0}]?[A-Za-z]{2}(?-u:\b)"));
static DATE_NUM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u:\b)(?:\d{4}-\d{2}-\d{2}|\d{1,2}[\-/.]\d{1,2}[\-/.](?:\d{4}|\d{2}))(?-u:\b)")
});
/// A day (or a range of days, `27-28 maart`) and a month, with an optional weekday and year;
/// the dot belongs to an abbreviated month only (`3 mrt.`), not to the end of a sentence.
pub(crate) static DATE_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b)(?:{WEEKDAYS}\.?,?\s+)?\d{{1,2}}(?:e|ste|de)?(?:\s?[\-–]\s?\d{{1,2}})?\s+(?:{}(?-u:\b)|{}(?-u:\b)\.?)(?:\s+'?\d{{2,4}}(?-u:\b))?",
        either_case(
            "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
        ),
        either_case("jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"),
        WEEKDAYS = *WEEKDAYS,
    ))
});
/// What every match of `DATE_TEXT` has: the start of a month's name or abbreviation, its first
/// letter in either case (`DATE_TEXT` is tried only where one stands: the pattern has no words
/// in front to search for first, and would read every text).
pub(crate) static MONTH_GATE: LazyLock<Regex> = LazyLock::new(|| {
    let stems = [
        "jan", "feb", "maart", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    let both: Vec<String> = stems
        .iter()
        .flat_map(|s| {
            [
                s.to_string(),
                format!("{}{}", s[..1].to_uppercase(), &s[1..]),
            ]
        })
        .collect();
    crate::any_of(&both.iter().map(String::as_str).collect::<Vec<_>>())
});
static WEEKDAYS: LazyLock<String> = LazyLock::new(|| {
    either_case("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo")
});
/// A day and month without a year ("op 3-9", "vanaf 1/12", "woensdag 9/4"): only after a word
/// that announces a day, since "3-4 weken" and "2/3 deel" are not dates.
pub(crate) static DATE_SHORT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b)(?:{}|{})\.?:?\s+(\d{{1,2}}[\-/]\d{{1,2}})(?-u:\b)",
        either_case(r"op|vanaf|sinds|tot|t/m|per|d\.d\.|datum"),
        *WEEKDAYS,
    ))
});
/// More places where a bare day and month is a date: at the start of a line of a contact log
/// (`08-05 Overleg met …`, `- 2/4 mail`), after a word for a meeting (`Intake 31/7`,
/// `spreekuur bibliotheek 7-11`), and a zero-padded or two-digit pair anywhere (`22-08`),
/// which quantities ("3-4 weken") are not written as.
pub(crate) static DATE_SHORT_MORE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?m)(?:^[ \t]*(?:[\-•*·][ \t]*)?(\d{{1,2}}[\-/]\d{{1,2}})(?-u:\b)|(?-u:\b){}(?:[ \t]+\p{{Ll}}+)?[ \t]+(\d{{1,2}}[\-/]\d{{1,2}})(?-u:\b)|(?-u:\b)(\d{{2}}-\d{{2}})(?-u:\b))",
        either_case(
            "intake|gesprek|afspraak|huisbezoek|spreekuur|overleg|aanmelding|hoorzitting|zitting"
        )
    ))
});
/// What makes a short day-month a quantity after all: "3-4 weken", "2/3 deel".
static NOT_A_DAY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:[\-/.]\d|\s*(?:%|x\b|keer|weken|week|dagen|dag|maanden|maand|jaar|jaren|uur|u\b|min|deel|kinderen|personen|euro))",
    )
});
/// A case or file number with letters in front, such as `BB-2025-11873`, `SHV/2024/0931` or
/// `ZC-3301987`: capitals, a dash or slash, and at least four digits.
static CASE_CODE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u:\b)(?:\d{2,4}[\-/])?[A-Z]{2,4}[\-/](?:\d{2,4}[\-/])?\d{4,8}(?-u:\b)")
});
/// A Dutch court's case number: `C/02/389144`, with its rekest part `/ FT RK 25/312`.
static COURT_CASE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)[A-Z]{1,2}/\d{2}/\d{4,8}(?:\s?/\s?[A-Z]{2}\s?[A-Z]{2}\s?\d{2}[\-/]\d{1,5})?(?-u:\b)",
    )
});
static DOB_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:geboren|geb\.|geboortedatum|geb\.?\s*datum|geboortedag|d\.o\.b|dob)\s*(?:op|:)?\s*$",
    )
});
/// A number after its keyword. The first keywords announce a number by themselves
/// (`kenmerk Z/25/004512`); the others only with `nummer` or `nr` (`huurnummer`, not `huur`).
/// The number may be written in groups (`1071 3382 0017 5526`, `865 876 979`).
static CASE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b)(?:(?:{}|KvK|KVK|CJIB)(?:[\s\-]?(?:nummer|nr|no|Nummer|Nr))?|{}[\s\-]?(?:nummer|nr|Nummer|Nr))\.?\s*(?:op\s*)?(?::|#|is|van)?\s*([A-Z]{{2,5}}[ ]\d{{2,4}}[./\-]\d{{3,6}}(?-u:\b)|\d{{3,4}}(?:[ .]\d{{2,4}}){{1,4}}(?-u:\b)|[A-Za-z]{{0,5}}[\-/]?\d[A-Za-z0-9./\-]{{2,}}|\d{{4,}})",
        either_case(
            "dossier|zaak|klant|cli[eë]nt|kenmerk|referentie|ref|beschikking|aanvraag|betalings?kenmerk|registratie|polis|debiteur|kvk|kamer van koophandel|relatie|factuur|volg"
        ),
        either_case(
            "huur|contract|aanslag|rekest|vonnis|verzoek|lid|pas|order|inschrijf|vordering|cjib|beschikkings|zaak"
        ),
    ))
});

/// A number in a field or sentence that names it: `Kwestie: 7515/53`, `The case number is
/// ZK9641354`, `Klantnummer gemeente: 36177101`, `kenmerk voor de woningcorporatie is 1847 7083
/// 5329 8832`. The number is the last group and has at least four digits (checked after).
static CASE_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:[Kk]westie|[Cc]ase number|[Rr]eference(?: number)?|[Kk]lantnummer [\p{Ll}]+|(?:[Kk]enmerk|[Nn]ummer) (?:[\p{Ll}]+ ){1,4}is)(?: is)?[ \t]*:?[ \t]*(\d{3,4}(?:[ .]\d{2,4}){1,4}(?-u:\b)|[A-Za-z]{0,5}[\-/]?\d[A-Za-z0-9./\-]{2,}[A-Za-z0-9])",
    )
});

/// Case numbers whose make says what they are, with no word in front: `26.9717.WMO`,
/// `2026/835027`, `2026-6859635` (a year and five or more digits: no date), `D-458136`,
/// `SHV 2025.5418`.
static CASE_SHAPE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:\d{2,4}\.\d{3,5}\.[A-Z]{2,5}|20\d{2}[/\-]\d{5,7}|[A-Za-z]-\d{5,7}|[A-Z]{2,5}[ ]\d{4}\.\d{3,5})(?-u:\b)",
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

/// What a web address with `www.` or a scheme has.
static WEB: LazyLock<Regex> =
    LazyLock::new(|| crate::any_of(&["www", "WWW", "Www", "http", "HTTP", "Http"]));
static WEB_TLD: LazyLock<Regex> = LazyLock::new(|| crate::any_of(URL_TLD));

pub fn find(text: &str, out: &mut Vec<Hit>) {
    // Cheap gates first: most patterns need an '@', a web address or a digit.
    if text.contains('@') {
        for m in EMAIL.find_iter(text) {
            out.push(Hit::new(m.start(), m.end(), Label::Email));
        }
    }
    let web = WEB.is_match(text);
    let bare = text.contains('/') && WEB_TLD.is_match(text);
    if web || bare {
        let urls = URL.find_iter(if web { text } else { "" });
        for m in urls.chain(URL_BARE.find_iter(if bare { text } else { "" })) {
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
    // Cheap looks at the bytes decide which patterns can match at all.
    let bytes = text.as_bytes();
    let runs = digit_runs(bytes);
    for m in IBAN.find_iter(if iban_like(&runs) { text } else { "" }) {
        if iban_ok(m.as_str()) {
            out.push(Hit::new(m.start(), m.end(), Label::Iban));
        }
    }
    // A BSN: 8 or 9 digits in a row, or 3+3+3 or 4+2+3 with a space or dot between.
    let bsn_like = runs.iter().any(|r| r.len >= 8)
        || runs
            .windows(3)
            .any(|w| w[0].sep_after && w[1].sep_after && w[1].len <= 3 && w[2].len >= 3);
    // A postcode: exactly four digits, then two letters (after a space or not).
    let postcode_like = runs.iter().any(|r| {
        r.len == 4 && {
            let rest = &bytes[r.end..];
            let rest = rest.strip_prefix(b" ").unwrap_or(rest);
            let rest = rest.strip_prefix("\u{a0}".as_bytes()).unwrap_or(rest);
            rest.len() >= 2 && rest[0].is_ascii_alphabetic() && rest[1].is_ascii_alphabetic()
        }
    });
    let Around {
        plate_like,
        day_month,
    } = around_digits(bytes, &runs);
    let code =
        memchr::memchr2_iter(b'-', b'/', bytes).any(|i| i > 0 && bytes[i - 1].is_ascii_uppercase());
    for m in BSN.find_iter(if bsn_like { text } else { "" }) {
        let (ok, eight) = kept(m.as_str(), u8::is_ascii_digit, |d| {
            (bsn_ok(d), d.len() == 8)
        });
        // An 8-digit number is a BSN only where the text says so.
        let before = crate::back(text, m.start(), 40);
        if ok && (!eight || BSN_CONTEXT.is_match(before)) {
            out.push(Hit::new(m.start(), m.end(), Label::Bsn));
        }
    }
    let intl = text.contains("+31") || text.contains("0031");
    for m in PHONE_INTL.find_iter(if intl { text } else { "" }) {
        out.push(Hit::new(m.start(), m.end(), Label::Phone));
    }
    if text.contains('+') {
        for m in PHONE_FOREIGN.find_iter(text) {
            out.push(Hit::new(m.start(), m.end(), Label::Phone));
        }
    }
    for m in PHONE.find_iter(text) {
        // Dutch numbers have 10 digits with the trunk 0; "14 020" and 0800/0900 lines are public.
        if kept(m.as_str(), u8::is_ascii_digit, |d| {
            d.len() == 10 && !public_phone(d)
        }) {
            out.push(Hit::new(m.start(), m.end(), Label::Phone));
        }
    }
    for m in POSTCODE.find_iter(if postcode_like { text } else { "" }) {
        let ok = kept(m.as_str(), u8::is_ascii_alphabetic, |letters| {
            let lower_ok = letters.bytes().all(|c| c.is_ascii_uppercase())
                || !NOT_POSTCODE_LETTERS.contains(&letters);
            !["SA", "SD", "SS"]
                .iter()
                .any(|u| u.eq_ignore_ascii_case(letters))
                && lower_ok
        });
        if ok {
            out.push(Hit::new(m.start(), m.end(), Label::Postcode));
        }
    }
    for m in PLATE.find_iter(if plate_like { text } else { "" }) {
        let month = kept(m.as_str(), u8::is_ascii_alphabetic, |letters| {
            MONTH_ABBR.iter().any(|a| a.eq_ignore_ascii_case(letters))
        });
        if !month {
            out.push(Hit::new(m.start(), m.end(), Label::LicensePlate));
        }
    }
    let dated = if day_month { text } else { "" };
    for m in DATE_NUM.find_iter(dated) {
        let (p, n) = numbers::<3>(m.as_str(), &['-', '/', '.']);
        let ok = n == 3
            && if p[0] > 1000 {
                valid_date(p[2], p[1])
            } else {
                valid_date(p[0], p[1])
            };
        // One separator throughout: `7.5/10` is a mark, not a date.
        let mut seps = m
            .as_str()
            .bytes()
            .filter(|b| matches!(b, b'-' | b'/' | b'.'));
        let same = seps.next() == seps.next();
        if ok && same {
            out.push(Hit::new(m.start(), m.end(), date_label(text, m.start())));
        }
    }
    for m in DATE_SHORT.find_iter(dated) {
        let g = Found::new(text, short_date(&m));
        let (p, n) = numbers::<2>(g.as_str(), &['-', '/']);
        let after = text.get(g.end()..).unwrap_or("");
        if n == 2 && valid_date(p[0], p[1]) && !NOT_A_DAY_AFTER.is_match(after) {
            out.push(Hit::new(g.start(), g.end(), date_label(text, g.start())));
        }
    }
    for m in DATE_SHORT_MORE.find_iter(dated) {
        let g = Found::new(text, short_date_more(&m));
        let (p, n) = numbers::<2>(g.as_str(), &['-', '/']);
        let after = text.get(g.end()..).unwrap_or("");
        let before = text.get(..g.start()).unwrap_or("");
        // Part of a longer number, a time or a range of numbers is no date.
        let glued = before.ends_with(['-', '/', '.', ':', '–', ','])
            || (after.starts_with(['-', '/', '.', ',', ':'])
                && after[1..].starts_with(|c: char| c.is_ascii_digit()));
        if n == 2 && valid_date(p[0], p[1]) && !NOT_A_DAY_AFTER.is_match(after) && !glued {
            out.push(Hit::new(g.start(), g.end(), date_label(text, g.start())));
        }
    }
    let coded = if code { text } else { "" };
    for m in CASE_CODE
        .find_iter(coded)
        .chain(COURT_CASE.find_iter(coded))
    {
        out.push(Hit::new(m.start(), m.end(), Label::CaseNumber));
    }
    let months = MONTH_GATE.is_match(text);
    for m in DATE_TEXT.find_iter(if months { text } else { "" }) {
        out.push(Hit::new(m.start(), m.end(), date_label(text, m.start())));
    }
    for m in CASE_SHAPE.find_iter(text) {
        let glued = text[..m.start()].ends_with(['-', '/', '.', ',', '+'])
            || text[m.end()..].starts_with(['-', '/']);
        if !glued {
            out.push(Hit::new(m.start(), m.end(), Label::CaseNumber));
        }
    }
    for c in CASE_NAMED.captures_iter(text) {
        if let Some(g) = c.get(1)
            && g.as_str().bytes().filter(u8::is_ascii_digit).count() >= 4
        {
            out.push(Hit::new(g.start(), g.end(), Label::CaseNumber));
        }
    }
    for c in CASE.captures_iter(text) {
        if let Some(g) = c.get(1) {
            // A grouped number may go on with letters (`2025.0098.WMO`).
            let more = text[g.end()..]
                .find(|ch: char| !(ch.is_ascii_alphanumeric() || matches!(ch, '.' | '/' | '-')))
                .unwrap_or(text.len() - g.end());
            let s = text[g.start()..g.end() + more].trim_end_matches(['.', ',', '-', '/']);
            if s.chars().any(|ch| ch.is_ascii_digit()) {
                out.push(Hit::new(g.start(), g.start() + s.len(), Label::CaseNumber));
            }
        }
    }
}

/// The day and month of `DATE_SHORT`: after the match's last space (read off the match; a
/// search for the group costs a second search, and `tests_same` holds this to the pattern).
pub(crate) fn short_date(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str();
    let from = s
        .rfind(char::is_whitespace)
        .map_or(0, |i| i + s[i..].chars().next().map_or(0, char::len_utf8));
    (m.start() + from, m.end())
}

/// The day and month of `DATE_SHORT_MORE`: from the first character that is no space, bullet or
/// letter (a number is none of those).
pub(crate) fn short_date_more(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str();
    let from = s
        .find(|c: char| !(matches!(c, ' ' | '\t' | '-' | '•' | '*' | '·') || c.is_alphabetic()))
        .unwrap_or(s.len());
    (m.start() + from, m.end())
}

/// A date right after "geboren (op)" or "geboortedatum:" is a date of birth.
fn date_label(text: &str, start: usize) -> Label {
    if DOB_CONTEXT.is_match(crate::back(text, start, 30)) {
        Label::DateOfBirth
    } else {
        Label::Date
    }
}

/// Calls `f` with the ASCII characters of `s` that `keep` keeps (digits or letters), kept on the
/// stack for the usual short number or code.
fn kept<R>(s: &str, keep: fn(&u8) -> bool, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 24];
    let mut n = 0;
    for b in s.bytes().filter(keep) {
        if n == buf.len() {
            return f(&s.bytes().filter(keep).map(char::from).collect::<String>());
        }
        buf[n] = b;
        n += 1;
    }
    match std::str::from_utf8(&buf[..n]) {
        Ok(k) => f(k),
        Err(_) => f(&s.bytes().filter(keep).map(char::from).collect::<String>()),
    }
}

/// The numbers between the separators of `s` that parse, as `split` and `parse` find them: the
/// first `N`, and how many there are.
fn numbers<const N: usize>(s: &str, separators: &[char]) -> ([u32; N], usize) {
    let mut out = [0; N];
    let mut n = 0;
    for v in s.split(separators).filter_map(|p| p.parse::<u32>().ok()) {
        if let Some(slot) = out.get_mut(n) {
            *slot = v;
        }
        n += 1;
    }
    (out, n)
}

/// A group read off a match: its span in the text.
struct Found<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

impl<'a> Found<'a> {
    fn new(text: &'a str, (start, end): (usize, usize)) -> Found<'a> {
        Found { text, start, end }
    }
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    fn as_str(&self) -> &'a str {
        &self.text[self.start..self.end]
    }
}

/// Can an IBAN that passes its check stand in the text? It ends in ten ASCII digits, in runs
/// with single spaces between (`iban_ok` refuses other digits).
pub(crate) fn iban_like(runs: &[Run]) -> bool {
    let mut chain = 0;
    runs.iter().any(|r| {
        chain += r.len;
        let long = chain >= 10;
        if !r.sep_after {
            chain = 0;
        }
        long
    })
}

/// A run of digits in the text: where it ends, how long it is, and whether a single space or
/// dot follows it before the next run.
pub(crate) struct Run {
    start: usize,
    end: usize,
    len: usize,
    sep_after: bool,
}

pub(crate) fn digit_runs(bytes: &[u8]) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let sep_after = matches!(bytes.get(i), Some(b' ' | b'.'))
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            runs.push(Run {
                start,
                end: i,
                len: i - start,
                sep_after,
            });
        } else {
            i += 1;
        }
    }
    runs
}

/// What stands around the runs of digits: a letter beside a digit, or a hyphen between a
/// letter and a digit, with a byte after the pair (`plate_like`: a licence plate can stand
/// there); a digit, a `-`, `/` or `.` and a digit (`day_month`). The same as looking at every
/// three bytes in a row, but only where digits are.
struct Around {
    plate_like: bool,
    day_month: bool,
}

fn around_digits(bytes: &[u8], runs: &[Run]) -> Around {
    let n = bytes.len();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let alpha = |i: usize| i < n && bytes[i].is_ascii_alphabetic();
    let digit = |i: usize| i < n && bytes[i].is_ascii_digit();
    let mut plate_like = false;
    let mut day_month = false;
    for r in runs {
        let (s, e) = (r.start, r.end);
        // A digit and a letter (or a letter and a digit) side by side, with a byte after.
        if (s > 0 && alpha(s - 1) && s + 1 < n) || (alpha(e) && e + 1 < n) {
            plate_like = true;
        }
        // A letter, a hyphen, a digit; a digit, a hyphen, a letter.
        if (s > 1 && at(s - 1) == b'-' && alpha(s - 2)) || (at(e) == b'-' && alpha(e + 1)) {
            plate_like = true;
        }
        if matches!(at(e), b'-' | b'/' | b'.') && digit(e + 1) {
            day_month = true;
        }
        if plate_like && day_month {
            break;
        }
    }
    Around {
        plate_like,
        day_month,
    }
}
