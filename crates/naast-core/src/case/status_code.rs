//! The citizen's short way back: a six-digit code that, with the kwestie's reference, opens
//! the status page — easier to keep on paper or say on the phone than a 43-character link.
//! Guessing is held off by the lock: [`TRIES`] wrong codes for one reference close it for
//! [`LOCK_SECONDS`], so an attacker who knows a reference has 5 in a million chances an hour.

/// Wrong codes for one reference before it is locked.
pub const TRIES: i64 = 5;
/// How long a locked reference stays locked, and the window the wrong tries are counted in.
pub const LOCK_SECONDS: i64 = 3600;

/// A code from four random bytes: six digits, leading zeros kept (the bias of taking the
/// remainder of 2³² is below one in four thousand).
pub fn code_from(random: [u8; 4]) -> String {
    format!("{:06}", u32::from_be_bytes(random) % 1_000_000)
}

/// Reads a code as typed: spaces, dashes and dots are left out ("123 456", "123-456");
/// anything but six digits is `None`.
pub fn normalise_code(input: &str) -> Option<String> {
    let digits: String = input
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '\u{a0}' | '\t'))
        .collect();
    (digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// A code as shown and printed: two groups of three, `123 456`.
pub fn group_code(code: &str) -> String {
    if code.len() == 6 && code.is_ascii() {
        format!("{} {}", &code[..3], &code[3..])
    } else {
        code.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_six_digits_with_their_leading_zeros() {
        assert_eq!(code_from([0, 0, 0, 7]), "000007");
        assert_eq!(code_from([0xff; 4]).len(), 6);
        assert_eq!(group_code("012345"), "012 345");
    }

    #[test]
    fn a_code_typed_with_spaces_or_dashes_is_read() {
        assert_eq!(normalise_code(" 123 456 "), Some("123456".into()));
        assert_eq!(normalise_code("123-456"), Some("123456".into()));
        assert_eq!(normalise_code("12345"), None);
        assert_eq!(normalise_code("1234567"), None);
        assert_eq!(normalise_code("12a456"), None);
        assert_eq!(normalise_code("١٢٣٤٥٦"), None);
        assert_eq!(normalise_code(""), None);
    }
}
