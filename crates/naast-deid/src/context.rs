//! What context tells about people: titles and forms of address, greetings, relations, roles,
//! form fields and signatures in front of a name; initials; a name with an age after it; chat
//! participants; and the name in front of an address on its line.

use crate::words::not_a_name;
use crate::{Hit, Label};
use crate::{either_case, re};
use regex::Regex;
use std::sync::LazyLock;

/// A name after a cue: initials (and a nickname in brackets: `R. (Robbert) ten Have`),
/// particles (van, de, ter …) and capitalised words. `in` and `op` only as in `in 't Veld` and
/// `op den Akker`, so that `mijn zus in Hoorn` is no name.
pub(crate) const NAME: &str = r"((?:\p{Lu}\.\s?){0,4}(?:\(\p{Lu}\p{Ll}+\)\s)?(?:(?:van|de|der|den|ter|ten|te|het|'t|in\s't|in\sder|in\sde|op\sden|op\sde|op\s't|el|al|von|da|du|le|la|bin)\s+)*\p{Lu}[\p{Ll}\p{Lu}'’\-]+(?:[ \-](?:(?:van|de|der|den|ter|ten|te|'t|el|al|von|da|du|le|la|bin)\s+)*\p{Lu}[\p{Ll}'’\-]+){0,3})";

static TITLED: LazyLock<String> =
    LazyLock::new(|| format!(r"(?-u:\b){}\s+{NAME}", either_case(TITLES)));
pub(crate) const TITLES: &str = r"mevrouw|mevr\.?|mw\.?|meneer|mijnheer|dhr\.?|de heer|heer|hr\.|mr\.|dr\.|drs\.|ir\.|ing\.|prof\.|juffrouw|juf|meester|zuster|broeder|fam\.?|familie|gezin|dossier|cl\.";
static GREETING: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?m:^)[ \t]*{}[ \t]+(?:heer[ \t]+|mevrouw[ \t]+)?{NAME}",
        either_case(GREETINGS)
    )
});
pub(crate) const GREETINGS: &str =
    "beste|geachte|hoi|hallo|hey|hi|dag|lieve|goedemorgen|goedemiddag|goedenavond";
