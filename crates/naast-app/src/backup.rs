//! Backups of the embedded database and their restore (`docs/OPERATIONS.md`).
//!
//! A backup file is a zip archive with two entries:
//! - `manifest.json`: [`Manifest`] — format, Naast's version, the schema version (newest
//!   migration), the ids of the master keys that wrap the data keys, and the size and SHA-256
//!   of the database file;
//! - `naast.db`: a consistent copy of the SQLite database made while Naast serves
//!   (`VACUUM INTO`, see [`naast_store::ops::copy_sqlite`]).
//!
//! The master key is never inside: personal data in the copy is sealed under data keys that
//! only the master key unwraps, so the file is worthless without the key kept apart. A backup
//! is written beside its destination and renamed into place when whole, so a crash never leaves
//! a half file under the final name; an existing file is never overwritten.

use naast_store::{BackendKind, Db, ops};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

pub const FORMAT: &str = "naast-backup";
pub const FORMAT_VERSION: u32 = 1;
pub const MANIFEST_ENTRY: &str = "manifest.json";
pub const DATABASE_ENTRY: &str = "naast.db";
/// What scheduled backups are called: `naast-YYYYMMDDTHHMMSSZ.naast-backup.zip`.
pub const SCHEDULED_SUFFIX: &str = ".naast-backup.zip";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    pub naast_version: String,
    /// Seconds since the epoch when the copy was taken.
    pub created_at: i64,
    pub backend: String,
    pub schema_version: i64,
    /// Master-key ids the data keys in the copy are wrapped under (ids only, never keys).
    pub key_ids: Vec<String>,
    pub database: DatabaseEntry,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DatabaseEntry {
    pub file: String,
    pub bytes: u64,
    pub sha256: String,
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} already exists; choose another name (a backup never overwrites a file)")]
    Exists(PathBuf),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the database could not be copied: {0}")]
    Store(#[from] naast_store::StoreError),
    #[error("{0}: not a Naast backup ({1})")]
    NotABackup(PathBuf, String),
    #[error(
        "{0}: the database in the backup does not match its checksum (damaged or altered); nothing was restored"
    )]
    Checksum(PathBuf),
    #[error(
        "{0}: made by a newer Naast (schema {1}, this program knows up to {2}); restore it with that version or newer"
    )]
    TooNew(PathBuf, i64, i64),
    #[error(
        "the data directory {0} is not empty; restore into an empty or new directory (nothing was changed)"
    )]
    NotEmpty(PathBuf),
    #[error(
        "the master key at hand (id {have}) does not open this backup: its data keys are wrapped under {need}; give the key file holding that key in NAAST_MASTER_KEY_FILE (nothing was changed)"
    )]
    WrongKey { have: String, need: String },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> BackupError + '_ {
    move |source| BackupError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// SHA-256 (hex) and size of a file, read in pieces.
pub fn digest_file(path: &Path) -> Result<(String, u64), BackupError> {
    let mut f = std::fs::File::open(path).map_err(io(path))?;
    digest_reader(&mut f).map_err(io(path))
}

fn digest_reader(r: &mut impl Read) -> std::io::Result<(String, u64)> {
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut n = 0u64;
    loop {
        let k = r.read(&mut buf)?;
        if k == 0 {
            break;
        }
        h.update(&buf[..k]);
        n += k as u64;
    }
    Ok((naast_crypto::to_hex(&h.finalize()), n))
}

/// A name beside `out` for work in progress.
fn beside(out: &Path, tail: &str) -> PathBuf {
    let rand = naast_crypto::to_hex(&naast_crypto::random_bytes::<6>());
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "backup".into());
    out.with_file_name(format!(".{name}.{rand}.{tail}"))
}

/// Takes a backup of the embedded database into the new file `out`.
pub async fn write(db: &Db, out: &Path) -> Result<Manifest, BackupError> {
    if out.exists() {
        return Err(BackupError::Exists(out.to_path_buf()));
    }
    let copy = beside(out, "db");
    let result = write_from_copy(db, out, &copy).await;
    let _ = std::fs::remove_file(&copy);
    result
}

