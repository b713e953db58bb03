//! The calendar as the use cases see it: today's date in the Netherlands (`Europe/Amsterdam`),
//! whatever the server's own time zone. Every "today" of the application comes from here.

use jiff::civil::Date;

/// Today in the Netherlands.
pub fn today() -> Date {
    jiff::Zoned::now()
        .with_time_zone(
            jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap_or(jiff::tz::TimeZone::UTC),
        )
        .date()
}
