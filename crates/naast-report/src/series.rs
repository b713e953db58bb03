//! One tenant's report series for one year: the units counted, every number of every table of
//! the quarters included and (when prepared) of the annual report, which numbers add up to
//! which, and the release file that shows them as readers see them.

use crate::plan::{DIMENSIONS, Plan, Pop, answer_band, duration_band, normalise};
use crate::release::{self, Dimension, Entry, Release, Table, Value};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

mod unit;

pub use unit::{SignalRecord, Unit};

/// A table of the series: one period (a quarter, or `0` for the year), one population, and
/// zero, one or two dimensions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableDef {
    pub id: String,
    pub pop: Pop,
    pub quarter: u8,
    pub dims: Vec<String>,
}

/// A number of the series: population, period (`0` = year) and up to two `(dimension, code)`
/// pairs, in the order of [`DIMENSIONS`]. The same number may appear in several tables (a
/// cross-table's margin is the annual one-way count); it is then one number, hidden in all or
/// in none.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Key {
    pub pop: Pop,
    pub quarter: u8,
    pub at: Vec<(String, String)>,
}

/// Numbers that add up: `total` = sum of `members`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub total: Key,
    pub members: Vec<Key>,
}

/// The dimensions each population is broken down by, per quarter and in the annual report,
/// and the annual cross-tables (over the same grouped categories).
pub fn one_way(pop: Pop) -> &'static [&'static str] {
    match pop {
        Pop::Cases => &["area", "organisation", "nature", "channel", "found_via"],
        Pop::Closed => &["outcome", "duration", "external"],
        Pop::Activities => &["activity"],
        Pop::Citizens => &[],
        Pop::Signals => &["signal_area", "theme", "answer"],
    }
}

pub const CROSS: &[(Pop, &str, &str)] = &[
    (Pop::Cases, "area", "organisation"),
    (Pop::Cases, "area", "nature"),
    (Pop::Closed, "area", "outcome"),
];

pub const POPS: [Pop; 5] = [
    Pop::Cases,
    Pop::Closed,
    Pop::Activities,
    Pop::Citizens,
    Pop::Signals,
];

fn dim_order(dim: &str) -> usize {
    DIMENSIONS
        .iter()
        .position(|(d, _, _)| *d == dim)
        .unwrap_or(usize::MAX)
}

/// Every number of a year's series with its true value.
#[derive(Debug, Clone, Default)]
pub struct Series {
    pub year: i32,
    /// The quarters whose tables the series holds, and whether it holds the annual tables.
    pub quarters: Vec<u8>,
    pub annual: bool,
    pub values: HashMap<Key, u64>,
    pub tables: Vec<TableDef>,
    pub lines: Vec<Line>,
    pub categories: BTreeMap<String, Vec<String>>,
    /// Grand totals per population and period (`[year, Q1, Q2, Q3, Q4]`).
    pub totals: BTreeMap<Pop, [u64; 5]>,
    /// Tables left out because their period's total is below `k`: a breakdown of fewer than
    /// `k` kwesties cannot be protected.
    pub left_out: Vec<TableDef>,
}

impl Key {
    pub fn new(pop: Pop, quarter: u8, at: &[(&str, &str)]) -> Key {
        let mut at: Vec<(String, String)> = at
            .iter()
            .map(|(d, c)| (d.to_string(), c.to_string()))
            .collect();
        at.sort_by_key(|(d, _)| dim_order(d));
        Key { pop, quarter, at }
    }
}

/// Dense counts: `one[dim][quarter 0..4][code]` (dimensions in the order of [`DIMENSIONS`]),
/// `cross[i][b][a]` for the `i`-th of [`CROSS`], totals, and the quarters each citizen was
/// seen in. One hash look-up per dimension and unit: this runs over a year's records.
struct Counter<'u> {
    /// Per dimension: the categories shown (the residual last); a code not among them counts
    /// in the residual. A few short codes: a scan beats hashing.
    index: Vec<Vec<String>>,
    one: Vec<[Vec<u64>; 4]>,
    cross: Vec<Vec<Vec<u64>>>,
    totals: BTreeMap<Pop, [u64; 5]>,
    /// Citizen → bit `q` set for each quarter `q` (1–4) they had a kwestie opened in.
    citizens: rustc_hash::FxHashMap<&'u str, u8>,
}

