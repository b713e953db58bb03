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

use crate::audit::{self, Audit, AuditError, Finding};
use crate::release::Release;
use crate::series::{Key, Series};
use std::collections::{BTreeMap, HashMap, HashSet};

/// What was published before: the quarters, and which of their numbers were hidden.
#[derive(Debug, Clone, Default)]
pub struct Frozen {
    pub quarters: Vec<u8>,
    pub hidden: HashSet<Key>,
}

impl Frozen {
    fn is_frozen(&self, key: &Key) -> bool {
        key.quarter != 0 && self.quarters.contains(&key.quarter)
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
}

#[derive(Debug, thiserror::Error)]
pub enum ProtectError {
    #[error(transparent)]
    Audit(#[from] AuditError),
}

/// The most rounds of audit and repair before giving up and reporting what is left.
const MAX_ROUNDS: usize = 12;

/// Protects the series: `k` is the tenant's threshold, `frozen` what was already published.
pub fn protect(
    series: &Series,
    k: u64,
    frozen: &Frozen,
    title: &str,
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
    let can_hide =
        |key: &Key| !frozen.is_frozen(key) && !Series::is_exempt(key) && in_tables.contains(key);
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
    let mut rounds = 0;
    let (release, findings) = loop {
        lines_rule(series, k, &mut hidden, &can_hide);
        let release = series.release(title, k, &hidden);
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
        rounds += 1;
        if findings.is_empty() || rounds >= MAX_ROUNDS {
            break (release, findings);
        }
        // Map the findings back to numbers and hide one more number on a line of each.
        let by_at: HashMap<(String, BTreeMap<String, String>), Key> = series
            .tables
            .iter()
            .flat_map(|t| {
                series
                    .entries(t)
                    .into_iter()
                    .map(move |(key, at, _)| ((t.id.clone(), at), key))
            })
            .collect();
        let mut progress = false;
        for f in &findings {
            let Some(key) = by_at.get(&(f.table.clone(), f.at.clone())) else {
                continue;
            };
            let mut best: Option<(&Key, u64)> = None;
            for &li in lines_of.get(key).into_iter().flatten() {
                let l = &series.lines[li];
                for cand in l.members.iter().chain(std::iter::once(&l.total)) {
                    if hidden.contains(cand) || !can_hide(cand) {
                        continue;
                    }
                    let v = series.value(cand);
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
                progress |= hidden.insert(cand.clone());
            }
        }
        if !progress {
            break (release, findings);
        }
    };
    let new_hidden = hidden.iter().filter(|key| !frozen.is_frozen(key)).count();
    Ok(Protection {
        primary,
        secondary: new_hidden.saturating_sub(primary),
        shown: in_tables.len(),
        hidden,
        release,
        findings,
        audit_rounds: rounds,
    })
}

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
