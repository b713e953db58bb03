//! Worked examples of suppression over a series.

use super::*;
use crate::plan::{Basis, Plan, Pop};
use crate::release::Value;
use crate::series::{Series, Unit};

fn plan(kept: &[(&str, &[&str])]) -> Plan {
    Plan {
        year: 2026,
        k: 5,
        basis: Basis::PreviousYear,
        kept: kept
            .iter()
            .map(|(d, c)| (d.to_string(), c.iter().map(|c| c.to_string()).collect()))
            .collect(),
    }
}

fn unit(q: u8, area: &str) -> Unit {
    Unit {
        area: Some(area.into()),
        organisation: Some("municipality".into()),
        nature: Some("waiting_time".into()),
        channel: Some("phone".into()),
        found_via: Some("wijkteam".into()),
        opened: Some(q),
        ..Unit::default()
    }
}

fn units(q: u8, counts: &[(&str, usize)]) -> Vec<Unit> {
    counts
        .iter()
        .flat_map(|(a, n)| std::iter::repeat_n(unit(q, a), *n))
        .collect()
}

fn value(p: &Protection, table: &str, dim: &str, code: &str) -> Value {
    let t = p
        .release
        .tables
        .iter()
        .find(|t| t.id == table)
        .unwrap_or_else(|| panic!("no table {table}"));
    t.cells
        .iter()
        .find(|e| e.at.get(dim).map(String::as_str) == Some(code))
        .map(|e| e.value.clone())
        .unwrap_or_else(|| panic!("no cell {dim}={code} in {table}"))
}

fn hidden(p: &Protection, table: &str, dim: &str, code: &str) -> bool {
    !value(p, table, dim, code).is_exact()
}

#[test]
fn a_small_cell_is_hidden_with_a_partner_and_the_total_stays() {
    let plan = plan(&[("area", &["wmo", "jeugd", "participatie"])]);
    let us = units(
        1,
        &[
            ("wmo", 12),
            ("jeugd", 2),
            ("participatie", 7),
            ("overig", 9),
        ],
    );
    let s = Series::build(&plan, &us, &[1], false);
    let p = match protect(&s, 5, &Frozen::default(), "test") {
        Ok(p) => p,
        Err(e) => panic!("{e}"),
    };
    let t = "2026-Q1 cases by area";
    assert!(hidden(&p, t, "area", "jeugd"), "2 < k is hidden");
    // One hidden cell in a row with a published total would be recomputable: a partner hides,
    // the smallest that brings the hidden sum to k.
    assert!(hidden(&p, t, "area", "participatie"));
    assert_eq!(value(&p, t, "area", "wmo"), Value::Count(12));
    assert_eq!(value(&p, t, "area", "overig"), Value::Count(9));
    assert!(p.findings.is_empty(), "{:?}", p.findings);
    // The grand total is published.
    let total = &p
        .release
        .tables
        .iter()
        .find(|x| x.id == t)
        .map(|x| x.margins.clone());
    assert_eq!(
        total
            .as_ref()
            .and_then(|m| m.last())
            .map(|e| e.value.clone()),
        Some(Value::Count(30))
    );
}

#[test]
fn a_quarter_too_small_to_break_down_is_left_out_but_counts_in_the_total() {
    let plan = plan(&[("area", &["wmo"])]);
    let us = units(2, &[("wmo", 2), ("overig", 1)]);
    let s = Series::build(&plan, &us, &[2], false);
    assert!(s.tables.iter().all(|t| t.dims.is_empty()), "only totals");
    assert!(s.left_out.iter().any(|t| t.id == "2026-Q2 cases by area"));
    assert_eq!(s.totals[&Pop::Cases][2], 3);
}

/// Q2 published with Wmo hidden; the annual report would let a reader compute it as the year
/// minus the other three quarters, so the year's Wmo is hidden too, and a partner beside it.
#[test]
fn published_quarters_are_frozen_and_the_year_protects_them() {
    let plan = plan(&[("area", &["wmo", "jeugd"])]);
    let mut us = Vec::new();
    for (q, counts) in [
        (1u8, [("wmo", 9), ("jeugd", 8), ("overig", 7)]),
        (2, [("wmo", 3), ("jeugd", 8), ("overig", 7)]),
        (3, [("wmo", 9), ("jeugd", 8), ("overig", 7)]),
        (4, [("wmo", 9), ("jeugd", 8), ("overig", 7)]),
    ] {
        us.extend(units(q, &counts));
    }
    // Publish the quarters one by one, each frozen for the next.
    let mut frozen = Frozen::default();
    for q in 1..=4u8 {
        let mut quarters = frozen.quarters.clone();
        quarters.push(q);
        let s = Series::build(&plan, &us, &quarters, false);
        let p = match protect(&s, 5, &frozen, "test") {
            Ok(p) => p,
            Err(e) => panic!("{e}"),
        };
        assert!(p.findings.is_empty(), "Q{q}: {:?}", p.findings);
        frozen.quarters.push(q);
        frozen.hidden = p.hidden.clone();
    }
    let q2 = frozen.hidden.clone();
    let s = Series::build(&plan, &us, &[1, 2, 3, 4], true);
    let p = match protect(&s, 5, &frozen, "test") {
        Ok(p) => p,
        Err(e) => panic!("{e}"),
    };
    assert!(p.findings.is_empty(), "{:?}", p.findings);
    assert!(hidden(&p, "2026-Q2 cases by area", "area", "wmo"));
    assert!(
        hidden(&p, "2026 cases by area", "area", "wmo"),
        "year minus Q1, Q3, Q4 would give Q2"
    );
    // Frozen numbers are exactly as published before.
    for key in &q2 {
        assert!(p.hidden.contains(key), "{key:?} stays hidden");
    }
    assert_eq!(
        value(&p, "2026-Q1 cases by area", "area", "wmo"),
        Value::Count(9)
    );
}

