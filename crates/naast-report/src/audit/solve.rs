//! The interval of every hidden sum: its minimum and maximum over the integer points of its
//! block.
//!
//! The exact answer is the optimum of an integer program; its LP relaxation comes first. An
//! integral LP optimum is the integer optimum. Otherwise the integer optimum is at most the LP
//! optimum rounded inwards, and any integer point attaining that bound proves it: a point seen
//! earlier (every integer point found is kept, as the value of every target there), or one found
//! by diving (fix the most fractional variable to its nearest integer, re-optimise, repeat).
//! Only when that fails does an integer program run from scratch.
//!
//! To be fast, the maximisations of one block (and, on another core, its minimisations) share
//! one warm-started LP. Its objective is one extra variable `g`, tied to each target `z_t` by a
//! row `g − z_t − u_t ≤ 0` (maximise) or `g − z_t + u_t ≥ 0` (minimise) whose switch
//! `u_t ∈ [0, L]` (`L` beyond any finite count) keeps the row slack. Fixing `u_t` to 0 makes the
//! optimum of `g` that of `z_t`; the dual simplex gets there in a few pivots from the previous
//! target's optimum, whose switch is then freed again.
//!
//! good_lp does not name microlp's solved-problem type, whose `fix_var` and `unfix_var` make the
//! warm start possible; the generic functions below take it as `S` and the operations as
//! closures written where the type is inferred ([`fix_op`], [`unfix_op`], [`values_op`]). Every
//! call into microlp is guarded with `catch_unwind`.

use super::AuditError;
use super::model::{Block, Model};
use super::problem::{add_rows, easy_bounds, limit, sum, variables};
use good_lp::{Expression, ResolutionError, Solution, SolverModel, Variable, microlp, variable};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

const EPS: f64 = 1e-6;

/// `|state, var, value|`: fixes a variable of a solved microlp problem and re-optimises.
macro_rules! fix_op {
    () => {
        |s, v, x| match catch_unwind(AssertUnwindSafe(move || s.fix_var(v, x))) {
            Ok(Ok(outcome)) => outcome.into_solution().map_err(|_| Failed::Other),
            Ok(Err(e)) => Err(failure(e.into())),
            Err(_) => Err(Failed::Other),
        }
    };
}

/// `|state, var|`: releases a variable fixed by [`fix_op`] and re-optimises.
macro_rules! unfix_op {
    () => {
        |s, v| match catch_unwind(AssertUnwindSafe(move || s.unfix_var(v))) {
            Ok(Ok((outcome, _))) => outcome.into_solution().map_err(|_| Failed::Other),
            Ok(Err(e)) => Err(failure(e.into())),
            Err(_) => Err(Failed::Other),
        }
    };
}

/// `|state|`: the values of all variables of a solved microlp problem.
macro_rules! values_op {
    () => {
        |s| s.iter().map(|(_, x)| x).collect()
    };
}

/// A derived interval: `(min, max)`, `max` `None` when unbounded.
pub(super) type Bounds = (u64, Option<u64>);

/// The optimum of one target in one direction: `None` when unbounded.
type Optimum = Option<f64>;

/// Why a warm step failed (its state is then gone).
enum Failed {
    Infeasible,
    Other,
}

fn failure(e: ResolutionError) -> Failed {
    match e {
        ResolutionError::Infeasible => Failed::Infeasible,
        _ => Failed::Other,
    }
}

/// The least and greatest value of every target at the integer points found so far.
struct Seen {
    lo: Vec<f64>,
    hi: Vec<f64>,
    /// An integer point exists (so the block is consistent as an integer program).
    any: bool,
}

fn harvest(seen: &Mutex<Seen>, block: &Block, x: &[f64]) {
    if let Ok(mut seen) = seen.lock() {
        seen.any = true;
        for (t, target) in block.targets.iter().enumerate() {
            let z: f64 = target.vars.iter().map(|&v| x[v as usize].round()).sum();
            seen.lo[t] = seen.lo[t].min(z);
            seen.hi[t] = seen.hi[t].max(z);
        }
    }
}

/// Whether an integer point seen attains `bound` for target `t`.
fn attained(seen: &Mutex<Seen>, t: usize, bound: f64, maximise: bool) -> bool {
    seen.lock().is_ok_and(|seen| {
        if maximise {
            seen.hi[t] >= bound - EPS
        } else {
            seen.lo[t] <= bound + EPS
        }
    })
}

fn integral(x: &[f64]) -> bool {
    x.iter().all(|v| (v - v.round()).abs() <= EPS)
}

/// The LP optimum rounded inwards: a bound on the integer optimum.
fn rounded(lp: f64, maximise: bool) -> f64 {
    if maximise {
        (lp + EPS).floor()
    } else {
        (lp - EPS).ceil().max(0.0)
    }
}

