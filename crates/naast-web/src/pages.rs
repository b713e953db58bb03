//! The HTML pages: home, sign-in and set-up, and the back office.

mod account;
mod agenda;
mod auth;
mod case_files;
mod case_list;
mod case_parts;
mod case_verdict;
mod cases;
mod citizen_link;
mod consents;
mod letter_pages;
mod open_reports;
mod outreach;
mod portal;
mod privacy_check;
mod procedures;
mod process;
mod public;
mod public_status;
mod public_verdict;
mod public_way_back;
mod publicity;
mod receipts;
mod register;
mod report_overview;
mod report_publish;
pub(crate) mod report_shared;
mod report_status;
mod reports;
mod signal_link;
mod signals;
mod status_code_new;
mod status_link;
mod theme;
pub(crate) use case_files::download;
pub(crate) use procedures::letter_file;
pub use report_shared::{report_html, standalone_html};
pub(crate) use reports::report_file;
pub(crate) use status_link::slip_data;
mod system;
mod tenant_texts;
mod tenants;
mod users;
mod workload;

use crate::ctx::{Ctx, LANG_COOKIE, set_cookie};
use crate::error::WebError;
use crate::form::Form;
use crate::view::{Page, render, render_status};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use naast_app::App;
use naast_core::Lang;

/// The largest import file accepted (a few hundred thousand rows of CSV).
pub(crate) const IMPORT_LIMIT: usize = 50 * 1024 * 1024;
/// An attachment's limit plus room for the form around it.
const ATTACHMENT_LIMIT: usize = naast_core::case::ATTACHMENT_MAX + 64 * 1024;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/", get(public::index))
        .route("/static/voorlezen.js", get(read_aloud_js))
        .route("/status/{token}", get(public_status::status))
        .route("/status/{token}/reply", post(public_status::reply))
        .route("/status/{token}/withdraw", post(public_status::withdraw))
        .route("/status/{token}/verdict", post(public_verdict::verdict))
        .route("/status/{token}/not-done", post(public_verdict::not_done))
        .route(
            "/status/{token}/documents/{id}",
            get(process::citizen_document),
        )
        .route(
            "/status/{token}/document",
            post(public_status::document)
                .layer(axum::extract::DefaultBodyLimit::max(ATTACHMENT_LIMIT)),
        )
        .route("/{slug}", get(tenant_slash))
        .route("/{slug}/", get(public::home))
        .route("/{slug}/theme.css", get(theme::css))
        .route("/{slug}/logo", get(theme::logo))
        .route("/{slug}/folder.pdf", get(publicity::folder))
        .route("/{slug}/insluiten", get(publicity::embed))
        .route("/{slug}/rapportages", get(open_reports::list))
        .route(
            "/{slug}/rapportages/{period}/{file}",
            get(open_reports::file),
        )
        .route("/{slug}/{page}", get(public::info))
        .route("/{slug}/melden", get(public::form).post(public::submit))
        .route(
            "/{slug}/status",
            get(public_way_back::form).post(public_way_back::submit),
        )
        .route("/{slug}/wegen/{area}", get(public::area_routes))
        .route("/healthz", get(healthz))
        .route("/readyz", get(crate::observe::readyz))
        .route("/static/naast.css", get(css))
        .route("/lang", get(lang_page).post(switch_lang))
        .route("/termijn", get(deadline))
        .route("/login", get(auth::login_page).post(auth::login))
        .route("/login/totp", get(auth::totp_page).post(auth::totp))
        .route("/logout", post(auth::logout))
        .route("/setup/{token}", get(auth::setup_page).post(auth::setup))
        .route("/account/totp", get(auth::enrol_page).post(auth::enrol))
        .route("/admin", get(dashboard))
        .route("/admin/start", get(start))
        .route("/admin/reports", get(reports::list).post(reports::start))
        .route("/admin/reports/overview", get(report_overview::page))
        .route("/admin/reports/status", get(report_status::page))
        .route(
            "/admin/reports/status/start-year",
            post(report_status::start_year),
        )
        .route(
            "/admin/reports/overview/{file}",
            get(report_overview::download),
        )
        .route("/admin/reports/{id}", get(reports::show))
        .route("/admin/reports/{id}/text", post(reports::save_text))
        .route("/admin/reports/{id}/discussed", post(reports::discussed))
        .route(
            "/admin/reports/{id}/{file}",
            get(reports::download).post(reports::step),
        )
        .route("/portal", get(portal::index))
        .route("/portal/reports/{id}", get(portal::report))
        .route("/portal/reports/{id}/{file}", get(portal::download))
        .route("/admin/work", get(case_list::work))
        .route("/admin/agenda", get(agenda::page))
        .route("/admin/agenda/feed", post(agenda::renew_feed))
        .route("/admin/agenda/feed/revoke", post(agenda::revoke_feed))
        .route("/admin/agenda/feed/{token}", get(agenda::feed))
        .route("/admin/work/handed/{id}/seen", post(users::handover_seen))
        .route(
            "/admin/import",
            get(case_files::import_page)
                .post(case_files::import)
                .layer(axum::extract::DefaultBodyLimit::max(IMPORT_LIMIT)),
        )
        .route("/admin/cases", get(case_list::list).post(cases::create))
        .route("/admin/cases/new", get(cases::new))
        .route("/admin/cases/{reference}", get(case_parts::overview))
        .route(
            "/admin/cases/{reference}/tijdlijn",
            get(case_parts::timeline),
        )
        .route("/admin/cases/{reference}/taken", get(case_parts::tasks))
        .route("/admin/cases/{reference}/brieven", get(case_parts::letters))
        .route(
            "/admin/cases/{reference}/procedures",
            get(case_parts::procedures).post(procedures::add),
        )
        .route(
            "/admin/cases/{reference}/betrokkenen",
            get(case_parts::people),
        )
        .route("/admin/cases/{reference}/clarify", post(cases::clarify))
        .route("/admin/cases/{reference}/contacts", post(cases::contact))
        .route("/admin/cases/{reference}/notes", post(cases::note))
        .route("/admin/cases/{reference}/tasks", post(cases::task))
        .route("/admin/cases/{reference}/planned", post(process::plan))
        .route(
            "/admin/cases/{reference}/tasks/{id}/held",
            post(process::held),
        )
        .route(
            "/admin/cases/{reference}/tasks/{id}/done",
            post(cases::task_done),
        )
        .route("/admin/cases/{reference}/status", post(cases::status))
        .route("/admin/cases/{reference}/close", post(cases::close))
        .route("/admin/cases/{reference}/reopen", post(cases::reopen))
        .route("/admin/cases/{reference}/export", get(case_files::export))
        .route(
            "/admin/cases/{reference}/export.pdf",
            get(case_files::export_pdf),
        )
        .route("/admin/cases/{reference}/parties", post(cases::party))
        .route(
            "/admin/cases/{reference}/parties/{id}/remove",
            post(cases::party_remove),
        )
        .route(
            "/admin/cases/{reference}/mediations",
            post(cases::mediation),
        )
        .route("/admin/cases/{reference}/letters", post(cases::letter))
        .route("/admin/cases/{reference}/messages", post(cases::message))
        .route(
            "/admin/cases/{reference}/letters/new",
            get(procedures::draft),
        )
        .route(
            "/admin/cases/{reference}/letters/draft",
            post(procedures::save),
        )
        .route(
            "/admin/cases/{reference}/letters/{id}/{format}",
            get(procedures::download),
        )
        .route(
            "/admin/cases/{reference}/letters/{id}/sent",
            post(procedures::sent),
        )
        .route(
            "/admin/cases/{reference}/letters/{id}",
            get(letter_pages::show).post(letter_pages::update),
        )
        .route(
            "/admin/cases/{reference}/letters/{id}/status-page",
            post(letter_pages::to_status_page),
        )
        .route(
            "/admin/cases/{reference}/letters/{id}/versions/{version}",
            get(letter_pages::version),
        )
        .route("/admin/cases/{reference}/consents", post(consents::add))
        .route(
            "/admin/cases/{reference}/consents/{id}/revoke",
            post(consents::revoke),
        )
        .route(
            "/admin/cases/{reference}/procedures/{id}/outcome",
            post(procedures::outcome),
        )
        .route(
            "/admin/cases/{reference}/procedures/{id}/remove",
            post(procedures::remove),
        )
        .route(
            "/admin/cases/{reference}/procedures/{id}/receipt",
            post(receipts::save).layer(axum::extract::DefaultBodyLimit::max(ATTACHMENT_LIMIT)),
        )
        .route(
            "/admin/cases/{reference}/attachments",
            post(case_files::attachment_upload)
                .layer(axum::extract::DefaultBodyLimit::max(ATTACHMENT_LIMIT)),
        )
        .route(
            "/admin/cases/{reference}/attachments/{id}",
            get(case_files::attachment_download),
        )
        .route("/admin/cases/{reference}/erase", post(cases::erase))
        .route(
            "/admin/cases/{reference}/citizen/link",
            post(citizen_link::link),
        )
        .route(
            "/admin/cases/{reference}/citizen/keep-apart",
            post(citizen_link::keep_apart),
        )
        .route(
            "/admin/cases/{reference}/statuslink/email",
            post(status_link::email),
        )
        .route(
            "/admin/cases/{reference}/statuslink/slip",
            post(status_link::slip),
        )
        .route(
            "/admin/cases/{reference}/statuscode",
            post(status_code_new::reissue),
        )
        .route(
            "/admin/cases/{reference}/statuscode/show",
            post(status_code_new::show),
        )
        .route(
            "/admin/cases/{reference}/verdict-review",
            post(case_verdict::review),
        )
        .route(
            "/admin/reports/{id}/privacy",
            get(privacy_check::page).post(privacy_check::apply),
        )
        .route("/admin/signals", get(signals::list).post(signals::create))
        .route("/admin/signals/new", get(signals::new))
        .route(
            "/admin/signals/{id}",
            get(signals::show).post(signals::save),
        )
        .route(
            "/admin/signals/{id}/privacy",
            get(privacy_check::signal_page).post(privacy_check::signal_apply),
        )
        .route("/admin/signals/{id}/{step}", post(signals::step))
        .route("/portal/signals/{id}", get(portal::signal))
        .route("/portal/signals/{id}/{step}", post(portal::signal_step))
        .route("/signaal/{token}", get(signal_link::page))
        .route("/signaal/{token}/{step}", post(signal_link::act))
        .route("/admin/outreach", get(outreach::page).post(outreach::add))
        .route("/admin/outreach/{id}/remove", post(outreach::remove))
        .route("/admin/outbox", get(system::outbox))
        .route("/admin/audit", get(system::audit))
        .route("/admin/jobs", get(system::jobs))
        .route("/admin/tenants", get(tenants::list).post(tenants::create))
        .route("/admin/tenants/new", get(tenants::new))
        .route("/admin/register", get(register::index))
        .route("/admin/tenants/{slug}/register", get(register::register))
        .route(
            "/admin/tenants/{slug}/register/{organisation}",
            get(register::entry).post(register::register_save),
        )
        .route("/admin/tenants/{slug}/letters", get(tenant_texts::letters))
        .route(
            "/admin/tenants/{slug}/logo",
            post(tenant_texts::logo_save).layer(axum::extract::DefaultBodyLimit::max(1024 * 1024)),
        )
        .route(
            "/admin/tenants/{slug}/rapportages",
            get(open_reports::setting).post(open_reports::setting_save),
        )
        .route(
            "/admin/tenants/{slug}/look",
            get(tenant_texts::look).post(tenant_texts::look_save),
        )
        .route(
            "/admin/tenants/{slug}/letters/{kind}",
            post(tenant_texts::letter_save),
        )
        .route(
            "/admin/tenants/{slug}",
            get(tenants::edit).post(tenants::update),
        )
        .route("/admin/users", get(users::list).post(users::invite))
        .route("/admin/users/new", get(users::new))
        .route("/admin/users/{id}", get(users::edit))
        .route("/admin/users/{id}/tenants", post(users::set_tenants))
        .route(
            "/admin/users/{id}/disable",
            get(users::disable_page).post(users::disable),
        )
        .route("/admin/users/{id}/enable", post(users::enable))
        .route("/admin/users/{id}/reset-link", post(users::reset_link))
        .route("/admin/account", get(account::page))
        .route("/admin/account/password", post(account::change_password))
        .route("/admin/account/tokens", post(account::create_token))
        .route(
            "/admin/account/tokens/{id}/revoke",
            post(account::revoke_token),
        )
        .route(
            "/admin/account/sign-out-everywhere",
            post(account::sign_out_everywhere),
        )
}