const AREA: usize = 0;
const CASE_DIMS: [usize; 5] = [0, 1, 2, 3, 4];
const CLOSED_DIMS: [usize; 3] = [5, 6, 7];
const ACTIVITY: usize = 8;
const SIGNAL_DIMS: [usize; 3] = [9, 10, 11];

/// The unit's raw code in the `i`-th dimension of [`DIMENSIONS`].
fn raw(u: &Unit, i: usize) -> Option<&str> {
    match i {
        0 => u.area.as_deref(),
        1 => u.organisation.as_deref(),
        2 => u.nature.as_deref(),
        3 => u.channel.as_deref(),
        4 => u.found_via.as_deref(),
        5 => u.outcome.as_deref(),
        6 => u.days.map(duration_band),
        7 => u.external.as_deref(),
        9 => u.area.as_deref(),
        10 => u.theme.as_deref(),
        11 => Some(answer_band(u.answer_days)),
        _ => None,
    }
}

impl<'u> Counter<'u> {
    fn new(plan: &Plan) -> Self {
        let mut index = Vec::new();
        let mut one = Vec::new();
        for (dim, _, _) in DIMENSIONS {
            let cats = plan.categories(dim);
            let n = cats.len();
            index.push(cats);
            one.push([vec![0; n], vec![0; n], vec![0; n], vec![0; n]]);
        }
        let cross = CROSS
            .iter()
            .map(|(_, a, b)| vec![vec![0; plan.categories(a).len()]; plan.categories(b).len()])
            .collect();
        Counter {
            index,
            one,
            cross,
            totals: BTreeMap::new(),
            citizens: rustc_hash::FxHashMap::default(),
        }
    }

    fn idx(&self, i: usize, code: Option<&str>) -> usize {
        let ix = &self.index[i];
        let code = normalise(DIMENSIONS[i].0, code);
        ix.iter()
            .position(|c| c == code)
            .unwrap_or(ix.len().saturating_sub(1))
    }

    fn add(&mut self, u: &'u Unit) {
        if let Some(q) = u.opened.filter(|q| (1..=4).contains(q)) {
            let qi = usize::from(q - 1);
            self.total(Pop::Cases, q, 1);
            let mut codes = [0usize; 5];
            for (n, &d) in CASE_DIMS.iter().enumerate() {
                let i = self.idx(d, raw(u, d));
                codes[n] = i;
                self.one[d][qi][i] += 1;
            }
            // area × organisation, area × nature
            self.cross[0][codes[1]][codes[0]] += 1;
            self.cross[1][codes[2]][codes[0]] += 1;
            let mut acts = 0;
            for (code, n) in &u.activities {
                let i = self.idx(ACTIVITY, Some(code));
                self.one[ACTIVITY][qi][i] += u64::from(*n);
                acts += u64::from(*n);
            }
            self.total(Pop::Activities, q, acts);
            if let Some(c) = &u.citizen {
                *self.citizens.entry(c.as_str()).or_insert(0) |= 1 << q;
            }
        }
        if let Some(q) = u.closed.filter(|q| (1..=4).contains(q)) {
            let qi = usize::from(q - 1);
            self.total(Pop::Closed, q, 1);
            let mut codes = [0usize; 3];
            for (n, &d) in CLOSED_DIMS.iter().enumerate() {
                let i = self.idx(d, raw(u, d));
                codes[n] = i;
                self.one[d][qi][i] += 1;
            }
            let a = self.idx(AREA, raw(u, AREA));
            self.cross[2][codes[0]][a] += 1;
        }
        if let Some(q) = u.sent.filter(|q| (1..=4).contains(q)) {
            let qi = usize::from(q - 1);
            self.total(Pop::Signals, q, 1);
            for d in SIGNAL_DIMS {
                let i = self.idx(d, raw(u, d));
                self.one[d][qi][i] += 1;
            }
        }
    }

