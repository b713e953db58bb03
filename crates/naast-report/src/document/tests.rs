//! The report as document, CSV and XLSX, from a small fixed series: hidden numbers are `x`
//! everywhere and every published number is the true one, in its place.

use super::*;
use crate::content::{Comparison, Content, Narrative};
use crate::export;
use crate::plan::{Basis, Plan};
use crate::protect::{Frozen, Protection, protect};
use crate::release::HIDDEN;
use crate::series::{Key, Series, Unit};
use std::collections::{HashMap, HashSet};
use std::io::Read;

const K: u64 = 5;

fn ok<T, E: std::fmt::Display>(r: Result<T, E>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    }
}

fn plan() -> Plan {
    let kept = |codes: &[&str]| codes.iter().map(|c| c.to_string()).collect::<Vec<_>>();
    Plan {
        year: 2026,
        k: K,
        basis: Basis::PreviousYear,
        kept: BTreeMap::from([
            ("area".into(), kept(&["wmo", "jeugd", "participatie"])),
            (
                "organisation".into(),
                kept(&["municipality", "linde", "zorgkracht"]),
            ),
            (
                "nature".into(),
                kept(&["decision_process", "treatment", "waiting_time"]),
            ),
            ("channel".into(), kept(&["phone", "email"])),
            (
                "found_via".into(),
                kept(&["municipality_website", "word_of_mouth"]),
            ),
            ("outcome".into(), kept(&["resolved", "partly_resolved"])),
            ("duration".into(), kept(&["lt_2w", "2_6w", "6_12w"])),
            ("external".into(), kept(&["none"])),
            (
                "activity".into(),
                kept(&["listening", "advice", "information"]),
            ),
        ]),
    }
}

fn providers() -> BTreeMap<String, String> {
    BTreeMap::from([
        ("linde".to_string(), "Linde Thuiszorg".to_string()),
        ("zorgkracht".to_string(), "Zorg & Kracht <BV>".to_string()),
    ])
}

/// 64 kwesties over the year, spread by index so that some groups are large and some small.
fn units() -> Vec<Unit> {
    let pick = |list: &[&str], i: usize| Some(list[i % list.len()].to_string());
    (0..64usize)
        .map(|i| {
            let opened = 1 + (i % 4) as u8;
            let closes = i % 3 != 0;
            let outcome = pick(
                &[
                    "resolved",
                    "resolved",
                    "partly_resolved",
                    "complaint_filed",
                    "citizen_continues",
                    "resolved",
                    "objection_filed",
                ],
                i,
            );
            let external = match outcome.as_deref() {
                Some("complaint_filed") => Some("gegrond".to_string()),
                Some("objection_filed") => Some("ongegrond".to_string()),
                _ => None,
            };
            let mut activities = vec![("listening".to_string(), 1)];
            if i % 3 > 0 {
                activities.push(("advice".to_string(), (i % 3) as u32));
            }
            if i % 5 == 0 {
                activities.push(("mediation".to_string(), 1));
            }
            Unit {
                citizen: Some(format!("c{}", i % 50)),
                area: pick(
                    &[
                        "wmo",
                        "wmo",
                        "jeugd",
                        "wmo",
                        "participatie",
                        "jeugd",
                        "schuldhulp",
                        "wmo",
                        "werk",
                    ],
                    i / 2,
                ),
                organisation: pick(
                    &[
                        "municipality",
                        "municipality:wijkteam",
                        "linde",
                        "municipality",
                        "zorgkracht",
                        "linde",
                    ],
                    i / 3,
                ),
                nature: pick(
                    &[
                        "decision_process",
                        "treatment",
                        "waiting_time",
                        "treatment",
                        "money",
                    ],
                    i,
                ),
                channel: pick(&["phone", "phone", "email", "walk_in", "web_form"], i),
                found_via: pick(
                    &[
                        "municipality_website",
                        "word_of_mouth",
                        "gp",
                        "word_of_mouth",
                    ],
                    i / 4,
                ),
                outcome: if closes { outcome } else { None },
                external: if closes { external } else { None },
                activities,
                minutes: 30 + ((i * 37) % 240) as u32,
                days: closes.then_some(((i * 11) % 110) as u32),
                opened: Some(opened),
                closed: closes.then_some((opened + ((i / 4) % 2) as u8).min(4)),
                ..Unit::default()
            }
        })
        .chain(signals::signal_units())
        .collect()
}

