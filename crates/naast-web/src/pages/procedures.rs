//! Formal procedures on a case (complaint, objection, application, ...) with their outcome,
//! and letters drafted from the tenant's templates, downloaded as PDF or DOCX.

use super::case_parts::Part;
use super::cases::{Typed, caseworker, change, saved_or_again};
use super::rerender;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::cases::LetterDraft;
use naast_core::case::LetterForm;
use naast_core::procedure::{LETTER_KINDS, OutcomeForm, ProcedureForm};

/// The procedure form as typed (the organisation's field is named apart from the kwestie's own).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct ProcedureFields {
    kind: String,
    procedure_organisation: String,
    filed_on: String,
    /// A checkbox: present when ticked.
    committee: String,
}

pub async fn add(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let fields: ProcedureFields = form.fields()?;
    let input = ProcedureForm {
        kind: fields.kind,
        organisation: fields.procedure_organisation,
        filed_on: fields.filed_on,
        committee: !fields.committee.is_empty(),
    };
    let r = form.ctx.app.add_procedure(who, &reference, &input).await;
    change(
        &form,
        &reference,
        Part::Procedures,
        Typed {
            procedure: Some(input),
            ..Default::default()
        },
        r.map(|_| ()),
    )
    .await
}

pub async fn outcome(
    Path((reference, id)): Path<(String, i64)>,
    form: Form,
) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let input: OutcomeForm = form.fields()?;
    let r = form
        .ctx
        .app
        .set_procedure_outcome(who, &reference, id, &input)
        .await;
    change(&form, &reference, Part::Procedures, Typed::default(), r).await
}

pub async fn remove(
    Path((reference, id)): Path<(String, i64)>,
    form: Form,
) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let r = form.ctx.app.remove_procedure(who, &reference, id).await;
    change(&form, &reference, Part::Procedures, Typed::default(), r).await
}

#[derive(Template)]
#[template(path = "cases/letter.html")]
pub(super) struct Draft {
    pub(super) page: Page,
    pub(super) reference: String,
    pub(super) draft: LetterDraft,
    pub(super) kinds: Vec<(&'static str, &'static str)>,
    /// The default day a letter is marked sent.
    pub(super) today: String,
}

#[derive(serde::Deserialize)]
pub struct KindQuery {
    #[serde(default)]
    kind: String,
    /// `naast`: Naast's own text even when the tenant has its own.
    #[serde(default)]
    text: String,
}

pub(super) fn kinds(lang: naast_core::Lang) -> Vec<(&'static str, &'static str)> {
    LETTER_KINDS
        .iter()
        .map(|(c, nl, en)| {
            (
                *c,
                if lang == naast_core::Lang::En {
                    *en
                } else {
                    *nl
                },
            )
        })
        .collect()
}

/// A new letter, filled from the case with the tenant's template, to edit before saving.
pub async fn draft(
    ctx: Ctx,
    Path(reference): Path<String>,
    Query(q): Query<KindQuery>,
) -> Result<Response, WebError> {
    let who = caseworker(&ctx)?;
    let kind = if q.kind.is_empty() {
        "complaint"
    } else {
        q.kind.as_str()
    };
    let draft = ctx
        .app
        .draft_letter_from(who, &reference, kind, q.text == "naast")
        .await
        .lang(ctx.lang)?;
    let mut page = Page::new(&ctx, "Brief opstellen", "Draft a letter");
    page.title = format!("{} — {}", draft.label, reference);
    Ok(render(&Draft {
        page,
        reference,
        draft,
        kinds: kinds(ctx.lang),
        today: naast_app::clock::today().to_string(),
    }))
}

/// Saves the edited letter on the timeline; from there it can be downloaded.
pub async fn save(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = caseworker(ctx)?;
    let input = LetterForm {
        direction: "sent".into(), // not a state: the letter's direction
        summary: String::new(),
        ..form.fields()?
    };
    match ctx.app.add_letter(who, &reference, &input).await {
        Ok(id) => {
            let to = Part::Letters.saved(&reference, Some(&format!("entry-{id}")));
            Ok(Redirect::to(&to).into_response())
        }
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            let page = Page::new(ctx, "Brief opstellen", "Draft a letter")
                .with_error(&e)
                .naming(
                    "correspondent",
                    "Aan (naam en adres)",
                    "To (name and address)",
                );
            let label = naast_core::vocab::label(LETTER_KINDS, &input.kind, ctx.lang).to_string();
            Ok(rerender(
                &e,
                &Draft {
                    page,
                    reference,
                    draft: LetterDraft {
                        kind: input.kind.clone(),
                        label,
                        form: input,
                        ..Default::default()
                    },
                    kinds: kinds(ctx.lang),
                    today: naast_app::clock::today().to_string(),
                },
            ))
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

/// Marks a draft letter sent on the day given (empty: today); a letter saved before drafts
/// existed gets an entry "letter sent" of its own.
pub async fn sent(
    Path((reference, id)): Path<(String, i64)>,
    form: Form,
) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let sent_on = form.get("sent_on");
    let r = form
        .ctx
        .app
        .mark_letter_sent(who, &reference, id, &sent_on)
        .await;
    match r {
        Err(e @ AppError::Invalid(_)) => {
            super::letter_pages::again(&form.ctx, &reference, id, &e, None).await
        }
        r => {
            let r = r.map(|entry| Some(format!("entry-{entry}")));
            saved_or_again(&form.ctx, &reference, Part::Letters, Typed::default(), r).await
        }
    }
}

/// A stored letter as PDF (`pdf`) or Word (`docx`).
pub async fn download(
    ctx: Ctx,
    Path((reference, id, format)): Path<(String, i64, String)>,
) -> Result<Response, WebError> {
    let who = caseworker(&ctx)?;
    letter_file(&ctx.app, who, &reference, id, &format)
        .await
        .map_err(|e| WebError::App(e, ctx.lang))
}

/// A stored letter as a download (typeset in `crate::files`).
pub(crate) async fn letter_file(
    app: &naast_app::App,
    who: &naast_app::Principal,
    reference: &str,
    id: i64,
    format: &str,
) -> Result<Response, AppError> {
    Ok(crate::files::response(
        crate::files::letter(app, who, reference, id, format).await?,
    ))
}
