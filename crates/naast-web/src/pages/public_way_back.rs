//! `/{slug}/status`: the citizen's short way back. Their reference and six-digit code open the
//! status page (a redirect to the long link). A wrong code and an unknown reference get one
//! and the same answer; five wrong codes lock the reference for an hour (in the database, see
//! `naast_app::cases::status_code`); an address that tries too often meets the same kind of
//! limit as the public form. Whenever it does not work, the page says whom to call.

use super::public::{LangQuery, P, field as get, form_pairs, page, pick, respond};
use crate::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, Query};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::cases::CodeCheck;

/// What went wrong, for the page (empty: nothing yet).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Problem {
    None,
    NoMatch,
    Locked,
    TooFast,
}

#[derive(Template)]
#[template(path = "public/way_back.html")]
struct WayBack {
    p: P,
    reference: String,
    code: String,
    problem: Problem,
    /// The locked reference opens again in about this many minutes.
    minutes: u64,
}

impl WayBack {
    fn no_match(&self) -> bool {
        self.problem == Problem::NoMatch
    }

    fn locked(&self) -> bool {
        matches!(self.problem, Problem::Locked | Problem::TooFast)
    }

    /// The lock's message with the minutes filled in.
    fn locked_text(&self) -> String {
        let minutes = self.minutes.max(1).to_string();
        self.p
            .tx
            .f("way_back.locked", &[("minutes", minutes.as_str())])
    }
}

/// `GET /{slug}/status`: the form.
pub async fn form(
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(q): Query<LangQuery>,
) -> Response {
    let (tx, set) = pick(&headers, &q);
    let t = match super::public::tenant(&ctx, &slug).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let p = page(&ctx, tx, Some(t), "way_back.title");
    let page = WayBack {
        p,
        reference: String::new(),
        code: String::new(),
        problem: Problem::None,
        minutes: 0,
    };
    respond(StatusCode::OK, &page, set, ctx.secure())
}

/// `POST /{slug}/status`: the reference and the code. No CSRF token, as on the public form:
/// there is no session to abuse, and what opens the page is the code itself.
pub async fn submit(
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let (tx, _) = pick(&headers, &LangQuery::default());
    let t = match super::public::tenant(&ctx, &slug).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let pairs = form_pairs(&body);
    let (reference, code) = (get(&pairs, "reference"), get(&pairs, "code"));
    let mut p = page(&ctx, tx, Some(t.clone()), "way_back.title");
    let view = |p: P, problem: Problem, minutes: u64| WayBack {
        p,
        reference: reference.clone(),
        code: code.clone(),
        problem,
        minutes,
    };
    if !crate::limits::allow_lookup(ctx.app.settings.rate_limits, &ctx.peer) {
        p.errors = vec![(None, tx.t("way_back.too_fast").to_string())];
        let mut res = respond(
            StatusCode::TOO_MANY_REQUESTS,
            &view(p, Problem::TooFast, 1),
            None,
            ctx.secure(),
        );
        crate::error::retry_after(&mut res, &AppError::Throttled(60));
        return res;
    }
    match ctx.app.open_by_code(&t.slug, &reference, &code).await {
        Ok(CodeCheck::Open(url)) => Redirect::to(&url).into_response(),
        Ok(CodeCheck::Unreadable {
            reference: bad_ref,
            code: bad_code,
        }) => {
            if bad_ref {
                p.errors
                    .push((Some("reference"), tx.t("way_back.reference_bad").into()));
            }
            if bad_code {
                p.errors
                    .push((Some("code"), tx.t("way_back.code_bad").into()));
            }
            respond(
                StatusCode::UNPROCESSABLE_ENTITY,
                &view(p, Problem::None, 0),
                None,
                ctx.secure(),
            )
        }
        Ok(CodeCheck::NoMatch) => {
            p.errors = vec![(None, tx.t("way_back.no_match").to_string())];
            respond(
                StatusCode::UNPROCESSABLE_ENTITY,
                &view(p, Problem::NoMatch, 0),
                None,
                ctx.secure(),
            )
        }
        Ok(CodeCheck::Locked(secs)) => {
            let minutes = secs.div_ceil(60);
            let w = view(p, Problem::Locked, minutes);
            let text = w.locked_text();
            let mut w = w;
            w.p.errors = vec![(None, text)];
            let mut res = respond(StatusCode::TOO_MANY_REQUESTS, &w, None, ctx.secure());
            crate::error::retry_after(&mut res, &AppError::Throttled(secs));
            res
        }
        Err(e) => crate::error::WebError::App(e, tx.core_lang()).into_response(),
    }
}
