//! Coordinators manage the municipalities served.

use super::rerender;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::tenants::Tenant;
use naast_core::Role;
use naast_core::tenant::TenantForm;
use naast_core::vocab::AREAS;

#[derive(Template)]
#[template(path = "admin/tenants.html")]
struct List {
    page: Page,
    tenants: Vec<Tenant>,
}

pub async fn list(ctx: Ctx) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    who.require(Role::Coordinator).lang(ctx.lang)?;
    let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
    Ok(render(&List {
        page: Page::new(&ctx, "Gemeenten", "Municipalities"),
        tenants,
    }))
}

#[derive(Template)]
#[template(path = "admin/tenant_form.html")]
struct Edit {
    page: Page,
    form: TenantForm,
    action: String,
    version: i64,
    editing: bool,
    areas: [(&'static str, &'static str, &'static str); 8],
}

/// The tenant form as typed; `version` is the edit form's, read by [`update`].
fn read(form: &Form) -> Result<TenantForm, WebError> {
    let mut input: TenantForm = form.fields_but(&["quarterly_reports", "version"])?;
    input.quarterly_reports = form.checked("quarterly_reports");
    Ok(input)
}

pub async fn new(ctx: Ctx) -> Result<Response, WebError> {
    ctx.staff()?.require(Role::Coordinator).lang(ctx.lang)?;
    let form = TenantForm {
        threshold_k: "5".into(),
        retention_months: "24".into(),
        signal_weeks: "6".into(),
        unopened_days: "90".into(),
        quarterly_reports: true,
        areas: ["wmo", "jeugd", "participatie", "schuldhulp"]
            .map(String::from)
            .to_vec(),
        ..Default::default()
    };
    let page = Page::new(&ctx, "Gemeente toevoegen", "Add a municipality");
    Ok(render(&Edit {
        page,
        form,
        action: "/admin/tenants".into(),
        version: 0,
        editing: false,
        areas: AREAS,
    }))
}

pub async fn create(form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    let input = read(&form)?;
    match ctx.app.create_tenant(who, &input).await {
        Ok(t) => Ok(Redirect::to(&format!("/admin/tenants/{}?saved=1", t.slug)).into_response()),
        Err(e @ AppError::Invalid(_)) => {
            let page = Page::new(ctx, "Gemeente toevoegen", "Add a municipality").with_error(&e);
            Ok(rerender(
                &e,
                &Edit {
                    page,
                    form: input,
                    action: "/admin/tenants".into(),
                    version: 0,
                    editing: false,
                    areas: AREAS,
                },
            ))
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct Saved {
    saved: Option<String>,
}

pub async fn edit(
    ctx: Ctx,
    Path(slug): Path<String>,
    axum::extract::Query(q): axum::extract::Query<Saved>,
) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    who.require(Role::Coordinator).lang(ctx.lang)?;
    let t = ctx.app.tenant(who, &slug).await.lang(ctx.lang)?;
    let mut page = Page::new(&ctx, "Gemeente", "Municipality");
    page.title = t.name.clone();
    if q.saved.is_some() {
        page = page.with_notice(ctx.lang.pick("Opgeslagen.", "Saved."));
    }
    Ok(render(&Edit {
        page,
        form: t.to_form(),
        action: format!("/admin/tenants/{}", t.slug),
        version: t.version,
        editing: true,
        areas: AREAS,
    }))
}

pub async fn update(Path(slug): Path<String>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    let input = read(&form)?;
    let version = form.get("version").parse::<i64>().unwrap_or(-1);
    match ctx.app.update_tenant(who, &slug, version, &input).await {
        Ok(t) => Ok(Redirect::to(&format!("/admin/tenants/{}?saved=1", t.slug)).into_response()),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            let mut page = Page::new(ctx, "Gemeente", "Municipality").with_error(&e);
            page.title = input.name.clone();
            let mut input = input;
            input.slug = slug.clone();
            Ok(rerender(
                &e,
                &Edit {
                    page,
                    form: input,
                    action: format!("/admin/tenants/{slug}"),
                    version,
                    editing: true,
                    areas: AREAS,
                },
            ))
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}
