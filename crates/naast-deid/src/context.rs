//! What context tells: people after titles, greetings, relations and roles, and in signatures;
//! street + house number; places after "wonende te" or a postcode; organisations by their
//! kind of name; ages in the ways people write them.

use crate::re;
use crate::{Hit, Label};
use regex::Regex;
use std::sync::LazyLock;

/// A name after a cue: initials, particles (van, de, ter …) and capitalised words.
const NAME: &str = r"((?:\p{Lu}\.\s?){0,4}(?:(?:van|de|der|den|ter|ten|te|het|'t|in|op|el|al|von|da|du|le|la|bin)\s+)*\p{Lu}[\p{Ll}\p{Lu}'’\-]+(?:[ \-](?:(?:van|de|der|den|ter|ten|te|'t|el|al|von|da|du|le|la|bin)\s+)*\p{Lu}[\p{Ll}'’\-]+){0,3})";

static TITLED: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?i:(?-u:\b)(?:mevrouw|mevr\.?|mw\.?|meneer|mijnheer|dhr\.?|de heer|heer|hr\.|mr\.|dr\.|drs\.|ir\.|ing\.|prof\.|juffrouw|juf|meester|zuster|broeder))\s+{NAME}"
    )
});
static GREETING: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?im:^\s*(?:beste|geachte|hoi|hallo|hey|hi|dag|lieve|goedemorgen|goedemiddag|goedenavond)\s+(?:heer\s+|mevrouw\s+)?){NAME}"
    )
});
static RELATION: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?i:(?-u:\b)(?:mijn|onze|haar|zijn|uw|m'n|z'n|d'r)\s+(?:zoon|dochter|moeder|vader|man|vrouw|partner|vriend|vriendin|broer|zus|zuster|oma|opa|kleinzoon|kleindochter|buurman|buurvrouw|schoonmoeder|schoonvader|schoonzoon|schoondochter|neef|nicht|oom|tante|mantelzorger|ex|echtgenoot|echtgenote|stiefvader|stiefmoeder|pleegzoon|pleegdochter|kind|baby|zoontje|dochtertje)),?\s+{NAME}"
    )
});
static ROLE: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?i:(?-u:\b)(?:consulent|consulente|medewerker|medewerkster|wijkcoach|casemanager|contactpersoon|klantmanager|bewindvoerder|hulpverlener|begeleider|begeleidster|behandelaar|huisarts|dokter|arts|verpleegkundige|wijkverpleegkundige|co[öo]rdinator|teamleider|jeugdconsulent|wmo-consulent|schuldhulpverlener|maatschappelijk werker|ambtenaar|collega|chauffeur|cli[eë]ntondersteuner|vertrouwenspersoon|jurist|advocaat|mentor|leerkracht|docent|inwoner|inwoonster|bewoner|bewoonster|cli[eë]nt|klant|melder|aanvrager|aanvraagster|verzoeker|verzoekster|belanghebbende|pati[eë]nt|huurder|ouder))\s+(?i:is\s+|was\s+|heet\s+)?{NAME}"
    )
});
static SELF: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?i:(?-u:\b)(?:ik\s+ben|ik\s+heet|mijn\s+naam\s+is|naam\s*:|namens|ondergetekende,?|aanvrager\s*:|cli[eë]nt\s*:|inwoner\s*:)\s*){NAME}"
    )
});
static SIGNATURE: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?i:(?:met\s+)?(?:vriendelijke\s+|hartelijke\s+)?groet(?:en)?|mvg|m\.v\.g\.|gr\.|groetjes|liefs|hoogachtend),?\s*\n\s*{NAME}"
    )
});
/// The cues for people, in one pattern (one scan instead of six); each branch has one group.
static PERSON_CUES: LazyLock<Regex> = LazyLock::new(|| {
    re(&[
        &*TITLED,
        &*GREETING,
        &*RELATION,
        &*ROLE,
        &*SELF,
        &*SIGNATURE,
    ]
    .iter()
    .map(|p| format!("(?:{p})"))
    .collect::<Vec<_>>()
    .join("|"))
});
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|park|dreef|markt|baan|ring|allee|erf|wal|boulevard|hoek|oord|poort|plantsoen|dam|haven|veste|kant|zijde|burcht|staete|akker|wei|wijk|donk|rode|hoeve)\s+\d{1,5}(?:\s?[a-zA-Z](?-u:\b)|\s?-\s?\d{1,4}(?-u:\b)|\s?(?:bis|hs|huis|boven|bv|rd|zw)(?-u:\b))?",
    )
});
static NAME_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^\s*(?:(?i:mevrouw|mevr\.|dhr\.|de heer|heer)\s+)?{NAME}\s*$"
    ))
});
static LIVES_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i:(?-u:\b)(?:wonende\s+(?:te|in)|woonachtig\s+(?:te|in)|woont\s+in|wonen\s+in|woon\s+in|verhuisd\s+naar|verhuizen\s+naar|geboren\s+in|afkomstig\s+uit|uit\s+het\s+dorp|kom\s+uit|komt\s+uit))\s+(\p{Lu}[\p{L}'’\-]+(?:[ \-](?:aan\s+(?:de|den|het)\s+|op\s+|en\s+)?\p{Lu}[\p{L}'’\-]+){0,2})",
    )
});
static AFTER_POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)[1-9]\d{3} ?[A-Za-z]{2}\s{1,2}(\p{Lu}[\p{L}'’\-]+(?:[ \-](?:aan\s+(?:de|den|het)\s+)?\p{Lu}[\p{L}'’\-]+){0,2}|[\p{Ll}][\p{L}'’\-]{2,})",
    )
});
static ORG_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:\p{Lu}[\p{L}&'’\-]*\s){0,3}\p{Lu}?[\p{L}&'’\-]*(?:Thuiszorg|Zorggroep|Zorg|Wonen|Welzijn|Jeugdzorg|Jeugdhulp|Bewindvoering|Bewind|Begeleiding|Dagbesteding|Kinderopvang|Vervoer|Taxi|GGZ|Ggz|Verpleging|Revalidatie|Huisartsen|Thuishulp|Woonzorg|Zorgcentrum|Zorgboerderij|Budgetbeheer|Schuldhulp|Woningcorporatie|Woonstichting|Maatschappelijk Werk)(?:\s(?:\p{Lu}[\p{L}&'’\-]*|&\s\p{Lu}[\p{L}'’\-]*)){0,3}(?:\s(?:B\.V\.|BV|V\.O\.F\.))?",
    )
});
static ORG_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:Stichting|Zorggroep|Bewindvoerderskantoor|Bewindvoering|Thuiszorg|Taxibedrijf|Taxicentrale|Welzijn|Zorgboerderij|Dagbesteding|Woonzorg|Kinderopvang|Praktijk|Huisartsenpraktijk|Gezondheidscentrum|Jeugdhulp|Jeugdzorg|Woningcorporatie|Woonstichting|Vereniging|Coöperatie)\s+(?:(?:de|het|van|voor)\s+)?\p{Lu}[\p{L}&'’\-]*(?:\s(?:\p{Lu}[\p{L}&'’\-]*|&\s\p{Lu}[\p{L}'’\-]*|en\s\p{Lu}[\p{L}'’\-]*)){0,3}",
    )
});
static AGE_AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| re(r"\((\d{1,3})\)"));
static AGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:(?-u:\b)(\d{1,3})[\s\-]?jarige(?-u:\b)|(?-u:\b)(\d{1,3})\s*(?:jaar|jr\.?)\s+oud(?-u:\b)|(?-u:\b)(?:ik\s+ben|ben\s+ik|hij\s+is|zij\s+is|ze\s+is|is\s+nu|wordt|werd|leeftijd\s*:?|leeftijd\s+van)\s+(\d{1,3})(?-u:\b)|(?-u:\b)(?:van|is)\s+(\d{1,3})\s*(?:jaar|jr)(?-u:\b)(?:\s+oud)?)",
    )
});

