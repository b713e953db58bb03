//! The case list (search, filters, pages) and "my work": the ways into the casework.

use super::cases::caseworker;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::view::{Page, VOCAB, Vocab, render};
use askama::Template;
use axum::extract::Query;
use axum::response::Response;
use naast_app::cases::{CaseList, ListQuery, PAGE_SIZE, Today, parse_sort};
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
    headers: Vec<Header>,
    /// The order asked for, kept by the filter form (a hidden field) and the pager.
    sort: String,
}

/// A column header: its label, the link that sorts on it, and how it is sorted now.
struct Header {
    nl: &'static str,
    en: &'static str,
    link: String,
    /// `ascending` or `descending` on the sorted column (`aria-sort`), else empty.
    sorted: &'static str,
}

/// The table's columns in order: sort code and label.
const COLUMNS: [(&str, &str, &str); 8] = [
    ("citizen", "Inwoner", "Citizen"),
    ("subject", "Onderwerp", "Subject"),
    ("area", "Domein", "Area"),
    ("organisation", "Organisatie", "Organisation"),
    ("status", "Status", "Status"),
    ("opened", "Geopend", "Opened"),
    ("deadline", "Eerste termijn", "Next deadline"),
    ("owner", "Behandelaar", "Handled by"),
];

/// The list's address with every filter of `q`, this order and this page.
fn link(q: &ListQuery, sort: &str, page: i64) -> String {
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
    ] {
        if !v.is_empty() {
            s.append_pair(k, v);
        }
    }
    if !sort.is_empty() {
        s.append_pair("sort", sort);
    }
    if page > 0 {
        s.append_pair("page", &page.to_string());
    }
    format!("/admin/cases?{}", s.finish())
}

/// The headers: a click sorts on the column, ascending first (the opening date and the
/// deadline: the one that comes first); a second click turns the order round. Back to page 1.
fn headers(q: &ListQuery, sort: &str) -> Vec<Header> {
    let (current, desc) = parse_sort(sort);
    COLUMNS
        .iter()
        .map(|(code, nl, en)| {
            let on = current == *code;
            let next_desc = if on { !desc } else { *code == "opened" };
            Header {
                nl,
                en,
                link: link(
                    q,
                    &format!("{code}_{}", if next_desc { "desc" } else { "asc" }),
                    0,
                ),
                sorted: match (on, desc) {
                    (false, _) => "",
                    (true, false) => "ascending",
                    (true, true) => "descending",
                },
            }
        })
        .collect()
}

pub async fn list(ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response, WebError> {
    let who = caseworker(&ctx)?;
    let list = ctx.app.case_list_page(who, &q).await.lang(ctx.lang)?;
    let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
    let owners = ctx.app.caseworkers(who).await.lang(ctx.lang)?;
    let has_next = (q.page.max(0) + 1) * PAGE_SIZE < list.total;
    // The pager keeps the order asked for (also when it was refused: the message stays).
    let sort = if list.sort_refused {
        q.sort.trim().to_string()
    } else {
        list.sort.clone()
    };
    let (prev_link, next_link) = (link(&q, &sort, q.page - 1), link(&q, &sort, q.page + 1));
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
        headers: headers(&q, &list.sort),
        q,
        list,
        tenants,
        owners,
        v: VOCAB,
        filtered,
        has_next,
        prev_link,
        next_link,
        sort,
    }))
}

#[derive(Template)]
#[template(path = "cases/work.html")]
struct Work {
    page: Page,
    w: Today,
    v: Vocab,
    /// The reader's open kwesties and how many are over the term, counted as the
    /// coordinator's start page counts them.
    load: naast_app::overview::Workload,
    /// Kwesties colleagues' departures handed to the reader, not yet marked seen.
    handed: Vec<naast_app::users::HandoverNotice>,
    /// The reader's appointments that have ended and are not marked held: "Hoe ging het?".
    ended: Vec<naast_app::cases::Appointment>,
}

