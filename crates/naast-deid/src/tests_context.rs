//! The rules that read context without word lists: every positive has its hard negatives
//! beside it. The texts are written here, not taken from an evaluation set.

use crate::tests::{found, has, none_of};

/// `piece` is not found with this label (it may be part of something else).
fn not_as(text: &str, piece: &str, label: &str) {
    let f = found(text);
    assert!(
        !f.iter().any(|(p, l)| p.contains(piece) && *l == label),
        "{piece:?} is no {label} in {text:?}; found {f:?}"
    );
}

/// Text in which nothing is personal data.
fn nothing(text: &str) {
    let f = found(text);
    assert!(f.is_empty(), "nothing is personal in {text:?}; found {f:?}");
}

#[test]
fn dates_keep_an_abbreviation_dot_and_ranges_but_not_a_full_stop() {
    has("Het gesprek is op 4 maart.", "4 maart", "DATE");
    has("Afspraak 3 mrt. om tien uur", "3 mrt.", "DATE");
    has("Geen contact 27-28 maart (cursus)", "27-28 maart", "DATE");
}

#[test]
fn a_day_and_month_opening_a_log_line_or_after_a_meeting_is_a_date() {
    has("08-05 Overleg met de school", "08-05", "DATE");
    has("notities\n- 2/4 mail aan de bewindvoerder", "2/4", "DATE");
    has("Intake 31/7 bij de balie", "31/7", "DATE");
    has("spreekuur bibliotheek 7-11, drie bezoekers", "7-11", "DATE");
    has("Aanmelding bij de gemeente 22-08.", "22-08", "DATE");
    // Quantities, times and ranges of numbers are not dates.
    none_of("Dat duurt 3-4 weken.", "3-4");
    none_of("open van 10-12 uur", "10-12");
    none_of("Wij zijn 24/7 bereikbaar", "24/7");
    none_of("De uitslag was 3-1 voor de thuisploeg", "3-1");
    none_of("Zie art. 7:10 Awb", "7:10");
}

#[test]
fn phone_numbers_with_en_dashes_and_from_abroad() {
    has("Tel 0573 – 25 11 90 (ma-do)", "0573 – 25 11 90", "PHONE");
    has(
        "bel mij op +48 601 223 918 of mail",
        "+48 601 223 918",
        "PHONE",
    );
    none_of("Bel 14 020 voor de gemeente", "14 020");
    none_of("Het tekort is € 1.104,- per maand", "1.104");
}

#[test]
fn postcodes_with_a_no_break_space_and_case_numbers_in_groups() {
    has("Postcode: 2517\u{a0}KD", "2517\u{a0}KD", "POSTCODE");
    has("Aanslagnummer: 865 876 979", "865 876 979", "CASE_NUMBER");
    has(
        "Kenmerk 1071 3382 0017 5526 vermelden",
        "1071 3382 0017 5526",
        "CASE_NUMBER",
    );
    has("Kenmerk: 2025.0098.WMO", "2025.0098.WMO", "CASE_NUMBER");
    has(
        "kenmerk van hun brief 2024-WMO-88301.",
        "2024-WMO-88301",
        "CASE_NUMBER",
    );
    has(
        "zaaknummer C/02/389144 / BM RK 21-1002 bij de kantonrechter",
        "C/02/389144 / BM RK 21-1002",
        "CASE_NUMBER",
    );
    has("Haar huurnummer is 100349-07.", "100349-07", "CASE_NUMBER");
    none_of("De huur 650 euro is te hoog", "650");
    none_of("De Wmo 2015 en de Jeugdwet", "2015");
}

#[test]
fn web_addresses_without_www_but_with_a_path() {
    has(
        "bereik me via facebook.com/jan.smit.1970 of app",
        "facebook.com/jan.smit.1970",
        "URL",
    );
    none_of(
        "lees rijksoverheid.nl/onderwerpen/bijstand",
        "rijksoverheid",
    );
    none_of("hij scoorde een 7.5/10", "7.5");
}

