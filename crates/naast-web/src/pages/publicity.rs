//! Broad publicity per tenant: a printable A4 folder (tagged PDF, with a QR code to the form)
//! and an embeddable snippet (plain HTML and inline CSS, a link to the form, no script) for the
//! websites of the municipality and of every provider.

use super::public::{LangQuery, P, page, pick, respond};
use super::status_link::qr_svg;
use crate::ctx::Ctx;
use crate::locales::Texts;
use askama::Template;
use axum::extract::{Path, Query};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use naast_app::public::PublicTenant;

fn folder_data(tx: &Texts, t: &PublicTenant, form_url: &str) -> serde_json::Value {
    let fill = |k: &str| tx.f(k, &[("tenant", &t.name)]);
    let mut contact: Vec<(String, String)> = Vec::new();
    if !t.contact_phone.is_empty() {
        contact.push((tx.t("home.phone").into(), t.contact_phone.clone()));
    }
    if !t.contact_email.is_empty() {
        contact.push((tx.t("home.email").into(), t.contact_email.clone()));
    }
    if !t.contact_address.is_empty() {
        contact.push((tx.t("home.address").into(), t.contact_address.clone()));
    }
    if !t.walk_in_hours.is_empty() {
        contact.push((tx.t("home.walk_in").into(), t.walk_in_hours.clone()));
    }
    serde_json::json!({
        "title": fill("site.for"),
        "lang": tx.code,
        "texts": {
            "intro": fill("home.intro"),
            "does_title": tx.t("home.does_title"),
            "does": [tx.t("home.does_1"), tx.t("home.does_2"), tx.t("home.does_3"), tx.t("home.does_4")],
            "doesnt_title": tx.t("home.doesnt_title"),
            "doesnt": [tx.t("home.doesnt_1"), tx.t("home.doesnt_2"), tx.t("home.doesnt_3")],
            "independent_title": tx.t("home.independent_title"),
            "independent": tx.t("home.independent"),
            "contact_title": tx.t("home.contact_title"),
            "home_visit": tx.t("home.home_visit"),
            "cta": tx.t("home.cta"),
            "who_title": tx.t("home.who_title"),
            "who_intro": tx.t("home.who_intro"),
        },
        "organisations": std::iter::once(fill("home.municipality"))
            .chain(t.providers.iter().map(|(_, n)| n.clone()))
            .collect::<Vec<_>>(),
        "contact": contact,
        "form_url": form_url,
        "qr_svg": qr_svg(form_url),
        "qr_alt": format!("QR-code: {form_url}"),
    })
}

/// `/{slug}/folder.pdf`, in the language asked for (`?taal=`).
pub async fn folder(
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(q): Query<LangQuery>,
) -> Response {
    let t = match ctx.app.public_tenant(&slug).await {
        Ok(t) => t,
        Err(_) => return super::not_found(ctx).await,
    };
    let (tx, _) = pick(&headers, &q);
    let form_url = format!("{}/{}/melden", ctx.app.settings.public_url, t.slug);
    let data = folder_data(tx, &t, &form_url);
    match crate::files::folder(&t.slug, &tx.code, data).await {
        Ok(file) => crate::files::response(file),
        Err(e) => {
            tracing::error!(error = %e, "folder");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// The snippet: a link with inline styles only (it goes on other sites), in the given language.
pub fn snippet(tx: &Texts, t: &PublicTenant, base: &str) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    format!(
        "<a href=\"{base}/{slug}/\" lang=\"{lang}\" style=\"display:inline-block;max-width:32em;padding:1em 1.25em;border:2px solid #00558c;border-radius:6px;background:#ffffff;color:#00558c;text-decoration:none;font:inherit;line-height:1.4\">\n  <strong style=\"display:block;font-size:1.15em;color:#1a1a1a\">{title}</strong>\n  <span style=\"display:block;color:#1a1a1a\">{text}</span>\n  <span style=\"display:block;margin-top:.5em;text-decoration:underline\">{link} &rarr;</span>\n</a>",
        slug = t.slug,
        lang = tx.code,
        title = esc(tx.t("home.title")),
        text = esc(tx.t("embed.text")),
        link = esc(tx.t("embed.link")),
    )
}

#[derive(Template)]
#[template(path = "public/embed.html")]
struct Embed {
    p: P,
    t: PublicTenant,
    code: String,
    folder: String,
}

/// `/{slug}/insluiten`: the snippet to copy, a preview, and the folder.
pub async fn embed(
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(q): Query<LangQuery>,
) -> Response {
    let t = match ctx.app.public_tenant(&slug).await {
        Ok(t) => t,
        Err(_) => return super::not_found(ctx).await,
    };
    let (tx, set) = pick(&headers, &q);
    let code = snippet(tx, &t, &ctx.app.settings.public_url);
    let folder = format!("/{}/folder.pdf?taal={}", t.slug, tx.code);
    let p = page(&ctx, tx, Some(t.clone()), "embed.title");
    respond(
        StatusCode::OK,
        &Embed { p, t, code, folder },
        set,
        ctx.secure(),
    )
}
