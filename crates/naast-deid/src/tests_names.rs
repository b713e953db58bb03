//! Whole names (`names.rs`) and streets by their make (`streets.rs`): each name form and hard
//! negative of issue 32.

use crate::{Label, find};

/// The text of each finding with its label.
fn found(text: &str) -> Vec<(String, Label)> {
    let chars: Vec<char> = text.chars().collect();
    find(text)
        .iter()
        .map(|s| (chars[s.start..s.end].iter().collect(), s.label))
        .collect()
}

fn person(text: &str, name: &str) {
    let f = found(text);
    assert!(
        f.iter().any(|(t, l)| t == name && *l == Label::Person),
        "{name} in {text:?}: {f:?}"
    );
}

#[test]
fn names_with_particles_are_one_span() {
    person(
        "Gisteren belde Henk de Boer over zijn uitkering.",
        "Henk de Boer",
    );
    person(
        "Ik sprak mevrouw Van den Heuvel-de Vries over de Wmo.",
        "Van den Heuvel-de Vries",
    );
    person(
        "Namens Jan van der Berg schrijf ik deze brief.",
        "Jan van der Berg",
    );
    person("Volgens de heer El Amrani is de taxi te laat.", "El Amrani");
    person(
        "Gesproken met Lotte op den Kamp over school.",
        "Lotte op den Kamp",
    );
    person("Van: Daan in 't Veld\nAan: de wijkcoach", "Daan in 't Veld");
}

#[test]
fn initials_with_capitals_outside_ascii_and_double_names_are_one_span() {
    person("Behandeld door Ş. Yılmaz, afdeling Inkomen.", "Ş. Yılmaz");
    person("Vragen aan Ł.K. Nowak of aan mij.", "Ł.K. Nowak");
    person(
        "De klacht gaat over mevr. F.A. Ait Taleb-Visser, casemanager.",
        "F.A. Ait Taleb-Visser",
    );
    person("Naam: Özlem Kaya-Ouali\nGeboren: 1991", "Özlem Kaya-Ouali");
    person(
        "Gesprek met jobcoach Rania Al-Jasem: positief.",
        "Rania Al-Jasem",
    );
    person(
        "mevrouw N.C. Winter-ter Horst belde",
        "N.C. Winter-ter Horst",
    );
}

#[test]
fn an_organisation_does_not_take_in_a_function_word_that_opens_a_sentence() {
    for (t, org) in [
        (
            "Het ging goed. Ook Taxi Maas & Waal kwam te laat.",
            "Taxi Maas & Waal",
        ),
        (
            "Toen Zorgaanbieder Horizon langskwam, was het stil.",
            "Zorgaanbieder Horizon",
        ),
        ("Maar Thuiszorg De Linde zegt nee.", "Thuiszorg De Linde"),
    ] {
        let f = found(t);
        assert!(
            f.iter().any(|(x, l)| x == org && *l == Label::Org),
            "{org} in {t:?}: {f:?}"
        );
    }
}

#[test]
fn hard_negatives_stay_apart_or_unmarked() {
    // Two people in a row are two spans, not one.
    let f = found("Aanwezig: mevrouw Jansen en de heer Bakker.");
    assert!(f.iter().any(|(t, _)| t == "Jansen"), "{f:?}");
    assert!(f.iter().any(|(t, _)| t == "Bakker"), "{f:?}");
    // A name and the place after `in de` do not become one.
    let f = found("Mevrouw Jansen in de Kerkstraat belde.");
    assert!(!f.iter().any(|(t, _)| t.contains(" in de ")), "{f:?}");
    // An age or a count after a name is no house number.
    let f = found("Mevrouw Jansen 3 keer gebeld.");
    assert!(f.iter().all(|(_, l)| *l != Label::Address), "{f:?}");
    // A sentence-opening word before a name stays outside it.
    let f = found("Het gesprek was kort. Toen Jansen belde, was het laat.");
    assert!(f.iter().all(|(t, _)| !t.starts_with("Toen")), "{f:?}");
    // Laws and agencies next to a name are not taken in.
    let f = found("Mevrouw Jansen UWV belde over de Wmo.");
    assert!(f.iter().all(|(t, _)| !t.contains("UWV")), "{f:?}");
}

#[test]
fn a_street_takes_its_number_and_the_words_of_its_name() {
    let f = found("Ze woont op Akkerwinde 16-4 in Nieuwegein.");
    assert!(f.iter().any(|(t, _)| t == "Akkerwinde 16-4"), "{f:?}");
    let f = found("haar moeder, die in de Mr. Troelstraweg woont.");
    assert!(f.iter().any(|(t, _)| t == "Mr. Troelstraweg"), "{f:?}");
}

