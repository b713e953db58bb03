//! Envelope encryption with per-record data keys.
//!
//! A [`DataKey`] encrypts the actual personal data with XChaCha20-Poly1305.
//! Data keys are themselves stored only wrapped under a master key (see
//! [`crate::KeyRing`]); deleting the wrapped key "crypto-shreds" everything
//! sealed under it.
//!
//! Blob layout: `0x01 || nonce (24 random bytes) || ciphertext || tag (16)`.

use std::fmt;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use zeroize::Zeroize;

use crate::error::CryptoError;
use crate::token::random_bytes;

/// Version byte at the start of every sealed blob.
const VERSION: u8 = 0x01;
/// XChaCha20 nonce length.
const NONCE_LEN: usize = 24;
/// Poly1305 tag length.
const TAG_LEN: usize = 16;
/// Smallest valid blob: version, nonce and tag around an empty plaintext.
const MIN_BLOB_LEN: usize = 1 + NONCE_LEN + TAG_LEN;

/// A 32-byte symmetric key for XChaCha20-Poly1305.
///
/// Zeroized on drop; `Debug` never prints the key.
#[derive(Clone)]
pub struct DataKey {
    bytes: [u8; 32],
}

impl DataKey {
    /// A fresh random key from the operating system's CSPRNG.
    ///
    /// # Panics
    ///
    /// Panics if the operating system cannot supply randomness.
    #[must_use]
    pub fn generate() -> DataKey {
        DataKey {
            bytes: random_bytes::<32>(),
        }
    }

    /// Wraps existing key material (e.g. a derived subkey).
    #[must_use]
    pub fn from_bytes(b: [u8; 32]) -> DataKey {
        DataKey { bytes: b }
    }

    /// The raw key, for wrapping. Never leaves the crate.
    /// An independent key for another purpose: `HMAC-SHA256(self, "naast-derive:" || label)`.
    #[must_use]
    pub fn derive(&self, label: &str) -> DataKey {
        let mut msg = b"naast-derive:".to_vec();
        msg.extend_from_slice(label.as_bytes());
        DataKey::from_bytes(crate::token::hmac_sha256(self.as_bytes(), &msg))
    }

    /// HMAC-SHA256 of `msg` under this key, as 64 lowercase hex characters (exact bytes, no
    /// normalising: for authenticating records such as the audit chain).
    #[must_use]
    pub fn mac_hex(&self, msg: &[u8]) -> String {
        crate::token::to_hex(&crate::token::hmac_sha256(self.as_bytes(), msg))
    }

    /// A keyed, deterministic index for exact-match search over sealed values, under a key
    /// derived from this one (so it survives master-key rotation when this key is stored
    /// wrapped). Input is `domain || 0x00 || value` with the value trimmed, lower-cased and inner whitespace collapsed.
    #[must_use]
    pub fn blind_index(&self, domain: &str, value: &str) -> String {
        crate::keyring::blind_index_with(self.derive("blind-index").as_bytes(), domain, value)
    }

    pub(crate) fn as_bytes(&self) -> &[u8; 32] {
        &self.bytes
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        let mut key = Key::from(self.bytes);
        let cipher = XChaCha20Poly1305::new(&key);
        key.zeroize();
        cipher
    }

    /// Encrypts `plaintext`, binding it to `aad` (e.g. table, column and row
    /// id, so a ciphertext cannot be moved to another record unnoticed).
    ///
    /// Returns `0x01 || 24-byte random nonce || ciphertext+tag`.
    ///
    /// # Panics
    ///
    /// Panics if the operating system cannot supply randomness, or if the
    /// input exceeds the AEAD's limit (about 256 GiB).
    #[must_use]
    pub fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Vec<u8> {
        let nonce = random_bytes::<NONCE_LEN>();
        let payload = Payload {
            msg: plaintext,
            aad,
        };
        let ciphertext = match self.cipher().encrypt(&XNonce::from(nonce), payload) {
            Ok(ct) => ct,
            Err(_) => panic!("XChaCha20-Poly1305 refused to encrypt (input too long)"),
        };
        let mut blob = Vec::with_capacity(1 + NONCE_LEN + ciphertext.len());
        blob.push(VERSION);
        blob.extend_from_slice(&nonce);
        blob.extend_from_slice(&ciphertext);
        blob
    }

