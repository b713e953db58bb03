//! The public site per tenant: what the confidant does, privacy, the citizen's options, how to
//! complain about the service itself, and the form. Texts come from the translation files
//! (`crate::locales`); contact details from the tenant's settings. No JavaScript is needed;
//! read-aloud (the browser's own speech synthesis) is an enhancement.

use crate::ctx::{Ctx, cookie, set_cookie};
use crate::locales::{self, Texts};
use crate::view::render_status;
use askama::Template;
use axum::extract::{Path, Query};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::public::PublicTenant;
use naast_core::CaseStatus;
use naast_core::public::{PublicContact, PublicIntakeForm};

const LANG_COOKIE: &str = "naast_taal";

/// What every public page needs.
pub(crate) struct P {
    pub tx: &'static Texts,
    pub tenant: Option<PublicTenant>,
    pub title: String,
    pub path: String,
    pub langs: Vec<(String, String)>,
    pub demo: bool,
    pub errors: Vec<(Option<&'static str>, String)>,
}

impl P {
    /// A text with the tenant's name filled in.
    pub fn tt(&self, key: &str) -> String {
        let name = self.tenant.as_ref().map(|t| t.name.as_str()).unwrap_or("");
        self.tx.f(key, &[("tenant", name)])
    }

    /// A phone number for a `tel:` link: digits and `+` only.
    pub fn tel(&self, number: &str) -> String {
        number
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect()
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    pub fn err(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| *f == Some(field))
            .map(|(_, m)| m.as_str())
    }

    pub fn day(&self, iso: &str) -> String {
        match iso.parse::<jiff::civil::Date>() {
            Ok(d) => d.strftime("%d-%m-%Y").to_string(),
            Err(_) => iso.to_string(),
        }
    }

    pub fn status_text(&self, status: &str) -> &str {
        match CaseStatus::parse(status) {
            Some(CaseStatus::New) => self.tx.t("status.new"),
            Some(CaseStatus::InProgress) => self.tx.t("status.in_progress"),
            Some(CaseStatus::WaitingCitizen) => self.tx.t("status.waiting_citizen"),
            Some(CaseStatus::WaitingOrganisation) => self.tx.t("status.waiting_organisation"),
            Some(CaseStatus::Closed) | None => self.tx.t("status.closed"),
        }
    }

    /// The text of `{section}.{code}` (a code from the vocabulary), or of `{section}.other`.
    pub fn code_text(&self, section: &str, code: &str) -> String {
        let key = format!("{section}.{code}");
        let t = self.tx.t(&key);
        if t == key {
            self.tx.t(&format!("{section}.other")).to_string()
        } else {
            t.to_string()
        }
    }

    pub fn with_error(mut self, e: &AppError) -> P {
        self.errors = crate::error::messages(e, self.tx.core_lang());
        self
    }
}

#[derive(serde::Deserialize, Default)]
pub struct LangQuery {
    #[serde(default)]
    pub taal: String,
}

/// The language of a public page: `?taal=xx`, else the cookie, else the browser's preference,
/// else Dutch. Returns the cookie to set when the citizen chose.
pub(crate) fn pick(headers: &HeaderMap, q: &LangQuery) -> (&'static Texts, Option<String>) {
    let codes = locales::codes();
    if codes.contains(&q.taal) {
        return (locales::get(&q.taal), Some(q.taal.clone()));
    }
    if let Some(c) = cookie(headers, LANG_COOKIE).filter(|c| codes.iter().any(|x| x == c)) {
        return (locales::get(c), None);
    }
    if let Some(c) = crate::ctx::accepted(headers, &codes) {
        return (locales::get(c), None);
    }
    (locales::get("nl"), None)
}

pub(crate) fn page(
    ctx: &Ctx,
    tx: &'static Texts,
    tenant: Option<PublicTenant>,
    title_key: &str,
) -> P {
    P {
        title: tx.t(title_key).to_string(),
        tx,
        tenant,
        path: ctx.path.split('?').next().unwrap_or("/").to_string(),
        langs: locales::choices(),
        demo: ctx.app.is_demo(),
        errors: Vec::new(),
    }
}

/// Renders with the language cookie set when the citizen just chose a language.
pub(crate) fn respond<T: Template>(
    status: StatusCode,
    t: &T,
    lang_cookie: Option<String>,
    secure: bool,
) -> Response {
    let mut res = render_status(status, t);
    if let Some(code) = lang_cookie {
        res.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(LANG_COOKIE, &code, Some(365 * 86_400), secure),
        );
    }
    res
}

