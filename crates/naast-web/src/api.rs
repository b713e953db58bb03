//! The JSON API under `/api/v1`, described at `/api/openapi.json`. Bearer tokens only
//! (`Authorization: Bearer …`), so no CSRF; errors as `{"errors": [{"field", "message"}]}` in
//! the language of `Accept-Language`.

mod cases;
mod letters;
mod openapi;
mod procedures;
mod public;
mod reports;
mod signals;

use crate::ctx::header_lang;
use crate::error::ApiError;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use naast_app::tenants::Tenant;
use naast_app::users::{InviteForm, Invited, User};
use naast_app::{App, AppError, Principal};
use naast_core::tenant::TenantForm;
use naast_core::{Lang, Msg};
use serde::de::DeserializeOwned;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/openapi.json", get(openapi::spec))
        .route("/v1/public/{slug}/intake", post(public::intake))
        .route(
            "/v1/tenants/{slug}/outreach",
            get(public::outreach).post(public::add_outreach),
        )
        .route("/v1/tenants/{slug}/logo", put(public::set_logo))
        .route(
            "/v1/tenants/{slug}/look",
            get(public::look).put(public::set_look),
        )
        .route(
            "/v1/tenants/{slug}/open-reports",
            get(public::open_reports).put(public::set_open_reports),
        )
        .route("/v1/me", get(me))
        .route("/v1/tenants", get(list_tenants).post(create_tenant))
        .route("/v1/tenants/{slug}", get(get_tenant).put(update_tenant))
        .route("/v1/users", get(list_users).post(invite_user))
        .route(
            "/v1/users/{id}/disable",
            get(disable_plan).post(disable_user),
        )
        .route("/v1/users/{id}/enable", post(enable_user))
        .route(
            "/v1/users/{id}/tenants",
            axum::routing::put(set_user_tenants),
        )
        .route("/v1/users/{id}/setup-link", post(setup_link))
        .route("/v1/tokens", get(list_tokens).post(create_token))
        .route(
            "/v1/sessions/sign-out-everywhere",
            post(sign_out_everywhere),
        )
        .route("/v1/outbox", get(outbox))
        .route("/v1/jobs", get(jobs))
        .route("/v1/audit", get(audit))
        .route("/v1/tokens/{id}", axum::routing::delete(revoke_token))
        .merge(cases::routes())
        .merge(procedures::routes())
        .merge(letters::routes())
        .merge(reports::routes())
        .merge(signals::routes())
        .fallback(api_not_found)
}

fn lang_of(parts: &Parts) -> Lang {
    header_lang(&parts.headers)
}

/// The caller, from a bearer token.
pub struct Caller {
    pub who: Principal,
    pub lang: Lang,
}

impl FromRequestParts<App> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Caller, ApiError> {
        let lang = lang_of(parts);
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or(ApiError(AppError::Unauthenticated(Msg::NotSignedIn), lang))?;
        let who = app
            .authenticate_token(token)
            .await
            .map_err(|e| ApiError(e, lang))?;
        // A read-only token reads: every other method is refused before any handler runs.
        if who.read_only && !matches!(parts.method, Method::GET | Method::HEAD) {
            return Err(ApiError(AppError::Forbidden, lang));
        }
        Ok(Caller { who, lang })
    }
}

/// JSON bodies with our own error shape for malformed input.
pub struct AppJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<App> for AppJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, app: &App) -> Result<AppJson<T>, ApiError> {
        let lang = header_lang(req.headers());
        let refuse = |m: Msg| Err(ApiError(AppError::general(m), lang));
        match Json::<T>::from_request(req, app).await {
            Ok(Json(v)) => Ok(AppJson(v)),
            // Over the limit, or cut off (the body deadline) or broken on the way.
            Err(JsonRejection::BytesRejection(e))
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE =>
            {
                refuse(Msg::TooLarge)
            }
            Err(JsonRejection::BytesRejection(_)) => refuse(Msg::BodyUnreadable),
            Err(JsonRejection::MissingJsonContentType(_)) => refuse(Msg::ContentTypeJson),
            Err(JsonRejection::JsonSyntaxError(_)) => refuse(Msg::JsonInvalid),
            // A field of the wrong type or missing: serde's words name the field.
            Err(e) => Err(ApiError::malformed(e.body_text(), lang)),
        }
    }
}

pub(crate) type ApiResult<T> = Result<Json<T>, ApiError>;

pub(crate) fn with(lang: Lang) -> impl FnOnce(AppError) -> ApiError {
    move |e| ApiError(e, lang)
}

#[derive(serde::Serialize)]
struct Me {
    email: String,
    display_name: String,
    role: naast_core::Role,
    tenants: Vec<String>,
}

async fn me(c: Caller, State(app): State<App>) -> ApiResult<Me> {
    let tenants = app.list_tenants(&c.who).await.map_err(with(c.lang))?;
    let tenants = tenants
        .into_iter()
        .filter(|t| c.who.tenant_ids.contains(&t.id))
        .map(|t| t.slug)
        .collect();
    Ok(Json(Me {
        email: c.who.email,
        display_name: c.who.display_name,
        role: c.who.role,
        tenants,
    }))
}

