//! Unit tests of the report pages: the standalone page, findings and the fix in words.
use super::*;
use naast_report::audit::Finding;
use naast_report::document::{Block, Doc, Figure, Row, Section};

fn doc() -> Doc {
    Doc {
        lang: "nl".into(),
        title: "Kwartaalrapportage 2026 Q3".into(),
        tenant: "Maasdal <&>".into(),
        subtitle: "Onafhankelijke vertrouwenspersoon sociaal domein".into(),
        period: "1 juli – 30 september 2026".into(),
        concept: true,
        concept_label: "CONCEPT".into(),
        version_note: Some("Versie 2: tabel 1 verbeterd.".into()),
        colour: Some("#ffff00".into()),
        logo_alt: "Logo Maasdal".into(),
        page_label: "Pagina".into(),
        of_label: "van".into(),
        footnote: "x = niet gepubliceerd: kleine aantallen".into(),
        sections: vec![
            Section {
                heading: "Samenvatting".into(),
                level: 1,
                blocks: vec![
                    Block::Figures {
                        items: vec![Figure {
                            label: "Kwesties".into(),
                            value: "25".into(),
                        }],
                    },
                    Block::Paragraph {
                        text: "Eerste regel\ntweede <b>regel</b>\n\nNieuwe alinea".into(),
                    },
                ],
            },
            Section {
                heading: "Kwesties".into(),
                level: 2,
                blocks: vec![
                    Block::Chart {
                        svg: naast_report::svg::bar_chart(
                            "Kwesties naar domein",
                            &[("Wmo".into(), Some(11)), ("Jeugdhulp".into(), None)],
                            "#00558c",
                        ),
                        alt: "Staafdiagram. Wmo 11, Jeugdhulp x.".into(),
                        caption: "Kwesties naar domein".into(),
                    },
                    Block::Table {
                        caption: "Kwesties naar domein".into(),
                        header: vec!["Domein".into(), "Aantal".into()],
                        rows: vec![
                            Row {
                                cells: vec!["Wmo".into(), "11".into()],
                                total: false,
                            },
                            Row {
                                cells: vec!["Jeugdhulp".into(), "x".into()],
                                total: false,
                            },
                            Row {
                                cells: vec!["Totaal".into(), "14".into()],
                                total: true,
                            },
                        ],
                        note: None,
                    },
                ],
            },
        ],
        sentences: Vec::new(),
    }
}

#[test]
fn the_standalone_page_is_accessible_html_without_scripts() {
    let html = standalone_html(&doc(), Some(("image/png", b"\x89PNG\r\n\x1a\nrest")));
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("<html lang=\"nl\">"));
    assert!(!html.contains("<script"), "no scripts");
    assert!(html.contains("<style>"), "styles inline");
    assert!(
        html.contains("src=\"data:image/png;base64,"),
        "the logo inside"
    );
    assert!(html.contains("Maasdal &#60;&#38;&#62;") || html.contains("Maasdal &lt;&amp;&gt;"));
    assert!(html.contains("<h1 id=\"report-title\">Kwartaalrapportage 2026 Q3</h1>"));
    assert!(html.contains("<h2>Samenvatting</h2>") && html.contains("<h3>Kwesties</h3>"));
    assert!(html.contains("class=\"concept-banner\""));
    assert!(html.contains("<caption>Tabel 1. Kwesties naar domein</caption>"));
    assert!(html.contains("<figcaption>Figuur 1. Kwesties naar domein</figcaption>"));
    assert!(html.contains("<th scope=\"col\">Aantal</th>"));
    assert!(html.contains("<th scope=\"row\">Jeugdhulp</th>"));
    assert!(
        html.contains("<td><abbr title=\"x = niet gepubliceerd: kleine aantallen\">x</abbr></td>")
    );
    assert!(html.contains("<tr class=\"total\">"));
    // The chart's markup is ours and shown as markup; the text is escaped.
    assert!(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(html.contains("role=\"img\" aria-label=\"Staafdiagram. Wmo 11, Jeugdhulp x.\""));
    assert!(!html.contains("<b>regel</b>"));
    assert!(html.contains("<p>Eerste regel<br>tweede"));
    assert!(html.contains("<p>Nieuwe alinea</p>"));
    // Yellow is too light for text: darkened like the charts.
    assert!(!html.contains("--accent: #ffff00"));
    assert!(!report_html(&doc()).contains("data:image"));
}

#[test]
fn findings_read_as_plain_dutch() {
    let f = Finding {
        table: "2026-Q3 cases by area".into(),
        at: [("area".to_string(), "jeugd".to_string())].into(),
        reason: naast_report::audit::Reason::Exact,
        min: 2,
        max: Some(2),
    };
    let none = std::collections::BTreeMap::new();
    let t = finding_text(&f, Lang::Nl, &none);
    assert_eq!(t.table, "Kwesties naar domein (2026 Q3)");
    assert_eq!(t.cell, "domein Jeugdhulp (Jeugdwet)");
    assert!(t.reason.contains("precies terug te rekenen"));
    let total = Finding {
        at: std::collections::BTreeMap::new(),
        ..f
    };
    assert_eq!(finding_text(&total, Lang::Nl, &none).cell, "het totaal");
    let fix = fix_text(
        &naast_report::protect::Extra {
            kind: naast_report::protect::ExtraKind::Withheld,
            table: "2025 signals by theme".into(),
            numbers: 6,
            protects: Vec::new(),
        },
        Lang::Nl,
    );
    assert_eq!(fix.table, "Signalen naar thema (2025)");
    assert_eq!(fix.what, "alleen het totaal tonen (6 cijfers minder)");
    assert_eq!(status_label("review", Lang::Nl), "ter beoordeling");
    assert_eq!(status_label("discussed", Lang::En), "discussed");
    assert_eq!(period_words(2026, 0, Lang::Nl), "Jaar 2026");
    assert_eq!(period_words(2026, 2, Lang::Nl), "2e kwartaal 2026");
    assert_eq!(period_words(2024, 4, Lang::En), "Q4 2024");
}
