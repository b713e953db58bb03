//! Randomness, opaque tokens, recovery codes and small primitives.
//!
//! Session, invitation and reset tokens are handed to the user once and
//! stored only as [`hash_token`], so a database leak does not leak live
//! tokens.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, KeyInit as _, Mac as _};
use sha2::{Digest as _, Sha256};
use subtle::ConstantTimeEq as _;

/// Readable lowercase alphabet for recovery codes: digits and letters
/// without `0`, `o`, `1`, `l` and `i`. 31 symbols, ~4.95 bits each.
const RECOVERY_ALPHABET: &[u8; 31] = b"23456789abcdefghjkmnpqrstuvwxyz";

/// `N` bytes from the operating system's CSPRNG.
///
/// # Panics
///
/// Panics if the operating system cannot supply randomness: continuing
/// with weak keys or nonces would be worse than stopping.
#[must_use]
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut buf = [0u8; N];
    if let Err(e) = getrandom::fill(&mut buf) {
        panic!("operating system randomness unavailable: {e}");
    }
    buf
}

/// 32 random bytes as base64url without padding (43 characters).
#[must_use]
pub fn random_token() -> String {
    URL_SAFE_NO_PAD.encode(random_bytes::<32>())
}

/// SHA-256 of the token as lowercase hex (64 characters): the only form in
/// which tokens are stored.
#[must_use]
pub fn hash_token(token: &str) -> String {
    to_hex(&Sha256::digest(token.as_bytes()))
}

/// Compares two byte strings in time independent of their contents (the
/// length is not secret).
#[must_use]
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.ct_eq(b).into()
}

/// `n` fresh single-use recovery codes, each `xxxx-xxxx-xxxx` from a
/// readable lowercase alphabet (no `0`/`o`/`1`/`l`/`i`), 12 uniformly chosen
/// symbols ≈ 59.4 bits each.
///
/// # Panics
///
/// Panics if the operating system cannot supply randomness.
#[must_use]
pub fn recovery_codes(n: usize) -> Vec<String> {
    (0..n).map(|_| recovery_code()).collect()
}

fn recovery_code() -> String {
    // Rejection sampling keeps every symbol uniform: 248 = 8 * 31.
    const LIMIT: u8 = (256 / RECOVERY_ALPHABET.len() * RECOVERY_ALPHABET.len()) as u8;
    let mut code = String::with_capacity(14);
    let mut symbols = 0;
    while symbols < 12 {
        for byte in random_bytes::<16>() {
            if symbols == 12 {
                break;
            }
            if byte >= LIMIT {
                continue;
            }
            if symbols > 0 && symbols % 4 == 0 {
                code.push('-');
            }
            code.push(char::from(
                RECOVERY_ALPHABET[usize::from(byte) % RECOVERY_ALPHABET.len()],
            ));
            symbols += 1;
        }
    }
    code
}

/// HMAC-SHA256 of `msg` under a 32-byte key.
#[must_use]
pub fn hmac_sha256(key: &[u8; 32], msg: &[u8]) -> [u8; 32] {
    let mut mac = match Hmac::<Sha256>::new_from_slice(key) {
        Ok(mac) => mac,
        Err(_) => unreachable!("HMAC accepts keys of any length"),
    };
    mac.update(msg);
    mac.finalize().into_bytes().into()
}

/// The bytes of a hex string (either case); `None` when it is not hex of whole bytes.
#[must_use]
pub fn from_hex(s: &str) -> Option<Vec<u8>> {
    let s = s.as_bytes();
    if !s.len().is_multiple_of(2) {
        return None;
    }
    let nibble = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    s.chunks(2)
        .map(|p| Some(nibble(p[0])? << 4 | nibble(p[1])?))
        .collect()
}

/// Lowercase hex encoding.
/// Lowercase hex of `bytes`.
pub fn to_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0x0f)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn tokens_are_43_url_safe_chars_and_distinct() {
        let tokens: HashSet<String> = (0..100).map(|_| random_token()).collect();
        assert_eq!(tokens.len(), 100);
        for t in &tokens {
            assert_eq!(t.len(), 43);
            assert!(
                t.bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
            );
        }
    }

    #[test]
    fn hash_token_is_stable_lowercase_sha256_hex() {
        assert_eq!(
            hash_token("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let t = random_token();
        assert_eq!(hash_token(&t), hash_token(&t));
        assert_ne!(hash_token(&t), hash_token(&random_token()));
    }

    #[test]
    fn random_bytes_differ_between_calls() {
        assert_ne!(random_bytes::<32>(), random_bytes::<32>());
        assert_eq!(random_bytes::<0>(), [0u8; 0]);
    }

    #[test]
    fn constant_time_eq_compares_contents_and_length() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
        assert!(constant_time_eq(b"", b""));
    }

    #[test]
    fn recovery_codes_have_three_readable_groups_of_four() {
        let codes = recovery_codes(50);
        assert_eq!(codes.len(), 50);
        assert_eq!(codes.iter().collect::<HashSet<_>>().len(), 50);
        for code in &codes {
            assert_eq!(code.len(), 14, "{code}");
            let groups: Vec<&str> = code.split('-').collect();
            assert_eq!(groups.len(), 3, "{code}");
            for g in groups {
                assert_eq!(g.len(), 4, "{code}");
                assert!(g.bytes().all(|c| RECOVERY_ALPHABET.contains(&c)), "{code}");
                assert!(!g.contains(['0', 'o', '1', 'l', 'i']), "{code}");
            }
        }
        assert!(recovery_codes(0).is_empty());
    }

    #[test]
    fn hmac_sha256_matches_rfc_4231_style_vector() {
        // RFC 4231 test case 2 uses a 4-byte key; HMAC zero-pads short keys,
        // so the same key padded to 32 bytes gives the same MAC.
        let mut key = [0u8; 32];
        key[..4].copy_from_slice(b"Jefe");
        assert_eq!(
            to_hex(&hmac_sha256(&key, b"what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
