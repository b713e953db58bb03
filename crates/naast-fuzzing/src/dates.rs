//! Dates and periods as people type them: the form dates (`YYYY-MM-DD`, `DD-MM-YYYY`,
//! `DD/MM/YYYY`, `DD.MM.YYYY`: `past_date`, `any_date`, `future_date`) and the report period
//! (`2026`, `2026-Q4`, `Q4 2026`, `4e kwartaal 2026`: `naast_report::parse_period`). The
//! whole input is tried with every parser.

use crate::{text, today};
use naast_core::case::{any_date, future_date, past_date};
use naast_report::{parse_period, period_label};

/// Any bytes as a typed date and as a typed period.
pub fn dates(data: &[u8]) {
    let s = text(data);
    let day = today();
    if let Ok(Some(d)) = past_date("on", &s, day, true) {
        assert!(d <= day, "a past date after today: {d}");
        assert!(d.year() >= 1900, "a typed date before 1900: {d}");
        // What was accepted, written the standard way, is accepted again as the same day.
        assert_eq!(past_date("on", &d.to_string(), day, true), Ok(Some(d)));
    }
    if let Ok(Some(d)) = any_date("due_on", &s, true) {
        assert!(
            (1990..=2100).contains(&d.year()),
            "any_date out of range: {d}"
        );
    }
    if let Some(d) = future_date(&s, day) {
        assert!(d > day, "a future date not after today: {d}");
    }
    if let Some((year, quarter)) = parse_period(&s) {
        assert!((2000..=2100).contains(&year), "period year {year}");
        assert!(quarter <= 4, "period quarter {quarter}");
        // A period read back from its label is the same period.
        assert_eq!(
            parse_period(&period_label(year, quarter)),
            Some((year, quarter))
        );
    }
}
