//! The citizen's status page behind the private link: where the kwestie stands, messages both
//! ways, adding a document, withdrawing. The token in the path is the only key; nothing here
//! needs a session or a CSRF token (a cross-site page cannot know the token).

use super::public::{LangQuery, P, field as get, form_pairs, page, pick, respond};
use crate::ctx::Ctx;
use crate::locales::{self, Texts};
use askama::Template;
use axum::extract::{Multipart, Path, Query};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::public::CitizenStatus;

#[derive(Template)]
#[template(path = "public/status.html")]
struct StatusPage {
    p: P,
    s: CitizenStatus,
    token: String,
    link: String,
    /// Where the reference and the code are typed (`…/{slug}/status`).
    status_page: String,
    fresh: bool,
    notice: Option<String>,
    typed: String,
    /// The verdict form as typed (`super::public_verdict`).
    vf: super::public_verdict::VerdictTyped,
}

#[derive(Template)]
#[template(path = "public/not_found.html")]
struct NotFound {
    p: P,
    /// Every municipality served, with its phone number and hours: an unknown link names no
    /// municipality, so the citizen picks theirs.
    tenants: Vec<naast_app::public::PublicTenant>,
}

#[derive(serde::Deserialize, Default)]
pub struct StatusQuery {
    #[serde(default)]
    nieuw: String,
    #[serde(default)]
    ok: String,
    #[serde(default)]
    taal: String,
}

fn lang_for(
    headers: &HeaderMap,
    q: &StatusQuery,
    chosen: &str,
) -> (&'static Texts, Option<String>) {
    if !q.taal.is_empty() {
        return pick(
            headers,
            &LangQuery {
                taal: q.taal.clone(),
            },
        );
    }
    if locales::codes().iter().any(|c| c == chosen) {
        return (locales::get(chosen), None);
    }
    pick(headers, &LangQuery::default())
}

async fn show(
    ctx: &Ctx,
    headers: &HeaderMap,
    token: &str,
    q: &StatusQuery,
    error: Option<&AppError>,
    typed: String,
) -> Response {
    show_with(ctx, headers, token, q, error, None, typed).await
}

