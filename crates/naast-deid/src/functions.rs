//! Functions that identify: a job title next to a name (`dhr. P. Smit, teamleider Wmo`,
//! `wijkcoach Henk`) or with a small team or unit (`teamleider Wmo`, `de wijkcoach van team
//! Noord`, `consulent bij het wijkteam Oost`). In a small municipality such a title points to one
//! person even when the name is hidden. It is not personal data in the sense of the labels, so
//! [`crate::find`] and `naast deid --jsonl`/`--redact` leave it; the review of text that leaves
//! the office ([`find_for_review`]) shows it as a finding of its own kind for the confidant to
//! decide on (AVG art. 4(1): data by which a person can be identified *indirectly*).
//! A title alone (`de consulent belde`) is not a finding: it points to nobody.

use crate::{Label, Lists, Span, either_case, find_with, re};
use regex::Regex;
use std::sync::LazyLock;

/// Job titles of the social domain and around it, in lower case (the pattern also takes a
/// capital first letter).
const TITLES: &str = concat!(
    "teamleider|teammanager|teamcoördinator|teamcoordinator|wijkcoach|buurtcoach|",
    "wijkcoördinator|wijkcoordinator|wijkverpleegkundige|wijkagent|wijkregisseur|",
    "wmo-consulent|wmo consulent|jeugdconsulent|inkomensconsulent|participatieconsulent|",
    "consulent|klantmanager|casemanager|zorgregisseur|jeugdregisseur|regisseur|",
    "zorgcoördinator|zorgcoordinator|coördinator|coordinator|afdelingshoofd|afdelingsmanager|",
    "directeur|manager|leidinggevende|beleidsmedewerker|beleidsadviseur|wethouder|",
    "gemeentesecretaris|bezwaarbehandelaar|klachtbehandelaar|klachtenfunctionaris|",
    "huisarts|praktijkondersteuner|maatschappelijk werker|schoolmaatschappelijk werker|",
    "schuldhulpverlener|budgetcoach|jobcoach|trajectbegeleider|ambulant begeleider|",
    "woonbegeleider|gezinsvoogd|jeugdbeschermer|leerplichtambtenaar|intern begeleider|",
    "sociaal rechercheur|handhaver|jurist|voorzitter|secretaris|medewerker|",
    "gezinscoach|jongerenwerker|opbouwwerker|ouderenadviseur|cliëntondersteuner|clientondersteuner",
);

/// Words for a domain of the social domain: `teamleider Wmo`, `consulent schuldhulp`.
const DOMAINS: &str = concat!(
    "wmo|jeugd|jeugdzorg|jeugdhulp|participatie|inkomen|bijstand|schuldhulp|",
    "schuldhulpverlening|schulden|werk|re-integratie|leerplicht|handhaving|zorg|wonen|",
    "minima|armoede|beschermd wonen|bezwaar|klachten"
);

/// [`DOMAINS`] as words, for a check of one.
const DOMAIN_WORDS: &[&str] = &[
    "wmo",
    "jeugd",
    "jeugdzorg",
    "jeugdhulp",
    "participatie",
    "inkomen",
    "bijstand",
    "schuldhulp",
    "schuldhulpverlening",
    "schulden",
    "werk",
    "re-integratie",
    "leerplicht",
    "handhaving",
    "zorg",
    "wonen",
    "minima",
    "armoede",
    "bezwaar",
    "klachten",
];

/// A title, then maybe a domain, a capitalised unit, or `van`/`bij` (`het`/`de`) and a team.
static FUNCTION: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b){titles}(?-u:\b)(?:([ \t]+(?:{domains}|\p{{Lu}}[\p{{L}}\-]*))(?-u:\b)|([ \t]+(?:van|bij)[ \t]+(?:het[ \t]+|de[ \t]+)?(?:team|wijkteam|sociaal team|jeugdteam|gebiedsteam|buurtteam|afdeling|locatie|vestiging)[ \t]+\p{{Lu}}[\p{{L}}\-]*))?",
        titles = either_case(TITLES),
        domains = either_case(DOMAINS),
    ))
});

/// Capitalised words after a title that begin a new thought, not a unit: `teamleider En`…
const NOT_A_UNIT: &[&str] = &[
    "de", "het", "een", "en", "maar", "ook", "toen", "dan", "die", "dat", "ik", "wij", "we", "zij",
    "hij", "ze", "u", "in", "op", "van", "bij", "met", "voor", "na", "om",
];

