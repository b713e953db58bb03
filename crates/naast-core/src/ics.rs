//! iCalendar text (RFC 5545) for a confidant's private agenda feed and a citizen's appointment
//! file: events in local time with the `Europe/Amsterdam` time-zone definition beside them.
//!
//! Written here rather than with the `icalendar` crate, which cannot write a `VTIMEZONE`
//! (it adds `DTSTAMP` and `UID` to every component it writes, which a time-zone definition must
//! not have, RFC 5545 §3.6.5); the tests read what this writes back with that crate's parser.

use jiff::Timestamp;
use jiff::civil::{Date, Time};

/// The time zone every appointment is in.
pub const TZID: &str = "Europe/Amsterdam";

/// Central European time with summer time from the last Sunday of March (02:00) to the last
/// Sunday of October (03:00), as the Netherlands keeps it (Directive 2000/84/EC, art. 2–3;
/// Zomertijdbesluit 1998).
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19810329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19961027T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// One appointment as a calendar shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stable over renewals, so a calendar updates the event rather than doubling it.
    pub uid: String,
    pub on: Date,
    /// `None`: the whole day.
    pub start: Option<Time>,
    pub minutes: u32,
    pub summary: String,
    pub description: String,
    /// Empty: no `LOCATION` line.
    pub location: String,
    /// Held or lapsed appointments stay in the feed, marked so.
    pub cancelled: bool,
}

/// A whole calendar: `name` is the calendar's display name.
pub fn calendar(name: &str, events: &[Event], stamp: Timestamp) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Naast//Agenda//NL");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", text(name)));
    line(&mut out, &format!("X-WR-TIMEZONE:{TZID}"));
    out.push_str(VTIMEZONE);
    let stamp = stamp.strftime("%Y%m%dT%H%M%SZ").to_string();
    for e in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", text(&e.uid)));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        match e.start {
            Some(t) => {
                let start = e.on.to_datetime(t);
                let end = start
                    .checked_add(jiff::Span::new().minutes(i64::from(e.minutes.max(1))))
                    .unwrap_or(start);
                line(&mut out, &format!("DTSTART;TZID={TZID}:{}", local(start)));
                line(&mut out, &format!("DTEND;TZID={TZID}:{}", local(end)));
            }
            None => {
                let next = e.on.tomorrow().unwrap_or(e.on);
                line(
                    &mut out,
                    &format!("DTSTART;VALUE=DATE:{}", e.on.strftime("%Y%m%d")),
                );
                line(
                    &mut out,
                    &format!("DTEND;VALUE=DATE:{}", next.strftime("%Y%m%d")),
                );
                line(&mut out, "TRANSP:TRANSPARENT");
            }
        }
        line(&mut out, &format!("SUMMARY:{}", text(&e.summary)));
        if !e.description.is_empty() {
            line(&mut out, &format!("DESCRIPTION:{}", text(&e.description)));
        }
        if !e.location.is_empty() {
            line(&mut out, &format!("LOCATION:{}", text(&e.location)));
        }
        line(&mut out, "CLASS:CONFIDENTIAL");
        if e.cancelled {
            line(&mut out, "STATUS:CANCELLED");
        } else {
            line(&mut out, "STATUS:CONFIRMED");
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

fn local(dt: jiff::civil::DateTime) -> String {
    dt.strftime("%Y%m%dT%H%M%S").to_string()
}

/// A TEXT value escaped (RFC 5545 §3.3.11).
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded after 75 octets, never inside a character (RFC 5545 §3.1).
fn line(out: &mut String, content: &str) {
    let mut used = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(start: Option<Time>) -> Event {
        Event {
            uid: "task-7@naast".into(),
            on: Date::new(2026, 3, 29).unwrap_or_default(),
            start,
            minutes: 90,
            summary: "Huisbezoek, MD-2026-0007".into(),
            description: "Zie Naast; a, b; c\\d\nregel".into(),
            location: String::new(),
            cancelled: false,
        }
    }

    #[test]
    fn an_appointment_is_in_local_time_with_its_zone() {
        let t = Time::new(14, 30, 0, 0).ok();
        let ics = calendar("Agenda", &[event(t)], Timestamp::UNIX_EPOCH);
        assert!(ics.contains("DTSTART;TZID=Europe/Amsterdam:20260329T143000\r\n"));
        assert!(ics.contains("DTEND;TZID=Europe/Amsterdam:20260329T160000\r\n"));
        assert!(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam"));
        assert!(ics.contains("DTSTAMP:19700101T000000Z"));
        assert!(ics.contains("SUMMARY:Huisbezoek\\, MD-2026-0007\r\n"));
        assert!(ics.contains("DESCRIPTION:Zie Naast\\; a\\, b\\; c\\\\d\\nregel\r\n"));
        assert!(!ics.contains("LOCATION"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn a_whole_day_is_a_date() {
        let ics = calendar("Agenda", &[event(None)], Timestamp::UNIX_EPOCH);
        assert!(ics.contains("DTSTART;VALUE=DATE:20260329\r\nDTEND;VALUE=DATE:20260330\r\n"));
    }

    #[test]
    fn long_lines_fold_between_characters() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "é".repeat(60));
        line(&mut out, &long);
        for l in out.split("\r\n") {
            assert!(l.len() <= 75, "{l}");
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), long);
    }
}