/// The overview after signing in; a municipality's is its portal.
async fn dashboard(ctx: Ctx) -> Result<Response, WebError> {
    if let Some(s) = &ctx.session
        && s.stage == naast_app::auth::Stage::Full
        && s.principal.is(naast_core::Role::Municipality)
    {
        return Ok(Redirect::to("/portal").into_response());
    }
    system::dashboard(ctx).await
}

/// Where a sign-in lands: a confidant on "Mijn werk", a coordinator on the overview, a
/// municipality user on the portal.
async fn start(ctx: Ctx) -> Response {
    let to = match &ctx.session {
        Some(s) if s.stage == naast_app::auth::Stage::Full => match s.principal.role {
            naast_core::Role::Confidant => "/admin/work",
            naast_core::Role::Coordinator => "/admin",
            naast_core::Role::Municipality => "/portal",
        },
        _ => "/login",
    };
    Redirect::to(to).into_response()
}

/// 200 once the database answers, 503 otherwise.
async fn healthz(State(app): State<App>) -> Response {
    if app.healthy().await {
        (StatusCode::OK, "ok").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
    }
}

/// `/{slug}` → `/{slug}/` for a tenant that exists; anything else is not found.
async fn tenant_slash(ctx: Ctx, Path(slug): Path<String>) -> Response {
    match ctx.app.public_tenant(&slug).await {
        Ok(t) => Redirect::permanent(&format!("/{}/", t.slug)).into_response(),
        Err(_) => not_found(ctx).await,
    }
}