/// A series and its protection for `quarters` (and the year with `annual`).
fn protected(quarters: &[u8], annual: bool) -> (Series, Protection) {
    let series = Series::build(&plan(), &units(), quarters, annual);
    // What the audit still finds blocks a publication, not the rendering tested here.
    let p = ok(protect(&series, K, &Frozen::default(), "Maasdal 2026"));
    (series, p)
}

fn content(series: &Series, p: &Protection, quarter: u8) -> Content {
    let plan = plan();
    let mut c = Content::new(series, p, &units(), quarter, K, plan.basis, plan.kept);
    c.outreach = vec![
        ("walk_in".into(), 6, 23),
        ("session".into(), 1, 14),
        ("presentation".into(), 0, 0),
        ("publicity".into(), 2, 0),
        ("other".into(), 0, 0),
    ];
    c.comparison = if quarter == 0 {
        vec![Comparison {
            year: 2025,
            quarter: 0,
            kwesties: 58,
            citizens: 51,
            closed: 49,
        }]
    } else {
        vec![
            Comparison {
                year: 2026,
                quarter: 1,
                kwesties: 19,
                citizens: 18,
                closed: 11,
            },
            Comparison {
                year: 2025,
                quarter: 2,
                kwesties: 12,
                citizens: 12,
                closed: 9,
            },
        ]
    };
    c
}

/// The Q2 report with a fixed choice of hidden numbers (those below `k`), so that the
/// snapshots do not change with the suppression rules.
fn snapshot_content() -> Content {
    let series = Series::build(&plan(), &units(), &[2], false);
    let hidden: HashSet<Key> = series
        .values
        .iter()
        .filter(|(key, v)| !key.at.is_empty() && **v > 0 && **v < K)
        .map(|(key, _)| key.clone())
        .collect();
    let release = series.release("Maasdal 2026", K, &hidden);
    let p = Protection {
        hidden,
        primary: 0,
        secondary: 0,
        shown: 0,
        release,
        findings: Vec::new(),
        audit_rounds: 0,
        withheld: Vec::new(),
        extra: Vec::new(),
    };
    content(&series, &p, 2)
}

fn narrative() -> Narrative {
    Narrative {
        themes: "Huishoudelijke hulp: na de nieuwe aanbesteding wachten inwoners lang.\r\n\r\nJeugdhulp: ouders weten niet bij wie ze terecht kunnen als een aanbieder stopt.".into(),
        stories: "Een moeder met drie kinderen kreeg een brief die ze niet begreep.".into(),
        recommendations: "Leg in elke beschikking uit hoe je bezwaar maakt.".into(),
        follow_up: "De gemeente heeft de brieven aangepast.".into(),
        ..Narrative::default()
    }
}

fn input<'a>(
    content: &'a Content,
    narrative: &'a Narrative,
    providers: &'a BTreeMap<String, String>,
    lang: Lang,
) -> DocInput<'a> {
    DocInput {
        lang,
        tenant_name: "Gemeente Maasdal",
        year: content.year,
        quarter: content.quarter,
        version: 2,
        concept: false,
        correction: "de tabel Kwesties naar domein telde een kwestie dubbel.",
        published_on: Some("2026-07-15"),
        discussed_on: Some("2026-08-20"),
        agreed: "De gemeente zoekt uit waarom brieven laat komen.",
        previous_agreed: Some(("2026-Q1", "Spreekuur ook in de bibliotheek.")),
        content,
        narrative,
        colour: Some("#2A7AB0"),
        providers,
        replaces: None,
        second_check: None,
    }
}