    fn total(&mut self, pop: Pop, q: u8, n: u64) {
        let t = self.totals.entry(pop).or_insert([0; 5]);
        t[0] += n;
        t[usize::from(q)] += n;
    }

    /// Adds another counter's counts (of other units) to this one.
    fn merge(&mut self, other: Counter<'u>) {
        for (a, b) in self.one.iter_mut().zip(other.one) {
            for (qa, qb) in a.iter_mut().zip(b) {
                for (x, y) in qa.iter_mut().zip(qb) {
                    *x += y;
                }
            }
        }
        for (a, b) in self.cross.iter_mut().zip(other.cross) {
            for (ra, rb) in a.iter_mut().zip(b) {
                for (x, y) in ra.iter_mut().zip(rb) {
                    *x += y;
                }
            }
        }
        for (pop, t) in other.totals {
            let mine = self.totals.entry(pop).or_insert([0; 5]);
            for (x, y) in mine.iter_mut().zip(t) {
                *x += y;
            }
        }
        for (c, bits) in other.citizens {
            *self.citizens.entry(c).or_insert(0) |= bits;
        }
    }

    /// Distinct citizens in the year and per quarter.
    fn citizens(&self) -> [u64; 5] {
        let mut out = [self.citizens.len() as u64, 0, 0, 0, 0];
        for bits in self.citizens.values() {
            for (q, slot) in out.iter_mut().enumerate().skip(1) {
                if bits & (1 << q) != 0 {
                    *slot += 1;
                }
            }
        }
        out
    }
}

