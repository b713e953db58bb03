//! Worked examples of the signal register: its own population, folded like the kwesties,
//! protected and audited by the same machinery, frozen once published.

use super::*;
use crate::audit::{self, Reason};
use crate::plan::{ANSWER_BANDS, Basis, answer_band};
use crate::protect::{Frozen, Protection, protect};
use jiff::civil::{Date, date};

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
            ("organisation".into(), kept(&["municipality"])),
            (
                "nature".into(),
                kept(&["decision_process", "treatment", "waiting_time"]),
            ),
        ]),
    }
}

fn signal(id: i64, sent: Date, area: &str, theme: &str, answered: Option<Date>) -> SignalRecord {
    SignalRecord {
        id,
        sent_on: sent,
        area: area.into(),
        theme: theme.into(),
        answered_on: answered,
    }
}

/// 23 signals: 3 in Q1 (too few to break down), 14 in Q2 (some groups below k), 6 in Q3,
/// none in Q4.
fn signals() -> Vec<SignalRecord> {
    let rows: [(Date, &str, &str, Option<Date>); 23] = [
        (
            date(2026, 1, 12),
            "wmo",
            "waiting_time",
            Some(date(2026, 1, 20)),
        ),
        (date(2026, 2, 2), "jeugd", "treatment", None),
        (
            date(2026, 3, 30),
            "wmo",
            "waiting_time",
            Some(date(2026, 5, 4)),
        ),
        (
            date(2026, 4, 1),
            "wmo",
            "waiting_time",
            Some(date(2026, 4, 3)),
        ),
        (
            date(2026, 4, 7),
            "wmo",
            "waiting_time",
            Some(date(2026, 4, 20)),
        ),
        (
            date(2026, 4, 9),
            "wmo",
            "waiting_time",
            Some(date(2026, 4, 10)),
        ),
        (
            date(2026, 5, 11),
            "wmo",
            "treatment",
            Some(date(2026, 5, 12)),
        ),
        (
            date(2026, 5, 12),
            "wmo",
            "waiting_time",
            Some(date(2026, 5, 13)),
        ),
        (
            date(2026, 5, 20),
            "wmo",
            "waiting_time",
            Some(date(2026, 6, 3)),
        ),
        (
            date(2026, 5, 21),
            "wmo",
            "waiting_time",
            Some(date(2026, 5, 22)),
        ),
        (date(2026, 5, 25), "wmo", "treatment", None),
        (
            date(2026, 6, 1),
            "jeugd",
            "treatment",
            Some(date(2026, 6, 29)),
        ),
        (date(2026, 6, 2), "jeugd", "treatment", None),
        (
            date(2026, 4, 14),
            "participatie",
            "decision_process",
            Some(date(2026, 6, 1)),
        ),
        (date(2026, 4, 15), "participatie", "decision_process", None),
        (date(2026, 4, 16), "participatie", "decision_process", None),
        (date(2026, 6, 30), "x_wonen", "money", None),
        (date(2026, 7, 1), "participatie", "decision_process", None),
        (date(2026, 7, 8), "participatie", "decision_process", None),
        (date(2026, 8, 3), "participatie", "decision_process", None),
        (date(2026, 8, 4), "participatie", "decision_process", None),
        (date(2026, 9, 1), "participatie", "decision_process", None),
        (date(2026, 9, 30), "wmo", "decision_process", None),
    ];
    rows.into_iter()
        .enumerate()
        .map(|(i, (sent, area, theme, answered))| {
            signal(100 + i as i64, sent, area, theme, answered)
        })
        .collect()
}

fn signal_units(records: &[SignalRecord]) -> Vec<Unit> {
    records
        .iter()
        .filter_map(|s| s.quarter_in(2026).map(|q| s.unit(q)))
        .collect()
}

/// 60 kwesties, 15 a quarter, all closed in the quarter they were opened.
fn kwesties() -> Vec<Unit> {
    let pick = |list: &[&str], i: usize| Some(list[i % list.len()].to_string());
    (0..60usize)
        .map(|i| {
            let q = 1 + (i % 4) as u8;
            Unit {
                citizen: Some(format!("c{}", i % 45)),
                area: pick(&["wmo", "wmo", "jeugd", "participatie", "werk"], i / 4),
                organisation: pick(&["municipality", "municipality", "linde"], i),
                nature: pick(&["waiting_time", "treatment", "treatment", "money"], i / 2),
                channel: pick(&["phone", "email"], i),
                found_via: pick(&["wijkteam", "gp"], i),
                outcome: pick(&["resolved", "resolved", "withdrawn"], i),
                days: Some((i * 7 % 100) as u32),
                activities: vec![("listening".into(), 1)],
                opened: Some(q),
                closed: Some(q),
                ..Unit::default()
            }
        })
        .collect()
}

