//! Every number a sentence names agrees with the cell it claims to come from, over generated
//! years of many sizes and seeds, in Dutch and English.

use super::claims::{Measure, Sentence};
use super::*;
use crate::content::Comparison;
use crate::plan::Pop;
use crate::protect::{Frozen, protect};
use crate::release::Value;
use crate::series::{Series, Unit};
use crate::sweep;

/// The grand total of `pop` in the content's period: the series' true count, and, when a table
/// of the report holds it, that cell, which must be shown (never `x`).
fn total(series: &Series, c: &Content, pop: Pop) -> u64 {
    let truth = series
        .totals
        .get(&pop)
        .map_or(0, |t| t[usize::from(c.quarter)]);
    let population = if pop == Pop::Citizens {
        format!("citizens {}", crate::period_label(c.year, c.quarter))
    } else {
        pop.code().to_string()
    };
    for t in c.tables.iter().filter(|t| t.population() == population) {
        for e in t.margins.iter().chain(&t.cells).filter(|e| e.at.is_empty()) {
            match e.value {
                Value::Count(n) => assert_eq!(n, truth, "{} total", t.id),
                _ => panic!("{}: a sentence names a hidden number", t.id),
            }
        }
    }
    truth
}

fn numbers_in(text: &str) -> Vec<u64> {
    text.split(|ch: char| !ch.is_ascii_digit())
        .filter_map(|w| w.parse().ok())
        .collect()
}

fn check(sentence: &Sentence, doc: &Doc, periods: &[(Series, Content)]) {
    let text = &sentence.text;
    assert!(
        doc.sections
            .iter()
            .flat_map(|s| &s.blocks)
            .any(|b| matches!(b, Block::Paragraph { text: p } if p.contains(text.as_str()))),
        "not in the document: {text}"
    );
    let mut allowed = Vec::new();
    for cl in &sentence.claims {
        let (series, content) = periods
            .iter()
            .find(|(_, c)| (c.year, c.quarter) == (cl.year, cl.quarter))
            .unwrap_or_else(|| panic!("no period for {cl:?}"));
        assert_eq!(cl.value, total(series, content, cl.measure.pop()), "{text}");
        allowed.extend([cl.value, cl.year as u64]);
        if !sentence.compares && cl.value > 0 {
            assert!(numbers_in(text).contains(&cl.value), "{text} lacks {cl:?}");
        }
        if let Some((y, q, v)) = cl.than {
            // Like with like: the earlier value is the same measure of that period.
            let (es, ec) = periods
                .iter()
                .find(|(_, c)| (c.year, c.quarter) == (y, q))
                .unwrap_or_else(|| panic!("no earlier period for {cl:?}"));
            assert_eq!(v, total(es, ec, cl.measure.pop()), "{text}");
            allowed.extend([v, y as u64]);
            if sentence.compares {
                let lower = text.to_lowercase();
                let said = if lower.contains("meer dan") || lower.contains("more than") {
                    std::cmp::Ordering::Greater
                } else if lower.contains("minder dan") || lower.contains("fewer than") {
                    std::cmp::Ordering::Less
                } else {
                    std::cmp::Ordering::Equal
                };
                assert_eq!(said, cl.value.cmp(&v), "{text}: {cl:?}");
                if v != cl.value {
                    assert!(numbers_in(text).contains(&v), "{text} lacks {v}");
                }
            }
        }
    }
    for n in numbers_in(text) {
        assert!(
            allowed.contains(&n),
            "{text}: {n} is no number of its claims"
        );
    }
}

/// A generated year's reports: Q1–Q4 published one after the other, then the year, each with
/// the earlier periods in its comparison; the previous year's annual report first.
fn year_reports(n: usize, seed: u64, k: u64) -> Vec<(Series, Content)> {
    let plan = sweep::plan(n, seed, k, crate::plan::KEEP_FACTOR);
    let mut prev_units: Vec<Unit> = sweep::year(n, seed.wrapping_add(77));
    for u in &mut prev_units {
        u.citizen = u.citizen.as_ref().map(|c| format!("p{c}"));
    }
    let mut out: Vec<(Series, Content)> = Vec::new();
    let mut prev_plan = plan.clone();
    prev_plan.year = 2025;
    let ps = Series::build(&prev_plan, &prev_units, &[], true);
    let pp = protect(&ps, k, &Frozen::default(), "prev").unwrap_or_else(|e| panic!("{e}"));
    let pc = Content::new(&ps, &pp, &prev_units, 0, k, plan.basis, plan.kept.clone());
    out.push((ps, pc));
    let units = sweep::year(n, seed);
    let mut frozen = Frozen::default();
    for q in [1u8, 2, 3, 4, 0] {
        let mut quarters = frozen.quarters.clone();
        if q != 0 {
            quarters.push(q);
        }
        let s = Series::build(&plan, &units, &quarters, q == 0);
        let p = protect(&s, k, &frozen, "t").unwrap_or_else(|e| panic!("{e}"));
        let mut c = Content::new(&s, &p, &units, q, k, plan.basis, plan.kept.clone());
        c.comparison = out
            .iter()
            .map(|(_, e)| e.as_comparison())
            .filter(|e: &Comparison| {
                if q == 0 {
                    e.quarter == 0 && e.year < 2026
                } else {
                    e.year == 2026 && e.quarter != 0 && e.quarter < q
                }
            })
            .collect();
        if q != 0 {
            frozen.quarters.push(q);
            frozen.hidden = p.hidden.clone();
            frozen.withheld.extend(p.withheld.clone());
        }
        out.push((s, c));
    }
    out
}