fn snapshot(name: &str, value: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, value));
}

fn tables_of(doc: &Doc) -> Vec<(&str, &Vec<String>, &Vec<Row>)> {
    doc.tables()
        .filter_map(|b| match b {
            Block::Table {
                caption,
                header,
                rows,
                ..
            } => Some((caption.as_str(), header, rows)),
            _ => None,
        })
        .collect()
}

/// Every number of every table of `content` in the document: `x` when hidden, the true value
/// otherwise, in the row and column of its categories.
fn assert_doc_tells_the_truth(doc: &Doc, series: &Series, p: &Protection, content: &Content) {
    let lang = Lang::parse(&doc.lang).unwrap_or_default();
    let tables = tables_of(doc);
    let mut hidden_seen = 0;
    for t in &content.tables {
        let def = match series.tables.iter().find(|d| d.id == t.id) {
            Some(d) => d,
            None => panic!("{} not in the series", t.id),
        };
        if def.dims.is_empty() {
            continue;
        }
        let v = View::new(t);
        let caption = v.caption(lang);
        let Some((_, header, rows)) = tables.iter().find(|(c, _, _)| *c == caption) else {
            panic!("no table {caption}");
        };
        let rows_codes: Vec<Option<&str>> = v
            .rows
            .iter()
            .map(|r| Some(r.as_str()))
            .chain([None])
            .collect();
        let cols_codes: Vec<Option<&str>> = match v.col_dim() {
            Some(_) => v
                .cols
                .iter()
                .map(|c| Some(c.as_str()))
                .chain([None])
                .collect(),
            None => vec![None],
        };
        assert_eq!(rows.len(), rows_codes.len(), "{caption}");
        assert_eq!(header.len(), cols_codes.len() + 1, "{caption}");
        for (row, r) in rows.iter().zip(&rows_codes) {
            assert_eq!(row.total, r.is_none());
            assert_eq!(row.cells.len(), header.len());
            for (cell, c) in row.cells[1..].iter().zip(&cols_codes) {
                let mut at: Vec<(&str, &str)> = Vec::new();
                if let Some(r) = r {
                    at.push((def.dims[0].as_str(), r));
                }
                if let Some(c) = c {
                    at.push((def.dims[1].as_str(), c));
                }
                let key = Key::new(def.pop, def.quarter, &at);
                let truth = series.value(&key);
                if p.hidden.contains(&key) {
                    hidden_seen += 1;
                    assert_eq!(cell, HIDDEN, "{caption} {at:?} is hidden");
                } else {
                    assert_eq!(cell, &truth.to_string(), "{caption} {at:?}");
                }
            }
        }
    }
    assert!(hidden_seen > 0, "the fixture hides something");
}

#[test]
fn every_number_in_the_document_is_x_or_the_truth() {
    let (series, p) = protected(&[1, 2], false);
    let c = content(&series, &p, 2);
    let (n, pr) = (narrative(), providers());
    let doc = document(&input(&c, &n, &pr, Lang::Nl));
    assert_doc_tells_the_truth(&doc, &series, &p, &c);
    // Hidden numbers in charts are "x" too, and their bars are not drawn.
    let json = ok(serde_json::to_string(&doc));
    assert!(json.contains(">x</text>"));
}

