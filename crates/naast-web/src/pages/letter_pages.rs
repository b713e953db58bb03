//! A saved letter drafted in Naast: its own page to edit it while it is a draft (with its
//! earlier versions), mark it sent, or put it on the citizen's status page; a sent letter and
//! an earlier version are shown read-only.

use super::case_parts::Part;
use super::cases::caseworker;
use super::procedures::{Draft, kinds};
use super::rerender;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_core::case::LetterForm;

fn letter_page(ctx: &Ctx, reference: &str, label: &str) -> Page {
    let mut page = Page::new(ctx, "Brief", "Letter");
    page.title = format!("{label} — {reference}");
    page
}

/// `?saved=1` after a change: the page says it was saved.
#[derive(serde::Deserialize, Default)]
pub struct ShowQuery {
    #[serde(default)]
    saved: Option<String>,
}

/// The letter's page.
pub async fn show(
    ctx: Ctx,
    Path((reference, id)): Path<(String, i64)>,
    Query(q): Query<ShowQuery>,
) -> Result<Response, WebError> {
    let who = caseworker(&ctx)?;
    let draft = ctx
        .app
        .saved_letter(who, &reference, id)
        .await
        .lang(ctx.lang)?;
    let mut page = letter_page(&ctx, &reference, &draft.label);
    if q.saved.is_some() {
        let saved = page.t("Opgeslagen.", "Saved.").to_string();
        page = page.with_notice(saved);
    }
    Ok(render(&Draft {
        page,
        reference,
        draft,
        kinds: kinds(ctx.lang),
        today: naast_app::clock::today().to_string(),
    }))
}

/// The letter's page again with an error, keeping what was typed (`typed`) or else the letter
/// as stored.
pub(super) async fn again(
    ctx: &Ctx,
    reference: &str,
    id: i64,
    e: &AppError,
    typed: Option<LetterForm>,
) -> Result<Response, WebError> {
    let who = caseworker(ctx)?;
    let mut draft = ctx
        .app
        .saved_letter(who, reference, id)
        .await
        .lang(ctx.lang)?;
    if let Some(t) = typed {
        draft.form = LetterForm {
            kind: draft.form.kind.clone(),
            direction: draft.form.direction.clone(),
            ..t
        };
    }
    let page = letter_page(ctx, reference, &draft.label)
        .with_error(e)
        .naming(
            "correspondent",
            "Aan (naam en adres)",
            "To (name and address)",
        );
    Ok(rerender(
        e,
        &Draft {
            page,
            reference: reference.to_string(),
            draft,
            kinds: kinds(ctx.lang),
            today: naast_app::clock::today().to_string(),
        },
    ))
}

/// Saves a new text of a draft letter (the old text is kept as a version).
pub async fn update(
    Path((reference, id)): Path<(String, i64)>,
    form: Form,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = caseworker(ctx)?;
    let input: LetterForm = form.fields()?;
    match ctx.app.update_letter(who, &reference, id, &input).await {
        Ok(()) => Ok(
            Redirect::to(&format!("/admin/cases/{reference}/letters/{id}?saved=1")).into_response(),
        ),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            again(ctx, &reference, id, &e, Some(input)).await
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

/// Puts the letter on the citizen's status page, with a message.
pub async fn to_status_page(
    Path((reference, id)): Path<(String, i64)>,
    form: Form,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = caseworker(ctx)?;
    match ctx.app.letter_to_status_page(who, &reference, id).await {
        Ok(()) => Ok(Redirect::to(&Part::Timeline.saved(&reference, None)).into_response()),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            again(ctx, &reference, id, &e, None).await
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

#[derive(Template)]
#[template(path = "cases/letter_version.html")]
struct Version {
    page: Page,
    reference: String,
    entry_id: i64,
    form: LetterForm,
}

/// An earlier version of a letter, read-only.
pub async fn version(
    ctx: Ctx,
    Path((reference, id, version)): Path<(String, i64, i64)>,
) -> Result<Response, WebError> {
    let who = caseworker(&ctx)?;
    let (number, form) = ctx
        .app
        .letter_version(who, &reference, id, version)
        .await
        .lang(ctx.lang)?;
    let mut page = Page::new(&ctx, "Eerdere versie", "Earlier version");
    page.title = format!(
        "{} {number}: {} — {reference}",
        page.t("Versie", "Version"),
        form.subject
    );
    Ok(render(&Version {
        page,
        reference,
        entry_id: id,
        form,
    }))
}