async fn write_from_copy(db: &Db, out: &Path, copy: &Path) -> Result<Manifest, BackupError> {
    let created_at = naast_store::now();
    ops::copy_sqlite(db, copy).await?;
    // The schema and key ids are read from the copy itself, so they describe what it holds.
    let snapshot = Db::connect(&format!("sqlite://{}", copy.display())).await?;
    let schema_version = ops::schema_version(&snapshot).await?;
    let key_ids = ops::key_ids(&snapshot).await?;
    snapshot.close().await;
    for tail in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{tail}", copy.display()));
    }
    let (sha256, bytes) = digest_file(copy)?;
    let manifest = Manifest {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        naast_version: env!("CARGO_PKG_VERSION").into(),
        created_at,
        backend: "sqlite".into(),
        schema_version,
        key_ids,
        database: DatabaseEntry {
            file: DATABASE_ENTRY.into(),
            bytes,
            sha256,
        },
    };
    let partial = beside(out, "partial");
    let zipped = tokio::task::spawn_blocking({
        let (manifest, copy, partial) = (manifest.clone(), copy.to_path_buf(), partial.clone());
        move || pack(&manifest, &copy, &partial)
    })
    .await
    .map_err(|e| BackupError::Io {
        path: out.to_path_buf(),
        source: std::io::Error::other(e.to_string()),
    })?;
    if let Err(e) = zipped {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    // `rename` would replace a file made meanwhile; a hard link refuses to.
    std::fs::hard_link(&partial, out).map_err(|e| {
        let _ = std::fs::remove_file(&partial);
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            BackupError::Exists(out.to_path_buf())
        } else {
            io(out)(e)
        }
    })?;
    let _ = std::fs::remove_file(&partial);
    Ok(manifest)
}

fn pack(manifest: &Manifest, copy: &Path, partial: &Path) -> Result<(), BackupError> {
    use zip::write::SimpleFileOptions;
    let file = create_private(partial)?;
    let mut zip = zip::ZipWriter::new(file);
    let opts = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true)
        .unix_permissions(0o600);
    let json = serde_json::to_vec_pretty(manifest).map_err(|e| io(partial)(e.into()))?;
    let zerr = |e: zip::result::ZipError| io(partial)(std::io::Error::other(e.to_string()));
    zip.start_file(MANIFEST_ENTRY, opts).map_err(zerr)?;
    zip.write_all(&json).map_err(io(partial))?;
    zip.start_file(DATABASE_ENTRY, opts).map_err(zerr)?;
    let mut src = std::fs::File::open(copy).map_err(io(copy))?;
    std::io::copy(&mut src, &mut zip).map_err(io(partial))?;
    let file = zip.finish().map_err(zerr)?;
    file.sync_all().map_err(io(partial))?;
    Ok(())
}

#[cfg(unix)]
fn create_private(path: &Path) -> Result<std::fs::File, BackupError> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(io(path))
}

#[cfg(not(unix))]
fn create_private(path: &Path) -> Result<std::fs::File, BackupError> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(io(path))
}

fn open_zip(file: &Path) -> Result<zip::ZipArchive<std::fs::File>, BackupError> {
    let f = std::fs::File::open(file).map_err(io(file))?;
    zip::ZipArchive::new(f).map_err(|e| BackupError::NotABackup(file.into(), e.to_string()))
}

