//! Aggregating and protecting the annual report of a tenant with 1,000,000 statistical records:
//! counting, primary and secondary suppression with the four quarters frozen, and the audit
//! gate (integer programming over the whole series). Not the PDF.
//!
//! `cargo bench -p naast-report --bench annual`

use criterion::{Criterion, criterion_group, criterion_main};
use naast_report::plan::{DIMENSIONS, Plan};
use naast_report::protect::{Frozen, protect};
use naast_report::series::{Series, Unit};
use std::collections::BTreeMap;
use std::hint::black_box;

/// SplitMix64: repeatable pseudo-random numbers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A code by weight: the first codes common, the last ones rare.
    fn pick<'a>(&mut self, codes: &[(&'a str, u64)]) -> &'a str {
        let total: u64 = codes.iter().map(|(_, w)| w).sum();
        let mut r = self.next() % total;
        for (c, w) in codes {
            if r < *w {
                return c;
            }
            r -= w;
        }
        codes[0].0
    }
}

const AREAS: &[(&str, u64)] = &[
    ("wmo", 400_000),
    ("jeugd", 250_000),
    ("participatie", 180_000),
    ("schuldhulp", 100_000),
    ("werk", 60_000),
    ("leerlingenvervoer", 9_000),
    ("inburgering", 990),
    ("overig", 10),
];
const ORGS: &[(&str, u64)] = &[
    ("municipality", 600_000),
    ("thuiszorg_a", 200_000),
    ("jeugdhulp_b", 150_000),
    ("taxi_c", 49_000),
    ("bewind_d", 990),
    ("kleine_e", 10),
];
const NATURES: &[(&str, u64)] = &[
    ("decision_process", 300),
    ("treatment", 250),
    ("waiting_time", 200),
    ("lack_of_information", 150),
    ("agreements", 60),
    ("money", 30),
    ("reachability", 9),
    ("quality_of_care", 1),
];
const CHANNELS: &[(&str, u64)] = &[
    ("phone", 500),
    ("email", 300),
    ("walk_in", 150),
    ("web_form", 49),
    ("letter", 1),
];
const FOUND: &[(&str, u64)] = &[
    ("wijkteam", 400),
    ("municipality_website", 300),
    ("word_of_mouth", 250),
    ("gp", 49),
    ("folder", 1),
];
const OUTCOMES: &[(&str, u64)] = &[
    ("resolved", 500),
    ("partly_resolved", 250),
    ("citizen_continues", 150),
    ("complaint_filed", 60),
    ("objection_filed", 39),
    ("withdrawn", 1),
];
const EXTERNAL: &[(&str, u64)] = &[
    ("none", 9_000),
    ("gegrond", 500),
    ("ongegrond", 400),
    ("deels_gegrond", 99),
    ("niet_ontvankelijk", 1),
];
const ACTS: &[(&str, u64)] = &[
    ("listening", 300),
    ("clarifying", 250),
    ("information", 200),
    ("advice", 150),
    ("procedures_info", 60),
    ("mediation", 39),
    ("objection_support", 1),
];

fn units(n: usize, seed: u64) -> Vec<Unit> {
    let mut r = Rng(seed);
    (0..n)
        .map(|i| {
            let q = (i % 4) as u8 + 1;
            let closed = r.next() % 10 < 9;
            Unit {
                citizen: Some(format!("c{}", r.next() % (n as u64 * 9 / 10))),
                area: Some(r.pick(AREAS).into()),
                organisation: Some(r.pick(ORGS).into()),
                nature: Some(r.pick(NATURES).into()),
                channel: Some(r.pick(CHANNELS).into()),
                found_via: Some(r.pick(FOUND).into()),
                outcome: closed.then(|| r.pick(OUTCOMES).into()),
                external: closed.then(|| r.pick(EXTERNAL).into()),
                activities: vec![(r.pick(ACTS).into(), 1 + (r.next() % 3) as u32)],
                minutes: (r.next() % 600) as u32,
                days: closed.then(|| (r.next() % 120) as u32),
                opened: Some(q),
                closed: closed.then_some(q),
                ..Unit::default()
            }
        })
        .collect()
}

/// Last year's counts per dimension, for the plan.
fn previous_counts(units: &[Unit]) -> BTreeMap<String, BTreeMap<String, u64>> {
    let mut m: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for u in units {
        for (dim, _, _) in DIMENSIONS {
            if *dim == "activity" {
                for (a, n) in &u.activities {
                    *m.entry("activity".into())
                        .or_default()
                        .entry(a.clone())
                        .or_default() += u64::from(*n);
                }
                continue;
            }
            *m.entry(dim.to_string())
                .or_default()
                .entry(u.code(dim).to_string())
                .or_default() += 1;
        }
    }
    m
}

fn bench(c: &mut Criterion) {
    const N: usize = 1_000_000;
    let k = 5;
    // The plan from a previous year one tenth the size: rare categories fold into "overig".
    let last_year = units(N / 10, 7);
    let plan = Plan::decide(
        2026,
        k,
        &previous_counts(&last_year),
        last_year.len() as u64,
    );
    let year = units(N, 42);
    // The four quarters published one after the other, each frozen for the next.
    let mut frozen = Frozen::default();
    for q in 1..=4u8 {
        let mut quarters = frozen.quarters.clone();
        quarters.push(q);
        let s = Series::build(&plan, &year, &quarters, false);
        let p = match protect(&s, k, &frozen, "bench") {
            Ok(p) => p,
            Err(e) => panic!("{e}"),
        };
        assert!(p.findings.is_empty());
        frozen.quarters.push(q);
        frozen.hidden = p.hidden;
    }
    let mut g = c.benchmark_group("annual_report");
    g.sample_size(10);
    g.bench_function("aggregate_and_protect_1m_records", |b| {
        b.iter(|| {
            let s = Series::build(&plan, black_box(&year), &[1, 2, 3, 4], true);
            let p = match protect(&s, k, &frozen, "bench") {
                Ok(p) => p,
                Err(e) => panic!("{e}"),
            };
            assert!(p.findings.is_empty(), "{:?}", p.findings);
            black_box(p.hidden.len())
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
