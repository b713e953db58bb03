//! Generated statistical records, and a year of reports over them, for the publication sweep
//! (issue 22): the four quarters published one after the other, each frozen for the next, then
//! the annual report; every release audited again on its own, as `naast report audit` does.
//!
//! Test and measurement support only: the app never calls it. The whole sweep is
//! `cargo run --release -p naast-report --example sweep`; a sample runs in the tests.

use crate::audit;
use crate::plan::{DIMENSIONS, Plan};
use crate::protect::{Frozen, Steps, protect_with};
use crate::series::{Series, Unit};
use std::collections::{BTreeMap, HashSet};
use std::time::{Duration, Instant};

/// SplitMix64: repeatable pseudo-random numbers.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next_u64() % n }
    }

    /// A code by weight.
    pub fn pick<'a>(&mut self, codes: &[(&'a str, u64)]) -> &'a str {
        let total: u64 = codes.iter().map(|(_, w)| w).sum();
        let mut r = self.below(total);
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
    ("wmo", 320),
    ("jeugd", 240),
    ("participatie", 160),
    ("schuldhulp", 110),
    ("werk", 70),
    ("leerlingenvervoer", 40),
    ("inburgering", 25),
    ("overig", 35),
];
const ORGS: &[(&str, u64)] = &[
    ("municipality", 550),
    ("thuiszorg_a", 160),
    ("jeugdhulp_b", 130),
    ("taxi_c", 60),
    ("bewind_d", 40),
    ("kleine_e", 15),
];
const NATURES: &[(&str, u64)] = &[
    ("decision_process", 260),
    ("treatment", 200),
    ("waiting_time", 180),
    ("lack_of_information", 140),
    ("agreements", 80),
    ("money", 60),
    ("reachability", 40),
    ("quality_of_care", 25),
    ("other", 15),
];
const CHANNELS: &[(&str, u64)] = &[
    ("phone", 450),
    ("email", 280),
    ("walk_in", 150),
    ("web_form", 90),
    ("letter", 30),
];
const FOUND: &[(&str, u64)] = &[
    ("wijkteam", 330),
    ("municipality_website", 260),
    ("word_of_mouth", 220),
    ("gp", 90),
    ("folder", 60),
    ("other", 40),
];
const OUTCOMES: &[(&str, u64)] = &[
    ("resolved", 420),
    ("partly_resolved", 230),
    ("citizen_continues", 150),
    ("complaint_filed", 80),
    ("objection_filed", 60),
    ("withdrawn", 40),
    ("other", 20),
];
const EXTERNAL: &[(&str, u64)] = &[
    ("none", 880),
    ("gegrond", 45),
    ("ongegrond", 40),
    ("deels_gegrond", 25),
    ("niet_ontvankelijk", 10),
];
const ACTS: &[(&str, u64)] = &[
    ("listening", 300),
    ("clarifying", 250),
    ("information", 200),
    ("advice", 150),
    ("procedures_info", 80),
    ("mediation", 50),
    ("objection_support", 30),
    ("other", 20),
];

/// The quarter (1–4) of a day of the year (0–364).
fn quarter_of(day: u64) -> u8 {
    match day {
        0..90 => 1,
        90..181 => 2,
        181..273 => 3,
        _ => 4,
    }
}

