//! Statutory terms: when a term ends, extended under the Algemene termijnenwet (Atw) when it
//! would end on a Saturday, Sunday or generally recognised holiday. Pure: the caller passes the
//! dates; nothing here reads a clock.
//!
//! Counting (Awb 6:8, and the same reading for the other terms in weeks): a term "of N weeks
//! from day D" starts the day after D and ends on the same weekday N weeks later, i.e. D + N·7
//! days. The Atw then moves that last day (art. 1) and guarantees two working days (art. 2);
//! art. 4 excludes terms in years, of more than 12 weeks or 90 days or 3 months, and in hours.

mod calendar;
mod checks;
mod line;
mod rules;

pub use calendar::{Holiday, add_working_days, decreed_years, holiday, is_working_day};
pub use checks::{PENALTY_PER_DAY, Penalty, penalty_for};
pub use line::answer_line;
pub use rules::{Answer, DeadlineRequest, RuleError, answer};

use jiff::civil::Date;

/// The raw end of a term of `days` days after `from`, and its Atw-extended last day with the
/// reasons for each extension.
///
/// Atw art. 1 lid 1: a statutory term ending on a Saturday, Sunday or generally recognised
/// holiday runs to the next day that is none of these. Atw art. 2: a term of at least three
/// days is extended so that it contains at least two days that are none of these. Atw art. 4:
/// neither applies to terms of more than 12 weeks or 90 days (the caller passes `atw: false`).
pub fn extend(from: Date, days: i64, atw: bool) -> (Date, Date, Vec<String>) {
    let raw = jiff::Span::new()
        .try_days(days)
        .and_then(|span| from.checked_add(span))
        .unwrap_or(from);
    let mut notes = Vec::new();
    if !atw {
        return (raw, raw, notes);
    }
    let mut last = raw;
    // Art. 2: at least two working days in a term of three days or more.
    if days >= 3 {
        let mut working = working_days_between(from, last);
        while working < 2 {
            last = next_day(last);
            if is_working_day(last) {
                working += 1;
            }
            if working >= 2 {
                notes.push(format!(
                    "Atw art. 2: verlengd tot {} zodat de termijn twee werkdagen bevat",
                    dutch(last)
                ));
            }
        }
    }
    // Art. 1: past Saturdays, Sundays and holidays.
    while !is_working_day(last) {
        notes.push(capitalised(&format!(
            "{} is {}",
            dutch(last),
            day_kind(last)
        )));
        last = next_day(last);
    }
    if last != raw && !notes.is_empty() {
        notes.push(format!(
            "Atw art. 1: de termijn loopt door tot en met {}",
            dutch(last)
        ));
    }
    (raw, last, notes)
}

fn next_day(d: Date) -> Date {
    d.tomorrow().unwrap_or(d)
}

/// Working days in `(from, to]`.
fn working_days_between(from: Date, to: Date) -> i64 {
    let mut n = 0;
    let mut d = next_day(from);
    while d <= to {
        if is_working_day(d) {
            n += 1;
        }
        if d == to {
            break;
        }
        d = next_day(d);
    }
    n
}

fn day_kind(d: Date) -> String {
    match holiday(d) {
        Some(h) => h.name().to_string(),
        None => match d.weekday() {
            jiff::civil::Weekday::Saturday => "een zaterdag".into(),
            jiff::civil::Weekday::Sunday => "een zondag".into(),
            _ => "een werkdag".into(),
        },
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// `1 april 2027` (Dutch) or `1 April 2027` (English): a day in words, without its weekday.
pub fn day_in_words(d: Date, lang: crate::Lang) -> String {
    const MONTHS_EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        crate::Lang::En => format!(
            "{} {} {}",
            d.day(),
            MONTHS_EN[(d.month() - 1) as usize],
            d.year()
        ),
        crate::Lang::Nl => {
            let s = dutch(d);
            s.split_once(' ')
                .map(|(_, rest)| rest.to_string())
                .unwrap_or(s)
        }
    }
}

/// `maandag 13 april 2026`.
pub fn dutch(d: Date) -> String {
    const DAYS: [&str; 7] = [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ];
    const MONTHS: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let wd = DAYS[d.weekday().to_monday_zero_offset() as usize];
    let m = MONTHS[(d.month() - 1) as usize];
    format!("{wd} {} {m} {}", d.day(), d.year())
}

#[cfg(test)]
mod tests;
