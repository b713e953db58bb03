//! The de-identification review of a report's narrative: every finding highlighted with a
//! checkbox (accepted unless unticked), a box for what was missed, then the redacted text is
//! saved and the report can go on to review.

use super::rerender;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::reports::PrivacyReview;

#[derive(Template)]
#[template(path = "reports/privacy.html")]
struct PrivacyPage {
    page: Page,
    review: PrivacyReview,
    missed: String,
}

impl PrivacyPage {
    fn field_label(&self, field: &str) -> String {
        let (nl, en) = match field {
            "themes" => ("Thema's", "Themes"),
            "stories" => ("Verhalen uit de praktijk", "Stories from practice"),
            "recommendations" => ("Aanbevelingen", "Recommendations"),
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
            _ => ("organisatie", "organisation"),
        };
        self.page.t(nl, en).to_string()
    }
}

async fn show(
    ctx: &Ctx,
    id: i64,
    missed: String,
    error: Option<&AppError>,
) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let review = ctx.app.report_privacy(who, id).await.lang(ctx.lang)?;
    let mut page = Page::new(
        ctx,
        "Tekst controleren op persoonsgegevens",
        "Check the text for personal data",
    );
    if let Some(e) = error {
        page = page.with_error(e);
    }
    let view = PrivacyPage {
        page,
        review,
        missed,
    };
    Ok(match error {
        Some(e) => rerender(e, &view),
        None => render(&view),
    })
}

pub async fn page(ctx: Ctx, Path(id): Path<i64>) -> Result<Response, WebError> {
    show(&ctx, id, String::new(), None).await
}

pub async fn apply(Path(id): Path<i64>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    let accepted = form.all("accept");
    let missed = form.get("missed");
    let updated_at = form.get("updated_at").parse().unwrap_or(-1);
    match ctx
        .app
        .apply_report_privacy(who, id, &accepted, &missed, updated_at)
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("/admin/reports/{id}?checked=1")).into_response()),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            show(ctx, id, missed, Some(&e)).await
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}
