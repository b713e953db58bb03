//! The case page's steps that follow the process: planning an activity and marking it held,
//! closing a kwestie with open tasks (a confirmation that asks what happens to each), a
//! message to the citizen with a document, and the citizen's download of that document.

use super::case_parts::Part;
use super::cases::{Typed, caseworker, change};
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, VOCAB, Vocab, render};
use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use naast_app::AppError;
use naast_app::cases::OpenItem;
use naast_app::public_documents::CitizenDocument;
use naast_core::Msg;
use naast_core::case::{CloseForm, HeldForm, PlanForm};

/// What was typed into this module's forms on the case page, kept when it is refused.
#[derive(Default)]
pub(super) struct ProcessTyped {
    pub(super) plan: PlanForm,
    /// The planned task whose "held" form was refused, and what was typed there.
    pub(super) held_task: i64,
    pub(super) held: HeldForm,
    /// The document chosen for a message to the citizen.
    pub(super) document: String,
}

impl ProcessTyped {
    /// What can be planned.
    pub(super) fn kinds(&self) -> naast_core::vocab::List {
        naast_core::case::PLANNED_KINDS
    }

    /// The document `what:{id}` was the one chosen.
    pub(super) fn chose(&self, what: &str, id: &i64) -> bool {
        self.document == format!("{what}:{id}")
    }

    /// The case has letters drafted in Naast (documents to send).
    pub(super) fn has_letters(&self, c: &naast_app::cases::CaseView) -> bool {
        c.timeline.iter().any(|e| e.document)
    }

    /// A letter's name in the list of documents: its subject.
    pub(super) fn letter_name(&self, e: &naast_app::cases::EntryView) -> String {
        e.fields
            .iter()
            .find(|(k, _)| k == "subject")
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// The field's id: the plain name for the planned task whose form was refused (the error
    /// summary links to it), else made unique with the task's id.
    pub(super) fn held_id(&self, field: &str, task: &i64) -> String {
        if self.held_task == *task {
            field.to_string()
        } else {
            format!("{field}-{task}")
        }
    }
}

pub async fn plan(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let input: PlanForm = form.fields()?;
    let r = form.ctx.app.plan_activity(who, &reference, &input).await;
    change(
        &form,
        &reference,
        Part::Tasks,
        Typed {
            process: ProcessTyped {
                plan: input,
                ..Default::default()
            },
            ..Default::default()
        },
        r,
    )
    .await
}

pub async fn held(
    Path((reference, id)): Path<(String, i64)>,
    form: Form,
) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let input: HeldForm = form.fields()?;
    let r = form.ctx.app.mark_held(who, &reference, id, &input).await;
    change(
        &form,
        &reference,
        Part::Tasks,
        Typed {
            process: ProcessTyped {
                held_task: id,
                held: input,
                ..Default::default()
            },
            ..Default::default()
        },
        r,
    )
    .await
}

/// A message to the citizen, read through their status link, with a document if one is chosen.
pub async fn message(reference: String, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let text = form.get("message");
    let document = form.get("document");
    let r = form
        .ctx
        .app
        .message_citizen_with(who, &reference, &text, &document)
        .await;
    change(
        &form,
        &reference,
        Part::Timeline,
        Typed {
            message: text,
            process: ProcessTyped {
                document,
                ..Default::default()
            },
            ..Default::default()
        },
        r,
    )
    .await
}

#[derive(Template)]
#[template(path = "cases/close_confirm.html")]
struct CloseConfirm {
    page: Page,
    reference: String,
    close: CloseForm,
    items: Vec<OpenItem>,
    /// What was chosen so far: `(task id, "done" | "keep")`.
    chosen: Vec<(i64, String)>,
    v: Vocab,
}

impl CloseConfirm {
    /// Planned activities on a day ahead: they lapse, no choice asked.
    fn lapsing(&self) -> Vec<&OpenItem> {
        self.items.iter().filter(|i| i.lapses).collect()
    }