fn key(q: u8, dim: &str, code: &str) -> Key {
    Key::new(Pop::Signals, q, &[(dim, code)])
}

fn table<'a>(p: &'a Protection, id: &str) -> &'a Table {
    match p.release.tables.iter().find(|t| t.id == id) {
        Some(t) => t,
        None => panic!("no table {id}"),
    }
}

fn cell(p: &Protection, id: &str, dim: &str, code: &str) -> Value {
    match table(p, id)
        .cells
        .iter()
        .find(|e| e.at.get(dim).map(String::as_str) == Some(code))
    {
        Some(e) => e.value.clone(),
        None => panic!("no {dim}={code} in {id}"),
    }
}

#[test]
fn answer_bands_are_the_duration_bands_and_open() {
    for (days, band) in [
        (0, "lt_2w"),
        (13, "lt_2w"),
        (14, "2_6w"),
        (41, "2_6w"),
        (42, "6_12w"),
        (83, "6_12w"),
        (84, "gt_12w"),
        (400, "gt_12w"),
    ] {
        assert_eq!(answer_band(Some(days)), band, "{days}");
        assert_eq!(answer_band(Some(days)), duration_band(days));
    }
    assert_eq!(answer_band(None), "open");
    // Days from the day sent to the day answered, over a quarter's end.
    let s = |answered| signal(1, date(2026, 3, 30), "wmo", "treatment", answered);
    assert_eq!(s(Some(date(2026, 4, 12))).answer_days(), Some(13));
    assert_eq!(s(Some(date(2026, 4, 12))).unit(1).code("answer"), "lt_2w");
    assert_eq!(s(Some(date(2026, 4, 13))).unit(1).code("answer"), "2_6w");
    assert_eq!(s(Some(date(2026, 3, 30))).answer_days(), Some(0));
    assert_eq!(s(Some(date(2026, 3, 1))).answer_days(), Some(0), "a typo");
    assert_eq!(s(None).unit(1).code("answer"), "open");
    // The quarter sent: by the day, in the series' year only.
    assert_eq!(s(None).quarter_in(2026), Some(1));
    assert_eq!(s(None).quarter_in(2025), None);
    let q = |d| signal(1, d, "wmo", "treatment", None).quarter_in(2026);
    assert_eq!(q(date(2026, 4, 1)), Some(2));
    assert_eq!(q(date(2026, 12, 31)), Some(4));
    // A signal unit is in no kwestie population.
    let u = s(None).unit(3);
    assert_eq!(
        (u.opened, u.closed, u.citizen.as_deref()),
        (None, None, None)
    );
    assert_eq!(u.sent, Some(3));
    assert_eq!(u.code("signal_area"), "wmo");
    assert_eq!(u.code("theme"), "treatment");
}

#[test]
fn signals_fold_like_the_kwesties_of_the_year() {
    let plan = plan();
    assert_eq!(plan.categories("signal_area"), plan.categories("area"));
    assert_eq!(plan.categories("theme"), plan.categories("nature"));
    assert_eq!(plan.categories("answer"), ANSWER_BANDS);
    assert_eq!(plan.fold("signal_area", "x_wonen"), "overig");
    assert_eq!(plan.fold("theme", "money"), "other");
    assert_eq!(plan.fold("theme", "treatment"), "treatment");
    assert_eq!(plan.fold("answer", "gt_12w"), "gt_12w");
    // A plan decides no categories of its own for signals.
    let decided = Plan::decide(2026, K, &BTreeMap::new(), 0);
    for dim in ["signal_area", "theme", "answer"] {
        assert!(!decided.kept.contains_key(dim), "{dim}");
    }
    assert_eq!(
        decided.categories("theme"),
        ["decision_process", "treatment", "waiting_time", "other"]
    );
    // The counter's positions of the signal dimensions.
    let names: Vec<&str> = SIGNAL_DIMS.iter().map(|i| DIMENSIONS[*i].0).collect();
    assert_eq!(names, one_way(Pop::Signals));
    assert!(SIGNAL_DIMS.iter().all(|i| DIMENSIONS[*i].1 == Pop::Signals));
}

