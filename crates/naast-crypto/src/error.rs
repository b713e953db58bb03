//! The one error type of this crate.

/// Everything that can go wrong in `naast-crypto`.
///
/// The variants deliberately carry no secret material and no detail about
/// *why* authentication failed: "wrong key" and "tampered" look the same.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    /// A key was not standard base64 or did not decode to exactly 32 bytes.
    #[error("invalid key: expected standard base64 of exactly 32 bytes")]
    InvalidKey,
    /// A wrapped key names a key-encryption key that is not in the key ring.
    #[error("unknown key id {0:?}: the key ring does not hold this master key")]
    UnknownKeyId(String),
    /// Authentication failed: wrong key, wrong associated data or tampered data.
    #[error("decryption failed: wrong key, wrong context or tampered data")]
    Decrypt,
    /// The blob is not something this crate produced (bad version, too short,
    /// wrong length, or not UTF-8 where text was expected).
    #[error("malformed encrypted data")]
    Format,
    /// Password hashing failed (it does not fail for ordinary input).
    #[error("password hashing failed")]
    Password,
}