    /// The open tasks and terms to choose for: done or kept as a reminder.
    fn to_decide(&self) -> Vec<&OpenItem> {
        self.items.iter().filter(|i| !i.lapses).collect()
    }

    fn choice(&self, id: &i64) -> &str {
        self.chosen
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, c)| c.as_str())
            .unwrap_or("")
    }
}

/// Closing: without open tasks as before; with open tasks (or running terms) a confirmation
/// that lists them with a choice for each — done, or kept as a reminder on the closed case —
/// and closes only once every one is decided. Nothing is dropped unseen. The form is checked
/// in full (outcome, day, the question about a filing letter still a draft) before the
/// confirmation is shown: its problems come back on the form itself, all at once, with what was
/// typed and chosen. The confirmation carries every answer; a choice made there is kept when
/// it comes back.
pub async fn close(reference: String, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = caseworker(ctx)?;
    let input: CloseForm = form.fields()?;
    let asked = form.get("confirm") == "1";
    if !asked && let Err(e) = ctx.app.check_close(who, &reference, &input).await {
        return close_form_again(&form, &reference, input, e).await;
    }
    let items = ctx.app.open_items(who, &reference).await.lang(ctx.lang)?;
    let chosen: Vec<(i64, String)> = items
        .iter()
        .map(|i| (i.id, form.get(&format!("task_{}", i.id))))
        .filter(|(_, c)| c == "done" || c == "keep")
        .collect();
    let decided: Vec<(i64, bool)> = chosen.iter().map(|(id, c)| (*id, c == "keep")).collect();
    // Open tasks and planned activities still ahead: the confidant decides and is told first.
    let r = if !items.is_empty() && !asked {
        Err(AppError::Conflict(Msg::OpenItemsUndecided))
    } else {
        ctx.app
            .close_case_deciding(who, &reference, &input, &decided)
            .await
    };
    match r {
        Err(AppError::Conflict(Msg::OpenItemsUndecided)) => {
            let mut page = Page::new(ctx, "Kwestie afsluiten", "Close the case");
            page.title = format!(
                "{} {}",
                ctx.lang.pick("Kwestie afsluiten:", "Close the case:"),
                reference
            );
            let e = AppError::Conflict(Msg::OpenItemsUndecided);
            if asked {
                page = page.with_error(&e);
            }
            let view = CloseConfirm {
                page,
                reference,
                close: input,
                items,
                chosen,
                v: VOCAB,
            };
            Ok(if asked {
                super::rerender(&e, &view)
            } else {
                render(&view)
            })
        }
        Err(e) => close_form_again(&form, &reference, input, e).await,
        Ok(()) => {
            change(
                &form,
                &reference,
                Part::Overview,
                Typed {
                    close: Some(input),
                    ..Default::default()
                },
                Ok(()),
            )
            .await
        }
    }
}

/// The close form on the case page again, with the problems found and what was typed.
async fn close_form_again(
    form: &Form,
    reference: &str,
    input: CloseForm,
    e: AppError,
) -> Result<Response, WebError> {
    change(
        form,
        reference,
        Part::Overview,
        Typed {
            close: Some(input),
            ..Default::default()
        },
        Err(e),
    )
    .await
}

/// A document sent with a message, downloaded through the status link: always as a download
/// (`Content-Disposition: attachment`), with its own content type. A link that does not work,
/// or an id that is no document sent on this link's kwestie, is a plain 404.
pub async fn citizen_document(ctx: Ctx, Path((token, id)): Path<(String, i64)>) -> Response {
    let file = match ctx.app.citizen_message_document(&token, id).await {
        Ok(CitizenDocument::File(d)) => Ok(crate::files::File::from(d)),
        Ok(CitizenDocument::Letter(doc)) => crate::files::letter_of(doc, true).await,
        Err(e) => Err(e),
    };
    match file {
        Ok(f) => crate::files::response(f),
        Err(e) => WebError::App(e, ctx.lang).into_response(),
    }
}