#[test]
fn the_annual_report_has_the_cross_tables() {
    let (series, p) = protected(&[1, 2, 3, 4], true);
    let c = content(&series, &p, 0);
    let (n, pr) = (narrative(), providers());
    let doc = document(&input(&c, &n, &pr, Lang::Nl));
    assert_eq!(doc.title, "Jaarrapportage 2026");
    assert_eq!(doc.period, "1 januari – 31 december 2026");
    assert_doc_tells_the_truth(&doc, &series, &p, &c);
    let tables = tables_of(&doc);
    for caption in [
        "Kwesties naar domein en organisatie",
        "Kwesties naar domein en aard van de onvrede",
        "Afgesloten kwesties naar domein en resultaat",
    ] {
        let Some((_, header, rows)) = tables.iter().find(|(c, _, _)| *c == caption) else {
            panic!("no {caption}");
        };
        assert_eq!(header.first().map(String::as_str), Some("Domein"));
        assert_eq!(header.last().map(String::as_str), Some("Totaal"));
        assert!(header.len() > 3);
        let last = rows.last().map(|r| (r.cells[0].as_str(), r.total));
        assert_eq!(last, Some(("Totaal", true)));
    }
    // Cross tables have no chart; one-way tables have one right before them.
    let cases = doc.sections.iter().find(|s| s.heading == "Kwesties");
    let blocks = cases.map(|s| s.blocks.as_slice()).unwrap_or(&[]);
    for (i, b) in blocks.iter().enumerate() {
        if let Block::Chart { caption, .. } = b {
            assert_eq!(
                blocks.get(i + 1).and_then(Block::caption),
                Some(caption.as_str())
            );
        }
    }
    assert_eq!(blocks.iter().filter(|b| b.kind() == "chart").count(), 4);
}

#[test]
fn the_csv_tells_the_truth() {
    let (series, p) = protected(&[1, 2], false);
    let c = content(&series, &p, 2);
    let bytes = ok(export::csv(&c, Lang::Nl, &providers()));
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = ok(reader.headers()).iter().map(str::to_string).collect();
    assert_eq!(header, export::CSV_HEADER);
    let labelled = String::from_utf8_lossy(&bytes).into_owned();
    for label in [
        ",Kwesties naar domein (2026 Q2),Kwesties,Domein,",
        ",Afgesloten kwesties,Domein,Maat",
    ] {
        assert!(labelled.contains(label), "{label}");
    }
    let (mut hidden, mut shown) = (0, 0);
    for rec in reader.records() {
        let rec = ok(rec);
        let Some(def) = series.tables.iter().find(|d| d.id == rec[0]) else {
            continue;
        };
        let mut at = Vec::new();
        if !rec[4].is_empty() {
            at.push((&rec[3], &rec[4]));
        }
        if !rec[7].is_empty() {
            at.push((&rec[6], &rec[7]));
        }
        let key = Key::new(def.pop, def.quarter, &at);
        assert_eq!(&rec[1], "2026-Q2");
        if p.hidden.contains(&key) {
            hidden += 1;
            assert_eq!(&rec[9], HIDDEN, "{rec:?}");
        } else {
            shown += 1;
            assert_eq!(
                rec[9].to_string(),
                series.value(&key).to_string(),
                "{rec:?}"
            );
        }
    }
    assert!(hidden > 0 && shown > 0);
    assert_eq!(
        (hidden + shown) as u64,
        c.numbers,
        "every number of the tables"
    );
}

/// The cells of each sheet of an XLSX file: `(row, column) → (is text, value)`.
fn sheets(bytes: &[u8]) -> Vec<HashMap<(u32, u32), (bool, String)>> {
    fn unescape(s: &str) -> String {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&")
    }
    fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
        let start = s.find(open)? + open.len();
        let len = s[start..].find(close)?;
        Some(&s[start..start + len])
    }
    let mut zip = ok(zip::ZipArchive::new(std::io::Cursor::new(bytes)));
    let mut read = |name: &str| -> Option<String> {
        let mut f = zip.by_name(name).ok()?;
        let mut s = String::new();
        ok(f.read_to_string(&mut s));
        Some(s)
    };
    let strings: Vec<String> = read("xl/sharedStrings.xml")
        .unwrap_or_default()
        .split("<si>")
        .skip(1)
        .map(|si| {
            let t = si.split("</si>").next().unwrap_or("");
            let start = t.find('>').map(|i| i + 1).unwrap_or(0);
            unescape(t[start..].trim_end_matches("</t>"))
        })
        .collect();
    let mut out = Vec::new();
    for n in 1.. {
        let Some(xml) = read(&format!("xl/worksheets/sheet{n}.xml")) else {
            break;
        };
        let mut cells = HashMap::new();
        for c in xml.split("<c ").skip(1) {
            let attrs = c.split('>').next().unwrap_or("");
            let Some(r) = between(attrs, "r=\"", "\"") else {
                continue;
            };
            let letters: String = r.chars().take_while(char::is_ascii_uppercase).collect();
            let row: u32 = ok(r[letters.len()..].parse::<u32>()) - 1;
            let col = letters
                .bytes()
                .fold(0u32, |acc, b| acc * 26 + u32::from(b - b'A') + 1)
                - 1;
            let Some(v) = between(c, "<v>", "</v>") else {
                continue;
            };
            let text = attrs.contains("t=\"s\"");
            let value = if text {
                strings[ok(v.parse::<usize>())].clone()
            } else {
                v.to_string()
            };
            cells.insert((row, col), (text, value));
        }
        out.push(cells);
    }
    out
}