/// The words in front of a relation: `mijn zoon`.
pub(crate) const POSSESSIVES: &str = "mijn|onze|haar|zijn|uw|m'n|z'n|d'r|mn|zn";
static RELATION: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?-u:\b)(?:{}\s+(?:{RELATIONS})|{}),?\s+{NAME}",
        either_case(POSSESSIVES),
        either_case(RELATIONS_ALONE)
    )
});
/// Relations after a possessive: `mijn zoon`.
pub(crate) const RELATIONS: &str = "zoon|dochter|moeder|vader|man|vrouw|partner|vriend|vriendin|broer|zus|zuster|oma|opa|kleinzoon|kleindochter|buurman|buurvrouw|schoonmoeder|schoonvader|schoonzoon|schoondochter|neef|nicht|oom|tante|mantelzorger|ex|echtgenoot|echtgenote|stiefvader|stiefmoeder|pleegzoon|pleegdochter|kind|baby|zoontje|dochtertje";
/// Relations that are a cue without a possessive in front: `zoon Jason`.
pub(crate) const RELATIONS_ALONE: &str = "zoon|dochter|moeder|vader|broer|zus|oma|opa|kleinzoon|kleindochter|buurman|buurvrouw|echtgenoot|echtgenote|stiefvader|stiefmoeder|pleegzoon|pleegdochter|zoontje|dochtertje|baby|kinderen|schoonmoeder|schoonvader|partner";
static ROLE: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?-u:\b){}\s+(?:is\s+|was\s+|heet\s+)?{NAME}",
        either_case(ROLES)
    )
});
pub(crate) const ROLES: &str = "consulent|consulente|medewerker|medewerkster|wijkcoach|casemanager|contactpersoon|klantmanager|bewindvoerder|hulpverlener|begeleider|begeleidster|behandelaar|huisarts|dokter|arts|verpleegkundige|wijkverpleegkundige|co[öo]rdinator|teamleider|jeugdconsulent|wmo-consulent|schuldhulpverlener|maatschappelijk werker|ambtenaar|collega|chauffeur|cli[eë]ntondersteuner|vertrouwenspersoon|jurist|advocaat|mentor|leerkracht|docent|inwoner|inwoonster|bewoner|bewoonster|cli[eë]nt|klant|melder|aanvrager|aanvraagster|verzoeker|verzoekster|belanghebbende|pati[eë]nt|huurder|ouder|gezinscoach|jobcoach|ergotherapeut|buurtwerker|wijkagent|voogd|tolk|mantelzorger";
static SELF: LazyLock<String> = LazyLock::new(|| format!("{}{NAME}", *SELF_CUE));
pub(crate) static SELF_CUE: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?-u:\b){}\s*",
        either_case(
            r"ik\s+ben|ik\s+heet|mijn\s+naam\s+is|naam\s*:|namens|ondergetekende,?|aanvrager\s*:|cli[eë]nt\s*:|inwoner\s*:|achternaam\s*:|voornamen?\s*:|roepnaam\s*:|wie\s*:|t\.n\.v\.?|ten\s+name\s+van|behandeld\s+door\s*:?|contactpersoon\s*:|contact\s*:|ondersteuner\s*:|partner\s*:|melder\s*:|ouder\s*:|kind\s*:|aanwezig\s*:|gebeld\s+door|lopende\s+zaken\s*:|dit\s+is|gesprek\s+met|gesproken\s+met|gebeld\s+met|overleg\s+met|afspraak\s+met"
        )
    )
});
static SIGNATURE: LazyLock<String> = LazyLock::new(|| format!("{}{NAME}", *SIGNATURE_CUE));
pub(crate) static SIGNATURE_CUE: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"{},?\s*\n\s*",
        either_case(
            r"met\s+(?:vriendelijke\s+|hartelijke\s+)?groet(?:en)?|vriendelijke\s+groet(?:en)?|hartelijke\s+groet(?:en)?|groet(?:en)?|mvg|m\.v\.g\.|gr\.|groetjes|liefs|hoogachtend|MVG"
        )
    )
});
/// An e-mail's sender or addressee: `Van: Dijkstra-Boukema`.
static HEADER: LazyLock<String> =
    LazyLock::new(|| format!(r"(?m:^)[ \t]*{}[ \t]*:[ \t]*{NAME}", either_case(HEADERS)));
pub(crate) const HEADERS: &str = "van|aan|from|to|cc";
/// Initials and a surname, with no title: `R.J. Schouten`, `A.B. Claassen`, `M. (Mariska)
/// Oosterhuis`. A single capital and a dot are an initial, `Burg.` and `St.` are not.
const INITIALS: &str = r"(?-u:\b)((?:\p{Lu}\.[ ]?){1,4}(?:\(\p{Lu}\p{Ll}+\)[ ])?(?:(?:van|de|der|den|ter|ten|te|'t|el|al|von)[ ]+)*\p{Lu}\p{Ll}[\p{L}'’\-]*(?:[ \-]\p{Lu}\p{Ll}[\p{L}'’\-]*)?)";

pub(crate) static PERSON_BRANCHES: LazyLock<Vec<Regex>> =
    LazyLock::new(|| cues().iter().map(|p| re(&format!("^(?:{p})"))).collect());

pub(crate) fn cues() -> [&'static str; 8] {
    [
        &TITLED, &GREETING, &RELATION, &ROLE, &SELF, &SIGNATURE, INITIALS, &HEADER,
    ]
}