impl Series {
    /// Counts `units` for `year` and lays out the tables of `quarters` and, with `annual`, of
    /// the annual report.
    pub fn build(plan: &Plan, units: &[Unit], quarters: &[u8], annual: bool) -> Series {
        // A year of a large tenant is a million records: count them on every core.
        let parts = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, 8);
        let chunk = units.len().div_ceil(parts).max(50_000);
        let mut counters: Vec<Counter> = std::thread::scope(|scope| {
            let handles: Vec<_> = units
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || {
                        let mut c = Counter::new(plan);
                        for u in part {
                            c.add(u);
                        }
                        c
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        let mut c = counters.pop().unwrap_or_else(|| Counter::new(plan));
        for other in counters {
            c.merge(other);
        }
        let mut s = Series {
            year: plan.year,
            quarters: quarters.to_vec(),
            annual,
            categories: DIMENSIONS
                .iter()
                .map(|(d, _, _)| (d.to_string(), plan.categories(d)))
                .collect(),
            ..Series::default()
        };
        let mut totals = c.totals.clone();
        totals.insert(Pop::Citizens, c.citizens());
        for pop in POPS {
            totals.entry(pop).or_insert([0; 5]);
        }
        s.totals = totals;
        let periods: Vec<u8> = quarters
            .iter()
            .copied()
            .chain(annual.then_some(0))
            .collect();
        for &q in &periods {
            for pop in POPS {
                let total = s.totals[&pop][usize::from(q)];
                s.values.insert(Key::new(pop, q, &[]), total);
                let mut defs: Vec<Vec<&str>> = one_way(pop).iter().map(|d| vec![*d]).collect();
                if q == 0 {
                    defs.extend(
                        CROSS
                            .iter()
                            .filter(|(p, _, _)| *p == pop)
                            .map(|(_, a, b)| vec![*a, *b]),
                    );
                }
                if pop == Pop::Citizens {
                    defs.push(vec![]);
                }
                for dims in defs {
                    let def = TableDef {
                        id: table_id(plan.year, q, pop, &dims),
                        pop,
                        quarter: q,
                        dims: dims.iter().map(|d| d.to_string()).collect(),
                    };
                    if !dims.is_empty() && total < plan.k {
                        s.left_out.push(def);
                    } else {
                        s.tables.push(def);
                    }
                }
            }
        }
        // Values of every one-way and cross number.
        for &q in &periods {
            for ((dim, pop, _), v) in DIMENSIONS.iter().zip(&c.one) {
                let cats = &s.categories[*dim];
                let pop = *pop;
                for (i, code) in cats.iter().enumerate() {
                    let n = if q == 0 {
                        v.iter().map(|qv| qv[i]).sum()
                    } else {
                        v[usize::from(q - 1)][i]
                    };
                    s.values.insert(Key::new(pop, q, &[(dim, code)]), n);
                }
            }
        }
        if annual {
            for (n, (pop, a, b)) in CROSS.iter().enumerate() {
                let ca = &s.categories[*a];
                let cb = &s.categories[*b];
                for (j, cbv) in cb.iter().enumerate() {
                    for (i, cav) in ca.iter().enumerate() {
                        s.values
                            .insert(Key::new(*pop, 0, &[(a, cav), (b, cbv)]), c.cross[n][j][i]);
                    }
                }
                // The closed population's area margin is not one of its one-way tables.
                for (i, cav) in ca.iter().enumerate() {
                    let sum = (0..cb.len()).map(|j| c.cross[n][j][i]).sum();
                    s.values
                        .entry(Key::new(*pop, 0, &[(a, cav)]))
                        .or_insert(sum);
                }
            }
        }
        s.lines = s.make_lines();
        s
    }

    fn make_lines(&self) -> Vec<Line> {
        let mut lines = Vec::new();
        for t in &self.tables {
            let cats = |d: &str| self.categories.get(d).cloned().unwrap_or_default();
            match t.dims.as_slice() {
                [d] => lines.push(Line {
                    total: Key::new(t.pop, t.quarter, &[]),
                    members: cats(d)
                        .iter()
                        .map(|c| Key::new(t.pop, t.quarter, &[(d, c)]))
                        .collect(),
                }),
                [a, b] => {
                    let (ca, cb) = (cats(a), cats(b));
                    for x in &ca {
                        lines.push(Line {
                            total: Key::new(t.pop, t.quarter, &[(a, x)]),
                            members: cb
                                .iter()
                                .map(|y| Key::new(t.pop, t.quarter, &[(a, x), (b, y)]))
                                .collect(),
                        });
                    }
                    for y in &cb {
                        lines.push(Line {
                            total: Key::new(t.pop, t.quarter, &[(b, y)]),
                            members: ca
                                .iter()
                                .map(|x| Key::new(t.pop, t.quarter, &[(a, x), (b, y)]))
                                .collect(),
                        });
                    }
                    for (d, cs) in [(a, &ca), (b, &cb)] {
                        lines.push(Line {
                            total: Key::new(t.pop, t.quarter, &[]),
                            members: cs
                                .iter()
                                .map(|x| Key::new(t.pop, t.quarter, &[(d, x)]))
                                .collect(),
                        });
                    }
                }
                _ => {}
            }
        }
        // Over time: a year's number is the sum of its four quarters. A quarter whose table is
        // not in the series (not published, or left out) still counts in the year: the line
        // then holds the quarters shown, which is enough to find numbers that protect each
        // other (the audit knows the rest).
        if self.annual {
            for t in self.tables.iter().filter(|t| t.quarter == 0) {
                let [d] = t.dims.as_slice() else { continue };
                let shown: Vec<u8> = (1..=4u8)
                    .filter(|q| {
                        self.tables
                            .iter()
                            .any(|o| o.quarter == *q && o.pop == t.pop && o.dims == t.dims)
                    })
                    .collect();
                if shown.is_empty() {
                    continue;
                }
                for c in self.categories.get(d).into_iter().flatten() {
                    lines.push(Line {
                        total: Key::new(t.pop, 0, &[(d, c)]),
                        members: shown
                            .iter()
                            .map(|q| Key::new(t.pop, *q, &[(d, c)]))
                            .collect(),
                    });
                }
            }
        }
        lines
    }

    pub fn value(&self, key: &Key) -> u64 {
        self.values.get(key).copied().unwrap_or(0)
    }

    /// Grand totals are always published: per quarter and year, of every population.
    pub fn is_exempt(key: &Key) -> bool {
        key.at.is_empty()
    }

    /// The numbers of one table: `(key, at)` for cells, then margins, grand total last.
    pub fn entries(&self, t: &TableDef) -> Vec<(Key, BTreeMap<String, String>, bool)> {
        let cats = |d: &str| self.categories.get(d).cloned().unwrap_or_default();
        let at = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(d, c)| (d.to_string(), c.to_string()))
                .collect::<BTreeMap<_, _>>()
        };
        let mut out = Vec::new();
        match t.dims.as_slice() {
            [d] => {
                for c in cats(d) {
                    let p = [(d.as_str(), c.as_str())];
                    out.push((Key::new(t.pop, t.quarter, &p), at(&p), false));
                }
            }
            [a, b] => {
                for x in cats(a) {
                    for y in cats(b) {
                        let p = [(a.as_str(), x.as_str()), (b.as_str(), y.as_str())];
                        out.push((Key::new(t.pop, t.quarter, &p), at(&p), false));
                    }
                }
                for (d, cs) in [(a, cats(a)), (b, cats(b))] {
                    for x in cs {
                        let p = [(d.as_str(), x.as_str())];
                        out.push((Key::new(t.pop, t.quarter, &p), at(&p), true));
                    }
                }
            }
            _ => {}
        }
        out.push((Key::new(t.pop, t.quarter, &[]), BTreeMap::new(), true));
        out
    }

