//! Every document Naast hands out as a file, made in one place: a report (PDF, XLSX, CSV,
//! standalone HTML), a letter (PDF, DOCX), the right-of-access export (JSON, PDF) and the public
//! folder (PDF). Typesetting runs on a blocking thread (typst is CPU work, see
//! `docs/ARCHITECTURE.md`, "Documents"), and each file gets its name and content type here. The
//! web routes answer a [`File`] with [`response`]; the command line (`naast report build`)
//! writes its bytes.

use crate::pages::standalone_html;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use naast_app::reports::ReportView;
use naast_app::{App, AppError, Principal};
use naast_core::Lang;

/// A document ready to hand out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// The file name offered to the browser.
    pub name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
    /// Shown in the browser (`inline`) rather than saved (`attachment`).
    pub inline: bool,
}

impl From<naast_app::cases::Download> for File {
    fn from(d: naast_app::cases::Download) -> File {
        File {
            name: d.name,
            content_type: d.content_type,
            bytes: d.bytes,
            inline: false,
        }
    }
}

const PDF: &str = "application/pdf";
const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(e.to_string())
}

/// Runs `work` on a blocking thread, so that typesetting never holds up the async threads.
async fn blocking<T: Send + 'static, E: std::fmt::Display + Send + 'static>(
    work: impl FnOnce() -> Result<T, E> + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(internal)?
        .map_err(internal)
}

/// Today in Amsterdam, as the documents print it.
fn today() -> (i32, u8, u8) {
    let today = naast_app::clock::today();
    (
        i32::from(today.year()),
        today.month() as u8,
        today.day() as u8,
    )
}

/// The tenant's logo, `(content type, bytes)`, if it has one.
pub(crate) async fn logo(app: &App, slug: &str) -> Result<Option<(String, Vec<u8>)>, AppError> {
    Ok(app.public_logo(slug).await?.filter(|(_, b)| !b.is_empty()))
}

/// `rapportage-maasdal-2026-Q3-v1`.
fn report_stem(v: &ReportView, lang: Lang) -> String {
    let mut s = format!(
        "{}-{}-{}-v{}",
        lang.pick("rapportage", "report"),
        v.tenant,
        v.period,
        v.version
    );
    if v.concept {
        s.push_str(lang.pick("-concept", "-draft"));
    }
    s
}

/// A report view's file in `lang`; `ext` is `pdf`, `xlsx`, `csv` or `html` (anything else is
/// not found).
pub async fn report(app: &App, v: &ReportView, ext: &str, lang: Lang) -> Result<File, AppError> {
    let logo = if v.tenant.is_empty() {
        None
    } else {
        logo(app, &v.tenant).await?
    };
    let (bytes, content_type) = match ext {
        "pdf" => {
            let doc = v.doc(lang);
            let ymd = today();
            let pdf = blocking(move || {
                let logo = logo.as_ref().and_then(|(kind, bytes)| {
                    let format = match kind.as_str() {
                        "image/png" => naast_doc::LogoFormat::Png,
                        "image/jpeg" => naast_doc::LogoFormat::Jpeg,
                        _ => return None,
                    };
                    Some((bytes.as_slice(), format))
                });
                naast_doc::report_pdf(&doc, logo, ymd)
            })
            .await?;
            (pdf, PDF)
        }
        "xlsx" => {
            let doc = v.doc(lang);
            let lines = v.lines(lang);
            (
                blocking(move || naast_report::export::xlsx(&doc, &lines)).await?,
                XLSX,
            )
        }
        "csv" => (v.csv(lang)?, "text/csv; charset=utf-8"),
        "html" => {
            let logo = logo.as_ref().map(|(k, b)| (k.as_str(), b.as_slice()));
            (
                standalone_html(&v.doc(lang), logo).into_bytes(),
                "text/html; charset=utf-8",
            )
        }
        _ => return Err(AppError::NotFound),
    };
    Ok(File {
        name: format!("{}.{ext}", report_stem(v, lang)),
        content_type: content_type.into(),
        bytes,
        inline: false,
    })
}

