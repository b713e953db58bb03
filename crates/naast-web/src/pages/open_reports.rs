//! Published reports for residents: the public list `/{slug}/rapportages` with each report's
//! PDF and open data (the CSV and its `datapackage.json`), and the coordinator's setting at
//! `/admin/tenants/{slug}/rapportages`. Nothing is listed, and every file is not found, unless
//! the municipality agreed (`naast_app::reports::OpenReport`). No JavaScript, nothing from
//! elsewhere.

use super::public::{LangQuery, P, page, pick, respond};
use super::rerender;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::{Path, Query};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::public::PublicTenant;
use naast_app::reports::ReportView;
use naast_core::Lang;
use naast_core::open_reports::OpenReports;

/// The open data's CSV file name: `cijfers-maasdal-2026.csv`.
fn csv_name(slug: &str, period: &str) -> String {
    format!("cijfers-{slug}-{period}.csv")
}

/// One report on the public list.
struct Item {
    title: String,
    period: String,
    /// "Gepubliceerd op 20-01-2027".
    published: String,
    /// A corrected version says so.
    version_note: Option<String>,
    csv: String,
}

#[derive(Template)]
#[template(path = "public/reports.html")]
struct List {
    p: P,
    t: PublicTenant,
    reports: Vec<Item>,
    /// `?taal=en` for the PDF links when the page is English; empty otherwise.
    taal: String,
}

/// `/{slug}/rapportages`: the published reports the municipality lists; not found when it
/// lists none.
pub async fn list(
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(q): Query<LangQuery>,
) -> Response {
    let (Ok(t), Ok(reports)) = (
        ctx.app.public_tenant(&slug).await,
        ctx.app.public_reports(&slug).await,
    ) else {
        return super::not_found(ctx).await;
    };
    if reports.is_empty() {
        return super::not_found(ctx).await;
    }
    let (tx, set) = pick(&headers, &q);
    let p = page(&ctx, tx, Some(t.clone()), "reports.title");
    let items = reports
        .into_iter()
        .map(|r| {
            let title = if r.quarter == 0 {
                p.tx.f("reports.annual", &[("year", &r.year.to_string())])
            } else {
                p.tx.f(
                    "reports.quarterly",
                    &[
                        ("year", &r.year.to_string()),
                        ("quarter", &r.quarter.to_string()),
                    ],
                )
            };
            Item {
                title,
                csv: csv_name(&t.slug, &r.period),
                period: r.period,
                published: p
                    .tx
                    .f("reports.published", &[("day", &p.day(&r.published_on))]),
                version_note: (r.version > 1).then(|| {
                    p.tx.f("reports.version", &[("version", &r.version.to_string())])
                }),
            }
        })
        .collect();
    let taal = if tx.code == "en" { "?taal=en" } else { "" };
    let list = List {
        p,
        t,
        reports: items,
        taal: taal.to_string(),
    };
    respond(StatusCode::OK, &list, set, ctx.secure())
}

/// `/{slug}/rapportages/{period}/{file}`: `rapportage.pdf` (in the language of `?taal=`),
/// `datapackage.json` and the CSV it names (in Dutch, the reports' language). Open data may be
/// read from any site (`Access-Control-Allow-Origin: *`); it holds no personal data.
pub async fn file(
    ctx: Ctx,
    Path((slug, period, file)): Path<(String, String, String)>,
    Query(q): Query<LangQuery>,
) -> Response {
    let v = match ctx.app.public_report(&slug, &period).await {
        Ok(v) if v.period == period => v,
        _ => return super::not_found(ctx).await,
    };
    let made = if file == "rapportage.pdf" {
        let lang = Lang::parse(&q.taal).unwrap_or(Lang::Nl);
        crate::files::report(&ctx.app, &v, "pdf", lang)
            .await
            .map(|mut f| {
                f.inline = true;
                f
            })
    } else if file == csv_name(&v.tenant, &v.period) {
        crate::files::report(&ctx.app, &v, "csv", Lang::Nl)
            .await
            .map(|mut f| {
                f.name = file.clone();
                f
            })
    } else if file == "datapackage.json" {
        datapackage(&ctx, &v)
    } else {
        return super::not_found(ctx).await;
    };
    match made {
        Ok(f) => {
            let open = !f.name.ends_with(".pdf");
            let mut res = crate::files::response(f);
            if open {
                res.headers_mut().insert(
                    header::ACCESS_CONTROL_ALLOW_ORIGIN,
                    HeaderValue::from_static("*"),
                );
            }
            res
        }
        Err(e) => WebError::App(e, ctx.lang).into_response(),
    }
}

