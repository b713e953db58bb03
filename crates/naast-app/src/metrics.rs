//! Counters this instance keeps for `/metrics` (naast-web): events the database does not
//! record as such, counted since the process started. Counts only: no ids, no names.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// Sign-ins refused at the password step (a wrong address or password).
pub static SIGN_IN_FAILED_PASSWORD: AtomicU64 = AtomicU64::new(0);
/// Sign-ins refused at the second step (a wrong authenticator or recovery code).
pub static SIGN_IN_FAILED_SECOND_FACTOR: AtomicU64 = AtomicU64::new(0);
/// Intakes committed and acknowledged by this instance (every channel).
pub static INTAKES_ACKNOWLEDGED: AtomicU64 = AtomicU64::new(0);

/// Background jobs this instance ran, by kind and outcome (`ok`, `failed`).
static JOB_RUNS: Mutex<BTreeMap<(String, &'static str), u64>> = Mutex::new(BTreeMap::new());

pub(crate) fn bump(counter: &AtomicU64) {
    counter.fetch_add(1, Ordering::Relaxed);
}

pub(crate) fn job_ran(kind: &str, ok: bool) {
    if let Ok(mut runs) = JOB_RUNS.lock() {
        *runs
            .entry((kind.to_string(), if ok { "ok" } else { "failed" }))
            .or_insert(0) += 1;
    }
}

/// The job runs counted so far: `(kind, outcome, count)`.
pub fn job_runs() -> Vec<(String, &'static str, u64)> {
    JOB_RUNS
        .lock()
        .map(|runs| runs.iter().map(|((k, o), n)| (k.clone(), *o, *n)).collect())
        .unwrap_or_default()
}

pub fn read(counter: &AtomicU64) -> u64 {
    counter.load(Ordering::Relaxed)
}
