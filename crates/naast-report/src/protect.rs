//! Primary and secondary suppression over a year's series, then the audit gate.
//!
//! Every number of `0 < n < k` is hidden (primary); then, line by line (a table's row, column
//! or total; a year's number and its four quarters), more numbers are hidden until no line has
//! exactly one hidden number and no line with a published total hides less than `k` in all
//! (secondary). Numbers of quarters already published are frozen: they stay as they were
//! shown, and only numbers not yet published can be hidden to protect them. Then the audit
//! ([`crate::audit`]) derives what a reader can work out from everything in the series; where
//! it still finds a number, the smallest number that shares a line with it is hidden too, and
//! the audit runs again. What the audit still finds after that blocks the publication.

use crate::audit::{self, Audit, AuditError, Finding, Reason};
use crate::release::Release;
use crate::series::{Key, Series};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

/// What was published before: the quarters, which of their numbers were hidden, and which of
/// their tables were withheld whole (left out to protect other numbers).
#[derive(Debug, Clone, Default)]
pub struct Frozen {
    pub quarters: Vec<u8>,
    /// The annual report was published (before the last quarter): the year's numbers are
    /// frozen too, and only the quarter being prepared may hide more.
    pub year: bool,
    pub hidden: HashSet<Key>,
    pub withheld: HashSet<String>,
}

impl Frozen {
    pub fn is_frozen(&self, key: &Key) -> bool {
        if key.quarter == 0 {
            self.year
        } else {
            self.quarters.contains(&key.quarter)
        }
    }

    /// A table of a published period.
    pub fn is_frozen_table(&self, quarter: u8) -> bool {
        if quarter == 0 {
            self.year
        } else {
            self.quarters.contains(&quarter)
        }
    }
}

#[derive(Debug, Clone)]
pub struct Protection {
    pub hidden: HashSet<Key>,
    /// Numbers hidden because they are below `k`, and to protect those.
    pub primary: usize,
    pub secondary: usize,
    /// Numbers shown, hidden and exempt (grand totals), not counting frozen ones twice.
    pub shown: usize,
    pub release: Release,
    /// What the audit still finds: non-empty blocks the publication.
    pub findings: Vec<Finding>,
    pub audit_rounds: usize,
    /// Ids of tables of the period being prepared left out whole to protect other numbers (their
    /// numbers are in `hidden` too), frozen ones included.
    pub withheld: Vec<String>,
    /// What was hidden beyond the usual repair, and why: for the report's notes.
    pub extra: Vec<Extra>,
}

impl Protection {
    /// Every number of the withheld tables (grand totals excepted: they stay published).
    pub fn withheld_keys(&self, series: &Series) -> HashSet<Key> {
        series
            .tables
            .iter()
            .filter(|t| self.withheld.contains(&t.id))
            .flat_map(|t| series.entries(t).into_iter().map(|(key, _, _)| key))
            .filter(|key| !Series::is_exempt(key))
            .collect()
    }
}

/// A step beyond the usual repair: taken when hiding numbers one by one could not protect the
/// published quarters, so that a finished period can still be published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extra {
    pub kind: ExtraKind,
    /// The table of the period being prepared (its id).
    pub table: String,
    /// How many of its numbers were hidden (all of them when withheld).
    pub numbers: usize,
    /// The tables whose numbers could otherwise be worked out (ids).
    pub protects: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExtraKind {
    /// More numbers of the table hidden.
    Hidden,
    /// The table's breakdown left out: only its total is shown.
    Withheld,
}

#[derive(Debug, thiserror::Error)]
pub enum ProtectError {
    #[error(transparent)]
    Audit(#[from] AuditError),
}

/// The most rounds of audit and repair before giving up and reporting what is left.
const MAX_ROUNDS: usize = 12;

/// What protection works with: the series, the threshold, what is frozen, and per number the
/// lines it is on.
struct Ctx<'a> {
    series: &'a Series,
    k: u64,
    frozen: &'a Frozen,
    title: &'a str,
    in_tables: HashSet<Key>,
    lines_of: HashMap<&'a Key, Vec<usize>>,
    /// Table id and `at` → number, to map the audit's findings back.
    by_at: HashMap<(String, BTreeMap<String, String>), Key>,
    steps: Steps,
}

/// Where protection stands.
struct State {
    hidden: HashSet<Key>,
    /// Numbers the audit found exact although hidden, with a value of 0 or at least `k`: a
    /// reader works them out anyway, so they are shown and never hidden again.
    shown: HashSet<Key>,
    withheld: Vec<String>,
    rounds: usize,
}

