//! Signals in the JSON API: the office's drafts, check and workflow; the municipality's token
//! reads, answers and agrees follow-up on what was sent to it (under `/v1/portal`). Every rule
//! lives in the use cases.

use super::{AppJson, Caller, with};
use crate::error::ApiError;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use naast_app::{App, AppError};
use naast_core::Msg;
use naast_core::signal::{AnswerForm, FollowUpForm, SignalForm};
use serde_json::{Value, json};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/v1/tenants/{slug}/signals", get(list).post(create))
        .route("/v1/signals/{id}", get(one).put(save))
        .route("/v1/signals/{id}/privacy", get(privacy).post(apply_privacy))
        .route("/v1/signals/{id}/{step}", post(step))
        .route("/v1/portal/signals", get(portal_list))
        .route("/v1/portal/signals/{id}", get(portal_one))
        .route("/v1/portal/signals/{id}/{step}", post(portal_step))
}

async fn list(
    c: Caller,
    State(app): State<App>,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    let r = app.signals(&c.who, &slug).await.map_err(with(c.lang))?;
    Ok(Json(r).into_response())
}

async fn create(
    c: Caller,
    State(app): State<App>,
    Path(slug): Path<String>,
    AppJson(body): AppJson<SignalForm>,
) -> Result<Response, ApiError> {
    let id = app
        .create_signal(&c.who, &slug, &body)
        .await
        .map_err(with(c.lang))?;
    Ok((StatusCode::CREATED, Json(json!({ "id": id }))).into_response())
}

async fn one(c: Caller, State(app): State<App>, Path(id): Path<i64>) -> Result<Response, ApiError> {
    let v = app.signal(&c.who, id).await.map_err(with(c.lang))?;
    Ok(Json(v).into_response())
}

#[derive(serde::Deserialize)]
struct SaveBody {
    #[serde(flatten)]
    form: SignalForm,
    updated_at: Option<i64>,
}

fn updated_at(v: Option<i64>, lang: naast_core::Lang) -> Result<i64, ApiError> {
    v.ok_or_else(|| ApiError(AppError::field("updated_at", Msg::Required), lang))
}

