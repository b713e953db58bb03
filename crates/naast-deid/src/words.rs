//! Words that say something is *not* personal data, shared by the detectors: capitalised
//! words that open sentences, laws and schemes, national agencies, brands, countries,
//! languages and feasts; and the Dutch function words that are never a name in lower case.
//! `not_a_name` and `function_word` look them up in hash sets with a cheap hash (a binary
//! search, with its string comparisons, was a tenth of the time of `find`).

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// Capitalised words that open sentences or name things that are not people or places.
pub(crate) const NOT_NAMES: &[&str] = &[
    "Aan",
    "Adres",
    "Afdeling",
    "Al",
    "Albert",
    "Alle",
    "Alleen",
    "Als",
    "Alvast",
    "Bank",
    "Bedankt",
    "Beste",
    "Betreft",
    "Bij",
    "Daar",
    "Daarna",
    "Daarom",
    "Dag",
    "Dan",
    "Dank",
    "Dat",
    "De",
    "Dhr",
    "Dr",
    "Drs",
    "Deze",
    "Die",
    "Dit",
    "Door",
    "Een",
    "En",
    "Er",
    "Fam",
    "Geachte",
    "Geen",
    "Gemeente",
    "Graag",
    "Groet",
    "Groeten",
    "Hallo",
    "Hartelijke",
    "Heijn",
    "Het",
    "Hier",
    "Hij",
    "Hoe",
    "Hoi",
    "Hun",
    "Ik",
    "In",
    "Je",
    "Jij",
    "Jullie",
    "Kenmerk",
    "Kerst",
    "Maar",
    "Met",
    "Mevr",
    "Mr",
    "Mw",
    "Mijn",
    "Modaal",
    "Na",
    "Naam",
    "Naar",
    "Naast",
    "Nederland",
    "Niet",
    "Nog",
    "Nu",
    "Of",
    "Om",
    "Omdat",
    "Onderwerp",
    "Ons",
    "Onze",
    "Ook",
    "Op",
    "Over",
    "Pasen",
    "Sinds",
    "Sociaal",
    "Sorry",
    "Team",
    "Telefoon",
    "Thuis",
    "Toen",
    "Tot",
    "U",
    "Uit",
    "Uw",
    "Van",
    "Vanaf",
    "Veilig",
    "Via",
    "Volgens",
    "Voor",
    "Vriendelijke",
    "Waar",
    "Want",
    "Wat",
    "We",
    "Wel",
    "Wie",
    "Wij",
    "Wijkteam",
    "Winter",
    "Zij",
    "Zijn",
    "Zo",
    "Ze",
];

/// Laws, schemes and benefits (`Wmo`, `Participatiewet`, `AOW`), which are capitalised.
pub(crate) const LAWS: &[&str] = &[
    "ANW",
    "AOW",
    "AVG",
    "Algemene",
    "Anw",
    "Aow",
    "Awb",
    "BBZ",
    "Bbz",
    "BW",
    "Burgerlijk",
    "IOAW",
    "IOAZ",
    "Ioaw",
    "Ioaz",
    "Jeugdwet",
    "PGB",
    "Participatiewet",
    "Pgb",
    "TOZO",
    "TW",
    "Toeslagenwet",
    "Tozo",
    "WGA",
    "WIA",
    "WLZ",
    "WMO",
    "WSNP",
    "WW",
    "WWB",
    "Wajong",
    "Wet",
    "Wgs",
    "Wlz",
    "Wmo",
    "Wsnp",
    "Wvggz",
    "Wzd",
    "ZVW",
    "Zvw",
];

/// National agencies and public bodies, the courts and the ombudsman: not "involved
/// organisations" in the sense of the labels. Lower case, compared case-insensitively.
pub(crate) const NATIONAL: &[&str] = &[
    "belastingdienst",
    "cak",
    "centraal administratie kantoor",
    "centrale raad van beroep",
    "ciz",
    "cjib",
    "digid",
    "duo",
    "gerechtshof",
    "halt",
    "ind",
    "juridisch loket",
    "kantonrechter",
    "mijnoverheid",
    "nationale ombudsman",
    "ombudsman",
    "politie",
    "raad van state",
    "raad voor de kinderbescherming",
    "raad voor rechtsbijstand",
    "rechtbank",
    "rijksoverheid",
    "sociale verzekeringsbank",
    "svb",
    "toeslagen",
    "uwv",
    "veilig thuis",
];

