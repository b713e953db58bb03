//! `naast backup` and `naast restore` (`docs/OPERATIONS.md`). The embedded database is copied
//! online into a zip with a manifest (`naast_app::backup`); with `DATABASE_URL` on PostgreSQL,
//! `pg_dump` makes the dump and, where the role may create a database, a scratch database
//! proves it restores. The manifest goes to stdout as JSON; messages go to stderr.

use crate::config;
use crate::setup::DataArgs;
use anyhow::{Context, Result, anyhow, bail};
use clap::Args;
use naast_app::backup as b;
use naast_store::{Db, ops};
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Args, Debug)]
pub struct BackupArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// The backup file to write (never overwritten).
    #[arg(long)]
    pub out: PathBuf,
    /// PostgreSQL only: skip restoring the dump into a scratch database.
    #[arg(long)]
    pub no_restore_check: bool,
}

#[derive(Args, Debug)]
pub struct RestoreArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// A file made by `naast backup`.
    pub file: PathBuf,
}

pub async fn backup(args: BackupArgs) -> Result<()> {
    if let Some(url) = postgres_url() {
        return pg_backup(&url, &args.out, !args.no_restore_check).await;
    }
    let dir = &args.data.data_dir;
    // A `sqlite:` DATABASE_URL names the file itself; otherwise it is the data directory's.
    let url_given = std::env::var("DATABASE_URL").is_ok_and(|u| !u.trim().is_empty());
    if !url_given && !dir.join("naast.db").exists() {
        bail!(
            "no database in {}: give the data directory Naast serves from (--data-dir or NAAST_DATA_DIR)",
            dir.display()
        );
    }
    let storage = config::storage(dir)?;
    let db = config::connect(&storage).await?;
    let manifest = b::write(&db, &args.out).await?;
    db.close().await;
    println!("{}", serde_json::to_string(&manifest)?);
    eprintln!(
        "backup written to {} (schema {}, {} bytes of database, sha256 {}).",
        args.out.display(),
        manifest.schema_version,
        manifest.database.bytes,
        manifest.database.sha256
    );
    eprintln!(
        "The master key is not in it: keep the key{} with id {} apart from the backup; without it \
         the backup cannot be read.",
        if manifest.key_ids.len() == 1 { "" } else { "s" },
        manifest.key_ids.join(", ")
    );
    if let Some(path) = config::key_in_data_dir(&storage) {
        eprintln!(
            "Warning: the master key lies in the data directory ({}); copy it somewhere else than \
             the backups, or whoever has both can read everything.",
            path.display()
        );
    }
    Ok(())
}

pub async fn restore(args: RestoreArgs) -> Result<()> {
    if std::env::var("DATABASE_URL").is_ok_and(|u| !u.trim().is_empty()) {
        bail!(
            "`naast restore` restores a backup of the embedded database into a data directory; \
             for PostgreSQL restore the dump with pg_restore (docs/OPERATIONS.md); unset \
             DATABASE_URL to restore into --data-dir"
        );
    }
    let dir = &args.data.data_dir;
    if !b::is_empty_dir(dir)? {
        bail!(b::BackupError::NotEmpty(dir.clone()));
    }
    let manifest = b::read_manifest(&args.file)?;
    let ring = config::keys_from_env()?;
    if let Some(ring) = &ring {
        b::check_keys(&manifest, &ring.ids())?;
    }
    let m = b::restore(&args.file, dir)?;
    println!("{}", serde_json::to_string(&m)?);
    eprintln!(
        "restored into {} (schema {}, taken {}); checksum verified.",
        dir.display(),
        m.schema_version,
        jiff::Timestamp::from_second(m.created_at)
            .map(|t| t.to_string())
            .unwrap_or_default()
    );
    if ring.is_none() {
        eprintln!(
            "No master key given: before `naast serve --data-dir {}`, set NAAST_MASTER_KEY_FILE to \
             the key file kept apart from the backup (key id {}).",
            dir.display(),
            m.key_ids.join(", ")
        );
    }
    Ok(())
}

fn postgres_url() -> Option<String> {
    std::env::var("DATABASE_URL")
        .ok()
        .filter(|u| u.starts_with("postgres://") || u.starts_with("postgresql://"))
}

/// How to back up PostgreSQL by hand, for when pg_dump is not at hand.
const PG_HOWTO: &str = "With DATABASE_URL on PostgreSQL, the database server holds the data: \
    back it up with the PostgreSQL client's pg_dump, e.g. `pg_dump --format=custom --file \
    naast.dump \"$DATABASE_URL\"`, and restore with `pg_restore --no-owner --dbname NEWDB \
    naast.dump` (docs/OPERATIONS.md). Keep NAAST_MASTER_KEY apart from the dumps.";

