//! The anonymized report: it renders, shows data as text, breaks long tables with their header,
//! and explains "x" on the pages that show one.

use super::*;
use serde_json::{Value, json};

const LOGO: &[u8] = include_bytes!("../testdata/logo.png");

fn bar_chart() -> String {
    let bars = [
        ("Wmo", 12),
        ("Jeugd", 9),
        ("Participatiewet", 6),
        ("Schulden", 4),
    ];
    let mut svg = String::from(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 230" width="600" height="230" font-family="Libertinus Serif" font-size="14">"##,
    );
    for (i, (label, n)) in bars.iter().enumerate() {
        let y = 20 + i * 50;
        svg.push_str(&format!(
            r##"<text x="130" y="{ty}" text-anchor="end" fill="#222">{label}</text><rect x="140" y="{y}" width="{w}" height="30" fill="#1f4e79"/><text x="{tx}" y="{ty}" fill="#222">{n}</text>"##,
            ty = y + 20,
            w = n * 32,
            tx = 148 + n * 32,
        ));
    }
    svg.push_str(
        r##"<line x1="140" y1="10" x2="140" y2="220" stroke="#444" stroke-width="1"/></svg>"##,
    );
    svg
}

fn sample() -> Value {
    json!({
        "lang": "nl",
        "title": "Kwartaalrapportage 2026 Q2",
        "tenant": "Gemeente Maasdal",
        "subtitle": "Onafhankelijke vertrouwenspersoon sociaal domein",
        "period": "1 april – 30 juni 2026",
        "concept": true,
        "concept_label": "CONCEPT",
        "version_note": "Versie 2, 3 augustus 2026: correctie van de tabel Kwesties naar domein (Jeugd Q1 was 8, moet 9 zijn).",
        "colour": "#1f4e79",
        "logo_alt": "Logo Gemeente Maasdal",
        "page_label": "Pagina", "of_label": "van",
        "footnote": "x = niet gepubliceerd: kleine aantallen",
        "sections": [
            {"heading": "Samenvatting", "blocks": [
                {"kind": "paragraph", "text": "In het tweede kwartaal van 2026 kwamen 31 kwesties binnen bij de onafhankelijke vertrouwenspersoon, iets meer dan in het eerste kwartaal. De meeste gingen over de Wmo, vooral over huishoudelijke hulp en vervoer.\n\nIn de meeste gevallen kon de vertrouwenspersoon met een gesprek of bemiddeling helpen; in vier gevallen is een formele klacht ingediend."},
                {"kind": "figures", "items": [
                    {"label": "Kwesties", "value": "31"}, {"label": "Burgers geholpen", "value": "28"},
                    {"label": "Naar tevredenheid opgelost", "value": "68%"}, {"label": "Gemiddelde doorlooptijd", "value": "23 dagen"}
                ]},
                {"kind": "list", "items": [
                    "Huishoudelijke hulp: wachttijden na de aanbesteding zijn een terugkerend onderwerp.",
                    "Jeugdhulp: ouders weten niet goed bij wie ze terechtkunnen als een aanbieder stopt.",
                    "Schulden: burgers ervaren de eerste reactie van de gemeente als traag."
                ]}
            ]},
            {"heading": "Kwesties naar domein", "blocks": [
                {"kind": "paragraph", "text": "De figuur en de tabel hieronder tonen het aantal kwesties per domein. Aantallen kleiner dan vijf worden niet gepubliceerd."},
                {"kind": "chart", "svg": bar_chart(), "alt": "Staafdiagram: kwesties naar domein in het tweede kwartaal. Wmo 12, Jeugd 9, Participatiewet 6, Schulden 4.", "caption": "Kwesties naar domein, tweede kwartaal 2026"},
                {"kind": "table", "caption": "Kwesties naar domein", "header": ["Domein", "Q1", "Q2"],
                 "rows": [
                    {"cells": ["Wmo", "12", "12"], "total": false},
                    {"cells": ["Jeugd", "9", "9"], "total": false},
                    {"cells": ["Participatiewet", "6", "6"], "total": false},
                    {"cells": ["Schuldhulpverlening", "x", "x"], "total": false},
                    {"cells": ["Totaal", "31", "29"], "total": true}
                 ],
                 "note": "Bron: registratie vertrouwenspersoon. Een kwestie kan meer dan één domein raken."}
            ]}
        ]
    })
}

