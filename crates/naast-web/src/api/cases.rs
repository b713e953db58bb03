//! The casework in the JSON API: the same calls as the case pages.

use super::{ApiResult, AppJson, Caller, with};
use crate::error::ApiError;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use naast_app::App;
use naast_app::cases::{CaseList, CaseView, ListQuery, MyWork};
use naast_core::case::{
    ClarifyForm, CloseForm, ContactForm, IntakeForm, LetterForm, MediationForm, PartyForm, TaskForm,
};
use naast_core::matching::LinkForm;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/v1/cases", get(list).post(intake))
        .route("/v1/work", get(work))
        .route("/v1/tenants/{slug}/import", post(import))
        .route("/v1/cases/{reference}", get(show))
        .route("/v1/cases/{reference}/stat", get(stat))
        .route("/v1/cases/{reference}/clarify", put(clarify))
        .route("/v1/cases/{reference}/contacts", post(contact))
        .route("/v1/cases/{reference}/notes", post(note))
        .route("/v1/cases/{reference}/tasks", post(task))
        .route("/v1/cases/{reference}/tasks/{id}/done", post(task_done))
        .route("/v1/cases/{reference}/status", post(status))
        .route("/v1/cases/{reference}/close", post(close))
        .route("/v1/cases/{reference}/reopen", post(reopen))
        .route("/v1/cases/{reference}/export", get(export))
        .route("/v1/cases/{reference}/export.pdf", get(export_pdf))
        .route("/v1/cases/{reference}/parties", post(party))
        .route(
            "/v1/cases/{reference}/parties/{id}/remove",
            post(party_remove),
        )
        .route("/v1/cases/{reference}/mediations", post(mediation))
        .route("/v1/cases/{reference}/letters", post(letter))
        .route(
            "/v1/cases/{reference}/attachments",
            post(attachment_upload).layer(axum::extract::DefaultBodyLimit::max(
                naast_core::case::ATTACHMENT_MAX + 64 * 1024,
            )),
        )
        .route(
            "/v1/cases/{reference}/attachments/{id}",
            get(attachment_download),
        )
        .route("/v1/cases/{reference}/erase", post(erase))
        .route("/v1/cases/{reference}/citizen/link", post(citizen_link))
        .route(
            "/v1/cases/{reference}/citizen/keep-apart",
            post(citizen_keep_apart),
        )
}

async fn list(
    c: Caller,
    State(app): State<App>,
    Query(q): Query<ListQuery>,
) -> ApiResult<CaseList> {
    Ok(Json(
        app.list_cases(&c.who, &q).await.map_err(with(c.lang))?,
    ))
}

async fn work(c: Caller, State(app): State<App>, Query(q): Query<WorkQuery>) -> ApiResult<MyWork> {
    Ok(Json(
        app.my_work(&c.who, &q.sort).await.map_err(with(c.lang))?,
    ))
}

async fn intake(
    c: Caller,
    State(app): State<App>,
    AppJson(form): AppJson<IntakeForm>,
) -> Result<Response, ApiError> {
    let reference = app.intake(&c.who, &form).await.map_err(with(c.lang))?;
    Ok((
        StatusCode::CREATED,
        Json(serde_json::json!({ "reference": reference })),
    )
        .into_response())
}

async fn show(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
) -> ApiResult<CaseView> {
    Ok(Json(
        app.case(&c.who, &reference).await.map_err(with(c.lang))?,
    ))
}

async fn stat(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
) -> ApiResult<serde_json::Value> {
    let r = app
        .stat_record(&c.who, &reference)
        .await
        .map_err(with(c.lang))?;
    Ok(Json(serde_json::json!({
        "area": r.area, "organisation": r.organisation, "primary_nature": r.primary_nature, "channel": r.channel,
        "found_via": r.found_via, "opened_on": r.opened_on, "closed_on": r.closed_on, "outcome": r.outcome,
        "external_outcome": r.external_outcome, "activities": r.activities, "minutes": r.minutes,
        "stat_citizen_id": r.stat_citizen_id,
    })))
}

fn done() -> Response {
    StatusCode::NO_CONTENT.into_response()
}

