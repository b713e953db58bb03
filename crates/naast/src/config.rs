//! Where the database and the keys come from: flags, environment, defaults.

use anyhow::{Context, Result, bail};
use naast_crypto::{KeyRing, MasterKey};
use std::path::{Path, PathBuf};

/// The storage location: `DATABASE_URL` wins; otherwise the SQLite file in the data directory.
pub struct Storage {
    pub url: String,
    /// True when Naast uses its embedded default (no `DATABASE_URL`).
    pub embedded: bool,
    pub data_dir: PathBuf,
}

pub fn storage(data_dir: &Path) -> Result<Storage> {
    if let Ok(url) = std::env::var("DATABASE_URL")
        && !url.trim().is_empty()
    {
        return Ok(Storage {
            url,
            embedded: false,
            data_dir: data_dir.to_path_buf(),
        });
    }
    private_dir(data_dir)
        .with_context(|| format!("cannot create the data directory {}", data_dir.display()))?;
    // SQLite creates its -wal and -shm files with the mode of the database file: a database
    // made here as 0600 keeps all three private, whatever the umask.
    let db_file = data_dir.join("naast.db");
    if !db_file.exists() {
        create_private(&db_file).with_context(|| format!("cannot create {}", db_file.display()))?;
    }
    Ok(Storage {
        url: naast_store::Db::sqlite_url(data_dir),
        embedded: true,
        data_dir: data_dir.to_path_buf(),
    })
}

/// Creates the data directory (and missing parents) with mode 0700: it holds the database and,
/// in the zero-config start, the master key. An existing directory is left as it is.
#[cfg(unix)]
fn private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(unix)]
fn create_private(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(path)
        .map(drop)
}

#[cfg(not(unix))]
fn create_private(path: &Path) -> std::io::Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .map(drop)
}

/// Makes the embedded database and its WAL and shared-memory files readable by the owner only
/// (0600), also when an older version or a restore left them wider.
#[cfg(unix)]
pub fn tighten_database_files(storage: &Storage) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    if !storage.embedded {
        return Ok(());
    }
    for name in ["naast.db", "naast.db-wal", "naast.db-shm"] {
        let path = storage.data_dir.join(name);
        match std::fs::metadata(&path) {
            Ok(m) if m.permissions().mode() & 0o077 != 0 => {
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
                    .with_context(|| format!("cannot make {} private", path.display()))?;
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(not(unix))]
pub fn tighten_database_files(_storage: &Storage) -> Result<()> {
    Ok(())
}

/// The key file in use when it lies in the data directory (the zero-config default, or a
/// `NAAST_MASTER_KEY_FILE` pointing there): a copy of the directory then carries the key.
pub fn key_in_data_dir(storage: &Storage) -> Option<PathBuf> {
    if std::env::var("NAAST_MASTER_KEY").is_ok_and(|k| !k.trim().is_empty()) {
        return None;
    }
    let path = match std::env::var("NAAST_MASTER_KEY_FILE") {
        Ok(p) if !p.trim().is_empty() => PathBuf::from(p),
        _ if storage.embedded => storage.data_dir.join("master.key"),
        _ => return None,
    };
    let dir = std::fs::canonicalize(&storage.data_dir).ok()?;
    let file = std::fs::canonicalize(&path).ok()?;
    file.starts_with(&dir).then_some(path)
}

fn parse_keys(text: &str, source: &str) -> Result<KeyRing> {
    let mut keys = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            MasterKey::from_base64(l)
                .with_context(|| format!("{source}: a line is not base64 of 32 bytes"))
        });
    let current = keys
        .next()
        .with_context(|| format!("{source} holds no key"))??;
    let older = keys.collect::<Result<Vec<_>>>()?;
    Ok(KeyRing::new(current, older))
}

/// The master keys: `NAAST_MASTER_KEY` (base64 of 32 bytes), or `NAAST_MASTER_KEY_FILE` (one key
/// a line, current first, older ones after it), or — only for the embedded SQLite default — the
/// file `master.key` in the data directory, created with mode 0600 when missing.
/// True when a master key is at hand without making one.
pub fn key_given(storage: &Storage) -> bool {
    let set = |v: &str| std::env::var(v).is_ok_and(|k| !k.trim().is_empty());
    set("NAAST_MASTER_KEY")
        || set("NAAST_MASTER_KEY_FILE")
        || (storage.embedded && storage.data_dir.join("master.key").exists())
}

/// The keys named in the environment (`NAAST_MASTER_KEY`, `NAAST_MASTER_KEY_FILE`), if any;
/// never the data directory's key file, and never a new key.
pub fn keys_from_env() -> Result<Option<KeyRing>> {
    if let Ok(k) = std::env::var("NAAST_MASTER_KEY")
        && !k.trim().is_empty()
    {
        return parse_keys(&k, "NAAST_MASTER_KEY").map(Some);
    }
    if let Ok(path) = std::env::var("NAAST_MASTER_KEY_FILE")
        && !path.trim().is_empty()
    {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read NAAST_MASTER_KEY_FILE {path}"))?;
        return parse_keys(&text, &path).map(Some);
    }
    Ok(None)
}

/// The key file in the data directory, when it exists (the zero-config default).
pub fn keys_in_data_dir(data_dir: &Path) -> Result<Option<KeyRing>> {
    let path = data_dir.join("master.key");
    if !path.exists() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    parse_keys(&text, &path.display().to_string()).map(Some)
}

pub fn keys(storage: &Storage) -> Result<KeyRing> {
    if let Some(ring) = keys_from_env()? {
        return Ok(ring);
    }
    if !storage.embedded {
        bail!(
            "DATABASE_URL is set but no master key is given: set NAAST_MASTER_KEY (base64 of 32 random bytes, \
             e.g. `head -c32 /dev/urandom | base64`) or NAAST_MASTER_KEY_FILE, the same on every instance"
        );
    }
    let path = storage.data_dir.join("master.key");
    if let Some(ring) = keys_in_data_dir(&storage.data_dir)? {
        return Ok(ring);
    }
    let key = MasterKey::generate();
    write_private(&path, &format!("{}\n", key.to_base64()))?;
    eprintln!(
        "Created a new master key in {} (keep a copy: without it the data cannot be read)",
        path.display()
    );
    Ok(KeyRing::new(key, Vec::new()))
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    f.write_all(text.as_bytes())?;
    f.sync_all()?;
    Ok(())
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).with_context(|| format!("cannot create {}", path.display()))
}

/// Connects, retrying for 30 s when the database is not there yet (a PostgreSQL starting up).
pub async fn connect(storage: &Storage) -> Result<naast_store::Db> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        match naast_store::Db::connect(&storage.url).await {
            Ok(db) => {
                tighten_database_files(storage)?;
                return Ok(db);
            }
            Err(e) if !storage.embedded && std::time::Instant::now() < deadline => {
                tracing::warn!(error = %e, "database not reachable yet; retrying");
                tokio::time::sleep(std::time::Duration::from_secs(2)).await;
            }
            Err(e) => return Err(e).context("cannot open the database"),
        }
    }
}