    /// The release file of the series with `hidden` numbers shown as `x`.
    pub fn release(&self, title: &str, k: u64, hidden: &HashSet<Key>) -> Release {
        let mut dimensions = BTreeMap::new();
        dimensions.insert(
            "quarter".to_string(),
            Dimension::Plain(["Q1", "Q2", "Q3", "Q4"].map(String::from).to_vec()),
        );
        for (d, cats) in &self.categories {
            dimensions.insert(d.clone(), Dimension::Plain(cats.clone()));
        }
        let tables = self
            .tables
            .iter()
            .map(|t| {
                let mut cells = Vec::new();
                let mut margins = Vec::new();
                for (key, at, margin) in self.entries(t) {
                    let value = if hidden.contains(&key) {
                        Value::hidden()
                    } else {
                        Value::Count(self.value(&key))
                    };
                    let e = Entry {
                        exempt: Self::is_exempt(&key),
                        at,
                        value,
                    };
                    if margin {
                        margins.push(e)
                    } else {
                        cells.push(e)
                    }
                }
                Table {
                    id: t.id.clone(),
                    dimensions: t.dims.clone(),
                    fixed: if t.quarter == 0 {
                        BTreeMap::new()
                    } else {
                        BTreeMap::from([("quarter".to_string(), format!("Q{}", t.quarter))])
                    },
                    // A citizen helped in two quarters counts once in the year: the year's
                    // number of citizens is not the sum of the quarters', so each period's count
                    // is a population of its own.
                    population: Some(if t.pop == Pop::Citizens {
                        format!(
                            "{} {}",
                            t.pop.code(),
                            crate::period_label(self.year, t.quarter)
                        )
                    } else {
                        t.pop.code().to_string()
                    }),
                    cells,
                    margins,
                    grid: None,
                    categories: None,
                    omitted_cells: None,
                    uncertainty: None,
                }
            })
            .collect();
        Release {
            format: release::FORMAT.to_string(),
            release: title.to_string(),
            policy: release::Policy {
                k,
                ..release::Policy::default()
            },
            dimensions,
            tables,
        }
    }
}

/// A table's id, shown in findings: `2026-Q2 cases by area`, `2026 cases by area x organisation`.
pub fn table_id(year: i32, quarter: u8, pop: Pop, dims: &[&str]) -> String {
    let period = if quarter == 0 {
        year.to_string()
    } else {
        format!("{year}-Q{quarter}")
    };
    if dims.is_empty() {
        format!("{period} {}", pop.code())
    } else {
        format!("{period} {} by {}", pop.code(), dims.join(" x "))
    }
}

#[cfg(test)]
mod signal_tests;
