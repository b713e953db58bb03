//! The framework's own refusals in our shape. Axum answers an id that is not a number, a
//! query string it cannot read, a body over the limit, a wrong content type or a body cut off by
//! the deadline with a bare `text/plain` sentence in English. This layer turns every such 4xx
//! into the API's JSON errors (under `/api`, in the language of `Accept-Language`) or the HTML
//! error page in the visitor's language (elsewhere), keeping the status. Our own handlers never
//! answer a 4xx in plain text, so nothing of ours is rewritten.

use crate::ctx::{LANG_COOKIE, SESSION_COOKIE, cookie, header_lang};
use crate::error::ApiError;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use naast_app::{App, AppError};
use naast_core::{Lang, Msg};

/// Rewrites a plain-text (or bodiless 405) client error into the right shape.
pub async fn shape(State(app): State<App>, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let api = path == "/api" || path.starts_with("/api/");
    let headers = req.headers().clone();
    let res = next.run(req).await;
    if !bare(&res) {
        return res;
    }
    let status = res.status();
    let allow = res.headers().get(header::ALLOW).cloned();
    // The framework's sentence, read only to tell its kinds apart (a few hundred bytes).
    let text = axum::body::to_bytes(res.into_body(), 8 * 1024)
        .await
        .unwrap_or_default();
    let msg = kind(status, &String::from_utf8_lossy(&text));
    let mut out = if api {
        let lang = header_lang(&headers);
        ApiError(AppError::general(msg), lang).into_response()
    } else {
        let lang = page_lang(&app, &headers).await;
        crate::view::error_page(status, lang, &msg.text(lang))
    };
    *out.status_mut() = status;
    if let Some(a) = allow {
        out.headers_mut().insert(header::ALLOW, a);
    }
    out
}

/// A client error as the framework writes it: plain text, or a 405 without a body.
fn bare(res: &Response) -> bool {
    if !res.status().is_client_error() {
        return false;
    }
    match res.headers().get(header::CONTENT_TYPE) {
        Some(ct) => ct.to_str().is_ok_and(|v| v.starts_with("text/plain")),
        None => res.status() == StatusCode::METHOD_NOT_ALLOWED,
    }
}

/// What went wrong, from the status and the framework's sentence (see axum's `rejection.rs`).
fn kind(status: StatusCode, text: &str) -> Msg {
    match status {
        StatusCode::PAYLOAD_TOO_LARGE => Msg::TooLarge,
        StatusCode::METHOD_NOT_ALLOWED => Msg::MethodNotAllowed,
        StatusCode::NOT_FOUND => Msg::NotFound,
        StatusCode::REQUEST_TIMEOUT => Msg::BodyUnreadable,
        StatusCode::UNSUPPORTED_MEDIA_TYPE if text.contains("application/json") => {
            Msg::ContentTypeJson
        }
        _ if text.starts_with("Invalid URL") || text.contains("paths parameters") => {
            Msg::PathInvalid
        }
        _ if text.contains("query string") => Msg::QueryInvalid,
        _ if text.contains("buffer the request body") || text.contains("valid UTF-8") => {
            Msg::BodyUnreadable
        }
        _ if text.contains("JSON") => Msg::JsonInvalid,
        _ => Msg::BadRequest,
    }
}

/// The visitor's language as `Ctx` finds it: the language cookie, the signed-in user's
/// language, then `Accept-Language`.
async fn page_lang(app: &App, headers: &HeaderMap) -> Lang {
    if let Some(l) = cookie(headers, LANG_COOKIE).and_then(Lang::parse) {
        return l;
    }
    if let Some(token) = cookie(headers, SESSION_COOKIE)
        && let Ok(Some(s)) = app.session(token).await
    {
        return s.principal.lang;
    }
    header_lang(headers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frameworks_sentences_are_told_apart() {
        let bad = StatusCode::BAD_REQUEST;
        assert_eq!(
            kind(bad, "Invalid URL: Cannot parse `abc` to a `i64`"),
            Msg::PathInvalid
        );
        assert_eq!(
            kind(
                bad,
                "Failed to deserialize query string: page: invalid digit"
            ),
            Msg::QueryInvalid
        );
        assert_eq!(
            kind(
                bad,
                "Failed to buffer the request body: error reading a body"
            ),
            Msg::BodyUnreadable
        );
        assert_eq!(
            kind(bad, "Failed to parse the request body as JSON: EOF"),
            Msg::JsonInvalid
        );
        assert_eq!(
            kind(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "Expected request with `Content-Type: application/json`"
            ),
            Msg::ContentTypeJson
        );
        assert_eq!(kind(bad, "something else"), Msg::BadRequest);
    }
}
