//! The citizen's verdict on the status page of a closed kwestie: three short questions and a
//! comment (`naast_core::verdict`), and "Ik ben nog niet klaar", which makes a task for the
//! confidant. Like every status-page action, the token in the path is the only key.

use super::public::{field as get, form_pairs};
use super::public_status::{StatusQuery, show_page};
use crate::ctx::Ctx;
use axum::extract::Path;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_core::verdict::{QUESTIONS, VerdictForm};

/// One answer of a question as the form shows it.
pub(crate) struct Choice {
    pub code: &'static str,
    /// The text key of its label.
    pub label: String,
    pub checked: bool,
}

/// One question as the form shows it.
pub(crate) struct Question {
    pub field: &'static str,
    /// The text key of the question.
    pub label: String,
    pub choices: Vec<Choice>,
}

/// The verdict form as typed (empty the first time).
pub(crate) struct VerdictTyped {
    pub questions: Vec<Question>,
    pub comment: String,
}

/// The form's questions with what was chosen kept.
pub(crate) fn typed(f: &VerdictForm) -> VerdictTyped {
    let chosen = |field: &str| match field {
        "heard" => f.heard.as_str(),
        "knows_next" => f.knows_next.as_str(),
        _ => f.recommend.as_str(),
    };
    VerdictTyped {
        questions: QUESTIONS
            .iter()
            .map(|(field, codes)| Question {
                field,
                label: format!("verdict.{field}"),
                choices: codes
                    .iter()
                    .map(|code| Choice {
                        code,
                        label: format!("verdict.{field}_{code}"),
                        checked: chosen(field) == *code,
                    })
                    .collect(),
            })
            .collect(),
        comment: f.comment.clone(),
    }
}

/// Back to the status page with thanks when it worked; the page with the problem and the
/// answers kept when it was refused; the page as it is for anything else.
async fn after(
    ctx: &Ctx,
    headers: &HeaderMap,
    token: &str,
    result: Result<(), AppError>,
    ok: &str,
    form: &VerdictForm,
) -> Response {
    let q = StatusQuery::default();
    let empty = VerdictForm::default();
    match result {
        Ok(()) => Redirect::to(&format!("/status/{token}?ok={ok}#h-verdict")).into_response(),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            show_page(ctx, headers, token, &q, Some(&e), None, String::new(), form).await
        }
        Err(_) => show_page(ctx, headers, token, &q, None, None, String::new(), &empty).await,
    }
}

pub async fn verdict(
    ctx: Ctx,
    headers: HeaderMap,
    Path(token): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let pairs = form_pairs(&body);
    let form = VerdictForm {
        heard: get(&pairs, "heard"),
        knows_next: get(&pairs, "knows_next"),
        recommend: get(&pairs, "recommend"),
        comment: get(&pairs, "comment"),
    };
    let result = ctx.app.citizen_verdict(&token, &form).await;
    after(&ctx, &headers, &token, result, "oordeel", &form).await
}

pub async fn not_done(ctx: Ctx, headers: HeaderMap, Path(token): Path<String>) -> Response {
    let result = ctx.app.citizen_not_done(&token).await;
    after(
        &ctx,
        &headers,
        &token,
        result,
        "nietklaar",
        &VerdictForm::default(),
    )
    .await
}
