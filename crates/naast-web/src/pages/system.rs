//! The overview, the outbox and the audit log.

use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::view::{Page, render};
use askama::Template;
use axum::response::Response;
use naast_app::mail::Mail;
use naast_app::system::{AuditEntry, JobRow, Verdict};
use naast_app::tenants::Tenant;
use naast_core::Role;

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct Dashboard {
    page: Page,
    name: String,
    tenants: Vec<Tenant>,
}

pub async fn dashboard(ctx: Ctx) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
    let name = if who.display_name.is_empty() {
        who.email.clone()
    } else {
        who.display_name.clone()
    };
    Ok(render(&Dashboard {
        page: Page::new(&ctx, "Overzicht", "Overview"),
        name,
        tenants,
    }))
}

#[derive(Template)]
#[template(path = "admin/outbox.html")]
struct Outbox {
    page: Page,
    mails: Vec<Mail>,
    smtp: bool,
}

pub async fn outbox(ctx: Ctx) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let mails = ctx.app.outbox(who).await.lang(ctx.lang)?;
    let smtp = ctx.app.settings.smtp_url.is_some();
    Ok(render(&Outbox {
        page: Page::new(&ctx, "Uitgaande e-mail", "Outbox"),
        mails,
        smtp,
    }))
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct Audit {
    page: Page,
    entries: Vec<AuditEntry>,
    verdict: String,
}

pub async fn audit(ctx: Ctx) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    who.require(Role::Coordinator).lang(ctx.lang)?;
    let (entries, verdict) = ctx.app.audit_overview(who).await.lang(ctx.lang)?;
    let verdict = match verdict {
        Verdict::Ok { entries, head } => format!(
            "{} ({entries}; {} {head})",
            ctx.lang.pick("De keten is intact", "The chain is intact"),
            ctx.lang.pick("laatste", "head")
        ),
        Verdict::Broken { seq, reason } => format!(
            "{} #{seq}: {reason}",
            ctx.lang
                .pick("De keten is verbroken bij", "The chain is broken at")
        ),
    };
    Ok(render(&Audit {
        page: Page::new(&ctx, "Logboek", "Audit log"),
        entries,
        verdict,
    }))
}

#[derive(Template)]
#[template(path = "admin/jobs.html")]
struct Jobs {
    page: Page,
    jobs: Vec<JobRow>,
}

pub async fn jobs(ctx: Ctx) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let jobs = ctx.app.jobs_overview(who).await.lang(ctx.lang)?;
    Ok(render(&Jobs {
        page: Page::new(&ctx, "Achtergrondtaken", "Background jobs"),
        jobs,
    }))
}
