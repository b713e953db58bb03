//! Stable vocabulary codes (`shared/VOCABULARY.md`). Codes are stored, exported and compared
//! across years and tenants; labels (Dutch first, English second) are only shown.

use crate::Lang;

/// A code list: `(code, Dutch label, English label)`.
pub type List = &'static [(&'static str, &'static str, &'static str)];

/// The social-domain areas (`domein`) a tenant's service can cover.
pub const AREAS: [(&str, &str, &str); 8] = [
    (
        "wmo",
        "Wmo (ondersteuning thuis, hulpmiddelen, dagbesteding, beschermd wonen)",
        "social support (Wmo 2015)",
    ),
    ("jeugd", "Jeugdhulp (Jeugdwet)", "youth care"),
    (
        "participatie",
        "Bijstand en minimaregelingen (Participatiewet)",
        "income support",
    ),
    ("werk", "Werk en re-integratie", "work and re-integration"),
    ("schuldhulp", "Schuldhulpverlening (Wgs)", "debt assistance"),
    ("leerlingenvervoer", "Leerlingenvervoer", "pupil transport"),
    ("inburgering", "Inburgering", "civic integration"),
    ("overig", "Overig sociaal domein", "other"),
];

/// The nature of the dissatisfaction (`aard van de onvrede`); the first five are the seed's list.
pub const NATURES: List = &[
    (
        "decision_process",
        "Hoe een besluit tot stand kwam",
        "how a decision came about",
    ),
    (
        "wrong_information",
        "Besluit met foutieve informatie",
        "decision based on wrong information",
    ),
    ("agreements", "Nakomen van afspraken", "agreements not kept"),
    (
        "lack_of_information",
        "Gebrek aan informatie",
        "lack of information",
    ),
    (
        "treatment",
        "Bejegening",
        "treatment by an official or carer",
    ),
    ("reachability", "Bereikbaarheid", "could not reach anyone"),
    ("waiting_time", "Wachttijd", "waiting time"),
    (
        "quality_of_care",
        "Kwaliteit van zorg of ondersteuning",
        "quality of care or support",
    ),
    (
        "money",
        "Geld (eigen bijdrage, terugvordering, betaling)",
        "money",
    ),
    ("other", "Overig", "other"),
];

/// How a kwestie came in (`hoe binnengekomen`).
pub const CHANNELS: List = &[
    ("phone", "Telefoon", "phone"),
    ("email", "E-mail", "e-mail"),
    ("walk_in", "Spreekuur of inloop", "walk-in"),
    ("home_visit", "Huisbezoek", "home visit"),
    ("letter", "Brief", "letter"),
    ("web_form", "Webformulier", "web form"),
    ("chat", "Chat", "chat"),
    (
        "third_party",
        "Via een ander (wijkteam, huisarts, mantelzorger)",
        "via a third party",
    ),
];

/// What the confidant did (`werkzaamheid`): the seed's task list.
pub const ACTIVITIES: List = &[
    ("listening", "Luisterend oor / opvang", "listening"),
    (
        "clarifying",
        "Vraagverheldering en probleem formuleren",
        "clarifying the question",
    ),
    (
        "exploring_options",
        "Mogelijkheden voor een oplossing inventariseren",
        "exploring options",
    ),
    (
        "information",
        "Informatie achterhalen en verstrekken",
        "finding and giving information",
    ),
    (
        "advice",
        "Advies over vervolgstappen",
        "advice on next steps",
    ),
    (
        "procedures_info",
        "Informeren over klachten- en bezwaarregelingen",
        "informing about complaint and objection procedures",
    ),
    (
        "complaint_support",
        "Ondersteunen bij een formele klacht",
        "supporting a formal complaint",
    ),
    (
        "objection_support",
        "Ondersteunen bij een bezwaar",
        "supporting an objection",
    ),
    ("mediation", "Bemiddelen", "mediation"),
    (
        "accompanying",
        "Aanwezig bij gesprek met gemeente of aanbieder",
        "accompanying to a conversation",
    ),
    ("referral", "Doorverwijzen", "referral"),
];

/// How a kwestie ended (`resultaat`).
pub const OUTCOMES: List = &[
    ("resolved", "Naar tevredenheid opgelost", "resolved"),
    ("partly_resolved", "Deels opgelost", "partly resolved"),
    (
        "citizen_continues",
        "Inwoner gaat zelf verder",
        "citizen carries on alone",
    ),
    (
        "complaint_filed",
        "Formele klacht ingediend",
        "formal complaint filed",
    ),
    ("objection_filed", "Bezwaar ingediend", "objection filed"),
    ("referred", "Doorverwezen", "referred"),
    ("not_resolved", "Niet opgelost", "not resolved"),
    ("withdrawn", "Ingetrokken", "withdrawn"),
];