#[test]
fn initials_nicknames_families_and_relations_without_a_possessive() {
    has(
        "Op rekening t.n.v. R.J. Schouten.",
        "R.J. Schouten",
        "PERSON",
    );
    has(
        "Dhr. R. (Robbert) ten Have, 50",
        "R. (Robbert) ten Have",
        "PERSON",
    );
    has("Hoorzitting voor Fam. Yılmaz morgen", "Yılmaz", "PERSON");
    has(
        "Ik ben de gezinscoach van het gezin Van Gorkum in Culemborg.",
        "Van Gorkum",
        "PERSON",
    );
    has("- moeder Senait Haile, 33", "Senait Haile", "PERSON");
    // Abbreviations that are not initials, and a lone capital that ends a sentence.
    not_as("Woont aan de Burg. Saletlaan", "Saletlaan", "PERSON");
    none_of("Hij slikt vitamine D. Daarna gaat het beter.", "Daarna");
}

#[test]
fn a_preposition_after_a_role_or_relation_is_no_particle() {
    let t = "Ravi komt met zijn begeleider van Nidos naar het gesprek.";
    none_of(t, "van Nidos");
    none_of("Ik ga naar mijn zus in Hoorn.", "in Hoorn");
    has("Ik ga naar mijn zus in Hoorn.", "Hoorn", "CITY");
    // A greeting ends at its line: the next paragraph is not a name.
    let t = "Hallo\n\nMijn naam is Petra en ik heb een vraag.";
    has(t, "Petra", "PERSON");
    none_of(t, "Mijn");
}

#[test]
fn senders_sign_offs_and_chat_participants() {
    has(
        "Van: Dijkstra-Boukema, Hoofdweg 212, 9341 BL Veenhuizen",
        "Dijkstra-Boukema",
        "PERSON",
    );
    has(
        "Bedankt voor alles.\n\nDziękuję,\nAgnieszka",
        "Agnieszka",
        "PERSON",
    );
    has("Tot dinsdag.\n\nCor van Wijk", "Cor van Wijk", "PERSON");
    let chat =
        "Bilal: ja is goed\nJolanda (Naast): prima\nBilal: waar was het\nJolanda (Naast): hier";
    has(chat, "Bilal", "PERSON");
    has(chat, "Jolanda", "PERSON");
    let chat = "ruben 12:03: kan je dit checken\nruben 12:04: en dit";
    has(chat, "ruben", "PERSON");
    // Field names of a form open lines with a colon too.
    let form = "Datum: 3 maart\nNaam: onbekend\nDatum: 4 maart\nActie: bellen";
    none_of(form, "Datum");
    none_of(form, "Actie");
    // A closing line of a letter with an institution is no person.
    none_of("Met vriendelijke groet,\n\nGemeente Maasdal", "Gemeente");
}

#[test]
fn a_name_with_an_age_after_it() {
    has("Erna (76) belt namens haar buurman.", "Erna", "PERSON");
    has("Erna (76) belt namens haar buurman.", "76", "AGE");
    has("Zoon Jason (23) woont thuis.", "Jason", "PERSON");
    none_of("Zoon Jason (23) woont thuis.", "Zoon");
    has("Wie: Peter Klein, 59\nWaar: thuis", "59", "AGE");
    has("twee kinderen (Maud, 8, en Sep, 6)", "Maud", "PERSON");
    nothing("Zie Bijlage (3) bij de brief");
}

