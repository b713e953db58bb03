//! "Mijn agenda": a person's appointments by day or week (a coordinator may choose a
//! colleague), the "Hoe ging het?" question for appointments that have ended, and the private
//! calendar feed that puts the same appointments in one's own calendar.

use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::cases::{Agenda, AppointmentState};

#[derive(Template)]
#[template(path = "admin/agenda.html")]
struct AgendaPage {
    page: Page,
    a: Agenda,
    /// The feed's address, shown once after it was made.
    new_feed: Option<String>,
    /// Since when the reader's feed exists ("7 december 2026"), if it does.
    feed_since: Option<String>,
    /// `NAAST_PUBLIC_URL` points to this machine only: a calendar in the cloud cannot reach it.
    local_only: bool,
}

impl AgendaPage {
    fn held(&self, s: &AppointmentState) -> bool {
        *s == AppointmentState::Held
    }

    fn lapsed(&self, s: &AppointmentState) -> bool {
        *s == AppointmentState::Lapsed
    }

    /// The address of another day or week in the same view.
    fn step(&self, day: &str) -> String {
        self.link(day, self.a.week)
    }

    /// The address of this day alone, or of its whole week.
    fn switch(&self) -> String {
        self.link(&self.a.day, !self.a.week)
    }

    /// The query string for another day, week or person.
    fn link(&self, day: &str, week: bool) -> String {
        let mut q = format!("/admin/agenda?day={day}");
        if week {
            q.push_str("&view=week");
        }
        if !self.a.own {
            q.push_str(&format!("&user={}", self.a.user_id));
        }
        q
    }
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct AgendaQuery {
    day: String,
    view: String,
    user: String,
    /// `revoked` after the feed was revoked.
    feed: String,
}

async fn build(ctx: &Ctx, q: &AgendaQuery, new_feed: Option<String>) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let day = match q.day.trim() {
        "" => None,
        d => Some(d.parse::<jiff::civil::Date>().map_err(|_| {
            WebError::App(
                AppError::Invalid(naast_core::Invalid(vec![naast_core::FieldError::new(
                    "day",
                    naast_core::Msg::DateInvalid,
                )])),
                ctx.lang,
            )
        })?),
    };
    let user = match q.user.trim() {
        "" => None,
        u => Some(
            u.parse::<i64>()
                .map_err(|_| WebError::App(AppError::NotFound, ctx.lang))?,
        ),
    };
    let week = q.view == "week";
    let a = ctx.app.agenda(who, user, day, week).await.lang(ctx.lang)?;
    let feed_since = ctx
        .app
        .calendar_feed_made(who)
        .await
        .lang(ctx.lang)?
        .and_then(|s| jiff::Timestamp::from_second(s).ok())
        .map(|t| {
            naast_core::terms::dutch(
                t.to_zoned(
                    jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap_or(jiff::tz::TimeZone::UTC),
                )
                .date(),
            )
        });
    let public = ctx.app.settings.public_url.clone();
    let local_only = public.contains("127.0.0.1") || public.contains("localhost");
    let title = if a.own {
        Page::new(ctx, "Mijn agenda", "My agenda")
    } else {
        let mut p = Page::new(ctx, "Agenda", "Agenda");
        p.title = format!(
            "{} {}",
            ctx.lang.pick("Agenda van", "Agenda of"),
            a.user_name
        );
        p
    };
    let page = match &new_feed {
        Some(_) => title.with_notice(ctx.lang.pick(
            "Uw agenda-koppeling is gemaakt. Een eerdere koppeling werkt niet meer.",
            "Your calendar feed was made. An earlier feed no longer works.",
        )),
        None if q.feed == "revoked" => title.with_notice(ctx.lang.pick(
            "Uw agenda-koppeling is ingetrokken. Uw agenda-programma haalt geen afspraken meer op.",
            "Your calendar feed was revoked. Your calendar program gets no more appointments.",
        )),
        None => title,
    };
    Ok(render(&AgendaPage {
        page,
        a,
        new_feed,
        feed_since,
        local_only,
    }))
}

pub async fn page(ctx: Ctx, Query(q): Query<AgendaQuery>) -> Result<Response, WebError> {
    build(&ctx, &q, None).await
}

/// Makes or renews one's own feed; its address is shown once, on the page that follows.
pub async fn renew_feed(form: Form) -> Result<Response, WebError> {
    let who = form.ctx.staff()?;
    let url = form
        .ctx
        .app
        .renew_calendar_feed(who)
        .await
        .lang(form.ctx.lang)?;
    let q = AgendaQuery {
        view: "week".into(),
        ..Default::default()
    };
    build(&form.ctx, &q, Some(url)).await
}

pub async fn revoke_feed(form: Form) -> Result<Response, WebError> {
    let who = form.ctx.staff()?;
    form.ctx
        .app
        .revoke_calendar_feed(who)
        .await
        .lang(form.ctx.lang)?;
    Ok(Redirect::to("/admin/agenda?view=week&feed=revoked").into_response())
}

/// The feed itself: no session (a calendar program fetches it), the secret in the address is
/// the key. An unknown or revoked secret is a plain 404.
pub async fn feed(ctx: Ctx, Path(token): Path<String>) -> Result<Response, WebError> {
    let token = token.trim_end_matches(".ics");
    let ics = ctx.app.calendar_feed(token).await.lang(ctx.lang)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "inline; filename=\"naast-agenda.ics\"",
            ),
            (header::HeaderName::from_static("x-robots-tag"), "noindex"),
        ],
        ics,
    )
        .into_response())
}
