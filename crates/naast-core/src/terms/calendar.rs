//! The calendar of the Algemene termijnenwet: weekends, the holidays of art. 3, and the days a
//! Royal Decree equates with them (art. 3 lid 3), which no rule produces and which this module
//! therefore carries as data.

use jiff::civil::{Date, Weekday};

/// A day on which a statutory term does not end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    /// Atw art. 3 lid 1.
    Nieuwjaarsdag,
    /// Atw art. 3 lid 2.
    GoedeVrijdag,
    TweedePaasdag,
    /// Koningsdag: 27 April, or 26 April when the 27th is a Sunday (Wet van 2013, Stb. 2013, 35).
    Koningsdag,
    BevrijdingsDag,
    Hemelvaartsdag,
    TweedePinksterdag,
    EersteKerstdag,
    TweedeKerstdag,
    /// A day equated with a holiday by Royal Decree (Atw art. 3 lid 3).
    Decreed,
}

impl Holiday {
    pub fn name(self) -> &'static str {
        match self {
            Holiday::Nieuwjaarsdag => "Nieuwjaarsdag",
            Holiday::GoedeVrijdag => "Goede Vrijdag",
            Holiday::TweedePaasdag => "Tweede Paasdag",
            Holiday::Koningsdag => "Koningsdag",
            Holiday::BevrijdingsDag => "5 mei (Bevrijdingsdag)",
            Holiday::Hemelvaartsdag => "Hemelvaartsdag",
            Holiday::TweedePinksterdag => "Tweede Pinksterdag",
            Holiday::EersteKerstdag => "Eerste Kerstdag",
            Holiday::TweedeKerstdag => "Tweede Kerstdag",
            Holiday::Decreed => "een bij Koninklijk Besluit met een feestdag gelijkgestelde dag",
        }
    }
}

/// Days equated with a generally recognised holiday by Royal Decree (Atw art. 3 lid 3), one
/// decree per three years, published in the Staatscourant. Source, by decree title:
/// - "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en
///   30 mei 2025 met een algemeen erkende feestdag";
/// - "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en
///   26 mei 2028 met een algemeen erkende feestdag".
///
/// Add the next decree (2029–2031) here when it is published, and its years to `DECREED_YEARS`.
const DECREED: [(i16, i8, i8); 10] = [
    (2023, 4, 28),
    (2023, 5, 19),
    (2024, 5, 10),
    (2024, 12, 27),
    (2025, 5, 30),
    (2026, 1, 2),
    (2026, 5, 15),
    (2027, 5, 7),
    (2028, 4, 28),
    (2028, 5, 26),
];

/// The years whose decreed days are known.
const DECREED_YEARS: std::ops::RangeInclusive<i16> = 2023..=2028;

/// The years for which the decreed days are known; for others, answers carry a warning.
pub fn decreed_years() -> std::ops::RangeInclusive<i16> {
    DECREED_YEARS
}

/// Easter Sunday (Gregorian; the anonymous algorithm of Meeus/Jones/Butcher).
fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as i8, day as i8).ok()
}

fn plus(d: Date, days: i64) -> Option<Date> {
    let span = jiff::Span::new().try_days(days).ok()?;
    d.checked_add(span).ok()
}

/// The holiday on `d`, if any (Atw art. 3).
pub fn holiday(d: Date) -> Option<Holiday> {
    let (y, m, day) = (d.year(), d.month(), d.day());
    if (m, day) == (1, 1) {
        return Some(Holiday::Nieuwjaarsdag);
    }
    if (m, day) == (12, 25) {
        return Some(Holiday::EersteKerstdag);
    }
    if (m, day) == (12, 26) {
        return Some(Holiday::TweedeKerstdag);
    }
    if (m, day) == (5, 5) {
        return Some(Holiday::BevrijdingsDag);
    }
    let koningsdag = match Date::new(y, 4, 27) {
        Ok(k) if k.weekday() == Weekday::Sunday => Date::new(y, 4, 26).ok(),
        Ok(k) => Some(k),
        Err(_) => None,
    };
    if Some(d) == koningsdag {
        return Some(Holiday::Koningsdag);
    }
    if let Some(e) = easter(y) {
        if Some(d) == plus(e, -2) {
            return Some(Holiday::GoedeVrijdag);
        }
        if Some(d) == plus(e, 1) {
            return Some(Holiday::TweedePaasdag);
        }
        if Some(d) == plus(e, 39) {
            return Some(Holiday::Hemelvaartsdag);
        }
        if Some(d) == plus(e, 50) {
            return Some(Holiday::TweedePinksterdag);
        }
    }
    if DECREED
        .iter()
        .any(|&(yy, mm, dd)| (yy, mm, dd) == (y, m, day))
    {
        return Some(Holiday::Decreed);
    }
    None
}

/// Neither a Saturday, a Sunday nor a holiday.
pub fn is_working_day(d: Date) -> bool {
    !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) && holiday(d).is_none()
}

/// The day `n` working days after `from` (weekends and the holidays of Atw art. 3 skipped):
/// the promise of the web form, "we contact you within three working days", counted on the
/// same calendar as the statutory terms.
pub fn add_working_days(from: Date, n: u32) -> Date {
    let mut d = from;
    let mut left = n;
    while left > 0 {
        match d.tomorrow() {
            Ok(next) => d = next,
            Err(_) => return d,
        }
        if is_working_day(d) {
            left -= 1;
        }
    }
    d
}
