//! Reports in the JSON API: a municipality's versions, starting one, the narrative, the workflow
//! (submit, reject, publish, correct, discussed), the release file of a year, and the report's
//! files. A municipality's token reads its own published reports through the same use cases.

use super::{AppJson, Caller, with};
use crate::error::ApiError;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use naast_app::reports::Narrative;
use naast_app::{App, AppError};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/v1/tenants/{slug}/reports", get(list).post(start))
        .route("/v1/tenants/{slug}/reports/{year}/release", get(release))
        .route("/v1/reports/{id}", get(one))
        .route("/v1/reports/{id}/text", put(text))
        .route("/v1/reports/{id}/privacy", get(privacy).post(apply_privacy))
        .route("/v1/reports/{id}/submit", post(submit))
        .route("/v1/reports/{id}/reject", post(reject))
        .route("/v1/reports/{id}/publish", post(publish))
        .route("/v1/reports/{id}/protect-more", post(protect_more))
        .route("/v1/reports/{id}/correct", post(correct))
        .route("/v1/reports/{id}/discussed", post(discussed))
        .route("/v1/reports/{id}/{file}", get(file))
}

async fn list(
    c: Caller,
    State(app): State<App>,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    let r = app.reports(&c.who, &slug).await.map_err(with(c.lang))?;
    Ok(Json(r).into_response())
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct PeriodBody {
    period: String,
}

async fn start(
    c: Caller,
    State(app): State<App>,
    Path(slug): Path<String>,
    AppJson(body): AppJson<PeriodBody>,
) -> Result<Response, ApiError> {
    let id = app
        .start_report(&c.who, &slug, &body.period)
        .await
        .map_err(with(c.lang))?;
    Ok((StatusCode::CREATED, Json(serde_json::json!({ "id": id }))).into_response())
}

async fn release(
    c: Caller,
    State(app): State<App>,
    Path((slug, year)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let year: i32 = year
        .trim()
        .parse()
        .map_err(|_| ApiError(AppError::NotFound, c.lang))?;
    let r = app
        .report_release(&c.who, &slug, year)
        .await
        .map_err(with(c.lang))?;
    Ok(Json(r).into_response())
}

async fn one(c: Caller, State(app): State<App>, Path(id): Path<i64>) -> Result<Response, ApiError> {
    let v = app.report(&c.who, id).await.map_err(with(c.lang))?;
    Ok(Json(v).into_response())
}

/// The narrative, the correction note and the `updated_at` read with it.
#[derive(serde::Deserialize)]
struct TextBody {
    #[serde(default)]
    themes: String,
    #[serde(default)]
    stories: String,
    #[serde(default)]
    recommendations: String,
    #[serde(default)]
    follow_up: String,
    #[serde(default)]
    correction: String,
    updated_at: Option<i64>,
}

async fn text(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
    AppJson(body): AppJson<TextBody>,
) -> Result<Response, ApiError> {
    let updated_at = body.updated_at.ok_or_else(|| {
        ApiError(
            AppError::field("updated_at", naast_core::Msg::Required),
            c.lang,
        )
    })?;
    let narrative = Narrative {
        themes: body.themes,
        stories: body.stories,
        recommendations: body.recommendations,
        follow_up: body.follow_up,
        // Worked out by the use case: checked text stays checked while it is unchanged.
        checked: false,
    };
    app.save_report_text(&c.who, id, &narrative, &body.correction, updated_at)
        .await
        .map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn submit(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
) -> Result<Response, ApiError> {
    app.submit_report(&c.who, id).await.map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(serde::Deserialize)]
struct ReadVersion {
    updated_at: Option<i64>,
}

/// 204 once more is hidden as the report's `fix` proposed; 409 when the report changed since
/// `updated_at` was read.
async fn protect_more(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
    AppJson(body): AppJson<ReadVersion>,
) -> Result<Response, ApiError> {
    let updated_at = body.updated_at.ok_or_else(|| {
        ApiError(
            AppError::field("updated_at", naast_core::Msg::Required),
            c.lang,
        )
    })?;
    app.protect_report_more(&c.who, id, updated_at)
        .await
        .map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn reject(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
) -> Result<Response, ApiError> {
    app.reject_report(&c.who, id).await.map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// The narrative and a correction's note with every finding of the de-identifier.
async fn privacy(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
) -> Result<Response, ApiError> {
    let r = app.report_privacy(&c.who, id).await.map_err(with(c.lang))?;
    Ok(Json(r).into_response())
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct PrivacyBody {
    accept: Vec<String>,
    missed: String,
    /// The general words for accepted findings, by key (else their suggestion).
    words: std::collections::HashMap<String, String>,
    updated_at: Option<i64>,
}

/// 204 once applied: the texts count as checked until they change.
async fn apply_privacy(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
    AppJson(body): AppJson<PrivacyBody>,
) -> Result<Response, ApiError> {
    let Some(at) = body.updated_at else {
        return Err(ApiError(
            AppError::field("updated_at", naast_core::Msg::Required),
            c.lang,
        ));
    };
    app.apply_report_privacy(&c.who, id, &body.accept, &body.missed, &body.words, at)
        .await
        .map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// A body that may be empty (`{}` then): the checks of the use case come first.
fn optional_body<T: serde::de::DeserializeOwned + Default>(
    body: &[u8],
    lang: naast_core::Lang,
) -> Result<T, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    serde_json::from_slice(body).map_err(|e| ApiError::malformed(e.to_string(), lang))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct ReadBody {
    updated_at: Option<i64>,
}

/// 204 once published; 422 with the reason when the period is not over, the audit gate finds
/// cells, the caller wrote, last changed or submitted it (four eyes) or `updated_at` is
/// missing; 409 when it changed since the `updated_at` read.
async fn publish(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let body: ReadBody = optional_body(&body, c.lang)?;
    app.publish_report(&c.who, id, body.updated_at)
        .await
        .map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct CorrectBody {
    correction: String,
}

/// 201 with the new draft; 422 naming `correction` when the note is missing.
async fn correct(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let body: CorrectBody = optional_body(&body, c.lang)?;
    let new = app
        .correct_report(&c.who, id, &body.correction)
        .await
        .map_err(with(c.lang))?;
    Ok((StatusCode::CREATED, Json(serde_json::json!({ "id": new }))).into_response())
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct DiscussedBody {
    on: String,
    agreed: String,
}

async fn discussed(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
    AppJson(body): AppJson<DiscussedBody>,
) -> Result<Response, ApiError> {
    app.report_discussed(&c.who, id, &body.on, &body.agreed)
        .await
        .map_err(|mut e| {
            // The date is `on` here.
            if let AppError::Invalid(inv) = &mut e {
                for f in &mut inv.0 {
                    if f.field == Some("discussed_on") {
                        f.field = Some("on");
                    }
                }
            }
            ApiError(e, c.lang)
        })?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `report.pdf`, `report.xlsx`, `report.csv` or `report.html`, in the language asked for.
async fn file(
    c: Caller,
    State(app): State<App>,
    Path((id, file)): Path<(i64, String)>,
) -> Result<Response, ApiError> {
    crate::pages::report_file(&app, &c.who, id, &file, c.lang)
        .await
        .map_err(with(c.lang))
}
