//! Publishing asks first, without JavaScript: "Publiceren" on a report leads to this page, which
//! says what will be published, who will read it, and that it cannot be taken back, only
//! corrected with a new version. Only its own button publishes.

use super::report_shared::period_words;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::view::{Page, render};
use askama::Template;
use axum::response::Response;
use naast_app::Principal;
use naast_app::reports::{FourEyes, ReportView};

#[derive(Template)]
#[template(path = "reports/publish_confirm.html")]
struct Confirm {
    page: Page,
    v: ReportView,
    /// "Rapportage 4e kwartaal 2024".
    what: String,
    /// The version read on the report page (a report changed since is not published).
    read: i64,
    /// Residents read it too: the municipality publishes these reports on its public page.
    public: bool,
    /// A one-person practice: no second check.
    alone: bool,
}

/// The confirmation step; `read` is the version the reader had before them.
pub(super) async fn confirm(
    ctx: &Ctx,
    who: &Principal,
    id: i64,
    read: Option<i64>,
) -> Result<Response, WebError> {
    let v = ctx.app.report(who, id).await.lang(ctx.lang)?;
    let public = ctx
        .app
        .open_reports_setting(who, &v.tenant)
        .await
        .map(|o| o.lists(v.quarter))
        .unwrap_or(false);
    let alone = ctx.app.four_eyes(who, &v.authors) == FourEyes::Alone;
    let what = format!(
        "{} {}",
        ctx.lang.pick("Rapportage", "Report"),
        period_words(v.year, v.quarter, ctx.lang)
    );
    let mut page = Page::new(ctx, "Rapportage publiceren?", "Publish the report?");
    page.title = format!("{} — {}", page.title, v.tenant_name);
    Ok(render(&Confirm {
        page,
        read: read.unwrap_or(v.updated_at),
        what,
        public,
        alone,
        v,
    }))
}