#[test]
fn the_xlsx_shows_the_documents_tables_with_x_as_text() {
    let (series, p) = protected(&[1, 2], false);
    let c = content(&series, &p, 2);
    let (n, pr) = (narrative(), providers());
    let doc = document(&input(&c, &n, &pr, Lang::Nl));
    let lines = export::lines(&c, Lang::Nl, &pr);
    let bytes = ok(export::xlsx(&doc, &lines));
    assert!(bytes.starts_with(b"PK"));
    let sheets = sheets(&bytes);
    let tables = tables_of(&doc);
    assert_eq!(
        sheets.len(),
        tables.len() + 2,
        "summary, tables, all numbers"
    );
    // The last sheet holds the CSV's lines: its header, codes as they are, numbers as numbers.
    let data = &sheets[sheets.len() - 1];
    // First a row in words for people (Dutch), then the CSV's codes.
    assert_eq!(data.get(&(0, 5)), Some(&(true, "Rij".to_string())));
    assert_eq!(
        data.get(&(0, export::VALUE as u32)),
        Some(&(true, "Aantal (x = niet gepubliceerd)".to_string()))
    );
    for (j, h) in export::CSV_HEADER.iter().enumerate() {
        assert_eq!(data.get(&(1, j as u32)), Some(&(true, h.to_string())));
        assert_ne!(data.get(&(0, j as u32)), data.get(&(1, j as u32)), "{h}");
    }
    for (i, line) in lines.iter().enumerate() {
        let at = 2 + i as u32;
        assert_eq!(
            data.get(&(at, 4)).map(|c| c.1.as_str()).unwrap_or(""),
            line[4]
        );
        let value = data.get(&(at, export::VALUE as u32));
        if line[export::VALUE] == HIDDEN {
            assert_eq!(value, Some(&(true, HIDDEN.to_string())));
        } else if !line[export::VALUE].is_empty() {
            assert_eq!(value.map(|v| v.0), Some(false), "{line:?}");
        }
    }
    let summary = &sheets[0];
    assert_eq!(summary.get(&(0, 0)), Some(&(true, doc.title.clone())));
    let figures: Vec<_> = summary.values().filter(|(text, _)| !text).collect();
    assert!(figures.contains(&&(false, c.kwesties.to_string())));
    let (mut x, mut numbers) = (0, 0);
    for ((caption, header, rows), sheet) in tables.iter().zip(&sheets[1..sheets.len() - 1]) {
        assert_eq!(sheet.get(&(0, 0)), Some(&(true, caption.to_string())));
        for (j, h) in header.iter().enumerate() {
            assert_eq!(sheet.get(&(2, j as u32)), Some(&(true, h.clone())));
        }
        for (i, row) in rows.iter().enumerate() {
            for (j, cell) in row.cells.iter().enumerate() {
                let got = sheet.get(&(3 + i as u32, j as u32));
                // Numbers as numbers (a Dutch decimal comma read as such).
                let as_number = cell.replace(',', ".");
                if j > 0 && as_number.parse::<f64>().is_ok() {
                    numbers += 1;
                    assert_eq!(got, Some(&(false, as_number)), "{caption} {i} {j}");
                } else {
                    if cell == HIDDEN {
                        x += 1;
                    }
                    assert_eq!(got, Some(&(true, cell.clone())), "{caption} {i} {j}");
                }
            }
        }
        let under = 3 + rows.len() as u32 + 1;
        let footnote =
            (under..under + 2).any(|r| sheet.get(&(r, 0)) == Some(&(true, doc.footnote.clone())));
        assert!(footnote, "{caption}: footnote under the table");
    }
    assert!(x > 0 && numbers > 0);
    // Sheet names: valid and unique.
    let mut zip = ok(zip::ZipArchive::new(std::io::Cursor::new(bytes.as_slice())));
    let mut wb = String::new();
    ok(ok(zip.by_name("xl/workbook.xml")).read_to_string(&mut wb));
    let names: Vec<&str> = wb
        .split("<sheet name=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect();
    assert_eq!(names.len(), sheets.len());
    assert_eq!(names[0], "Samenvatting");
    assert_eq!(names[names.len() - 1], "Alle cijfers");
    assert!(names.iter().all(|n| n.chars().count() <= 31));
    // A name cut to fit ends a word and says so.
    for n in &names {
        if let Some(head) = n.strip_suffix('…') {
            let caption = tables.iter().map(|t| t.0).find(|c| {
                let number = n.split(' ').next().unwrap_or("");
                format!("{number} {c}").starts_with(head)
            });
            assert!(caption.is_some(), "{n}");
        }
    }
    let unique: HashSet<String> = names.iter().map(|n| n.to_lowercase()).collect();
    assert_eq!(unique.len(), names.len());
}

#[test]
fn english_reports_speak_english() {
    let c = snapshot_content();
    let (n, pr) = (Narrative::default(), providers());
    let mut i = input(&c, &n, &pr, Lang::En);
    i.concept = true;
    i.version = 1;
    i.correction = "";
    i.previous_agreed = None;
    i.discussed_on = None;
    i.agreed = "";
    let doc = document(&i);
    assert_eq!(doc.lang, "en");
    assert_eq!(doc.title, "Quarterly report 2026 Q2");
    assert_eq!(doc.period, "1 April – 30 June 2026");
    assert_eq!(doc.concept_label, "DRAFT");
    assert_eq!(doc.version_note, None);
    assert_eq!(doc.footnote, "x = not published: small numbers");
    let headings: Vec<&str> = doc.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "Summary",
            "Cases",
            "Closed cases",
            "Activities",
            "Signals to the municipality",
            "Outreach",
            "Comparison with earlier periods",
            "About these numbers"
        ]
    );
    let json = ok(serde_json::to_string(&doc));
    for dutch in [
        "Kwesties",
        "Totaal",
        "Gemeente\"",
        "Jeugdhulp",
        "Overig",
        " naar ",
    ] {
        assert!(!json.contains(dutch), "{dutch}");
    }
    for english in [
        "Cases by area",
        "Youth care",
        "Municipality",
        "Total",
        "Bar chart. ",
    ] {
        assert!(json.contains(english), "{english}");
    }
    let csv = String::from_utf8_lossy(&ok(export::csv(&c, Lang::En, &pr))).into_owned();
    assert!(csv.contains(",Total,") && csv.contains("Youth care") && !csv.contains("Totaal"));
}