#[test]
fn ages_in_the_ways_notes_write_them_but_not_durations() {
    has(
        "alleenstaande vader van drie kinderen (6, 9 en 12).",
        "9",
        "AGE",
    );
    has("- 4 kinderen: 2, 5, 9 en 12 jaar", "2", "AGE");
    has("pa is 83 en heeft parkinson", "83", "AGE");
    has("Mijn zoon Daan is 15 en heeft autisme.", "15", "AGE");
    has("of hij mag blijven als hij 18 wordt", "18", "AGE");
    has(
        "ik woon in een leefgroep en ik word over 5 maanden 18.",
        "18",
        "AGE",
    );
    has("baby Rahel (4 mnd)", "4", "AGE");
    has("Jos (44, NAH) wil een pgb", "44", "AGE");
    has("Dhr. Snoek – 67 jaar, AOW, alleenstaand", "67", "AGE");
    has(
        "Dhr. belt nav flyer. Is 58, werkloos sinds 2023.",
        "58",
        "AGE",
    );
    none_of("Het is 3 jaar geleden begonnen.", "3");
    none_of("Hij is 3 jaar werkloos geweest.", "3");
    none_of("De huur is 95 euro hoger.", "95");
    none_of("Het is 20 minuten lopen.", "20");
    none_of("melders tussen 18 en 27 jaar", "27");
    none_of("ik wacht al 3 jaar", "3");
}

#[test]
fn streets_with_additions_cues_and_postcodes_after_them() {
    has(
        "Fenna\nDorpsstraat 77-A\n1741 AK Schagen",
        "Dorpsstraat 77-A",
        "ADDRESS",
    );
    has(
        "Hij woont op Lindenlaan 4-III.",
        "Lindenlaan 4-III",
        "ADDRESS",
    );
    has(
        "Joanna\nul. Ogrodowa 14/3\nWrocław\nPolen",
        "ul. Ogrodowa 14/3",
        "ADDRESS",
    );
    has(
        "Joanna\nul. Ogrodowa 14/3\nWrocław\nPolen",
        "Wrocław",
        "CITY",
    );
    has(
        "adres: Hart van Zuid 1120, Rotterdam",
        "Hart van Zuid 1120",
        "ADDRESS",
    );
    has("adres: Hart van Zuid 1120, Rotterdam", "Rotterdam", "CITY");
    has(
        "Bureau De Wal\nMarkt 9\n4331 LK Middelburg",
        "Markt 9",
        "ADDRESS",
    );
    has(
        "Woont Burgemeester de Withstraat 14 in Brielle.",
        "Burgemeester de Withstraat 14",
        "ADDRESS",
    );
    has(
        "Woont Burgemeester de Withstraat 14 in Brielle.",
        "Brielle",
        "CITY",
    );
    has(
        "Er is geen parkeerplaats bij haar woning aan de Smaragdstraat.",
        "Smaragdstraat",
        "ADDRESS",
    );
    none_of(
        "We spraken af in het wijkcentrum aan de Wilhelminastraat.",
        "Wilhelminastraat",
    );
    none_of("Zorgpad 2.0 is het nieuwe werkproces.", "Zorgpad");
    none_of(
        "met behoud van uitkering\n2. Ze levert haar rooster in",
        "uitkering",
    );
    none_of("Postbus 200\n1234 AB Maasdal", "Postbus");
    none_of("Hij woont op nummer 14.", "14");
}

#[test]
fn places_after_an_address_a_postcode_or_a_cue_and_before_a_letters_date() {
    has(
        "Adres: Van Heemstralaan 7, Amersfoort\nTel",
        "Amersfoort",
        "CITY",
    );
    has(
        "Vluchtelingenwerk\nEnschede, 23 mei 2025\n\nBeste",
        "Enschede",
        "CITY",
    );
    has(
        "Koestraat 19\n5211 AH 's-Hertogenbosch",
        "'s-Hertogenbosch",
        "CITY",
    );
    has(
        "Ik, Jelena, geboren te Beograd op 5-5-1979",
        "Beograd",
        "CITY",
    );
    has(
        "Postcode: 2517 KD   Woonplaats: 's-Gravenhage",
        "'s-Gravenhage",
        "CITY",
    );
    has(
        "Ik ga verhuizen van Helmond naar Deurne.",
        "Helmond",
        "CITY",
    );
    has("Ik ga verhuizen van Helmond naar Deurne.", "Deurne", "CITY");
    has("Team bewind, locatie Middelburg", "Middelburg", "CITY");
    none_of("Sinds 1 februari 2025 in een verpleeghuis.", "een");
    none_of("Ik heb MS sinds 2011 en heb goede dagen.", "heb");
    not_as("Dinsdag, 3 maart gaan we", "Dinsdag", "CITY");
}

