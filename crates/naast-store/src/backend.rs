//! What differs between SQLite and PostgreSQL, and nothing else.

use crate::migrate::Migration;
use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, Executor};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackendKind {
    Sqlite,
    Postgres,
}

/// A storage backend: its connection set-up, its migrations and its transaction dialect.
pub trait Backend: Send + Sync + 'static {
    fn kind(&self) -> BackendKind;
    fn migrations(&self) -> &'static [Migration];
    /// The statement that opens a transaction that will write. SQLite takes the write lock up
    /// front (`BEGIN IMMEDIATE`) so that two writers wait instead of failing half-way.
    fn begin_write(&self) -> &'static str;
    /// Serialises appends to the audit chain across instances, inside a write transaction.
    fn lock_audit(&self) -> Option<&'static str>;
    /// Serialises migrations across instances starting at once.
    fn lock_migrations(&self) -> Option<&'static str>;
    /// What runs after personal data was erased or destroyed (outside any transaction), so
    /// that the old bytes do not linger where the database keeps them: SQLite moves the WAL
    /// (whose frames still hold the pages as they were) into the database file, where
    /// `secure_delete` already zeroed the deleted content, and truncates it; PostgreSQL
    /// vacuums the tables that held it, so that their dead tuples become free space.
    fn scrub(&self) -> &'static [&'static str];
}

pub struct Sqlite;
pub struct Postgres;

impl Backend for Sqlite {
    fn kind(&self) -> BackendKind {
        BackendKind::Sqlite
    }
    fn migrations(&self) -> &'static [Migration] {
        crate::migrate::SQLITE
    }
    fn begin_write(&self) -> &'static str {
        "BEGIN IMMEDIATE"
    }
    fn lock_audit(&self) -> Option<&'static str> {
        None
    }
    fn lock_migrations(&self) -> Option<&'static str> {
        None
    }
    fn scrub(&self) -> &'static [&'static str] {
        &["PRAGMA wal_checkpoint(TRUNCATE)"]
    }
}

impl Backend for Postgres {
    fn kind(&self) -> BackendKind {
        BackendKind::Postgres
    }
    fn migrations(&self) -> &'static [Migration] {
        crate::migrate::POSTGRES
    }
    fn begin_write(&self) -> &'static str {
        "BEGIN"
    }
    fn lock_audit(&self) -> Option<&'static str> {
        Some("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE")
    }
    fn lock_migrations(&self) -> Option<&'static str> {
        Some("SELECT pg_advisory_xact_lock(7461636)")
    }
    fn scrub(&self) -> &'static [&'static str] {
        &[
            "VACUUM data_keys, persons, cases, case_entries, tasks, case_parties, attachments, \
             status_links, status_codes, case_verdicts, outbox, jobs, throttle",
        ]
    }
}

/// **Test only.** Names a file holding a number of pages: every connection taken from the
/// SQLite pool first sets `PRAGMA max_page_count` to it, so that a test can make the embedded
/// database "full" and give it room again while Naast serves. A page limit stands in for a
/// full disk (SQLite answers both with `SQLITE_FULL`); filling a real disk in a test would
/// need a mount of its own. Not a setting: never set it in production.
pub const TEST_MAX_PAGES_FILE: &str = "NAAST_TEST_SQLITE_MAX_PAGES_FILE";

/// Applies the page limit in `file` (see [`TEST_MAX_PAGES_FILE`]); no file or no number: no
/// limit is set.
async fn test_max_pages(
    conn: &mut sqlx::AnyConnection,
    file: &std::path::Path,
) -> Result<(), sqlx::Error> {
    let pages = std::fs::read_to_string(file)
        .ok()
        .and_then(|t| t.trim().parse::<u32>().ok());
    if let Some(n) = pages {
        sqlx::query(sqlx::AssertSqlSafe(format!("PRAGMA max_page_count = {n}")))
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Opens a pool for `url` (`sqlite:` or `postgres:`), returning the matching backend.
pub(crate) async fn connect(url: &str) -> Result<(AnyPool, &'static dyn Backend), sqlx::Error> {
    sqlx::any::install_default_drivers();
    if url.starts_with("sqlite:") {
        // SQLite allows one writer: a small pool, WAL so readers never block the writer,
        // synchronous=FULL so an acknowledged write survives a power cut, secure_delete so that
        // deleted content (an erased citizen, a shredded key) is overwritten with zeros.
        let mut options = AnyPoolOptions::new().max_connections(4);
        if let Some(file) = std::env::var_os(TEST_MAX_PAGES_FILE) {
            options = options.before_acquire(move |conn, _meta| {
                let file = std::path::PathBuf::from(&file);
                Box::pin(async move {
                    test_max_pages(conn, &file).await?;
                    Ok(true)
                })
            });
        }
        let pool = options
            // SQLite may roll a whole transaction back by itself on SQLITE_FULL (and on I/O
            // errors); the driver still counts it as open, its ROLLBACK then fails, and every
            // later BEGIN on that connection would be refused. A connection that comes back
            // still "in a transaction" (after its queued rollback ran: the ping waits for it)
            // is closed instead of reused, and the pool opens a fresh one.
            .after_release(|conn, _meta| {
                Box::pin(async move {
                    sqlx::Connection::ping(&mut *conn).await?;
                    Ok(!sqlx::Connection::is_in_transaction(&*conn))
                })
            })
            .after_connect(|conn, _meta| {
                Box::pin(async move {
                    conn.execute(
                        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; \
                         PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000; \
                         PRAGMA secure_delete=ON;",
                    )
                    .await?;
                    Ok(())
                })
            })
            .connect(url)
            .await?;
        Ok((pool, &Sqlite))
    } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        let pool = AnyPoolOptions::new()
            .max_connections(10)
            .acquire_timeout(Duration::from_secs(10))
            .connect(url)
            .await?;
        Ok((pool, &Postgres))
    } else {
        Err(sqlx::Error::Configuration(
            "DATABASE_URL must start with sqlite: or postgres:".into(),
        ))
    }
}
