//! The acknowledgement of receipt of a procedure, on the case's procedures part: the date the
//! body received it and the acknowledgement as a file (a multipart form; the file is optional).

use super::case_files::upload;
use super::case_parts::Part;
use super::cases::{Typed, caseworker, saved_or_again};
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use axum::extract::Path;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::response::Response;
use naast_app::AppError;
use naast_core::Msg;

/// `POST /admin/cases/{reference}/procedures/{id}/receipt`.
pub async fn save(
    ctx: Ctx,
    Path((reference, id)): Path<(String, i64)>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, WebError> {
    let who = caseworker(&ctx)?;
    // Access first, whatever the body: someone who may not see the case learns nothing more.
    ctx.app
        .case_exists_for(who, &reference)
        .await
        .lang(ctx.lang)?;
    let multipart = multipart
        .map_err(|_| WebError::App(AppError::field("received_on", Msg::Required), ctx.lang))?;
    let up = upload(&ctx, multipart).await?;
    let received_on = up.field("received_on");
    let file = (!up.bytes.is_empty()).then_some((up.name.as_str(), up.bytes.as_slice()));
    let r = ctx
        .app
        .set_procedure_receipt(who, &reference, id, &received_on, file)
        .await
        .map(|()| Some(format!("receipt-{id}")));
    let typed = Typed {
        receipt: Some((id, received_on)),
        ..Default::default()
    };
    saved_or_again(&ctx, &reference, Part::Procedures, typed, r).await
}
