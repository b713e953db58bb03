//! "Possibly the same citizen" on the case page: link this kwestie's citizen to a known person
//! (choosing which contact details to keep), or keep them apart.

use super::case_parts::Part;
use super::cases::{Typed, caseworker, change};
use crate::error::WebError;
use crate::form::Form;
use axum::extract::Path;
use axum::response::Response;
use naast_core::matching::LinkForm;

pub async fn link(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let input: LinkForm = form.fields()?;
    let r = form.ctx.app.link_citizen(who, &reference, &input).await;
    change(&form, &reference, Part::Overview, Typed::default(), r).await
}

pub async fn keep_apart(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let r = form
        .ctx
        .app
        .keep_citizen_apart(who, &reference, &form.get("with"))
        .await;
    change(&form, &reference, Part::Overview, Typed::default(), r).await
}