/// Read-aloud through the browser's own speech synthesis: an enhancement, served from here.
async fn read_aloud_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../static/voorlezen.js"),
    )
        .into_response()
}

async fn css() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../static/naast.css"),
    )
        .into_response()
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct LangQuery {
    to: String,
    back: String,
}

#[derive(Template)]
#[template(path = "lang.html")]
struct LangPage {
    page: Page,
    to: &'static str,
    back: String,
    button: &'static str,
}

/// `GET /lang?to=en&back=/x` (an old bookmark, a link in an e-mail): changes nothing, shows one
/// button that switches by POST, with the CSRF token.
async fn lang_page(ctx: Ctx, Query(q): Query<LangQuery>) -> Response {
    let to = Lang::parse(&q.to).unwrap_or_default();
    let page = Page::new(&ctx, "Taal kiezen", "Choose a language");
    render(&LangPage {
        page,
        to: to.code(),
        back: crate::ctx::local_or_home(&q.back).to_string(),
        button: to.pick("Schakel over naar Nederlands", "Switch to English"),
    })
}

/// Switches the language (a cookie; also remembered for a signed-in user) and goes back to a
/// path on this site only (anything else goes home). A POST with the CSRF token, so another
/// site cannot change someone's language or bounce them elsewhere through us.
async fn switch_lang(form: Form) -> Response {
    let ctx = &form.ctx;
    let lang = Lang::parse(&form.get("to")).unwrap_or_default();
    if let Some(s) = &ctx.session
        && let Err(e) = ctx.app.set_language(&s.principal, lang).await
    {
        return WebError::App(e, lang).into_response();
    }
    let back = form.get("back");
    let mut res = Redirect::to(crate::ctx::local_or_home(&back)).into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(LANG_COOKIE, lang.code(), Some(365 * 86_400), ctx.secure()),
    );
    res
}

