//! Complaint and objection support in the JSON API: procedures and consents on a case, letters drafted
//! from templates (and their PDF/DOCX), the procedures register and the letter templates.

use super::{AppJson, Caller, with};
use crate::error::ApiError;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use naast_app::App;
use naast_core::consent::ConsentForm;
use naast_core::procedure::{OutcomeForm, ProcedureForm, RegisterEntry};

pub fn routes() -> Router<App> {
    Router::new()
        .route(
            "/v1/cases/{reference}/consents",
            get(consents).post(add_consent),
        )
        .route(
            "/v1/cases/{reference}/consents/{id}/revoke",
            post(revoke_consent),
        )
        .route("/v1/cases/{reference}/procedures", post(add))
        .route(
            "/v1/cases/{reference}/procedures/{id}",
            axum::routing::delete(remove),
        )
        .route(
            "/v1/cases/{reference}/procedures/{id}/outcome",
            put(outcome),
        )
        .route("/v1/cases/{reference}/letters/draft", get(draft))
        .route("/v1/cases/{reference}/messages", post(message))
        .route(
            "/v1/cases/{reference}/letters/{id}/{format}",
            get(letter_file),
        )
        .route("/v1/tenants/{slug}/register", get(register))
        .route(
            "/v1/tenants/{slug}/register/{organisation}",
            put(set_register),
        )
        .route("/v1/tenants/{slug}/letter-templates", get(templates))
        .route(
            "/v1/tenants/{slug}/letter-templates/{kind}",
            put(set_template),
        )
}

async fn add(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(form): AppJson<ProcedureForm>,
) -> Result<Response, ApiError> {
    let id = app
        .add_procedure(&c.who, &reference, &form)
        .await
        .map_err(with(c.lang))?;
    Ok((StatusCode::CREATED, Json(serde_json::json!({"id": id}))).into_response())
}

async fn consents(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
) -> Result<Response, ApiError> {
    let list = app
        .consents(&c.who, &reference)
        .await
        .map_err(with(c.lang))?;
    Ok(Json(list).into_response())
}

async fn add_consent(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(form): AppJson<ConsentForm>,
) -> Result<Response, ApiError> {
    let id = app
        .add_consent(&c.who, &reference, &form)
        .await
        .map_err(with(c.lang))?;
    Ok((StatusCode::CREATED, Json(serde_json::json!({"id": id}))).into_response())
}

async fn revoke_consent(
    c: Caller,
    State(app): State<App>,
    Path((reference, id)): Path<(String, i64)>,
) -> Result<Response, ApiError> {
    app.revoke_consent(&c.who, &reference, id)
        .await
        .map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn outcome(
    c: Caller,
    State(app): State<App>,
    Path((reference, id)): Path<(String, i64)>,
    AppJson(form): AppJson<OutcomeForm>,
) -> Result<Response, ApiError> {
    app.set_procedure_outcome(&c.who, &reference, id, &form)
        .await
        .map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn remove(
    c: Caller,
    State(app): State<App>,
    Path((reference, id)): Path<(String, i64)>,
) -> Result<Response, ApiError> {
    app.remove_procedure(&c.who, &reference, id)
        .await
        .map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(serde::Deserialize)]
struct MessageBody {
    #[serde(default)]
    message: String,
}

/// A message to the citizen, read through their status link.
async fn message(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(m): AppJson<MessageBody>,
) -> Result<Response, ApiError> {
    app.message_citizen(&c.who, &reference, &m.message)
        .await
        .map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(serde::Deserialize)]
struct KindQuery {
    kind: String,
}

async fn draft(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    Query(q): Query<KindQuery>,
) -> Result<Response, ApiError> {
    let d = app
        .draft_letter(&c.who, &reference, &q.kind)
        .await
        .map_err(with(c.lang))?;
    Ok(Json(d).into_response())
}

async fn letter_file(
    c: Caller,
    State(app): State<App>,
    Path((reference, id, format)): Path<(String, i64, String)>,
) -> Result<Response, ApiError> {
    crate::pages::letter_file(&app, &c.who, &reference, id, &format)
        .await
        .map_err(with(c.lang))
}

async fn register(
    c: Caller,
    State(app): State<App>,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    let r = app.register(&c.who, &slug).await.map_err(with(c.lang))?;
    Ok(Json(r).into_response())
}

async fn set_register(
    c: Caller,
    State(app): State<App>,
    Path((slug, organisation)): Path<(String, String)>,
    AppJson(entry): AppJson<RegisterEntry>,
) -> Result<Response, ApiError> {
    app.set_register_entry(&c.who, &slug, &organisation, &entry)
        .await
        .map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn templates(
    c: Caller,
    State(app): State<App>,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    let t = app
        .letter_templates(&c.who, &slug)
        .await
        .map_err(with(c.lang))?;
    Ok(Json(t).into_response())
}

#[derive(serde::Deserialize)]
struct TemplateBody {
    /// The template text; empty returns to Naast's own.
    #[serde(default)]
    body: String,
}

async fn set_template(
    c: Caller,
    State(app): State<App>,
    Path((slug, kind)): Path<(String, String)>,
    AppJson(t): AppJson<TemplateBody>,
) -> Result<Response, ApiError> {
    app.set_letter_template(&c.who, &slug, &kind, &t.body)
        .await
        .map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
