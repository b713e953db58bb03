//! A block as a linear problem: its variables with their bounds, its rows, a number beyond any
//! count it can tell apart, and the bounds of its targets that follow from single rows without
//! solving anything.

use super::model::Block;
use good_lp::{Expression, ProblemVariables, SolverModel, Variable, variable};

/// A number beyond any finite count of the block (or at least beyond what it can tell apart).
pub(super) fn limit(block: &Block) -> f64 {
    let mut sum = 0.0;
    for row in &block.rows {
        sum += row.lo as f64 + row.hi.map_or(0.0, |h| h as f64);
    }
    for (lo, hi) in &block.bounds {
        sum += *lo as f64 + hi.map_or(0.0, |h| h as f64);
    }
    4.0 * sum + 1000.0
}

/// The block's variables (with their bounds) in a new problem.
pub(super) fn variables(block: &Block, integer: bool) -> (ProblemVariables, Vec<Variable>) {
    let mut vars = ProblemVariables::new();
    let xs = block
        .bounds
        .iter()
        .map(|&(lo, hi)| {
            let mut def = variable().min(lo as f64);
            if let Some(hi) = hi {
                def = def.max(hi as f64);
            }
            if integer {
                def = def.integer();
            }
            vars.add(def)
        })
        .collect();
    (vars, xs)
}

/// `Σ vars`.
pub(super) fn sum(xs: &[Variable], vars: &[u32]) -> Expression {
    let mut e = Expression::with_capacity(vars.len() + 2);
    for &v in vars {
        e.add_mul(1.0, xs[v as usize]);
    }
    e
}

/// Adds the block's rows: an equality where both ends meet, otherwise the ends that bind
/// (a lower end of 0 over non-negative variables only is implied).
pub(super) fn add_rows(problem: &mut impl SolverModel, block: &Block, xs: &[Variable]) {
    for row in &block.rows {
        let mut e = sum(xs, &row.pos);
        for &v in &row.neg {
            e.add_mul(-1.0, xs[v as usize]);
        }
        let lo = row.lo as f64;
        match row.hi {
            Some(hi) if hi == row.lo => {
                problem.add_constraint(e.eq(lo));
            }
            hi => {
                if let Some(hi) = hi {
                    problem.add_constraint(e.clone().leq(hi as f64));
                }
                if row.lo > 0 || !row.neg.is_empty() {
                    problem.add_constraint(e.geq(lo));
                }
            }
        }
    }
}

/// Bounds of every target that follow from single rows: at least the sum of its variables'
/// lower bounds; at most the upper bound of a row that contains it, less the lower bounds of the
/// row's other variables, or the sum of its variables' upper bounds.
pub(super) fn easy_bounds(block: &Block) -> Vec<(f64, Option<f64>)> {
    let mut rows_of: Vec<Vec<usize>> = vec![Vec::new(); block.bounds.len()];
    for (r, row) in block.rows.iter().enumerate() {
        if row.neg.is_empty() && row.hi.is_some() {
            for &v in &row.pos {
                rows_of[v as usize].push(r);
            }
        }
    }
    let lo_sum = |vars: &[u32]| -> f64 {
        vars.iter()
            .map(|&v| block.bounds[v as usize].0 as f64)
            .sum()
    };
    block
        .targets
        .iter()
        .map(|target| {
            let lo = lo_sum(&target.vars);
            let mut hi: Option<f64> = target
                .vars
                .iter()
                .map(|&v| block.bounds[v as usize].1.map(|h| h as f64))
                .sum();
            if let Some(&first) = target.vars.first() {
                for &r in &rows_of[first as usize] {
                    let row = &block.rows[r];
                    // Both lists are sorted.
                    let contains = target.vars.iter().all(|v| row.pos.binary_search(v).is_ok());
                    if let (true, Some(row_hi)) = (contains, row.hi) {
                        let rest = lo_sum(&row.pos) - lo;
                        let bound = row_hi as f64 - rest;
                        hi = Some(hi.map_or(bound, |h| h.min(bound)));
                    }
                }
            }
            (lo, hi)
        })
        .collect()
}
