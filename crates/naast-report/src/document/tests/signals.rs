//! The signal section: its tables with `x` for hidden numbers, one sentence when there were no
//! signals, nothing in a report published before signals were counted.

use super::*;

/// 20 signals over the year: 3 in Q1 (too few to break down), 8 in Q2, 5 in Q3, 4 in Q4.
/// `(quarter, area, theme, days to the answer)`.
const SIGNALS: [(u8, &str, &str, Option<u32>); 20] = [
    (1, "wmo", "waiting_time", Some(10)),
    (1, "jeugd", "treatment", None),
    (1, "wmo", "waiting_time", Some(30)),
    (2, "wmo", "waiting_time", Some(3)),
    (2, "wmo", "waiting_time", Some(20)),
    (2, "wmo", "treatment", Some(20)),
    (2, "wmo", "waiting_time", Some(50)),
    (2, "jeugd", "treatment", None),
    (2, "jeugd", "treatment", None),
    (2, "werk", "money", Some(100)),
    (2, "wmo", "waiting_time", Some(13)),
    (3, "participatie", "decision_process", Some(14)),
    (3, "participatie", "decision_process", Some(41)),
    (3, "wmo", "waiting_time", Some(42)),
    (3, "wmo", "x_eigen_thema", None),
    (3, "x_wonen", "waiting_time", Some(84)),
    (4, "jeugd", "treatment", None),
    (4, "jeugd", "treatment", Some(1)),
    (4, "wmo", "waiting_time", None),
    (4, "wmo", "waiting_time", Some(7)),
];

pub(super) fn signal_units() -> Vec<Unit> {
    SIGNALS
        .iter()
        .map(|(q, area, theme, days)| Unit {
            area: Some(area.to_string()),
            theme: Some(theme.to_string()),
            answer_days: *days,
            sent: Some(*q),
            ..Unit::default()
        })
        .collect()
}

fn section<'a>(doc: &'a Doc, heading: &str) -> Option<&'a Section> {
    doc.sections.iter().find(|s| s.heading == heading)
}

fn texts(s: &Section) -> Vec<&str> {
    s.blocks.iter().flat_map(Block::paragraphs).collect()
}

#[test]
fn the_signal_section_shows_its_tables_with_x_for_hidden_numbers() {
    let (series, p) = protected(&[1, 2], false);
    let c = content(&series, &p, 2);
    assert_eq!(c.signals, Some(8));
    let (n, pr) = (narrative(), providers());
    let doc = document(&input(&c, &n, &pr, Lang::Nl));
    assert_doc_tells_the_truth(&doc, &series, &p, &c);
    let Some(s) = section(&doc, "Signalen aan de gemeente") else {
        panic!("no signal section");
    };
    let sent = "In deze periode stuurde de vertrouwenspersoon 8 signalen aan de gemeente.";
    assert!(texts(s).contains(&sent), "{:?}", texts(s));
    let kinds: Vec<&str> = s.blocks.iter().map(Block::kind).collect();
    assert_eq!(
        kinds,
        [
            "paragraph",
            "chart",
            "table",
            "chart",
            "table",
            "paragraph",
            "chart",
            "table"
        ]
    );
    // Each chart right before its table, with a text alternative.
    for (i, b) in s.blocks.iter().enumerate() {
        if let Block::Chart { caption, alt, .. } = b {
            assert_eq!(s.blocks[i + 1].caption(), Some(caption.as_str()));
            assert!(alt.starts_with("Staafdiagram. Signalen naar "), "{alt}");
        }
    }
    let tables: Vec<&Block> = s.blocks.iter().filter(|b| b.kind() == "table").collect();
    let captions: Vec<Option<&str>> = tables.iter().map(|b| b.caption()).collect();
    assert_eq!(
        captions,
        [
            Some("Signalen naar domein"),
            Some("Signalen naar thema"),
            Some("Signalen naar tijd tot antwoord van de gemeente")
        ]
    );
    assert!(tables.iter().any(|b| b.has_hidden()), "small counts are x");
    let Block::Table { header, rows, .. } = tables[2] else {
        panic!("not a table");
    };
    assert_eq!(header, &["Tijd tot antwoord", "Aantal"]);
    let labels: Vec<&str> = rows.iter().map(|r| r.cells[0].as_str()).collect();
    assert_eq!(
        labels,
        [
            "Binnen 2 weken",
            "2 tot 6 weken",
            "6 tot 12 weken",
            "Meer dan 12 weken",
            "Nog niet beantwoord",
            "Totaal"
        ]
    );
    assert_eq!(rows.last().map(|r| r.cells[1].as_str()), Some("8"));
    // The theme reads as the nature of a kwestie; a tenant's own code falls under "Overig".
    let Block::Table { rows, .. } = tables[1] else {
        panic!("not a table");
    };
    let labels: Vec<&str> = rows.iter().map(|r| r.cells[0].as_str()).collect();
    assert_eq!(
        labels,
        [
            "Hoe een besluit tot stand kwam",
            "Bejegening",
            "Wachttijd",
            "Overig",
            "Totaal"
        ]
    );
    // The CSV has the same numbers, x for hidden ones.
    let csv = String::from_utf8_lossy(&ok(export::csv(&c, Lang::Nl, &pr))).into_owned();
    let lines: Vec<&str> = csv.lines().filter(|l| l.contains(",signals,")).collect();
    assert_eq!(lines.len(), 5 + 5 + 6, "three tables with their totals");
    assert!(lines.iter().any(|l| l.contains(",x,Signalen naar ")));
    assert!(lines.contains(
        &"2026-Q2 signals by answer,2026-Q2,signals,answer,,Totaal,,,,8,Signalen naar tijd tot antwoord van de gemeente (2026 Q2),Signalen,Tijd tot antwoord,"
    ));
    assert!(lines.iter().any(|l| l.starts_with(
        "2026-Q2 signals by answer,2026-Q2,signals,answer,open,Nog niet beantwoord,"
    )));
    // And in English.
    let doc = document(&input(&c, &n, &pr, Lang::En));
    let Some(s) = section(&doc, "Signals to the municipality") else {
        panic!("no signal section");
    };
    assert!(texts(s).contains(&"In this period the confidant sent 8 signals to the municipality."));
    let json = ok(serde_json::to_string(s));
    for english in [
        "Signals by theme",
        "Not answered yet",
        "Within 2 weeks",
        "Waiting time",
    ] {
        assert!(json.contains(english), "{english}");
    }
}