fn no_person(text: &str, words: &str) {
    let f = found(text);
    assert!(
        !f.iter()
            .any(|(t, l)| *l == Label::Person && t.contains(words)),
        "{words} in {text:?}: {f:?}"
    );
}

#[test]
fn an_own_name_after_its_cue_in_any_case_is_a_person() {
    person(
        "goedendag, mijn naam is fatima ait haddou ik ben gescheiden",
        "fatima ait haddou",
    );
    person(
        "mijn naam is said el moussaoui tel 06 30880013. dank u",
        "said el moussaoui",
    );
    person(
        "HALLO. MIJN NAAM IS TOMASZ NOWAK. IK HEB GEEN GELD MEER.",
        "TOMASZ NOWAK",
    );
    person("mijn naam is henny maar ik wil anoniem blijven", "henny");
    // Hard negatives: a function word after the cue is no name.
    no_person("ik heet je welkom bij het spreekuur", "je");
    no_person("Mijn naam is bij de gemeente bekend.", "bij");
}

#[test]
fn a_closing_name_in_a_chat_is_a_person() {
    person(
        "kunt u langs komen op het spreekuur?\njurick martina, (06) 56826798 😔",
        "jurick martina",
    );
    person("inşallah kan jij helpen 🙏 gülsen", "gülsen");
    person(
        "hij zegt dat hij blij moet zijn. shukran. rasha al-ahmad, +31630941050",
        "rasha al-ahmad",
    );
    person(
        "dit is echt schandalig 😔\nhenny brouwer-van 't hof",
        "henny brouwer-van 't hof",
    );
    // Hard negatives: a sentence, thanks, a field after `=` or a function after a comma.
    no_person("ik wacht nog steeds\nalvast bedankt", "bedankt");
    no_person("ik wacht nog steeds op de taxi.", "taxi");
    no_person(
        "hoi\nafkortingen: hb=huisbezoek, vb=voedselbank",
        "voedselbank",
    );
    no_person("met vriendelijke groet,\nF.P. Bos, manager zorg", "manager");
}

fn org(text: &str, name: &str) {
    let f = found(text);
    assert!(
        f.iter().any(|(t, l)| t == name && *l == Label::Org),
        "{name} in {text:?}: {f:?}"
    );
}

#[test]
fn a_company_by_its_legal_form_is_one_organisation() {
    org(
        "De hulp van Thuis Schoon BV is teruggebracht.",
        "Thuis Schoon BV",
    );
    org(
        "Jeugdhulp via De Zorgzame Buur BV loopt nog.",
        "De Zorgzame Buur BV",
    );
    org(
        "hoi, mijn moeder krijgt geen hulp meer van thuis schoon bv, ze is 81.",
        "thuis schoon bv",
    );
    org(
        "mijn rolstoel is kapot en de gemeente zegt hulpmiddelen direct bv moet het doen",
        "hulpmiddelen direct bv",
    );
    org(
        "Hij draagt het bewind over aan Van Rijn Bewind. De kantonrechter stemt in.",
        "Van Rijn Bewind",
    );
    org(
        "Klacht over: Zorgcentrum De Hoge Weide\nDatum voorval: 13 september",
        "Zorgcentrum De Hoge Weide",
    );
    // Hard negatives: a sentence-initial function word stays out; `BV` alone is no name.
    org(
        "Het ging goed. Ook Thuis Schoon BV kwam te laat.",
        "Thuis Schoon BV",
    );
    let f = found("hoi, is dat een bv of niet?");
    assert!(f.iter().all(|(_, l)| *l != Label::Org), "{f:?}");
}

#[test]
fn a_number_in_a_field_that_names_it_is_a_case_number() {
    let has = |text: &str, n: &str| {
        let f = found(text);
        assert!(
            f.iter().any(|(t, l)| t == n && *l == Label::CaseNumber),
            "{n} in {text:?}: {f:?}"
        );
    };
    has(
        "Rapportage aan inwoner\nKwestie: 7515/53\nOp uw verzoek",
        "7515/53",
    );
    has(
        "The case number is ZK9641354. You can call me.",
        "ZK9641354",
    );
    has("Klantnummer gemeente: 36177101.", "36177101");
    has(
        "Het kenmerk voor de woningcorporatie is 1847 7083 5329 8832.",
        "1847 7083 5329 8832",
    );
    // Hard negatives: a quantity after `kwestie van` and a house number are no case numbers.
    let f = found("Het is een kwestie van 100 euro per maand. Ze woont op nummer 14.");
    assert!(f.iter().all(|(_, l)| *l != Label::CaseNumber), "{f:?}");
}