    /// Decrypts a blob made by [`DataKey::seal`] with the same `aad`.
    ///
    /// # Errors
    ///
    /// [`CryptoError::Format`] if the blob is too short or has an unknown
    /// version; [`CryptoError::Decrypt`] if the key or `aad` is wrong or the
    /// blob was altered.
    pub fn open(&self, aad: &[u8], blob: &[u8]) -> Result<Vec<u8>, CryptoError> {
        if blob.len() < MIN_BLOB_LEN || blob[0] != VERSION {
            return Err(CryptoError::Format);
        }
        let (nonce, ciphertext) = blob[1..].split_at(NONCE_LEN);
        let nonce = XNonce::try_from(nonce).map_err(|_| CryptoError::Format)?;
        let payload = Payload {
            msg: ciphertext,
            aad,
        };
        self.cipher()
            .decrypt(&nonce, payload)
            .map_err(|_| CryptoError::Decrypt)
    }

    /// [`DataKey::seal`] for text.
    #[must_use]
    pub fn seal_str(&self, aad: &[u8], s: &str) -> Vec<u8> {
        self.seal(aad, s.as_bytes())
    }

    /// [`DataKey::open`] for text.
    ///
    /// # Errors
    ///
    /// As [`DataKey::open`], plus [`CryptoError::Format`] if the plaintext is
    /// not UTF-8.
    pub fn open_str(&self, aad: &[u8], blob: &[u8]) -> Result<String, CryptoError> {
        let bytes = self.open(aad, blob)?;
        String::from_utf8(bytes).map_err(|e| {
            e.into_bytes().zeroize();
            CryptoError::Format
        })
    }
}

impl Drop for DataKey {
    fn drop(&mut self) {
        self.bytes.zeroize();
    }
}

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DataKey(<redacted>)")
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used)]
mod tests {
    use super::*;

    const AAD: &[u8] = b"clients:notes:42";

    #[test]
    fn sealed_data_opens_again_with_the_same_key_and_aad() {
        let dk = DataKey::generate();
        let blob = dk.seal(AAD, b"BSN 123456782, lives at Dorpsstraat 1");
        assert_eq!(blob[0], VERSION);
        assert_eq!(blob.len(), 1 + NONCE_LEN + 37 + TAG_LEN);
        assert_eq!(
            dk.open(AAD, &blob).unwrap(),
            b"BSN 123456782, lives at Dorpsstraat 1"
        );
    }

    #[test]
    fn text_roundtrips_through_seal_str_and_open_str() {
        let dk = DataKey::generate();
        let blob = dk.seal_str(AAD, "Zoë de Vries");
        assert_eq!(dk.open_str(AAD, &blob).unwrap(), "Zoë de Vries");
    }

    #[test]
    fn an_empty_plaintext_roundtrips() {
        let dk = DataKey::generate();
        let blob = dk.seal(AAD, b"");
        assert_eq!(blob.len(), MIN_BLOB_LEN);
        assert!(dk.open(AAD, &blob).unwrap().is_empty());
    }

    #[test]
    fn sealing_twice_gives_different_blobs() {
        let dk = DataKey::generate();
        assert_ne!(dk.seal(AAD, b"same"), dk.seal(AAD, b"same"));
    }

    #[test]
    fn opening_with_the_wrong_key_fails_with_decrypt() {
        let blob = DataKey::generate().seal(AAD, b"secret");
        assert_eq!(
            DataKey::generate().open(AAD, &blob),
            Err(CryptoError::Decrypt)
        );
    }

