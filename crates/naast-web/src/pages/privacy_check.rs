//! The personal-data check of free text before it leaves the office (a report's narrative, a
//! signal): every finding highlighted with a checkbox (accepted unless unticked), a box for what
//! was missed, then the redacted text is saved and the text can go on to review.

use super::rerender;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::reports::FieldReview;
use std::collections::HashMap;

/// The form fields of the words per finding: `word.<finding key>`.
const WORD: &str = "word.";

#[derive(Template)]
#[template(path = "privacy_check.html")]
struct PrivacyPage {
    page: Page,
    /// Where the text lives, and where the form goes.
    back: String,
    back_label: String,
    action: String,
    updated_at: i64,
    checked: bool,
    fields: Vec<FieldReview>,
    missed: String,
    /// After a refusal: the findings that were ticked (the rest stay unticked).
    ticked: Option<Vec<String>>,
    /// Whether the check has word lists; without them the page says what it may miss.
    word_lists: bool,
    /// A report's check: findings become general words (editable), not stand-ins, which may
    /// not leave the office.
    words: bool,
    /// After a refusal: the words typed per finding.
    typed: HashMap<String, String>,
}

impl PrivacyPage {
    /// The words a finding becomes: as typed, else its suggestion.
    fn word_for(&self, key: &str, suggestion: &str) -> String {
        self.typed
            .get(key)
            .cloned()
            .unwrap_or_else(|| suggestion.to_string())
    }

    fn is_ticked(&self, key: &str) -> bool {
        self.ticked
            .as_ref()
            .is_none_or(|t| t.iter().any(|k| k == key))
    }

    fn field_label(&self, field: &str) -> String {
        let (nl, en) = match field {
            "themes" => ("Thema's", "Themes"),
            "stories" => ("Verhalen uit de praktijk", "Stories from practice"),
            "recommendations" => ("Aanbevelingen", "Recommendations"),
            "title" => ("Titel", "Title"),
            "description" => ("Wat gaat er mis?", "What goes wrong?"),
            "proposal" => ("Voorstel voor verbetering", "Proposed improvement"),
            "correction" => ("Wat deze versie verbetert", "What this version corrects"),
            _ => ("Opvolging van afspraken", "Follow-up of agreements"),
        };
        self.page.t(nl, en).to_string()
    }

    fn label_name(&self, label: &str) -> String {
        let (nl, en) = match label {
            "PERSON" => ("naam", "name"),
            "ADDRESS" => ("adres", "address"),
            "POSTCODE" => ("postcode", "postcode"),
            "CITY" => ("plaats", "place"),
            "PHONE" => ("telefoonnummer", "phone number"),
            "EMAIL" => ("e-mailadres", "e-mail address"),
            "URL" => ("webadres", "web address"),
            "BSN" => ("BSN", "BSN"),
            "IBAN" => ("rekeningnummer", "bank account"),
            "DATE_OF_BIRTH" => ("geboortedatum", "date of birth"),
            "DATE" => ("datum", "date"),
            "AGE" => ("leeftijd", "age"),
            "CASE_NUMBER" => ("dossiernummer", "case number"),
            "LICENSE_PLATE" => ("kenteken", "licence plate"),
            "FUNCTION" => (
                "functie die naar iemand wijst",
                "job title that points to someone",
            ),
            _ => ("organisatie", "organisation"),
        };
        self.page.t(nl, en).to_string()
    }
}

/// What is being checked.
#[derive(Clone, Copy)]
enum Subject {
    Report(i64),
    Signal(i64),
}

async fn show(
    ctx: &Ctx,
    subject: Subject,
    missed: String,
    ticked: Option<(Vec<String>, HashMap<String, String>)>,
    error: Option<&AppError>,
) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let (back, back_label, action, updated_at, checked, fields) = match subject {
        Subject::Report(id) => {
            let r = ctx.app.report_privacy(who, id).await.lang(ctx.lang)?;
            (
                format!("/admin/reports/{id}"),
                ctx.lang
                    .pick("Terug naar de rapportage", "Back to the report"),
                format!("/admin/reports/{id}/privacy"),
                r.updated_at,
                r.checked,
                r.fields,
            )
        }
        Subject::Signal(id) => {
            let r = ctx.app.signal_privacy(who, id).await.lang(ctx.lang)?;
            (
                format!("/admin/signals/{id}"),
                ctx.lang
                    .pick("Terug naar het signaal", "Back to the signal"),
                format!("/admin/signals/{id}/privacy"),
                r.updated_at,
                r.checked,
                r.fields,
            )
        }
    };
    let mut page = Page::new(
        ctx,
        "Tekst controleren op persoonsgegevens",
        "Check the text for personal data",
    );
    if let Some(e) = error {
        page = page.with_error(e);
    }
    let (ticked, typed) = match ticked {
        Some((t, w)) => (Some(t), w),
        None => (None, HashMap::new()),
    };
    let view = PrivacyPage {
        words: matches!(subject, Subject::Report(_)),
        typed,
        word_lists: ctx.app.has_word_lists(),
        page,
        back,
        back_label: back_label.to_string(),
        action,
        updated_at,
        checked,
        fields,
        missed,
        ticked,
    };
    Ok(match error {
        Some(e) => rerender(e, &view),
        None => render(&view),
    })
}

pub async fn page(ctx: Ctx, Path(id): Path<i64>) -> Result<Response, WebError> {
    show(&ctx, Subject::Report(id), String::new(), None, None).await
}

pub async fn signal_page(ctx: Ctx, Path(id): Path<i64>) -> Result<Response, WebError> {
    show(&ctx, Subject::Signal(id), String::new(), None, None).await
}

pub async fn apply(Path(id): Path<i64>, form: Form) -> Result<Response, WebError> {
    apply_to(Subject::Report(id), form).await
}

pub async fn signal_apply(Path(id): Path<i64>, form: Form) -> Result<Response, WebError> {
    apply_to(Subject::Signal(id), form).await
}

async fn apply_to(subject: Subject, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    let accepted = form.all("accept");
    let missed = form.get("missed");
    let updated_at = form.get("updated_at").parse().unwrap_or(-1);
    let words = form.prefixed(WORD);
    let (r, done) = match subject {
        Subject::Report(id) => (
            ctx.app
                .apply_report_privacy(who, id, &accepted, &missed, &words, updated_at)
                .await,
            format!("/admin/reports/{id}?checked=1"),
        ),
        Subject::Signal(id) => (
            ctx.app
                .apply_signal_privacy(who, id, &accepted, &missed, updated_at)
                .await,
            format!("/admin/signals/{id}?done=checked"),
        ),
    };
    match r {
        Ok(()) => Ok(Redirect::to(&done).into_response()),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            show(ctx, subject, missed, Some((accepted, words)), Some(&e)).await
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}
