//! The public intake API, for the municipality's own site and apps:
//! `POST /api/v1/public/{tenant-slug}/intake`. No token: like the form, it is the citizen's
//! door. It answers `201 {"reference", "status_url"}` only after the intake is committed; bad
//! input answers 422 naming each field in the requested language (`"language"` in the body,
//! else `Accept-Language`); an unknown tenant 404; a flood 429 with `Retry-After`.

use crate::error::ApiError;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use naast_app::{App, AppError};
use naast_core::Lang;
use naast_core::public::{BODY_MAX, PublicIntakeForm};

pub async fn intake(
    State(app): State<App>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    axum::extract::ConnectInfo(peer): axum::extract::ConnectInfo<std::net::SocketAddr>,
    body: axum::body::Bytes,
) -> Response {
    let header_lang = crate::ctx::header_lang(&headers);
    if body.len() > BODY_MAX {
        return ApiError(AppError::general(naast_core::Msg::TooLarge), header_lang).into_response();
    }
    // Bad input of any kind is a 422 here: the contract of this door.
    let unprocessable = |e: ApiError| {
        let mut r = e.into_response();
        *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        r
    };
    let value: serde_json::Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => return unprocessable(ApiError::malformed(e.to_string(), header_lang)),
    };
    let lang = value
        .get("language")
        .and_then(|l| l.as_str())
        .and_then(Lang::parse)
        .unwrap_or(header_lang);
    let form: PublicIntakeForm = match serde_json::from_value(value) {
        Ok(f) => f,
        Err(e) => return unprocessable(ApiError::malformed(e.to_string(), lang)),
    };
    let addr = crate::ctx::client_addr(&headers, peer.ip(), &app.settings.trusted_proxies);
    if !crate::limits::allow(app.settings.rate_limits, &addr, &slug) {
        return ApiError(AppError::Throttled(60), lang).into_response();
    }
    match app
        .public_intake(&slug, &form, &crate::locales::codes(), false)
        .await
    {
        Ok(r) => (
            StatusCode::CREATED,
            Json(serde_json::json!({
                "reference": r.reference,
                "status_url": app.status_url(&r.token),
            })),
        )
            .into_response(),
        Err(e) => ApiError(e, lang).into_response(),
    }
}

/// `GET /api/v1/tenants/{slug}/look`: the look of the tenant's public pages (coordinator).
pub async fn look(
    c: super::Caller,
    State(app): State<App>,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    let f = app
        .theme_form(&c.who, &slug)
        .await
        .map_err(super::with(c.lang))?;
    Ok(Json(f).into_response())
}

/// `PUT /api/v1/tenants/{slug}/look`: colours and fonts, refused (422) when a pair the pages
/// use has less contrast than 4.5:1.
pub async fn set_look(
    c: super::Caller,
    State(app): State<App>,
    Path(slug): Path<String>,
    super::AppJson(f): super::AppJson<naast_core::theme::ThemeForm>,
) -> Result<Response, ApiError> {
    app.set_theme(&c.who, &slug, &f)
        .await
        .map_err(super::with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// The tenant's choice of reports listed for residents.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct OpenReportsBody {
    /// `off`, `annual` or `quarterly`.
    open_reports: String,
}

/// `GET /api/v1/tenants/{slug}/open-reports`: which published reports the public page lists
/// (coordinator).
pub async fn open_reports(
    c: super::Caller,
    State(app): State<App>,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    let o = app
        .open_reports_setting(&c.who, &slug)
        .await
        .map_err(super::with(c.lang))?;
    Ok(Json(OpenReportsBody {
        open_reports: o.as_str().to_string(),
    })
    .into_response())
}

/// `PUT /api/v1/tenants/{slug}/open-reports`: sets it; an unknown choice is refused (422).
pub async fn set_open_reports(
    c: super::Caller,
    State(app): State<App>,
    Path(slug): Path<String>,
    super::AppJson(body): super::AppJson<OpenReportsBody>,
) -> Result<Response, ApiError> {
    app.set_open_reports(&c.who, &slug, &body.open_reports)
        .await
        .map_err(super::with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `GET /api/v1/tenants/{slug}/outreach?year=YYYY`: the outreach register of a year.
pub async fn outreach(
    c: super::Caller,
    State(app): State<App>,
    Path(slug): Path<String>,
    axum::extract::Query(q): axum::extract::Query<YearQuery>,
) -> Result<Response, ApiError> {
    let year = q.year.unwrap_or_else(|| naast_app::clock::today().year());
    let y = app
        .outreach_year(&c.who, &slug, year)
        .await
        .map_err(super::with(c.lang))?;
    Ok(Json(y).into_response())
}

#[derive(serde::Deserialize)]
pub struct YearQuery {
    year: Option<i16>,
}

/// `POST /api/v1/tenants/{slug}/outreach`: record walk-in hours, a session or a presentation.
pub async fn add_outreach(
    c: super::Caller,
    State(app): State<App>,
    Path(slug): Path<String>,
    super::AppJson(f): super::AppJson<naast_core::outreach::OutreachForm>,
) -> Result<Response, ApiError> {
    let id = app
        .add_outreach(&c.who, &slug, &f)
        .await
        .map_err(super::with(c.lang))?;
    Ok((StatusCode::CREATED, Json(serde_json::json!({"id": id}))).into_response())
}

/// `PUT /api/v1/tenants/{slug}/logo`: the body is the image (PNG or JPEG, at most 200 kB); an
/// empty body removes the logo.
pub async fn set_logo(
    c: super::Caller,
    State(app): State<App>,
    Path(slug): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    app.set_logo(&c.who, &slug, &body)
        .await
        .map_err(super::with(c.lang))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