impl Ctx<'_> {
    fn can_hide(&self, key: &Key, shown: &HashSet<Key>) -> bool {
        !self.frozen.is_frozen(key)
            && !Series::is_exempt(key)
            && self.in_tables.contains(key)
            && !shown.contains(key)
    }

    fn audit(&self, st: &mut State) -> Result<(Release, Vec<Finding>), ProtectError> {
        let mut release = self.series.release(self.title, self.k, &st.hidden);
        release.tables.retain(|t| !st.withheld.contains(&t.id));
        let Audit { findings, .. } = match audit::audit(&release) {
            Ok(a) => a,
            Err(e) => {
                if let Ok(path) = std::env::var("NAAST_DEBUG_RELEASE") {
                    let _ = std::fs::write(
                        path,
                        serde_json::to_vec_pretty(&release).unwrap_or_default(),
                    );
                }
                return Err(e.into());
            }
        };
        st.rounds += 1;
        Ok((release, findings))
    }

    fn key_of(&self, f: &Finding) -> Option<&Key> {
        self.by_at.get(&(f.table.clone(), f.at.clone()))
    }

    /// Shows every hidden number the audit found exact whose value may be shown (0, or at
    /// least `k`): showing what a reader works out anyway reveals nothing. `true` if any.
    fn show_exact(&self, st: &mut State, findings: &[Finding]) -> bool {
        let mut any = false;
        for f in findings.iter().filter(|f| f.reason == Reason::Exact) {
            let Some(key) = self.key_of(f) else { continue };
            let v = self.series.value(key);
            if self.frozen.is_frozen(key) || (v > 0 && v < self.k) {
                continue;
            }
            if st.hidden.remove(key) {
                st.shown.insert(key.clone());
                any = true;
            }
        }
        any
    }

    /// Lines rule, audit, and for each finding one more number hidden on a line of it, until
    /// the audit finds nothing or nothing more helps.
    fn repair(&self, st: &mut State) -> Result<(Release, Vec<Finding>), ProtectError> {
        let mut rounds = 0;
        loop {
            let shown = &st.shown;
            lines_rule(self.series, self.k, &mut st.hidden, &|key: &Key| {
                self.can_hide(key, shown)
            });
            let (release, findings) = self.audit(st)?;
            rounds += 1;
            if findings.is_empty() || rounds >= MAX_ROUNDS {
                return Ok((release, findings));
            }
            if self.steps.show_exact && self.show_exact(st, &findings) {
                continue;
            }
            let mut progress = false;
            for f in &findings {
                let Some(key) = self.key_of(f) else { continue };
                let mut best: Option<(&Key, u64)> = None;
                for &li in self.lines_of.get(key).into_iter().flatten() {
                    let l = &self.series.lines[li];
                    for cand in l.members.iter().chain(std::iter::once(&l.total)) {
                        if st.hidden.contains(cand) || !self.can_hide(cand, &st.shown) {
                            continue;
                        }
                        let v = self.series.value(cand);
                        let better = match best {
                            None => true,
                            // Prefer a number that is not zero, then the smallest.
                            Some((_, bv)) => (v == 0, v) < (bv == 0, bv),
                        };
                        if better {
                            best = Some((cand, v));
                        }
                    }
                }
                if let Some((cand, _)) = best {
                    progress |= st.hidden.insert(cand.clone());
                }
            }
            if !progress {
                return Ok((release, findings));
            }
        }
    }
}

/// Protects the series: `k` is the tenant's threshold, `frozen` what was already published.
///
/// When hiding numbers one by one leaves findings (typically a small population, such as the
/// signal register, whose annual numbers would pin numbers of frozen quarters), more is hidden
/// in the period being prepared, in steps, until the audit passes: every number of the annual
/// tables near the findings, then of all the population's annual tables (numbers a reader works
/// out anyway are shown), and at last the population's breakdowns of the period are left out
/// whole, showing only its total. A period whose earlier quarters were published can always
/// be published that way: its total adds nothing to theirs. What these steps hid is in
/// [`Protection::extra`].
pub fn protect(
    series: &Series,
    k: u64,
    frozen: &Frozen,
    title: &str,
) -> Result<Protection, ProtectError> {
    protect_with(series, k, frozen, title, Steps::default())
}

/// Which steps protection may take beyond hiding numbers one by one: for measuring what each
/// adds (the sweep compares with the repair alone, as it was before 2026-12-07).
#[derive(Debug, Clone, Copy)]
pub struct Steps {
    /// Show a hidden number the audit finds exact (and that may be shown).
    pub show_exact: bool,
    /// Hide more in the period being prepared when the repair leaves findings.
    pub escalate: bool,
}

impl Default for Steps {
    fn default() -> Self {
        Steps {
            show_exact: true,
            escalate: true,
        }
    }
}

