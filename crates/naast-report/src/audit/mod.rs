//! The publication gate: a disclosure-control audit of a whole `naast-sdc-release/1` series.
//!
//! The auditor takes the attacker's side. From every published number of the release together,
//! using only that counts are non-negative integers and that tables add up, it derives the
//! tightest interval of every hidden number by integer programming, and flags what fails the
//! policy ([`Reason`]).
//!
//! How it works:
//!
//! 1. [`expand`]: every table (grid shorthand included) becomes a list of numbers, each a sum
//!    over a set of finest categories per dimension (`fixed` ∩ `at`, groups expanded). Omitted
//!    interior cells of an `omitted_cells: "zero"` table become published zeros.
//! 2. [`model`]: per population (populations are never linked), categories that no number
//!    separates are merged, the dimensions' interaction graph (adjacent when they occur together
//!    in one number) is triangulated by greedy min-fill elimination, and its maximal cliques,
//!    joined in a junction tree, carry one non-negative variable per combination of categories.
//!    Every published number bounds the sum of a set of variables of one clique that contains
//!    its dimensions; neighbouring cliques have equal marginals on their separator. Where every
//!    cell of a separator is itself published exactly, the two sides are independent given those
//!    numbers: the edge is cut, so the model falls apart into independent blocks (typically one
//!    per quarter-by-dimension clique). Then [`presolve`]: variables forced to zero are removed,
//!    single-variable constraints become bounds, and duplicate constraints are merged.
//! 3. [`solve`]: for every distinct hidden sum, a minimisation and a maximisation over the
//!    integer points of its block: LP relaxation first, warm-started from one target to the
//!    next; an integral optimum is final, a fractional one is certified by an integer point that
//!    attains its rounded bound (seen before, or found by diving), and only otherwise is an
//!    integer program solved from scratch. Blocks and directions are spread over the cores.

mod expand;
mod model;
mod presolve;
mod problem;
mod solve;
#[cfg(test)]
mod tests;

use crate::release::{FORMAT, Release};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// The outcome of an audit: what fails, and the interval the attacker can derive for every
/// hidden or partially published number.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Audit {
    /// Everything that fails the policy, in table order, at most one finding per number.
    pub findings: Vec<Finding>,
    /// The derived interval of every hidden number (and of every number published only as an
    /// interval or with `uncertainty`), in table order.
    pub hidden: Vec<Interval>,
    /// How many numbers were checked (published and hidden, including omitted cells read as 0).
    pub checked: usize,
}

impl Audit {
    /// `true` when nothing fails.
    pub fn passed(&self) -> bool {
        self.findings.is_empty()
    }
}

/// The tightest interval an attacker can derive for one hidden number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Interval {
    /// The table's `id`.
    pub table: String,
    /// The entry's `at` (for a grid, the expanded `at`; `{}` is the grand total).
    pub at: BTreeMap<String, String>,
    pub min: u64,
    /// `None`: unbounded.
    pub max: Option<u64>,
}

/// One number that fails the policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The table's `id`.
    pub table: String,
    /// The entry's `at` (for a grid, the expanded `at`; `{}` is the grand total).
    pub at: BTreeMap<String, String>,
    pub reason: Reason,
    /// What the attacker knows: the published value, or the derived interval.
    pub min: u64,
    /// `None`: unbounded.
    pub max: Option<u64>,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.table)?;
        if self.at.is_empty() {
            write!(f, ", total")?;
        }
        for (dimension, code) in &self.at {
            write!(f, ", {dimension} = {code}")?;
        }
        match self.max {
            Some(max) if max == self.min => write!(f, " ({max}): {}", self.reason),
            Some(max) => write!(f, " ({}–{max}): {}", self.min, self.reason),
            None => write!(f, " ({} or more): {}", self.min, self.reason),
        }
    }
}

/// Why a number fails the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// A count below `k` (or a zero, with `protect_zeros`) is published.
    PublishedBelowK,
    /// A hidden number can be recomputed exactly.
    Exact,
    /// A hidden number is known to be below `k`.
    PinnedBelowK,
    /// A hidden number is known within a range narrower than `min_width`.
    TooNarrow,
}

impl Reason {
    /// The stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            Reason::PublishedBelowK => "published_below_k",
            Reason::Exact => "exact",
            Reason::PinnedBelowK => "pinned_below_k",
            Reason::TooNarrow => "too_narrow",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Reason::PublishedBelowK => "A count below the threshold k is published.",
            Reason::Exact => {
                "This hidden number can be recomputed exactly from the published numbers."
            }
            Reason::PinnedBelowK => {
                "The published numbers show that this hidden number is below the threshold k."
            }
            Reason::TooNarrow => {
                "The published numbers pin this hidden number within a range narrower than the \
                 minimum width."
            }
        })
    }
}