/// A stored letter as `pdf` or `docx` (anything else is not found).
pub async fn letter(
    app: &App,
    who: &Principal,
    reference: &str,
    id: i64,
    format: &str,
) -> Result<File, AppError> {
    let pdf = match format {
        "pdf" => true,
        "docx" => false,
        _ => return Err(AppError::NotFound),
    };
    let d = app.letter_document(who, reference, id).await?;
    letter_of(d, pdf).await
}

/// A letter typeset as PDF (`pdf`) or Word.
pub async fn letter_of(d: naast_app::cases::LetterDoc, pdf: bool) -> Result<File, AppError> {
    let name = format!("{}.{}", d.file_stem, if pdf { "pdf" } else { "docx" });
    let letter = naast_doc::Letter {
        sender: d.sender,
        recipient: d.recipient,
        date: d.date,
        decision_reference: d.decision_reference,
        decision_date: d.decision_date,
        subject: d.subject,
        body: d.body,
        signer: d.signer,
    };
    let ymd = today();
    let bytes = blocking(move || {
        if pdf {
            naast_doc::letter_pdf(&letter, ymd)
        } else {
            naast_doc::letter_docx(&letter)
        }
    })
    .await?;
    Ok(File {
        name,
        content_type: if pdf { PDF } else { DOCX }.into(),
        bytes,
        inline: false,
    })
}

/// Everything held about a case's citizen (right of access), as JSON.
pub fn person_json(reference: &str, data: &serde_json::Value) -> Result<File, AppError> {
    Ok(File {
        name: format!("naast-{reference}.json"),
        content_type: "application/json; charset=utf-8".into(),
        bytes: serde_json::to_vec_pretty(data).map_err(internal)?,
        inline: false,
    })
}

/// Everything held about a case's citizen (right of access), as a tagged PDF.
pub async fn person_pdf(reference: &str, data: serde_json::Value) -> Result<File, AppError> {
    let ymd = today();
    let bytes = blocking(move || naast_doc::person_export(&data, ymd)).await?;
    Ok(File {
        name: format!("naast-{reference}.pdf"),
        content_type: PDF.into(),
        bytes,
        inline: false,
    })
}

/// A tenant's public folder in language `lang_code`, shown in the browser.
pub async fn folder(
    slug: &str,
    lang_code: &str,
    data: serde_json::Value,
) -> Result<File, AppError> {
    let ymd = today();
    let bytes = blocking(move || naast_doc::folder_pdf(&data, ymd)).await?;
    Ok(File {
        name: format!("folder-{slug}-{lang_code}.pdf"),
        content_type: PDF.into(),
        bytes,
        inline: true,
    })
}

/// The slip with a citizen's status link (A6 PDF), to download and print.
pub async fn status_slip(reference: &str, data: serde_json::Value) -> Result<File, AppError> {
    let ymd = today();
    let bytes = blocking(move || naast_doc::status_slip_pdf(&data, ymd)).await?;
    Ok(File {
        name: format!("statuslink-{reference}.pdf"),
        content_type: PDF.into(),
        bytes,
        inline: false,
    })
}

/// The answer carrying `file`: its content type, its name (plain ASCII and, for any other
/// character, RFC 6266's `filename*`) and `nosniff`, so a browser never guesses another type.
pub fn response(file: File) -> Response {
    let safe: String = file
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = form_urlencoded::byte_serialize(file.name.as_bytes())
        .collect::<String>()
        .replace('+', "%20");
    let kind = if file.inline { "inline" } else { "attachment" };
    (
        [
            (header::CONTENT_TYPE, file.content_type),
            (
                header::CONTENT_DISPOSITION,
                format!("{kind}; filename=\"{safe}\"; filename*=UTF-8''{encoded}"),
            ),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
        ],
        file.bytes,
    )
        .into_response()
}