/// A previous year that counted signals gives the register categories of its own: only what
/// it reached `6·k` times, the rest under "overig"/"other", however many kwesties the area had.
#[test]
fn signals_of_the_previous_year_give_the_register_its_own_categories() {
    let counts = |pairs: &[(&str, u64)]| {
        pairs
            .iter()
            .map(|(c, n)| (c.to_string(), *n))
            .collect::<BTreeMap<_, _>>()
    };
    let previous = BTreeMap::from([
        (
            "area".to_string(),
            counts(&[("wmo", 400), ("jeugd", 300), ("werk", 90)]),
        ),
        (
            "nature".to_string(),
            counts(&[("treatment", 300), ("money", 80)]),
        ),
        (
            "signal_area".to_string(),
            counts(&[("wmo", 31), ("jeugd", 12), ("werk", 2)]),
        ),
        ("theme".to_string(), counts(&[("treatment", 29)])),
    ]);
    let plan = Plan::decide(2026, K, &previous, 700);
    assert_eq!(plan.categories("area"), ["wmo", "jeugd", "werk", "overig"]);
    assert_eq!(plan.categories("signal_area"), ["wmo", "overig"]);
    assert_eq!(plan.fold("signal_area", "jeugd"), "overig");
    assert_eq!(plan.categories("theme"), ["other"]);
    assert_eq!(plan.fold("theme", "treatment"), "other");
    assert_eq!(plan.categories("answer"), ANSWER_BANDS);
    // Without signals the year before, the register follows the kwesties.
    let mut without = previous.clone();
    without.remove("signal_area");
    without.remove("theme");
    let plan = Plan::decide(2026, K, &without, 700);
    assert_eq!(plan.categories("signal_area"), plan.categories("area"));
    assert_eq!(plan.categories("theme"), plan.categories("nature"));
}

#[test]
fn small_signal_counts_are_hidden_and_the_audit_passes() {
    let units = signal_units(&signals());
    let s = Series::build(&plan(), &units, &[1, 2, 3, 4], true);
    assert_eq!(s.totals[&Pop::Signals], [23, 3, 14, 6, 0]);
    // Q1 counted 3 and Q4 none: no breakdown, but the total is there.
    for q in [1, 4] {
        for dim in ["signal_area", "theme", "answer"] {
            let id = format!("2026-Q{q} signals by {dim}");
            assert!(s.left_out.iter().any(|t| t.id == id), "{id}");
        }
    }
    assert_eq!(s.value(&key(2, "signal_area", "overig")), 1, "x_wonen");
    assert_eq!(s.value(&key(2, "theme", "other")), 1, "money");
    assert_eq!(s.value(&key(2, "answer", "open")), 5);
    assert_eq!(
        s.value(&key(2, "answer", "lt_2w")),
        6,
        "2, 13, 1, 1, 1 and 1 days"
    );
    assert_eq!(s.value(&key(2, "answer", "2_6w")), 2, "14 and 28 days");
    assert_eq!(s.value(&key(2, "answer", "6_12w")), 1, "48 days");
    assert_eq!(s.value(&key(0, "answer", "open")), 12);
    let p = ok(protect(&s, K, &Frozen::default(), "signals"));
    assert!(p.findings.is_empty(), "{:?}", p.findings);
    let q2 = "2026-Q2 signals by signal_area";
    assert_eq!(table(&p, q2).population.as_deref(), Some("signals"));
    assert_eq!(
        cell(&p, q2, "signal_area", "jeugd"),
        Value::hidden(),
        "2 < k"
    );
    assert_eq!(
        cell(&p, q2, "signal_area", "participatie"),
        Value::hidden(),
        "3 < k"
    );
    assert_eq!(
        cell(&p, q2, "signal_area", "overig"),
        Value::hidden(),
        "1 < k"
    );
    // Wmo: 8 in Q2 and 11 in the year, so Q2's would be the year's minus Q3's 1 (hidden, as
    // it is below k): hidden to protect that.
    assert_eq!(cell(&p, q2, "signal_area", "wmo"), Value::hidden());
    assert_eq!(
        cell(&p, "2026 signals by signal_area", "signal_area", "wmo"),
        Value::Count(11)
    );
    assert_eq!(
        table(&p, q2).margins[0].value,
        Value::Count(14),
        "the total"
    );
    let theme = "2026-Q2 signals by theme";
    assert_eq!(cell(&p, theme, "theme", "waiting_time"), Value::Count(6));
    assert_eq!(cell(&p, theme, "theme", "other"), Value::hidden(), "money");
    let answer = "2026-Q2 signals by answer";
    assert_eq!(cell(&p, answer, "answer", "2_6w"), Value::hidden(), "2 < k");
    assert_eq!(
        cell(&p, answer, "answer", "6_12w"),
        Value::hidden(),
        "1 < k"
    );
    assert_eq!(cell(&p, answer, "answer", "gt_12w"), Value::Count(0));
    assert_eq!(
        cell(&p, "2026 signals by answer", "answer", "open"),
        Value::Count(12)
    );
    // No signal count 1..k is published; grand totals always are.
    for t in p
        .release
        .tables
        .iter()
        .filter(|t| t.population() == "signals")
    {
        for e in t.cells.iter().chain(&t.margins) {
            match e.value {
                Value::Count(n) if !e.exempt => assert!(n == 0 || n >= K, "{} {:?}", t.id, e.at),
                Value::Count(_) => assert!(e.at.is_empty()),
                _ => assert!(!e.exempt),
            }
        }
    }
    // The year: 3 for youth care, hidden too.
    assert!(p.hidden.contains(&key(0, "signal_area", "jeugd")));
    // The gate itself, run again on the published release, passes.
    let again = ok(audit::audit(&p.release));
    assert!(again.passed(), "{:?}", again.findings);
    assert!(
        again.hidden.iter().any(|i| i.table == q2),
        "the signal tables are audited"
    );
}