/// Where the name of branch `i` of the cues starts in its match `m` (which starts at the cue):
/// read off the match where the cue's words say where it ends, or found by a search for the cue
/// alone (`SELF`, `SIGNATURE`), since a search for the group costs a second search with a slower
/// engine. The name always runs to the end of the match and never starts with what a cue may end
/// in (a space, `:`, `,`, `.`); `tests_same` holds each branch to its pattern.
pub(crate) fn branch_name(i: usize, m: &regex::Match<'_>) -> Option<usize> {
    let s = m.as_str();
    let skip_space = |at: usize| s.len() - s[at..].trim_start().len();
    let skip_blank = |at: usize| s.len() - s[at..].trim_start_matches([' ', '\t']).len();
    let word_end = |at: usize| at + s[at..].find(char::is_whitespace).unwrap_or(s.len() - at);
    let letters_end = |at: usize| {
        at + s[at..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(s.len() - at)
    };
    let at = match i {
        // A title: one word, or `de heer`.
        0 => {
            let title = if s.starts_with("de heer") || s.starts_with("De heer") {
                "de heer".len()
            } else {
                word_end(0)
            };
            skip_space(title)
        }
        // A greeting (one word) and maybe `heer` or `mevrouw`.
        1 => {
            let greeting = skip_blank(0);
            let greeting = greeting
                + s[greeting..]
                    .find([' ', '\t'])
                    .unwrap_or(s.len() - greeting);
            let mut at = skip_blank(greeting);
            for title in ["heer", "mevrouw"] {
                if s[at..].starts_with(title) && s[at + title.len()..].starts_with([' ', '\t']) {
                    at = skip_blank(at + title.len());
                }
            }
            at
        }
        // `mijn zoon`, or `zoon` alone, and maybe a comma.
        2 => {
            let first = word_end(0);
            let possessive = POSSESSIVES
                .split('|')
                .any(|p| either_case_is(&s[..first], p));
            let relation = if possessive { skip_space(first) } else { 0 };
            let end = letters_end(relation);
            skip_space(end + usize::from(s[end..].starts_with(',')))
        }
        // A role (one word, or `maatschappelijk werker`) and maybe `is`, `was` or `heet`.
        3 => {
            let role = if s.starts_with("maatschappelijk werker")
                || s.starts_with("Maatschappelijk werker")
            {
                "maatschappelijk werker".len()
            } else {
                word_end(0)
            };
            let at = skip_space(role);
            let verb = ["is", "was", "heet"].into_iter().find(|v| {
                s[at..].starts_with(v) && s[at + v.len()..].starts_with(char::is_whitespace)
            });
            verb.map_or(at, |v| skip_space(at + v.len()))
        }
        // `ik ben`, `t.n.v.`, `naam:`; `Met vriendelijke groet,⏎`
        4 => CUE_ENDS[0].find(s)?.end(),
        5 => CUE_ENDS[1].find(s)?.end(),
        // Initials and a surname: all of it.
        6 => 0,
        // `Van:`, `aan :`
        7 => skip_blank(s.find(':')? + 1),
        _ => return None,
    };
    Some(m.start() + at)
}

/// The cues of `SELF` and `SIGNATURE` alone, anchored: where one ends in a match of its branch,
/// the name starts (what they may take last, spaces, `:`, `,` or `.`, never opens a name).
static CUE_ENDS: LazyLock<[Regex; 2]> = LazyLock::new(|| {
    [
        re(&format!("^(?:{})", *SELF_CUE)),
        re(&format!("^(?:{})", *SIGNATURE_CUE)),
    ]
});

/// Is `w` the lower-case word `p` as `either_case` lets it be written (its first letter in
/// either case)?
fn either_case_is(w: &str, p: &str) -> bool {
    let (w, p) = (w.as_bytes(), p.as_bytes());
    w.len() == p.len()
        && !p.is_empty()
        && w[1..] == p[1..]
        && (w[0] == p[0] || w[0] == p[0].to_ascii_uppercase())
}

/// Branches of the cues after which a name never starts with a lower-case `van` or `de`
/// (`begeleider van Nidos`, `mijn zus de hele dag`): the preposition, not a particle.
const NO_LOWER_PARTICLE: [usize; 2] = [2, 3];

/// An age after a name: ` (76)`, `, 8,`, `, 59⏎`; the name is looked for in front of it.
static AGE_MARK: LazyLock<Regex> =
    LazyLock::new(|| re(r"[ ]\(\d{1,3}[,)]|,[ ]\d{1,3}(?:[,)\n;]|[ ]en[ ]|$)"));
/// A capitalised name right in front of an age: `Erna (76)`, `Maud, 8,`, `Peter Klein, 59⏎`.
pub(crate) static NAME_BEFORE_AGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(\p{Lu}\p{Ll}[\p{L}'’\-]*(?:[ ](?:(?:van|de|der|den|ter|ten|'t)[ ])*\p{Lu}\p{Ll}[\p{L}'’\-]*)?)$",
    )
});

