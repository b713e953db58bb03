//! `/admin/reports/overview`: the confidant organisation's own overview of a period across
//! every municipality the staff member works for, anonymized like a report and never
//! published; with its files.

use super::reports::{BlockHtml, DocHtml, view_file};
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::view::{Page, render, render_status};
use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Response;
use naast_app::AppError;

#[derive(Template)]
#[template(path = "reports/overview.html")]
struct OverviewPage {
    page: Page,
    period: String,
    doc: Option<DocHtml>,
}

#[derive(serde::Deserialize, Default)]
pub struct PeriodQuery {
    #[serde(default)]
    period: String,
}

fn default_period() -> String {
    // The last quarter that is over.
    let today = naast_app::clock::today();
    let q = (today.month() - 1) / 3;
    if q == 0 {
        format!("{}-Q4", today.year() - 1)
    } else {
        format!("{}-Q{q}", today.year())
    }
}

pub async fn page(ctx: Ctx, Query(q): Query<PeriodQuery>) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let period = if q.period.trim().is_empty() {
        default_period()
    } else {
        q.period.trim().to_string()
    };
    let mut page = Page::new(
        &ctx,
        "Overzicht over alle gemeenten",
        "Overview of all municipalities",
    );
    match ctx.app.report_overview(who, &period).await {
        Ok(v) => {
            let doc = DocHtml::new(&v.doc(ctx.lang), None);
            Ok(render(&OverviewPage {
                page,
                period,
                doc: Some(doc),
            }))
        }
        Err(e @ AppError::Invalid(_)) => {
            page = page.with_error(&e);
            Ok(render_status(
                crate::error::status_of(&e),
                &OverviewPage {
                    page,
                    period,
                    doc: None,
                },
            ))
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

pub async fn download(
    ctx: Ctx,
    Path(file): Path<String>,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let ext = match file.strip_prefix("report.") {
        Some(e @ ("pdf" | "xlsx" | "csv" | "html")) => e.to_string(),
        _ => return Err(WebError::App(AppError::NotFound, ctx.lang)),
    };
    let v = ctx
        .app
        .report_overview(who, &q.period)
        .await
        .lang(ctx.lang)?;
    view_file(&ctx.app, v, &ext, ctx.lang).await.lang(ctx.lang)
}
