use naast_core::{FieldError, Invalid, Msg};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The input has problems; nothing was changed.
    #[error("invalid input")]
    Invalid(Invalid),
    /// No valid session or token.
    #[error("not signed in")]
    Unauthenticated(Msg),
    /// Signed in, but this is not theirs to see or do.
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// Someone else changed it first (stale version).
    #[error("conflict")]
    Conflict(Msg),
    /// Too many attempts; retry after this many seconds.
    #[error("throttled for {0} s")]
    Throttled(u64),
    /// A limit on what may be added was reached (the message says which); retry after this
    /// many seconds.
    #[error("limit reached, retry after {1} s")]
    Limited(Msg, u64),
    /// Something on our side, in our own words; logged at the edge, never shown.
    #[error("internal error: {0}")]
    Internal(String),
    /// The database failed. The cause is kept for the log at the edge; its text is a code and
    /// fixed words ([`naast_store::StoreError`]), never the database's own message.
    #[error("storage failed")]
    Store(#[source] naast_store::StoreError),
    /// A key or a sealed value could not be used (wrong key, wrong place, damage).
    #[error("sealed data failed")]
    Crypto(#[source] naast_crypto::CryptoError),
    /// Something outside (the mail server, the data) failed, already mapped to a code
    /// ([`crate::fault::Fault`]).
    #[error("outside failure")]
    Outside(#[source] crate::fault::Fault),
}

impl AppError {
    pub fn field(field: &'static str, msg: Msg) -> AppError {
        AppError::Invalid(Invalid(vec![FieldError::new(field, msg)]))
    }

    pub fn general(msg: Msg) -> AppError {
        AppError::Invalid(Invalid(vec![FieldError::general(msg)]))
    }
}

impl AppError {
    /// True for a failure on our side (500): logged at the edge, never shown.
    pub fn is_internal(&self) -> bool {
        matches!(
            self,
            AppError::Internal(_) | AppError::Store(_) | AppError::Crypto(_) | AppError::Outside(_)
        )
    }

    /// The text kept in an error column (`jobs.last_error`): our own words only. An internal
    /// error's cause is already free of outside text (see [`crate::fault::Fault`]).
    pub fn stored_text(&self) -> String {
        match self {
            AppError::Internal(cause) => cause.clone(),
            AppError::Store(e) => e.to_string(),
            AppError::Crypto(e) => format!("crypto: {e}"),
            AppError::Outside(f) => f.to_string(),
            other => other.to_string(),
        }
    }

    /// The error and its causes, outermost first, for the one log line at the edge. The walk
    /// stops at a storage error: below it lies the database's own message, which may quote the
    /// values it refused (an e-mail address in a unique key).
    pub fn chain(&self) -> String {
        let mut out = self.to_string();
        let mut source = std::error::Error::source(self);
        while let Some(s) = source {
            out.push_str(": ");
            out.push_str(&s.to_string());
            if s.downcast_ref::<naast_store::StoreError>().is_some() {
                break;
            }
            source = s.source();
        }
        out
    }
}

impl From<FieldError> for AppError {
    fn from(e: FieldError) -> AppError {
        AppError::Invalid(Invalid(vec![e]))
    }
}

impl From<Invalid> for AppError {
    fn from(e: Invalid) -> AppError {
        AppError::Invalid(e)
    }
}

impl From<naast_store::StoreError> for AppError {
    fn from(e: naast_store::StoreError) -> AppError {
        match e {
            naast_store::StoreError::NotFound => AppError::NotFound,
            naast_store::StoreError::Conflict => AppError::Conflict(Msg::Conflict),
            // `StoreError`'s text is a code and fixed words, never the database's own message.
            other => AppError::Store(other),
        }
    }
}

impl From<naast_crypto::CryptoError> for AppError {
    fn from(e: naast_crypto::CryptoError) -> AppError {
        AppError::Crypto(e)
    }
}

impl From<naast_store::DbError> for AppError {
    fn from(e: naast_store::DbError) -> AppError {
        naast_store::StoreError::from(e).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chain_names_each_cause_and_stops_before_the_databases_own_words() {
        let e = AppError::from(naast_crypto::CryptoError::Decrypt);
        assert!(e.is_internal());
        assert!(
            e.chain().starts_with("sealed data failed: "),
            "{}",
            e.chain()
        );
        assert_eq!(
            e.stored_text(),
            format!("crypto: {}", naast_crypto::CryptoError::Decrypt)
        );
        let e = AppError::from(crate::fault::Fault::SmtpRejected(Some(550)));
        assert_eq!(
            e.chain(),
            "outside failure: smtp.rejected: the mail server refused the message (550)"
        );
        assert_eq!(
            e.stored_text(),
            "smtp.rejected: the mail server refused the message (550)"
        );
        // A database error that quotes a value: the chain shows our words, never the value.
        let db = sqlx::Error::Protocol("duplicate key value (email)=(jan@example.nl)".into());
        let e = AppError::from(naast_store::StoreError::from(db));
        let chain = e.chain();
        assert!(chain.starts_with("storage failed: "), "{chain}");
        assert!(!chain.contains("jan@example.nl"), "{chain}");
        assert!(!AppError::NotFound.is_internal());
    }
}