/// The colophon (the last words of "Verantwoording") says which rule applied at publication.
#[test]
fn the_colophon_says_whether_a_second_person_checked_it() {
    let c = snapshot_content();
    let (n, pr) = (Narrative::default(), providers());
    let mut i = input(&c, &n, &pr, Lang::Nl);
    let about = |i: &DocInput| {
        let doc = document(i);
        let Some(s) = doc
            .sections
            .iter()
            .find(|s| ["Verantwoording", "About these numbers"].contains(&s.heading.as_str()))
        else {
            panic!("no account of the numbers");
        };
        format!("{:?}", s.blocks)
    };
    assert!(!about(&i).contains("tweede"), "not said when not known");
    i.second_check = Some(true);
    assert!(about(&i).contains("Gecontroleerd door een tweede persoon."));
    i.second_check = Some(false);
    assert!(about(&i).contains("Gepubliceerd zonder tweede controle (eenpersoonspraktijk)."));
    i.lang = Lang::En;
    assert!(about(&i).contains("Published without a second check (one-person practice)."));
    i.concept = true;
    assert!(
        !about(&i).contains("second check"),
        "a draft is not published"
    );
}

#[test]
fn version_notes_colour_and_paragraphs() {
    let c = snapshot_content();
    let (n, pr) = (Narrative::default(), providers());
    let mut i = input(&c, &n, &pr, Lang::Nl);
    assert_eq!(
        document(&i).version_note.as_deref(),
        Some(
            "Versie 2, gepubliceerd op 15 juli 2026: de tabel Kwesties naar domein telde een kwestie dubbel."
        )
    );
    i.replaces = Some((1, "2026-07-10"));
    assert_eq!(
        document(&i).version_note.as_deref(),
        Some(
            "Versie 2, gepubliceerd op 15 juli 2026, vervangt versie 1 van 10 juli 2026: de tabel Kwesties naar domein telde een kwestie dubbel."
        )
    );
    i.replaces = None;
    i.correction = " ";
    assert_eq!(
        document(&i).version_note.as_deref(),
        Some("Versie 2, gepubliceerd op 15 juli 2026.")
    );
    i.version = 1;
    assert_eq!(document(&i).version_note, None);
    assert_eq!(document(&i).colour.as_deref(), Some("#2a7ab0"));
    i.colour = Some("red;}</style>");
    assert_eq!(document(&i).colour, None);
    assert_eq!(
        paragraphs("een\ntwee\n \n\ndrie\r\n\r\nvier  "),
        ["een\ntwee", "drie", "vier"]
    );
    // Without narrative or agreements those sections are left out.
    i.previous_agreed = None;
    i.discussed_on = None;
    i.agreed = "";
    let headings: Vec<String> = document(&i)
        .sections
        .into_iter()
        .map(|s| s.heading)
        .collect();
    assert!(
        !headings
            .iter()
            .any(|h| h.contains("Afspraken") || h.contains("Verhaal"))
    );
}

