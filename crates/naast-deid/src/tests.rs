use super::*;

/// The labelled pieces of text found, for readable assertions.
pub(crate) fn found(text: &str) -> Vec<(String, &'static str)> {
    let chars: Vec<char> = text.chars().collect();
    find(text)
        .into_iter()
        .map(|s| (chars[s.start..s.end].iter().collect(), s.label.as_str()))
        .collect()
}

pub(crate) fn has(text: &str, piece: &str, label: &str) {
    let f = found(text);
    assert!(
        f.iter().any(|(p, l)| p == piece && *l == label),
        "expected {piece:?} as {label} in {text:?}; found {f:?}"
    );
}

pub(crate) fn none_of(text: &str, piece: &str) {
    let f = found(text);
    assert!(
        !f.iter().any(|(p, _)| p.contains(piece)),
        "{piece:?} is not personal data in {text:?}; found {f:?}"
    );
}

#[test]
fn identifiers_are_decided_by_their_checksums() {
    has("Mijn BSN is 111222333.", "111222333", "BSN");
    has("bsn: 1112.22.333", "1112.22.333", "BSN");
    has("burgerservicenummer 111 222 333", "111 222 333", "BSN");
    none_of("Artikelnummer 123456789 is uitverkocht", "123456789");
    has(
        "Stort het op NL91 ABNA 0417 1643 00 graag",
        "NL91 ABNA 0417 1643 00",
        "IBAN",
    );
    has("iban nl91abna0417164300", "nl91abna0417164300", "IBAN");
    none_of("rekening NL92ABNA0417164300", "NL92");
}

#[test]
fn phone_numbers_in_every_notation_but_not_public_lines() {
    for p in [
        "06-12345678",
        "06 1234 5678",
        "06 12 34 56 78",
        "0612345678",
        "(06) 12345678",
        "010-1234567",
        "(0475) 123456",
        "020 123 45 67",
        "+31 6 12345678",
        "+31(0)20-1234567",
        "0031 20 123 4567",
    ] {
        has(&format!("Bel mij op {p} graag."), p, "PHONE");
    }
    none_of("Bel de gemeente op 14 020 of 0800-1234567.", "14 020");
    none_of("Bel de gemeente op 14 020 of 0800-1234567.", "0800");
    none_of("Bel 112 bij nood.", "112");
}

#[test]
fn postcodes_plates_emails_and_urls() {
    has("Dorpsstraat 1, 1234 AB Maasdal", "1234 AB", "POSTCODE");
    has("postcode 1234ab", "1234ab", "POSTCODE");
    none_of("in 2019 en 2020 ging het mis", "2019 en");
    none_of("postcode 1234 SS", "1234 SS");
    has(
        "auto met kenteken 12-GBX-3 stond er",
        "12-GBX-3",
        "LICENSE_PLATE",
    );
    has("kenteken 12gbx3", "12gbx3", "LICENSE_PLATE");
    has("kenteken gx-123-b", "gx-123-b", "LICENSE_PLATE");
    has(
        "mail naar fatima.el-amrani@example.org!",
        "fatima.el-amrani@example.org",
        "EMAIL",
    );
    has(
        "kijk op www.gofundme.com/f/help-jan.",
        "www.gofundme.com/f/help-jan",
        "URL",
    );
    none_of("zie https://wetten.overheid.nl/BWBR0035362", "wetten");
}

#[test]
fn dates_and_dates_of_birth_but_not_years_times_or_articles() {
    has("op 3 maart 2026 gebeld", "3 maart 2026", "DATE");
    has("afspraak vrijdag 7 november", "vrijdag 7 november", "DATE");
    has("brief van 03-03-2026", "03-03-2026", "DATE");
    has(
        "geboren op 12-04-1958 te Delft",
        "12-04-1958",
        "DATE_OF_BIRTH",
    );
    has("geboortedatum: 1 jan 1980", "1 jan 1980", "DATE_OF_BIRTH");
    none_of("in 2019 begonnen", "2019");
    none_of("om 14.30 uur", "14.30");
    none_of("op grond van art. 7:1 Awb", "7:1");
    none_of("artikel 2.3.5 Wmo 2015", "2.3.5");
}

#[test]
fn ages_but_not_durations() {
    has("Mijn moeder (84) woont alleen", "84", "AGE");
    has("een 67-jarige man", "67", "AGE");
    has("ik ben 43 en heb twee kinderen", "43", "AGE");
    has("Leeftijd: 91", "91", "AGE");
    none_of("ik wacht al 3 jaar", "3");
    none_of("een indicatie voor 5 jaar", "5");
}

