//! The agenda: a person's appointments (planned tasks) by day or week, for themselves or — for a
//! coordinator — a colleague; and the private calendar feed that shows the same appointments in
//! the person's own calendar with kind and reference only (never a name, a story or a home
//! address: the feed leaves Naast, AVG art. 5(1)(c) and 32).

use super::{Loaded, TASKS};
use crate::clock::today;
use crate::{App, AppError, Principal, Result};
use jiff::civil::{Date, Time};
use naast_core::{Lang, Role, vocab};
use naast_crypto as crypto;
use naast_store::agenda::{self as store, AppointmentRow};
use naast_store::{cases as cases_store, users};
use std::collections::HashMap;

/// What became of an appointment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum AppointmentState {
    /// Still to come (or passed and not yet marked held: see `Appointment::ask_how`).
    Open,
    Held,
    /// The kwestie was closed before its day.
    Lapsed,
}

/// One appointment in the agenda.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Appointment {
    pub task_id: i64,
    pub case: String,
    pub kind: String,
    pub kind_nl: String,
    pub kind_en: String,
    pub on: String,
    /// `14:30`, or `None` for the whole day.
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub minutes: Option<i64>,
    /// The sealed title: who comes and where (only on the page, never in the feed).
    pub title: String,
    pub state: AppointmentState,
    /// Its time has passed and it is not marked held: "Hoe ging het?".
    pub ask_how: bool,
}

/// One day of the agenda.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AgendaDay {
    pub date: String,
    /// "maandag 7 december 2026".
    pub label: String,
    pub today: bool,
    pub items: Vec<Appointment>,
}

/// A day or a week of someone's agenda.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Agenda {
    pub user_id: i64,
    pub user_name: String,
    /// It is the reader's own agenda.
    pub own: bool,
    pub week: bool,
    pub day: String,
    pub previous: String,
    pub next: String,
    pub today: String,
    pub days: Vec<AgendaDay>,
    /// For a coordinator: whose agenda can be chosen (id, name).
    pub people: Vec<(i64, String)>,
    pub count: usize,
}

/// The Monday of `d`'s week.
fn monday(d: Date) -> Date {
    let back = i64::from(d.weekday().to_monday_zero_offset());
    d.checked_sub(jiff::Span::new().days(back)).unwrap_or(d)
}

fn add_days(d: Date, n: i64) -> Date {
    d.checked_add(jiff::Span::new().days(n)).unwrap_or(d)
}

fn time_of(s: &Option<String>) -> Option<Time> {
    s.as_deref().and_then(naast_core::case::parse_time)
}

fn end_of(start: &Option<String>, minutes: Option<i64>) -> Option<String> {
    let t = time_of(start)?;
    let end = t
        .checked_add(jiff::Span::new().minutes(minutes.unwrap_or(60)))
        .ok()?;
    Some(format!("{:02}:{:02}", end.hour(), end.minute()))
}