pub(crate) async fn tenant(ctx: &Ctx, slug: &str) -> Result<PublicTenant, Response> {
    match ctx.app.public_tenant(slug).await {
        Ok(t) => Ok(t),
        // A database that cannot be reached is not a municipality that does not exist: 503.
        Err(e) if crate::error::db_down(&e).is_some() => {
            Err(crate::error::WebError::App(e, ctx.lang).into_response())
        }
        Err(_) => Err(super::not_found(ctx.clone()).await),
    }
}

#[derive(Template)]
#[template(path = "public/index.html")]
struct Index {
    p: P,
    tenants: Vec<(String, String)>,
}

/// `/`: the municipalities served.
pub async fn index(ctx: Ctx, headers: HeaderMap, Query(q): Query<LangQuery>) -> Response {
    let (tx, set) = pick(&headers, &q);
    let tenants = ctx.app.public_tenants().await.unwrap_or_default();
    let p = page(&ctx, tx, None, "index.title");
    respond(StatusCode::OK, &Index { p, tenants }, set, ctx.secure())
}

#[derive(Template)]
#[template(path = "public/home.html")]
struct Home {
    p: P,
    t: PublicTenant,
    /// The municipality lists published reports (`/{slug}/rapportages`).
    reports: bool,
}

#[derive(Template)]
#[template(path = "public/privacy.html")]
struct Privacy {
    p: P,
    t: PublicTenant,
}

#[derive(Template)]
#[template(path = "public/routes.html")]
struct Routes {
    p: P,
    t: PublicTenant,
    /// The tenant's areas: `(code, title)`.
    areas: Vec<(String, String)>,
    /// On an area's own page: `(code, title, text)`.
    area: Option<(String, String, String)>,
    /// How to complain or object at each organisation (filled entries only).
    register: Vec<naast_app::cases::RegisterView>,
}

async fn routes_page(ctx: &Ctx, p: P, t: PublicTenant, area: Option<&str>) -> Routes {
    let register = ctx.app.public_register(&t.slug).await.unwrap_or_default();
    let tx = p.tx;
    let areas = t
        .areas
        .iter()
        .map(|a| (a.clone(), tx.t(&format!("area.{a}.title")).to_string()))
        .collect();
    let area = area.map(|a| {
        (
            a.to_string(),
            tx.t(&format!("area.{a}.title")).to_string(),
            tx.t(&format!("area.{a}.text")).to_string(),
        )
    });
    Routes {
        p,
        t,
        areas,
        area,
        register,
    }
}

/// `/{slug}/wegen/{area}`: the routes open to a citizen, for one area.
pub async fn area_routes(
    ctx: Ctx,
    headers: HeaderMap,
    Path((slug, area)): Path<(String, String)>,
    Query(q): Query<LangQuery>,
) -> Response {
    let t = match tenant(&ctx, &slug).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    if !naast_core::vocab::AREAS.iter().any(|(c, _, _)| *c == area) {
        return super::not_found(ctx).await;
    }
    let (tx, set) = pick(&headers, &q);
    let mut p = page(&ctx, tx, Some(t.clone()), "routes.title");
    p.title = tx.t(&format!("area.{area}.title")).to_string();
    respond(
        StatusCode::OK,
        &routes_page(&ctx, p, t, Some(&area)).await,
        set,
        ctx.secure(),
    )
}

#[derive(Template)]
#[template(path = "public/about.html")]
struct About {
    p: P,
    t: PublicTenant,
}

/// `/{slug}/` and its information pages.
pub async fn home(
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(q): Query<LangQuery>,
) -> Response {
    let t = match tenant(&ctx, &slug).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let (tx, set) = pick(&headers, &q);
    let p = page(&ctx, tx, Some(t.clone()), "home.title");
    let reports = ctx
        .app
        .public_reports(&t.slug)
        .await
        .is_ok_and(|r| !r.is_empty());
    respond(StatusCode::OK, &Home { p, t, reports }, set, ctx.secure())
}

