//! Letters drafted in Naast and the citizen's way back, in the JSON API: a draft saved, read,
//! changed and marked sent, a letter put on the citizen's status page, the status link e-mailed
//! and the slip with the link as a PDF. Each calls the same `App` method as the case page, so
//! authorization, validation and the audit entry are the page's.

use super::openapi::op;
use super::{AppJson, Caller, with};
use crate::error::ApiError;
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use naast_app::{App, AppError};
use naast_core::case::LetterForm;
use naast_core::procedure::LETTER_KINDS;
use naast_core::{FieldError, Invalid, Msg, vocab};
use serde_json::{Value, json};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/v1/cases/{reference}/letters/drafts", post(create))
        .route("/v1/cases/{reference}/letters/{id}", get(show).put(update))
        .route("/v1/cases/{reference}/letters/{id}/sent", post(sent))
        .route(
            "/v1/cases/{reference}/letters/{id}/status-page",
            post(status_page),
        )
        .route("/v1/cases/{reference}/status-link/email", post(email_link))
        .route("/v1/cases/{reference}/status-link/slip", post(slip))
}

/// A letter drafted in Naast is outgoing and has a kind and a text; the recording of a letter
/// written elsewhere stays `POST /letters`.
fn draft_of(mut form: LetterForm) -> Result<LetterForm, AppError> {
    let mut problems = Vec::new();
    if !vocab::has(LETTER_KINDS, form.kind.trim()) {
        problems.push(FieldError::new("kind", Msg::Required));
    }
    if form.body.trim().is_empty() {
        problems.push(FieldError::new("body", Msg::Required));
    }
    if !problems.is_empty() {
        return Err(Invalid(problems).into());
    }
    form.direction = "sent".into(); // not a state: the letter's direction
    form.summary = String::new();
    form.kind = form.kind.trim().to_string();
    Ok(form)
}

/// `POST /v1/cases/{reference}/letters/drafts`: saves a letter as a draft (201 `{"id"}`).
async fn create(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(form): AppJson<LetterForm>,
) -> Result<Response, ApiError> {
    let form = draft_of(form).map_err(with(c.lang))?;
    let id = app
        .add_letter(&c.who, &reference, &form)
        .await
        .map_err(with(c.lang))?;
    Ok((StatusCode::CREATED, Json(json!({"id": id}))).into_response())
}

/// `GET /v1/cases/{reference}/letters/{id}`: a saved letter with its state and versions.
async fn show(
    c: Caller,
    State(app): State<App>,
    Path((reference, id)): Path<(String, i64)>,
) -> Result<Response, ApiError> {
    let d = app
        .saved_letter(&c.who, &reference, id)
        .await
        .map_err(with(c.lang))?;
    Ok(Json(d).into_response())
}

