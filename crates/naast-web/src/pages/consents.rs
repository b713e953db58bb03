//! The citizen's consents on the case page: record one, revoke one.

use super::case_parts::Part;
use super::cases::{Typed, caseworker, change};
use crate::error::WebError;
use crate::form::Form;
use axum::extract::Path;
use axum::response::Response;
use naast_core::consent::ConsentForm;

pub async fn add(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let input: ConsentForm = form.fields()?;
    let r = form.ctx.app.add_consent(who, &reference, &input).await;
    change(
        &form,
        &reference,
        Part::People,
        Typed {
            consent: Some(input),
            ..Default::default()
        },
        r.map(|_| ()),
    )
    .await
}

pub async fn revoke(
    Path((reference, id)): Path<(String, i64)>,
    form: Form,
) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let r = form.ctx.app.revoke_consent(who, &reference, id).await;
    change(&form, &reference, Part::People, Typed::default(), r).await
}
