//! A provider's page for one signal, behind the link it was e-mailed: read, answer, agree on
//! follow-up. No account: the token in the path is the only key (stored hashed), as with the
//! citizen's status link, so the forms need no CSRF token (a cross-site page cannot know it).

use super::public::{field, form_pairs};
use super::rerender;
use super::signals::Labels;
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::view::{Page, render};
use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::signals::AddresseeSignal;
use naast_core::signal::{AnswerForm, FollowUpForm};

#[derive(Template)]
#[template(path = "portal/signal.html")]
struct LinkPage {
    page: Page,
    s: AddresseeSignal,
    l: Labels,
    act: String,
    answer: String,
    follow: FollowUpForm,
}

async fn show(
    ctx: &Ctx,
    token: &str,
    answer: String,
    follow: Option<FollowUpForm>,
    error: Option<&AppError>,
) -> Result<Response, WebError> {
    let s = match ctx.app.link_signal(token).await {
        Ok(s) => s,
        Err(AppError::NotFound) => return Ok(super::not_found(ctx.clone()).await),
        Err(e) => return Err(WebError::App(e, ctx.lang)),
    };
    let mut page = Page::new(ctx, "Signaal", "Signal");
    page.title = s.title.clone();
    if let Some(e) = error {
        page = page.with_error(e);
    }
    let follow = follow.unwrap_or_else(|| FollowUpForm {
        follow_up: s.follow_up.clone(),
        follow_up_on: s.follow_up_on.clone().unwrap_or_default(),
        not_personal: false,
    });
    let view = LinkPage {
        page,
        l: Labels {
            lang: ctx.lang,
            providers: Vec::new(),
        },
        s,
        act: format!("/signaal/{token}"),
        answer,
        follow,
    };
    let mut res = match error {
        Some(e) => rerender(e, &view),
        None => render(&view),
    };
    // The token is in the address: never send it on to another site.
    res.headers_mut().insert(
        axum::http::header::REFERRER_POLICY,
        axum::http::HeaderValue::from_static("no-referrer"),
    );
    Ok(res)
}

/// `/signaal/{token}`: the signal; the first reading acknowledges it.
pub async fn page(ctx: Ctx, Path(token): Path<String>) -> Result<Response, WebError> {
    show(&ctx, &token, String::new(), None, None).await
}

/// `POST /signaal/{token}/answer` and `…/follow-up`.
pub async fn act(
    ctx: Ctx,
    Path((token, step)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let pairs = form_pairs(&body);
    let answer = AnswerForm {
        answer: field(&pairs, "answer"),
    };
    let follow = FollowUpForm {
        follow_up: field(&pairs, "follow_up"),
        follow_up_on: field(&pairs, "follow_up_on"),
        not_personal: false,
    };
    let r = match step.as_str() {
        "acknowledge" => ctx.app.link_acknowledge(&token).await,
        "answer" => ctx.app.link_answer(&token, &answer).await,
        "follow-up" => ctx.app.link_follow_up(&token, &follow).await,
        _ => Err(AppError::NotFound),
    };
    match r {
        Ok(()) => Ok(Redirect::to(&format!("/signaal/{token}#h-answer")).into_response()),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            show(&ctx, &token, answer.answer, Some(follow), Some(&e)).await
        }
        Err(AppError::NotFound) => Ok(super::not_found(ctx).await),
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}