/// [`protect`] with only the `steps` given.
pub fn protect_with(
    series: &Series,
    k: u64,
    frozen: &Frozen,
    title: &str,
    steps: Steps,
) -> Result<Protection, ProtectError> {
    let mut hidden: HashSet<Key> = frozen
        .hidden
        .iter()
        .filter(|key| series.values.contains_key(*key))
        .cloned()
        .collect();
    let in_tables: HashSet<Key> = series
        .tables
        .iter()
        .flat_map(|t| series.entries(t).into_iter().map(|(key, _, _)| key))
        .collect();
    let mut primary = 0;
    for key in &in_tables {
        let v = series.value(key);
        if !frozen.is_frozen(key) && !Series::is_exempt(key) && v > 0 && v < k {
            hidden.insert(key.clone());
            primary += 1;
        }
    }
    let lines_of: HashMap<&Key, Vec<usize>> = {
        let mut m: HashMap<&Key, Vec<usize>> = HashMap::new();
        for (i, l) in series.lines.iter().enumerate() {
            m.entry(&l.total).or_default().push(i);
            for x in &l.members {
                m.entry(x).or_default().push(i);
            }
        }
        m
    };
    let by_at = series
        .tables
        .iter()
        .flat_map(|t| {
            series
                .entries(t)
                .into_iter()
                .map(move |(key, at, _)| ((t.id.clone(), at), key))
        })
        .collect();
    let ctx = Ctx {
        series,
        k,
        frozen,
        title,
        in_tables,
        lines_of,
        by_at,
        steps,
    };
    let withheld: Vec<String> = series
        .tables
        .iter()
        .filter(|t| frozen.withheld.contains(&t.id))
        .map(|t| t.id.clone())
        .collect();
    let mut st = State {
        hidden,
        shown: HashSet::new(),
        withheld,
        rounds: 0,
    };
    for key in ctx_withheld_keys(&ctx, &st.withheld) {
        st.hidden.insert(key);
    }
    let (mut release, mut findings) = ctx.repair(&mut st)?;
    let mut extra = Vec::new();
    if !findings.is_empty() && steps.escalate {
        (release, findings) = escalate::escalate(&ctx, &mut st, findings, &mut extra)?;
    }
    let hidden = st.hidden;
    let new_hidden = hidden.iter().filter(|key| !frozen.is_frozen(key)).count();
    Ok(Protection {
        primary,
        secondary: new_hidden.saturating_sub(primary),
        shown: ctx.in_tables.len(),
        hidden,
        release,
        findings,
        audit_rounds: st.rounds,
        withheld: st.withheld,
        extra,
    })
}

fn ctx_withheld_keys(ctx: &Ctx, ids: &[String]) -> Vec<Key> {
    ctx.series
        .tables
        .iter()
        .filter(|t| ids.contains(&t.id))
        .flat_map(|t| ctx.series.entries(t).into_iter().map(|(key, _, _)| key))
        .filter(|key| !Series::is_exempt(key))
        .collect()
}

#[path = "protect_escalate.rs"]
mod escalate;

/// Hides numbers until every line hides none or at least two, and, where its total is
/// published, hides at least `k` in all.
fn lines_rule(series: &Series, k: u64, hidden: &mut HashSet<Key>, can_hide: &dyn Fn(&Key) -> bool) {
    loop {
        let mut changed = false;
        for line in &series.lines {
            let items = line.members.iter().chain(std::iter::once(&line.total));
            let n_hidden = items.clone().filter(|x| hidden.contains(*x)).count();
            if n_hidden == 0 {
                continue;
            }
            let total_shown = !hidden.contains(&line.total);
            let sum: u64 = line
                .members
                .iter()
                .filter(|x| hidden.contains(*x))
                .map(|x| series.value(x))
                .sum();
            let needs = n_hidden == 1 || (total_shown && sum < k);
            if !needs {
                continue;
            }
            // The smallest number not zero that brings the hidden sum to k; else the largest;
            // the total only when no member can be hidden.
            let mut cands: Vec<(&Key, u64)> = line
                .members
                .iter()
                .filter(|x| !hidden.contains(*x) && can_hide(x))
                .map(|x| (x, series.value(x)))
                .collect();
            cands.sort_by(|a, b| (a.1 == 0, a.1, a.0).cmp(&(b.1 == 0, b.1, b.0)));
            let pick = cands
                .iter()
                .find(|(_, v)| *v > 0 && sum + v >= k)
                .or_else(|| cands.iter().rev().find(|(_, v)| *v > 0))
                .or_else(|| cands.first())
                .map(|(x, _)| (*x).clone())
                .or_else(|| (total_shown && can_hide(&line.total)).then(|| line.total.clone()));
            if let Some(x) = pick {
                changed |= hidden.insert(x);
            }
        }
        if !changed {
            break;
        }
    }
}

#[cfg(test)]
#[path = "protect_tests.rs"]
mod tests;
