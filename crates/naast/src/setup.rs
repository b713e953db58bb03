//! Opening the data, for every command that needs it: the data-directory argument, the
//! settings from the environment, the database (migrated) and the keys into an [`App`]; and an
//! application error in words for the operator.

use crate::config;
use anyhow::{Context, Result, anyhow};
use clap::Args;
use naast_app::{App, AppError, Settings};
use naast_core::Lang;
use std::path::PathBuf;

#[derive(Args, Debug, Clone)]
pub struct DataArgs {
    /// Data directory for the embedded SQLite database and the master key file.
    #[arg(long, env = "NAAST_DATA_DIR", default_value = "./naast-data")]
    pub data_dir: PathBuf,
}

/// The word lists of the de-identifier, when `NAAST_DEID_LISTS` names a file made with
/// `naast deid --build-lists`. A file that is named but cannot be read stops the command: a
/// check that silently ran without its lists would find fewer names than the operator expects.
pub fn deid_lists() -> Result<Option<std::sync::Arc<naast_deid::Lists>>> {
    let Some(path) = std::env::var_os("NAAST_DEID_LISTS").filter(|p| !p.is_empty()) else {
        return Ok(None);
    };
    let path = PathBuf::from(path);
    let bytes = std::fs::read(&path).with_context(|| {
        format!(
            "NAAST_DEID_LISTS names {}, which cannot be read; fix the path or unset \
             NAAST_DEID_LISTS to check without word lists",
            path.display()
        )
    })?;
    let lists = naast_deid::Lists::from_bytes(&bytes).with_context(|| {
        format!(
            "NAAST_DEID_LISTS names {}, which is not a word-list file; make one with \
             `naast deid --build-lists`",
            path.display()
        )
    })?;
    Ok(Some(std::sync::Arc::new(lists)))
}

/// Settings shared by every command, from the environment.
pub fn settings(public_url: String) -> Result<Settings> {
    let idle_minutes = std::env::var("NAAST_IDLE_TIMEOUT_MINUTES")
        .ok()
        .and_then(|v| v.parse::<i64>().ok())
        .unwrap_or(30);
    let max_hours = std::env::var("NAAST_SESSION_MAX_HOURS")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .unwrap_or(12)
        .clamp(1, 24 * 365);
    Ok(Settings {
        public_url: std::env::var("NAAST_PUBLIC_URL")
            .ok()
            .filter(|v| !v.trim().is_empty())
            .unwrap_or(public_url),
        idle_timeout: idle_minutes.max(1) * 60,
        session_max_age: max_hours * 3600,
        rate_limits: !matches!(std::env::var("NAAST_RATE_LIMITS").as_deref(), Ok("off")),
        sealed_sort_max: std::env::var("NAAST_SEALED_SORT_MAX")
            .ok()
            .and_then(|v| v.trim().parse::<i64>().ok())
            .unwrap_or(1000)
            .clamp(1, 1000),
        smtp_url: std::env::var("NAAST_SMTP_URL")
            .ok()
            .filter(|v| !v.trim().is_empty()),
        mail_from: std::env::var("NAAST_MAIL_FROM").unwrap_or_else(|_| "naast@localhost".into()),
        notify_every: std::env::var("NAAST_NOTIFY_SECONDS")
            .ok()
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(300)
            .clamp(1, 86_400),
        trusted_proxies: std::env::var("NAAST_TRUSTED_PROXIES")
            .unwrap_or_default()
            .split(',')
            .filter_map(|s| s.trim().parse().ok())
            .collect(),
        outbox_keep_days: std::env::var("NAAST_OUTBOX_KEEP_DAYS")
            .ok()
            .and_then(|v| v.trim().parse::<i64>().ok())
            .unwrap_or(30)
            .clamp(0, 36_500),
        deid_lists: deid_lists()?,
        backup: std::env::var_os("NAAST_BACKUP_DIR")
            .filter(|d| !d.is_empty())
            .map(|dir| naast_app::backup::Schedule {
                dir: PathBuf::from(dir),
                keep: std::env::var("NAAST_BACKUP_KEEP")
                    .ok()
                    .and_then(|v| v.trim().parse::<usize>().ok())
                    .unwrap_or(7)
                    .clamp(1, 3650),
            }),
        metrics_token: std::env::var("NAAST_METRICS_TOKEN")
            .ok()
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty()),
        one_person_practice: matches!(
            std::env::var("NAAST_ONE_PERSON_PRACTICE")
                .as_deref()
                .map(str::trim),
            Ok("on")
        ),
    })
}

/// Opens the database (migrating it) and the keys, and builds the application.
pub async fn open(data: &DataArgs, public_url: String) -> Result<App> {
    open_with(data, public_url, false).await
}

/// [`open`]; with `warn_key`, says on stderr when the master key lies in the data directory.
pub async fn open_with(data: &DataArgs, public_url: String, warn_key: bool) -> Result<App> {
    let storage = config::storage(&data.data_dir)?;
    let keys = config::keys(&storage)?;
    if warn_key && let Some(path) = config::key_in_data_dir(&storage) {
        eprintln!(
            "Warning: the master key is in the data directory ({}). Whoever copies that directory \
             (a backup) can read all data. Move the key elsewhere: set NAAST_MASTER_KEY_FILE to a \
             file outside the data directory (mode 0600), and keep that file out of backups of the data.",
            path.display()
        );
    }
    let db = config::connect(&storage).await?;
    // The database was opened: its WAL exists now too.
    config::tighten_database_files(&storage)?;
    db.migrate().await.context("migrating the database")?;
    let settings = settings(public_url)?;
    if warn_key && settings.deid_lists.is_none() {
        eprintln!(
            "Notice: NAAST_DEID_LISTS is not set: the personal-data check runs without word \
             lists, on patterns and context alone (names no context announces are missed). Make \
             a list file with `naast deid --build-lists` and name it in NAAST_DEID_LISTS."
        );
    }
    App::new(db, keys, settings).await.map_err(explain)
}

/// An application error as a message for the operator (English on the command line).
pub fn explain(e: AppError) -> anyhow::Error {
    match e {
        AppError::Invalid(inv) => anyhow!(
            "{}",
            inv.0
                .iter()
                .map(|f| match f.field {
                    Some(field) => format!("{field}: {}", f.text(Lang::En)),
                    None => f.text(Lang::En),
                })
                .collect::<Vec<_>>()
                .join("; ")
        ),
        AppError::NotFound => anyhow!("not found"),
        other => anyhow!("{}", describe(&other)),
    }
}

fn describe(e: &AppError) -> String {
    match e {
        e if e.is_internal() => e.chain(),
        other => other.to_string(),
    }
}
