//! How much open work is too much for one confidant after a hand-over: a warning, never a
//! refusal (the coordinator knows things the numbers do not).
//!
//! The line is relative, not a fixed number, so that it suits a small office and a large one
//! alike: more than one and a half times the average number of open kwesties per active
//! confidant once the kwesties handed over are counted in. Example: three confidants holding
//! 66, 30 and 20, and 45 kwesties handed over: (66 + 30 + 20 + 45) / 3 ≈ 53.7 on average, so
//! the warning starts above 80; giving all 45 to the one holding 66 (111) is warned about.

/// The most open kwesties one person may hold before the warning: 1.5 × the average of
/// `loads` (the open kwesties of each active confidant, the leaver left out) with `handed`
/// added to the total, rounded down. `None` without confidants to average over.
pub fn limit(loads: &[i64], handed: i64) -> Option<i64> {
    let n = i64::try_from(loads.len()).ok().filter(|n| *n > 0)?;
    let total: i64 = loads.iter().sum::<i64>() + handed.max(0);
    Some(3 * total / (2 * n))
}

/// Whether holding `open` kwesties passes the line ([`limit`]).
pub fn too_much(open: i64, limit: Option<i64>) -> bool {
    limit.is_some_and(|l| open > l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_is_one_and_a_half_times_the_average_after_the_hand_over() {
        assert_eq!(limit(&[66, 30, 20], 45), Some(80));
        assert!(too_much(66 + 45, limit(&[66, 30, 20], 45)));
        assert!(!too_much(20 + 45, limit(&[66, 30, 20], 45)));
        // An even office: nobody is warned for their share.
        assert_eq!(limit(&[10, 10], 10), Some(22));
        assert!(!too_much(15, limit(&[10, 10], 10)));
    }

    #[test]
    fn without_confidants_there_is_no_line() {
        assert_eq!(limit(&[], 12), None);
        assert!(!too_much(1000, None));
    }
}