async fn list_tenants(c: Caller, State(app): State<App>) -> ApiResult<Vec<Tenant>> {
    Ok(Json(app.list_tenants(&c.who).await.map_err(with(c.lang))?))
}

async fn get_tenant(
    c: Caller,
    State(app): State<App>,
    Path(slug): Path<String>,
) -> ApiResult<Tenant> {
    Ok(Json(app.tenant(&c.who, &slug).await.map_err(with(c.lang))?))
}

#[derive(serde::Deserialize)]
struct TenantBody {
    #[serde(flatten)]
    form: TenantJson,
    #[serde(default)]
    version: Option<i64>,
}

/// A tenant as JSON: numbers as numbers, providers as a list of names.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct TenantJson {
    slug: String,
    name: String,
    areas: Vec<String>,
    threshold_k: Option<i64>,
    quarterly_reports: bool,
    retention_months: Option<i64>,
    signal_weeks: Option<i64>,
    unopened_days: Option<i64>,
    contact_phone: String,
    contact_email: String,
    contact_address: String,
    walk_in_hours: String,
    providers: Vec<String>,
}

impl TenantJson {
    fn into_form(self) -> TenantForm {
        TenantForm {
            slug: self.slug,
            name: self.name,
            areas: self.areas,
            threshold_k: self.threshold_k.map(|k| k.to_string()).unwrap_or_default(),
            quarterly_reports: self.quarterly_reports,
            retention_months: self
                .retention_months
                .map(|k| k.to_string())
                .unwrap_or_default(),
            signal_weeks: self.signal_weeks.map(|k| k.to_string()).unwrap_or_default(),
            unopened_days: self
                .unopened_days
                .map(|k| k.to_string())
                .unwrap_or_default(),
            contact_phone: self.contact_phone,
            contact_email: self.contact_email,
            contact_address: self.contact_address,
            walk_in_hours: self.walk_in_hours,
            providers: self.providers.join("\n"),
        }
    }
}

async fn create_tenant(
    c: Caller,
    State(app): State<App>,
    AppJson(body): AppJson<TenantBody>,
) -> Result<Response, ApiError> {
    let t = app
        .create_tenant(&c.who, &body.form.into_form())
        .await
        .map_err(with(c.lang))?;
    Ok((StatusCode::CREATED, Json(t)).into_response())
}

async fn update_tenant(
    c: Caller,
    State(app): State<App>,
    Path(slug): Path<String>,
    AppJson(body): AppJson<TenantBody>,
) -> ApiResult<Tenant> {
    let version = body
        .version
        .ok_or_else(|| ApiError(AppError::field("version", Msg::Required), c.lang))?;
    Ok(Json(
        app.update_tenant(&c.who, &slug, version, &body.form.into_form())
            .await
            .map_err(with(c.lang))?,
    ))
}

async fn list_users(c: Caller, State(app): State<App>) -> ApiResult<Vec<User>> {
    Ok(Json(app.list_users(&c.who).await.map_err(with(c.lang))?))
}

async fn invite_user(
    c: Caller,
    State(app): State<App>,
    AppJson(form): AppJson<InviteForm>,
) -> Result<Response, ApiError> {
    let inv: Invited = app.invite_user(&c.who, &form).await.map_err(with(c.lang))?;
    Ok((StatusCode::CREATED, Json(inv)).into_response())
}

/// The body of a disable request: `handover_to` names the colleague who takes the user's open
/// kwesties (one of `GET …/disable`'s `colleagues`), `null` leaves them unassigned. Without a
/// body, or without the field, the user is disabled and keeps their kwesties (as before).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct DisableBody {
    #[serde(default, deserialize_with = "present")]
    handover_to: Option<Option<i64>>,
}

/// A field that is present, even as `null`.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<i64>>, D::Error> {
    use serde::Deserialize;
    Option::<i64>::deserialize(d).map(Some)
}

/// What disabling the user would do: their open kwesties and the colleagues who could take them.
async fn disable_plan(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
) -> ApiResult<naast_app::users::DisablePlan> {
    Ok(Json(
        app.disable_plan(&c.who, id).await.map_err(with(c.lang))?,
    ))
}

async fn disable_user(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
    req: Request,
) -> ApiResult<User> {
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, 64 * 1024)
        .await
        .map_err(|_| ApiError(AppError::general(Msg::BodyUnreadable), c.lang))?;
    let handover = if bytes.iter().all(u8::is_ascii_whitespace) {
        None
    } else {
        let req = Request::from_parts(parts, axum::body::Body::from(bytes));
        let AppJson(b) = AppJson::<DisableBody>::from_request(req, &app).await?;
        b.handover_to
    };
    let user = match handover {
        Some(to) => app
            .disable_with_handover(&c.who, id, to)
            .await
            .map(|d| d.user),
        None => app.set_user_disabled(&c.who, id, true).await,
    };
    Ok(Json(user.map_err(with(c.lang))?))
}