/// Field names of forms, logs and e-mails, which also open lines with a colon.
pub(crate) const FIELDS: &[&str] = &[
    "actie",
    "adres",
    "advies",
    "afspraak",
    "afspraken",
    "antwoord",
    "bcc",
    "besproken",
    "betreft",
    "cc",
    "conclusie",
    "datum",
    "doel",
    "email",
    "fwd",
    "from",
    "hulpvraag",
    "kenmerk",
    "let",
    "mail",
    "naam",
    "nb",
    "notitie",
    "onderwerp",
    "opmerking",
    "plaats",
    "ps",
    "re",
    "resultaat",
    "situatie",
    "status",
    "subject",
    "tel",
    "telefoon",
    "tijd",
    "tip",
    "to",
    "uitkomst",
    "update",
    "vraag",
    "wanneer",
    "waar",
    "waarom",
    "wat",
    "wie",
    "aan",
    "van",
    "met",
];
/// The name in front of an address on its line: `T. (Theo) Verdonk, Lindenlaan 4`,
/// `Van: Dijkstra-Boukema, Hoofdweg 212`.
static NAME_BEFORE_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:^|\n)[ \t]*(?:(?:[Vv]an|[Aa]an)[ \t]*:[ \t]*|[\-•][ \t]*)?{NAME}(?:[ \t]*\(\d{{1,3}}\))?,[ \t]*$"
    ))
});

/// A line that is a name only: `Agnieszka`, `Cor van Wijk`, `J. Petrović`.
pub(crate) static SIGN_OFF_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[ \t]*((?:\p{Lu}\.[ ]?){0,3}\p{Lu}\p{Ll}[\p{L}'’\-]*(?:[ ](?:(?:van|de|der|den|ter|ten|'t|el|al)[ ])*\p{Lu}\p{Ll}[\p{L}'’\-]*){0,2})[ \t]*\r?$",
    )
});

const PARTICLES: &[&str] = &[
    "De", "Van", "Der", "Den", "Ter", "Ten", "El", "Al", "Le", "La", "Da", "Du", "Von", "Bin",
    "Het",
];

/// Nouns that stand in front of a name in notes: `Zoon Jason (23)`, `Jongere Ravi (19)`.
const LEADING_NOUNS: &[&str] = &[
    "Baby", "Broer", "Cliënt", "Client", "Dochter", "Intake", "Jongen", "Jongere", "Kind", "Man",
    "Meisje", "Melder", "Moeder", "Oma", "Opa", "Partner", "Vader", "Vrouw", "Zoon", "Zus",
];

/// A match in a slice of the text that starts at `offset`.
struct Found<'a> {
    offset: usize,
    m: regex::Match<'a>,
}