/// The audit finds what the line rules alone would miss, and the repair round fixes it: a
/// cross-table with one small cell.
#[test]
fn cross_tables_are_protected_with_their_margins() {
    let plan = plan(&[
        ("area", &["wmo", "jeugd"]),
        ("organisation", &["municipality"]),
    ]);
    let mut us = units(1, &[("wmo", 20), ("jeugd", 15), ("overig", 12)]);
    for u in us.iter_mut().take(2) {
        u.organisation = Some("taxi_maas".into());
    }
    for u in us.iter_mut().skip(20).take(9) {
        u.organisation = Some("jeugdhulp".into());
    }
    let s = Series::build(&plan, &us, &[1], true);
    let p = match protect(&s, 5, &Frozen::default(), "test") {
        Ok(p) => p,
        Err(e) => panic!("{e}"),
    };
    assert!(p.findings.is_empty(), "{:?}", p.findings);
    let t = p
        .release
        .tables
        .iter()
        .find(|t| t.id == "2026 cases by area x organisation")
        .map(|t| t.cells.clone())
        .unwrap_or_default();
    let cell = |a: &str, o: &str| {
        t.iter()
            .find(|e| e.at["area"] == a && e.at["organisation"] == o)
            .map(|e| e.value.clone())
    };
    assert_eq!(
        cell("wmo", "other_providers"),
        Some(Value::hidden()),
        "2 < k"
    );
    // The Wmo row hides at least two cells, so neither can be read off its row total.
    let wmo_hidden = t
        .iter()
        .filter(|e| e.at["area"] == "wmo" && !e.value.is_exact())
        .count();
    assert!(wmo_hidden >= 2, "{wmo_hidden}");
    // Re-auditing the published release independently finds nothing.
    match crate::audit::audit(&p.release) {
        Ok(a) => assert!(a.findings.is_empty(), "{:?}", a.findings),
        Err(e) => panic!("{e}"),
    }
}

/// The annual report published before the fourth quarter: the year's numbers are frozen, as
/// published; the fourth quarter prepared afterwards hides only its own numbers, and its
/// release, year included, passes the audit.
#[test]
fn a_fourth_quarter_after_the_published_year_keeps_the_year_as_published() {
    let plan = plan(&[("area", &["wmo", "jeugd", "participatie"])]);
    let mut us = Vec::new();
    for q in 1..=4u8 {
        let jeugd = if q == 4 { 2 } else { 6 };
        us.extend(units(
            q,
            &[
                ("wmo", 12),
                ("jeugd", jeugd),
                ("participatie", 7),
                ("overig", 9),
            ],
        ));
    }
    let ok = |r: Result<Protection, ProtectError>| match r {
        Ok(p) => p,
        Err(e) => panic!("{e}"),
    };
    // Q1–Q3 published one after the other, then the year (the fourth quarter not yet).
    let mut frozen = Frozen::default();
    for q in 1..=3u8 {
        let qs: Vec<u8> = (1..=q).collect();
        let p = ok(protect(
            &Series::build(&plan, &us, &qs, false),
            5,
            &frozen,
            "q",
        ));
        assert!(p.findings.is_empty());
        frozen.quarters.push(q);
        frozen.hidden = p.hidden;
    }
    let year = ok(protect(
        &Series::build(&plan, &us, &[1, 2, 3], true),
        5,
        &frozen,
        "year",
    ));
    assert!(year.findings.is_empty());
    let shown_year: Vec<(String, Value)> = year
        .release
        .tables
        .iter()
        .filter(|t| t.id.starts_with("2026 "))
        .flat_map(|t| {
            t.cells
                .iter()
                .chain(&t.margins)
                .map(|e| (format!("{} {:?}", t.id, e.at), e.value.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    // The fourth quarter: the year frozen as published.
    frozen.year = true;
    frozen.hidden = year.hidden.clone();
    let s = Series::build(&plan, &us, &[1, 2, 3, 4], true);
    let p = ok(protect(&s, 5, &frozen, "q4"));
    assert!(p.findings.is_empty(), "{:?}", p.findings);
    for (at, v) in &shown_year {
        let now = p
            .release
            .tables
            .iter()
            .flat_map(|t| {
                t.cells
                    .iter()
                    .chain(&t.margins)
                    .map(move |e| (format!("{} {:?}", t.id, e.at), e.value.clone()))
            })
            .find(|(a, _)| a == at)
            .map(|(_, v)| v);
        assert_eq!(now.as_ref(), Some(v), "{at}: the year stays as published");
    }
    // The year less the first three quarters gives the fourth quarter's 2 for jeugd: hiding
    // it alone protects nothing, so the quarter's breakdown by area is left out (its total
    // stays); the repair alone leaves the finding, and that is what the page offers to fix.
    assert!(p.withheld.iter().any(|id| id == "2026-Q4 cases by area"));
    let alone = ok(protect_with(
        &s,
        5,
        &frozen,
        "q4",
        Steps {
            show_exact: true,
            escalate: false,
        },
    ));
    assert!(!alone.findings.is_empty());
    let again = match crate::audit::audit(&p.release) {
        Ok(a) => a,
        Err(e) => panic!("{e}"),
    };
    assert!(again.findings.is_empty());
}