/// Capitalised words that open sentences or name things that are not people or places.
const NOT_NAMES: &[&str] = &[
    "Ik",
    "Wij",
    "We",
    "Hij",
    "Zij",
    "Ze",
    "U",
    "Het",
    "De",
    "Een",
    "Dit",
    "Dat",
    "Deze",
    "Die",
    "Er",
    "Wmo",
    "Jeugdwet",
    "Awb",
    "Participatiewet",
    "Pgb",
    "UWV",
    "CAK",
    "SVB",
    "CJIB",
    "Belastingdienst",
    "Veilig",
    "Thuis",
    "DigiD",
    "Gemeente",
    "Maandag",
    "Dinsdag",
    "Woensdag",
    "Donderdag",
    "Vrijdag",
    "Zaterdag",
    "Zondag",
    "Januari",
    "Februari",
    "Maart",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Augustus",
    "September",
    "Oktober",
    "November",
    "December",
    "Albert",
    "Heijn",
    "Modaal",
    "Bank",
    "Winter",
    "Team",
    "Afdeling",
    "Sociaal",
    "Wijkteam",
    "Nederland",
    "Kerst",
    "Pasen",
    "Graag",
    "Groet",
    "Groeten",
    "Vriendelijke",
    "Hartelijke",
    "Bedankt",
    "Dank",
    "Tot",
    "Sorry",
    "Alvast",
];

