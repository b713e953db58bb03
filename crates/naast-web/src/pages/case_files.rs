//! Files on the case page: attachments up and down, the right-of-access export (JSON and
//! PDF), and the coordinators' import of kwesties.

use super::case_parts::Part;
use super::cases::{Typed, caseworker, view_page};
use super::rerender;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::view::{Page, render};
use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::tenants::Tenant;

/// Everything held about the case's citizen, as a JSON download (right of access).
pub async fn export(ctx: Ctx, Path(reference): Path<String>) -> Result<Response, WebError> {
    let who = caseworker(&ctx)?;
    let data = ctx
        .app
        .export_person(who, &reference)
        .await
        .lang(ctx.lang)?;
    let file = crate::files::person_json(&reference, &data).lang(ctx.lang)?;
    Ok(crate::files::response(file))
}

#[derive(Template)]
#[template(path = "cases/import.html")]
struct Import {
    page: Page,
    tenants: Vec<Tenant>,
    tenant: String,
    report: Option<naast_app::cases::ImportReport>,
    problems: Vec<naast_app::cases::ImportProblem>,
}

/// The coordinators' import page.
pub async fn import_page(ctx: Ctx) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    who.require(naast_core::Role::Coordinator).lang(ctx.lang)?;
    let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
    let page = Page::new(&ctx, "Kwesties inlezen", "Import cases");
    Ok(render(&Import {
        page,
        tenants,
        tenant: String::new(),
        report: None,
        problems: Vec::new(),
    }))
}

/// Reads an uploaded import file (multipart: `csrf`, `tenant`, `file`).
pub async fn import(ctx: Ctx, multipart: axum::extract::Multipart) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    who.require(naast_core::Role::Coordinator).lang(ctx.lang)?;
    let up = upload(&ctx, multipart).await?;
    let tenant = up.field("tenant");
    let file = (!up.bytes.is_empty()).then(|| (up.name.clone(), up.bytes));
    let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
    let mut page = Page::new(&ctx, "Kwesties inlezen", "Import cases");
    let format = file.as_ref().and_then(|(n, b)| {
        (!b.is_empty())
            .then(|| naast_app::cases::import_file::Format::from_name(n))
            .flatten()
    });
    let (Some((_, bytes)), Some(format)) = (file, format) else {
        let e = AppError::field("file", naast_core::Msg::ImportFileKind);
        page = page.with_error(&e);
        return Ok(rerender(
            &e,
            &Import {
                page,
                tenants,
                tenant,
                report: None,
                problems: Vec::new(),
            },
        ));
    };
    let lines = match naast_app::cases::import_file::read_file(format, bytes).await {
        Ok(lines) => lines,
        Err(e) => {
            // Over the limits: 413 for a workbook too large unpacked, 422 for too many rows.
            let status = match &e {
                AppError::Invalid(inv)
                    if inv
                        .0
                        .iter()
                        .any(|f| matches!(f.msg, naast_core::Msg::ImportUnpackedTooLarge(_))) =>
                {
                    axum::http::StatusCode::PAYLOAD_TOO_LARGE
                }
                other => crate::error::status_of(other),
            };
            page = page.with_error(&e);
            return Ok(crate::view::render_status(
                status,
                &Import {
                    page,
                    tenants,
                    tenant,
                    report: None,
                    problems: Vec::new(),
                },
            ));
        }
    };
    match ctx.app.import_cases(who, &tenant, lines, ctx.lang).await {
        Ok(Ok(report)) => Ok(render(&Import {
            page,
            tenants,
            tenant,
            report: Some(report),
            problems: Vec::new(),
        })),
        Ok(Err(problems)) => Ok(crate::view::render_status(
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            &Import {
                page,
                tenants,
                tenant,
                report: None,
                problems,
            },
        )),
        Err(e @ AppError::Invalid(_)) => {
            page = page.with_error(&e);
            Ok(rerender(
                &e,
                &Import {
                    page,
                    tenants,
                    tenant,
                    report: None,
                    problems: Vec::new(),
                },
            ))
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

/// Reads a multipart upload: the CSRF token and the one file.
/// A multipart form: its text fields and its one file.
#[derive(Default)]
pub(super) struct Upload {
    pub fields: Vec<(String, String)>,
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Upload {
    pub(super) fn field(&self, key: &str) -> String {
        self.fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
}

/// Reads a multipart upload (the CSRF token, text fields and the field `file`) and refuses it
/// without a valid CSRF token.
pub(super) async fn upload(
    ctx: &Ctx,
    mut multipart: axum::extract::Multipart,
) -> Result<Upload, WebError> {
    let mut up = Upload::default();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(_) => return Err(WebError::TooLarge(ctx.lang)),
        };
        let key = field.name().unwrap_or_default().to_string();
        if key == "file" {
            up.name = field.file_name().unwrap_or_default().to_string();
            up.bytes = field
                .bytes()
                .await
                .map_err(|_| WebError::TooLarge(ctx.lang))?
                .to_vec();
        } else {
            let value = field
                .text()
                .await
                .map_err(|_| WebError::TooLarge(ctx.lang))?;
            up.fields.push((key, value));
        }
    }
    if !ctx.csrf_ok(Some(&up.field("csrf"))) {
        return Err(WebError::Csrf(ctx.lang));
    }
    Ok(up)
}

pub async fn attachment_upload(
    ctx: Ctx,
    Path(reference): Path<String>,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, WebError> {
    let who = caseworker(&ctx)?;
    // Access first, whatever the body: someone who may not see the case learns nothing more.
    ctx.app
        .case_exists_for(who, &reference)
        .await
        .lang(ctx.lang)?;
    let multipart = multipart
        .map_err(|_| WebError::App(AppError::field("file", naast_core::Msg::Required), ctx.lang))?;
    let up = upload(&ctx, multipart).await?;
    match ctx
        .app
        .add_attachment(who, &reference, &up.name, &up.bytes)
        .await
    {
        Ok(()) => Ok(
            Redirect::to(&Part::Letters.saved(&reference, Some("h-attachments"))).into_response(),
        ),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            view_page(
                &ctx,
                who,
                &reference,
                Typed::default(),
                Some(&e),
                Part::Letters,
            )
            .await
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

pub async fn attachment_download(
    ctx: Ctx,
    Path((reference, id)): Path<(String, i64)>,
) -> Result<Response, WebError> {
    let who = caseworker(&ctx)?;
    let d = ctx
        .app
        .attachment(who, &reference, id)
        .await
        .lang(ctx.lang)?;
    Ok(download(d))
}

/// An attachment as a download: never shown inline, so nothing in it runs in our origin.
pub(crate) fn download(d: naast_app::cases::Download) -> Response {
    crate::files::response(d.into())
}

/// Everything held about the case's citizen, as a readable, tagged PDF (right of access).
pub async fn export_pdf(ctx: Ctx, Path(reference): Path<String>) -> Result<Response, WebError> {
    let who = caseworker(&ctx)?;
    let data = ctx
        .app
        .export_person(who, &reference)
        .await
        .lang(ctx.lang)?;
    let file = crate::files::person_pdf(&reference, data)
        .await
        .lang(ctx.lang)?;
    Ok(crate::files::response(file))
}
