//! Bounds of every hidden sum: a minimisation and a maximisation each.
//!
//! The exact answer is the optimum of an integer program; its LP relaxation is tried first. To
//! be fast, all minimisations (and, on a second core, all maximisations) share one warm-started
//! LP: the objective is one extra variable `g`, tied to each target `z_h` by a row
//! `g − z_h − u_h ≤ 0` (maximise) or `g − z_h + u_h ≥ 0` (minimise) whose switch `u_h` is
//! normally free, so the row is slack. Fixing `u_h` to 0 makes `g` the optimum of `z_h`, and the
//! dual simplex re-optimises in a few pivots; freeing it again restores the start.
//!
//! An integral LP solution is an integer optimum. Otherwise the integer optimum is at most the
//! rounded LP bound, and an integer point attaining that bound proves it: any integer point seen
//! so far, or one found by diving (fixing fractional variables to rounded values, warm). Only
//! when that fails does an integer program run from scratch.

use super::AuditError;
use super::model::{Block, Model};
use good_lp::{
    Expression, ProblemVariables, ResolutionError, Solution, SolverModel, Variable, microlp,
    variable,
};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

const EPS: f64 = 1e-6;

/// `|state, var, value|`: fixes a variable of a solved microlp problem (whose type good_lp does
/// not name) and re-optimises. Must be written where the state's type is known.
macro_rules! fix_op {
    () => {
        |s, v, x| match catch_unwind(AssertUnwindSafe(move || s.fix_var(v, x))) {
            Ok(Ok(outcome)) => outcome.into_solution().map_err(|_| Failed::Other),
            Ok(Err(e)) => Err(failure(e.into())),
            Err(_) => Err(Failed::Other),
        }
    };
}

/// `|state, var|`: releases a fixed variable and re-optimises.
macro_rules! unfix_op {
    () => {
        |s, v| match catch_unwind(AssertUnwindSafe(move || s.unfix_var(v))) {
            Ok(Ok((outcome, _))) => outcome.into_solution().map_err(|_| Failed::Other),
            Ok(Err(e)) => Err(failure(e.into())),
            Err(_) => Err(Failed::Other),
        }
    };
}

/// `|state|`: the values of all variables.
macro_rules! values_op {
    () => {
        |s| s.iter().map(|(_, x)| x).collect()
    };
}


/// The optimum of one solve: `None` when unbounded.
type Optimum = Option<f64>;

/// The integer values of every target seen at integer points of the model.
struct Seen {
    lo: Vec<f64>,
    hi: Vec<f64>,
    /// An integer point exists (so the model is consistent as an integer program).
    any: bool,
}

impl Seen {
    fn harvest(&mut self, model: &Block, x: &[f64]) {
        self.any = true;
        for (t, target) in model.targets.iter().enumerate() {
            let z: f64 = target.vars.iter().map(|&v| x[v as usize].round()).sum();
            self.lo[t] = self.lo[t].min(z);
            self.hi[t] = self.hi[t].max(z);
        }
    }
}

fn harvest(seen: &Mutex<Seen>, model: &Block, x: &[f64]) {
    if let Ok(mut seen) = seen.lock() {
        seen.harvest(model, x);
    }
}

/// Whether some integer point seen attains `bound` for target `t`.
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