pub async fn info(
    ctx: Ctx,
    headers: HeaderMap,
    Path((slug, which)): Path<(String, String)>,
    Query(q): Query<LangQuery>,
) -> Response {
    let t = match tenant(&ctx, &slug).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let (tx, set) = pick(&headers, &q);
    let secure = ctx.secure();
    match which.as_str() {
        "privacy" => {
            let p = page(&ctx, tx, Some(t.clone()), "privacy.title");
            respond(StatusCode::OK, &Privacy { p, t }, set, secure)
        }
        "wegen" => {
            let p = page(&ctx, tx, Some(t.clone()), "routes.title");
            let routes = routes_page(&ctx, p, t, None).await;
            respond(StatusCode::OK, &routes, set, secure)
        }
        "klacht-over-ons" => {
            let p = page(&ctx, tx, Some(t.clone()), "about.title");
            respond(StatusCode::OK, &About { p, t }, set, secure)
        }
        _ => super::not_found(ctx).await,
    }
}

/// `/{slug}/melden`: the form, empty.
pub async fn form(
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(q): Query<LangQuery>,
) -> Response {
    let t = match tenant(&ctx, &slug).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let (tx, set) = pick(&headers, &q);
    let empty = PublicIntakeForm {
        contact: Some(PublicContact::default()),
        ..Default::default()
    };
    form_page(&ctx, tx, t, empty, false, None, set)
}