/// The derived interval of every audited number of the model.
pub(super) fn bounds(model: &Model) -> Result<Vec<(usize, Bounds)>, AuditError> {
    let seen: Vec<Mutex<Seen>> = model
        .blocks
        .iter()
        .map(|b| {
            Mutex::new(Seen {
                lo: vec![f64::INFINITY; b.targets.len()],
                hi: vec![f64::NEG_INFINITY; b.targets.len()],
                any: false,
            })
        })
        .collect();
    // Both directions of every block with targets, and the consistency of every block without,
    // the largest first.
    let mut jobs: Vec<(usize, Option<bool>)> = Vec::new();
    for (b, block) in model.blocks.iter().enumerate() {
        if block.targets.is_empty() {
            jobs.push((b, None));
        } else {
            jobs.push((b, Some(true)));
            jobs.push((b, Some(false)));
        }
    }
    let size = |b: usize| model.blocks[b].bounds.len() * (model.blocks[b].targets.len() + 1);
    jobs.sort_by_key(|&(b, _)| std::cmp::Reverse(size(b)));
    let results = run_parallel(jobs.len(), |j| match jobs[j] {
        (b, Some(maximise)) => sweep(&model.blocks[b], maximise, &seen[b]),
        (b, None) => feasible(&model.blocks[b], &seen[b]).map(|()| Vec::new()),
    })?;

    let mut maxima: Vec<Vec<Optimum>> = vec![Vec::new(); model.blocks.len()];
    let mut minima: Vec<Vec<Optimum>> = vec![Vec::new(); model.blocks.len()];
    for (&(b, direction), result) in jobs.iter().zip(results) {
        match direction {
            Some(true) => maxima[b] = result,
            Some(false) => minima[b] = result,
            None => {}
        }
    }
    let mut out = model.settled.clone();
    for (b, block) in model.blocks.iter().enumerate() {
        // The optima may all be LP optima if the block has no integer point at all.
        if !block.targets.is_empty() && !seen[b].lock().is_ok_and(|s| s.any) {
            feasible(block, &seen[b])?;
        }
        for ((target, min), max) in block.targets.iter().zip(&minima[b]).zip(&maxima[b]) {
            let min = rounded(min.unwrap_or(0.0), false) as u64;
            let max = max.map(|max| rounded(max, true).max(0.0) as u64);
            for &i in &target.numbers {
                out.push((i, (min, max)));
            }
        }
    }
    Ok(out)
}

/// Runs `jobs` jobs on the available cores; the results in job order. An inconsistency wins
/// over other errors.
fn run_parallel<T: Send>(
    jobs: usize,
    run: impl Fn(usize) -> Result<T, AuditError> + Sync,
) -> Result<Vec<T>, AuditError> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs)
        .max(1);
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let work = || {
        let mut done = Vec::new();
        while !failed.load(Ordering::Relaxed) {
            let job = next.fetch_add(1, Ordering::Relaxed);
            if job >= jobs {
                break;
            }
            let result = run(job);
            if result.is_err() {
                failed.store(true, Ordering::Relaxed);
            }
            done.push((job, result));
        }
        done
    };
    let mut all: Vec<(usize, Result<T, AuditError>)> = Vec::with_capacity(jobs);
    if threads == 1 {
        all = work();
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads).map(|_| scope.spawn(work)).collect();
            for handle in handles {
                match handle.join() {
                    Ok(done) => all.extend(done),
                    Err(_) => all.push((
                        0,
                        Err(AuditError::Solver("a solver thread panicked".to_string())),
                    )),
                }
            }
        });
    }
    let mut results: Vec<Option<T>> = (0..jobs).map(|_| None).collect();
    let mut error = None;
    for (job, result) in all {
        match result {
            Ok(v) => results[job] = Some(v),
            Err(e @ AuditError::Inconsistent { .. }) => return Err(e),
            Err(e) => error = Some(e),
        }
    }
    if let Some(e) = error {
        return Err(e);
    }
    results
        .into_iter()
        .map(|r| r.ok_or_else(|| AuditError::Solver("a solver job did not finish".to_string())))
        .collect()
}
/// The optimum of every target of the block in one direction.
fn sweep(block: &Block, maximise: bool, seen: &Mutex<Seen>) -> Result<Vec<Optimum>, AuditError> {
    let mut results: Vec<Option<Optimum>> = vec![None; block.targets.len()];
    let limit = limit(block);

    let (mut vars, xs) = variables(block, false);
    let g = vars.add(if maximise {
        variable().min(0.0).max(limit)
    } else {
        variable().min(0.0)
    });
    let us: Vec<Variable> = block
        .targets
        .iter()
        .map(|_| vars.add(variable().min(0.0).max(limit)))
        .collect();
    let mut problem = if maximise {
        vars.maximise(g)
    } else {
        vars.minimise(g)
    }
    .using(microlp);
    add_rows(&mut problem, block, &xs);
    for (target, &u) in block.targets.iter().zip(&us) {
        let mut e = Expression::with_capacity(target.vars.len() + 2);
        e.add_mul(1.0, g);
        for &v in &target.vars {
            e.add_mul(-1.0, xs[v as usize]);
        }
        if maximise {
            e.add_mul(-1.0, u);
            problem.add_constraint(e.leq(0.0));
        } else {
            e.add_mul(1.0, u);
            problem.add_constraint(e.geq(0.0));
        }
    }
    // If this fails (an infeasible model included, which a cold solve then confirms), every
    // target is solved from scratch below.
    if let Ok(Ok(solution)) = catch_unwind(AssertUnwindSafe(move || problem.solve())) {
        let start = solution.into_inner();
        let handles: Vec<_> = start.iter().map(|(v, _)| v).collect();
        let job = Job {
            block,
            maximise,
            limit,
            seen,
        };
        warm(
            &job,
            start,
            &handles,
            &mut results,
            fix_op!(),
            unfix_op!(),
            values_op!(),
        );
    }
    results
        .into_iter()
        .zip(&block.targets)
        .map(|(result, target)| match result {
            Some(result) => Ok(result),
            None => optimise(block, &target.vars, maximise, seen),
        })
        .collect()
}