impl Work {
    fn workload_hint(&self) -> &'static str {
        super::workload::hint(self.page.lang)
    }

    /// A section's short name (menu, "ook in …").
    fn name(&self, code: &str) -> &'static str {
        let (nl, en) = match code {
            "news" => ("Nieuw van inwoners", "New from citizens"),
            "contact" => ("Contact opnemen", "Get in touch"),
            "lapsed" => (
                "Termijn verstreken, laatste 2 weken",
                "Term passed, last 2 weeks",
            ),
            "terms" => ("Termijnen", "Terms"),
            "tasks" => ("Taken", "Tasks"),
            "waiting" => ("Wacht op…", "Waiting for…"),
            // With "Wacht op…" these are the reader's open kwesties of the header line
            // ("Uw open kwesties"); the two names must not claim the whole of it.
            _ => ("Open, niet wachtend", "Open, not waiting"),
        };
        self.page.lang.pick(nl, en)
    }

    /// How many lines a section holds (0 when it is not shown).
    fn total(&self, code: &str) -> usize {
        self.w
            .sections
            .iter()
            .find(|s| s.code == code)
            .map_or(0, |s| s.total)
    }

    /// A section's heading.
    fn heading(&self, code: &str) -> &'static str {
        let (nl, en) = match code {
            "lapsed" => (
                "Termijn verstreken: wat nu nog kan",
                "Term passed: what can still be done",
            ),
            "terms" => (
                "Termijnen: vandaag en de komende twee weken",
                "Terms: today and the next two weeks",
            ),
            "tasks" => (
                "Taken: te laat, vandaag en de komende week",
                "Tasks: overdue, today and the coming week",
            ),
            "waiting" => (
                "Wacht op inwoner of organisatie",
                "Waiting for the citizen or an organisation",
            ),
            _ => return self.name(code),
        };
        self.page.lang.pick(nl, en)
    }

    /// What a section holds, when it needs saying.
    fn intro(&self, code: &str) -> &'static str {
        let (nl, en) = match code {
            "news" => (
                "Nieuwe aanmeldingen via de website, en antwoorden en documenten via de statuslink. Ongelezen tot de behandelaar de kwestie opent.",
                "New web intakes, and replies and documents through the status link. Unread until the person handling it opens the case.",
            ),
            "contact" => (
                "Het formulier belooft contact binnen drie werkdagen. Deze inwoners wachten daarop.",
                "The form promises contact within three working days. These citizens are waiting for it.",
            ),
            "lapsed" => (
                "De laatste dag is voorbij. Na twee weken staat zo'n termijn alleen nog op de kwestie.",
                "The last day has passed. After two weeks such a term is shown on the case only.",
            ),
            _ => return "",
        };
        self.page.lang.pick(nl, en)
    }

    /// What an empty section says.
    fn empty(&self, code: &str) -> &'static str {
        let (nl, en) = match code {
            "news" => ("Niets nieuws.", "Nothing new."),
            "contact" => (
                "Niemand wacht op contact.",
                "Nobody is waiting to be contacted.",
            ),
            "lapsed" => ("Geen verstreken termijnen.", "No terms passed."),
            "terms" => ("Geen termijnen.", "No terms."),
            "tasks" => ("Geen taken.", "No tasks."),
            "waiting" => ("Niets in afwachting.", "Nothing waiting."),
            _ => (
                "Geen open kwesties die niet wachten.",
                "No open cases that are not waiting.",
            ),
        };
        self.page.lang.pick(nl, en)
    }

    /// The section code `code` is `which`.
    fn is_code(&self, code: &str, which: &str) -> bool {
        code == which
    }

    /// What can still be done after a term of `rule` ran out.
    fn hint(&self, rule: &str) -> &'static str {
        naast_core::lapsed::hint(rule, self.page.lang)
    }

    /// The other sections a kwestie is in, in words.
    fn also_in(&self, codes: &[&'static str]) -> String {
        codes
            .iter()
            .map(|c| self.name(c))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The address of one section in full, in the order shown.
    fn section_link(&self, code: &str) -> String {
        format!("/admin/work?section={code}&sort={}", self.w.sort)
    }

    /// The address of an order, keeping the section shown.
    fn sort_link(&self, sort: &str) -> String {
        match self.w.section {
            Some(code) => format!("/admin/work?section={code}&sort={sort}"),
            None => format!("/admin/work?sort={sort}"),
        }
    }
}

/// The order asked for on "Mijn werk" (`?sort=deadline|citizen|opened`) and the one section
/// to show in full (`?section=`; none: the day).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct WorkQuery {
    sort: String,
    section: String,
}

pub async fn work(ctx: Ctx, Query(q): Query<WorkQuery>) -> Result<Response, WebError> {
    let who = caseworker(&ctx)?;
    let w = ctx
        .app
        .my_day(who, &q.sort, &q.section)
        .await
        .lang(ctx.lang)?;
    let load = ctx.app.my_workload(who).await.lang(ctx.lang)?;
    let handed = ctx.app.my_handover_notices(who).await.lang(ctx.lang)?;
    let ended = ctx.app.appointments_to_finish(who).await.lang(ctx.lang)?;
    Ok(render(&Work {
        ended,
        page: Page::new(&ctx, "Mijn werk", "My work"),
        w,
        v: VOCAB,
        load,
        handed,
    }))
}
