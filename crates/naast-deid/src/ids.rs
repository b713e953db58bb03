//! Checksums that decide whether a number is an identifier (`shared/deid/DUTCH_IDENTIFIERS.md`).

/// The 11-proef of a BSN (and RSIN): weights 9…2 and −1 on the last digit; 8-digit numbers are
/// padded with a leading 0; `000000000` is refused.
pub fn bsn_ok(digits: &str) -> bool {
    // The digits, right-aligned in nine places (a leading 0 for eight).
    let mut d = [0i64; 9];
    let mut n = 0;
    for v in digits.chars().filter_map(|c| c.to_digit(10).map(i64::from)) {
        if n == d.len() {
            return false;
        }
        d[n] = v;
        n += 1;
    }
    match n {
        9 => {}
        8 => d.rotate_right(1),
        _ => return false,
    }
    if d.iter().all(|x| *x == 0) {
        return false;
    }
    let sum: i64 = d[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(x, w)| x * w)
        .sum::<i64>()
        - d[8];
    sum % 11 == 0
}

/// ISO 13616 mod 97 of a Dutch IBAN (spaces allowed, any case).
pub fn iban_ok(s: &str) -> bool {
    let compact: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if compact.len() != 18 || !compact.starts_with("NL") {
        return false;
    }
    let (head, tail) = compact.split_at(4);
    let mut rem: u32 = 0;
    for c in tail.chars().chain(head.chars()) {
        let v = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'A'..='Z' => c as u32 - 'A' as u32 + 10,
            _ => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bsn_checksums() {
        assert!(bsn_ok("111222333"));
        assert!(bsn_ok("1112.22.333"));
        assert!(!bsn_ok("123456789"));
        assert!(!bsn_ok("000000000"));
        assert!(!bsn_ok("12345"));
    }

    /// `bsn_ok` as first written, with vectors.
    fn bsn_ok_by_vectors(digits: &str) -> bool {
        let d: Vec<i64> = digits
            .chars()
            .filter_map(|c| c.to_digit(10).map(i64::from))
            .collect();
        let d = match d.len() {
            9 => d,
            8 => std::iter::once(0).chain(d).collect(),
            _ => return false,
        };
        if d.iter().all(|x| *x == 0) {
            return false;
        }
        let sum: i64 = d[..8]
            .iter()
            .zip((2..=9).rev())
            .map(|(x, w)| x * w)
            .sum::<i64>()
            - d[8];
        sum % 11 == 0
    }

    #[test]
    fn bsn_checksums_as_before() {
        let mut seed: u64 = 7;
        let mut valid = 0;
        for _ in 0..50_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let n = (seed >> 60) as usize;
            let s: String = (0..n)
                .map(|i| ["0", "1", "3", "7", "9", ".", " ", "٣"][((seed >> (i * 3)) % 8) as usize])
                .collect();
            assert_eq!(bsn_ok(&s), bsn_ok_by_vectors(&s), "{s:?}");
            valid += usize::from(bsn_ok(&s));
        }
        assert!(valid > 100, "{valid}");
    }

    #[test]
    fn iban_checksums() {
        assert!(iban_ok("NL91ABNA0417164300"));
        assert!(iban_ok("nl91 abna 0417 1643 00"));
        assert!(!iban_ok("NL92ABNA0417164300"));
        assert!(!iban_ok("DE91ABNA0417164300"));
    }
}
