//! `POST /admin/cases/{reference}/verdict-review`: the confidant's decision on the citizen's
//! verdict comment after the personal-data check — cleared (its checked text may be quoted in
//! a report) or kept in the office. The verdict itself is shown by `cases/_verdict.html`.

use super::case_parts::Part;
use super::cases::{Typed, caseworker, change};
use crate::error::WebError;
use crate::form::Form;
use axum::extract::Path;
use axum::response::Response;

pub async fn review(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let clear = form.get("decision") == "clear";
    let missed = form.get("missed");
    let r = form
        .ctx
        .app
        .review_verdict_comment(who, &reference, clear, &missed)
        .await;
    change(&form, &reference, Part::Overview, Typed::default(), r).await
}