/// Why a release cannot be audited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum AuditError {
    #[error("unsupported format {found:?}, expected {FORMAT:?}")]
    Format { found: String },
    #[error("table {table:?} uses the unknown dimension {dimension:?}")]
    UnknownDimension { table: String, dimension: String },
    #[error(
        "table {table:?} uses {code:?}, which is no category or group of dimension {dimension:?}"
    )]
    UnknownCategory {
        table: String,
        dimension: String,
        code: String,
    },
    #[error("table {table:?} is malformed: {problem}")]
    InvalidTable { table: String, problem: String },
    #[error("{}", match table {
        Some(table) => format!("the published numbers cannot all be true: table {table:?} contradicts the tables before it"),
        None => "the published numbers cannot all be true".to_string(),
    })]
    Inconsistent { table: Option<String> },
    #[error("the solver failed: {0}")]
    Solver(String),
}

/// Audits every number of `release` against its policy. See the module documentation.
pub fn audit(release: &Release) -> Result<Audit, AuditError> {
    if release.format != FORMAT {
        return Err(AuditError::Format {
            found: release.format.clone(),
        });
    }
    let policy = &release.policy;
    let numbers = expand::numbers(release)?;

    // Group the numbers by population, in order of first appearance.
    let mut populations: Vec<(&str, Vec<usize>)> = Vec::new();
    for (i, number) in numbers.iter().enumerate() {
        let population = release.tables[number.table].population();
        match populations.iter_mut().find(|(p, _)| *p == population) {
            Some((_, members)) => members.push(i),
            None => populations.push((population, vec![i])),
        }
    }
    let sizes: Vec<usize> = release
        .dimensions
        .values()
        .map(|d| d.categories().len())
        .collect();
    let mut derived: Vec<Option<(u64, Option<u64>)>> = vec![None; numbers.len()];
    for (_, members) in &populations {
        let bounds = model::Model::build(&numbers, members, &sizes).and_then(|m| solve::bounds(&m));
        let bounds = match bounds {
            Err(AuditError::Inconsistent { table: None }) => {
                return Err(locate_inconsistency(release, &numbers, members, &sizes));
            }
            other => other?,
        };
        for (i, bounds) in bounds {
            derived[i] = Some(bounds);
        }
    }

    let mut findings = Vec::new();
    let mut hidden = Vec::new();
    for (number, derived) in numbers.iter().zip(derived) {
        let table = &release.tables[number.table];
        let flagged = !number.exempt && (!number.margin || policy.check_margins);
        let reason = match derived {
            None => {
                // Published exactly.
                let v = number.lo;
                let small = v < policy.k && (v > 0 || policy.protect_zeros);
                (flagged && small).then_some((Reason::PublishedBelowK, v, Some(v)))
            }
            Some((min, max)) => {
                hidden.push(Interval {
                    table: table.id.clone(),
                    at: number.at.clone(),
                    min,
                    max,
                });
                // A number published as an interval (or with uncertainty) shows its band on
                // purpose; it only fails when the attacker learns more than the band.
                let learned = (min, max) != (number.lo, number.hi);
                let reason = match max {
                    Some(max) if max == min => {
                        (!(policy.allow_zero_interval && max == 0)).then_some(Reason::Exact)
                    }
                    Some(max) if learned && max < policy.k => Some(Reason::PinnedBelowK),
                    Some(max) if learned && max - min < policy.min_width => Some(Reason::TooNarrow),
                    _ => None,
                };
                reason.filter(|_| flagged).map(|r| (r, min, max))
            }
        };
        if let Some((reason, min, max)) = reason {
            findings.push(Finding {
                table: table.id.clone(),
                at: number.at.clone(),
                reason,
                min,
                max,
            });
        }
    }
    Ok(Audit {
        findings,
        hidden,
        checked: numbers.len(),
    })
}

/// Names the first table whose numbers, together with those of the tables before it (in the
/// same population), cannot all be true.
fn locate_inconsistency(
    release: &Release,
    numbers: &[expand::Number],
    members: &[usize],
    sizes: &[usize],
) -> AuditError {
    let mut tables: Vec<usize> = members.iter().map(|&i| numbers[i].table).collect();
    tables.dedup();
    for (j, &t) in tables.iter().enumerate() {
        let upto = &tables[..=j];
        let subset: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| upto.contains(&numbers[i].table))
            .collect();
        let feasible = model::Model::build(numbers, &subset, sizes).and_then(|mut m| {
            for block in &mut m.blocks {
                block.targets.clear();
            }
            solve::bounds(&m)
        });
        if let Err(AuditError::Inconsistent { .. }) = feasible {
            return AuditError::Inconsistent {
                table: Some(release.tables[t].id.clone()),
            };
        }
    }
    AuditError::Inconsistent { table: None }
}