/// Reads and checks the manifest of a backup file (not yet the database's checksum).
pub fn read_manifest(file: &Path) -> Result<Manifest, BackupError> {
    let mut zip = open_zip(file)?;
    let not = |why: String| BackupError::NotABackup(file.into(), why);
    let mut text = String::new();
    zip.by_name(MANIFEST_ENTRY)
        .map_err(|_| not(format!("no {MANIFEST_ENTRY}")))?
        .read_to_string(&mut text)
        .map_err(|e| not(e.to_string()))?;
    let m: Manifest = serde_json::from_str(&text).map_err(|e| not(e.to_string()))?;
    if m.format != FORMAT || m.format_version != FORMAT_VERSION || m.backend != "sqlite" {
        return Err(not(format!(
            "format {} {} for {}",
            m.format, m.format_version, m.backend
        )));
    }
    let newest = ops::newest_known(BackendKind::Sqlite);
    if m.schema_version > newest {
        return Err(BackupError::TooNew(file.into(), m.schema_version, newest));
    }
    Ok(m)
}

/// Checks that every key the backup needs is among `have` (the ids of the keys at hand).
pub fn check_keys(m: &Manifest, have: &[&str]) -> Result<(), BackupError> {
    let missing: Vec<&str> = m
        .key_ids
        .iter()
        .map(String::as_str)
        .filter(|id| !have.contains(id))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(BackupError::WrongKey {
            have: have.join(", "),
            need: missing.join(", "),
        })
    }
}

/// True when `dir` does not exist or holds nothing.
pub fn is_empty_dir(dir: &Path) -> Result<bool, BackupError> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => Ok(entries.next().is_none()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(true),
        Err(e) => Err(io(dir)(e)),
    }
}

/// Restores the backup `file` into the empty (or new) data directory `dir`: checks the
/// manifest, unpacks the database beside its final name while checking its SHA-256, and only
/// then puts it in place. On any failure `dir` is left as empty as it was.
pub fn restore(file: &Path, dir: &Path) -> Result<Manifest, BackupError> {
    if !is_empty_dir(dir)? {
        return Err(BackupError::NotEmpty(dir.into()));
    }
    let m = read_manifest(file)?;
    private_dir(dir)?;
    let target = dir.join(DATABASE_ENTRY);
    let partial = dir.join(".naast.db.restoring");
    let result = (|| {
        let mut zip = open_zip(file)?;
        let mut entry = zip
            .by_name(DATABASE_ENTRY)
            .map_err(|_| BackupError::NotABackup(file.into(), format!("no {DATABASE_ENTRY}")))?;
        let mut out = create_private(&partial)?;
        let mut tee = Tee {
            inner: &mut entry,
            out: &mut out,
        };
        let (sha, bytes) = digest_reader(&mut tee).map_err(|e| match e.kind() {
            std::io::ErrorKind::InvalidData => BackupError::Checksum(file.into()),
            _ => io(&partial)(e),
        })?;
        out.sync_all().map_err(io(&partial))?;
        if sha != m.database.sha256 || bytes != m.database.bytes {
            return Err(BackupError::Checksum(file.into()));
        }
        std::fs::rename(&partial, &target).map_err(io(&target))
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    Ok(m)
}

/// Copies what it reads into `out`.
struct Tee<'a, R: Read, W: Write> {
    inner: &'a mut R,
    out: &'a mut W,
}

impl<R: Read, W: Write> Read for Tee<'_, R, W> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.out.write_all(&buf[..n])?;
        Ok(n)
    }
}

#[cfg(unix)]
fn private_dir(dir: &Path) -> Result<(), BackupError> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(io(dir))
}

#[cfg(not(unix))]
fn private_dir(dir: &Path) -> Result<(), BackupError> {
    std::fs::create_dir_all(dir).map_err(io(dir))
}

/// The scheduled backup (`NAAST_BACKUP_DIR`, keep `NAAST_BACKUP_KEEP`): where and how many.
#[derive(Debug, Clone)]
pub struct Schedule {
    pub dir: PathBuf,
    pub keep: usize,
}

/// Takes one scheduled backup into `s.dir` and removes the oldest beyond `s.keep`; returns the
/// new file's name.
pub async fn scheduled(db: &Db, s: &Schedule) -> Result<PathBuf, BackupError> {
    private_dir(&s.dir)?;
    let stamp = jiff::Timestamp::now()
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string();
    let out = s.dir.join(format!("naast-{stamp}{SCHEDULED_SUFFIX}"));
    write(db, &out).await?;
    prune(&s.dir, s.keep.max(1))?;
    Ok(out)
}

