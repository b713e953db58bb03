//! Master keys, key rotation, key wrapping, blind indexes and subkeys.
//!
//! Master keys come from configuration (base64) and never touch the
//! database. Each one has a short public id; wrapped data keys record the id
//! of the master key that wrapped them, so old master keys can be kept in the
//! ring (read-only) while everything is re-wrapped under the current one.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest as _, Sha256};
use zeroize::Zeroize;

use crate::envelope::DataKey;
use crate::error::CryptoError;
use crate::token::{hmac_sha256, random_bytes, to_hex};

/// Label under which the key-encryption key is derived from a master key.
/// Deliberately outside the `naast-subkey:` namespace of [`KeyRing::subkey`].
const KEK_LABEL: &[u8] = b"naast-kek";

/// A 32-byte master key (key-encryption key).
///
/// Zeroized on drop; `Debug` prints only the public id.
#[derive(Clone)]
pub struct MasterKey {
    bytes: [u8; 32],
    id: String,
}

impl MasterKey {
    fn from_array(bytes: [u8; 32]) -> MasterKey {
        let digest = Sha256::new()
            .chain_update(b"naast-key-id")
            .chain_update(bytes)
            .finalize();
        let id = to_hex(&digest[..4]);
        MasterKey { bytes, id }
    }

    /// A fresh random master key.
    ///
    /// # Panics
    ///
    /// Panics if the operating system cannot supply randomness.
    #[must_use]
    pub fn generate() -> MasterKey {
        MasterKey::from_array(random_bytes::<32>())
    }

    /// Parses standard (padded) base64 of exactly 32 bytes; surrounding
    /// whitespace is ignored.
    ///
    /// # Errors
    ///
    /// [`CryptoError::InvalidKey`] on bad base64 or a length other than 32.
    pub fn from_base64(s: &str) -> Result<MasterKey, CryptoError> {
        let mut decoded = STANDARD
            .decode(s.trim())
            .map_err(|_| CryptoError::InvalidKey)?;
        let bytes = <[u8; 32]>::try_from(decoded.as_slice()).map_err(|_| CryptoError::InvalidKey);
        decoded.zeroize();
        Ok(MasterKey::from_array(bytes?))
    }

    /// Standard base64 (44 characters), for configuration files.
    #[must_use]
    pub fn to_base64(&self) -> String {
        STANDARD.encode(self.bytes)
    }

    /// Public key id: 8 lowercase hex characters of
    /// `SHA-256("naast-key-id" || key)`. Safe to store and log.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    fn kek(&self) -> DataKey {
        DataKey::from_bytes(hmac_sha256(&self.bytes, KEK_LABEL))
    }
}

impl Drop for MasterKey {
    fn drop(&mut self) {
        self.bytes.zeroize();
    }
}

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MasterKey").field("id", &self.id).finish()
    }
}

/// A data key sealed under a master key, plus that master key's id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrappedKey {
    /// [`MasterKey::id`] of the key-encryption key.
    pub kek_id: String,
    /// The data key, sealed like [`DataKey::seal`] output.
    pub blob: Vec<u8>,
}

/// The current master key plus older ones that may still be needed to read.
#[derive(Clone, Debug)]
pub struct KeyRing {
    current: MasterKey,
    older: Vec<MasterKey>,
}

impl KeyRing {
    /// A ring that writes with `current` and can still read with `older`.
    #[must_use]
    pub fn new(current: MasterKey, older: Vec<MasterKey>) -> KeyRing {
        KeyRing { current, older }
    }

    /// Id of the key new data keys are wrapped under.
    #[must_use]
    pub fn current_id(&self) -> &str {
        self.current.id()
    }

    /// The ids of every key held, the current one first (a restore checks that its backup's
    /// data keys are wrapped under keys that are at hand).
    pub fn ids(&self) -> Vec<&str> {
        std::iter::once(&self.current)
            .chain(&self.older)
            .map(MasterKey::id)
            .collect()
    }

    fn find(&self, id: &str) -> Option<&MasterKey> {
        std::iter::once(&self.current)
            .chain(&self.older)
            .find(|k| k.id() == id)
    }

    /// Wraps `dk` under the current master key, bound to `aad` (e.g. the
    /// case id the data key belongs to).
    #[must_use]
    pub fn wrap(&self, dk: &DataKey, aad: &[u8]) -> WrappedKey {
        WrappedKey {
            kek_id: self.current.id().to_owned(),
            blob: self.current.kek().seal(aad, dk.as_bytes()),
        }
    }

    /// Recovers a data key with whichever master key `wk.kek_id` names.
    ///
    /// # Errors
    ///
    /// [`CryptoError::UnknownKeyId`] if that master key is not in the ring;
    /// [`CryptoError::Decrypt`] on a wrong `aad` or tampering;
    /// [`CryptoError::Format`] on a malformed blob.
    pub fn unwrap(&self, wk: &WrappedKey, aad: &[u8]) -> Result<DataKey, CryptoError> {
        let master = self
            .find(&wk.kek_id)
            .ok_or_else(|| CryptoError::UnknownKeyId(wk.kek_id.clone()))?;
        let mut raw = master.kek().open(aad, &wk.blob)?;
        let bytes = <[u8; 32]>::try_from(raw.as_slice()).map_err(|_| CryptoError::Format);
        raw.zeroize();
        Ok(DataKey::from_bytes(bytes?))
    }

    /// Key rotation: unwraps with the key named in `wk` and wraps again
    /// under the current key. The data sealed under the data key is untouched.
    ///
    /// # Errors
    ///
    /// As [`KeyRing::unwrap`].
    pub fn rewrap(&self, wk: &WrappedKey, aad: &[u8]) -> Result<WrappedKey, CryptoError> {
        let dk = self.unwrap(wk, aad)?;
        Ok(self.wrap(&dk, aad))
    }

    /// `HMAC-SHA256(current key, "naast-subkey:" || label)`: an independent
    /// key per purpose (CSRF tokens, system sealing, ...).
    #[must_use]
    pub fn subkey(&self, label: &str) -> [u8; 32] {
        let mut msg = b"naast-subkey:".to_vec();
        msg.extend_from_slice(label.as_bytes());
        hmac_sha256(&self.current.bytes, &msg)
    }
}

/// HMAC-SHA256 of `domain || 0x00 || normalised value` under `key`, as 64 lowercase hex
/// characters; normalising trims, lowercases and collapses inner whitespace.
pub(crate) fn blind_index_with(key: &[u8; 32], domain: &str, value: &str) -> String {
    let normalised = value
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let mut msg = Vec::with_capacity(domain.len() + 1 + normalised.len());
    msg.extend_from_slice(domain.as_bytes());
    msg.push(0x00);
    msg.extend_from_slice(normalised.as_bytes());
    let mac = hmac_sha256(key, &msg);
    msg.zeroize();
    to_hex(&mac)
}

#[cfg(test)]
mod tests;
