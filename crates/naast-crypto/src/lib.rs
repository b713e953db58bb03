//! Cryptography for Naast: everything that protects citizens' personal data
//! at rest, plus the authentication primitives around it. Pure: no file,
//! network or clock access — callers pass time and store bytes.
//!
//! It owns:
//! - **envelope encryption** ([`DataKey`]): XChaCha20-Poly1305 with
//!   associated data binding each ciphertext to its record;
//! - **the key ring** ([`KeyRing`], [`MasterKey`]): master keys wrap data
//!   keys, rotate without re-encrypting data, derive purpose subkeys and
//!   blind indexes for searching encrypted values;
//! - **tokens** (random tokens stored only as hashes, recovery codes),
//!   **passwords** (Argon2id) and **TOTP** (RFC 6238) second factors.
//!
//! Threat model: an attacker who obtains the database or a backup — but not
//! the master key, which lives only in configuration — learns nothing about
//! the personal data beyond sizes, and can neither alter ciphertexts nor move
//! them between records unnoticed. Deleting a record's wrapped data key
//! crypto-shreds it, including in old backups. Blind indexes reveal only
//! equality of normalised values within one domain. Tokens, recovery codes
//! and passwords are stored only as hashes. Out of scope: a compromised
//! running server (it holds the master key) and traffic analysis.

pub mod envelope;
pub mod error;
pub mod keyring;
pub mod password;
pub mod token;
pub mod totp;

pub use envelope::DataKey;
pub use error::CryptoError;
pub use keyring::{KeyRing, MasterKey, WrappedKey};
pub use password::{dummy_verify, hash_password, verify_password};
pub use token::{
    constant_time_eq, from_hex, hash_token, hmac_sha256, random_bytes, random_token,
    recovery_codes, to_hex,
};
pub use totp::{totp_code_at, totp_generate_secret, totp_secret_base32, totp_url, totp_verify};
