//! The procedures register a coordinator keeps per municipality: how to complain or object at
//! each organisation. One organisation's form at a time, under a short overview that marks
//! what is still missing; "Register" in the menu leads to it for every municipality.

use super::rerender;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::cases::RegisterView;
use naast_core::procedure::{RegisterEntry, objection_applies};

/// One field of the register's form: `(name, Dutch label, English label, value, several lines)`.
type RegisterField = (&'static str, &'static str, &'static str, String, bool);

/// A group of fields: a legend, and whether it starts folded away (the objection route of an
/// organisation where objecting does not apply, while it is empty).
struct Group {
    nl: &'static str,
    en: &'static str,
    fields: Vec<RegisterField>,
    folded: bool,
}

/// One organisation in the overview at the top: what each route still misses (`None`: the
/// route does not apply there).
struct OverviewRow {
    organisation: String,
    name: String,
    complaint: Vec<&'static str>,
    objection: Option<Vec<&'static str>>,
    current: bool,
}

impl OverviewRow {
    fn complete(&self) -> bool {
        self.complaint.is_empty() && self.objection.as_ref().is_none_or(|o| o.is_empty())
    }
}

#[derive(Template)]
#[template(path = "admin/register.html")]
struct Register {
    page: Page,
    slug: String,
    overview: Vec<OverviewRow>,
    organisation: String,
    name: String,
    groups: Vec<Group>,
    /// Just saved: "Opgeslagen." at the form.
    saved: bool,
    /// The web-address fields saving completed with `https://`.
    https_added: Vec<&'static str>,
}

impl Register {
    /// A missing part of a route, in the reader's words.
    fn missing_label(&self, part: &str) -> &'static str {
        match part {
            "addressee" => self.page.t("geadresseerde", "addressee"),
            "address" => self.page.t("postadres", "postal address"),
            _ => self.page.t("digitaal kanaal", "electronic channel"),
        }
    }

    fn missing_list(&self, parts: &[&'static str]) -> String {
        parts
            .iter()
            .map(|p| self.missing_label(p))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn incomplete_count(&self) -> usize {
        self.overview.iter().filter(|r| !r.complete()).count()
    }
}

/// The fields of one route (complaint or objection), named `{kind}_{field}`.
fn route_fields(e: &RegisterEntry, complaint: bool) -> Vec<RegisterField> {
    let pick = |c: &str, o: &str| {
        if complaint {
            c.to_string()
        } else {
            o.to_string()
        }
    };
    let name = |c: &'static str, o: &'static str| if complaint { c } else { o };
    vec![
        (
            name("complaint_addressee", "objection_addressee"),
            "Aan wie (geadresseerde)",
            "To whom (addressee)",
            pick(&e.complaint_addressee, &e.objection_addressee),
            false,
        ),
        (
            name("complaint_address", "objection_address"),
            "Postadres (één regel per regel)",
            "Postal address (one line each)",
            pick(&e.complaint_address, &e.objection_address),
            true,
        ),
        (
            name("complaint_channel", "objection_channel"),
            "Digitaal indienen: het kanaal dat de organisatie daarvoor aanwijst (Awb 2:13)",
            "Filing electronically: the channel the organisation designates (Awb 2:13)",
            pick(&e.complaint_channel, &e.objection_channel),
            false,
        ),
        (
            name("complaint_web", "objection_web"),
            "Webadres (bijvoorbeeld www.maasdal.nl/klacht)",
            "Web address (for example www.maasdal.nl/klacht)",
            pick(&e.complaint_web, &e.objection_web),
            false,
        ),
        (
            name("complaint_notes", "objection_notes"),
            "Verder goed om te weten",
            "Further notes",
            pick(&e.complaint_notes, &e.objection_notes),
            true,
        ),
    ]
}

fn groups(organisation: &str, e: &RegisterEntry) -> Vec<Group> {
    vec![
        Group {
            nl: "Klacht indienen",
            en: "Filing a complaint",
            fields: route_fields(e, true),
            folded: false,
        },
        Group {
            nl: "Bezwaar maken",
            en: "Objecting",
            fields: route_fields(e, false),
            folded: !objection_applies(organisation) && !e.has_objection(),
        },
        Group {
            nl: "Termijnen en contact",
            en: "Terms and contact",
            fields: vec![
                ("terms", "Termijnen", "Terms", e.terms.clone(), true),
                (
                    "committee",
                    "Klachten- of geschillencommissie",
                    "Complaints or disputes committee",
                    e.committee.clone(),
                    true,
                ),
                (
                    "contact",
                    "Contact (telefoon, e-mail, website)",
                    "Contact (phone, e-mail, website)",
                    e.contact.clone(),
                    true,
                ),
            ],
            folded: false,
        },
    ]
}

/// The group and field a form field belongs to, for a message that names them.
fn field_words(field: &str) -> Option<(&'static str, &'static str, &'static str, &'static str)> {
    let all = groups("municipality", &RegisterEntry::default());
    all.into_iter().find_map(|g| {
        g.fields
            .iter()
            .find(|f| f.0 == field)
            .map(|f| (g.nl, g.en, f.1, f.2))
    })
}

fn overview(entries: &[RegisterView], current: &str) -> Vec<OverviewRow> {
    entries
        .iter()
        .map(|r| OverviewRow {
            organisation: r.organisation.clone(),
            name: r.name.clone(),
            complaint: r.entry.missing("complaint"),
            objection: (objection_applies(&r.organisation) || r.entry.has_objection())
                .then(|| r.entry.missing("objection")),
            current: r.organisation == current,
        })
        .collect()
}

/// The page for one organisation; `typed` is a refused form (shown as typed).
fn register_page(
    mut page: Page,
    slug: String,
    entries: Vec<RegisterView>,
    organisation: &str,
    typed: Option<RegisterEntry>,
) -> Result<Register, AppError> {
    let chosen = entries
        .iter()
        .find(|r| r.organisation == organisation)
        .ok_or(AppError::NotFound)?;
    let e = typed.unwrap_or_else(|| chosen.entry.clone());
    // The title names the municipality ("… — Maasdal"): the register is one per municipality.
    if let Some(m) = entries.iter().find(|r| r.organisation == "municipality") {
        let town = m.name.strip_prefix("Gemeente ").unwrap_or(&m.name);
        page.title = format!("{} — {town}", page.title);
    }
    Ok(Register {
        overview: overview(&entries, organisation),
        organisation: organisation.to_string(),
        name: chosen.name.clone(),
        groups: groups(organisation, &e),
        page,
        slug,
        saved: false,
        https_added: Vec::new(),
    })
}

fn title(ctx: &Ctx) -> Page {
    Page::new(
        ctx,
        "Klacht- en bezwaarregelingen",
        "Complaint and objection procedures",
    )
}

/// `?saved=ORG` after a save; `&https=FIELD,…` the web addresses completed with `https://`.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct SavedQuery {
    saved: Option<String>,
    https: String,
}

/// The register of a municipality, with the municipality's own form (the one body where
/// objecting applies).
pub async fn register(
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    show(ctx, slug, "municipality".into(), q).await
}

/// The register with one organisation's form.
pub async fn entry(
    ctx: Ctx,
    Path((slug, organisation)): Path<(String, String)>,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    show(ctx, slug, organisation, q).await
}

async fn show(
    ctx: Ctx,
    slug: String,
    organisation: String,
    q: SavedQuery,
) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let entries = ctx.app.register(who, &slug).await.lang(ctx.lang)?;
    let mut view = register_page(title(&ctx), slug, entries, &organisation, None).lang(ctx.lang)?;
    view.saved = q.saved.as_deref() == Some(organisation.as_str());
    view.https_added = ["complaint_web", "objection_web"]
        .into_iter()
        .filter(|f| q.https.split(',').any(|h| h == *f))
        .collect();
    Ok(render(&view))
}

