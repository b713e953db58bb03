//! A kwestie's reference: how it is made from random bits and read back as a citizen types it.

/// Crockford's base-32 alphabet: no I, L, O, U, so a reference reads aloud without doubt.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A kwestie's reference as citizens see it: `NST-7K4M-2Q9D` (40 random bits).
pub fn reference_from(random: [u8; 5]) -> String {
    let mut n = random
        .iter()
        .fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
    let mut chars = [0u8; 8];
    for c in chars.iter_mut().rev() {
        *c = CROCKFORD[(n & 31) as usize];
        n >>= 5;
    }
    let s = String::from_utf8_lossy(&chars).into_owned();
    format!("NST-{}-{}", &s[..4], &s[4..])
}

/// Reads a reference as typed (lower case, without dashes, O for 0, I/L for 1).
pub fn normalise_reference(input: &str) -> Option<String> {
    let mut body: String = input
        .trim()
        .to_ascii_uppercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect();
    if body.starts_with("NST") && body.len() == 11 {
        body = body[3..].to_string();
    }
    if body.len() != 8 || !body.bytes().all(|b| CROCKFORD.contains(&b)) {
        return None;
    }
    Some(format!("NST-{}-{}", &body[..4], &body[4..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_readable_and_survive_sloppy_typing() {
        let r = reference_from([0xff, 0, 0x12, 0x34, 0x56]);
        assert!(r.starts_with("NST-") && r.len() == 13, "{r}");
        assert_eq!(
            normalise_reference(&r.to_lowercase().replace('-', "")),
            Some(r.clone())
        );
        assert_eq!(
            normalise_reference("nst-oooo-iiii"),
            Some("NST-0000-1111".into())
        );
        assert_eq!(normalise_reference("NST-UUUU-0000"), None);
        assert_eq!(normalise_reference("hello"), None);
    }
}
