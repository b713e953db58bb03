//! Sign-in, second factor, set-up links and TOTP enrolment.

use super::rerender;
use crate::ctx::{Ctx, SESSION_COOKIE, set_cookie};
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::auth::{NewSession, SetupForm, Stage};
use naast_core::Msg;

fn with_session(to: &str, s: &NewSession, ctx: &Ctx) -> Response {
    let mut res = Redirect::to(to).into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(SESSION_COOKIE, &s.token, None, ctx.secure()),
    );
    res
}

/// Where to go next: the second factor (carrying `next` along), enrolment, or the page asked
/// for when it is one of our own.
fn after_stage(stage: Stage, next: &str) -> String {
    match stage {
        Stage::SecondFactor if safe_next(next) => format!(
            "/login/totp?next={}",
            form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
        ),
        Stage::SecondFactor => "/login/totp".into(),
        Stage::Enrol => "/account/totp".into(),
        Stage::Full if safe_next(next) => next.into(),
        Stage::Full => "/admin/start".into(),
    }
}

/// Only our own back office and portal, never another site ("//host" or "/\\host"): a local
/// path ([`crate::ctx::local_path`]) under `/admin` or `/portal`.
fn safe_next(next: &str) -> bool {
    (next.starts_with("/admin") || next.starts_with("/portal")) && crate::ctx::local_path(next)
}

#[derive(Template)]
#[template(path = "login.html")]
struct Login {
    page: Page,
    email: String,
    next: String,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct LoginQuery {
    next: String,
    expired: Option<String>,
}

pub async fn login_page(ctx: Ctx, Query(q): Query<LoginQuery>) -> Response {
    let mut page = Page::new(&ctx, "Inloggen", "Sign in");
    if q.expired.is_some() || ctx.expired {
        page = page.with_notice(Msg::SessionExpired.text(ctx.lang));
    }
    render(&Login {
        page,
        email: String::new(),
        // Carried only when it is one of our own pages; anything else is dropped here already.
        next: if safe_next(&q.next) {
            q.next
        } else {
            String::new()
        },
    })
}

pub async fn login(form: Form) -> Response {
    let ctx = &form.ctx;
    let email = form.get("email");
    let next = Some(form.get("next"))
        .filter(|n| safe_next(n))
        .unwrap_or_default();
    match ctx
        .app
        .sign_in(&email, &form.get("password"), &ctx.peer)
        .await
    {
        Ok(s) => {
            if let Some(old) = &ctx.session {
                let _ = ctx.app.sign_out(old).await;
            }
            with_session(&after_stage(s.stage, &next), &s, ctx)
        }
        Err(e @ (AppError::Unauthenticated(_) | AppError::Throttled(_))) => {
            let page = Page::new(ctx, "Inloggen", "Sign in").with_error(&e);
            let mut res = rerender(&e, &Login { page, email, next });
            if let AppError::Throttled(s) = e
                && let Ok(v) = s.to_string().parse()
            {
                res.headers_mut().insert(header::RETRY_AFTER, v);
            }
            res
        }
        Err(e) => WebError::App(e, ctx.lang).into_response(),
    }
}

#[derive(Template)]
#[template(path = "totp.html")]
struct Totp {
    page: Page,
    next: String,
}

pub async fn totp_page(ctx: Ctx, Query(q): Query<LoginQuery>) -> Response {
    match &ctx.session {
        Some(s) if s.stage == Stage::SecondFactor => render(&Totp {
            page: Page::new(&ctx, "Code uit uw app", "Code from your app"),
            next: if safe_next(&q.next) {
                q.next
            } else {
                String::new()
            },
        }),
        _ => Redirect::to("/login").into_response(),
    }
}

pub async fn totp(form: Form) -> Response {
    let ctx = &form.ctx;
    let Some(s) = ctx
        .session
        .as_ref()
        .filter(|s| s.stage == Stage::SecondFactor)
    else {
        return Redirect::to("/login").into_response();
    };
    let next = form.get("next");
    match ctx.app.verify_second_factor(s, &form.get("code")).await {
        Ok(new) => with_session(&after_stage(Stage::Full, &next), &new, ctx),
        Err(e @ (AppError::Invalid(_) | AppError::Throttled(_))) => {
            let page = Page::new(ctx, "Code uit uw app", "Code from your app").with_error(&e);
            let next = if safe_next(&next) {
                next
            } else {
                String::new()
            };
            rerender(&e, &Totp { page, next })
        }
        Err(e) => WebError::App(e, ctx.lang).into_response(),
    }
}

pub async fn logout(form: Form) -> Response {
    let ctx = &form.ctx;
    if let Some(s) = &ctx.session
        && let Err(e) = ctx.app.sign_out(s).await
    {
        return WebError::App(e, ctx.lang).into_response();
    }
    let mut res = Redirect::to("/login").into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(SESSION_COOKIE, "", Some(0), ctx.secure()),
    );
    res
}

#[derive(Template)]
#[template(path = "setup.html")]
struct Setup {
    page: Page,
    token: String,
    bootstrap: bool,
    email: Option<String>,
    form: SetupForm,
}