/// A year of one municipality with about `n` kwesties opened: each kwestie's record (closed in
/// the year or not, some closed ones opened the year before), and the year's signals, a small
/// register (`n / 40` plus up to a dozen, some quarters without any).
pub fn year(n: usize, seed: u64) -> Vec<Unit> {
    let mut r = Rng(seed ^ 0x5357_4545_5000);
    let mut out = Vec::with_capacity(n + n / 8 + 64);
    let citizens = (n as u64 * 9 / 10).max(1);
    let kwestie = |r: &mut Rng, opened_day: Option<u64>| {
        let closes = r.below(100) < 88;
        // Days open: most within six weeks, some long.
        let days = match r.below(10) {
            0..4 => r.below(14),
            4..7 => 14 + r.below(28),
            7..9 => 42 + r.below(42),
            _ => 84 + r.below(200),
        };
        let opened = opened_day.map(quarter_of);
        let closed_day = match opened_day {
            Some(d) => d + days,
            None => r.below(120),
        };
        let closed = (closes && closed_day < 365).then(|| quarter_of(closed_day));
        let acts = 1 + r.below(3);
        Unit {
            citizen: Some(format!("c{}", r.below(citizens))),
            area: Some(r.pick(AREAS).into()),
            organisation: Some(r.pick(ORGS).into()),
            nature: Some(r.pick(NATURES).into()),
            channel: Some(r.pick(CHANNELS).into()),
            found_via: Some(r.pick(FOUND).into()),
            outcome: closed.map(|_| r.pick(OUTCOMES).into()),
            external: closed.map(|_| r.pick(EXTERNAL).into()),
            activities: (0..acts)
                .map(|_| (r.pick(ACTS).to_string(), 1 + r.below(2) as u32))
                .collect(),
            minutes: 30 + r.below(600) as u32,
            days: closed.map(|_| days as u32),
            opened,
            closed,
            ..Unit::default()
        }
    };
    for _ in 0..n {
        let day = r.below(365);
        out.push(kwestie(&mut r, Some(day)));
    }
    // Kwesties opened the year before and closed in this one.
    for _ in 0..n / 8 {
        out.push(kwestie(&mut r, None));
    }
    let signals = n as u64 / 40 + r.below(13);
    for _ in 0..signals {
        let q = quarter_of(r.below(365));
        out.push(Unit {
            area: Some(r.pick(AREAS).into()),
            theme: Some(r.pick(NATURES).into()),
            answer_days: (r.below(10) < 8).then(|| r.below(120) as u32),
            sent: Some(q),
            ..Unit::default()
        });
    }
    out
}