#[test]
fn the_audit_refuses_a_lone_small_signal_cell() {
    let units = signal_units(&signals());
    let s = Series::build(&plan(), &units, &[2], false);
    let q2 = "2026-Q2 signals by signal_area";
    // Only `jeugd` (2) hidden: the total minus the others gives it back.
    let lone = HashSet::from([key(2, "signal_area", "jeugd")]);
    let a = ok(audit::audit(&s.release("lone", K, &lone)));
    let f = a
        .findings
        .iter()
        .find(|f| f.table == q2 && f.at.get("signal_area").map(String::as_str) == Some("jeugd"));
    assert_eq!(
        f.map(|f| (f.reason, f.min, f.max)),
        Some((Reason::Exact, 2, Some(2)))
    );
    // Nothing hidden: the 1 of `overig` is published below k.
    let a = ok(audit::audit(&s.release("bare", K, &HashSet::new())));
    assert!(a.findings.iter().any(|f| f.table == q2
        && f.reason == Reason::PublishedBelowK
        && f.at.get("signal_area").map(String::as_str) == Some("overig")));
    // Protected, the same series passes.
    let p = ok(protect(&s, K, &Frozen::default(), "signals"));
    assert!(p.findings.is_empty(), "{:?}", p.findings);
}

#[test]
fn kwestie_tables_do_not_change_with_signals() {
    let plan = plan();
    let without = Series::build(&plan, &kwesties(), &[1, 2, 3, 4], true);
    let mut units = kwesties();
    units.extend(signal_units(&signals()));
    let with = Series::build(&plan, &units, &[1, 2, 3, 4], true);
    let (pa, pb) = (
        ok(protect(&without, K, &Frozen::default(), "t")),
        ok(protect(&with, K, &Frozen::default(), "t")),
    );
    assert!(pa.findings.is_empty() && pb.findings.is_empty());
    let kwestie = |k: &&Key| k.pop != Pop::Signals;
    for (k, v) in without.values.iter().filter(|(k, _)| kwestie(k)) {
        assert_eq!(with.values.get(k), Some(v), "{k:?}");
    }
    assert_eq!(
        with.values.keys().filter(kwestie).count(),
        without.values.keys().filter(kwestie).count()
    );
    let hidden =
        |p: &Protection| -> HashSet<Key> { p.hidden.iter().filter(kwestie).cloned().collect() };
    assert_eq!(hidden(&pa), hidden(&pb));
    assert!(pb.hidden.iter().any(|k| k.pop == Pop::Signals));
    let tables = |p: &Protection| -> Vec<Table> {
        p.release
            .tables
            .iter()
            .filter(|t| t.population() != "signals")
            .cloned()
            .collect()
    };
    assert_eq!(tables(&pa), tables(&pb));
    for pop in [Pop::Cases, Pop::Closed, Pop::Activities, Pop::Citizens] {
        assert_eq!(without.totals[&pop], with.totals[&pop], "{pop:?}");
    }
    // Numbers that add up never mix a kwestie number with a signal number.
    for l in &with.lines {
        let signal = l.total.pop == Pop::Signals;
        assert!(l.members.iter().all(|m| (m.pop == Pop::Signals) == signal));
    }
}

