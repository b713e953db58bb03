//! `POST /admin/cases/{reference}/statuscode`: the confidant gives the citizen a new six-digit
//! code for the short way back (the old one stops working), shown once to be told on the phone
//! or printed on a new slip. The button is its own partial (`cases/_status_code.html`).

use super::cases::caseworker;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::Path;
use axum::response::Response;

#[derive(Template)]
#[template(path = "cases/status_code_new.html")]
struct CodeShown {
    page: Page,
    reference: String,
    new_code: String,
    status_page: String,
    /// The current code shown again (not a new one).
    again: bool,
}

pub async fn reissue(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = caseworker(ctx)?;
    let (code, status_page) = ctx
        .app
        .reissue_status_code(who, &reference)
        .await
        .lang(ctx.lang)?;
    let page = Page::new(
        ctx,
        "Nieuwe code voor de inwoner",
        "New code for the citizen",
    );
    Ok(render(&CodeShown {
        page,
        reference: naast_core::case::normalise_reference(&reference).unwrap_or(reference),
        new_code: code,
        status_page,
        again: false,
    }))
}

pub async fn show(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = caseworker(ctx)?;
    let (code, status_page) = ctx
        .app
        .show_status_code(who, &reference)
        .await
        .lang(ctx.lang)?;
    let page = Page::new(
        ctx,
        "Huidige code van de inwoner",
        "The citizen's current code",
    );
    Ok(render(&CodeShown {
        page,
        reference: naast_core::case::normalise_reference(&reference).unwrap_or(reference),
        new_code: code,
        status_page,
        again: true,
    }))
}