pub async fn not_found(ctx: Ctx) -> Response {
    let msg = naast_core::Msg::NotFound.text(ctx.lang);
    crate::view::error_page(StatusCode::NOT_FOUND, ctx.lang, &msg)
}

/// Renders a form page again with the problems found, keeping what was typed.
pub(crate) fn rerender<T: Template>(e: &naast_app::AppError, t: &T) -> Response {
    render_status(crate::error::status_of(e), t)
}

#[derive(Template)]
#[template(path = "public/deadline.html")]
struct Deadline {
    page: Page,
    sent: String,
    last_day: Option<String>,
    explanation: String,
    warnings: Vec<String>,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct DeadlineQuery {
    verzonden: String,
}

/// The citizens' calculator: "Tot wanneer kan ik bezwaar maken?" (Awb 6:7, 6:8; Atw). A GET
/// form, so it works without JavaScript and the answer can be bookmarked.
async fn deadline(ctx: Ctx, Query(q): Query<DeadlineQuery>) -> Response {
    let page = Page::new(
        &ctx,
        "Tot wanneer kan ik bezwaar maken?",
        "Until when can I object?",
    );
    let sent = q.verzonden.trim().to_string();
    let mut view = Deadline {
        page,
        sent: sent.clone(),
        last_day: None,
        explanation: String::new(),
        warnings: Vec::new(),
    };
    if sent.is_empty() {
        return render(&view);
    }
    let day = match naast_core::validation::past_date(
        "verzonden",
        &sent,
        naast_app::clock::today(),
        true,
    ) {
        Ok(Some(d)) => d,
        Ok(None) => return render(&view),
        Err(e) => {
            let err = naast_app::AppError::Invalid(naast_core::Invalid(vec![e]));
            view.page = view.page.with_error(&err);
            return rerender(&err, &view);
        }
    };
    let req = naast_core::terms::DeadlineRequest {
        rule: "awb-6:7-bezwaar".into(),
        date: day.to_string(),
        ..Default::default()
    };
    if let Ok(a) = naast_core::terms::answer(&req) {
        view.last_day = a
            .last_day
            .parse::<jiff::civil::Date>()
            .ok()
            .map(|d| match ctx.lang {
                Lang::Nl => naast_core::terms::dutch(d),
                Lang::En => d.strftime("%A %-d %B %Y").to_string(),
            });
        view.explanation = a.explanation;
        view.warnings = a.warnings;
    }
    render(&view)
}