#[derive(Template)]
#[template(path = "public/form.html")]
struct FormPage {
    p: P,
    t: PublicTenant,
    f: PublicIntakeForm,
    c: PublicContact,
    email_link: bool,
    anonymous: bool,
    areas: Vec<(&'static str, String)>,
    organisations: Vec<(String, String)>,
    found_via: Vec<(&'static str, String)>,
    preferences: Vec<(&'static str, &'static str)>,
}

fn form_page(
    ctx: &Ctx,
    tx: &'static Texts,
    t: PublicTenant,
    f: PublicIntakeForm,
    email_link: bool,
    error: Option<&AppError>,
    set: Option<String>,
) -> Response {
    let anonymous = f.contact.is_none();
    let mut p = page(ctx, tx, Some(t.clone()), "form.title");
    let status = match error {
        Some(e) => {
            p = p.with_error(e);
            // The form's own problems in the page's language (also an added one).
            let robot = matches!(e, AppError::Invalid(inv) if inv.0.iter().any(|f| f.msg == naast_core::Msg::Robot));
            let too_large = matches!(e, AppError::Invalid(inv) if inv.0.iter().any(|f| f.msg == naast_core::Msg::TooLarge));
            if matches!(e, AppError::Throttled(_)) {
                p.errors = vec![(None, tx.t("form.throttled").to_string())];
            } else if robot {
                p.errors = vec![(None, tx.t("form.robot").to_string())];
            } else if too_large {
                p.errors = vec![(Some("story"), tx.t("form.too_large").to_string())];
            }
            if too_large {
                StatusCode::PAYLOAD_TOO_LARGE
            } else {
                crate::error::status_of(e)
            }
        }
        None => StatusCode::OK,
    };
    // The tenant's own areas first; the others stay choosable (accepted and flagged).
    let areas: Vec<(&'static str, String)> = naast_core::vocab::AREAS
        .iter()
        .filter(|(code, _, _)| t.areas.iter().any(|a| a == code))
        .chain(
            naast_core::vocab::AREAS
                .iter()
                .filter(|(code, _, _)| !t.areas.iter().any(|a| a == code)),
        )
        .map(|(code, _, _)| (*code, tx.t(&format!("form.area_{code}")).to_string()))
        .collect();
    let mut organisations = vec![("municipality".to_string(), p.tt("home.municipality"))];
    organisations.extend(t.providers.iter().cloned());
    let found_via = naast_core::vocab::FOUND_VIA
        .iter()
        .filter(|(c, _, _)| *c != "unknown")
        .map(|(c, nl, en)| {
            let key = format!("found_via.{c}");
            let label = if tx.has(&key) {
                tx.t(&key).to_string()
            } else if tx.code == "nl" {
                nl.to_string()
            } else {
                en.to_string()
            };
            (*c, label)
        })
        .collect();
    let preferences = vec![
        ("phone", "form.preferred_phone"),
        ("email", "form.preferred_email"),
        ("letter", "form.preferred_letter"),
        ("", "form.preferred_any"),
    ];
    let c = f.contact.clone().unwrap_or_default();
    respond(
        status,
        &FormPage {
            p,
            t,
            f,
            c,
            email_link,
            anonymous,
            areas,
            organisations,
            found_via,
            preferences,
        },
        set,
        ctx.secure(),
    )
}

/// A urlencoded body as pairs (public forms are read without the CSRF gate of `Form`).
/// Reads a body, keeping its first `limit` bytes; returns them and whether more came. The
/// rest is read and dropped up to eight times the limit (within the body deadline), so that
/// the browser, still sending, receives the answer instead of a broken connection; beyond that
/// the connection is given up. `Err` when the body broke off or missed its deadline.
async fn read_up_to(body: axum::body::Body, limit: usize) -> Result<(Vec<u8>, bool), ()> {
    use http_body_util::BodyExt;
    let mut body = body;
    let mut got = Vec::new();
    let mut seen = 0usize;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|_| ())?;
        if let Ok(data) = frame.into_data() {
            seen = seen.saturating_add(data.len());
            let room = limit.saturating_sub(got.len());
            got.extend_from_slice(&data[..data.len().min(room)]);
            if seen > limit.saturating_mul(8) {
                break;
            }
        }
    }
    Ok((got, seen > limit))
}

pub(crate) fn form_pairs(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// One field of a form body, or empty.
pub(crate) fn field(pairs: &[(String, String)], key: &str) -> String {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// The form as posted: no CSRF token (there is no session to abuse, and a refused token
/// would lose what the citizen typed); the honeypot, the limits and the checks guard it.
pub async fn submit(
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
    body: axum::body::Body,
) -> Response {
    let t = match tenant(&ctx, &slug).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let (body, cut) = match read_up_to(body, crate::headers::BODY_LIMIT).await {
        Ok(b) => b,
        Err(()) => {
            return crate::error::WebError::Refused(
                StatusCode::BAD_REQUEST,
                naast_core::Msg::BodyUnreadable,
                ctx.lang,
            )
            .into_response();
        }
    };
    let pairs = form_pairs(&body);
    let get = |k: &str| field(&pairs, k);
    let language = get("language");
    let tx = locales::get(&language);
    let (tx, _) = if tx.code == language {
        (tx, None)
    } else {
        pick(&headers, &LangQuery::default())
    };
    let form = PublicIntakeForm::from_fields(get, tx.code.clone());
    let email_link = !get("email_link").is_empty();
    if cut {
        // More than the limit (1 MiB, fifty times the longest story): nothing is sent, but
        // what a citizen typed is not thrown away either. Every field that arrived whole is
        // kept; the field that was cut off (almost always the story, the last long field) is
        // kept up to its own maximum, so the citizen sees their text, the message why, and can
        // shorten it and send again. Nothing is stored.
        let cap = |s: &mut String, n: usize| *s = s.chars().take(n).collect();
        let mut form = form;
        cap(&mut form.story, naast_core::case::STORY_MAX);
        for f in [&mut form.organisation, &mut form.needs, &mut form.found_via] {
            cap(f, 2_000);
        }
        if let Some(c) = form.contact.as_mut() {
            for f in [
                &mut c.name,
                &mut c.email,
                &mut c.phone,
                &mut c.address,
                &mut c.when,
            ] {
                cap(f, 2_000);
            }
        }
        let e = AppError::field("story", naast_core::Msg::TooLarge);
        return form_page(&ctx, tx, t, form, email_link, Some(&e), None);
    }
    if !crate::limits::allow(ctx.app.settings.rate_limits, &ctx.peer, &t.slug) {
        return form_page(
            &ctx,
            tx,
            t,
            form,
            email_link,
            Some(&AppError::Throttled(60)),
            None,
        );
    }
    match ctx
        .app
        .public_intake(&t.slug, &form, &locales::codes(), email_link)
        .await
    {
        Ok(receipt) => Redirect::to(&format!("/status/{}?nieuw=1", receipt.token)).into_response(),
        Err(e @ AppError::Invalid(_)) => form_page(&ctx, tx, t, form, email_link, Some(&e), None),
        // The database unreachable or full (503, 507): the form again with what was typed and
        // the reason, so that the citizen can send it once more a little later.
        Err(e) if crate::error::db_down(&e).is_some() => {
            crate::error::log_internal(&e);
            form_page(&ctx, tx, t, form, email_link, Some(&e), None)
        }
        Err(e) => crate::error::WebError::App(e, tx.core_lang()).into_response(),
    }
}