fn ok<T>(r: Result<T, DocError>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    }
}

/// The typed document of test data written as JSON.
fn doc(data: &Value) -> Doc {
    ok(serde_json::from_value(data.clone()).map_err(|e| DocError::Data(e.to_string())))
}

/// The text on each page, runs joined by spaces.
fn page_texts(data: &Value, logo: Option<(&[u8], LogoFormat)>) -> Vec<String> {
    fn walk(frame: &typst::layout::Frame, out: &mut String) {
        for (_, item) in frame.items() {
            match item {
                typst::layout::FrameItem::Group(g) => walk(&g.frame, out),
                typst::layout::FrameItem::Text(t) => {
                    out.push_str(&t.text);
                    out.push(' ');
                }
                _ => {}
            }
        }
    }
    let files = ok(report_files(&doc(data), logo));
    let doc = ok(compile(REPORT, data, files, (2026, 8, 3)));
    doc.pages()
        .iter()
        .map(|p| {
            let mut s = String::new();
            walk(&p.frame, &mut s);
            s
        })
        .collect()
}

#[test]
fn a_sample_report_renders_to_a_tagged_pdf() {
    let pdf = ok(report_pdf(
        &doc(&sample()),
        Some((LOGO, LogoFormat::Png)),
        (2026, 8, 3),
    ));
    assert!(pdf.starts_with(b"%PDF-"));
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.contains("/StructTreeRoot"), "tagged PDF");
    assert!(text.contains("/Lang"), "document language set");
    let pages = page_texts(&sample(), Some((LOGO, LogoFormat::Png)));
    let all = pages.join(" ");
    for expected in [
        "Kwartaalrapportage",
        "CONCEPT",
        "Samenvatting",
        "Tabel",
        "Totaal",
        "Pagina",
    ] {
        assert!(all.contains(expected), "{expected} in {all}");
    }
}

#[test]
fn text_from_data_is_shown_literally() {
    let mut data = sample();
    data["title"] =
        json!("Rapport #panic(\"x\") $x^2$ ] [ *vet* _schuin_ <label> @ref // geen commentaar");
    data["tenant"] = json!("Gemeente #strong[Maasdal]");
    data["sections"][0]["heading"] = json!("Kop ] met $ en #set text(red)");
    data["sections"][0]["blocks"][0]["text"] =
        json!("Alinea #panic(\"x\") met = kop en - lijst\n\n```raw``` \\ einde");
    data["sections"][1]["blocks"][2]["header"] = json!(["#panic(\"h\")", "$", "]"]);
    let pdf = ok(report_pdf(&doc(&data), None, (2026, 8, 3)));
    assert!(pdf.starts_with(b"%PDF-"));
    let all = page_texts(&data, None).join(" ");
    for literal in [
        "#panic(\"x\")",
        "$x^2$",
        "*vet*",
        "#strong[Maasdal]",
        "#set",
        "```raw```",
    ] {
        assert!(all.contains(literal), "{literal} shown in {all}");
    }
}

#[test]
fn a_long_table_repeats_its_header_on_every_page_and_x_is_explained_there() {
    let mut data = sample();
    let rows: Vec<Value> = (1..=90)
        .map(|i| {
            let q2 = if i % 7 == 0 {
                "x".to_string()
            } else {
                (i * 3).to_string()
            };
            json!({"cells": [format!("Aanbieder {i}"), i.to_string(), q2], "total": false})
        })
        .collect();
    data["sections"][1]["blocks"][2]["header"] = json!(["Aanbieder", "Q1", "Kolomkop Q2"]);
    data["sections"][1]["blocks"][2]["rows"] = Value::Array(rows);
    if let Some(sections) = data["sections"].as_array_mut() {
        sections.push(json!({"heading": "Tot slot", "blocks": [{"kind": "paragraph", "text": "Zonder tabel."}]}));
    }
    let pages = page_texts(&data, None);
    let with_rows: Vec<&String> = pages.iter().filter(|p| p.contains("Aanbieder ")).collect();
    assert!(
        with_rows.len() >= 2,
        "the table breaks: {} pages",
        with_rows.len()
    );
    for page in &with_rows {
        assert!(page.contains("Kolomkop"), "header repeated: {page}");
        assert!(
            page.contains("niet gepubliceerd"),
            "footnote where x shows: {page}"
        );
    }
    let last = pages.last().map(String::as_str).unwrap_or_default();
    if !last.contains("Aanbieder ") {
        assert!(
            !last.contains("niet gepubliceerd"),
            "no footnote without x: {last}"
        );
    }
    let n = pages.len();
    assert!(last.contains(&format!("Pagina {n} van {n}")), "{last}");
}

