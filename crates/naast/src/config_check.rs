//! `naast config check`: reads the whole configuration — the environment, the key, the word
//! lists, the translations, the database, the mail relay — and reports every problem at once
//! (exit 1 when there is one). It changes nothing: no data directory, database or key is
//! created. stdout: `{"ok", "problems": [..], "notices": [..]}`; stderr: the same in lines.

use crate::config;
use crate::setup::DataArgs;
use anyhow::Result;
use naast_store::{Db, ops};
use std::path::Path;
use std::time::Duration;

#[derive(Default)]
struct Report {
    problems: Vec<String>,
    notices: Vec<String>,
}

impl Report {
    fn problem(&mut self, s: impl Into<String>) {
        self.problems.push(s.into());
    }
    fn notice(&mut self, s: impl Into<String>) {
        self.notices.push(s.into());
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// Whole numbers the settings read; a value that does not parse would silently fall back to
/// its default, so it is reported.
const NUMBERS: &[&str] = &[
    "NAAST_IDLE_TIMEOUT_MINUTES",
    "NAAST_SESSION_MAX_HOURS",
    "NAAST_NOTIFY_SECONDS",
    "NAAST_OUTBOX_KEEP_DAYS",
    "NAAST_SEALED_SORT_MAX",
    "NAAST_HEADER_TIMEOUT_SECONDS",
    "NAAST_BODY_TIMEOUT_SECONDS",
    "NAAST_BACKUP_KEEP",
];

pub async fn run(data: DataArgs) -> Result<()> {
    let mut r = Report::default();
    check_settings(&mut r);
    let ring = check_key(&mut r, &data.data_dir);
    check_files(&mut r);
    check_database(&mut r, &data.data_dir, ring.as_ref()).await;
    check_mail(&mut r).await;
    let ok = r.problems.is_empty();
    println!(
        "{}",
        serde_json::json!({"ok": ok, "problems": r.problems, "notices": r.notices})
    );
    for n in &r.notices {
        eprintln!("notice: {n}");
    }
    for p in &r.problems {
        eprintln!("problem: {p}");
    }
    if ok {
        eprintln!("configuration ok");
        Ok(())
    } else {
        anyhow::bail!(
            "{} problem{} in the configuration",
            r.problems.len(),
            if r.problems.len() == 1 { "" } else { "s" }
        )
    }
}

fn check_settings(r: &mut Report) {
    for name in NUMBERS {
        if let Some(v) = env(name)
            && v.trim().parse::<i64>().is_err()
        {
            r.problem(format!("{name}={v:?} is not a whole number"));
        }
    }
    if let Some(v) = env("NAAST_PUBLIC_URL")
        && !(v.starts_with("https://") || v.starts_with("http://"))
    {
        r.problem(format!(
            "NAAST_PUBLIC_URL={v:?} must start with https:// (or http://)"
        ));
    }
    if let Some(v) = env("NAAST_TRUSTED_PROXIES") {
        for part in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            if part.parse::<std::net::IpAddr>().is_err() {
                r.problem(format!(
                    "NAAST_TRUSTED_PROXIES: {part:?} is not an IP address"
                ));
            }
        }
    }
    if let Some(v) = env("NAAST_ADDR")
        && v.parse::<std::net::SocketAddr>().is_err()
    {
        r.problem(format!(
            "NAAST_ADDR={v:?} is not HOST:PORT (e.g. 127.0.0.1:8080)"
        ));
    }
    if let Some(v) = env("NAAST_LOG_FORMAT")
        && !matches!(v.as_str(), "json" | "text")
    {
        r.problem(format!("NAAST_LOG_FORMAT={v:?}: use json or text"));
    }
    if let Some(v) = env("NAAST_RATE_LIMITS")
        && !matches!(v.as_str(), "on" | "off")
    {
        r.problem(format!("NAAST_RATE_LIMITS={v:?}: use on or off"));
    }
    match env("NAAST_ONE_PERSON_PRACTICE").as_deref().map(str::trim) {
        None | Some("off") => {}
        Some("on") => r.notice(
            "NAAST_ONE_PERSON_PRACTICE=on: one person may publish a report and send a signal \
             without a second person's check (the report's colophon says so)",
        ),
        Some(v) => r.problem(format!("NAAST_ONE_PERSON_PRACTICE={v:?}: use on or off")),
    }
    match env("NAAST_METRICS_TOKEN") {
        Some(t) if t.trim().len() < 16 => r.problem(
            "NAAST_METRICS_TOKEN is shorter than 16 characters; use a long random value \
             (e.g. `naast key generate`)",
        ),
        Some(_) => {}
        None => r.notice("NAAST_METRICS_TOKEN is not set: /metrics is off"),
    }
    if env("NAAST_BACKUP_DIR").is_some() && env("DATABASE_URL").is_some() {
        r.problem(
            "NAAST_BACKUP_DIR schedules backups of the embedded database; with DATABASE_URL back \
             up with pg_dump (docs/OPERATIONS.md)",
        );
    }
    if let Some(dir) = env("NAAST_BACKUP_DIR") {
        let dir = Path::new(&dir);
        match std::fs::metadata(dir) {
            Ok(m) if !m.is_dir() => r.problem(format!(
                "NAAST_BACKUP_DIR {} is not a directory",
                dir.display()
            )),
            Ok(m) if m.permissions().readonly() => r.problem(format!(
                "NAAST_BACKUP_DIR {} cannot be written",
                dir.display()
            )),
            Ok(_) => {}
            Err(_) => r.notice(format!(
                "NAAST_BACKUP_DIR {} does not exist yet; the first backup creates it",
                dir.display()
            )),
        }
    }
}

fn check_key(r: &mut Report, data_dir: &Path) -> Option<naast_crypto::KeyRing> {
    match config::keys_from_env() {
        Ok(Some(ring)) => return Some(ring),
        Ok(None) => {}
        Err(e) => {
            r.problem(format!("master key: {e:#}"));
            return None;
        }
    }
    if env("DATABASE_URL").is_some() {
        r.problem(
            "DATABASE_URL is set but no master key: set NAAST_MASTER_KEY_FILE (or \
             NAAST_MASTER_KEY), the same on every instance",
        );
        return None;
    }
    match config::keys_in_data_dir(data_dir) {
        Ok(Some(ring)) => {
            r.notice(format!(
                "the master key lies in the data directory ({}); keep it out of backups of the data",
                data_dir.join("master.key").display()
            ));
            Some(ring)
        }
        Ok(None) => {
            r.notice("no master key yet: the first start creates master.key in the data directory");
            None
        }
        Err(e) => {
            r.problem(format!("master key: {e:#}"));
            None
        }
    }
}

fn check_files(r: &mut Report) {
    if let Err(e) = crate::setup::deid_lists() {
        r.problem(format!("{e:#}"));
    }
    if let Some(dir) = std::env::var_os("NAAST_LOCALES_DIR").filter(|d| !d.is_empty())
        && let Err(e) = naast_web::locales::init(Some(Path::new(&dir)))
    {
        r.problem(format!("NAAST_LOCALES_DIR: {e}"));
    }
}

async fn check_database(r: &mut Report, data_dir: &Path, ring: Option<&naast_crypto::KeyRing>) {
    let url = match env("DATABASE_URL") {
        Some(url) => url,
        None => {
            let file = data_dir.join("naast.db");
            if !file.exists() {
                r.notice(format!(
                    "no database yet in {}: the first start creates it",
                    data_dir.display()
                ));
                return;
            }
            // Without `mode=rwc`: an existing database only, never a new one.
            format!("sqlite://{}", file.display())
        }
    };
    let db = match tokio::time::timeout(Duration::from_secs(5), Db::connect(&url)).await {
        Ok(Ok(db)) => db,
        Ok(Err(e)) => {
            r.problem(format!("the database cannot be reached: {e}"));
            return;
        }
        Err(_) => {
            r.problem("the database cannot be reached: no answer within 5 seconds");
            return;
        }
    };
    let newest = ops::newest_known(db.kind());
    match ops::schema_version(&db).await {
        Ok(v) if v > newest => r.problem(format!(
            "the database has schema {v}, newer than this program ({newest}); upgrade Naast"
        )),
        Ok(v) if v < newest => r.notice(format!(
            "the database has schema {v}; the next start migrates it to {newest}"
        )),
        Ok(_) => {}
        Err(_) => r.notice("the database is empty: the first start sets it up"),
    }
    if let (Some(ring), Ok(needed)) = (ring, ops::key_ids(&db).await) {
        let have = ring.ids();
        let missing: Vec<&str> = needed
            .iter()
            .map(String::as_str)
            .filter(|id| !have.contains(id))
            .collect();
        if !missing.is_empty() {
            r.problem(format!(
                "the master key given (id {}) does not open the data: keys wrapped under {} are \
                 missing from the key file",
                have.join(", "),
                missing.join(", ")
            ));
        }
    }
    db.close().await;
}

async fn check_mail(r: &mut Report) {
    let Some(url) = env("NAAST_SMTP_URL") else {
        r.notice("NAAST_SMTP_URL is not set: e-mail stays in the outbox");
        return;
    };
    let Some(hostport) = url.strip_prefix("smtp://") else {
        r.problem(format!(
            "NAAST_SMTP_URL={url:?} must look like smtp://host:port"
        ));
        return;
    };
    let hostport = hostport.trim_end_matches('/');
    let target = if hostport.rsplit_once(':').is_some() {
        hostport.to_string()
    } else {
        format!("{hostport}:25")
    };
    match tokio::time::timeout(
        Duration::from_secs(5),
        tokio::net::TcpStream::connect(&target),
    )
    .await
    {
        Ok(Ok(_)) => {}
        Ok(Err(e)) => r.problem(format!("the mail relay {target} cannot be reached: {e}")),
        Err(_) => r.problem(format!(
            "the mail relay {target} did not answer within 5 seconds"
        )),
    }
    if let Some(from) = env("NAAST_MAIL_FROM")
        && !from.contains('@')
    {
        r.problem(format!("NAAST_MAIL_FROM={from:?} is not an e-mail address"));
    }
}
