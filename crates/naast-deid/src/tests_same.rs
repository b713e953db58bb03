//! The shortcuts taken for speed give what the patterns give: on many texts made of pieces that
//! the patterns look for, each shortcut is compared with the pattern's own answer.

use regex::Regex;

/// Texts of random pieces (a fixed seed): words, cues, spaces, punctuation and letters outside
/// ASCII, glued together without separators so that the edges of words are tried as well.
pub(crate) fn texts(pieces: &[&str], n: usize) -> Vec<String> {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |k: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % k as u64) as usize
    };
    (0..n)
        .map(|_| {
            let len = 1 + next(14);
            (0..len).map(|_| pieces[next(pieces.len())]).collect()
        })
        .collect()
}

/// The pieces, split at `|`.
const PIECES: &str = concat!(
    " | | |  |\t|\n|\u{a0}|:|.|,|-|'|’|5|12|(|)|",
    "in|te|uit|naar|richting|In|mevrouw|Mevr.|mw.|Mw|dhr|juf|",
    "van|de|der|'t|ik|Ik|ben|heet|mijn|mn|m'n|zoon|hoi|",
    "apeldoorn|ede|bilal|Bilal|café|über|É|x|ab|abc|_|😊|",
    ": |:\t|\nBilal|\nsanne|\n ",
);

type Spans = Vec<(usize, usize)>;