fn tool(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(name))
            .find(|p| p.is_file())
    })
}

/// `url` with its database name replaced by `name`.
fn with_database(url: &str, name: &str) -> Result<String> {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let (prefix, _) = base
        .rsplit_once('/')
        .filter(|(p, _)| p.contains("://") && !p.ends_with('/'))
        .ok_or_else(|| anyhow!("DATABASE_URL names no database"))?;
    Ok(match query {
        Some(q) => format!("{prefix}/{name}?{q}"),
        None => format!("{prefix}/{name}"),
    })
}

async fn pg_backup(url: &str, out: &Path, check: bool) -> Result<()> {
    let Some(pg_dump) = tool("pg_dump") else {
        bail!("pg_dump was not found on PATH; install the PostgreSQL client. {PG_HOWTO}");
    };
    if out.exists() {
        bail!(b::BackupError::Exists(out.to_path_buf()));
    }
    let db = Db::connect(url)
        .await
        .context("cannot reach the database in DATABASE_URL")?;
    let schema_version = ops::schema_version(&db).await?;
    let key_ids = ops::key_ids(&db).await?;
    eprintln!("{PG_HOWTO}");
    eprintln!("running pg_dump …");
    let status = Command::new(&pg_dump)
        .args(["--format=custom", "--no-owner", "--file"])
        .arg(out)
        .arg("--dbname")
        .arg(url)
        .status()
        .context("cannot run pg_dump")?;
    if !status.success() {
        let _ = std::fs::remove_file(out);
        bail!("pg_dump failed ({status}); its message is above");
    }
    let (sha256, bytes) = b::digest_file(out)?;
    let restore_check = if check {
        restore_check(&db, url, out, schema_version).await
    } else {
        "skipped (--no-restore-check)".to_string()
    };
    db.close().await;
    let manifest = serde_json::json!({
        "format": "pg_dump-custom",
        "naast_version": env!("CARGO_PKG_VERSION"),
        "created_at": naast_store::now(),
        "backend": "postgres",
        "schema_version": schema_version,
        "key_ids": key_ids,
        "database": {"file": out.file_name().map(|n| n.to_string_lossy().into_owned()), "bytes": bytes, "sha256": sha256},
        "restore_check": restore_check,
    });
    println!("{manifest}");
    eprintln!(
        "dump written to {} ({bytes} bytes); restore check: {restore_check}",
        out.display()
    );
    if restore_check.starts_with("FAILED") {
        bail!("the dump did not restore; do not rely on it");
    }
    Ok(())
}

/// Restores the dump into a scratch database and compares its schema version; the scratch
/// database is dropped afterwards. A role that may not create databases skips the check.
async fn restore_check(db: &Db, url: &str, dump: &Path, schema_version: i64) -> String {
    let Some(pg_restore) = tool("pg_restore") else {
        return "skipped: pg_restore was not found on PATH".into();
    };
    let name = format!(
        "naast_restore_check_{}",
        naast_crypto::to_hex(&naast_crypto::random_bytes::<6>())
    );
    let create = sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(db.pool())
        .await;
    if create.is_err() {
        return "skipped: this role may not create a scratch database".into();
    }
    let outcome = async {
        let scratch = with_database(url, &name)?;
        let status = Command::new(&pg_restore)
            .args(["--no-owner", "--no-privileges", "--exit-on-error", "--dbname"])
            .arg(&scratch)
            .arg(dump)
            .status()
            .context("cannot run pg_restore")?;
        if !status.success() {
            bail!("pg_restore failed ({status})");
        }
        let copy = Db::connect(&scratch).await?;
        let v = ops::schema_version(&copy).await?;
        let cases = ops::count_rows(&copy, "cases").await?;
        let audit = ops::count_rows(&copy, "audit_log").await?;
        copy.close().await;
        if v != schema_version {
            bail!("the restored schema is {v}, the source {schema_version}");
        }
        Ok(format!(
            "ok (restored into a scratch database: schema {v}, {cases} kwesties, {audit} audit entries)"
        ))
    }
    .await;
    let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name}"
    )))
    .execute(db.pool())
    .await;
    match outcome {
        Ok(s) => s,
        Err(e) => format!("FAILED: {e:#}"),
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used)]
mod tests {
    #[test]
    fn the_scratch_url_keeps_host_and_options() {
        let f = super::with_database;
        assert_eq!(
            f("postgres://u@h:5432/naast?sslmode=require", "x").unwrap(),
            "postgres://u@h:5432/x?sslmode=require"
        );
        assert_eq!(f("postgres://h/naast", "x").unwrap(), "postgres://h/x");
        assert!(f("postgres://h", "x").is_err());
    }
}