/// `PUT /v1/cases/{reference}/letters/{id}`: a new text for a draft (the old one is kept as a
/// version); 409 once it is sent.
async fn update(
    c: Caller,
    State(app): State<App>,
    Path((reference, id)): Path<(String, i64)>,
    AppJson(form): AppJson<LetterForm>,
) -> Result<Response, ApiError> {
    app.update_letter(&c.who, &reference, id, &form)
        .await
        .map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct SentBody {
    sent_on: String,
}

/// `POST /v1/cases/{reference}/letters/{id}/sent`: marks a draft sent on `sent_on` (empty:
/// today); an objection or complaint is then recorded as filed that day.
async fn sent(
    c: Caller,
    State(app): State<App>,
    Path((reference, id)): Path<(String, i64)>,
    req: Request,
) -> Result<Response, ApiError> {
    // The body is optional: none (or only spaces) means today.
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, 64 * 1024)
        .await
        .map_err(|_| ApiError(AppError::general(Msg::BodyUnreadable), c.lang))?;
    let body = if bytes.iter().all(u8::is_ascii_whitespace) {
        SentBody::default()
    } else {
        let req = Request::from_parts(parts, axum::body::Body::from(bytes));
        AppJson::<SentBody>::from_request(req, &app).await?.0
    };
    app.mark_letter_sent(&c.who, &reference, id, &body.sent_on)
        .await
        .map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `POST /v1/cases/{reference}/letters/{id}/status-page`: the letter on the citizen's status
/// page, with a message, to download, sign and send.
async fn status_page(
    c: Caller,
    State(app): State<App>,
    Path((reference, id)): Path<(String, i64)>,
) -> Result<Response, ApiError> {
    app.letter_to_status_page(&c.who, &reference, id)
        .await
        .map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct EmailBody {
    email: String,
}

/// `POST /v1/cases/{reference}/status-link/email`: the status link to the citizen's address;
/// `{"replaced": true}` when an older link stopped working. The link itself is not returned:
/// it is the citizen's key.
async fn email_link(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(body): AppJson<EmailBody>,
) -> Result<Response, ApiError> {
    let link = app
        .email_status_link(&c.who, &reference, &body.email)
        .await
        .map_err(with(c.lang))?;
    Ok(Json(json!({"replaced": link.replaced})).into_response())
}

/// `POST /v1/cases/{reference}/status-link/slip`: the A6 slip with the status link and its QR
/// code, as a PDF (a POST: handing it out may make the link, and is on the timeline).
async fn slip(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
) -> Result<Response, ApiError> {
    let s = app
        .status_slip(&c.who, &reference)
        .await
        .map_err(with(c.lang))?;
    let file = crate::files::status_slip(&s.reference, crate::pages::slip_data(&s))
        .await
        .map_err(with(c.lang))?;
    Ok(crate::files::response(file))
}

/// The OpenAPI description of these routes.
pub(super) fn paths(reference: &Value, id: &Value) -> Value {
    let both = json!([reference[0].clone(), id[0].clone()]);
    json!({
        "/api/v1/cases/{reference}/letters/drafts": {"parameters": reference.clone(), "post": op("Save a letter drafted in Naast as a draft: {\"kind\": complaint|objection_pro_forma|objection|information_request|notice_of_default, \"body\", \"correspondent\", \"sender\"?, \"on\"?, \"subject\", \"decision_reference\"?, \"decision_date\"?} (fill it first with GET /letters/draft?kind=…); it stays a draft, editable, until marked sent; returns 201 {\"id\"}", "letters", None, "201")},
        "/api/v1/cases/{reference}/letters/{id}": {"parameters": both.clone(),
            "get": op("A saved letter: its text (form), sent_on (null while a draft), what it still misses (warnings) and its earlier versions (audited)", "letters", None, "200"),
            "put": op("A new text for a draft letter, the same fields as saving it; the text it had is kept as a version; 409 once it is sent", "letters", None, "204")},
        "/api/v1/cases/{reference}/letters/{id}/sent": {"parameters": both.clone(), "post": op("Mark a draft letter sent: {\"sent_on\"?: YYYY-MM-DD, not in the future; empty or no body: today}; an objection or complaint letter records the procedure as filed that day; 409 when already sent", "letters", None, "204")},
        "/api/v1/cases/{reference}/letters/{id}/status-page": {"parameters": both, "post": op("Put a letter on the citizen's status page, with a message, for them to download, sign and send; 409 while the citizen has no status link (e-mail it or hand out the slip first)", "letters", None, "204")},
        "/api/v1/cases/{reference}/status-link/email": {"parameters": reference.clone(), "post": op("E-mail the citizen their status link: {\"email\"} (kept as the citizen's address when the case has none); returns {\"replaced\": bool}: true when an older link was replaced and stopped working. The link itself is not returned", "cases", None, "200")},
        "/api/v1/cases/{reference}/status-link/slip": {"parameters": reference.clone(), "post": op("The A6 slip for the citizen with the reference, the status link and a QR code to it, as application/pdf (makes the link when there is none; on the timeline and audited)", "cases", None, "200")}
    })
}