#[test]
fn organisations_by_their_kind_word_in_front_or_their_make() {
    has(
        "een afspraak bij het re-integratiebedrijf Werkpunt Twente op",
        "Werkpunt Twente",
        "ORG",
    );
    has(
        "Bij huisartsenpraktijk De Vaart liggen folders",
        "De Vaart",
        "ORG",
    );
    has(
        "door een deurwaarder (Flanderijn, dossier",
        "Flanderijn",
        "ORG",
    );
    has(
        "Hij heeft huurachterstand bij Woonbron sinds mei.",
        "Woonbron",
        "ORG",
    );
    has(
        "hulp via Zorgpartners Voorne is gestopt",
        "Zorgpartners Voorne",
        "ORG",
    );
    none_of("de thuiszorg komt niet meer", "thuiszorg");
    none_of("Zijn werkgever Jumbo betaalt te laat.", "Jumbo");
    none_of("Zorg dat u op tijd bent.", "Zorg");
    none_of("Stichting Urgente Noden\nPostbus 2023", "Postbus");
}

#[test]
fn a_capital_inside_a_sentence_is_a_name_unless_it_is_a_known_non_name() {
    has("Hij woont nu bij Pluryn in Nijmegen.", "Pluryn", "ORG");
    has("Hij woont nu bij Pluryn in Nijmegen.", "Nijmegen", "CITY");
    has(
        "De consulent belde met Kees over de brief.",
        "Kees",
        "PERSON",
    );
    has(
        "Ze krijgt eten bij Leger des Heils.",
        "Leger des Heils",
        "ORG",
    );
    nothing("Ik haal boodschappen bij Albert Heijn en bij de Jumbo.");
    nothing("Het UWV, de SVB en de Belastingdienst weten ervan.");
    nothing("Volgens de Participatiewet en de Wmo 2015 mag dat.");
    nothing("Hij spreekt Turks en een beetje Arabisch.");
    nothing("Ze is teruggegaan naar Polen.");
    nothing("Het kantoor is dicht op Koningsdag en op 2e Pinksterdag.");
    nothing("Veilig Thuis is ingeschakeld.");
    nothing("Dit gaat via Naast, zoals afgesproken.");
    nothing("AANMELDFORMULIER ONAFHANKELIJKE CLIËNTONDERSTEUNING");
    nothing("Jan Modaal verdient meer dan het minimum.");
    // The municipality and the court as institutions are not places.
    nothing("Ik heb bezwaar gemaakt bij de gemeente Utrecht.");
    nothing("Aan het college van B en W van Nijmegen");
    nothing("De zaak ligt bij de rechtbank Amsterdam.");
    // A form's field name is no name, its value is.
    let t = "Postcode: 2517 KD   Woonplaats: 's-Gravenhage";
    none_of(t, "Woonplaats");
}

#[test]
fn a_first_name_found_once_is_found_again_also_opening_a_sentence() {
    let t =
        "Gesprek met cliënt Tamara Groen en mij.\nAfspraken:\n1. Tamara mag de opleiding afmaken.";
    let f = found(t);
    assert_eq!(
        f.iter()
            .filter(|(p, l)| p == "Tamara" && *l == "PERSON")
            .count(),
        1,
        "{f:?}"
    );
    // A surname after a title is not taken again where it opens a sentence as a word.
    let t = "Ik sprak mevrouw Zomer vandaag.\nZomer was voor haar een zware tijd.";
    let f = found(t);
    assert_eq!(f.len(), 1, "{f:?}");
}

#[test]
fn either_case_makes_alternatives_of_words_with_a_capital_or_without() {
    assert_eq!(
        crate::either_case(r"mevrouw|dhr\.?|cli[eë]nt|(?:x|y)"),
        r"(?:[Mm]evrouw|[Dd]hr\.?|[Cc]li[eë]nt|(?:x|y))"
    );
    let r = crate::re(&crate::either_case("op|vanaf"));
    assert!(r.is_match("Vanaf morgen") && r.is_match("op"));
}