/// Brands and shops that people mention in passing; not parties to a case.
pub(crate) const BRANDS: &[&str] = &[
    "AH",
    "Action",
    "Albert",
    "Aldi",
    "Blokker",
    "Bol",
    "Coolblue",
    "Etos",
    "Facebook",
    "Google",
    "HEMA",
    "Hema",
    "IKEA",
    "Ikea",
    "Instagram",
    "Jumbo",
    "KPN",
    "Klarna",
    "Kruidvat",
    "Lidl",
    "Marktplaats",
    "Netflix",
    "PostNL",
    "Primark",
    "Snapchat",
    "TikTok",
    "Vinted",
    "Wehkamp",
    "WhatsApp",
    "Whatsapp",
    "YouTube",
    "Youtube",
    "Zalando",
    "Ziggo",
];

/// Countries, nationalities, languages, religions and feasts: capitalised in Dutch, never a
/// place smaller than a country or a person.
pub(crate) const PEOPLES: &[&str] = &[
    "Afghaans",
    "Afghanistan",
    "Allah",
    "Antilliaans",
    "Antilliaanse",
    "Arabisch",
    "Arabische",
    "Aruba",
    "België",
    "Belgisch",
    "Bulgarije",
    "Bulgaars",
    "Bulgaarse",
    "Curaçao",
    "Duits",
    "Duitse",
    "Duitsland",
    "Engels",
    "Engelse",
    "Eritrea",
    "Eritrees",
    "Eritrese",
    "Europa",
    "Europese",
    "Frankrijk",
    "Frans",
    "Franse",
    "Ghana",
    "Ghanees",
    "Ghanese",
    "God",
    "Irak",
    "Iran",
    "Islam",
    "Kerstmis",
    "Koningsdag",
    "Marokkaans",
    "Marokkaanse",
    "Marokko",
    "Nederlands",
    "Nederlandse",
    "Nigeria",
    "Nigeriaans",
    "Nigeriaanse",
    "Nieuwjaar",
    "Oekraïens",
    "Oekraïense",
    "Oekraïne",
    "Offerfeest",
    "Pinksteren",
    "Polen",
    "Pools",
    "Poolse",
    "Portugal",
    "Ramadan",
    "Roemeens",
    "Roemeense",
    "Roemenië",
    "Russisch",
    "Rusland",
    "Sinterklaas",
    "Somalisch",
    "Somalische",
    "Somalië",
    "Spaans",
    "Spanje",
    "Suikerfeest",
    "Suriname",
    "Surinaams",
    "Surinaamse",
    "Syrië",
    "Syrisch",
    "Syrische",
    "Tigrinya",
    "Turkije",
    "Turks",
    "Turkse",
];

/// Weekdays and months, capitalised at the start of a sentence.
pub(crate) const CALENDAR: &[&str] = &[
    "April",
    "Augustus",
    "December",
    "Dinsdag",
    "Donderdag",
    "Februari",
    "Januari",
    "Juli",
    "Juni",
    "Maandag",
    "Maart",
    "Mei",
    "November",
    "Oktober",
    "September",
    "Vrijdag",
    "Woensdag",
    "Zaterdag",
    "Zondag",
];

/// Frequent Dutch words that are also in lists of first names or places (`ben`, `mee`, `bent`,
/// `kader`): a lower-case word in this list is never taken for a name.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "aan", "aanvraag", "al", "alle", "allen", "alles", "als", "art", "bank", "bel", "ben", "bent",
    "bij", "bin", "blij", "boos", "daar", "dag", "dan", "dat", "de", "deze", "die", "dit", "doe",
    "door", "duurt", "echt", "een", "elk", "en", "er", "ff", "gaat", "geen", "gwn", "had", "heb",
    "hee", "heel", "hem", "het", "hey", "hier", "hij", "hoe", "hoi", "hun", "ik", "in", "is", "ja",
    "je", "jij", "jou", "kader", "kan", "kind", "kom", "komt", "kon", "laat", "les", "maar", "mag",
    "man", "me", "mee", "meer", "mij", "mijn", "mn", "moet", "mam", "nee", "niet", "nog", "nu",
    "of", "om", "ons", "ook", "op", "oma", "opa", "over", "pa", "ma", "roos", "sorry", "toch",
    "toen", "tot", "uit", "van", "veel", "voor", "vrouw", "waar", "wat", "we", "weer", "wel",
    "wie", "wil", "wilt", "word", "wordt", "ze", "zeg", "zegt", "zij", "zijn", "zo", "zoals",
    "zus", "zusje",
    // verbs that follow a title as its subject: `Dhr. belt`, `mevrouw zegt`
    "belde", "belt", "denkt", "doet", "gaf", "ging", "heeft", "kreeg", "krijgt", "kwam", "laat",
    "ligt", "loopt", "maakt", "moest", "neemt", "staat", "stuurt", "vindt", "vraagt", "vroeg",
    "wacht", "was", "weet", "werd", "werkt", "woont", "zei", "ziet", "zit",
];