/// What a supported complaint or objection led to.
pub const EXTERNAL_OUTCOMES: List = &[
    ("gegrond", "Gegrond", "upheld"),
    ("deels_gegrond", "Deels gegrond", "partly upheld"),
    ("ongegrond", "Ongegrond", "not upheld"),
    ("ingetrokken", "Ingetrokken", "withdrawn"),
    ("niet_ontvankelijk", "Niet-ontvankelijk", "inadmissible"),
    (
        "informeel_opgelost",
        "Informeel opgelost",
        "resolved informally",
    ),
    ("in_behandeling", "Nog in behandeling", "still pending"),
];

/// Where a kwestie stands.
pub const STATUSES: List = &[
    ("new", "Binnengekomen", "new"),
    ("in_progress", "In behandeling", "in progress"),
    (
        "waiting_citizen",
        "Wacht op inwoner",
        "waiting for the citizen",
    ),
    (
        "waiting_organisation",
        "Wacht op organisatie",
        "waiting for the organisation",
    ),
    ("closed", "Afgesloten", "closed"),
];

/// Ways to a solution (`mogelijkheid`).
pub const OPTIONS: List = &[
    (
        "self_conversation",
        "Inwoner praat zelf opnieuw met de organisatie",
        "citizen talks to the organisation again",
    ),
    (
        "informal_conversation",
        "Gesprek met de vertrouwenspersoon erbij",
        "informal conversation with the confidant",
    ),
    ("mediation", "Bemiddeling", "mediation"),
    ("complaint", "Formele klacht", "formal complaint"),
    ("objection", "Bezwaar", "objection"),
    ("ombudsman", "Ombudsman", "ombudsman"),
    ("legal_aid", "Juridische hulp", "legal aid"),
    (
        "client_support",
        "Onafhankelijke cliëntondersteuning",
        "independent client support",
    ),
    (
        "other_help",
        "Doorverwijzing naar andere hulp",
        "referral elsewhere",
    ),
];

/// The kind of decision involved (`soort besluit`).
pub const DECISION_KINDS: List = &[
    ("wmo_decision", "Besluit Wmo", "Wmo decision"),
    ("jeugd_decision", "Besluit jeugdhulp", "youth care decision"),
    (
        "bijstand_decision",
        "Besluit bijstand",
        "income support decision",
    ),
    ("recovery_decision", "Terugvordering", "recovery decision"),
    (
        "wgs_admission",
        "Besluit schuldhulp (Wgs)",
        "debt assistance decision",
    ),
    ("other_decision", "Ander besluit", "other decision"),
];

/// Who a party on a kwestie is.
pub const PARTY_ROLES: List = &[
    ("citizen", "Inwoner", "citizen"),
    (
        "representative",
        "Vertegenwoordiger (bewindvoerder, gemachtigde)",
        "representative",
    ),
    ("informal_carer", "Mantelzorger", "informal carer"),
    ("interpreter", "Tolk", "interpreter"),
    ("other", "Anders", "other"),
];

/// How the citizen found the confidant (`hoe bij ons gekomen`).
pub const FOUND_VIA: List = &[
    (
        "municipality_website",
        "Website van de gemeente",
        "municipality website",
    ),
    (
        "municipality_staff",
        "Medewerker van de gemeente",
        "municipality staff",
    ),
    ("wijkteam", "Wijkteam", "neighbourhood team"),
    ("provider", "Zorgaanbieder", "care provider"),
    ("gp", "Huisarts", "GP"),
    ("folder", "Folder", "leaflet"),
    ("local_news", "Lokale krant of omroep", "local news"),
    ("word_of_mouth", "Via via", "word of mouth"),
    ("information_session", "Voorlichting", "information session"),
    ("walk_in", "Spreekuur", "walk-in"),
    ("other", "Anders", "other"),
    ("unknown", "Onbekend", "unknown"),
];

/// True when `code` is in `list`.
pub fn has(list: List, code: &str) -> bool {
    list.iter().any(|(c, _, _)| *c == code)
}

/// The label of `code` in `list`, or the code itself when unknown (a tenant's own `x_` code).
pub fn label(list: List, code: &str, lang: Lang) -> &str {
    list.iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, nl, en)| lang.pick(nl, en))
        .unwrap_or(code)
}

pub fn is_area(code: &str) -> bool {
    has(&AREAS, code)
}

pub fn area_label(code: &str, lang: Lang) -> &str {
    label(&AREAS, code, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_unique_snake_case_codes() {
        for list in [
            &AREAS[..],
            NATURES,
            CHANNELS,
            ACTIVITIES,
            OUTCOMES,
            EXTERNAL_OUTCOMES,
            STATUSES,
            OPTIONS,
            DECISION_KINDS,
            PARTY_ROLES,
            FOUND_VIA,
        ] {
            let mut seen = std::collections::HashSet::new();
            for (code, nl, en) in list {
                assert!(seen.insert(*code), "duplicate {code}");
                assert!(
                    code.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                    "{code}"
                );
                assert!(!nl.is_empty() && !en.is_empty());
            }
        }
    }

    #[test]
    fn labels_fall_back_to_the_code() {
        assert_eq!(label(CHANNELS, "phone", Lang::Nl), "Telefoon");
        assert_eq!(label(CHANNELS, "x_pigeon", Lang::Nl), "x_pigeon");
    }
}