/// What the app does at publication, in short: units of published quarters are taken as they
/// were frozen; a signal not among them counts in its quarter, or the next one not published.
fn prepare(
    records: &[SignalRecord],
    frozen_units: &[(i64, Unit)],
    published: &[u8],
) -> Vec<(i64, Unit)> {
    let mut out = frozen_units.to_vec();
    for s in records {
        if frozen_units.iter().any(|(id, _)| *id == s.id) {
            continue;
        }
        let assigned = s
            .quarter_in(2026)
            .and_then(|q| (q..=4).find(|x| !published.contains(x)));
        if let Some(q) = assigned {
            out.push((s.id, s.unit(q)));
        }
    }
    out
}

#[test]
fn a_published_quarter_keeps_its_signal_counts() {
    let plan = plan();
    // Q1 is published with 6 signals, 3 of them not answered yet.
    let mut records: Vec<SignalRecord> = (0..6)
        .map(|i| {
            let answered = (i < 3).then(|| date(2026, 3, 25));
            signal(
                i,
                date(2026, 3, 2 + i as i8),
                "wmo",
                "waiting_time",
                answered,
            )
        })
        .collect();
    let units = prepare(&records, &[], &[]);
    let plain: Vec<Unit> = units.iter().map(|(_, u)| u.clone()).collect();
    let s1 = Series::build(&plan, &plain, &[1], false);
    let p1 = ok(protect(&s1, K, &Frozen::default(), "Q1"));
    assert!(p1.findings.is_empty());
    let published_q1: Vec<Table> = p1
        .release
        .tables
        .iter()
        .filter(|t| t.id.starts_with("2026-Q1 signals"))
        .cloned()
        .collect();
    assert_eq!(published_q1.len(), 3, "by area, theme and answer");
    let frozen_units: Vec<(i64, Unit)> = units
        .into_iter()
        .filter(|(_, u)| u.sent == Some(1))
        .collect();
    let frozen = Frozen {
        quarters: vec![1],
        hidden: p1.hidden.clone(),
        ..Frozen::default()
    };
    // Later the municipality answers two of the open ones, a Q1 signal is registered late,
    // and Q2 has 5 signals of its own.
    records[3].answered_on = Some(date(2026, 5, 1));
    records[4].answered_on = Some(date(2026, 4, 2));
    records.push(signal(50, date(2026, 1, 5), "jeugd", "treatment", None));
    for i in 0..5 {
        records.push(signal(60 + i, date(2026, 5, 4), "wmo", "treatment", None));
    }
    let units = prepare(&records, &frozen_units, &[1]);
    assert_eq!(
        units.iter().find(|(id, _)| *id == 50).map(|(_, u)| u.sent),
        Some(Some(2)),
        "the late signal counts in Q2"
    );
    let plain: Vec<Unit> = units.iter().map(|(_, u)| u.clone()).collect();
    let s2 = Series::build(&plan, &plain, &[1, 2], false);
    let p2 = ok(protect(&s2, K, &frozen, "Q2"));
    assert!(p2.findings.is_empty(), "{:?}", p2.findings);
    assert_eq!(s2.totals[&Pop::Signals][1..3], [6, 6]);
    assert_eq!(s2.value(&key(1, "answer", "open")), 3, "as published");
    for t in &published_q1 {
        assert_eq!(table(&p2, &t.id), t, "{} as published", t.id);
    }
}

#[test]
fn units_stored_before_signals_read_the_same() {
    let old = r#"{"area":"wmo","nature":"treatment","minutes":30,"opened":2}"#;
    let u: Unit = ok(serde_json::from_str(old));
    assert_eq!(
        (u.theme.as_ref(), u.answer_days, u.sent),
        (None, None, None)
    );
    assert_eq!(ok(serde_json::to_string(&u)), old);
    let s = signal(
        7,
        date(2026, 5, 4),
        "wmo",
        "treatment",
        Some(date(2026, 5, 6)),
    )
    .unit(2);
    let json = ok(serde_json::to_string(&s));
    assert_eq!(
        json,
        r#"{"area":"wmo","minutes":0,"theme":"treatment","answer_days":2,"sent":2}"#
    );
    assert_eq!(ok(serde_json::from_str::<Unit>(&json)), s);
}
