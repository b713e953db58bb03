use crate::backend::{self, Backend, BackendKind};
use crate::{Result, StoreError};
use sqlx::{Any, AnyPool, Transaction};
use std::path::Path;

pub type Tx = Transaction<'static, Any>;

/// Seconds since the Unix epoch: every timestamp in the database is one of these.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// The database: a pool and the backend it speaks.
#[derive(Clone)]
pub struct Db {
    pub(crate) pool: AnyPool,
    backend: &'static dyn Backend,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db").field("backend", &self.kind()).finish()
    }
}

impl Db {
    /// Connects to `url` without migrating.
    pub async fn connect(url: &str) -> Result<Db> {
        let (pool, backend) = backend::connect(url).await.map_err(StoreError::Db)?;
        Ok(Db { pool, backend })
    }

    /// The URL of the embedded SQLite file in `dir` (created when missing).
    pub fn sqlite_url(dir: &Path) -> String {
        format!("sqlite://{}?mode=rwc", dir.join("naast.db").display())
    }

    pub fn kind(&self) -> BackendKind {
        self.backend.kind()
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Applies every migration this program knows that the database lacks; returns how many.
    pub async fn migrate(&self) -> Result<usize> {
        crate::migrate::run(self, self.backend).await
    }

    /// Opens a transaction that will write.
    pub async fn begin(&self) -> Result<Tx> {
        Ok(self.pool.begin_with(self.backend.begin_write()).await?)
    }

    pub(crate) fn backend(&self) -> &'static dyn Backend {
        self.backend
    }

    /// Makes erased data unreadable where the database still keeps old versions of pages
    /// (see [`Backend::scrub`]); call after erasure or retention has committed.
    pub async fn scrub(&self) -> Result<()> {
        for sql in self.backend.scrub() {
            sqlx::query(sqlx::AssertSqlSafe(*sql))
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    /// True when the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}