const NATIONAL: &[&str] = &[
    "UWV",
    "CAK",
    "SVB",
    "CJIB",
    "Belastingdienst",
    "Veilig Thuis",
    "DUO",
    "IND",
    "Rijksoverheid",
    "Nationale ombudsman",
    "Juridisch Loket",
    "Raad voor Rechtsbijstand",
    "Sociale Verzekeringsbank",
];

fn push_group(out: &mut Vec<Hit>, c: &regex::Captures<'_>, group: usize, label: Label) {
    if let Some(g) = c.get(group) {
        let s = g.as_str().trim_end_matches(['.', ',', '-', '\'']);
        // Not a name when its first word is a common capitalised word.
        let first = s.split([' ', '-']).next().unwrap_or("");
        let particle = [
            "De", "Van", "Der", "Den", "Ter", "Ten", "El", "Al", "Le", "La", "Da", "Du", "Von",
            "Bin", "Het",
        ]
        .contains(&first)
            && s.contains(' ');
        if label == Label::Person
            && ((NOT_NAMES.contains(&first) && !particle) || s.chars().count() < 2)
        {
            return;
        }
        out.push(Hit::new(g.start(), g.start() + s.len(), label));
    }
}

pub fn find(text: &str, out: &mut Vec<Hit>) {
    for c in PERSON_CUES.captures_iter(text) {
        if let Some(g) = (1..c.len()).find(|g| c.get(*g).is_some()) {
            push_group(out, &c, g, Label::Person);
        }
    }
    // Streets, postcodes and ages all need a digit.
    let digits = text.bytes().any(|b| b.is_ascii_digit());
    for m in ADDRESS.find_iter(if digits { text } else { "" }) {
        // The street name: the letters glued to the suffix, then up to three capitalised
        // words before it ("Burg. Saletlaan", "Van Goghstraat"), never a sentence's opener.
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
        let mut start = glued;
        for _ in 0..3 {
            let before = text[..start].trim_end_matches(' ');
            if before.len() + 1 != start {
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
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            if !capital
                || word.is_empty()
                || NOT_NAMES.contains(&word)
                || ["Op", "In", "Aan", "Naar", "Bij", "Via", "Wij", "Adres"].contains(&word)
            {
                break;
            }
            start = word_start;
        }
        if start < m.end() {
            out.push(Hit::new(start, m.end(), Label::Address));
            // A letter's heading: the line above an address line is the addressee's name.
            let line_start = text[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
            if line_start == start && start > 0 {
                let prev_end = start - 1;
                let prev_start = text[..prev_end].rfind('\n').map(|i| i + 1).unwrap_or(0);
                let line = text[prev_start..prev_end].trim_end_matches('\r');
                if let Some(c) = NAME_LINE.captures(line)
                    && let Some(g) = c.get(1)
                    && !NOT_NAMES.contains(&g.as_str().split(' ').next().unwrap_or(""))
                {
                    out.push(Hit::new(
                        prev_start + g.start(),
                        prev_start + g.end(),
                        Label::Person,
                    ));
                }
            }
        }
    }
    for c in LIVES_IN.captures_iter(text) {
        push_group(out, &c, 1, Label::City);
    }
    for c in AFTER_POSTCODE.captures_iter(if digits { text } else { "" }) {
        push_group(out, &c, 1, Label::City);
    }
    for r in [&*ORG_PREFIX, &*ORG_SUFFIX] {
        for m in r.find_iter(text) {
            let s = m.as_str().trim_end();
            if NATIONAL.iter().any(|n| s.eq_ignore_ascii_case(n)) || s.len() < 4 {
                continue;
            }
            // Words alone ("Zorg", "Wonen") are not an organisation.
            if !s.contains(' ') && s.chars().next().is_some_and(|c| c.is_uppercase()) {
                let known_kind = [
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
                    "GGZ",
                    "Ggz",
                ];
                if known_kind.contains(&s) {
                    continue;
                }
            }
            out.push(Hit::new(m.start(), m.start() + s.len(), Label::Org));
        }
    }
    for c in AGE_AFTER_NAME.captures_iter(if digits { text } else { "" }) {
        // "(67)" right after a word ("Jan (67)", "mijn moeder (84)") is that person's age.
        let Some(n) = c.get(1) else { continue };
        let before = text[..n.start() - 1].trim_end();
        let word: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect();
        if word.chars().count() >= 2
            && n.as_str()
                .parse::<u32>()
                .is_ok_and(|v| (1..=120).contains(&v))
        {
            out.push(Hit::new(n.start(), n.end(), Label::Age));
        }
    }
    for c in AGE.captures_iter(if digits { text } else { "" }) {
        for g in 1..=5 {
            if let Some(n) = c.get(g) {
                if n.as_str().parse::<u32>().is_ok_and(|v| v <= 120) {
                    out.push(Hit::new(n.start(), n.end(), Label::Age));
                }
                break;
            }
        }
    }
}
