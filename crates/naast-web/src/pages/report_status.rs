//! `/admin/reports/status`: where every municipality stands with its reports, per recent
//! period — concept, ter beoordeling, gepubliceerd, or missing — each a link (to the report, or
//! to the reports page with the period chosen to start it). And the closed periods the reports
//! page offers to choose from instead of typing a code. A coordinator of several
//! municipalities starts last year's annual drafts for all of them in one step (each still its
//! own draft, checked and published by a second person on its own).

use super::report_shared::{period_words, status_label};
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::Query;
use axum::response::{IntoResponse, Redirect, Response};
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
    /// Last year (its annual report) and the municipalities that have none yet, when the
    /// reader works for more than one.
    year: i32,
    without_annual: Vec<String>,
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

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct StatusQuery {
    /// How many annual drafts were just started.
    started: Option<usize>,
}

/// Every municipality the staff member works for, and its reports per recent period.
pub async fn page(ctx: Ctx, Query(q): Query<StatusQuery>) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    if who.is(Role::Municipality) {
        return Err(WebError::Redirect("/portal".into()));
    }
    let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
    let periods = columns(tenants.iter().any(|t| t.quarterly_reports));
    let today = naast_app::clock::today().to_string();
    let mut rows = Vec::new();
    let mut missing = 0;
    let year = i32::from(naast_app::clock::today().year()) - 1;
    let mut without_annual = Vec::new();
    for t in &tenants {
        let reports = ctx.app.reports(who, &t.slug).await.lang(ctx.lang)?;
        if !reports
            .iter()
            .any(|r| r.year == i64::from(year) && r.quarter == 0)
        {
            without_annual.push(t.name.clone());
        }
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
    let mut page = Page::new(
        &ctx,
        "Rapportages van alle gemeenten",
        "Reports of every municipality",
    );
    if let Some(n) = q.started {
        page = page.with_notice(format!(
            "{} {year}: {n}.",
            ctx.lang.pick(
                "Gestarte concepten van de jaarrapportage",
                "Annual report drafts started for"
            )
        ));
    }
    if tenants.len() < 2 {
        without_annual.clear();
    }
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
        year,
        without_annual,
    }))
}

/// Starts last year's annual report for every municipality the reader works for that has
/// none yet: each its own draft, written, checked and published (four eyes) on its own.
pub async fn start_year(form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    if who.is(Role::Municipality) {
        return Err(WebError::Redirect("/portal".into()));
    }
    let year = i32::from(naast_app::clock::today().year()) - 1;
    let period = naast_report::period_label(year, 0);
    let mut started = 0;
    for t in ctx.app.list_tenants(who).await.lang(ctx.lang)? {
        let reports = ctx.app.reports(who, &t.slug).await.lang(ctx.lang)?;
        if reports
            .iter()
            .any(|r| r.year == i64::from(year) && r.quarter == 0)
        {
            continue;
        }
        ctx.app
            .start_report(who, &t.slug, &period)
            .await
            .lang(ctx.lang)?;
        started += 1;
    }
    Ok(Redirect::to(&format!("/admin/reports/status?started={started}")).into_response())
}