impl<'a> Found<'a> {
    fn new(offset: usize, m: regex::Match<'a>) -> Found<'a> {
        Found { offset, m }
    }
    fn start(&self) -> usize {
        self.offset + self.m.start()
    }
    fn end(&self) -> usize {
        self.offset + self.m.end()
    }
}

/// Pushes the name `name` found at `start` in `text[offset..]`.
fn push_name(out: &mut Vec<Hit>, offset: usize, start: usize, name: &str, no_lower_particle: bool) {
    let s = name.trim_end_matches(['.', ',', '-', '\'']);
    // Not a name when its first word (after initials) is a common capitalised word.
    let token = s
        .split(' ')
        .find(|w| !(w.ends_with('.') || w.starts_with('(')))
        .unwrap_or("");
    // A double name (`Al-Jasem`, `El-Amrani`) is judged whole, not by its first part.
    let double = token
        .split('-')
        .nth(1)
        .is_some_and(|p| p.starts_with(char::is_uppercase));
    let first = if double {
        token
    } else {
        token.split('-').next().unwrap_or("")
    };
    // `In 't Veld`, `Op den Akker`: a capitalised preposition that opens a surname.
    let particle = (PARTICLES.contains(&first) && s.contains(' '))
        || ["In 't ", "In de ", "In der ", "Op de ", "Op den ", "Op 't "]
            .iter()
            .any(|p| s.starts_with(p) && s.len() > p.len());
    if (not_a_name(first) && !particle)
        || crate::words::NUMBERED.contains(&first)
        || s.chars().count() < 2
    {
        return;
    }
    if no_lower_particle
        && ["van ", "de ", "het ", "der "]
            .iter()
            .any(|p| s.starts_with(p))
    {
        return;
    }
    let start = offset + start;
    out.push(Hit::new(start, start + s.len(), Label::Person));
}

pub(crate) fn find(text: &str, out: &mut Vec<Hit>) {
    crate::cue_starts::person_cues(text, |m_start, _| {
        let rest = &text[m_start..];
        for (i, branch) in PERSON_BRANCHES.iter().enumerate() {
            let Some(b) = branch.find(rest) else { continue };
            let name = match branch_name(i, &b) {
                Some(start) => Some((start, b.end())),
                None => branch
                    .captures(rest)
                    .and_then(|c| c.get(1))
                    .map(|g| (g.start(), g.end())),
            };
            if let Some((start, end)) = name {
                push_name(
                    out,
                    m_start,
                    start,
                    &rest[start..end],
                    NO_LOWER_PARTICLE.contains(&i),
                );
                break;
            }
        }
    });
    if text.bytes().any(|b| b.is_ascii_digit()) {
        for mark in AGE_MARK.find_iter(text) {
            let before = crate::back(text, mark.start(), 60);
            let offset = mark.start() - before.len();
            // The name is the whole match (found without a search for the group).
            if let Some(g) = NAME_BEFORE_AGE.find(before) {
                let g = Found::new(offset, g);
                // `Zoon Jason (23)`, `Intake Ilse (37)`: the noun in front is no part of it.
                let first = g.m.as_str().split(' ').next().unwrap_or("");
                if g.m
                    .as_str()
                    .split(' ')
                    .any(|w| crate::words::NUMBERED.contains(&w))
                {
                    continue;
                }
                if LEADING_NOUNS.contains(&first) && g.m.as_str().contains(' ') {
                    let rest = &text[g.start() + first.len() + 1..g.end()];
                    let start = g.end() - rest.len();
                    if !not_a_name(rest.split(' ').next().unwrap_or("")) {
                        out.push(Hit::new(start, g.end(), Label::Person));
                    }
                } else if !LEADING_NOUNS.contains(&first) {
                    push_name(out, g.offset, g.m.start(), g.m.as_str(), false);
                }
            }
        }
    }
    if text.contains(':') || text.contains('–') {
        chat_labels(text, out);
    }
    crate::chats::lower_relations(text, out);
    crate::chats::own_names(text, out);
    if crate::known::casual(text) {
        crate::chats::closing_name(text, out);
    }
    if text.contains(": ") {
        crate::chats::stamped_senders(text, out);
    }
    sign_off(text, out);
}

/// A name alone on a line that closes a message: after a short line ending in a comma (a
/// closing formula in any language: `Dziękuję,`), or as the last line after an empty one.
fn sign_off(text: &str, out: &mut Vec<Hit>) {
    let mut prev: Option<&str> = None;
    let mut blank_before = false;
    let mut at = 0;
    let last_start = text.trim_end().rfind('\n').map(|i| i + 1).unwrap_or(0);
    for line in text.split('\n') {
        let start = at;
        at += line.len() + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blank_before = true;
            continue;
        }
        let closing = prev.is_some_and(|p| {
            p.ends_with(',') && p.split_whitespace().count() <= 4 && !p.contains(':')
        });
        let last = start == last_start && blank_before;
        if (closing || last)
            && let Some(m) = SIGN_OFF_LINE.find(line)
        {
            let (s, e) = sign_off_name(&m);
            let first = line[s..e].split([' ', '-']).next().unwrap_or("");
            if !not_a_name(first) && !crate::orgs::kind_word(first) {
                out.push(Hit::new(start + s, start + e, Label::Person));
            }
        }
        prev = Some(trimmed);
        blank_before = false;
    }
}