#[test]
fn every_number_a_sentence_names_is_the_number_of_its_cell() {
    let providers = std::collections::BTreeMap::new();
    let narrative = crate::content::Narrative::default();
    let mut checked = 0;
    let mut compared = 0;
    for (n, seeds) in [(30, 1..5u64), (120, 1..5), (500, 1..3)] {
        for k in [3, 5, 10] {
            for seed in seeds.clone() {
                let periods = year_reports(n, seed, k);
                for (_, c) in periods.iter().skip(1) {
                    for lang in [Lang::Nl, Lang::En] {
                        let doc = document(&DocInput {
                            lang,
                            tenant_name: "Gemeente Maasdal",
                            year: c.year,
                            quarter: c.quarter,
                            version: 1,
                            concept: false,
                            correction: "",
                            published_on: None,
                            discussed_on: None,
                            agreed: "",
                            previous_agreed: None,
                            content: c,
                            narrative: &narrative,
                            colour: None,
                            providers: &providers,
                            replaces: None,
                            second_check: None,
                        });
                        assert!(!doc.sentences.is_empty());
                        for s in &doc.sentences {
                            check(s, &doc, &periods);
                            checked += 1;
                            compared += usize::from(s.compares);
                        }
                    }
                }
            }
        }
    }
    assert!(compared > 100, "{compared} comparisons");
    eprintln!("{checked} sentences checked, {compared} comparisons");
}

/// The sentence of the issue: after the number of kwesties closed, the comparison is with the
/// kwesties closed in the quarter before, not with its new kwesties.
#[test]
fn closed_is_compared_with_closed() {
    let periods = year_reports(120, 3, 5);
    let (_, q3) = &periods[3];
    let q2 = &periods[2].1;
    assert_eq!((q2.quarter, q3.quarter), (2, 3));
    let narrative = crate::content::Narrative::default();
    let providers = std::collections::BTreeMap::new();
    let doc = document(&DocInput {
        lang: Lang::Nl,
        tenant_name: "Gemeente Maasdal",
        year: 2026,
        quarter: 3,
        version: 1,
        concept: false,
        correction: "",
        published_on: None,
        discussed_on: None,
        agreed: "",
        previous_agreed: None,
        content: q3,
        narrative: &narrative,
        colour: None,
        providers: &providers,
        replaces: None,
        second_check: None,
    });
    let texts: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
    let i = texts
        .iter()
        .position(|t| t.starts_with("De vertrouwenspersoon sloot"))
        .unwrap_or_else(|| panic!("{texts:?}"));
    let next = doc
        .sentences
        .get(i + 1)
        .unwrap_or_else(|| panic!("{texts:?}"));
    assert!(next.compares);
    assert_eq!(next.claims[0].measure, Measure::Closed);
    assert_eq!(next.claims[0].than.map(|t| t.2), Some(q2.closed));
    assert!(
        next.text.contains("het tweede kwartaal van 2026"),
        "{}",
        next.text
    );
}

/// A year the repair alone cannot protect: the report's notes say what was hidden beyond the
/// usual, in which tables, and why, in Dutch and English.
#[test]
fn the_notes_say_what_was_hidden_to_protect_published_quarters() {
    let periods = year_reports(120, 2, 3);
    let (_, c) = periods
        .iter()
        .find(|(_, c)| !c.extra.is_empty() || !c.withheld.is_empty())
        .unwrap_or_else(|| panic!("no extra steps in this year"));
    let narrative = crate::content::Narrative::default();
    let providers = std::collections::BTreeMap::new();
    for (lang, withheld, hidden) in [
        (
            Lang::Nl,
            "Van deze tabellen laten we alleen het totaal zien.",
            "meer aantallen verborgen dan gewoonlijk",
        ),
        (
            Lang::En,
            "Of these tables we show only the total.",
            "we hid more numbers than usual",
        ),
    ] {
        let doc = document(&DocInput {
            lang,
            tenant_name: "Gemeente Maasdal",
            year: c.year,
            quarter: c.quarter,
            version: 1,
            concept: false,
            correction: "",
            published_on: None,
            discussed_on: None,
            agreed: "",
            previous_agreed: None,
            content: c,
            narrative: &narrative,
            colour: None,
            providers: &providers,
            replaces: None,
            second_check: None,
        });
        let notes = doc.sections.last().unwrap_or_else(|| panic!("no sections"));
        let text: Vec<String> = notes
            .blocks
            .iter()
            .flat_map(|b| match b {
                Block::Paragraph { text } => vec![text.clone()],
                Block::List { items } => items.clone(),
                _ => Vec::new(),
            })
            .collect();
        let all = text.join("\n");
        if !c.withheld.is_empty() {
            assert!(all.contains(withheld), "{all}");
        }
        if c.extra
            .iter()
            .any(|e| e.kind == crate::protect::ExtraKind::Hidden)
        {
            assert!(all.contains(hidden), "{all}");
        }
        for e in &c.extra {
            let (pop, dims) = labels::parse_table_id(&e.table).unwrap_or_else(|| panic!("{e:?}"));
            let caption = labels::caption(pop, &dims, lang);
            assert!(all.contains(&caption), "{caption} not in {all}");
        }
    }
}