async fn save(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
    AppJson(body): AppJson<SaveBody>,
) -> Result<Response, ApiError> {
    let at = updated_at(body.updated_at, c.lang)?;
    app.save_signal(&c.who, id, &body.form, at)
        .await
        .map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn privacy(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
) -> Result<Response, ApiError> {
    let r = app.signal_privacy(&c.who, id).await.map_err(with(c.lang))?;
    Ok(Json(r).into_response())
}

#[derive(serde::Deserialize)]
struct PrivacyBody {
    #[serde(default)]
    accept: Vec<String>,
    #[serde(default)]
    missed: String,
    updated_at: Option<i64>,
}

async fn apply_privacy(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
    AppJson(body): AppJson<PrivacyBody>,
) -> Result<Response, ApiError> {
    let at = updated_at(body.updated_at, c.lang)?;
    app.apply_signal_privacy(&c.who, id, &body.accept, &body.missed, at)
        .await
        .map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `submit`, `reject`, `send`, `close`, `follow-up` (with a FollowUp body).
async fn step(
    c: Caller,
    State(app): State<App>,
    Path((id, step)): Path<(i64, String)>,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let body: Value = if body.is_empty() {
        json!({})
    } else {
        serde_json::from_slice(&body).map_err(|e| ApiError::malformed(e.to_string(), c.lang))?
    };
    let r = match step.as_str() {
        "submit" => app.submit_signal(&c.who, id).await,
        "reject" => app.reject_signal(&c.who, id).await,
        "send" => {
            app.send_signal(&c.who, id, body["updated_at"].as_i64())
                .await
        }
        "close" => app.close_signal(&c.who, id).await,
        "relink" => {
            let email = body["addressee_email"].as_str().unwrap_or("");
            app.resend_signal_link(&c.who, id, email).await
        }
        "follow-up" => {
            let f: FollowUpForm = serde_json::from_value(body)
                .map_err(|e| ApiError::malformed(e.to_string(), c.lang))?;
            app.signal_follow_up(&c.who, id, &f).await
        }
        _ => Err(AppError::NotFound),
    };
    r.map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn portal_list(c: Caller, State(app): State<App>) -> Result<Response, ApiError> {
    let r = app.portal_signals(&c.who).await.map_err(with(c.lang))?;
    Ok(Json(r).into_response())
}

async fn portal_one(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
) -> Result<Response, ApiError> {
    let r = app.portal_signal(&c.who, id).await.map_err(with(c.lang))?;
    Ok(Json(r).into_response())
}

/// `acknowledge`, `answer` ({"answer"}) or `follow-up` ({"follow_up", "follow_up_on"}).
async fn portal_step(
    c: Caller,
    State(app): State<App>,
    Path((id, step)): Path<(i64, String)>,
    AppJson(body): AppJson<Value>,
) -> Result<Response, ApiError> {
    let malformed = |e: serde_json::Error| ApiError::malformed(e.to_string(), c.lang);
    let r = match step.as_str() {
        "acknowledge" => app.portal_acknowledge(&c.who, id).await,
        "answer" => {
            let f: AnswerForm = serde_json::from_value(body).map_err(malformed)?;
            app.portal_answer(&c.who, id, &f).await
        }
        "follow-up" => {
            let f: FollowUpForm = serde_json::from_value(body).map_err(malformed)?;
            app.portal_follow_up(&c.who, id, &f).await
        }
        _ => Err(AppError::NotFound),
    };
    r.map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// The OpenAPI description of these routes and their bodies: `(paths, schemas)`.
pub fn openapi(op: impl Fn(&str, &str, Option<&str>, &str) -> Value) -> (Value, Value) {
    let slug =
        json!([{"name": "slug", "in": "path", "required": true, "schema": {"type": "string"}}]);
    let id = json!([{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}]);
    let staff_step = json!({"name": "step", "in": "path", "required": true, "schema": {"type": "string", "enum": ["submit", "reject", "send", "close", "follow-up", "relink"]}});
    let portal_step = json!({"name": "step", "in": "path", "required": true, "schema": {"type": "string", "enum": ["acknowledge", "answer", "follow-up"]}});
    let mut save = op(
        "Save a draft (a signal in review goes back to draft); send the updated_at you read (409 when someone saved in between). Changed texts need the personal-data check again",
        "signals",
        Some("SignalSave"),
        "204",
    );
    save["responses"]["409"] = json!({"$ref": "#/components/responses/Error"});
    let paths = json!({
        "/api/v1/tenants/{slug}/signals": {"parameters": slug,
            "get": op("The municipality's signals, newest first, with texts, codes, the kwesties' references, the consent still missing below k, status (draft|in_review|sent|acknowledged|answered|follow_up|closed), answer and follow-up (staff only)", "signals", None, "200"),
            "post": op("A new draft: {title, description, proposal, area, theme (a nature code), urgency (normal|high|low), organisations [municipality|municipality:team|provider code], addressee (municipality|provider code), addressee_email (for a provider), cases (references)}; returns 201 {\"id\"}; 422 names every field that is wrong", "signals", Some("Signal"), "201")},
        "/api/v1/signals/{id}": {"parameters": id.clone(),
            "get": op("One signal as the office sees it (staff only)", "signals", None, "200"),
            "put": save},
        "/api/v1/signals/{id}/privacy": {"parameters": id.clone(),
            "get": op("The texts with every finding of the de-identifier: fields[{field, segments[{text, finding{key, label, placeholder}}]}], updated_at", "signals", None, "200"),
            "post": op("Apply the check: {accept: [finding keys], missed: \"one phrase a line\", updated_at}; accepted findings become placeholders, missed phrases [VERBORGEN-n]; the texts count as checked until changed", "signals", Some("PrivacyCheck"), "204")},
        "/api/v1/signals/{id}/{step}": {"parameters": [id[0].clone(), staff_step],
            "post": op("A workflow step: submit (checked texts only), reject, send ({\"updated_at\"} of the version reviewed; by someone who neither wrote, changed nor submitted it; to a municipality only when it has a portal user; below k only when every kwestie has an unrevoked consent for a signal to the addressee, checked at this moment — 422 names the kwesties without), close, relink ({addressee_email}: a provider's link again, to the same or a corrected address; the old link stops working), follow-up ({follow_up, follow_up_on, not_personal}: the text goes to the addressee, so what the de-identifier finds is refused unless not_personal is true)", "signals", None, "204")},
        "/api/v1/portal/signals": {
            "get": op("The municipality's own signals (its token): texts, codes, dates, answer and follow-up; never a kwestie or reference", "signals", None, "200")},
        "/api/v1/portal/signals/{id}": {"parameters": id.clone(),
            "get": op("One of the municipality's signals (404 for anything else); reading does not acknowledge it", "signals", None, "200")},
        "/api/v1/portal/signals/{id}/{step}": {"parameters": [id[0].clone(), portal_step],
            "post": op("The municipality acknowledges receipt (acknowledge), answers ({\"answer\"}; this acknowledges too) or agrees follow-up ({\"follow_up\", \"follow_up_on\"})", "signals", None, "204")}
    });
    let schemas = json!({
        "Signal": {"type": "object", "required": ["title", "description", "area", "theme", "addressee", "cases"], "properties": {
            "title": {"type": "string", "maxLength": 200}, "description": {"type": "string", "maxLength": 5000},
            "proposal": {"type": "string", "maxLength": 5000}, "area": {"type": "string"}, "theme": {"type": "string"},
            "urgency": {"type": "string", "enum": ["normal", "high", "low"]},
            "organisations": {"type": "array", "items": {"type": "string"}},
            "addressee": {"type": "string"}, "addressee_email": {"type": "string", "format": "email"},
            "cases": {"type": "string", "description": "references separated by spaces, commas or lines"}}},
        "SignalSave": {"allOf": [{"$ref": "#/components/schemas/Signal"}, {"type": "object", "required": ["updated_at"], "properties": {"updated_at": {"type": "integer"}}}]},
        "PrivacyCheck": {"type": "object", "required": ["updated_at"], "properties": {
            "accept": {"type": "array", "items": {"type": "string"}}, "missed": {"type": "string", "maxLength": 2000}, "updated_at": {"type": "integer"},
            "words": {"type": "object", "additionalProperties": {"type": "string", "maxLength": 80}, "description": "reports only: the general words for an accepted finding, by key (default: its suggestion)"}}}
    });
    (paths, schemas)
}