async fn clarify(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(form): AppJson<ClarifyForm>,
) -> Result<Response, ApiError> {
    app.clarify(&c.who, &reference, &form)
        .await
        .map_err(with(c.lang))?;
    Ok(done())
}

async fn contact(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(form): AppJson<ContactForm>,
) -> Result<Response, ApiError> {
    app.add_contact(&c.who, &reference, &form)
        .await
        .map_err(with(c.lang))?;
    Ok(done())
}

/// The order of "my work" (`deadline`, `citizen` or `opened`).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct WorkQuery {
    pub sort: String,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Note {
    note: String,
}

async fn note(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(body): AppJson<Note>,
) -> Result<Response, ApiError> {
    app.add_note(&c.who, &reference, &body.note)
        .await
        .map_err(with(c.lang))?;
    Ok(done())
}

async fn task(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(form): AppJson<TaskForm>,
) -> Result<Response, ApiError> {
    app.add_task(&c.who, &reference, &form)
        .await
        .map_err(with(c.lang))?;
    Ok(done())
}

async fn task_done(
    c: Caller,
    State(app): State<App>,
    Path((reference, id)): Path<(String, i64)>,
) -> Result<Response, ApiError> {
    app.complete_task(&c.who, &reference, id)
        .await
        .map_err(with(c.lang))?;
    Ok(done())
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Status {
    status: String,
}

async fn status(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(body): AppJson<Status>,
) -> Result<Response, ApiError> {
    app.set_status(&c.who, &reference, &body.status)
        .await
        .map_err(with(c.lang))?;
    Ok(done())
}

async fn close(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(form): AppJson<CloseForm>,
) -> Result<Response, ApiError> {
    app.close_case(&c.who, &reference, &form)
        .await
        .map_err(with(c.lang))?;
    Ok(done())
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Reopen {
    reason: String,
}

async fn reopen(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(body): AppJson<Reopen>,
) -> Result<Response, ApiError> {
    app.reopen_case(&c.who, &reference, &body.reason)
        .await
        .map_err(with(c.lang))?;
    Ok(done())
}

async fn export(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
) -> ApiResult<serde_json::Value> {
    Ok(Json(
        app.export_person(&c.who, &reference)
            .await
            .map_err(with(c.lang))?,
    ))
}

async fn erase(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
) -> ApiResult<serde_json::Value> {
    let n = app
        .erase_person(&c.who, &reference)
        .await
        .map_err(with(c.lang))?;
    Ok(Json(serde_json::json!({ "cases": n })))
}

async fn citizen_link(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(form): AppJson<LinkForm>,
) -> Result<Response, ApiError> {
    app.link_citizen(&c.who, &reference, &form)
        .await
        .map_err(with(c.lang))?;
    Ok(done())
}

#[derive(serde::Deserialize)]
struct KeepApart {
    with: String,
}

async fn citizen_keep_apart(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(form): AppJson<KeepApart>,
) -> Result<Response, ApiError> {
    app.keep_citizen_apart(&c.who, &reference, &form.with)
        .await
        .map_err(with(c.lang))?;
    Ok(done())
}

async fn party(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(form): AppJson<PartyForm>,
) -> Result<Response, ApiError> {
    app.add_party(&c.who, &reference, &form)
        .await
        .map_err(with(c.lang))?;
    Ok(done())
}

async fn party_remove(
    c: Caller,
    State(app): State<App>,
    Path((reference, id)): Path<(String, i64)>,
) -> Result<Response, ApiError> {
    app.remove_party(&c.who, &reference, id)
        .await
        .map_err(with(c.lang))?;
    Ok(done())
}

async fn mediation(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(form): AppJson<MediationForm>,
) -> Result<Response, ApiError> {
    app.add_mediation(&c.who, &reference, &form)
        .await
        .map_err(with(c.lang))?;
    Ok(done())
}

async fn letter(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    AppJson(form): AppJson<LetterForm>,
) -> Result<Response, ApiError> {
    app.add_letter(&c.who, &reference, &form)
        .await
        .map_err(with(c.lang))?;
    Ok(done())
}

/// Multipart with one field `file`.
async fn attachment_upload(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, ApiError> {
    app.case_exists_for(&c.who, &reference)
        .await
        .map_err(with(c.lang))?;
    let lang = c.lang;
    let refused = move |status: StatusCode, text: String| {
        if status == StatusCode::PAYLOAD_TOO_LARGE || text.contains("too large") {
            ApiError(
                naast_app::AppError::general(naast_core::Msg::TooLarge),
                lang,
            )
        } else {
            ApiError::malformed(text, lang)
        }
    };
    let mut multipart = multipart.map_err(|e| refused(e.status(), e.body_text()))?;
    let mut file = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| refused(e.status(), e.body_text()))?
    {
        if field.name() == Some("file") {
            let name = field.file_name().unwrap_or_default().to_string();
            let bytes = field
                .bytes()
                .await
                .map_err(|e| refused(e.status(), e.body_text()))?;
            file = Some((name, bytes));
        }
    }
    let (name, bytes) = file.ok_or_else(|| {
        ApiError(
            naast_app::AppError::field("file", naast_core::Msg::Required),
            c.lang,
        )
    })?;
    app.add_attachment(&c.who, &reference, &name, &bytes)
        .await
        .map_err(with(c.lang))?;
    Ok(StatusCode::CREATED.into_response())
}

async fn attachment_download(
    c: Caller,
    State(app): State<App>,
    Path((reference, id)): Path<(String, i64)>,
) -> Result<Response, ApiError> {
    let d = app
        .attachment(&c.who, &reference, id)
        .await
        .map_err(with(c.lang))?;
    Ok(crate::pages::download(d))
}

async fn export_pdf(
    c: Caller,
    State(app): State<App>,
    Path(reference): Path<String>,
) -> Result<Response, ApiError> {
    let data = app
        .export_person(&c.who, &reference)
        .await
        .map_err(with(c.lang))?;
    let file = crate::files::person_pdf(&reference, data)
        .await
        .map_err(with(c.lang))?;
    Ok(crate::files::response(file))
}

#[derive(serde::Deserialize)]
struct ImportQuery {
    /// `jsonl` (default), `csv` or `xlsx`.
    #[serde(default)]
    format: String,
}

/// Imports cases: the body is the file itself. 200 with the summary, or 422 with every bad
/// line (and nothing imported). Who asks and for which tenant is checked before the body is
/// read: anyone but a coordinator gets 403 without the upload being taken in. The file is
/// parsed on a blocking thread; 413 when it is over the size limits, 422 when it has too many
/// rows.
async fn import(
    c: Caller,
    State(app): State<App>,
    Path(slug): Path<String>,
    Query(q): Query<ImportQuery>,
    body: axum::body::Body,
) -> Result<Response, ApiError> {
    use naast_app::cases::import_file::{Format, read_file};
    let format = match q.format.as_str() {
        "" | "jsonl" => Format::JsonLines,
        "csv" => Format::Csv,
        "xlsx" => Format::Xlsx,
        _ => {
            return Err(ApiError(
                naast_app::AppError::field("format", naast_core::Msg::ImportFileKind),
                c.lang,
            ));
        }
    };
    app.import_target(&c.who, &slug)
        .await
        .map_err(with(c.lang))?;
    let body = axum::body::to_bytes(body, crate::pages::IMPORT_LIMIT)
        .await
        .map_err(|_| {
            ApiError(
                naast_app::AppError::general(naast_core::Msg::TooLarge),
                c.lang,
            )
        })?;
    let lines = read_file(format, body.into()).await.map_err(with(c.lang))?;
    match app
        .import_cases(&c.who, &slug, lines, c.lang)
        .await
        .map_err(with(c.lang))?
    {
        Ok(report) => Ok(Json(report).into_response()),
        Err(problems) => {
            let errors: Vec<serde_json::Value> = problems
                .iter()
                .map(
                    |p| serde_json::json!({"line": p.line, "field": p.field, "message": p.message}),
                )
                .collect();
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(serde_json::json!({ "errors": errors })),
            )
                .into_response())
        }
    }
}
