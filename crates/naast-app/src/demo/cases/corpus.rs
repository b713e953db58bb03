//! What the demo's kwesties are made of: a seedable generator, the weights of a real practice
//! (areas, channels, natures, outcomes, how people found the confidant), Dutch names, and the
//! first words of a story per area.

/// SplitMix64: a small, seedable generator; demo data needs repeatability, not secrecy.
pub(super) struct Rng(pub(super) u64);

impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub(super) fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }

    /// Picks from `(item, weight)` pairs.
    pub(super) fn weighted<'a>(&mut self, items: &[(&'a str, u64)]) -> &'a str {
        let total: u64 = items.iter().map(|(_, w)| w).sum();
        let mut x = self.below(total);
        for (item, w) in items {
            if x < *w {
                return item;
            }
            x -= w;
        }
        items.first().map(|(i, _)| *i).unwrap_or("")
    }

    pub(super) fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

pub(super) const AREAS: &[(&str, u64)] = &[
    ("wmo", 35),
    ("jeugd", 20),
    ("participatie", 18),
    ("schuldhulp", 10),
    ("werk", 7),
    ("leerlingenvervoer", 4),
    ("inburgering", 3),
    ("overig", 3),
];
pub(super) const CHANNELS: &[(&str, u64)] = &[
    ("phone", 40),
    ("email", 20),
    ("walk_in", 14),
    ("web_form", 10),
    ("home_visit", 6),
    ("letter", 4),
    ("third_party", 4),
    ("chat", 2),
];
pub(super) const NATURES: &[(&str, u64)] = &[
    ("decision_process", 18),
    ("treatment", 16),
    ("lack_of_information", 14),
    ("agreements", 12),
    ("waiting_time", 10),
    ("wrong_information", 8),
    ("reachability", 8),
    ("quality_of_care", 7),
    ("money", 5),
    ("other", 2),
];
pub(super) const OUTCOMES: &[(&str, u64)] = &[
    ("resolved", 35),
    ("partly_resolved", 20),
    ("citizen_continues", 15),
    ("complaint_filed", 8),
    ("objection_filed", 8),
    ("referred", 7),
    ("not_resolved", 5),
    ("withdrawn", 2),
];
pub(super) const FOUND: &[(&str, u64)] = &[
    ("municipality_website", 20),
    ("wijkteam", 18),
    ("word_of_mouth", 16),
    ("municipality_staff", 12),
    ("provider", 8),
    ("gp", 7),
    ("folder", 6),
    ("walk_in", 5),
    ("local_news", 3),
    ("information_session", 3),
    ("unknown", 2),
];
pub(super) const FIRST: &[&str] = &[
    "Anna",
    "Bram",
    "Fatima",
    "Henk",
    "Ilse",
    "Joost",
    "Karim",
    "Lotte",
    "Mohamed",
    "Noor",
    "Priya",
    "Ruud",
    "Sanne",
    "Tim",
    "Yusuf",
    "Zeynep",
    "Wim",
    "Esther",
    "Dirk",
    "Maria",
    "Aisha",
    "Bas",
    "Cor",
    "Daan",
    "Emine",
    "Femke",
    "Gerrit",
    "Hatice",
    "Iris",
    "Jan",
    "Kees",
    "Linda",
    "Marco",
    "Nadia",
    "Olga",
    "Piet",
    "Rachid",
    "Sevda",
    "Thijs",
    "Ula",
    "Vera",
    "Willem",
    "Yara",
    "Zoë",
    "Agnieszka",
    "Bouchra",
    "Chantal",
    "Demi",
    "Erik",
    "Hanneke",
];
pub(super) const LAST: &[&str] = &[
    "de Boer",
    "Bakker",
    "Yilmaz",
    "van Dijk",
    "Visser",
    "El Amrani",
    "Smit",
    "Mulder",
    "de Graaf",
    "Kaya",
    "Hendriks",
    "Peters",
    "Jansen",
    "van Leeuwen",
    "Bos",
    "Vos",
    "de Jong",
    "Janssen",
    "de Vries",
    "van den Berg",
    "van der Meer",
    "Meijer",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Vermeulen",
    "Kok",
    "Jacobs",
    "Kuipers",
    "Schouten",
    "Postma",
    "Huisman",
    "Koster",
    "Prins",
    "Çelik",
    "Öztürk",
    "Benali",
    "Kowalski",
    "Nowak",
    "Ramdin",
    "Tahiri",
    "Boukhari",
    "van Vliet",
    "Hoekstra",
    "Wijnands",
    "Groen",
    "Verbeek",
];

/// A citizen's first words about a problem in `area`, one of a few per area.
pub(super) fn story(area: &str, r: &mut Rng) -> String {
    let options: &[&str] = match area {
        "wmo" => &[
            "Mijn huishoudelijke hulp is zonder overleg van drie naar twee uur per week gegaan.",
            "Ik wacht al vier maanden op een traplift en niemand belt terug.",
            "De keukentafelgesprek-medewerker luisterde niet en het verslag klopt niet.",
        ],
        "jeugd" => &[
            "Onze zoon staat al maanden op een wachtlijst voor jeugdhulp.",
            "Het jeugdteam heeft afspraken over begeleiding niet nagekomen.",
            "De beschikking voor dagbehandeling is zonder uitleg afgewezen.",
        ],
        "participatie" => &[
            "Mijn bijstand is stopgezet omdat een formulier niet zou zijn ontvangen.",
            "Ik moet geld terugbetalen maar begrijp de berekening niet.",
            "De consulent was onvriendelijk aan de balie.",
        ],
        "schuldhulp" => &[
            "Ik ben niet toegelaten tot schuldhulp en weet niet waarom.",
            "Mijn bewindvoerder reageert niet op mijn vragen.",
            "Het eerste gesprek bij schuldhulp is steeds uitgesteld.",
        ],
        "werk" => &[
            "Ik moet een traject volgen dat niet past bij mijn gezondheid.",
            "Mijn re-integratiecoach is al weken onbereikbaar.",
        ],
        "leerlingenvervoer" => &[
            "De taxi naar school komt vaak te laat en mijn dochter mist de eerste les.",
            "Het leerlingenvervoer is afgewezen terwijl de school ver weg is.",
        ],
        "inburgering" => &[
            "Ik begrijp de brieven over mijn inburgering niet.",
            "Mijn taalcursus is gestopt zonder uitleg.",
        ],
        _ => &[
            "Ik weet niet bij wie ik moet zijn met mijn klacht.",
            "Ik ben van het kastje naar de muur gestuurd.",
        ],
    };
    options[r.below(options.len() as u64) as usize].to_string()
}

/// The decision an objection in this area is against.
pub(super) fn decision_kind(area: &str) -> &'static str {
    match area {
        "wmo" => "wmo_decision",
        "jeugd" => "jeugd_decision",
        "participatie" => "bijstand_decision",
        "schuldhulp" => "wgs_admission",
        _ => "other_decision",
    }
}
