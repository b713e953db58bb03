//! The job queue in the database. Any instance may run a job; a lease (`locked_until`) makes
//! sure one runs it at a time, and a job whose runner died is picked up again when its lease
//! runs out. Failures are retried with exponential back-off and recorded; after
//! `max_attempts` the job is marked failed and kept for a person to look at.

use crate::row::{i, os, s};
use crate::{Db, Result};

#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub attempts: i64,
    pub max_attempts: i64,
}

#[derive(Debug, Clone)]
pub struct JobRow {
    pub id: i64,
    pub kind: String,
    pub run_at: i64,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub state: &'static str,
}

/// Queues a job to run at `run_at`.
pub async fn enqueue(
    ex: impl sqlx::Executor<'_, Database = sqlx::Any>,
    kind: &str,
    payload: &str,
    run_at: i64,
) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO jobs (kind, payload, run_at, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(kind)
    .bind(payload)
    .bind(run_at)
    .bind(crate::now())
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

/// Queues a job of a kind that runs for everybody (retention, the backup, a purge) unless
/// one of that kind is already waiting; returns whether this call queued it. The unique index
/// `jobs_one_waiting` (migration 0034) decides between instances that try at the same moment:
/// the one that comes second gets a conflict, which here means "already queued".
pub async fn enqueue_once(db: &Db, kind: &str, run_at: i64) -> Result<bool> {
    match enqueue(db.pool(), kind, "", run_at).await {
        Ok(_) => Ok(true),
        Err(crate::StoreError::Conflict) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Takes the next due job for `worker` with a lease of `lease_secs`, or `None`.
///
/// The outer `WHERE` repeats the conditions of the inner choice: when two instances pick the same
/// row at once, PostgreSQL re-checks them on the row the first one updated and the second gets
/// nothing; SQLite serialises writers anyway.
pub async fn claim(db: &Db, worker: &str, now: i64, lease_secs: i64) -> Result<Option<Job>> {
    let mut tx = db.begin().await?;
    let r = sqlx::query(
        "UPDATE jobs SET locked_by = $1, locked_until = $2, attempts = attempts + 1 \
         WHERE id = (SELECT id FROM jobs WHERE done_at IS NULL AND failed_at IS NULL AND run_at <= $3 \
                     AND (locked_until IS NULL OR locked_until < $3) ORDER BY run_at, id LIMIT 1) \
           AND done_at IS NULL AND failed_at IS NULL AND (locked_until IS NULL OR locked_until < $3) \
         RETURNING id, kind, payload, attempts, max_attempts",
    )
    .bind(worker)
    .bind(now + lease_secs)
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    tx.commit().await?;
    r.map(|r| {
        Ok(Job {
            id: i(&r, "id")?,
            kind: s(&r, "kind")?,
            payload: s(&r, "payload")?,
            attempts: i(&r, "attempts")?,
            max_attempts: i(&r, "max_attempts")?,
        })
    })
    .transpose()
}

pub async fn complete(db: &Db, id: i64, worker: &str) -> Result<()> {
    sqlx::query(
        "UPDATE jobs SET done_at = $1, locked_until = NULL WHERE id = $2 AND locked_by = $3",
    )
    .bind(crate::now())
    .bind(id)
    .bind(worker)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Records a failure: retried after 30 s · 2^(attempts-1) (capped at a day), or marked failed
/// after the last attempt. `error` must not contain personal data.
pub async fn fail(db: &Db, job: &Job, worker: &str, error: &str) -> Result<()> {
    let now = crate::now();
    let backoff = (30i64 << (job.attempts - 1).clamp(0, 12)).min(86_400);
    let failed = job.attempts >= job.max_attempts;
    sqlx::query(
        "UPDATE jobs SET last_error = $1, locked_until = NULL, run_at = $2, failed_at = $3 \
         WHERE id = $4 AND locked_by = $5",
    )
    .bind(error.chars().take(500).collect::<String>())
    .bind(now + backoff)
    .bind(if failed { Some(now) } else { None })
    .bind(job.id)
    .bind(worker)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Recent jobs, newest first, for the coordinator's page.
pub async fn recent(db: &Db, limit: i64) -> Result<Vec<JobRow>> {
    let rows = sqlx::query(
        "SELECT id, kind, run_at, attempts, last_error, done_at, failed_at FROM jobs ORDER BY id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let state = if crate::row::oi(r, "done_at")?.is_some() {
                "done"
            } else if crate::row::oi(r, "failed_at")?.is_some() {
                "failed"
            } else {
                "queued"
            };
            Ok(JobRow {
                id: i(r, "id")?,
                kind: s(r, "kind")?,
                run_at: i(r, "run_at")?,
                attempts: i(r, "attempts")?,
                last_error: os(r, "last_error")?,
                state,
            })
        })
        .collect()
}

/// Whether a job of `kind` is waiting to run or finished after `since`.
pub async fn pending_or_done_since(db: &Db, kind: &str, since: i64) -> Result<bool> {
    let r = sqlx::query(
        "SELECT COUNT(*) AS n FROM jobs WHERE kind = $1 AND ((done_at IS NULL AND failed_at IS NULL) OR done_at > $2)",
    )
    .bind(kind)
    .bind(since)
        .fetch_one(db.pool())
        .await?;
    Ok(i(&r, "n")? > 0)
}
