//! Errors at the edge, mapped in one place: an HTML page for people (in their language), a
//! JSON body for the API (`{"errors": [{"field", "message"}]}`), and for anything on our side a
//! generic 500 that never shows internals (the cause is logged once, here, by id only).

use crate::view;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_core::{Lang, Msg};

/// An error on an HTML page.
#[derive(Debug)]
pub enum WebError {
    Redirect(String),
    App(AppError, Lang),
    Csrf(Lang),
    TooLarge(Lang),
    /// A request the edge could not read (an unreadable body, a bad address), with its status.
    Refused(StatusCode, Msg, Lang),
}

impl From<AppError> for WebError {
    fn from(e: AppError) -> WebError {
        WebError::App(e, Lang::Nl)
    }
}

pub trait LangExt<T> {
    /// Attaches the user's language to an application error.
    fn lang(self, lang: Lang) -> Result<T, WebError>;
}

impl<T> LangExt<T> for Result<T, AppError> {
    fn lang(self, lang: Lang) -> Result<T, WebError> {
        self.map_err(|e| WebError::App(e, lang))
    }
}

/// The database's state when it failed, for the status and the words: unreachable (503, try
/// again soon) or full (507), else `None` (a plain 500).
pub(crate) fn db_down(e: &AppError) -> Option<(StatusCode, Msg)> {
    let AppError::Store(s) = e else {
        return None;
    };
    match s.fault() {
        naast_store::DbFault::Unavailable => {
            Some((StatusCode::SERVICE_UNAVAILABLE, Msg::Unavailable))
        }
        naast_store::DbFault::Full => Some((StatusCode::INSUFFICIENT_STORAGE, Msg::StorageFull)),
        _ => None,
    }
}

/// Seconds a client is asked to wait after a 503 or 507 before it tries again.
const DB_RETRY_AFTER: u64 = 30;

pub fn status_of(e: &AppError) -> StatusCode {
    if let Some((status, _)) = db_down(e) {
        return status;
    }
    match e {
        AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::Unauthenticated(_) => StatusCode::UNAUTHORIZED,
        AppError::Forbidden => StatusCode::FORBIDDEN,
        AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::Conflict(_) => StatusCode::CONFLICT,
        AppError::Throttled(_) | AppError::Limited(..) => StatusCode::TOO_MANY_REQUESTS,
        AppError::Internal(_) | AppError::Store(_) | AppError::Crypto(_) | AppError::Outside(_) => {
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}

/// The messages a person reads for an error.
pub fn messages(e: &AppError, lang: Lang) -> Vec<(Option<&'static str>, String)> {
    if let Some((_, msg)) = db_down(e) {
        return vec![(None, msg.text(lang))];
    }
    match e {
        AppError::Invalid(inv) => inv.0.iter().map(|f| (f.field, f.text(lang))).collect(),
        AppError::Unauthenticated(m) | AppError::Conflict(m) => vec![(None, m.text(lang))],
        AppError::Forbidden => vec![(None, Msg::Forbidden.text(lang))],
        AppError::NotFound => vec![(None, Msg::NotFound.text(lang))],
        AppError::Throttled(s) => vec![(None, Msg::Throttled(*s).text(lang))],
        AppError::Limited(m, _) => vec![(None, m.text(lang))],
        AppError::Internal(_) | AppError::Store(_) | AppError::Crypto(_) | AppError::Outside(_) => {
            vec![(None, Msg::Internal.text(lang))]
        }
    }
}

pub(crate) fn log_internal(e: &AppError) {
    // Logged once, here, with its causes (never the database's or a mail server's own words:
    // they were mapped to codes below).
    if e.is_internal() {
        tracing::error!(error = %e.chain(), "internal error");
    }
}

pub(crate) fn retry_after(res: &mut Response, e: &AppError) {
    let secs = match e {
        AppError::Throttled(s) | AppError::Limited(_, s) => Some(*s),
        other => db_down(other).map(|_| DB_RETRY_AFTER),
    };
    if let Some(s) = secs
        && let Ok(v) = HeaderValue::from_str(&s.to_string())
    {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        match self {
            WebError::Redirect(to) => Redirect::to(&to).into_response(),
            WebError::Csrf(lang) => {
                view::error_page(StatusCode::FORBIDDEN, lang, &Msg::CsrfMissing.text(lang))
            }
            WebError::TooLarge(lang) => view::error_page(
                StatusCode::PAYLOAD_TOO_LARGE,
                lang,
                &Msg::TooLarge.text(lang),
            ),
            WebError::Refused(status, msg, lang) => view::error_page(status, lang, &msg.text(lang)),
            WebError::App(e, lang) => {
                log_internal(&e);
                let text = messages(&e, lang)
                    .into_iter()
                    .map(|(_, m)| m)
                    .collect::<Vec<_>>()
                    .join(" ");
                let mut res = view::error_page(status_of(&e), lang, &text);
                retry_after(&mut res, &e);
                res
            }
        }
    }
}

/// An error in the JSON API.
#[derive(Debug)]
pub struct ApiError(pub AppError, pub Lang);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> ApiError {
        ApiError(e, Lang::Nl)
    }
}

impl ApiError {
    pub fn malformed(detail: String, lang: Lang) -> ApiError {
        ApiError(AppError::general(Msg::Malformed(detail)), lang)
    }
}

/// The status of a message about the request itself rather than its content: 400 unreadable,
/// 413 too large, 415 not JSON.
pub fn edge_status(msg: &Msg) -> Option<StatusCode> {
    match msg {
        Msg::Malformed(_)
        | Msg::PathInvalid
        | Msg::QueryInvalid
        | Msg::JsonInvalid
        | Msg::BodyUnreadable
        | Msg::BadRequest => Some(StatusCode::BAD_REQUEST),
        Msg::TooLarge | Msg::ImportUnpackedTooLarge(_) => Some(StatusCode::PAYLOAD_TOO_LARGE),
        Msg::ContentTypeJson => Some(StatusCode::UNSUPPORTED_MEDIA_TYPE),
        Msg::MethodNotAllowed => Some(StatusCode::METHOD_NOT_ALLOWED),
        _ => None,
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let ApiError(e, lang) = self;
        log_internal(&e);
        let status = match &e {
            AppError::Invalid(inv) => inv
                .0
                .iter()
                .find_map(|f| edge_status(&f.msg))
                .unwrap_or(StatusCode::UNPROCESSABLE_ENTITY),
            other => status_of(other),
        };
        let errors: Vec<serde_json::Value> = messages(&e, lang)
            .into_iter()
            .map(|(field, message)| match field {
                Some(f) => serde_json::json!({"field": f, "message": message}),
                None => serde_json::json!({"message": message}),
            })
            .collect();
        let mut res = (status, axum::Json(serde_json::json!({ "errors": errors }))).into_response();
        retry_after(&mut res, &e);
        res
    }
}
