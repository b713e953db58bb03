#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("conflict with an existing row")]
    Conflict,
    /// Shown as a code and a fixed text ([`DbFault`]): the database's own words may quote the
    /// values it refused (an e-mail address in a unique key, a name in a bad cast).
    #[error("{}", describe(.0))]
    Db(#[source] sqlx::Error),
    #[error("migration {version} failed: {source}")]
    Migration {
        version: i64,
        #[source]
        source: sqlx::Error,
    },
    #[error("the database holds migration {0}, newer than this program knows; upgrade Naast")]
    TooNew(i64),
    /// An operation this backend does not do (a `VACUUM INTO` on PostgreSQL).
    #[error("not supported here: {0}")]
    Unsupported(&'static str),
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> StoreError {
        match &e {
            sqlx::Error::RowNotFound => StoreError::NotFound,
            sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::Conflict,
            _ => StoreError::Db(e),
        }
    }
}

/// What went wrong in the database, in words of our own, fit for a log line or an error column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbFault {
    /// A constraint refused the change (unique, foreign key, not null, check).
    Constraint,
    /// The database could not be reached or did not answer in time (no connection, a pool that
    /// timed out, a server shutting down or starting up: SQLSTATE classes 08 and 57).
    Unavailable,
    /// The database has no room to write (a full disk: SQLite's `SQLITE_FULL`, PostgreSQL's
    /// `53100 disk_full`). Nothing was written; it works again once there is room.
    Full,
    /// Anything else.
    Failed,
}

impl DbFault {
    pub fn code(self) -> &'static str {
        match self {
            DbFault::Constraint => "db.constraint",
            DbFault::Unavailable => "db.unavailable",
            DbFault::Full => "db.full",
            DbFault::Failed => "db.failed",
        }
    }

    pub fn text(self) -> &'static str {
        match self {
            DbFault::Constraint => "the database refused the change",
            DbFault::Unavailable => "the database could not be reached",
            DbFault::Full => "the database has no room to write",
            DbFault::Failed => "the database reported an error",
        }
    }
}

impl StoreError {
    /// The kind of failure, without the database's own words.
    pub fn fault(&self) -> DbFault {
        match self {
            StoreError::NotFound | StoreError::TooNew(_) | StoreError::Unsupported(_) => {
                DbFault::Failed
            }
            StoreError::Conflict => DbFault::Constraint,
            StoreError::Db(e) | StoreError::Migration { source: e, .. } => classify(e),
        }
    }
}

fn classify(e: &sqlx::Error) -> DbFault {
    match e {
        sqlx::Error::Database(d) => match d.kind() {
            sqlx::error::ErrorKind::Other => match d.code().as_deref() {
                Some(c) if is_full(c) => DbFault::Full,
                Some(c) if c.starts_with("08") || c.starts_with("57") => DbFault::Unavailable,
                _ => DbFault::Failed,
            },
            _ => DbFault::Constraint,
        },
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => DbFault::Unavailable,
        _ => DbFault::Failed,
    }
}

/// Whether a database error code means "no room": SQLite's `SQLITE_FULL` (13; its extended
/// codes keep 13 in the low byte) or PostgreSQL's `53100` (disk_full) and `53200` (out of
/// memory).
fn is_full(code: &str) -> bool {
    match code.parse::<i64>() {
        Ok(n) if code.len() < 5 => n & 0xff == 13,
        _ => code == "53100" || code == "53200",
    }
}

/// `code: text (detail)`, where the detail names only the kind of driver error, the SQLSTATE
/// and the constraint: never a value.
fn describe(e: &sqlx::Error) -> String {
    let f = classify(e);
    let detail = match e {
        sqlx::Error::Database(d) => {
            let code = d.code().map(|c| c.into_owned()).unwrap_or_default();
            match d.constraint() {
                Some(c) => format!("sqlstate {code}, constraint {c}"),
                None => format!("sqlstate {code}"),
            }
        }
        sqlx::Error::Configuration(_) => "configuration".into(),
        sqlx::Error::Io(io) => format!("i/o: {:?}", io.kind()),
        sqlx::Error::Tls(_) => "tls".into(),
        sqlx::Error::Protocol(_) => "protocol".into(),
        sqlx::Error::PoolTimedOut => "pool timed out".into(),
        sqlx::Error::PoolClosed => "pool closed".into(),
        sqlx::Error::WorkerCrashed => "worker crashed".into(),
        sqlx::Error::ColumnNotFound(c) => format!("column {c} not found"),
        sqlx::Error::ColumnDecode { index, .. } => format!("column {index} could not be decoded"),
        sqlx::Error::Decode(_) => "decode".into(),
        sqlx::Error::Encode(_) => "encode".into(),
        _ => "driver".into(),
    };
    format!("{}: {} ({detail})", f.code(), f.text())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_driver_error_shows_its_code_and_never_its_own_text() {
        let e = StoreError::Db(sqlx::Error::Protocol(
            "unexpected 'jan.jansen@voorbeeld.nl'".into(),
        ));
        let text = e.to_string();
        assert!(text.starts_with("db.failed: "), "{text}");
        assert!(!text.contains("jansen"), "{text}");
    }

    #[test]
    fn a_full_disk_and_a_server_going_away_have_codes_of_their_own() {
        assert!(is_full("13"));
        assert!(is_full("53100"));
        assert!(!is_full("19"));
        assert!(!is_full("2067"));
        assert!(!is_full("23505"));
        let e = StoreError::Db(sqlx::Error::PoolTimedOut);
        assert_eq!(e.fault(), DbFault::Unavailable);
    }
}
