//! The municipality's portal: the signals sent to it (to read, answer and agree follow-up on)
//! and the published reports of its own municipality, each rendered from its document, with its
//! files. Only the signal and report use cases are called here (they let a municipality see
//! what was sent or published to its own tenant and nothing else); no case data.

use super::reports::{self, BlockHtml, DocHtml, ReportState, day_words, period_words, ts_words};
use super::rerender;
use super::signals::Labels;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use axum::response::{IntoResponse, Redirect};
use naast_app::AppError;
use naast_app::Principal;
use naast_app::reports::{ReportSummary, ReportView};
use naast_app::signals::AddresseeSignal;
use naast_core::Role;
use naast_core::SignalStatus;
use naast_core::signal::{AnswerForm, FollowUpForm};

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
    signals: Vec<AddresseeSignal>,
    l: Labels,
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

    /// `vervangt versie 1 van …` for a correction, else nothing.
    fn replaces(&self, r: &ReportSummary) -> String {
        r.replaces
            .as_ref()
            .map(|o| reports::replaces_words(o, self.page.lang))
            .unwrap_or_default()
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
    let mut signals = ctx.app.portal_signals(&who).await.lang(ctx.lang)?;
    // Awaiting an answer first (oldest first), then the rest, newest first.
    signals.sort_by_key(|s| {
        let waiting = s.answered_on.is_none() && s.status != SignalStatus::Closed;
        (
            !waiting,
            if waiting {
                s.sent_on.clone().unwrap_or_default()
            } else {
                String::new()
            },
            std::cmp::Reverse(s.sent_on.clone()),
        )
    });
    let mut page = Page::new(&ctx, "Portaal", "Portal");
    if let [only] = tenants.as_slice() {
        page.title = format!("{} {}", page.title, only.name);
    }
    let l = labels(&ctx, &who).await?;
    Ok(render(&Index {
        page,
        tenants,
        signals,
        l,
    }))
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
    let state = ReportState::of(&v, ctx.lang, "/portal/reports");
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

/// Labels with the providers of the municipality's tenant.
async fn labels(ctx: &Ctx, who: &Principal) -> Result<Labels, WebError> {
    let providers = ctx
        .app
        .list_tenants(who)
        .await
        .lang(ctx.lang)?
        .into_iter()
        .flat_map(|t| t.providers)
        .map(|p| (p.code, p.name))
        .collect();
    Ok(Labels {
        lang: ctx.lang,
        providers,
    })
}

#[derive(Template)]
#[template(path = "portal/signal.html")]
struct SignalPage {
    page: Page,
    s: AddresseeSignal,
    l: Labels,
    /// Where the forms post to: `{act}/answer`, `{act}/follow-up`.
    act: String,
    answer: String,
    follow: FollowUpForm,
}

async fn show_signal(
    ctx: &Ctx,
    id: i64,
    answer: String,
    follow: Option<FollowUpForm>,
    error: Option<&AppError>,
) -> Result<Response, WebError> {
    let who = municipality(ctx, &format!("/admin/signals/{id}"))?;
    let s = ctx.app.portal_signal(&who, id).await.lang(ctx.lang)?;
    let mut page = Page::new(ctx, "Signaal", "Signal");
    page.title = s.title.clone();
    if let Some(e) = error {
        page = page.with_error(e);
    }
    let follow = follow.unwrap_or_else(|| FollowUpForm {
        follow_up: s.follow_up.clone(),
        follow_up_on: s.follow_up_on.clone().unwrap_or_default(),
        not_personal: false,
    });
    let view = SignalPage {
        page,
        l: labels(ctx, &who).await?,
        s,
        act: format!("/portal/signals/{id}"),
        answer,
        follow,
    };
    Ok(match error {
        Some(e) => rerender(e, &view),
        None => render(&view),
    })
}

/// `/portal/signals/{id}`: one signal; reading it acknowledges it.
pub async fn signal(ctx: Ctx, Path(id): Path<i64>) -> Result<Response, WebError> {
    show_signal(&ctx, id, String::new(), None, None).await
}

/// `POST /portal/signals/{id}/answer` and `…/follow-up`.
pub async fn signal_step(
    Path((id, step)): Path<(i64, String)>,
    form: Form,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = municipality(ctx, &format!("/admin/signals/{id}"))?;
    let answer: AnswerForm = form.fields()?;
    // The office's confirmation is not the municipality's to give.
    let follow: FollowUpForm = form.fields_but(&["not_personal"])?;
    let r = match step.as_str() {
        "acknowledge" => ctx.app.portal_acknowledge(&who, id).await,
        "answer" => ctx.app.portal_answer(&who, id, &answer).await,
        "follow-up" => ctx.app.portal_follow_up(&who, id, &follow).await,
        _ => Err(AppError::NotFound),
    };
    match r {
        Ok(()) => Ok(Redirect::to(&format!("/portal/signals/{id}#h-answer")).into_response()),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            show_signal(ctx, id, answer.answer, Some(follow), Some(&e)).await
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}