/// Last year's counts per dimension, for the plan (kwesties opened and closed).
pub fn previous_counts(units: &[Unit]) -> BTreeMap<String, BTreeMap<String, u64>> {
    use crate::plan::Pop;
    let mut m: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for u in units {
        for (dim, pop, _) in DIMENSIONS {
            let counts = match pop {
                Pop::Cases => u.opened.is_some(),
                Pop::Closed => u.closed.is_some(),
                Pop::Activities => u.opened.is_some(),
                Pop::Signals => u.sent.is_some(),
                _ => false,
            };
            if !counts {
                continue;
            }
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

/// The plan of a generated year: from a previous year of about the same size (80–120 %), with
/// the given keep factor ([`crate::plan::KEEP_FACTOR`] today).
pub fn plan(n: usize, seed: u64, k: u64, keep_factor: u64) -> Plan {
    let mut r = Rng(seed ^ 0x504c_414e);
    let prev_n = n * (80 + r.below(41) as usize) / 100;
    let prev = year(prev_n, seed.wrapping_add(0x1_0000));
    let cases = prev.iter().filter(|u| u.opened.is_some()).count() as u64;
    let min_cases = if keep_factor == crate::plan::KEEP_FACTOR {
        1
    } else {
        keep_factor * k
    };
    Plan::decide_with(
        2026,
        k,
        &previous_counts(&prev),
        cases,
        keep_factor,
        min_cases,
    )
}

/// One report of the sweep.
#[derive(Debug, Clone)]
pub struct Report {
    /// 1–4, or 0 for the annual report.
    pub quarter: u8,
    /// Published: the protection left no finding and the release, audited again on its own,
    /// passed.
    pub published: bool,
    pub findings: usize,
    /// Series building and protection (the audit included), not the second audit.
    pub time: Duration,
    /// Numbers the report's series shows (each distinct number once), of which hidden; tables
    /// withheld to protect others count as hidden, in full.
    pub numbers: usize,
    pub hidden: usize,
    /// Extra steps taken when the repair alone did not protect the period.
    pub extra: usize,
    /// Per kind of table (`Q cases by area`, `Y cases by area x nature`): numbers, of which
    /// below `k` (hidden first), hidden in all. For finding where the loss comes from.
    pub by_table: BTreeMap<String, [usize; 3]>,
}

/// The four quarters one after the other, then the year: the reports of one municipality.
pub fn run_year(n: usize, seed: u64, k: u64, steps: Steps, keep_factor: u64) -> Vec<Report> {
    let plan = plan(n, seed, k, keep_factor);
    let units = year(n, seed);
    let mut frozen = Frozen::default();
    let mut out = Vec::new();
    for q in [1u8, 2, 3, 4, 0] {
        let started = Instant::now();
        let quarters: Vec<u8> = if q == 0 {
            frozen.quarters.clone()
        } else {
            let mut qs = frozen.quarters.clone();
            qs.push(q);
            qs
        };
        let series = Series::build(&plan, &units, &quarters, q == 0);
        let p = match protect_with(&series, k, &frozen, "sweep", steps) {
            Ok(p) => p,
            Err(e) => panic!("seed {seed}, n {n}, k {k}, period {q}: {e}"),
        };
        let time = started.elapsed();
        let again = match audit::audit(&p.release) {
            Ok(a) => a.findings.len(),
            Err(e) => panic!("seed {seed}, n {n}, k {k}, period {q}: audit: {e}"),
        };
        let keys: HashSet<_> = series
            .tables
            .iter()
            .flat_map(|t| series.entries(t).into_iter().map(|(key, _, _)| key))
            .collect();
        let withheld: HashSet<_> = p.withheld_keys(&series);
        let hidden = keys.iter().filter(|k| p.hidden.contains(*k)).count()
            + withheld.difference(&keys).count();
        let mut by_table: BTreeMap<String, [usize; 3]> = BTreeMap::new();
        let mut seen = HashSet::new();
        for t in &series.tables {
            let kind = format!(
                "{} {} by {}",
                if t.quarter == 0 { "Y" } else { "Q" },
                t.pop.code(),
                t.dims.join(" x ")
            );
            for (key, _, _) in series.entries(t) {
                if !seen.insert(key.clone()) {
                    continue;
                }
                let v = series.value(&key);
                let e = by_table.entry(kind.clone()).or_default();
                e[0] += 1;
                e[1] += usize::from(v > 0 && v < k && !key.at.is_empty());
                e[2] += usize::from(p.hidden.contains(&key) || withheld.contains(&key));
            }
        }
        out.push(Report {
            quarter: q,
            published: p.findings.is_empty() && again == 0,
            findings: p.findings.len().max(again),
            time,
            numbers: keys.union(&withheld).count(),
            hidden,
            extra: p.extra.len(),
            by_table,
        });
        if q != 0 {
            frozen.quarters.push(q);
            frozen.hidden = p.hidden;
            frozen.withheld.extend(p.withheld);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sample of the sweep: every period of every generated municipality publishes, and its
    /// release passes the audit on its own; of the year's numbers at most a fifth are hidden.
    #[test]
    fn a_sample_of_the_sweep_publishes_every_period() {
        let mut extra = 0;
        let (mut numbers, mut hidden) = (0, 0);
        for (n, seeds) in [(30, 1..4), (120, 1..4), (500, 1..2), (2000, 1..2)] {
            for k in [3, 5, 10] {
                for seed in seeds.clone() {
                    for r in run_year(n, seed, k, Steps::default(), crate::plan::KEEP_FACTOR) {
                        assert!(
                            r.published,
                            "n {n}, k {k}, seed {seed}, period {}: {} findings",
                            r.quarter, r.findings
                        );
                        assert!(r.hidden <= r.numbers);
                        extra += r.extra;
                        if r.quarter == 0 {
                            numbers += r.numbers;
                            hidden += r.hidden;
                        }
                    }
                }
            }
        }
        eprintln!("extra steps in the sample: {extra}; hidden {hidden} of {numbers}");
        assert!(
            hidden * 5 <= numbers,
            "{hidden} of {numbers} hidden: more than 20 %"
        );
    }

    /// Where the repair alone leaves findings, the extra steps hide more in the year being
    /// prepared and it publishes.
    #[test]
    fn the_year_the_repair_alone_cannot_protect_publishes_with_extra_steps() {
        let (n, seed, k) = (120, 2, 3);
        let old = Steps {
            show_exact: false,
            escalate: false,
        };
        let before = run_year(n, seed, k, old, crate::plan::KEEP_FACTOR);
        assert!(
            before.iter().any(|r| !r.published),
            "the repair alone fails here"
        );
        let after = run_year(n, seed, k, Steps::default(), crate::plan::KEEP_FACTOR);
        assert!(after.iter().all(|r| r.published));
        assert!(after.iter().any(|r| r.extra > 0));
    }
}