/// Names of departments, boards and document parts, capitalised as headings inside a sentence.
pub(crate) const GENERIC: &[&str] = &[
    "Afdeling",
    "Beroep",
    "Bezwaar",
    "Bezwaarschriften",
    "Bijzondere",
    "Bijstand",
    "Burgerzaken",
    "Commissie",
    "College",
    "Domein",
    "Inkomen",
    "Klachten",
    "Publiekszaken",
    "Schuldhulpverlening",
    "Sociale",
    "Voedselbank",
    "Werk",
    "Wijkteam",
    "Zorg",
];

/// A cheap hash for the short words of these sets and of the word lists, eight bytes a step
/// (the default hash is built to withstand chosen keys, which fixed lists of words do not need).
#[derive(Default)]
pub(crate) struct WordHasher(u64);

const MIX: u64 = 0x517c_c1b7_2722_0a95;

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // The multiplications carry every byte into the high bits; fold them into the low
        // bits, which choose the bucket.
        self.0 ^ (self.0 >> 29)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(MIX);
        }
        self.0 = h;
    }

    fn write_u8(&mut self, i: u8) {
        self.write_u64(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(MIX);
    }

    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }
}

/// Hash maps and sets keyed by words use `WordHasher`.
pub(crate) type FastHash = BuildHasherDefault<WordHasher>;

type WordSet = HashSet<&'static str, FastHash>;

/// All the capitalised non-names of the lists above.
static NON_NAMES: LazyLock<WordSet> = LazyLock::new(|| {
    [
        NOT_NAMES, LAWS, BRANDS, PEOPLES, CALENDAR, GENERIC, NUMBERED,
    ]
    .concat()
    .into_iter()
    .chain(NATIONAL_WORDS.iter().copied())
    .collect()
});

/// The national agencies of one word as they are written (`UWV`, `Belastingdienst`).
const NATIONAL_WORDS: &[&str] = &[
    "Belastingdienst",
    "CAK",
    "CIZ",
    "CJIB",
    "DUO",
    "DigiD",
    "Gerechtshof",
    "Halt",
    "IND",
    "Kantonrechter",
    "MijnOverheid",
    "Ombudsman",
    "Politie",
    "Rechtbank",
    "Rijksoverheid",
    "SVB",
    "Toeslagen",
    "UWV",
];

static FUNCTION_SET: LazyLock<WordSet> = LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());

/// Words that are numbered, not named: `Bijlage (3)`, `Stap (1)`.
pub(crate) const NUMBERED: &[&str] = &[
    "Artikel",
    "Bijlage",
    "Deel",
    "Fase",
    "Groep",
    "Hoofdstuk",
    "Jaar",
    "Lid",
    "Nummer",
    "Pagina",
    "Punt",
    "Stap",
    "Vraag",
    "Week",
    "Versie",
    "Totaal",
    "Maand",
    "Dag",
];

/// Is `w` one of the capitalised words that are not names (any of the lists above)?
pub(crate) fn not_a_name(w: &str) -> bool {
    NON_NAMES.contains(w)
}

/// Is `s` (any case) a national agency or public body?
pub(crate) fn national(s: &str) -> bool {
    s.len() <= 32 && NATIONAL.iter().any(|n| s.eq_ignore_ascii_case(n))
}

/// Is the lower-case word `w` a Dutch function word?
pub(crate) fn function_word(w: &str) -> bool {
    FUNCTION_SET.contains(w)
}
