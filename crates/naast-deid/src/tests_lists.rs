//! The rules that need word lists: tiny lists written here, never real ones.

use crate::{Lists, find_with};

fn lists() -> Lists {
    Lists::build(
        [
            "Dylan", "Yasmina", "Lisa", "Sanne", "Jan", "Wilt", "Ede", "Bilal", "Kader", "Mee",
            "Fatima", "Kersten",
        ],
        ["Graaf", "Bakker", "Belt"],
        ["Apeldoorn", "Den Haag", "Ede", "Polen", "Utrecht"],
        ["de", "het", "roos"],
    )
}

fn found(text: &str) -> Vec<(String, &'static str)> {
    let l = lists();
    let chars: Vec<char> = text.chars().collect();
    find_with(text, Some(&l))
        .into_iter()
        .map(|s| (chars[s.start..s.end].iter().collect(), s.label.as_str()))
        .collect()
}

fn has(text: &str, piece: &str, label: &str) {
    let f = found(text);
    assert!(
        f.iter().any(|(p, l)| p == piece && *l == label),
        "expected {piece:?} as {label} in {text:?}; found {f:?}"
    );
}

fn none_of(text: &str, piece: &str) {
    let f = found(text);
    assert!(
        !f.iter().any(|(p, _)| p.contains(piece)),
        "{piece:?} is not personal data in {text:?}; found {f:?}"
    );
}

#[test]
fn lower_case_first_names_in_chats_after_a_cue_or_before_a_verb() {
    has("hoi ik ben dylan, 17. mn mentor zei dat", "dylan", "PERSON");
    has("hoi ik ben dylan, 17. mn mentor zei dat", "17", "AGE");
    has(
        "mn vriendin yasmina zegt dat jullie helpen",
        "yasmina",
        "PERSON",
    );
    has("ik ben er. lisa gaf mij je nummer", "lisa", "PERSON");
    has(
        "hee sanne hier, mn moeder heeft een brief",
        "sanne",
        "PERSON",
    );
    has("wat zegt mw. de graaf?", "de graaf", "PERSON");
    // Dutch words that are also first names, and lower case in a formal letter.
    none_of("ik kom mee naar het gesprek", "mee");
    none_of("hoi, binnen dat kader kan het niet", "kader");
    none_of(
        "Geachte heer,\nBinnen het kader van de wet gaf lisa geen antwoord.",
        "lisa",
    );
    none_of("Dhr. belt nav een flyer.", "belt");
}

#[test]
fn lower_case_places_and_places_of_more_words() {
    has(
        "ik woon in een leefgroep in apeldoorn en",
        "apeldoorn",
        "CITY",
    );
    has("Ze verhuist naar Den Haag.", "Den Haag", "CITY");
}

#[test]
fn not_a_verb_opening_a_question_an_idiom_or_the_municipality() {
    none_of("Wilt u mij uitschrijven?", "Wilt");
    none_of("Jan Modaal verdient meer.", "Jan");
    none_of("De Commissie Bezwaarschriften\nGemeente Ede\n", "Ede");
    none_of("Ik woon in Polen.", "Polen");
    has("Ik ben verhuisd naar Ede.", "Ede", "CITY");
}

#[test]
fn a_first_name_stops_before_an_organisation() {
    let f = found("eerste contact via Fatima van Vluchtelingenwerk op kantoor");
    assert!(f.contains(&("Fatima".to_string(), "PERSON")), "{f:?}");
    let f = found("Mijn neurologe, dr. Kersten van het Catharina Ziekenhuis, weet het.");
    assert!(!f.iter().any(|(p, _)| p.contains("van het")), "{f:?}");
}

#[test]
fn a_chat_participant_the_lists_know() {
    has("Bilal: ja is goed", "Bilal", "PERSON");
    none_of("Naam: Kees\nAdres: onbekend", "Naam");
}