#[test]
fn a_logo_of_the_wrong_format_is_refused_and_a_bad_colour_falls_back() {
    assert!(matches!(
        report_pdf(
            &doc(&sample()),
            Some((LOGO, LogoFormat::Jpeg)),
            (2026, 8, 3)
        ),
        Err(DocError::Data(_))
    ));
    assert_eq!(accent_colour(Some("#1F4E79")), "#1f4e79");
    assert_eq!(accent_colour(Some("red; #panic()")), DEFAULT_ACCENT);
    assert_eq!(accent_colour(Some("#12345")), DEFAULT_ACCENT);
    assert_eq!(accent_colour(None), DEFAULT_ACCENT);
    // Too light for headings on white: darkened, same hue.
    let yellow = accent_colour(Some("#ffdd00"));
    assert_ne!(yellow, "#ffdd00");
    let mut data = sample();
    data["colour"] = json!("#ffdd00");
    data["lang"] = json!("not a language");
    assert!(ok(report_pdf(&doc(&data), None, (2026, 8, 3))).starts_with(b"%PDF-"));
}

/// Writes the sample to /tmp/report-sample.pdf (and a long one to /tmp/report-long.pdf) to look
/// at: `cargo test -p naast-doc -- --ignored write_sample`.
#[test]
#[ignore]
fn write_sample() {
    let started = std::time::Instant::now();
    let pdf = ok(report_pdf(
        &doc(&sample()),
        Some((LOGO, LogoFormat::Png)),
        (2026, 8, 3),
    ));
    eprintln!("sample rendered in {:?}", started.elapsed());
    ok(std::fs::write("/tmp/report-sample.pdf", pdf).map_err(|e| DocError::Export(e.to_string())));
    let mut data = sample();
    data["concept"] = json!(false);
    data["version_note"] = Value::Null;
    let rows: Vec<Value> = (1..=70)
        .map(|i| {
            let q2 = if i % 9 == 0 {
                "x".to_string()
            } else {
                (i * 3).to_string()
            };
            json!({"cells": [format!("Aanbieder {i}"), i.to_string(), q2], "total": i == 70})
        })
        .collect();
    data["sections"][1]["blocks"][2]["rows"] = Value::Array(rows);
    let started = std::time::Instant::now();
    let pdf = ok(report_pdf(&doc(&data), None, (2026, 8, 3)));
    eprintln!("long rendered in {:?}", started.elapsed());
    ok(std::fs::write("/tmp/report-long.pdf", pdf).map_err(|e| DocError::Export(e.to_string())));
}

#[test]
fn the_sample_passes_typsts_pdf_ua_1_checks() {
    let data = sample();
    let files = ok(report_files(&doc(&data), Some((LOGO, LogoFormat::Png))));
    let doc = ok(compile(REPORT, &data, files, (2026, 8, 3)));
    let standards = match typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::Ua_1]) {
        Ok(s) => s,
        Err(e) => panic!("{e:?}"),
    };
    let options = typst_pdf::PdfOptions {
        standards,
        ..Default::default()
    };
    if let Err(errs) = typst_pdf::pdf(&doc, &options) {
        let msgs: Vec<String> = errs.iter().map(|e| e.message.to_string()).collect();
        panic!("PDF/UA-1: {msgs:?}");
    }
}