/// The name of `SIGN_OFF_LINE`: the line without the spaces around it (read off the match; a
/// search for the group costs a second search, and `tests_same` holds this to the pattern).
pub(crate) fn sign_off_name(m: &regex::Match<'_>) -> (usize, usize) {
    let s = m.as_str();
    let start = s.len() - s.trim_start_matches([' ', '\t']).len();
    let end = s.trim_end_matches([' ', '\t', '\r']).len().max(start);
    (m.start() + start, m.start() + end)
}

/// Chat participants: a word opening a line before a colon or a time (`ruben 12:03: …`,
/// `Bilal: …`, `Jolanda (Naast): …`, `Tim – 16:02`), when the same word does so at least
/// twice (a transcript), and is no field name, weekday or function word.
fn chat_labels(text: &str, out: &mut Vec<Hit>) {
    let mut labels: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        if let Some((start, w)) = chat_label(line) {
            labels.push((at + start, w));
        }
        at += line.len() + 1;
    }
    for &(start, w) in &labels {
        let lower = w.to_lowercase();
        let twice = labels.iter().filter(|(_, o)| *o == w).count() >= 2;
        if twice
            && !FIELDS.contains(&lower.as_str())
            && !crate::words::function_word(&lower)
            && !not_a_name(w)
            && !crate::words::CALENDAR
                .iter()
                .any(|d| d.eq_ignore_ascii_case(w))
        {
            out.push(Hit::new(start, start + w.len(), Label::Person));
        }
    }
}

/// The participant's word opening a chat line, with its offset in the line.
fn chat_label(line: &str) -> Option<(usize, &str)> {
    let t = line.trim_start_matches([' ', '\t']);
    let offset = line.len() - t.len();
    if !t.starts_with(char::is_alphabetic) {
        return None;
    }
    let len = t
        .find(|c: char| !(c.is_alphabetic() || matches!(c, '\'' | '’' | '-')))
        .unwrap_or(t.len());
    let word = &t[..len];
    let mut rest = &t[len..];
    // An optional note in brackets: `Jolanda (Naast):`.
    if let Some(r) = rest.strip_prefix(" (")
        && let Some(close) = r.find(')')
        && close <= 30
    {
        rest = &r[close + 1..];
    }
    if let Some(r) = rest.strip_prefix(':') {
        return r.starts_with([' ', '\t']).then_some((offset, word));
    }
    // A time: `ruben 12:03:`, `Tim – 16:02`.
    let r = rest.trim_start_matches([' ', '\t']);
    if r.len() == rest.len() {
        return None;
    }
    let r = r
        .strip_prefix(['–', '-'])
        .unwrap_or(r)
        .trim_start_matches([' ', '\t']);
    let digits = r.bytes().take_while(u8::is_ascii_digit).count();
    let b = r.as_bytes();
    let time = (1..=2).contains(&digits)
        && matches!(b.get(digits), Some(b':' | b'.'))
        && b.get(digits + 1).is_some_and(u8::is_ascii_digit)
        && b.get(digits + 2).is_some_and(u8::is_ascii_digit);
    if !time {
        return None;
    }
    let after = r[digits + 3..]
        .trim_start_matches([' ', '\t'])
        .trim_end_matches('\r');
    (after.is_empty() || after.starts_with(':')).then_some((offset, word))
}

/// The name in front of an address found by any detector.
pub(crate) fn around(text: &str, hits: &[Hit], out: &mut Vec<Hit>) {
    for h in hits.iter().filter(|h| h.label == Label::Address) {
        let line_start = text[..h.start].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let before = &text[line_start..h.start];
        if !before.contains(',') {
            continue;
        }
        if let Some(c) = NAME_BEFORE_ADDRESS.captures(before)
            && let Some(g) = c.get(1)
        {
            let g_abs = Hit::new(line_start + g.start(), line_start + g.end(), Label::Person);
            let first = g.as_str().split([' ', '-']).next().unwrap_or("");
            if !not_a_name(first) || PARTICLES.contains(&first) {
                out.push(g_abs);
            }
        }
    }
}