struct Job<'a> {
    block: &'a Block,
    maximise: bool,
    limit: f64,
    seen: &'a Mutex<Seen>,
}

/// The warm-started sweep over all targets of a block (see the module documentation). `S` is
/// the solved problem, `handles` its variables: the block's, then `g`, then one switch per
/// target. Leaves `None` in `results` for what it could not settle.
fn warm<S: Clone, V: Copy>(
    job: &Job,
    start: S,
    handles: &[V],
    results: &mut [Option<Optimum>],
    fix: impl Fn(S, V, f64) -> Result<S, Failed>,
    unfix: impl Fn(S, V) -> Result<S, Failed>,
    values: impl Fn(&S) -> Vec<f64>,
) {
    let block = job.block;
    let n = block.bounds.len();
    let switch = |t: usize| handles[n + 1 + t];
    let mut state = start;
    let first = values(&state);
    if integral(&first[..n]) {
        harvest(job.seen, block, &first[..n]);
    }
    let easy = easy_bounds(block);
    let mut on: Option<usize> = None;
    for (t, result) in results.iter_mut().enumerate() {
        // A bound that any solution obeys, attained by an integer point seen: no LP needed.
        let (lo, hi) = easy[t];
        let bound = if job.maximise { hi } else { Some(lo) };
        if let Some(bound) = bound
            && attained(job.seen, t, bound, job.maximise)
        {
            *result = Some(Some(bound));
            continue;
        }
        // Make target t the objective: fix its switch, then free the previous one.
        let Ok(next) = fix(state, switch(t), 0.0) else {
            return;
        };
        state = next;
        if let Some(previous) = on {
            let Ok(next) = unfix(state, switch(previous)) else {
                return;
            };
            state = next;
        }
        on = Some(t);
        let x = values(&state);
        let lp = x[n];
        if job.maximise && lp >= job.limit - 0.5 {
            // Unbounded, or too large to tell: from scratch.
            continue;
        }
        if !job.maximise && !slack(job, &x, lp) {
            // Another target's row may bind: from scratch.
            continue;
        }
        if integral(&x[..n]) {
            harvest(job.seen, block, &x[..n]);
            *result = Some(Some(lp.round()));
            continue;
        }
        let bound = rounded(lp, job.maximise);
        if attained(job.seen, t, bound, job.maximise) {
            *result = Some(Some(bound));
        } else if let Some(x) = dive(
            state.clone(),
            Some((n, bound, job.maximise)),
            &handles[..n],
            &fix,
            &values,
        ) {
            harvest(job.seen, block, &x[..n]);
            *result = Some(Some(bound));
        }
    }
}
/// In the minimisation, whether every other target's row is slack at `x` (its switch, bounded by
/// the limit, does not bind).
fn slack(job: &Job, x: &[f64], g: f64) -> bool {
    job.block.targets.iter().all(|target| {
        let z: f64 = target.vars.iter().map(|&v| x[v as usize]).sum();
        z - g < job.limit - 0.5
    })
}