#[test]
fn people_by_title_greeting_relation_role_and_signature() {
    has(
        "Ik sprak mevrouw De Vries van het wijkteam",
        "De Vries",
        "PERSON",
    );
    has(
        "Gesprek met dhr. J.P. van den Berg gehad",
        "J.P. van den Berg",
        "PERSON",
    );
    has("Beste Samira,\nDank voor je bericht.", "Samira", "PERSON");
    has("mijn zoon Daan gaat niet naar school", "Daan", "PERSON");
    has(
        "De consulent Pieter Jansen belde niet terug",
        "Pieter Jansen",
        "PERSON",
    );
    has(
        "Met vriendelijke groet,\nAyşe Yılmaz",
        "Ayşe Yılmaz",
        "PERSON",
    );
    has("Ik heet Kees Bakker en woon hier", "Kees Bakker", "PERSON");
    none_of("Met vriendelijke groet,\nGemeente Maasdal", "Gemeente");
    none_of("Ik haal boodschappen bij Albert Heijn", "Albert");
}

#[test]
fn addresses_places_and_organisations() {
    has(
        "Ik woon op Kerkstraat 12a sinds kort",
        "Kerkstraat 12a",
        "ADDRESS",
    );
    has("adres: Burg. Saletlaan 45", "Burg. Saletlaan 45", "ADDRESS");
    has("wonende te Oud-Beijerland", "Oud-Beijerland", "CITY");
    has("Dorpsstraat 1, 1234 AB Maasdal", "Maasdal", "CITY");
    has(
        "De zorg van Maasdal Thuiszorg is gestopt",
        "Maasdal Thuiszorg",
        "ORG",
    );
    has(
        "Stichting De Linde stuurde een brief",
        "Stichting De Linde",
        "ORG",
    );
    none_of("Het UWV en de Belastingdienst", "UWV");
    none_of("De Wmo en de Jeugdwet", "Wmo");
}

#[test]
fn roles_letter_headings_and_people_next_to_organisations() {
    has(
        "Intake. Inwoner Emine van den Berg, geboren",
        "Emine van den Berg",
        "PERSON",
    );
    has(
        "Anouk Öztürk\nVan Goghstraat 12\n1234 AB Ede",
        "Anouk Öztürk",
        "PERSON",
    );
    has(
        "Anouk Öztürk\nVan Goghstraat 12\n1234 AB Ede",
        "Van Goghstraat 12",
        "ADDRESS",
    );
    let t = "gebeld met dhr. Piet Bos van Dagbesteding De Boomgaard. Hij";
    has(t, "Piet Bos", "PERSON");
    has(t, "Dagbesteding De Boomgaard", "ORG");
    has(
        "mail yusuf.öztürk@example.org",
        "yusuf.öztürk@example.org",
        "EMAIL",
    );
}

#[test]
fn case_numbers_after_their_keyword() {
    has(
        "ons dossiernummer is 2024-00123",
        "2024-00123",
        "CASE_NUMBER",
    );
    has("kenmerk: Z/25/004512", "Z/25/004512", "CASE_NUMBER");
    has("klantnummer 88123456", "88123456", "CASE_NUMBER");
    none_of("ik betaal 250 euro per maand", "250");
}

#[test]
fn chat_style_text_is_handled() {
    let t = "hoi!! 😊 mijn zoon Daan (14) krijgt geen jeugdhulp meer... bel me 0612345678 of mail daan.ma@gmail.com 🙏";
    has(t, "Daan", "PERSON");
    has(t, "14", "AGE");
    has(t, "0612345678", "PHONE");
    has(t, "daan.ma@gmail.com", "EMAIL");
}

#[test]
fn offsets_are_code_points_and_redaction_is_consistent() {
    let t = "🙂 mevrouw Öztürk belde. Later belde mevrouw Öztürk weer, en dhr. Bakker.";
    let spans = find(t);
    let chars: Vec<char> = t.chars().collect();
    let first = spans.first().copied();
    assert_eq!(
        first.map(|s| chars[s.start..s.end].iter().collect::<String>()),
        Some("Öztürk".to_string())
    );
    assert_eq!(first.map(|s| s.start), Some(10));
    assert_eq!(
        redact(t),
        "🙂 mevrouw [PERSOON-1] belde. Later belde mevrouw [PERSOON-1] weer, en dhr. [PERSOON-2]."
    );
}