/// The derived interval of every audited number of the model.
pub(super) fn bounds(model: &Model) -> Result<Vec<(usize, (u64, Option<u64>))>, AuditError> {
    let mut out = model.settled.clone();
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
    // Jobs: both directions of every block with targets, largest first.
    let mut jobs: Vec<(usize, bool)> = Vec::new();
    for (b, block) in model.blocks.iter().enumerate() {
        if !block.targets.is_empty() {
            jobs.push((b, true));
            jobs.push((b, false));
        }
    }
    jobs.sort_by_key(|&(b, _)| std::cmp::Reverse(model.blocks[b].bounds.len() * model.blocks[b].targets.len()));
    let results = run_parallel(jobs.len(), |j| {
        let (b, maximise) = jobs[j];
        sweep(&model.blocks[b], maximise, &seen[b])
    })?;
    let mut maxima: Vec<Vec<Optimum>> = vec![Vec::new(); model.blocks.len()];
    let mut minima: Vec<Vec<Optimum>> = vec![Vec::new(); model.blocks.len()];
    for (&(b, maximise), result) in jobs.iter().zip(results) {
        if maximise {
            maxima[b] = result;
        } else {
            minima[b] = result;
        }
    }
    for (b, block) in model.blocks.iter().enumerate() {
        // The optima above may come from the LP relaxation alone if the block has no integer
        // point at all; make sure it has one.
        if !seen[b].lock().is_ok_and(|s| s.any) && !block.rows.is_empty() {
            optimise(block, &[], false, &seen[b])?;
        }
        for ((target, min), max) in block.targets.iter().zip(&minima[b]).zip(&maxima[b]) {
            let min = (min.unwrap_or(0.0) - EPS).ceil().max(0.0) as u64;
            let max = max.map(|max| (max + EPS).floor().max(0.0) as u64);
            for &i in &target.numbers {
                out.push((i, (min, max)));
            }
        }
    }
    Ok(out)
}

/// Runs `jobs` jobs on the available cores; the results in job order.
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
                    Err(_) => all.push((0, Err(AuditError::Solver("a solver thread panicked".to_string())))),
                }
            }
        });
    }
    let mut results: Vec<Option<T>> = (0..jobs).map(|_| None).collect();
    // Report an inconsistency before any other failure.
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

/// A large number that no count of the model can reach unless it is unbounded.
fn limit(model: &Block) -> f64 {
    let mut sum = 0.0;
    for row in &model.rows {
        sum += row.lo as f64 + row.hi.map_or(0.0, |h| h as f64);
    }
    for (lo, hi) in &model.bounds {
        sum += *lo as f64 + hi.map_or(0.0, |h| h as f64);
    }
    4.0 * sum + 1000.0
}

/// The optimum of every target in one direction.
fn sweep(model: &Block, maximise: bool, seen: &Mutex<Seen>) -> Result<Vec<Optimum>, AuditError> {
    let mut results: Vec<Option<Optimum>> = vec![None; model.targets.len()];
    let limit = limit(model);

    let (mut vars, xs) = variables(model, false);
    let g = vars.add(if maximise {
        variable().min(0.0).max(limit)
    } else {
        variable().min(0.0)
    });
    let us: Vec<Variable> = model
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
    add_rows(&mut problem, model, &xs);
    for (target, &u) in model.targets.iter().zip(&us) {
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
    match catch_unwind(AssertUnwindSafe(move || problem.solve())) {
        Ok(Ok(solution)) => {
            let start = solution.into_inner();
            if std::env::var_os("AUDIT_DEBUG").is_some() { let st = start.stats(); eprintln!("[{maximise}] initial: {} iterations, {:?}", st.lp_iterations, st.elapsed); }
            let handles: Vec<_> = start.iter().map(|(v, _)| v).collect();
            let job = Job {
                model,
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
                |s| s.stats().lp_iterations,
            );
        }
        Ok(Err(ResolutionError::Infeasible)) => return Err(AuditError::Inconsistent { table: None }),
        // Anything else: solve each target from scratch below.
        Ok(Err(_)) | Err(_) => {}
    }
    if std::env::var_os("AUDIT_DEBUG").is_some() { eprintln!("[{maximise}] cold: {}", results.iter().filter(|r| r.is_none()).count()); }
    // What the warm LP could not settle: from scratch.
    results
        .into_iter()
        .zip(&model.targets)
        .map(|(result, target)| match result {
            Some(result) => Ok(result),
            None => optimise(model, &target.vars, maximise, seen),
        })
        .collect()
}

struct Job<'a> {
    model: &'a Block,
    maximise: bool,
    limit: f64,
    seen: &'a Mutex<Seen>,
}

/// Why a warm step failed (the state is then gone).
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