pub async fn setup_page(ctx: Ctx, Path(token): Path<String>) -> Result<Response, WebError> {
    let info = ctx.app.setup_info(&token).await.lang(ctx.lang)?;
    let page = Page::new(&ctx, "Account instellen", "Set up your account");
    Ok(render(&Setup {
        page,
        token,
        bootstrap: info.bootstrap,
        email: info.email,
        form: SetupForm::default(),
    }))
}

pub async fn setup(Path(token): Path<String>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let input: SetupForm = form.fields()?;
    match ctx.app.complete_setup(&token, &input).await {
        Ok(s) => Ok(with_session(&after_stage(s.stage, ""), &s, ctx)),
        Err(e @ AppError::Invalid(_)) if !matches!(&e, AppError::Invalid(i) if i.0.iter().any(|f| f.msg == Msg::LinkInvalid)) =>
        {
            let info = ctx.app.setup_info(&token).await.lang(ctx.lang)?;
            let page = Page::new(ctx, "Account instellen", "Set up your account").with_error(&e);
            let form = SetupForm {
                password: String::new(),
                password2: String::new(),
                ..input
            };
            Ok(rerender(
                &e,
                &Setup {
                    page,
                    token,
                    bootstrap: info.bootstrap,
                    email: info.email,
                    form,
                },
            ))
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

#[derive(Template)]
#[template(path = "enrol.html")]
struct Enrol {
    page: Page,
    qr_svg: String,
    secret: String,
    sealed: String,
    /// The user has a second factor already: its current code is asked first.
    replacing: bool,
}

fn qr_svg(data: &str) -> String {
    match qrcode::QrCode::new(data.as_bytes()) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build()
            .replacen("<svg ", "<svg role=\"img\" aria-label=\"QR-code\" ", 1)
            .replace("<?xml version=\"1.0\" standalone=\"yes\"?>", ""),
        Err(_) => String::new(),
    }
}

async fn enrol_view(ctx: &Ctx, e: Option<&AppError>) -> Response {
    let Some(s) = ctx
        .session
        .as_ref()
        .filter(|s| s.stage != Stage::SecondFactor)
    else {
        return Redirect::to("/login").into_response();
    };
    let enrolment = ctx.app.begin_enrolment(s);
    let replacing = match s.principal.user_id {
        Some(id) => ctx.app.has_second_factor(id).await.unwrap_or(true),
        None => true,
    };
    let mut page = Page::new(ctx, "Tweede stap instellen", "Set up your second step");
    if let Some(e) = e {
        page = page.with_error(e);
    }
    let view = Enrol {
        page,
        qr_svg: qr_svg(&enrolment.otpauth_url),
        secret: enrolment
            .secret_base32
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" "),
        sealed: enrolment.sealed,
        replacing,
    };
    match e {
        Some(e) => rerender(e, &view),
        None => render(&view),
    }
}

pub async fn enrol_page(ctx: Ctx) -> Response {
    enrol_view(&ctx, None).await
}

#[derive(Template)]
#[template(path = "recovery.html")]
struct Recovery {
    page: Page,
    codes: Vec<String>,
}

pub async fn enrol(form: Form) -> Response {
    let ctx = &form.ctx;
    let Some(s) = ctx
        .session
        .as_ref()
        .filter(|s| s.stage != Stage::SecondFactor)
    else {
        return Redirect::to("/login").into_response();
    };
    match ctx
        .app
        .complete_enrolment(
            s,
            &form.get("sealed"),
            &form.get("code"),
            &form.get("current"),
            &form.get("current_password"),
        )
        .await
    {
        Ok((new, codes)) => {
            let mut page = Page::new(ctx, "Uw herstelcodes", "Your recovery codes");
            page.user = Some((s.principal.display_name.clone(), s.principal.role));
            let mut res = render(&Recovery { page, codes });
            res.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(SESSION_COOKIE, &new.token, None, ctx.secure()),
            );
            res
        }
        Err(e @ AppError::Invalid(_)) => enrol_view(ctx, Some(&e)).await,
        Err(e) => WebError::App(e, ctx.lang).into_response(),
    }
}

#[cfg(test)]
mod next_tests {
    use super::*;

    #[test]
    fn sign_in_goes_on_to_the_back_office_or_the_portal_and_nowhere_else() {
        assert_eq!(
            after_stage(Stage::Full, "/portal/reports/8"),
            "/portal/reports/8"
        );
        assert_eq!(after_stage(Stage::Full, "/admin/cases"), "/admin/cases");
        for elsewhere in [
            "//evil.example/admin",
            "/admin//evil",
            "/portal\\evil",
            "https://evil.example",
            "",
        ] {
            assert_eq!(
                after_stage(Stage::Full, elsewhere),
                "/admin/start",
                "{elsewhere}"
            );
        }
        // The second factor carries the page along, and only our own.
        assert_eq!(
            after_stage(Stage::SecondFactor, "/portal/signals/3"),
            "/login/totp?next=%2Fportal%2Fsignals%2F3"
        );
        assert_eq!(
            after_stage(Stage::SecondFactor, "//evil.example/admin"),
            "/login/totp"
        );
    }
}