async fn enable_user(c: Caller, State(app): State<App>, Path(id): Path<i64>) -> ApiResult<User> {
    Ok(Json(
        app.set_user_disabled(&c.who, id, false)
            .await
            .map_err(with(c.lang))?,
    ))
}

async fn list_tokens(
    c: Caller,
    State(app): State<App>,
) -> ApiResult<Vec<naast_app::tokens::ApiToken>> {
    Ok(Json(app.list_tokens(&c.who).await.map_err(with(c.lang))?))
}

async fn revoke_token(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    app.revoke_token(&c.who, id).await.map_err(with(c.lang))?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize)]
struct TenantsBody {
    tenants: Vec<String>,
}

async fn set_user_tenants(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
    AppJson(body): AppJson<TenantsBody>,
) -> ApiResult<User> {
    Ok(Json(
        app.set_user_tenants(&c.who, id, &body.tenants)
            .await
            .map_err(with(c.lang))?,
    ))
}

async fn setup_link(
    c: Caller,
    State(app): State<App>,
    Path(id): Path<i64>,
) -> ApiResult<serde_json::Value> {
    let link = app.reset_link(&c.who, id).await.map_err(with(c.lang))?;
    Ok(Json(serde_json::json!({ "setup_link": link })))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct NewToken {
    label: String,
    /// 1–365; 90 when absent.
    expires_days: Option<u32>,
    /// `read` (the default) or `write`.
    scope: Option<String>,
}

async fn create_token(
    c: Caller,
    State(app): State<App>,
    AppJson(body): AppJson<NewToken>,
) -> Result<Response, ApiError> {
    // Tokens are made from a signed-in browser or the command line, never by a token.
    if matches!(c.who.via, naast_app::Via::Token(_)) {
        return Err(ApiError(AppError::Forbidden, c.lang));
    }
    let user_id = c.who.user_id.ok_or(ApiError(AppError::Forbidden, c.lang))?;
    let days = body
        .expires_days
        .unwrap_or(naast_app::tokens::DEFAULT_EXPIRES_DAYS);
    let max = naast_app::tokens::MAX_EXPIRES_DAYS;
    let mut problems = naast_core::validation::Collector::default();
    if !(1..=max).contains(&days) {
        problems.push(naast_core::FieldError::new(
            "expires_days",
            Msg::NumberBetween(1, max),
        ));
    }
    let scope = problems.take(naast_app::tokens::TokenScope::parse(
        "scope",
        body.scope.as_deref().unwrap_or("read"),
    ));
    problems
        .finish()
        .map_err(|e| ApiError(AppError::from(e), c.lang))?;
    let scope = scope.unwrap_or(naast_app::tokens::TokenScope::Read);
    let token = app
        .create_token(&c.who, user_id, &body.label, Some(days), scope)
        .await
        .map_err(with(c.lang))?;
    Ok((
        StatusCode::CREATED,
        Json(serde_json::json!({ "token": token })),
    )
        .into_response())
}

async fn sign_out_everywhere(c: Caller, State(app): State<App>) -> ApiResult<serde_json::Value> {
    let n = app
        .sign_out_everywhere(&c.who)
        .await
        .map_err(with(c.lang))?;
    Ok(Json(serde_json::json!({ "sessions_ended": n })))
}

async fn outbox(c: Caller, State(app): State<App>) -> ApiResult<Vec<naast_app::mail::Mail>> {
    Ok(Json(app.outbox(&c.who).await.map_err(with(c.lang))?))
}

async fn jobs(c: Caller, State(app): State<App>) -> ApiResult<Vec<serde_json::Value>> {
    let rows = app.jobs_overview(&c.who).await.map_err(with(c.lang))?;
    Ok(Json(
        rows.into_iter()
            .map(|j| serde_json::json!({"id": j.id, "kind": j.kind, "state": j.state, "attempts": j.attempts, "run_at": j.run_at, "last_error": j.last_error}))
            .collect(),
    ))
}

async fn audit(c: Caller, State(app): State<App>) -> ApiResult<serde_json::Value> {
    let (entries, verdict) = app.audit_overview(&c.who).await.map_err(with(c.lang))?;
    let verdict = match verdict {
        naast_app::system::Verdict::Ok { entries, head } => {
            serde_json::json!({"ok": true, "entries": entries, "head": head})
        }
        naast_app::system::Verdict::Broken { seq, reason } => {
            serde_json::json!({"ok": false, "broken_at": seq, "reason": reason})
        }
    };
    let entries: Vec<serde_json::Value> = entries
        .into_iter()
        .map(|e| serde_json::json!({"seq": e.seq, "at": e.at, "actor": e.actor, "actor_user_id": e.actor_user_id, "action": e.action, "object_kind": e.object_kind, "object_id": e.object_id}))
        .collect();
    Ok(Json(
        serde_json::json!({ "chain": verdict, "entries": entries }),
    ))
}

async fn api_not_found(req: Request) -> ApiError {
    let lang = header_lang(req.headers());
    ApiError(AppError::NotFound, lang)
}