#[test]
fn second_round_name_forms_with_their_hard_negatives() {
    // A surname of a full name, alone opening a sentence.
    has(
        "Klacht over Ramdin Sewnath, consulent Wmo. Sewnath zou het gesprek hebben afgebroken.",
        "Sewnath",
        "PERSON",
    );
    // A capitalised preposition opening a surname, and `cl.` as a title.
    has(
        "Geachte heer In 't Veld,\n\nDank u.",
        "In 't Veld",
        "PERSON",
    );
    has("dhr. Op den Akker belde terug.", "Op den Akker", "PERSON");
    has("5-6: tc cl. Bos, wil uitstel betaling", "Bos", "PERSON");
    // A first name in lower case after a relation, where an age or a verb follows.
    has(
        "mijn zoon ricardo is 10 en heeft een indicatie",
        "ricardo",
        "PERSON",
    );
    has("mijn zoon ricardo is 10 en heeft", "10", "AGE");
    has("mijn dochter femke is ook boos", "femke", "PERSON");
    has("mn dochter anna (7) wil niet", "anna", "PERSON");
    none_of("mijn zoon heeft is niet", "heeft");
    none_of("mijn zoon is ook boos", "is");
    none_of("mijn dochter zelf is ook boos", "zelf");
}

#[test]
fn second_round_ages_and_streets_with_their_hard_negatives() {
    has("23-12: hb, cl. 46j, woont alleen", "46", "AGE");
    has(
        "uit Vlissingen (alleenstaande ouder, 38) kreeg een brief",
        "38",
        "AGE",
    );
    has("Het gaat om een man van 60 die alleen woont.", "60", "AGE");
    has("iemand van 33, belt vanuit Tiel", "33", "AGE");
    has("Drie kinderen, oudste 6. Afspraak volgt.", "6", "AGE");
    none_of("de oudste 2 kinderen gaan naar school", "2");
    none_of("een man van 60 jaar geleden", "60");
    none_of("bijlage (pagina 3, 12) bij de brief", "12");
    none_of("Het duurde 3 jaar, zie artikel 4j van de wet.", "3");
    // A street after `op de` or `aan de` where people are; not a public place.
    has(
        "Na de brand in onze flat aan de Insulindestraat hebben we niks.",
        "Insulindestraat",
        "ADDRESS",
    );
    has(
        "Donderdag ben ik bij jou langs op de Zuiderparkweg.",
        "Zuiderparkweg",
        "ADDRESS",
    );
    none_of(
        "We spraken af in het wijkcentrum aan de Wilhelminastraat.",
        "Wilhelminastraat",
    );
    none_of(
        "Het spreekuur is op de Stationsweg, naast de bibliotheek.",
        "Stationsweg",
    );
}

#[test]
fn chat_senders_after_a_stamp_and_possessives_of_names() {
    let t =
        "18-01-2026 09:14 - Lotte de Groot: hoi, ben je er vandaag?\n18-01-2026 09:20 - Liban: ja";
    has(t, "Lotte de Groot", "PERSON");
    has(t, "Liban", "PERSON");
    has("[3/2/26, 21:07] Bilal: ok", "Bilal", "PERSON");
    none_of("18-01-2026 09:14 - Let op: de deurwaarder komt", "Let");
    has(
        "Ik ben Siham Ouali. Abdelkader's school belt steeds.",
        "Abdelkader",
        "PERSON",
    );
    has(
        "Ik ben Malika. Hamid’s school belt steeds.",
        "Hamid",
        "PERSON",
    );
    none_of("Foto's van de woning stuur ik mee.", "Foto");
    none_of("Oma's huis is verkocht.", "Oma");
    has(
        "Contact: Bashar Al-Khatib, bashar@live.nl.",
        "Bashar Al-Khatib",
        "PERSON",
    );
}
