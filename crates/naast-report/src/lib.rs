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
pub mod open_data;
pub mod plan;
pub mod protect;
pub mod release;
pub mod series;
pub mod svg;
#[doc(hidden)]
pub mod sweep;

/// A report period: `2026` (the year, quarter 0) or a quarter written as people write it:
/// `2026-Q2`, `2026 Q2`, `Q2 2026`, `2e kwartaal 2026`, `tweede kwartaal 2026`, `2026 kwartaal 2`
/// (upper or lower case).
pub fn parse_period(s: &str) -> Option<(i32, u8)> {
    let s = s.trim().to_lowercase();
    // A dash joins two parts; one at either end, or two in a row, is no period.
    if s.starts_with('-') || s.ends_with('-') || s.contains("--") {
        return None;
    }
    let (mut year, mut quarter, mut word) = (None, None, false);
    for tok in s
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|t| !t.is_empty())
    {
        let q = match tok {
            "kwartaal" | "quarter" => {
                if word {
                    return None;
                }
                word = true;
                continue;
            }
            "eerste" | "first" | "1e" | "1ste" | "1st" => Some(1),
            "tweede" | "second" | "2e" | "2de" | "2nd" => Some(2),
            "derde" | "third" | "3e" | "3de" | "3rd" => Some(3),
            "vierde" | "fourth" | "4e" | "4de" | "4th" => Some(4),
            t if t.len() == 2 && t.starts_with('q') => t[1..].parse::<u8>().ok(),
            t if t.len() == 1 => t.parse::<u8>().ok(),
            t if t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()) => {
                if year.is_some() {
                    return None;
                }
                year = t.parse::<i32>().ok();
                continue;
            }
            _ => return None,
        };
        if quarter.is_some() {
            return None;
        }
        quarter = Some(q.filter(|q| (1..=4).contains(q))?);
    }
    let year = year.filter(|y| (2000..=2100).contains(y))?;
    // A bare digit is a quarter only beside the word; the word needs a quarter.
    let bare = s
        .split(|c: char| c.is_whitespace() || c == '-')
        .any(|t| t.len() == 1);
    if (bare && !word) || (word && quarter.is_none()) {
        return None;
    }
    Some((year, quarter.unwrap_or(0)))
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
        for (text, q) in [
            ("2026-Q4", 4),
            ("Q4 2026", 4),
            ("2026 Q4", 4),
            ("4e kwartaal 2026", 4),
            ("4de kwartaal 2026", 4),
            ("vierde kwartaal 2026", 4),
            ("2026 kwartaal 4", 4),
            ("kwartaal 1 2026", 1),
            ("  q3-2026 ", 3),
            ("2nd quarter 2026", 2),
        ] {
            assert_eq!(parse_period(text), Some((2026, q)), "{text}");
        }
        for bad in [
            "2026-Q5",
            "2026-Q0",
            "26",
            "Q2",
            "2026-",
            "",
            "2026-Qx",
            "2026 4",
            "kwartaal 2026",
            "5e kwartaal 2026",
            "Q2 Q3 2026",
            "2026 2027",
            "2026--Q2",
            "Q2 1999",
        ] {
            assert_eq!(parse_period(bad), None, "{bad}");
        }
        assert_eq!(period_days(2026, 3).1, "2026-09-30");
    }
}
