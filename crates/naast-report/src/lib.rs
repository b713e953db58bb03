//! Naast's anonymized reports. Pure: statistical records in, published numbers out.
//!
//! - [`release`]: the `naast-sdc-release/1` file, which is also how this crate holds every
//!   number of a report series as the reader sees it.
//! - [`audit`]: the publication gate. From everything published in a series it derives, by
//!   integer programming, the tightest interval of every hidden number, and names what fails.

pub mod audit;
pub mod content;
pub mod document;
pub mod export;
pub mod plan;
pub mod protect;
pub mod release;
pub mod series;
pub mod svg;
#[doc(hidden)]
pub mod sweep;

/// A report period: `2026` (the year, quarter 0) or `2026-Q2`.
pub fn parse_period(s: &str) -> Option<(i32, u8)> {
    let s = s.trim();
    let (y, q) = match s.split_once(['-', ' ']) {
        Some((y, q)) => (y, q.trim_start_matches(['Q', 'q']).parse::<u8>().ok()?),
        None => (s, 0),
    };
    let y: i32 = y.parse().ok()?;
    ((2000..=2100).contains(&y) && q <= 4 && (q > 0 || !s.contains('-'))).then_some((y, q))
}

/// `2026` or `2026-Q2`.
pub fn period_label(year: i32, quarter: u8) -> String {
    if quarter == 0 {
        year.to_string()
    } else {
        format!("{year}-Q{quarter}")
    }
}

/// The first and last day of a period, as `YYYY-MM-DD`.
pub fn period_days(year: i32, quarter: u8) -> (String, String) {
    match quarter {
        1 => (format!("{year:04}-01-01"), format!("{year:04}-03-31")),
        2 => (format!("{year:04}-04-01"), format!("{year:04}-06-30")),
        3 => (format!("{year:04}-07-01"), format!("{year:04}-09-30")),
        4 => (format!("{year:04}-10-01"), format!("{year:04}-12-31")),
        _ => (format!("{year:04}-01-01"), format!("{year:04}-12-31")),
    }
}

#[cfg(test)]
mod period_tests {
    use super::*;

    #[test]
    fn periods_parse_and_refuse() {
        assert_eq!(parse_period("2026"), Some((2026, 0)));
        assert_eq!(parse_period("2026-Q2"), Some((2026, 2)));
        assert_eq!(parse_period("2026-q4"), Some((2026, 4)));
        for bad in ["2026-Q5", "2026-Q0", "26", "Q2", "2026-", "", "2026-Qx"] {
            assert_eq!(parse_period(bad), None, "{bad}");
        }
        assert_eq!(period_days(2026, 3).1, "2026-09-30");
    }
}
