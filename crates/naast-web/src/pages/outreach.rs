//! The outreach register page: a year of walk-in hours, sessions and presentations per
//! municipality, with totals, and a form to record one.

use super::rerender;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::outreach::OutreachYear;
use naast_app::tenants::Tenant;
use naast_core::outreach::OutreachForm;

#[derive(Template)]
#[template(path = "admin/outreach.html")]
struct OutreachPage {
    page: Page,
    tenants: Vec<Tenant>,
    year: OutreachYear,
    f: OutreachForm,
    kinds: naast_core::vocab::List,
}

#[derive(serde::Deserialize, Default)]
pub struct OutreachQuery {
    #[serde(default)]
    tenant: String,
    #[serde(default)]
    year: Option<i16>,
}

async fn show(
    ctx: &Ctx,
    q: &OutreachQuery,
    f: OutreachForm,
    error: Option<&AppError>,
) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
    let slug = if q.tenant.is_empty() {
        tenants.first().map(|t| t.slug.clone()).unwrap_or_default()
    } else {
        q.tenant.clone()
    };
    let year = q.year.unwrap_or_else(|| naast_app::clock::today().year());
    let data = ctx
        .app
        .outreach_year(who, &slug, year)
        .await
        .lang(ctx.lang)?;
    let mut page = Page::new(
        ctx,
        "Bekendheid: spreekuren en voorlichting",
        "Outreach: walk-in hours and information",
    );
    if let Some(e) = error {
        page = page.with_error(e);
    }
    let view = OutreachPage {
        page,
        tenants,
        year: data,
        f,
        kinds: naast_core::outreach::KINDS,
    };
    Ok(match error {
        Some(e) => rerender(e, &view),
        None => render(&view),
    })
}

pub async fn page(ctx: Ctx, Query(q): Query<OutreachQuery>) -> Result<Response, WebError> {
    let f = OutreachForm {
        kind: "walk_in".into(),
        ..Default::default()
    };
    show(&ctx, &q, f, None).await
}

pub async fn add(form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    let slug = form.get("tenant");
    let f: OutreachForm = form.fields()?;
    match ctx.app.add_outreach(who, &slug, &f).await {
        Ok(_) => Ok(Redirect::to(&format!("/admin/outreach?tenant={slug}")).into_response()),
        Err(e @ AppError::Invalid(_)) => {
            let q = OutreachQuery {
                tenant: slug,
                year: None,
            };
            show(ctx, &q, f, Some(&e)).await
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

pub async fn remove(Path(id): Path<i64>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    let slug = form.get("tenant");
    ctx.app
        .remove_outreach(who, &slug, id)
        .await
        .lang(ctx.lang)?;
    Ok(Redirect::to(&format!("/admin/outreach?tenant={slug}")).into_response())
}