#[test]
fn a_quarter_with_few_signals_shows_no_breakdown() {
    let (series, p) = protected(&[1], false);
    let c = content(&series, &p, 1);
    assert_eq!(c.signals, Some(3));
    let (n, pr) = (narrative(), providers());
    let doc = document(&input(&c, &n, &pr, Lang::Nl));
    let Some(s) = section(&doc, "Signalen aan de gemeente") else {
        panic!("no signal section");
    };
    assert!(s.blocks.iter().all(|b| b.kind() == "paragraph"));
    let t = texts(s);
    assert!(
        t.contains(&"In deze periode stuurde de vertrouwenspersoon 3 signalen aan de gemeente.")
    );
    assert!(
        t.iter()
            .any(|p| p.starts_with("In deze periode waren er minder dan 5 signalen."))
    );
    // The accounting names the tables left out.
    let Some(about) = section(&doc, "Verantwoording") else {
        panic!("no accounting");
    };
    let left: Vec<&String> = about
        .blocks
        .iter()
        .flat_map(|b| match b {
            Block::List { items } => items.iter().collect(),
            _ => Vec::new(),
        })
        .collect();
    assert!(
        left.iter().any(|i| *i == "Signalen naar domein"),
        "{left:?}"
    );
}

#[test]
fn a_period_without_signals_says_so_in_one_sentence() {
    let kwesties: Vec<Unit> = units().into_iter().filter(|u| u.sent.is_none()).collect();
    let series = Series::build(&plan(), &kwesties, &[2], false);
    let p = ok(protect(&series, K, &Frozen::default(), "Maasdal 2026"));
    let plan = plan();
    let c = Content::new(&series, &p, &kwesties, 2, K, plan.basis, plan.kept);
    assert_eq!(c.signals, Some(0));
    let (n, pr) = (narrative(), providers());
    for (lang, heading, sentence) in [
        (
            Lang::Nl,
            "Signalen aan de gemeente",
            "In deze periode stuurde de vertrouwenspersoon geen signalen aan de gemeente.",
        ),
        (
            Lang::En,
            "Signals to the municipality",
            "The confidant sent no signals to the municipality in this period.",
        ),
    ] {
        let doc = document(&input(&c, &n, &pr, lang));
        let Some(s) = section(&doc, heading) else {
            panic!("no signal section");
        };
        assert_eq!(s.blocks.len(), 1);
        assert_eq!(texts(s), [sentence]);
    }
    let csv = String::from_utf8_lossy(&ok(export::csv(&c, Lang::Nl, &pr))).into_owned();
    assert!(!csv.contains(",signals,"));
    // Nor does the accounting list signal tables as left out.
    let doc = document(&input(&c, &n, &pr, Lang::Nl));
    let json = ok(serde_json::to_string(&doc));
    assert!(!json.contains("Signalen naar"), "{json}");
}

#[test]
fn a_report_published_before_signals_has_no_signal_section() {
    let c = snapshot_content();
    let mut json = ok(serde_json::to_value(&c));
    if let Some(o) = json.as_object_mut() {
        o.remove("signals");
    }
    let mut old: Content = ok(serde_json::from_value(json));
    assert_eq!(old.signals, None);
    old.tables.retain(|t| t.population() != "signals");
    let (n, pr) = (narrative(), providers());
    let doc = document(&input(&old, &n, &pr, Lang::Nl));
    assert!(section(&doc, "Signalen aan de gemeente").is_none());
    let Some(about) = section(&doc, "Verantwoording") else {
        panic!("no accounting");
    };
    assert!(texts(about).iter().any(|t| t.ends_with(
        "De totalen van kwesties, burgers, afgesloten kwesties en werkzaamheden laten we altijd zien."
    )));
    // Serialized again, it stays without signals.
    assert!(!ok(serde_json::to_string(&old)).contains("\"signals\""));
}