/// The warm-started sweep over all targets; see the module documentation. `S` is a solved
/// microlp problem, `V` its variable handles (`x`, then `g`, then one `u` per target). Leaves in
/// `results` what it could not settle.
fn warm<S: Clone, V: Copy>(
    job: &Job,
    start: S,
    handles: &[V],
    results: &mut [Option<Optimum>],
    fix: impl Fn(S, V, f64) -> Result<S, Failed>,
    unfix: impl Fn(S, V) -> Result<S, Failed>,
    values: impl Fn(&S) -> Vec<f64>,
    iters: impl Fn(&S) -> u64,
) {
    let model = job.model;
    let debug = std::env::var_os("AUDIT_DEBUG").is_some();
    let clock = std::time::Instant::now();
    let n = model.bounds.len();
    let u = |t: usize| handles[n + 1 + t];
    // Makes target `to` the objective: fix its switch, then free the previous one.
    let switch = |state: S, from: Option<usize>, to: usize| -> Result<S, Failed> {
        let state = fix(state, u(to), 0.0)?;
        match from {
            Some(from) => unfix(state, u(from)),
            None => Ok(state),
        }
    };
    let mut state = start;
    let first = values(&state);
    if integral(&first[..n]) {
        harvest(job.seen, model, &first[..n]);
    }

    // The LP optimum of every target; an integral one is final.
    let mut on = None;
    for t in 0..model.targets.len() {
        let c = std::time::Instant::now();
        let Ok(next) = switch(state, on, t) else { return };
        state = next;
        on = Some(t);
        let x = values(&state);
        let lp = x[n];
        if debug && t < 5 { eprintln!("[{}] switch {:?} iters {}", job.maximise, c.elapsed(), iters(&state)); }
        if job.maximise && lp >= job.limit - 0.5 {
            // Unbounded, or too large to tell: from scratch.
        } else if !job.maximise && !slack(job, &x, lp) {
            // Another target's row may bind: from scratch.
        } else if integral(&x[..n]) {
            harvest(job.seen, model, &x[..n]);
            results[t] = Some(Some(lp.round()));
        } else {
            // The rounded bound is the integer optimum if an integer point attains it.
            let bound = if job.maximise {
                (lp + EPS).floor()
            } else {
                (lp - EPS).ceil().max(0.0)
            };
            if attained(job.seen, t, bound, job.maximise) {
                results[t] = Some(Some(bound));
                if debug { eprintln!("[{}] attained", job.maximise); }
            } else if let Some(x) = dive(state.clone(), n, bound, job.maximise, &handles[..n], &fix, &values) {
                harvest(job.seen, model, &x[..n]);
                results[t] = Some(Some(bound));
                if debug { eprintln!("[{}] dive ok", job.maximise); }
            } else if debug { eprintln!("[{}] dive FAILED", job.maximise); }
        }
    }

    if debug { eprintln!("[{}] sweep {:?}: settled {}", job.maximise, clock.elapsed(), results.iter().filter(|r| r.is_some()).count()); }
}

/// In the minimisation, whether every other target's row is slack (its switch never binds).
fn slack(job: &Job, x: &[f64], g: f64) -> bool {
    job.model.targets.iter().all(|target| {
        let z: f64 = target.vars.iter().map(|&v| x[v as usize]).sum();
        z - g < job.limit - 0.5
    })
}

/// Looks for an integer point with the target at `bound`, starting from the LP optimum of the
/// target: fixes the most fractional variable to its nearest integer (or, if that is
/// infeasible, the other side) and re-optimises, until the point is integral or the optimum
/// falls short of `bound`. `None` when it gives up.
fn dive<S: Clone, V: Copy>(
    state: S,
    g: usize,
    bound: f64,
    maximise: bool,
    xs: &[V],
    fix: &impl Fn(S, V, f64) -> Result<S, Failed>,
    values: &impl Fn(&S) -> Vec<f64>,
) -> Option<Vec<f64>> {
    let debug = std::env::var_os("AUDIT_DEBUG").is_some();
    let mut state = state;
    let mut budget = None;
    loop {
        let x = values(&state);
        let short = if maximise { x[g] < bound - EPS } else { x[g] > bound + EPS };
        if short {
            if debug { eprintln!("dive: optimum {} fell short of {bound}", x[g]); }
            return None;
        }
        let fractional: Vec<(usize, f64)> = x[..xs.len()]
            .iter()
            .enumerate()
            .map(|(i, v)| (i, (v - v.round()).abs()))
            .filter(|(_, d)| *d > EPS)
            .collect();
        let Some(&(i, _)) = fractional.iter().max_by(|a, b| a.1.total_cmp(&b.1)) else {
            return Some(x);
        };
        let left = budget.get_or_insert(2 * fractional.len() + 8);
        if *left == 0 {
            if debug { eprintln!("dive: out of budget"); }
            return None;
        }
        *left -= 1;
        let near = x[i].round();
        let far = if near > x[i] { near - 1.0 } else { near + 1.0 };
        let c0 = std::time::Instant::now();
        let backup = state.clone();
        let c1 = c0.elapsed();
        let r = fix(state, xs[i], near);
        if debug && budget.is_some_and(|b| b % 50 == 0) { eprintln!("dive step: clone {:?} fix {:?}", c1, c0.elapsed() - c1); }
        state = match r {
            Ok(s) => s,
            Err(Failed::Infeasible) if far >= 0.0 => fix(backup, xs[i], far).ok()?,
            Err(_) => return None,
        };
    }
}