pub async fn register_save(
    Path((slug, organisation)): Path<(String, String)>,
    form: Form,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    let entry: RegisterEntry = form.fields()?;
    match ctx
        .app
        .set_register_entry(who, &slug, &organisation, &entry)
        .await
    {
        Ok(()) => {
            let https = entry
                .parse()
                .map(|saved| saved.https_added(&entry).join(","))
                .unwrap_or_default();
            Ok(Redirect::to(&format!(
                "/admin/tenants/{slug}/register/{organisation}?saved={organisation}&https={https}#org-{organisation}"
            ))
            .into_response())
        }
        Err(e @ AppError::Invalid(_)) => {
            let entries = ctx.app.register(who, &slug).await.lang(ctx.lang)?;
            let mut page = title(ctx).with_error(&e);
            let name = entries
                .iter()
                .find(|r| r.organisation == organisation)
                .map(|r| r.name.clone())
                .unwrap_or_default();
            // Each message names the organisation and the field (the page has several
            // web-address fields).
            let lang = page.lang;
            for (field, msg) in page.errors.iter_mut() {
                if let Some((g_nl, g_en, f_nl, f_en)) = field.and_then(field_words) {
                    let (g, f) = (lang.pick(g_nl, g_en), lang.pick(f_nl, f_en));
                    let f = f.split([':', '(']).next().unwrap_or(f).trim();
                    *msg = format!("{name}, {g}, {f}: {msg}");
                }
            }
            let view =
                register_page(page, slug, entries, &organisation, Some(entry)).lang(ctx.lang)?;
            Ok(rerender(&e, &view))
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

/// A municipality in the register's index: how many organisations still miss something.
struct IndexRow {
    slug: String,
    name: String,
    organisations: usize,
    incomplete: usize,
}

#[derive(Template)]
#[template(path = "admin/register_index.html")]
struct Index {
    page: Page,
    rows: Vec<IndexRow>,
}

/// "Register" in the menu: every municipality's register, with what is still missing.
pub async fn index(ctx: Ctx) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
    let mut rows = Vec::new();
    for t in tenants {
        let entries = ctx.app.register(who, &t.slug).await.lang(ctx.lang)?;
        let incomplete = overview(&entries, "")
            .iter()
            .filter(|r| !r.complete())
            .count();
        rows.push(IndexRow {
            slug: t.slug,
            name: t.name,
            organisations: entries.len(),
            incomplete,
        });
    }
    Ok(render(&Index {
        page: Page::new(
            &ctx,
            "Register van klacht- en bezwaarregelingen",
            "Register of complaint and objection procedures",
        ),
        rows,
    }))
}