#[test]
fn snapshots_of_the_document_and_the_csv() {
    let c = snapshot_content();
    let (n, pr) = (narrative(), providers());
    let doc = document(&input(&c, &n, &pr, Lang::Nl));
    // The JSON is what the PDF reads: the shape it documents.
    let json = ok(serde_json::to_value(&doc));
    for key in [
        "lang",
        "title",
        "tenant",
        "subtitle",
        "period",
        "concept",
        "concept_label",
        "version_note",
        "colour",
        "logo_alt",
        "page_label",
        "of_label",
        "footnote",
        "sections",
    ] {
        assert!(json.get(key).is_some(), "{key}");
    }
    let kinds: HashSet<&str> = doc
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter().map(Block::kind))
        .collect();
    assert_eq!(
        kinds,
        HashSet::from(["paragraph", "list", "figures", "table", "chart"])
    );
    // Provider names are escaped in the charts.
    let text = ok(serde_json::to_string_pretty(&json));
    assert!(text.contains("Zorg &amp; Kracht &lt;BV&gt;"));
    let back: Doc = ok(serde_json::from_value(json));
    // The sentences' claims are not serialized.
    assert_eq!(
        back,
        Doc {
            sentences: Vec::new(),
            ..doc.clone()
        }
    );
    snapshot("report_q2_nl_json", &text);
    let csv = ok(export::csv(&c, Lang::Nl, &pr));
    snapshot("report_q2_nl_csv", &String::from_utf8_lossy(&csv));
}

mod signals;