#[test]
fn spans_are_valid_on_any_input() {
    // A small deterministic generator of awkward text: mixed scripts, emoji, digits, markup.
    let alphabet: Vec<char> =
        "aZ09 .,-/:@+()\n\t€ëçşıüń😊𝄞İ'’#Mevrouw DeVries 06123 NL91ABNA 1234AB straat laan"
            .chars()
            .collect();
    let mut x: u64 = 0x5eed;
    for _ in 0..400 {
        let mut s = String::new();
        x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let len = (x >> 58) as usize + (x >> 40) as usize % 120;
        for _ in 0..len {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            s.push(alphabet[(x >> 33) as usize % alphabet.len()]);
        }
        let n = s.chars().count();
        let spans = find(&s);
        let mut last = 0;
        for sp in &spans {
            assert!(sp.start < sp.end && sp.end <= n, "{sp:?} in {s:?}");
            assert!(sp.start >= last, "overlap in {s:?}");
            last = sp.end;
        }
        let _ = redact(&s);
    }
}

#[test]
fn word_lists_find_names_and_places_without_context() {
    // Tiny lists written for this test; real ones come from outside the repository.
    let lists = Lists::build(
        ["Daan", "Noor", "Roos"],
        ["Bakker", "Visser"],
        ["Tiel", "Oud-Beijerland"],
        ["roos", "de", "het"],
    );
    let bytes = lists.to_bytes();
    let Ok(lists) = Lists::from_bytes(&bytes) else {
        panic!("round trip")
    };
    assert!(Lists::from_bytes(b"nonsense").is_err());
    let t = "Gisteren kwam Noor Visser langs; ze was in Tiel. Roos is een bloem.";
    let chars: Vec<char> = t.chars().collect();
    let with: Vec<(String, &str)> = find_with(t, Some(&lists))
        .into_iter()
        .map(|s| (chars[s.start..s.end].iter().collect(), s.label.as_str()))
        .collect();
    assert!(
        with.contains(&("Noor Visser".to_string(), "PERSON")),
        "{with:?}"
    );
    assert!(with.contains(&("Tiel".to_string(), "CITY")), "{with:?}");
    assert!(
        !with.iter().any(|(p, _)| p == "Roos"),
        "a common word is not a name: {with:?}"
    );
    // Without lists, a capital inside a sentence still marks a name or place; a word opening
    // a sentence (`Roos is een bloem`) gives no evidence.
    let without = found(t);
    assert!(
        without.contains(&("Noor Visser".to_string(), "PERSON")),
        "{without:?}"
    );
    assert!(
        without.contains(&("Tiel".to_string(), "CITY")),
        "{without:?}"
    );
    assert!(!without.iter().any(|(p, _)| p == "Roos"), "{without:?}");
}

#[test]
fn a_day_and_month_without_a_year_is_a_date_where_a_day_is_announced() {
    has("Op 3-9 niet gekomen, op 17-9 afgezegd.", "3-9", "DATE");
    has("Op 3-9 niet gekomen, op 17-9 afgezegd.", "17-9", "DATE");
    has("dan zie ik je woensdag 9/4 om 10u", "9/4", "DATE");
    has("De toeslag loopt vanaf 1/12 door.", "1/12", "DATE");
    // Quantities and ranges are not dates.
    none_of("Het duurt op zijn minst 3-4 weken.", "3-4");
    none_of("op 2/3 deel van de huur", "2/3");
    none_of("Score was 3-1 voor Ajax.", "3-1");
    none_of("op 45-12 kan niet", "45-12");
}

#[test]
fn a_case_number_with_letters_in_front_is_found_and_a_law_is_not() {
    has(
        "Aanvraag bijzondere bijstand: BB-2025-11873 en TV-2025-00231.",
        "BB-2025-11873",
        "CASE_NUMBER",
    );
    has(
        "nummer bij de schuldhulp: SHV/2024/0931",
        "SHV/2024/0931",
        "CASE_NUMBER",
    );
    has(
        "contractnummer bij de SVB is ZC-3301987 als je dat nodig hebt",
        "ZC-3301987",
        "CASE_NUMBER",
    );
    none_of("Na COVID-19 ging alles mis.", "COVID-19");
    none_of("De Wmo 2015 en artikel 7:10 Awb.", "2015");
}
