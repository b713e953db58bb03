//! The municipality's portal: the published reports of its own municipality, each rendered from
//! its document, with its files. Only the report use cases are called here (they let a
//! municipality see published versions of its own tenant and nothing else); no case data.

use super::reports::{self, BlockHtml, DocHtml, ReportState, day_words, period_words, ts_words};
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::view::{Page, render};
use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use naast_app::Principal;
use naast_app::reports::{ReportSummary, ReportView};
use naast_core::Role;

/// A signed-in municipality user; staff are sent to the back office's reports.
fn municipality(ctx: &Ctx, staff_to: &str) -> Result<Principal, WebError> {
    let who = ctx.staff()?;
    if !who.is(Role::Municipality) {
        return Err(WebError::Redirect(staff_to.to_string()));
    }
    Ok(who.clone())
}

struct TenantReports {
    name: String,
    reports: Vec<ReportSummary>,
}

#[derive(Template)]
#[template(path = "portal/index.html")]
struct Index {
    page: Page,
    tenants: Vec<TenantReports>,
}

impl Index {
    fn period_words(&self, r: &ReportSummary) -> String {
        period_words(r.year, r.quarter, self.page.lang)
    }

    fn published(&self, r: &ReportSummary) -> String {
        ts_words(&r.published_at)
    }

    fn discussed(&self, r: &ReportSummary) -> String {
        r.discussed_on.as_deref().map(day_words).unwrap_or_default()
    }
}

/// `/portal`: the municipality's published reports, newest first.
pub async fn index(ctx: Ctx) -> Result<Response, WebError> {
    let who = municipality(&ctx, "/admin/reports")?;
    let mut tenants = Vec::new();
    for t in ctx.app.list_tenants(&who).await.lang(ctx.lang)? {
        let mut list = ctx.app.reports(&who, &t.slug).await.lang(ctx.lang)?;
        list.sort_by_key(|r| {
            std::cmp::Reverse((
                r.year,
                if r.quarter == 0 { 5 } else { r.quarter },
                r.version,
            ))
        });
        tenants.push(TenantReports {
            name: t.name,
            reports: list,
        });
    }
    let mut page = Page::new(&ctx, "Rapportages", "Reports");
    if let [only] = tenants.as_slice() {
        page.title = format!("{} {}", page.title, only.name);
    }
    Ok(render(&Index { page, tenants }))
}

#[derive(Template)]
#[template(path = "portal/report.html")]
struct ReportPage {
    page: Page,
    v: ReportView,
    doc: DocHtml,
    state: ReportState,
}

/// `/portal/reports/{id}`: one published report, no workflow.
pub async fn report(ctx: Ctx, Path(id): Path<i64>) -> Result<Response, WebError> {
    let who = municipality(&ctx, &format!("/admin/reports/{id}"))?;
    let (v, doc) = reports::view_and_doc(&ctx, &who, id).await?;
    let mut page = Page::new(&ctx, "Rapportage", "Report");
    page.title = format!("{} — {}", doc.title, v.tenant_name);
    let state = ReportState::of(&v, ctx.lang);
    Ok(render(&ReportPage {
        page,
        v,
        doc,
        state,
    }))
}

/// `/portal/reports/{id}/{file}`: `report.pdf`, `report.xlsx`, `report.csv`, `report.html`.
pub async fn download(
    ctx: Ctx,
    Path((id, file)): Path<(i64, String)>,
) -> Result<Response, WebError> {
    let who = municipality(&ctx, &format!("/admin/reports/{id}"))?;
    reports::report_file(&ctx.app, &who, id, &file, ctx.lang)
        .await
        .lang(ctx.lang)
}