impl App {
    /// Someone's agenda (`user`: `None` for one's own) for the day `day` or its week. A
    /// confidant sees only their own agenda; a coordinator also a colleague's. Audited with the
    /// ids of the kwesties shown.
    pub async fn agenda(
        &self,
        who: &Principal,
        user: Option<i64>,
        day: Option<Date>,
        week: bool,
    ) -> Result<Agenda> {
        super::require_caseworker(who)?;
        let me = who.user_id.ok_or(AppError::Forbidden)?;
        let user_id = user.unwrap_or(me);
        if user_id != me && !who.is(Role::Coordinator) {
            return Err(AppError::Forbidden);
        }
        let person = users::by_id(self.db.pool(), user_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let now = today();
        let day = day.unwrap_or(now);
        let (from, to) = if week {
            let m = monday(day);
            (m, add_days(m, 6))
        } else {
            (day, day)
        };
        let rows =
            store::of_owner(self.db.pool(), user_id, &from.to_string(), &to.to_string()).await?;
        let now_time = jiff::Zoned::now()
            .with_time_zone(
                jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap_or(jiff::tz::TimeZone::UTC),
            )
            .time();
        let mut loaded: HashMap<i64, Loaded> = HashMap::new();
        let mut by_day: HashMap<String, Vec<Appointment>> = HashMap::new();
        let mut shown = Vec::new();
        for r in rows {
            if !who.may_see_tenant(r.tenant_id) {
                continue;
            }
            shown.push(r.case_id);
            let title = self.title_of(&mut loaded, &r).await?;
            let a = appointment(&r, title, now, now_time);
            by_day.entry(r.due_on.clone()).or_default().push(a);
        }
        let mut days = Vec::new();
        let mut d = from;
        let mut count = 0;
        while d <= to {
            let items = by_day.remove(&d.to_string()).unwrap_or_default();
            count += items.len();
            days.push(AgendaDay {
                date: d.to_string(),
                label: naast_core::terms::dutch(d),
                today: d == now,
                items,
            });
            d = add_days(d, 1);
        }
        let people = if who.is(Role::Coordinator) {
            users::list(self.db.pool())
                .await?
                .into_iter()
                .filter(|u| u.disabled_at.is_none() && u.role != Role::Municipality.code())
                .map(|u| (u.id, u.shown_name().to_string()))
                .collect()
        } else {
            Vec::new()
        };
        shown.sort_unstable();
        shown.dedup();
        let ids: Vec<String> = shown.iter().map(i64::to_string).collect();
        self.audit(
            who,
            "agenda.read",
            "user",
            &format!("{user_id}:{}", ids.join(",")),
        )
        .await?;
        let step = if week { 7 } else { 1 };
        Ok(Agenda {
            user_id,
            user_name: person.shown_name().to_string(),
            own: user_id == me,
            week,
            day: day.to_string(),
            previous: add_days(day, -step).to_string(),
            next: add_days(day, step).to_string(),
            today: now.to_string(),
            days,
            people,
            count,
        })
    }

    /// The reader's own appointments whose time has passed and that are not marked held yet
    /// (the last 60 days): "Mijn werk" asks how each went. Not audited on its own: it shows
    /// references and kinds, as the menu's counts do.
    pub async fn appointments_to_finish(&self, who: &Principal) -> Result<Vec<Appointment>> {
        super::require_caseworker(who)?;
        let Some(me) = who.user_id else {
            return Ok(Vec::new());
        };
        let now = today();
        let rows = store::of_owner(
            self.db.pool(),
            me,
            &add_days(now, -60).to_string(),
            &now.to_string(),
        )
        .await?;
        let now_time = jiff::Zoned::now()
            .with_time_zone(
                jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap_or(jiff::tz::TimeZone::UTC),
            )
            .time();
        Ok(rows
            .iter()
            .filter(|r| who.may_see_tenant(r.tenant_id))
            .map(|r| appointment(r, String::new(), now, now_time))
            .filter(|a| a.ask_how)
            .collect())
    }

    async fn title_of(
        &self,
        loaded: &mut HashMap<i64, Loaded>,
        r: &AppointmentRow,
    ) -> Result<String> {
        if let std::collections::hash_map::Entry::Vacant(slot) = loaded.entry(r.case_id) {
            let Some(row) = cases_store::by_id(self.db.pool(), r.case_id).await? else {
                return Ok(String::new());
            };
            let key = self.data_key(row.data_key_id).await?;
            let legacy = self.legacy_aad();
            slot.insert(Loaded { row, key, legacy });
        }
        Ok(loaded
            .get(&r.case_id)
            .map(|c| c.open_at(TASKS.0, TASKS.1, r.id, &r.sealed))
            .unwrap_or_default())
    }

    /// Makes (or renews) the reader's private calendar feed: the address with its secret, shown
    /// once; an earlier address stops working. Audited.
    pub async fn renew_calendar_feed(&self, who: &Principal) -> Result<String> {
        super::require_caseworker(who)?;
        let me = who.user_id.ok_or(AppError::Forbidden)?;
        let token = crypto::random_token();
        store::set_feed(self.db.pool(), me, &crypto::hash_token(&token)).await?;
        self.audit(who, "agenda.feed_new", "user", &me.to_string())
            .await?;
        Ok(self.link(&format!("/admin/agenda/feed/{token}")))
    }

    /// Revokes the reader's calendar feed. Audited.
    pub async fn revoke_calendar_feed(&self, who: &Principal) -> Result<()> {
        super::require_caseworker(who)?;
        let me = who.user_id.ok_or(AppError::Forbidden)?;
        store::delete_feed(self.db.pool(), me).await?;
        self.audit(who, "agenda.feed_revoke", "user", &me.to_string())
            .await?;
        Ok(())
    }

    /// When the reader's feed was made (seconds since 1970), if they have one.
    pub async fn calendar_feed_made(&self, who: &Principal) -> Result<Option<i64>> {
        let me = who.user_id.ok_or(AppError::Forbidden)?;
        Ok(store::feed_made(self.db.pool(), me).await?)
    }

    /// The calendar behind a feed's secret: the owner's appointments from 60 days back to a year
    /// ahead, each with its kind and the kwestie's reference only. An unknown secret, or one of
    /// a disabled person, is `NotFound`.
    pub async fn calendar_feed(&self, token: &str) -> Result<String> {
        if token.len() > 100 {
            return Err(AppError::NotFound);
        }
        let owner = store::feed_owner(self.db.pool(), &crypto::hash_token(token))
            .await?
            .ok_or(AppError::NotFound)?;
        let person = users::by_id(self.db.pool(), owner)
            .await?
            .filter(|u| u.disabled_at.is_none())
            .ok_or(AppError::NotFound)?;
        let tenants = users::tenant_ids(self.db.pool(), owner).await?;
        let coordinator = person.role == Role::Coordinator.code();
        let now = today();
        let rows = store::of_owner(
            self.db.pool(),
            owner,
            &add_days(now, -60).to_string(),
            &add_days(now, 366).to_string(),
        )
        .await?;
        let events: Vec<naast_core::ics::Event> = rows
            .iter()
            .filter(|r| coordinator || tenants.contains(&r.tenant_id))
            .map(|r| feed_event(r, &self.link(&format!("/admin/cases/{}", r.reference))))
            .collect();
        let name = format!("Naast \u{2014} {}", person.shown_name());
        Ok(naast_core::ics::calendar(
            &name,
            &events,
            jiff::Timestamp::now(),
        ))
    }
}

fn state_of(r: &AppointmentRow) -> AppointmentState {
    match (r.done_at, &r.lapsed_on) {
        (None, _) => AppointmentState::Open,
        (Some(_), Some(_)) => AppointmentState::Lapsed,
        (Some(_), None) => AppointmentState::Held,
    }
}

fn appointment(r: &AppointmentRow, title: String, now: Date, now_time: Time) -> Appointment {
    let state = state_of(r);
    let on = r.due_on.parse::<Date>().unwrap_or(now);
    let ended = match end_of(&r.starts_at, r.minutes)
        .as_deref()
        .and_then(naast_core::case::parse_time)
    {
        Some(end) => on < now || (on == now && end <= now_time),
        None => on < now,
    };
    Appointment {
        task_id: r.id,
        case: r.reference.clone(),
        kind: r.planned.clone(),
        kind_nl: vocab::label(naast_core::case::PLANNED_KINDS, &r.planned, Lang::Nl).to_string(),
        kind_en: vocab::label(naast_core::case::PLANNED_KINDS, &r.planned, Lang::En).to_string(),
        on: r.due_on.clone(),
        ends_at: end_of(&r.starts_at, r.minutes),
        starts_at: r.starts_at.clone(),
        minutes: r.minutes,
        title: detail(&title, &r.planned),
        ask_how: state == AppointmentState::Open && ended,
        state,
    }
}

/// The sealed title without the kind the agenda already shows: who comes and where
/// ("met de dochter — waar: bij de inwoner thuis").
fn detail(title: &str, kind: &str) -> String {
    let label = vocab::label(naast_core::case::PLANNED_KINDS, kind, Lang::Nl);
    let rest = title
        .strip_prefix(label)
        .map(|r| r.strip_prefix(" (gepland)").unwrap_or(r))
        .unwrap_or(title);
    let rest = rest
        .trim_start_matches(':')
        .trim_start_matches(" \u{2014} ")
        .trim();
    rest.strip_prefix("waar: ")
        .map_or_else(|| rest.to_string(), |p| format!("Waar: {p}"))
}

/// An appointment as the feed shows it: kind and reference, a link back into Naast, never the
/// sealed title (who comes, where).
fn feed_event(r: &AppointmentRow, link: &str) -> naast_core::ics::Event {
    let kind = vocab::label(naast_core::case::PLANNED_KINDS, &r.planned, Lang::Nl);
    naast_core::ics::Event {
        uid: format!("naast-task-{}@naast", r.id),
        on: r.due_on.parse::<Date>().unwrap_or_default(),
        start: time_of(&r.starts_at),
        minutes: u32::try_from(r.minutes.unwrap_or(60)).unwrap_or(60),
        summary: format!("{kind} \u{2014} {}", r.reference),
        description: format!("Details in Naast (na inloggen): {link}"),
        location: String::new(),
        cancelled: state_of(r) == AppointmentState::Lapsed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_week_starts_on_monday() {
        let d = Date::new(2026, 12, 10).unwrap_or_default();
        assert_eq!(monday(d), Date::new(2026, 12, 7).unwrap_or_default());
        assert_eq!(monday(Date::new(2026, 12, 13).unwrap_or_default()).day(), 7);
    }

    #[test]
    fn the_detail_leaves_out_the_kind() {
        assert_eq!(
            detail(
                "Huisbezoek (gepland): met de dochter \u{2014} waar: thuis",
                "home_visit"
            ),
            "met de dochter \u{2014} waar: thuis"
        );
        assert_eq!(
            detail(
                "Gesprek op het spreekuur (gepland) \u{2014} waar: De Linde",
                "walk_in"
            ),
            "Waar: De Linde"
        );
        assert_eq!(detail("Telefonische afspraak (gepland)", "phone"), "");
        assert_eq!(detail("Iets anders", "phone"), "Iets anders");
    }

    #[test]
    fn an_end_is_start_plus_length() {
        assert_eq!(
            end_of(&Some("14:30".into()), Some(90)),
            Some("16:00".into())
        );
        assert_eq!(end_of(&Some("09:00".into()), None), Some("10:00".into()));
        assert_eq!(end_of(&None, Some(30)), None);
    }
}
