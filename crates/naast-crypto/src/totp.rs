//! Time-based one-time passwords (RFC 6238) as authenticator apps expect
//! them: HMAC-SHA-1, 6 digits, 30-second steps. The caller supplies the
//! time and remembers the last accepted step to refuse replays.

use std::fmt::Write as _;

use totp_rs::{Algorithm, Builder, Secret, Totp};

use crate::token::{constant_time_eq, random_bytes};

const DIGITS: usize = 6;
const STEP_SECONDS: u64 = 30;

fn totp(secret: &[u8]) -> Totp {
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(DIGITS as u8)
        .with_step_duration(STEP_SECONDS)
        .with_skew(0)
        .with_secret(secret.to_vec())
        // 6 digits and a 30 s step are valid; skipping the checks only
        // avoids rejecting short test secrets.
        .build_noncompliant()
}

/// A fresh 160-bit secret (the RFC 4226 recommendation).
///
/// # Panics
///
/// Panics if the operating system cannot supply randomness.
#[must_use]
pub fn totp_generate_secret() -> Vec<u8> {
    random_bytes::<20>().to_vec()
}

/// The secret as RFC 4648 base32 without padding, for manual entry.
#[must_use]
pub fn totp_secret_base32(secret: &[u8]) -> String {
    Secret::from(secret).to_base32()
}

/// `otpauth://` URL for QR codes, with issuer and account percent-encoded.
#[must_use]
pub fn totp_url(secret: &[u8], issuer: &str, account: &str) -> String {
    let issuer = percent_encode(issuer);
    format!(
        "otpauth://totp/{issuer}:{account}?secret={secret}&issuer={issuer}\
         &algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        account = percent_encode(account),
        secret = totp_secret_base32(secret),
    )
}

/// The 6-digit code for the step containing `unix_time`.
#[must_use]
pub fn totp_code_at(secret: &[u8], unix_time: u64) -> String {
    totp(secret).generate(unix_time).to_string()
}

/// Checks a code against steps t-1, t, t+1; returns the matched step, refusing any step <= last_used_step (replay).
///
/// Spaces in `code` are ignored; anything but exactly six digits is refused.
/// Store the returned step and pass it as `last_used_step` next time.
#[must_use]
pub fn totp_verify(
    secret: &[u8],
    code: &str,
    unix_time: u64,
    last_used_step: Option<i64>,
) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != DIGITS || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let totp = totp(secret);
    let now = i64::try_from(unix_time / STEP_SECONDS).ok()?;
    [now - 1, now, now + 1].into_iter().find(|&step| {
        let fresh = last_used_step.is_none_or(|last| step > last);
        let Ok(step_u) = u64::try_from(step) else {
            return false;
        };
        let expected = totp.generate(step_u * STEP_SECONDS).to_string();
        fresh && constant_time_eq(expected.as_bytes(), code.as_bytes())
    })
}

/// RFC 3986 percent-encoding: everything but unreserved characters.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn the_rfc_6238_sha1_vectors_give_their_last_six_digits() {
        // RFC 6238 appendix B lists 8-digit codes; 6-digit ones are the tail.
        for (time, code) in [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_111_111_111, "050471"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
            (20_000_000_000, "353130"),
        ] {
            assert_eq!(totp_code_at(RFC_SECRET, time), code, "t = {time}");
        }
    }

    #[test]
    fn verify_accepts_the_current_step() {
        let secret = totp_generate_secret();
        let t = 1_700_000_015;
        let code = totp_code_at(&secret, t);
        assert_eq!(totp_verify(&secret, &code, t, None), Some(56_666_667));
    }

    #[test]
    fn verify_accepts_one_step_of_clock_skew_either_way() {
        let t = 1_700_000_015;
        let step = i64::try_from(t / 30).ok();
        let previous = totp_code_at(RFC_SECRET, t - 30);
        let next = totp_code_at(RFC_SECRET, t + 30);
        assert_eq!(
            totp_verify(RFC_SECRET, &previous, t, None),
            step.map(|s| s - 1)
        );
        assert_eq!(totp_verify(RFC_SECRET, &next, t, None), step.map(|s| s + 1));
        let too_old = totp_code_at(RFC_SECRET, t - 60);
        assert_eq!(totp_verify(RFC_SECRET, &too_old, t, None), None);
    }

    #[test]
    fn verify_refuses_a_replay_of_the_same_or_an_earlier_step() {
        let t = 1_700_000_015;
        let code = totp_code_at(RFC_SECRET, t);
        let step = totp_verify(RFC_SECRET, &code, t, None);
        assert!(step.is_some());
        assert_eq!(totp_verify(RFC_SECRET, &code, t, step), None);
        assert_eq!(totp_verify(RFC_SECRET, &code, t + 20, step), None);
        let next = totp_code_at(RFC_SECRET, t + 30);
        assert_eq!(
            totp_verify(RFC_SECRET, &next, t + 30, step),
            step.map(|s| s + 1)
        );
    }

    #[test]
    fn verify_refuses_a_wrong_or_malformed_code() {
        let t = 1_700_000_015;
        let code = totp_code_at(RFC_SECRET, t);
        let wrong = format!("{:06}", (code.parse::<u32>().unwrap_or(0) + 1) % 1_000_000);
        assert_eq!(totp_verify(RFC_SECRET, &wrong, t, None), None);
        for bad in ["", "12345", "1234567", "12a456", "+12345", "１２３４５６"] {
            assert_eq!(totp_verify(RFC_SECRET, bad, t, None), None, "{bad:?}");
        }
    }

    #[test]
    fn verify_ignores_spaces_in_the_code() {
        let t = 1_700_000_015;
        let code = totp_code_at(RFC_SECRET, t);
        let spaced = format!(" {} {} ", &code[..3], &code[3..]);
        assert!(totp_verify(RFC_SECRET, &spaced, t, None).is_some());
    }

    #[test]
    fn verify_at_time_zero_does_not_underflow() {
        let code = totp_code_at(RFC_SECRET, 0);
        assert_eq!(totp_verify(RFC_SECRET, &code, 0, None), Some(0));
    }

    #[test]
    fn secrets_are_20_random_bytes_shown_as_unpadded_base32() {
        let s = totp_generate_secret();
        assert_eq!(s.len(), 20);
        assert_ne!(s, totp_generate_secret());
        assert_eq!(
            totp_secret_base32(RFC_SECRET),
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
        );
        assert_eq!(totp_secret_base32(b"f"), "MY");
    }

    #[test]
    fn the_otpauth_url_is_percent_encoded() {
        let url = totp_url(RFC_SECRET, "Naast Zorg & Co", "jan.de.vries@gemeente.nl");
        assert_eq!(
            url,
            "otpauth://totp/Naast%20Zorg%20%26%20Co:jan.de.vries%40gemeente.nl\
             ?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Naast%20Zorg%20%26%20Co\
             &algorithm=SHA1&digits=6&period=30"
        );
        assert!(totp_url(RFC_SECRET, "A:B", "é").contains("A%3AB:%C3%A9?"));
    }
}