/// Like `show`, with a problem named by a text key of the citizen's language.
async fn show_with(
    ctx: &Ctx,
    headers: &HeaderMap,
    token: &str,
    q: &StatusQuery,
    error: Option<&AppError>,
    problem: Option<(&'static str, &str)>,
    typed: String,
) -> Response {
    let vf = naast_core::verdict::VerdictForm::default();
    show_page(ctx, headers, token, q, error, problem, typed, &vf).await
}

/// The status page, with the verdict form as typed.
#[allow(clippy::too_many_arguments)]
pub(super) async fn show_page(
    ctx: &Ctx,
    headers: &HeaderMap,
    token: &str,
    q: &StatusQuery,
    error: Option<&AppError>,
    problem: Option<(&'static str, &str)>,
    typed: String,
    vf: &naast_core::verdict::VerdictForm,
) -> Response {
    let s = match ctx.app.citizen_status(token).await {
        Ok(s) => s,
        Err(_) => {
            let (tx, _) = pick(headers, &LangQuery::default());
            let p = page(ctx, tx, None, "status.not_found_title");
            let mut tenants = Vec::new();
            for (slug, _) in ctx.app.public_tenants().await.unwrap_or_default() {
                if let Ok(t) = ctx.app.public_tenant(&slug).await {
                    tenants.push(t);
                }
            }
            let page = NotFound { p, tenants };
            return respond(StatusCode::NOT_FOUND, &page, None, ctx.secure());
        }
    };
    let (tx, set) = lang_for(headers, q, &s.lang);
    let tenant = ctx.app.public_tenant(&s.tenant_slug).await.ok();
    let mut p = page(ctx, tx, tenant, "status.title");
    let status = match error {
        Some(e) => {
            p = p.with_error(e);
            crate::error::status_of(e)
        }
        None => StatusCode::OK,
    };
    let status = match problem {
        Some((field, key)) => {
            p.errors = vec![(Some(field), tx.t(key).to_string())];
            StatusCode::UNPROCESSABLE_ENTITY
        }
        None => status,
    };
    let notice = match q.ok.as_str() {
        "bericht" => Some(tx.t("status.sent").to_string()),
        "document" => Some(tx.t("status.document_sent").to_string()),
        "beide" => Some(tx.t("status.both_sent").to_string()),
        "oordeel" => Some(tx.t("verdict.thanks").to_string()),
        "nietklaar" => Some(tx.t("verdict.not_done_sent").to_string()),
        _ => None,
    };
    respond(
        status,
        &StatusPage {
            p,
            link: ctx.app.status_url(token),
            status_page: format!("{}/{}/status", ctx.app.settings.public_url, s.tenant_slug),
            token: token.to_string(),
            fresh: q.nieuw == "1",
            notice,
            typed,
            vf: super::public_verdict::typed(vf),
            s,
        },
        set,
        ctx.secure(),
    )
}

pub async fn status(
    ctx: Ctx,
    headers: HeaderMap,
    Path(token): Path<String>,
    Query(q): Query<StatusQuery>,
) -> Response {
    show(&ctx, &headers, &token, &q, None, String::new()).await
}

/// After a citizen's action: back to the status page when it worked; the page with the
/// problem (and what was typed) when it was refused; the page as it is for anything else.
async fn after(
    ctx: &Ctx,
    headers: &HeaderMap,
    token: &str,
    result: Result<(), AppError>,
    ok_query: &str,
    typed: String,
) -> Response {
    let q = StatusQuery::default();
    match result {
        Ok(()) => Redirect::to(&format!("/status/{token}{ok_query}")).into_response(),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            show(ctx, headers, token, &q, Some(&e), typed).await
        }
        // A limit reached: 429 with when to try again, and what was typed kept.
        Err(e @ AppError::Limited(..)) => {
            let mut res = show(ctx, headers, token, &q, Some(&e), typed).await;
            crate::error::retry_after(&mut res, &e);
            res
        }
        Err(_) => show(ctx, headers, token, &q, None, String::new()).await,
    }
}

pub async fn reply(
    ctx: Ctx,
    headers: HeaderMap,
    Path(token): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let pairs = form_pairs(&body);
    let text = get(&pairs, "message");
    after(
        &ctx,
        &headers,
        &token,
        ctx.app.citizen_reply(&token, &text).await,
        "?ok=bericht",
        text,
    )
    .await
}

pub async fn withdraw(
    ctx: Ctx,
    headers: HeaderMap,
    Path(token): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let pairs = form_pairs(&body);
    if get(&pairs, "confirm").is_empty() {
        return show_with(
            &ctx,
            &headers,
            &token,
            &StatusQuery::default(),
            None,
            Some(("confirm", "status.withdraw_required")),
            String::new(),
        )
        .await;
    }
    after(
        &ctx,
        &headers,
        &token,
        ctx.app.citizen_withdraw(&token).await,
        "",
        String::new(),
    )
    .await
}

/// The one form of the status page (multipart): a message, a document, or both with one
/// button. The document goes first, so a refused file sends nothing and keeps the message typed;
/// a message that cannot go keeps the document sent and says so. Without a message this is the
/// document upload it always was.
pub async fn document(
    ctx: Ctx,
    headers: HeaderMap,
    Path(token): Path<String>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let mut name = String::new();
    let mut bytes = Vec::new();
    let mut text = String::new();
    let mut file_sent = false;
    if let Ok(mut m) = multipart {
        while let Ok(Some(field)) = m.next_field().await {
            let part = field.name().map(str::to_string);
            match part.as_deref() {
                Some("message") => text = field.text().await.unwrap_or_default(),
                Some("file") => {
                    file_sent = true;
                    name = field.file_name().unwrap_or("").to_string();
                    match field.bytes().await {
                        Ok(b) => bytes = b.to_vec(),
                        Err(_) => {
                            let e = AppError::field(
                                "file",
                                naast_core::Msg::AttachmentTooLarge(
                                    naast_core::case::ATTACHMENT_MAX / (1024 * 1024),
                                ),
                            );
                            let q = StatusQuery::default();
                            return show(&ctx, &headers, &token, &q, Some(&e), text).await;
                        }
                    }
                }
                _ => {}
            }
        }
    }
    if text.trim().is_empty() {
        if file_sent && name.is_empty() && bytes.is_empty() {
            // The one form sent with nothing in it.
            return show_with(
                &ctx,
                &headers,
                &token,
                &StatusQuery::default(),
                None,
                Some(("message", "status.reply_nothing")),
                text,
            )
            .await;
        }
        let result = ctx.app.citizen_document(&token, &name, &bytes).await;
        return after(
            &ctx,
            &headers,
            &token,
            result,
            "?ok=document",
            String::new(),
        )
        .await;
    }
    if name.is_empty() && bytes.is_empty() {
        let result = ctx.app.citizen_reply(&token, &text).await;
        return after(&ctx, &headers, &token, result, "?ok=bericht", text).await;
    }
    // Both: a message too long is refused before the document goes.
    let checked =
        naast_core::validation::free_text("message", &text, naast_core::case::STORY_MAX, true)
            .map_err(AppError::from);
    if let Err(e) = checked {
        return after(&ctx, &headers, &token, Err(e), "", text).await;
    }
    if let Err(e) = ctx.app.citizen_document(&token, &name, &bytes).await {
        return after(&ctx, &headers, &token, Err(e), "", text).await;
    }
    match ctx.app.citizen_reply(&token, &text).await {
        Ok(()) => Redirect::to(&format!("/status/{token}?ok=beide")).into_response(),
        // The document arrived; the message did not: said so, and the message kept.
        Err(e) => {
            let q = StatusQuery {
                ok: "document".into(),
                ..Default::default()
            };
            let mut res = show(&ctx, &headers, &token, &q, Some(&e), text).await;
            crate::error::retry_after(&mut res, &e);
            res
        }
    }
}