/// Looks for an integer point from an LP optimum: fixes the most fractional variable to its
/// nearest integer (or, if that is infeasible, the other side) and re-optimises, until the point
/// is integral. With `objective` `(g, bound, maximise)`, gives up as soon as variable `g` falls
/// short of `bound`. `None` when it gives up.
fn dive<S: Clone, V: Copy>(
    mut state: S,
    objective: Option<(usize, f64, bool)>,
    xs: &[V],
    fix: &impl Fn(S, V, f64) -> Result<S, Failed>,
    values: &impl Fn(&S) -> Vec<f64>,
) -> Option<Vec<f64>> {
    let mut budget = None;
    loop {
        let x = values(&state);
        if let Some((g, bound, maximise)) = objective {
            let short = if maximise {
                x[g] < bound - EPS
            } else {
                x[g] > bound + EPS
            };
            if short {
                return None;
            }
        }
        let mut fractional = 0;
        let mut pick: Option<(usize, f64)> = None;
        for (i, v) in x[..xs.len()].iter().enumerate() {
            let d = (v - v.round()).abs();
            if d > EPS {
                fractional += 1;
                if pick.is_none_or(|(_, best)| d > best) {
                    pick = Some((i, d));
                }
            }
        }
        let Some((i, _)) = pick else {
            return Some(x);
        };
        let left = budget.get_or_insert(2 * fractional + 8);
        if *left == 0 {
            return None;
        }
        *left -= 1;
        let near = x[i].round();
        let far = if near > x[i] { near - 1.0 } else { near + 1.0 };
        let backup = state.clone();
        state = match fix(state, xs[i], near) {
            Ok(s) => s,
            Err(Failed::Infeasible) if far >= 0.0 => fix(backup, xs[i], far).ok()?,
            Err(_) => return None,
        };
    }
}

/// The optimum of `Σ objective` over the integer points of the block, from scratch: the LP
/// relaxation, then a dive, then an integer program. `None` when unbounded.
fn optimise(
    block: &Block,
    objective: &[u32],
    maximise: bool,
    seen: &Mutex<Seen>,
) -> Result<Optimum, AuditError> {
    let (mut vars, xs) = variables(block, false);
    let g = vars.add(variable().min(0.0));
    let mut problem = if maximise {
        vars.maximise(g)
    } else {
        vars.minimise(g)
    }
    .using(microlp);
    add_rows(&mut problem, block, &xs);
    problem.add_constraint(sum(&xs, objective).eq(g));
    let solution = match catch_unwind(AssertUnwindSafe(move || problem.solve())) {
        Ok(Ok(solution)) => solution.into_inner(),
        Ok(Err(ResolutionError::Unbounded)) => return Ok(None),
        Ok(Err(ResolutionError::Infeasible)) => {
            return Err(AuditError::Inconsistent { table: None });
        }
        Ok(Err(e)) => return Err(AuditError::Solver(e.to_string())),
        Err(_) => return Err(AuditError::Solver("the LP solver panicked".to_string())),
    };
    let n = block.bounds.len();
    let x: Vec<f64> = solution.iter().map(|(_, x)| x).collect();
    if integral(&x[..n]) {
        harvest(seen, block, &x[..n]);
        return Ok(Some(x[n].round()));
    }
    let bound = rounded(x[n], maximise);
    let target = block.targets.iter().position(|t| t.vars == objective);
    if target.is_some_and(|t| attained(seen, t, bound, maximise)) {
        return Ok(Some(bound));
    }
    let handles: Vec<_> = solution.iter().map(|(v, _)| v).collect();
    if let Some(x) = dive(
        solution,
        Some((n, bound, maximise)),
        &handles[..n],
        &fix_op!(),
        &values_op!(),
    ) {
        harvest(seen, block, &x[..n]);
        return Ok(Some(bound));
    }
    integer_optimum(block, objective, maximise, seen)
}

/// The integer program, from scratch.
fn integer_optimum(
    block: &Block,
    objective: &[u32],
    maximise: bool,
    seen: &Mutex<Seen>,
) -> Result<Optimum, AuditError> {
    let (vars, xs) = variables(block, true);
    let goal = sum(&xs, objective);
    let mut problem = if maximise {
        vars.maximise(goal)
    } else {
        vars.minimise(goal)
    }
    .using(microlp);
    add_rows(&mut problem, block, &xs);
    let solved = catch_unwind(AssertUnwindSafe(move || problem.solve()))
        .map_err(|_| AuditError::Solver("the integer-programming solver panicked".to_string()))?;
    match solved {
        Ok(solution) => {
            let x: Vec<f64> = xs.iter().map(|&v| solution.value(v)).collect();
            harvest(seen, block, &x);
            Ok(Some(objective.iter().map(|&v| x[v as usize]).sum()))
        }
        Err(ResolutionError::Unbounded) => Ok(None),
        Err(ResolutionError::Infeasible) => Err(AuditError::Inconsistent { table: None }),
        Err(e) => Err(AuditError::Solver(e.to_string())),
    }
}

/// Whether the block has an integer point at all; an error if not.
fn feasible(block: &Block, seen: &Mutex<Seen>) -> Result<(), AuditError> {
    if block.rows.is_empty() {
        return Ok(());
    }
    optimise(block, &[], false, seen).map(|_| ())
}