    #[test]
    fn flipping_any_single_bit_of_the_ciphertext_fails() {
        let dk = DataKey::generate();
        let blob = dk.seal(AAD, b"secret");
        for i in 1 + NONCE_LEN..blob.len() {
            let mut tampered = blob.clone();
            tampered[i] ^= 0x01;
            assert_eq!(dk.open(AAD, &tampered), Err(CryptoError::Decrypt));
        }
    }

    #[test]
    fn a_tampered_nonce_fails() {
        let dk = DataKey::generate();
        let mut blob = dk.seal(AAD, b"secret");
        blob[5] ^= 0x80;
        assert_eq!(dk.open(AAD, &blob), Err(CryptoError::Decrypt));
    }

    #[test]
    fn opening_with_the_wrong_aad_fails() {
        let dk = DataKey::generate();
        let blob = dk.seal(b"clients:notes:42", b"secret");
        assert_eq!(
            dk.open(b"clients:notes:43", &blob),
            Err(CryptoError::Decrypt)
        );
    }

    #[test]
    fn a_truncated_blob_is_a_format_error() {
        let dk = DataKey::generate();
        let blob = dk.seal(AAD, b"");
        assert_eq!(
            dk.open(AAD, &blob[..blob.len() - 1]),
            Err(CryptoError::Format)
        );
        assert_eq!(dk.open(AAD, &[]), Err(CryptoError::Format));
        assert_eq!(dk.open(AAD, &[VERSION]), Err(CryptoError::Format));
    }

    #[test]
    fn an_unknown_version_byte_is_a_format_error() {
        let dk = DataKey::generate();
        let mut blob = dk.seal(AAD, b"secret");
        blob[0] = 0x02;
        assert_eq!(dk.open(AAD, &blob), Err(CryptoError::Format));
    }

    #[test]
    fn non_utf8_plaintext_is_a_format_error_for_open_str() {
        let dk = DataKey::generate();
        let blob = dk.seal(AAD, &[0xff, 0xfe]);
        assert_eq!(dk.open_str(AAD, &blob), Err(CryptoError::Format));
    }

    #[test]
    fn from_bytes_gives_a_usable_deterministic_key() {
        let a = DataKey::from_bytes([7; 32]);
        let b = DataKey::from_bytes([7; 32]);
        assert_eq!(b.open(AAD, &a.seal(AAD, b"x")).unwrap(), b"x");
    }

    #[test]
    fn debug_output_redacts_the_key() {
        let dk = DataKey::from_bytes([0xab; 32]);
        assert_eq!(format!("{dk:?}"), "DataKey(<redacted>)");
    }
}

#[cfg(test)]
mod blind_index_tests {
    use super::DataKey;

    #[test]
    fn the_blind_index_is_deterministic_64_char_lowercase_hex() {
        let key = DataKey::from_bytes([7; 32]);
        let a = key.blind_index("bsn", "123456782");
        assert_eq!(a, key.blind_index("bsn", "123456782"));
        assert_eq!(a.len(), 64);
        assert!(
            a.bytes()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
        assert_ne!(a, key.blind_index("bsn", "123456783"));
    }

    #[test]
    fn the_blind_index_normalises_case_and_whitespace() {
        let key = DataKey::from_bytes([7; 32]);
        assert_eq!(
            key.blind_index("name", "  Jan   de\tVRIES \n"),
            key.blind_index("name", "jan de vries")
        );
        assert_ne!(
            key.blind_index("name", "jan devries"),
            key.blind_index("name", "jan de vries")
        );
    }

    #[test]
    fn the_blind_index_differs_per_domain_and_per_key() {
        let key = DataKey::from_bytes([7; 32]);
        assert_ne!(
            key.blind_index("email", "a@b.nl"),
            key.blind_index("phone", "a@b.nl")
        );
        // The 0x00 separator keeps domain and value apart.
        assert_ne!(key.blind_index("ab", "c"), key.blind_index("a", "bc"));
        assert_ne!(
            key.blind_index("email", "a@b.nl"),
            DataKey::from_bytes([8; 32]).blind_index("email", "a@b.nl")
        );
    }
}