/// The model's variables (bounds from the model), optionally integer.
fn variables(model: &Block, integer: bool) -> (ProblemVariables, Vec<Variable>) {
    let mut vars = ProblemVariables::new();
    let xs = model
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

fn add_rows(problem: &mut impl SolverModel, model: &Block, xs: &[Variable]) {
    for row in &model.rows {
        let mut e = Expression::with_capacity(row.pos.len() + row.neg.len());
        for &v in &row.pos {
            e.add_mul(1.0, xs[v as usize]);
        }
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

/// The optimum of `Σ objective` over the integer points of the model, from scratch: the LP
/// relaxation, and an integer program only when the LP optimum is fractional and no integer
/// point seen attains its rounded bound.
fn optimise(model: &Block, objective: &[u32], maximise: bool, seen: &Mutex<Seen>) -> Result<Optimum, AuditError> {
    let target = model.targets.iter().position(|t| t.vars == objective);
    match solve(model, objective, maximise, false)? {
        Solved::Unbounded => Ok(None),
        Solved::Optimal { value, point: Some(x) } => {
            harvest(seen, model, &x);
            Ok(Some(value))
        }
        Solved::Optimal { value, point: None } => {
            let bound = if maximise {
                (value + EPS).floor()
            } else {
                (value - EPS).ceil()
            };
            if target.is_some_and(|t| attained(seen, t, bound, maximise)) {
                return Ok(Some(bound));
            }
            let c = std::time::Instant::now();
            let r = solve(model, objective, maximise, true)?;
            if std::env::var_os("AUDIT_DEBUG").is_some() { if let Solved::Optimal { value: ip, .. } = &r { eprintln!("IP {:?} lp {value} ip {ip} max {maximise}", c.elapsed()); } }
            match r {
                Solved::Unbounded => Ok(None),
                Solved::Optimal { value, point } => {
                    if let Some(x) = point {
                        harvest(seen, model, &x);
                    }
                    Ok(Some(value))
                }
            }
        }
    }
}

enum Solved {
    Unbounded,
    /// The optimum, and the solution if it is integral.
    Optimal { value: f64, point: Option<Vec<f64>> },
}

fn solve(model: &Block, objective: &[u32], maximise: bool, integer: bool) -> Result<Solved, AuditError> {
    let (vars, xs) = variables(model, integer);
    let mut goal = Expression::with_capacity(objective.len());
    for &v in objective {
        goal.add_mul(1.0, xs[v as usize]);
    }
    let mut problem = if maximise {
        vars.maximise(goal)
    } else {
        vars.minimise(goal)
    }
    .using(microlp);
    add_rows(&mut problem, model, &xs);
    let solved = catch_unwind(AssertUnwindSafe(move || problem.solve()))
        .map_err(|_| AuditError::Solver("the LP solver panicked".to_string()))?;
    match solved {
        Ok(solution) => {
            let x: Vec<f64> = xs.iter().map(|&v| solution.value(v)).collect();
            let value = objective.iter().map(|&v| x[v as usize]).sum();
            let point = integral(&x).then_some(x);
            Ok(Solved::Optimal { value, point })
        }
        Err(ResolutionError::Unbounded) => Ok(Solved::Unbounded),
        Err(ResolutionError::Infeasible) => Err(AuditError::Inconsistent { table: None }),
        Err(e) => Err(AuditError::Solver(e.to_string())),
    }
}
