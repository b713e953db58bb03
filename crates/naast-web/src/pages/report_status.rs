//! `/admin/reports/status`: where every municipality stands with its reports, per recent
//! period — concept, ter beoordeling, gepubliceerd, or missing — each a link (to the report, or
//! to the reports page with the period chosen to start it). And the closed periods the reports
//! page offers to choose from instead of typing a code.

use super::report_shared::{period_words, status_label};
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::view::{Page, render};
use askama::Template;
use axum::response::Response;
use naast_app::reports::ReportSummary;
use naast_core::Role;

/// A period: `(year, quarter)`, quarter 0 for the year.
pub(crate) type Period = (i32, u8);

/// Whether the period is over (the day after its last day has come).
fn is_over(p: Period, today: &str) -> bool {
    let (_, last) = naast_report::period_days(p.0, p.1);
    today > last.as_str()
}

/// The periods to choose from when starting a report, newest first: the years of this year
/// and the two before, and (for a tenant reporting quarterly) their quarters; `closed` keeps
/// only the periods that are over.
pub(crate) fn recent_periods(quarterly: bool, closed: bool) -> Vec<Period> {
    let today = naast_app::clock::today();
    let day = today.to_string();
    let this = i32::from(today.year());
    let mut out = Vec::new();
    for year in (this - 2..=this).rev() {
        let quarters: &[u8] = if quarterly { &[0, 4, 3, 2, 1] } else { &[0] };
        for &q in quarters {
            if !closed || is_over((year, q), &day) {
                out.push((year, q));
            }
        }
    }
    out
}

/// One cell of the overview.
pub(crate) enum Cell {
    /// The newest version of the period's report.
    Report {
        id: i64,
        status: String,
        version: i64,
    },
    /// The period is over and has no report yet: a link to start it.
    Missing { href: String },
    /// The period is not over yet and has no report.
    Running,
    /// The municipality does not report per quarter.
    NotApplicable,
}

struct Row {
    name: String,
    cells: Vec<Cell>,
}

#[derive(Template)]
#[template(path = "reports/status.html")]
struct StatusPage {
    page: Page,
    /// `(label, words)` of each column.
    periods: Vec<(String, String)>,
    rows: Vec<Row>,
    missing: usize,
}

impl StatusPage {
    fn status(&self, s: &str) -> &'static str {
        status_label(s, self.page.lang)
    }
}

/// The columns: the last four closed quarters (when any municipality reports per quarter),
/// then last year and this year.
fn columns(quarterly: bool) -> Vec<Period> {
    let mut quarters: Vec<Period> = if quarterly {
        recent_periods(true, true)
            .into_iter()
            .filter(|p| p.1 != 0)
            .take(4)
            .collect()
    } else {
        Vec::new()
    };
    quarters.reverse();
    let this = i32::from(naast_app::clock::today().year());
    quarters.extend([(this - 1, 0), (this, 0)]);
    quarters
}

fn cell(slug: &str, quarterly: bool, p: Period, reports: &[ReportSummary], today: &str) -> Cell {
    if p.1 != 0 && !quarterly {
        return Cell::NotApplicable;
    }
    let newest = reports
        .iter()
        .filter(|r| r.year == i64::from(p.0) && r.quarter == i64::from(p.1))
        .max_by_key(|r| r.version);
    match newest {
        Some(r) => Cell::Report {
            id: r.id,
            status: r.status.clone(),
            version: r.version,
        },
        None if is_over(p, today) => Cell::Missing {
            href: format!(
                "/admin/reports?tenant={slug}&period={}",
                naast_report::period_label(p.0, p.1)
            ),
        },
        None => Cell::Running,
    }
}

/// Every municipality the staff member works for, and its reports per recent period.
pub async fn page(ctx: Ctx) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    if who.is(Role::Municipality) {
        return Err(WebError::Redirect("/portal".into()));
    }
    let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
    let periods = columns(tenants.iter().any(|t| t.quarterly_reports));
    let today = naast_app::clock::today().to_string();
    let mut rows = Vec::new();
    let mut missing = 0;
    for t in &tenants {
        let reports = ctx.app.reports(who, &t.slug).await.lang(ctx.lang)?;
        let cells: Vec<Cell> = periods
            .iter()
            .map(|p| cell(&t.slug, t.quarterly_reports, *p, &reports, &today))
            .collect();
        missing += cells
            .iter()
            .filter(|c| matches!(c, Cell::Missing { .. }))
            .count();
        rows.push(Row {
            name: t.name.clone(),
            cells,
        });
    }
    let page = Page::new(
        &ctx,
        "Rapportages van alle gemeenten",
        "Reports of every municipality",
    );
    let periods = periods
        .iter()
        .map(|p| {
            (
                naast_report::period_label(p.0, p.1),
                period_words(i64::from(p.0), i64::from(p.1), ctx.lang),
            )
        })
        .collect();
    Ok(render(&StatusPage {
        page,
        periods,
        rows,
        missing,
    }))
}