/// The Data Package describing the report's CSV.
fn datapackage(ctx: &Ctx, v: &ReportView) -> Result<crate::files::File, AppError> {
    let published_on = v.published_at.and_then(|t| {
        jiff::Timestamp::from_second(t)
            .ok()
            .map(|ts| ts.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
    });
    let homepage = format!(
        "{}/{}/rapportages",
        ctx.app.settings.public_url.trim_end_matches('/'),
        v.tenant
    );
    let mut package = naast_report::open_data::datapackage(&naast_report::open_data::Package {
        lang: Lang::Nl,
        tenant: &v.tenant,
        tenant_name: &v.tenant_name,
        year: v.year as i32,
        quarter: v.quarter as u8,
        version: v.version,
        published_on: published_on.as_deref(),
        homepage: &homepage,
    });
    package["resources"][0]["path"] = serde_json::json!(csv_name(&v.tenant, &v.period));
    let bytes = serde_json::to_vec_pretty(&package)
        .map_err(|e| AppError::Internal(format!("datapackage: {e}")))?;
    Ok(crate::files::File {
        name: "datapackage.json".into(),
        content_type: "application/json; charset=utf-8".into(),
        bytes,
        inline: true,
    })
}

#[derive(Template)]
#[template(path = "admin/open_reports.html")]
struct Setting {
    page: Page,
    slug: String,
    chosen: String,
    /// `(code, label)` of the choices.
    choices: Vec<(&'static str, &'static str)>,
}

impl Setting {
    /// Whether `code` is the choice shown as chosen.
    fn is(&self, code: &str) -> bool {
        self.chosen == code
    }
}

fn setting_page(ctx: &Ctx, slug: String, chosen: String, error: Option<&AppError>) -> Response {
    let mut page = Page::new(ctx, "Rapportages voor inwoners", "Reports for residents");
    if let Some(e) = error {
        page = page.with_error(e);
    }
    let view = Setting {
        page,
        slug,
        chosen,
        choices: OpenReports::ALL
            .iter()
            .map(|o| (o.as_str(), o.label(ctx.lang)))
            .collect(),
    };
    match error {
        Some(e) => rerender(e, &view),
        None => render(&view),
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct Saved {
    saved: Option<String>,
}

/// The coordinator's setting: which published reports the public page lists.
pub async fn setting(
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<Saved>,
) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let chosen = ctx
        .app
        .open_reports_setting(who, &slug)
        .await
        .lang(ctx.lang)?;
    if q.saved.is_some() {
        let mut page = Page::new(&ctx, "Rapportages voor inwoners", "Reports for residents");
        page = page.with_notice(ctx.lang.pick("Opgeslagen.", "Saved."));
        return Ok(render(&Setting {
            page,
            slug,
            chosen: chosen.as_str().to_string(),
            choices: OpenReports::ALL
                .iter()
                .map(|o| (o.as_str(), o.label(ctx.lang)))
                .collect(),
        }));
    }
    Ok(setting_page(&ctx, slug, chosen.as_str().to_string(), None))
}

pub async fn setting_save(Path(slug): Path<String>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    let chosen = form.get("open_reports");
    match ctx.app.set_open_reports(who, &slug, &chosen).await {
        Ok(()) => {
            Ok(Redirect::to(&format!("/admin/tenants/{slug}/rapportages?saved=1")).into_response())
        }
        Err(e @ AppError::Invalid(_)) => Ok(setting_page(ctx, slug, chosen, Some(&e))),
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}
