//! Stable vocabulary codes (`shared/VOCABULARY.md`). Codes are stored; labels are shown.

use crate::Lang;

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

pub fn is_area(code: &str) -> bool {
    AREAS.iter().any(|(c, _, _)| *c == code)
}

pub fn area_label(code: &str, lang: Lang) -> &str {
    AREAS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, nl, en)| lang.pick(nl, en))
        .unwrap_or(code)
}