/// Deletes the oldest scheduled backups in `dir` beyond the newest `keep` (by name, which
/// sorts by time); other files are left alone.
pub fn prune(dir: &Path, keep: usize) -> Result<Vec<PathBuf>, BackupError> {
    let mut ours: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("naast-") && n.ends_with(SCHEDULED_SUFFIX))
        })
        .collect();
    ours.sort();
    let excess = ours.len().saturating_sub(keep);
    let gone: Vec<PathBuf> = ours.into_iter().take(excess).collect();
    for p in &gone {
        std::fs::remove_file(p).map_err(io(p))?;
    }
    Ok(gone)
}

#[cfg(test)]
#[expect(clippy::unwrap_used)]
mod tests {
    use super::*;

    async fn db_in(dir: &Path) -> Db {
        std::fs::create_dir_all(dir).unwrap();
        let db = Db::connect(&Db::sqlite_url(dir)).await.unwrap();
        db.migrate().await.unwrap();
        db
    }

    #[tokio::test]
    async fn a_backup_restores_and_a_damaged_one_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let db = db_in(&tmp.path().join("live")).await;
        let file = tmp.path().join("b.zip");
        let m = write(&db, &file).await.unwrap();
        assert_eq!(m.schema_version, ops::newest_known(BackendKind::Sqlite));
        assert!(matches!(
            write(&db, &file).await,
            Err(BackupError::Exists(_))
        ));
        assert_eq!(read_manifest(&file).unwrap(), m);

        let into = tmp.path().join("restored");
        assert_eq!(restore(&file, &into).unwrap(), m);
        let (sha, _) = digest_file(&into.join(DATABASE_ENTRY)).unwrap();
        assert_eq!(sha, m.database.sha256);
        assert!(matches!(
            restore(&file, &into),
            Err(BackupError::NotEmpty(_))
        ));

        // The same archive with a manifest naming another checksum.
        let bad = tmp.path().join("bad.zip");
        let mut other = m.clone();
        other.database.sha256 = "00".repeat(32);
        pack(&other, &into.join(DATABASE_ENTRY), &bad).unwrap();
        let empty = tmp.path().join("empty");
        assert!(matches!(
            restore(&bad, &empty),
            Err(BackupError::Checksum(_))
        ));
        assert!(is_empty_dir(&empty).unwrap(), "nothing left behind");
    }

    #[test]
    fn keys_at_hand_must_cover_the_backup() {
        let m = Manifest {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            naast_version: "0".into(),
            created_at: 0,
            backend: "sqlite".into(),
            schema_version: 1,
            key_ids: vec!["a".into(), "b".into()],
            database: DatabaseEntry {
                file: DATABASE_ENTRY.into(),
                bytes: 0,
                sha256: String::new(),
            },
        };
        assert!(check_keys(&m, &["b", "a", "c"]).is_ok());
        assert!(matches!(
            check_keys(&m, &["a"]),
            Err(BackupError::WrongKey { need, .. }) if need == "b"
        ));
    }

    #[test]
    fn pruning_keeps_the_newest_of_ours_only() {
        let tmp = tempfile::tempdir().unwrap();
        for n in [
            "naast-20260101T000000Z.naast-backup.zip",
            "naast-20260102T000000Z.naast-backup.zip",
            "naast-20260103T000000Z.naast-backup.zip",
            "notes.txt",
        ] {
            std::fs::write(tmp.path().join(n), b"x").unwrap();
        }
        let gone = prune(tmp.path(), 2).unwrap();
        assert_eq!(gone.len(), 1);
        assert!(gone[0].ends_with("naast-20260101T000000Z.naast-backup.zip"));
        assert!(tmp.path().join("notes.txt").exists());
    }
}
