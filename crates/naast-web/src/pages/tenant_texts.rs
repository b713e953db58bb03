//! A tenant's texts that coordinators keep: the letter templates and the look of the public
//! site (the procedures register is `register.rs`).

use super::rerender;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::letter_templates::{TemplateView, VARIABLES};

#[derive(Template)]
#[template(path = "admin/letters.html")]
struct Letters {
    page: Page,
    slug: String,
    /// Each kind, and whether its form was refused (then `body` is what was typed).
    templates: Vec<(TemplateView, bool)>,
    variables: &'static [(&'static str, &'static str)],
}

fn letters_page(
    page: Page,
    slug: String,
    templates: Vec<TemplateView>,
    typed: Option<(String, String)>,
) -> Letters {
    let templates = templates
        .into_iter()
        .map(|mut t| match &typed {
            Some((k, body)) if *k == t.kind => {
                t.body = body.clone();
                (t, true)
            }
            _ => (t, false),
        })
        .collect();
    Letters {
        page,
        slug,
        templates,
        variables: VARIABLES,
    }
}

pub async fn letters(ctx: Ctx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let templates = ctx.app.letter_templates(who, &slug).await.lang(ctx.lang)?;
    Ok(render(&letters_page(
        Page::new(&ctx, "Briefsjablonen", "Letter templates"),
        slug,
        templates,
        None,
    )))
}

pub async fn letter_save(
    Path((slug, kind)): Path<(String, String)>,
    form: Form,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    let body = if form.get("reset").is_empty() {
        form.get("body")
    } else {
        String::new()
    };
    match ctx.app.set_letter_template(who, &slug, &kind, &body).await {
        Ok(()) => {
            Ok(Redirect::to(&format!("/admin/tenants/{slug}/letters#kind-{kind}")).into_response())
        }
        Err(e @ AppError::Invalid(_)) => {
            let templates = ctx.app.letter_templates(who, &slug).await.lang(ctx.lang)?;
            let page = Page::new(ctx, "Briefsjablonen", "Letter templates").with_error(&e);
            Ok(rerender(
                &e,
                &letters_page(page, slug, templates, Some((kind, body))),
            ))
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

#[derive(Template)]
#[template(path = "admin/look.html")]
struct Look {
    page: Page,
    slug: String,
    font_family: String,
    has_logo: bool,
    /// `(field, Dutch label, English label, value)` of the colours.
    colours: Vec<(&'static str, &'static str, &'static str, String)>,
}

fn look_page(page: Page, slug: String, f: naast_core::theme::ThemeForm, has_logo: bool) -> Look {
    Look {
        has_logo,
        page,
        slug,
        font_family: f.font_family,
        colours: vec![
            (
                "primary",
                "Hoofdkleur (links en knoppen)",
                "Main colour (links and buttons)",
                f.primary,
            ),
            (
                "primary_dark",
                "Donkere hoofdkleur (knop onder de muis)",
                "Dark main colour (button on hover)",
                f.primary_dark,
            ),
            ("text", "Tekstkleur", "Text colour", f.text),
            (
                "background",
                "Achtergrondkleur",
                "Background colour",
                f.background,
            ),
        ],
    }
}

/// The look of the tenant's public pages: colours and fonts, contrast checked when saved.
pub async fn look(ctx: Ctx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let f = ctx.app.theme_form(who, &slug).await.lang(ctx.lang)?;
    show_look(&ctx, slug, f, None).await
}

/// The look page, with the problems of a refused form when there are any.
async fn show_look(
    ctx: &Ctx,
    slug: String,
    f: naast_core::theme::ThemeForm,
    error: Option<&AppError>,
) -> Result<Response, WebError> {
    let mut page = Page::new(
        ctx,
        "Uiterlijk van de publieke site",
        "Look of the public site",
    );
    let has_logo = ctx.app.public_logo(&slug).await.lang(ctx.lang)?.is_some();
    if let Some(e) = error {
        page = page.with_error(e);
    }
    let view = look_page(page, slug, f, has_logo);
    Ok(match error {
        Some(e) => rerender(e, &view),
        None => render(&view),
    })
}

pub async fn look_save(Path(slug): Path<String>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    let f: naast_core::theme::ThemeForm = form.fields()?;
    match ctx.app.set_theme(who, &slug, &f).await {
        Ok(()) => Ok(Redirect::to(&format!("/admin/tenants/{slug}/look?saved=1")).into_response()),
        Err(e @ AppError::Invalid(_)) => show_look(ctx, slug, f, Some(&e)).await,
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

/// The logo (multipart: `csrf`, `logo`; the button `remove` takes it away).
pub async fn logo_save(
    ctx: Ctx,
    Path(slug): Path<String>,
    multipart: axum::extract::Multipart,
) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let up = super::case_files::upload(&ctx, multipart).await?;
    let bytes = if up.field("remove").is_empty() {
        up.bytes
    } else {
        Vec::new()
    };
    match ctx.app.set_logo(who, &slug, &bytes).await {
        Ok(()) => Ok(Redirect::to(&format!("/admin/tenants/{slug}/look")).into_response()),
        Err(e @ AppError::Invalid(_)) => {
            let f = ctx.app.theme_form(who, &slug).await.lang(ctx.lang)?;
            show_look(&ctx, slug, f, Some(&e)).await
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}
