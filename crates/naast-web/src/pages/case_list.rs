//! The case list (search, filters, pages) and "my work": the ways into the casework.

use super::cases::caseworker;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::view::{Page, VOCAB, Vocab, render};
use askama::Template;
use axum::extract::Query;
use axum::response::Response;
use naast_app::cases::{CaseList, ListQuery, MyWork, PAGE_SIZE};
use naast_app::tenants::Tenant;

#[derive(Template)]
#[template(path = "cases/list.html")]
struct List {
    page: Page,
    q: ListQuery,
    list: CaseList,
    tenants: Vec<Tenant>,
    owners: Vec<(i64, String)>,
    v: Vocab,
    /// A filter besides the search words is set (the tips offer to search without).
    filtered: bool,
    has_next: bool,
    prev_link: String,
    next_link: String,
}

fn link(q: &ListQuery, page: i64) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in [
        ("q", &q.q),
        ("tenant", &q.tenant),
        ("status", &q.status),
        ("area", &q.area),
        ("organisation", &q.organisation),
        ("owner", &q.owner),
        ("from", &q.from),
        ("to", &q.to),
        ("sort", &q.sort),
    ] {
        if !v.is_empty() {
            s.append_pair(k, v);
        }
    }
    s.append_pair("page", &page.to_string());
    format!("/admin/cases?{}", s.finish())
}

pub async fn list(ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response, WebError> {
    let who = caseworker(&ctx)?;
    let list = ctx.app.list_cases(who, &q).await.lang(ctx.lang)?;
    let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
    let owners = ctx.app.caseworkers(who).await.lang(ctx.lang)?;
    let has_next = (q.page.max(0) + 1) * PAGE_SIZE < list.total;
    let (prev_link, next_link) = (link(&q, q.page - 1), link(&q, q.page + 1));
    let filtered = [
        &q.tenant,
        &q.status,
        &q.area,
        &q.organisation,
        &q.owner,
        &q.from,
        &q.to,
    ]
    .iter()
    .any(|v| !v.trim().is_empty());
    Ok(render(&List {
        page: Page::new(&ctx, "Kwesties", "Cases"),
        q,
        list,
        tenants,
        owners,
        v: VOCAB,
        filtered,
        has_next,
        prev_link,
        next_link,
    }))
}

#[derive(Template)]
#[template(path = "cases/work.html")]
struct Work {
    page: Page,
    w: MyWork,
    v: Vocab,
}

/// The order asked for on "Mijn werk" (`?sort=deadline|citizen|opened`).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct WorkQuery {
    sort: String,
}

pub async fn work(ctx: Ctx, Query(q): Query<WorkQuery>) -> Result<Response, WebError> {
    let who = caseworker(&ctx)?;
    let w = ctx.app.my_work(who, &q.sort).await.lang(ctx.lang)?;
    Ok(render(&Work {
        page: Page::new(&ctx, "Mijn werk", "My work"),
        w,
        v: VOCAB,
    }))
}