/// On texts made of `pieces` (split at `|`), the spans that `shortcut` reads off each match of
/// `re` are those that `want` takes from the engine's groups.
fn same_as_groups(
    re: &Regex,
    pieces: &str,
    shortcut: impl Fn(&regex::Match<'_>) -> Spans,
    want: impl Fn(&regex::Captures<'_>) -> Spans,
) {
    let pieces: Vec<&str> = pieces.split('|').collect();
    let mut matches = 0;
    for t in texts(&pieces, 20_000) {
        for c in re.captures_iter(&t) {
            let Some(m) = c.get(0) else {
                panic!("no match in {t:?}");
            };
            assert_eq!(shortcut(&m), want(&c), "{re} in {t:?}");
            matches += 1;
        }
    }
    assert!(matches > 100, "{re}: only {matches} matches tried");
}

fn group(c: &regex::Captures<'_>, i: usize) -> (usize, usize) {
    c.get(i).map_or((0, 0), |g| (g.start(), g.end()))
}

/// Every match of `re` gives the same span for its group 1 as `shortcut` does.
fn same_group(re: &Regex, shortcut: impl Fn(&regex::Match<'_>) -> (usize, usize)) {
    same_as_groups(re, PIECES, |m| vec![shortcut(m)], |c| vec![group(c, 1)]);
}

#[test]
fn groups_read_off_the_match_are_the_groups() {
    use crate::known::{LOWER_NAME, LOWER_PLACE, LOWER_SURNAME, PARTICIPANT, participant};
    same_group(&LOWER_NAME, crate::after_last_gap);
    same_group(&LOWER_SURNAME, crate::after_first_gap);
    same_group(&LOWER_PLACE, crate::after_last_gap);
    same_group(&PARTICIPANT, participant);
}

#[test]
fn capitals_are_the_matches_of_their_pattern() {
    let pieces: Vec<&str> = concat!(
        "Jan|jan|de|A|Z|a|z|B.|'|’|'s-|'S-|'s|-|--| | |\n|.|,|5|_|@|/|",
        "Ö|ö|ë|é|Ł|ł|Σ|σ|ǅ|ǆ|İ|ı|ş|Ş|\u{301}|\u{308}|Ⓐ|Ⅰ|ⅰ|ᾈ|😊|🙏|\u{a0}|\u{200b}|",
        "Hertogenbosch|Oud-Beijerland|GGz|Reïntegratie|McDonald|iPhone|x-Y|A-b-C"
    )
    .split('|')
    .collect();
    let mut words = 0;
    for t in texts(&pieces, 30_000) {
        let want: Vec<(usize, usize)> = crate::proper::CAPITAL_WORD
            .find_iter(&t)
            .map(|m| (m.start(), m.end()))
            .collect();
        let got: Vec<(usize, usize)> = crate::proper::capitals(&t)
            .iter()
            .map(|w| (w.start, w.end))
            .collect();
        assert_eq!(got, want, "in {t:?}");
        words += want.len();
    }
    assert!(words > 10_000, "only {words} words tried");
}

#[test]
fn occurrences_are_those_of_match_indices() {
    let pieces: Vec<&str> = "a|aa|ab|b|ba| |é|ë|😊|Jan|Janneke|jan".split('|').collect();
    let texts = texts(&pieces, 5_000);
    for t in &texts {
        for needle in ["a", "aa", "aba", "Jan", "é", "ë a", "😊", "Janneke", "nn"] {
            let want: Vec<usize> = t.match_indices(needle).map(|(i, _)| i).collect();
            let got: Vec<usize> = crate::proper::occurrences(t, needle).collect();
            assert_eq!(got, want, "{needle:?} in {t:?}");
        }
    }
}

/// `known::casual` as it was written first, a character at a time.
fn casual_by_chars(text: &str) -> bool {
    let mut open = true;
    for c in text.chars() {
        if c.is_alphabetic() {
            if open && c.is_lowercase() {
                return true;
            }
            open = false;
        } else if matches!(c, '\n' | '!' | '?') {
            open = true;
        } else if c.is_ascii_punctuation()
            && !matches!(c, '(' | '"' | '\'' | '-' | '*' | ':' | '[' | ']')
        {
            open = false;
        }
    }
    false
}

#[test]
fn casual_text_is_told_as_before() {
    let pieces: Vec<&str> = "a|B|ë|Ë|5| |\n|!|?|.|,|(|\"|'|-|*|:|[|]|😊|12:03|hoi|Dhr|ß|ǅ"
        .split('|')
        .collect();
    let mut casual = 0;
    for t in texts(&pieces, 20_000) {
        let want = casual_by_chars(&t);
        assert_eq!(crate::known::casual(&t), want, "{t:?}");
        casual += usize::from(want);
    }
    assert!((1_000..19_000).contains(&casual), "{casual} casual texts");
}

/// Pieces of texts with ages.
const AGES: &str = concat!(
    "1|12|123|1234|٣|7| | |  |\t|\n|\u{a0}|(|)|,|;|.|-|–|:|&|",
    "jaar|jr|jr.|jarige|oud|mnd|maanden|is|Is|nu|zelf|ik ben|Ik ben|hij|zij|ze|ie|je|",
    "wordt|werd|was|ben|van|over|weken|leeftijd|kinderen|Kinderen|kids|en|Jan|x|é|",
    "(12)|(7 jaar)|(12,|(٣)|(4 mnd.)|(44 , |, 59|, 59,|, 8 en |,\t12\n|is 12|is nu 7 |Is 58,|",
    "ik ben 45|hij 18 wordt|12-jarige|12 jaar oud|van 12 jaar|van 12jr|– 67 jaar,|, 5 jr.)|",
    "kinderen (6, 9 en 12)|kinderen: 2, 5|Kids van 3 & 4|wordt over 2 weken 18|leeftijd: 33|",
    ", 59. |, 7.\n|, 12;|, 3)|, 40 en "
);

#[test]
fn ages_read_off_the_match_are_the_groups() {
    use crate::ages::*;
    let one = |f: fn(&regex::Match<'_>) -> (usize, usize)| move |m: &regex::Match<'_>| vec![f(m)];
    let first = |c: &regex::Captures<'_>| vec![group(c, 1)];
    same_as_groups(
        &AGE_AFTER_WORD,
        AGES,
        |m| {
            let (n, close) = bracket_age(m);
            vec![n, close]
        },
        |c| vec![group(c, 1), group(c, 2)],
    );
    same_as_groups(&AGE, AGES, one(age_number), |c| {
        vec![
            (1..=5)
                .find_map(|i| c.get(i))
                .map_or((0, 0), |g| (g.start(), g.end())),
        ]
    });
    same_as_groups(&IS_AGE, AGES, one(is_age_number), first);
    same_as_groups(&SET_OFF, AGES, one(set_off_number), first);
    same_as_groups(&CHILDREN, AGES, one(children_list), first);
    same_as_groups(&AFTER_NAME, AGES, one(number_after_name), first);
}

/// Pieces of addresses, places, dates and sign-offs.
const PLACES: &str = concat!(
    " | |  |\t|\n|\r|\u{a0}|,|, |.|;|:|)|-|/|•|*|·|'|’|in|te| in | te |de|van|aan de |op |",
    "Kerkstraat|Dorpsstraat|weg|straat|laan|Molenweg-Oost|kade|hof|wei|ring|",
    " 12| 12a| 12 a| 7-III| 4-huis| 14/3| 2 bis|12|9|٣|a|B|",
    "Maasdal|Oud-Beijerland|'s-Hertogenbosch|'t Veld|’t Zand|Bergen op Zoom|Den Haag|",
    "Jan|Cor van Wijk|J. Petrović|Agnieszka|Ayşe Yılmaz|Ölçek|é|x|",
    "1234 AB|\n1234 AB  |op|vanaf|Op|datum:|woensdag|intake|Spreekuur|bibliotheek|3-9|1/12|22-08|31/7|",
    "Adres: |adres|Woonadres :|straat + huisnummer |Straat en huisnummer:|woont op de |Waar: |",
    "ul. Ogrodowa 14/3|Hart van Zuid 1120|wonende te|Woonachtig in|ik woon|verhuisd naar|",
    "Woonplaats:|plaats :|regio|uit het dorp|komt uit|re-integratiebedrijf|reïntegratiebureau|",
    "praktijk|deurwaarder (|stichting|organisatie, |opvang van |thuiszorg bij |De |Het |",
    "\nMaasdal,|\nDen Haag, \t|\n 's-Hertogenbosch,|\nBergen op Zoom, |",
    "op 3-9|vanaf 1/12|Woensdag 9/4|d.d. 12-3|t/m: 4-5|zo  7/7|- 2/4 |• 08-05|overleg met 3/3"
);

/// Pieces of lines that are a name only.
const SIGN_OFFS: &str = "Jan| |  |\t|\r|Cor|van |de |Wijk|J.|J. |Petrović|Ayşe|A.B. |x|-|'|’|é|Ö";

#[test]
fn places_and_dates_read_off_the_match_are_the_groups() {
    use crate::places::*;
    let one = |f: fn(&regex::Match<'_>) -> (usize, usize)| move |m: &regex::Match<'_>| vec![f(m)];
    let first = |c: &regex::Captures<'_>| vec![group(c, 1)];
    same_as_groups(&ADDRESS, PLACES, one(address_suffix), first);
    same_as_groups(
        &ADDRESS_BEFORE_POSTCODE,
        PLACES,
        one(street_before_postcode),
        first,
    );
    same_as_groups(&AFTER_POSTCODE, PLACES, one(place_after_postcode), first);
    same_as_groups(&PLACE_AFTER, PLACES, one(place_after_address), first);
    same_as_groups(&PLACE_BEFORE_DATE, PLACES, one(place_before_date), first);
    same_as_groups(&ADDRESS_CUED, PLACES, one(cued_street), first);
    same_as_groups(&LIVES_IN, PLACES, one(place_lived_in), first);
    same_as_groups(
        &crate::orgs::KIND_THEN_NAME,
        PLACES,
        one(crate::orgs::name_after_kind),
        first,
    );
    same_as_groups(
        &crate::context::NAME_BEFORE_AGE,
        PLACES,
        |m| vec![(m.start(), m.end())],
        first,
    );
    same_as_groups(
        &crate::context::SIGN_OFF_LINE,
        SIGN_OFFS,
        one(crate::context::sign_off_name),
        first,
    );
    use crate::patterns::{DATE_SHORT, DATE_SHORT_MORE, short_date, short_date_more};
    same_as_groups(&DATE_SHORT, PLACES, one(short_date), first);
    same_as_groups(&DATE_SHORT_MORE, PLACES, one(short_date_more), |c| {
        let g = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3));
        vec![g.map_or((0, 0), |g| (g.start(), g.end()))]
    });
}

/// Pieces of texts with people after their cues.
const PEOPLE: &str = concat!(
    " | |  |\t|\n|\u{a0}|,|:| :|.|-|(|'|’|",
    "mevrouw|Mevr.|mevr|mw.|Mw|dhr.|Dhr|de heer|De heer|heer|juf|juffrouw|fam.|Familie|dossier|",
    "Beste|beste|Hoi|hi|Hi|Dag|Geachte|goedemorgen|",
    "mijn|Mijn|m'n|M'n|zn|haar|zoon|Zoon|zoontje|vriend|vriendin|zus|zuster|ex|kinderen|Partner|",
    "consulent|Consulente|bewindvoerder|is|was|heet|maatschappelijk werker|cliënt|Client|",
    "ik ben|Ik heet|naam:|Naam :|t.n.v.|T.n.v|gesprek met|namens|ondergetekende,|",
    "Met vriendelijke groet|groeten|Groetjes|mvg|MVG|m.v.g.|\nvan:|\nAan:|\ncc :|\nFrom:|",
    "Jansen|van Dijk|de Vries|Van|de|van den|'t Hart|in 't Veld|op den Akker|J.|R.J. |A. B.|",
    "(Robbert) |Ayşe|Yılmaz|Öztürk|Kees-Jan|O’Neill|ÉMILE|x|12|",
    "ik ben Jan|T.n.v.J. Jansen|namens de Vries|behandeld door : Bos|Ondergetekende,Piet|",
    "Met vriendelijke groet,\n\nKees Kaya|groeten\n Jan|Groetjes,\t\nAyşe|m.v.g. \nR.J. Bos|",
    "Inwoner Joost Smit|bewindvoerder is  van Dijk|Consulent\u{a0}was Piet|maatschappelijk werker Bos|",
    "Beste mevrouw Jansen|Hoi Daan|\n\tDag heer Bos|Hi\tmevrouw\t van Dijk|Geachte  De Vries"
);

#[test]
fn names_after_cues_read_off_the_match_are_the_groups() {
    let pieces: Vec<&str> = PEOPLE.split('|').collect();
    let mut tried = [0usize; 8];
    for t in texts(&pieces, 10_000) {
        for at in 0..t.len() {
            let Some(rest) = t.get(at..) else { continue };
            for (i, branch) in crate::context::PERSON_BRANCHES.iter().enumerate() {
                let (Some(m), Some(c)) = (branch.find(rest), branch.captures(rest)) else {
                    continue;
                };
                if let (Some(start), Some(g)) = (crate::context::branch_name(i, &m), c.get(1)) {
                    assert_eq!(
                        (start, m.end()),
                        (g.start(), g.end()),
                        "branch {i} in {rest:?}"
                    );
                    tried[i] += 1;
                }
            }
        }
    }
    for (i, n) in tried.iter().enumerate() {
        assert!(*n > 100, "branch {i}: only {n} matches tried");
    }
}

#[test]
fn dates_with_months_are_only_where_the_gate_lets_them() {
    use crate::patterns::{DATE_TEXT, MONTH_GATE};
    let pieces: Vec<&str> = concat!(
        " |  |\n|.|,|-|–|'|3|12|2026|'25|e|ste|de|vrijdag|Ma|di.|",
        "januari|Februari|febr|maart|Mrt|april|mei|Juni|jul|aug|Sept|oktober|nov|DEC|december|jan|",
        "3 maart 2026|vrijdag 7 november|27-28 Maart|3 mrt.|12 Jan '25|1ste mei|Zo, 2 dec|9 juni"
    )
    .split('|')
    .collect();
    let mut dates = 0;
    for t in texts(&pieces, 20_000) {
        if DATE_TEXT.is_match(&t) {
            assert!(MONTH_GATE.is_match(&t), "{t:?}");
            dates += 1;
        }
    }
    assert!(dates > 1_000, "only {dates} dates");
}

#[test]
fn ibans_are_only_where_the_gate_lets_them() {
    use crate::patterns::{IBAN, digit_runs, iban_like};
    let pieces: Vec<&str> = concat!(
        "NL91ABNA0417164300|NL91 ABNA 0417 1643 00|nl91 abna 0417 1643 00|NL91 ABNA 041716 4300|",
        "NL|nl|91|ABNA|0417|1643|00| |  |.|-|5|٣|x"
    )
    .split('|')
    .collect();
    let mut ibans = 0;
    for t in texts(&pieces, 20_000) {
        for m in IBAN.find_iter(&t) {
            if crate::ids::iban_ok(m.as_str()) {
                assert!(iban_like(&digit_runs(t.as_bytes())), "{t:?}");
                ibans += 1;
            }
        }
    }
    assert!(ibans > 1_000, "only {ibans} IBANs");
}

#[test]
fn people_cues_tried_where_they_can_start_are_those_of_one_scan() {
    // The pieces of the people's cues, and capitals and dots outside ASCII (`Ş.`, `Ⅳ.`), a
    // carriage return and lines opening with blanks, where the starts are found by hand.
    let mut pieces: Vec<&str> = PEOPLE.split('|').collect();
    pieces.extend([
        "Ş.", "Ⅳ.", "É", "\r\n", "\n  ", "\n\t", "ABC.", "beste", "Hallo",
    ]);
    let whole =
        Regex::new(&crate::cue_starts::person_cues_pattern()).unwrap_or_else(|e| panic!("{e}"));
    let mut matches = 0;
    for t in texts(&pieces, 20_000) {
        let want: Spans = whole.find_iter(&t).map(|m| (m.start(), m.end())).collect();
        let mut got = Vec::new();
        crate::cue_starts::person_cues(&t, |s, e| got.push((s, e)));
        assert_eq!(got, want, "in {t:?}");
        matches += want.len();
    }
    assert!(matches > 5_000, "only {matches} matches tried");
}
