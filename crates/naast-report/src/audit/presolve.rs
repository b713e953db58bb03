//! The presolve of a population's model: variables that the rows force to zero are removed,
//! the rest renumbered within their independent block, a row of one variable becomes that
//! variable's bounds, rows over the same variables are merged, and the audited numbers that are
//! the same sum become one target.

use super::AuditError;
use super::model::{Audited, Block, Row, Target, inconsistent};
use std::collections::HashMap;

/// The variables that rows force to zero.
pub(super) fn zero_variables(rows: &[Row], nvars: usize) -> Result<Vec<bool>, AuditError> {
    let mut zero = vec![false; nvars];
    loop {
        let mut changed = false;
        for row in rows {
            let pos_zero = row.pos.iter().all(|&v| zero[v as usize]);
            let neg_zero = row.neg.iter().all(|&v| zero[v as usize]);
            let mut fix = |vars: &[u32]| {
                for &v in vars {
                    if !zero[v as usize] {
                        zero[v as usize] = true;
                        changed = true;
                    }
                }
            };
            if row.hi == Some(0) && neg_zero {
                fix(&row.pos);
            }
            if pos_zero {
                // Σ neg <= -lo <= 0.
                if row.lo > 0 && neg_zero {
                    return Err(inconsistent());
                }
                fix(&row.neg);
            }
        }
        if !changed {
            break;
        }
    }
    Ok(zero)
}

/// The variables that are not zero, renumbered within their block.
pub(super) struct Compactor {
    zero: Vec<bool>,
    var_block: Vec<usize>,
    new_index: Vec<u32>,
    /// Variables per block.
    counts: Vec<u32>,
}

impl Compactor {
    pub(super) fn new(zero: Vec<bool>, var_block: Vec<usize>, nblocks: usize) -> Compactor {
        let nvars = zero.len();
        let mut new_index = vec![u32::MAX; nvars];
        let mut counts = vec![0u32; nblocks];
        for v in 0..nvars {
            if !zero[v] {
                new_index[v] = counts[var_block[v]];
                counts[var_block[v]] += 1;
            }
        }
        Compactor {
            zero,
            var_block,
            new_index,
            counts,
        }
    }

    /// A variable list as (block, renumbered variables); `None` when all are zero.
    fn compact(&self, vars: &[u32]) -> (Option<usize>, Vec<u32>) {
        let block = vars
            .iter()
            .find(|&&v| !self.zero[v as usize])
            .map(|&v| self.var_block[v as usize]);
        let mut out: Vec<u32> = vars
            .iter()
            .filter(|&&v| !self.zero[v as usize])
            .map(|&v| self.new_index[v as usize])
            .collect();
        out.sort_unstable();
        (block, out)
    }

    /// One block per independent part, with its variables unbounded above and nothing else.
    pub(super) fn empty_blocks(&self) -> Vec<Block> {
        self.counts
            .iter()
            .map(|&n| Block {
                bounds: vec![(0, None); n as usize],
                rows: Vec::new(),
                targets: Vec::new(),
            })
            .collect()
    }

    /// Puts every row in its block: a row of one variable as that variable's bounds, rows over
    /// the same variables merged into one, a row over zeros only dropped (or refused when it
    /// needs more than zero).
    pub(super) fn place_rows(
        &self,
        rows: Vec<Row>,
        blocks: &mut [Block],
    ) -> Result<(), AuditError> {
        type RowKey = (usize, Vec<u32>, Vec<u32>);
        let mut merged: HashMap<RowKey, (u64, Option<u64>)> = HashMap::new();
        let mut order = Vec::new();
        for row in rows {
            let (pb, pos) = self.compact(&row.pos);
            let (nb, neg) = self.compact(&row.neg);
            let Some(block) = pb.or(nb) else {
                if row.lo > 0 {
                    return Err(inconsistent());
                }
                continue;
            };
            match (pos.as_slice(), neg.as_slice()) {
                ([v], []) => {
                    let b = &mut blocks[block].bounds[*v as usize];
                    *b = intersect(*b, (row.lo, row.hi))?;
                }
                _ => {
                    let key = (block, pos, neg);
                    match merged.get_mut(&key) {
                        Some(b) => *b = intersect(*b, (row.lo, row.hi))?,
                        None => {
                            merged.insert(key.clone(), (row.lo, row.hi));
                            order.push(key);
                        }
                    }
                }
            }
        }
        for key in order {
            let (lo, hi) = merged[&key];
            let (block, pos, neg) = key;
            blocks[block].rows.push(Row { pos, neg, lo, hi });
        }
        Ok(())
    }

    /// Puts every audited number in its block, numbers that are the same sum as one target;
    /// returns those over zeros only, settled at zero.
    pub(super) fn place_targets(
        &self,
        targets: Vec<Audited>,
        blocks: &mut [Block],
    ) -> Vec<(usize, (u64, Option<u64>))> {
        let mut settled = Vec::new();
        let mut distinct: HashMap<(usize, Vec<u32>), usize> = HashMap::new();
        for (i, vars) in targets {
            let (block, vars) = vars.map(|v| self.compact(&v)).unwrap_or_default();
            let Some(block) = block else {
                settled.push((i, (0, Some(0))));
                continue;
            };
            let key = (block, vars);
            match distinct.get(&key) {
                Some(&t) => blocks[block].targets[t].numbers.push(i),
                None => {
                    let targets = &mut blocks[block].targets;
                    distinct.insert(key.clone(), targets.len());
                    targets.push(Target {
                        vars: key.1,
                        numbers: vec![i],
                    });
                }
            }
        }
        settled
    }
}

fn intersect(
    a: (u64, Option<u64>),
    b: (u64, Option<u64>),
) -> Result<(u64, Option<u64>), AuditError> {
    let lo = a.0.max(b.0);
    let hi = match (a.1, b.1) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    if hi.is_some_and(|hi| hi < lo) {
        return Err(inconsistent());
    }
    Ok((lo, hi))
}