/// The job titles in `text` that identify, given the spans already `found` in it (sorted, code
/// points): as spans labelled [`Label::Function`], none overlapping a found span.
pub fn find_functions(text: &str, found: &[Span]) -> Vec<Span> {
    let offsets: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let char_at = |byte: usize| offsets.partition_point(|&b| b < byte);
    let person_ends: Vec<usize> = found
        .iter()
        .filter(|s| s.label == Label::Person)
        .filter_map(|s| offsets.get(s.end).copied())
        .collect();
    let person_starts: Vec<usize> = found
        .iter()
        .filter(|s| s.label == Label::Person)
        .filter_map(|s| offsets.get(s.start).copied())
        .collect();
    let mut out = Vec::new();
    for c in FUNCTION.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let title_end = c.get(1).or_else(|| c.get(2)).map_or(m.end(), |g| g.start());
        let mut end = m.end();
        let mut unit = c.get(2).is_some();
        if let Some(g) = c.get(1) {
            let word = g.as_str().trim();
            let domain = crate::with_lower(word, |w| DOMAIN_WORDS.contains(&w));
            if crate::lower_in(word, NOT_A_UNIT) {
                end = title_end;
            } else {
                unit = true;
                // A capitalised word after the title that is a found person is a name, not a
                // unit (`wijkcoach Henk`); a domain is a unit even if taken for a name.
                if !domain && person_starts.contains(&(g.start() + (g.len() - word.len()))) {
                    end = title_end;
                    unit = false;
                }
            }
        }
        // Next to a name: `P. Smit, teamleider`, `Smit (teamleider)`, `wijkcoach Henk`.
        let before = text[..m.start()].trim_end_matches([' ', '\t', ',', '(', '-', '–']);
        let after = &text[title_end..];
        let after_gap =
            title_end + (after.len() - after.trim_start_matches([' ', '\t', ',']).len());
        let next_to_name = person_ends.contains(&before.len())
            || person_starts.contains(&after_gap)
            || person_starts.contains(&end.min(text.len()));
        if !(unit || next_to_name) {
            continue;
        }
        let (start, mut end) = (char_at(m.start()), char_at(end));
        // A finding inside the unit (`team Noord` taken for a place, `teamleider Jeugd` for a
        // name) goes into the function; one that runs out of it ends the function there.
        let unit_from = char_at(title_end);
        if let Some(s) = found
            .iter()
            .find(|s| s.start < end && s.end > start && !(s.start >= unit_from && s.end <= end))
        {
            end = s.start.max(start);
            while end > start && text[..offsets[end]].ends_with([' ', '\t']) {
                end -= 1;
            }
            if offsets[end] < title_end {
                end = char_at(title_end);
            }
        }
        let absorbed = |s: &Span| s.start >= unit_from && s.end <= end;
        if start < end
            && found
                .iter()
                .all(|s| s.end <= start || s.start >= end || absorbed(s))
        {
            out.push(Span {
                start,
                end,
                label: Label::Function,
            });
        }
    }
    out
}

/// What the review of text that leaves the office shows: [`find_with`] and the functions that
/// identify, sorted by start, not overlapping.
pub fn find_for_review(text: &str, lists: Option<&Lists>) -> Vec<Span> {
    let mut spans = find_with(text, lists);
    let functions = find_functions(text, &spans);
    spans.retain(|s| {
        functions
            .iter()
            .all(|f| s.end <= f.start || s.start >= f.end)
    });
    spans.extend(functions);
    spans.sort_by_key(|s| s.start);
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn functions(text: &str) -> Vec<&str> {
        let chars: Vec<char> = text.chars().collect();
        let spans = find_for_review(text, None);
        let mut out = Vec::new();
        for s in spans.iter().filter(|s| s.label == Label::Function) {
            let start: usize = chars[..s.start].iter().map(|c| c.len_utf8()).sum();
            let end: usize = chars[..s.end].iter().map(|c| c.len_utf8()).sum();
            out.push(&text[start..end]);
        }
        out
    }

    #[test]
    fn a_title_with_a_team_or_unit_is_a_finding() {
        assert_eq!(
            functions("Ik sprak de teamleider Wmo over de taxi."),
            ["teamleider Wmo"]
        );
        assert_eq!(
            functions("Volgens de wijkcoach van team Noord kan het niet."),
            ["wijkcoach van team Noord"]
        );
        assert_eq!(
            functions("Een consulent bij het wijkteam Oost belde terug."),
            ["consulent bij het wijkteam Oost"]
        );
        assert_eq!(
            functions("de klantmanager schuldhulp belde"),
            ["klantmanager schuldhulp"]
        );
    }

    #[test]
    fn a_title_next_to_a_name_is_a_finding_and_the_name_stays_a_name() {
        let t = "Gesproken met dhr. P. Smit, teamleider Wmo.";
        assert_eq!(functions(t), ["teamleider Wmo"]);
        let spans = find_for_review(t, None);
        assert!(
            spans.iter().any(|s| s.label == Label::Person),
            "the name is still found: {spans:?}"
        );
        assert_eq!(
            functions("Mevrouw Jansen (jurist) schreef terug."),
            ["jurist"]
        );
    }

    #[test]
    fn a_title_alone_is_not_a_finding_nor_is_it_in_the_labels_output() {
        assert!(functions("De consulent belde. Ook de huisarts weet ervan.").is_empty());
        assert!(functions("De teamleider En de rest kwamen niet.").is_empty());
        let t = "dhr. P. Smit, teamleider Wmo";
        assert!(
            crate::find(t).iter().all(|s| s.label != Label::Function),
            "find (and so --jsonl and --redact) never gives functions"
        );
        assert!(!crate::redact(t).contains("FUNCTIE"));
    }

    #[test]
    fn spans_are_sorted_and_do_not_overlap() {
        let t = "Bel 06-12345678. Mevrouw De Wit, wijkcoach van team Zuid, en teamleider Jeugd.";
        let spans = find_for_review(t, None);
        for w in spans.windows(2) {
            assert!(w[0].end <= w[1].start, "{spans:?}");
        }
        assert_eq!(
            functions(t),
            ["wijkcoach van team Zuid", "teamleider Jeugd"]
        );
    }
}
