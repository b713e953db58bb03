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
    /// Something on our side; details are logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
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
    /// The text kept in an error column (`jobs.last_error`): our own words only. An internal
    /// error's cause is already free of outside text (see [`crate::fault::Fault`]).
    pub fn stored_text(&self) -> String {
        match self {
            AppError::Internal(cause) => cause.clone(),
            other => other.to_string(),
        }
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
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<naast_crypto::CryptoError> for AppError {
    fn from(e: naast_crypto::CryptoError) -> AppError {
        AppError::Internal(format!("crypto: {e}"))
    }
}

impl From<naast_store::DbError> for AppError {
    fn from(e: naast_store::DbError) -> AppError {
        naast_store::StoreError::from(e).into()
    }
}
