//! Password hashing with Argon2id (argon2 crate defaults: m = 19 MiB,
//! t = 2, p = 1, the OWASP recommendation), stored as PHC strings.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher as _, PasswordVerifier as _};

use crate::error::CryptoError;

/// Hashes `pw` with Argon2id and a random salt; returns the PHC string
/// (`$argon2id$v=19$m=19456,t=2,p=1$...`).
///
/// # Errors
///
/// [`CryptoError::Password`] if hashing fails (randomness or memory
/// unavailable); not for any ordinary password.
pub fn hash_password(pw: &str) -> Result<String, CryptoError> {
    Argon2::default()
        .hash_password(pw.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|_| CryptoError::Password)
}

/// Whether `pw` matches the PHC string `phc`, using the parameters stored in
/// it. A malformed or unsupported hash gives `false`.
#[must_use]
pub fn verify_password(pw: &str, phc: &str) -> bool {
    Argon2::default()
        .verify_password(pw.as_bytes(), phc)
        .is_ok()
}

/// Does the work of one [`verify_password`] against a default-parameter
/// hash and throws the result away. Call it when the account does not
/// exist, so response time does not reveal which accounts exist.
pub fn dummy_verify(pw: &str) {
    let mut out = [0u8; 32];
    let outcome =
        Argon2::default().hash_password_into(pw.as_bytes(), b"naast-dummy-salt", &mut out);
    let _ = std::hint::black_box((outcome.is_ok(), out));
}

#[cfg(test)]
#[expect(clippy::unwrap_used)]
mod tests {
    use std::time::Instant;

    use super::*;

    #[test]
    fn a_hashed_password_verifies_and_a_wrong_one_does_not() {
        let phc = hash_password("correct horse battery staple").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(verify_password("correct horse battery staple", &phc));
        assert!(!verify_password("correct horse battery stapler", &phc));
        assert!(!verify_password("", &phc));
    }

    #[test]
    fn the_same_password_hashes_differently_each_time() {
        assert_ne!(hash_password("pw").unwrap(), hash_password("pw").unwrap());
    }

    #[test]
    fn a_malformed_hash_never_verifies() {
        for phc in [
            "",
            "plaintext",
            "$argon2id$v=19$m=19456,t=2,p=1$",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$!!!",
            "$2b$12$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234",
        ] {
            assert!(!verify_password("pw", phc), "{phc:?}");
        }
    }

    #[test]
    fn dummy_verify_costs_about_as_much_as_a_real_verify() {
        let phc = hash_password("pw").unwrap();
        // Best of three each, so a busy machine does not make this flaky.
        let fastest = |f: &dyn Fn()| {
            (0..3)
                .map(|_| {
                    let start = Instant::now();
                    f();
                    start.elapsed()
                })
                .min()
                .unwrap()
        };
        let real = fastest(&|| assert!(verify_password("pw", &phc)));
        let dummy = fastest(&|| dummy_verify("pw"));
        // Loose bounds: only catch "does nothing" or "does much more".
        assert!(
            dummy * 4 > real && dummy < real * 4,
            "{real:?} vs {dummy:?}"
        );
    }
}
