//! Naast's documents: tagged, accessible PDF through typst. The folder, letters and reports will
//! use this crate too; it stands alone so that only it pays typst's build cost.
//!
//! Documents are typst templates (`templates/*.typ`, compiled into the binary) that read their
//! data from a JSON file in a virtual file system. Text from people is never spliced into typst
//! markup: it arrives as JSON strings and is shown as text, so nothing a citizen typed can run
//! as code. Fonts are the ones shipped with typst (`typst-assets`); nothing is fetched.
//!
//! Error policy: [`DocError`] carries typst's diagnostics as text for the log; callers map it to
//! a generic 500.

use naast_core::colour;
use naast_report::document::Doc;
use std::sync::LazyLock;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

#[derive(Debug, thiserror::Error)]
pub enum DocError {
    #[error("document failed to compile: {0}")]
    Compile(String),
    #[error("document failed to export: {0}")]
    Export(String),
    #[error("document data: {0}")]
    Data(String),
}

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = typst_assets::fonts()
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect();
    Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

static LIBRARY: LazyLock<LazyHash<Library>> =
    LazyLock::new(|| LazyHash::new(Library::builder().build()));

fn file_id(path: &str) -> Result<FileId, DocError> {
    let vpath = VirtualPath::new(path).map_err(|e| DocError::Data(format!("{e:?}")))?;
    Ok(FileId::new(RootedPath::new(VirtualRoot::Project, vpath)))
}

/// A one-document world: the template as `/main.typ`, the data as `/data.json`, and any further
/// files the caller hands in (a report's logo, its checked settings).
struct DocWorld {
    main: Source,
    files: Vec<(FileId, Bytes)>,
    today: (i32, u8, u8),
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some((_, bytes)) = self.files.iter().find(|(file, _)| *file == id) {
            Ok(bytes.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.text().to_string()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Datetime::from_ymd(self.today.0, self.today.1, self.today.2)
    }
}

/// Compiles `template` with `data` (available to it as `json("data.json")`) into a tagged PDF.
pub fn render(
    template: &str,
    data: &serde_json::Value,
    today: (i32, u8, u8),
) -> Result<Vec<u8>, DocError> {
    render_with(template, data, Vec::new(), today)
}

/// [`render`] with further virtual files next to `/data.json`: (absolute path, contents).
fn render_with(
    template: &str,
    data: &serde_json::Value,
    extra: Vec<(&str, Bytes)>,
    today: (i32, u8, u8),
) -> Result<Vec<u8>, DocError> {
    let document = compile(template, data, extra, today)?;
    typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).map_err(|errs| {
        DocError::Export(
            errs.iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })
}

/// Lays `template` out with its data and files, before the PDF export.
fn compile(
    template: &str,
    data: &serde_json::Value,
    extra: Vec<(&str, Bytes)>,
    today: (i32, u8, u8),
) -> Result<PagedDocument, DocError> {
    let data = Bytes::new(serde_json::to_vec(data).map_err(|e| DocError::Data(e.to_string()))?);
    let mut files = vec![(file_id("/data.json")?, data)];
    for (path, bytes) in extra {
        files.push((file_id(path)?, bytes));
    }
    let world = DocWorld {
        main: Source::new(file_id("/main.typ")?, template.to_string()),
        files,
        today,
    };
    typst::compile(&world).output.map_err(|errs| {
        DocError::Compile(
            errs.iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })
}

/// The template of the export of everything held about one person (right of access).
pub const PERSON_EXPORT: &str = include_str!("../templates/person_export.typ");

/// Everything held about one person, as a readable PDF (the JSON of `App::export_person`).
pub fn person_export(data: &serde_json::Value, today: (i32, u8, u8)) -> Result<Vec<u8>, DocError> {
    render(PERSON_EXPORT, data, today)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_export_renders_to_a_tagged_pdf_in_dutch() {
        let data = serde_json::json!({
            "exported_on": "2026-11-23",
            "person": {"name": "Jan #strong[Jansen] $x$", "email": "jan@voorbeeld.nl", "phone": "", "address": "",
                       "contact_preference": "", "language": "", "accessibility": ""},
            "cases": [{"reference": "NST-7K4M-2Q9D", "municipality": "Maasdal", "status": "closed", "opened_on": "2026-01-02",
                       "closed_on": "2026-02-03", "story": "Mijn hulp * stopte _ zomaar", "problem": "", "goal": "",
                       "outcome": "resolved", "timeline": [{"kind": "contact", "on": "2026-01-05", "text": "Gebeld", "minutes": 20}]}]
        });
        let pdf = person_export(&data, (2026, 11, 23));
        let pdf = match pdf {
            Ok(p) => p,
            Err(e) => panic!("{e}"),
        };
        assert!(pdf.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("/StructTreeRoot"), "tagged PDF");
        assert!(text.contains("/Lang"), "document language set");
    }
}

mod letter;
pub use letter::{Block, Letter, letter_blocks, letter_docx, letter_pdf};

mod status_slip;
pub use status_slip::{STATUS_SLIP, status_slip_pdf};

/// The template of a tenant's A4 folder.
pub const FOLDER: &str = include_str!("../templates/folder.typ");

/// A tenant's folder as a tagged PDF. `data` holds `title`, `lang`, `texts` (intro, does[],
/// doesnt[], titles, independent, home_visit, cta), `contact` ([label, value] pairs),
/// `form_url`, `qr_svg` and `qr_alt`.
pub fn folder_pdf(data: &serde_json::Value, today: (i32, u8, u8)) -> Result<Vec<u8>, DocError> {
    render(FOLDER, data, today)
}

/// The format of a tenant's logo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoFormat {
    Png,
    Jpeg,
}

/// The template of the anonymized report.
pub const REPORT: &str = include_str!("../templates/report.typ");

/// The accent colour when a tenant has none, or none that can be used.
const DEFAULT_ACCENT: &str = "#1f4e79";

/// The anonymized quarterly or annual report as a tagged A4 PDF.
///
/// `doc` is the report's document ([`naast_report::document::Doc`]), texts already in the
/// report's language; it reaches the template as `/data.json`, its serialized form. What the
/// template makes of it:
///
/// - `lang` sets the document language (an ISO 639 code; anything else reads as `nl`);
/// - `tenant` is also the PDF's author; `subtitle`, `period` and `version_note` show when set;
/// - `concept` puts `concept_label` across every page and in the title block;
/// - `colour` is the accent (headings, rules): `#rrggbb`, else dark blue, darkened until white
///   paper gives it 4.5:1 contrast;
/// - `page_label` and `of_label` make the footer ("Pagina 2 van 5"); `footnote` (what `x` means)
///   stands in the footer of every page on which a table cell reads exactly `x`;
/// - each section's heading is level 1; a paragraph's empty line starts a new paragraph; key
///   figures go up to 4 a row; a table's header repeats on every page, its first column left and
///   the others right, rows padded or cut to the header's width.
///
/// Tables and charts are numbered figures ("Tabel 1", "Figuur 1") with their caption above.
/// `logo` is shown top right of the first page, at most 2 cm high and 5 cm wide; its bytes must
/// be of the format given.
pub fn report_pdf(
    doc: &Doc,
    logo: Option<(&[u8], LogoFormat)>,
    today: (i32, u8, u8),
) -> Result<Vec<u8>, DocError> {
    let data =
        serde_json::to_value(doc.for_reading()).map_err(|e| DocError::Data(e.to_string()))?;
    render_with(REPORT, &data, report_files(doc, logo)?, today)
}

/// The report's extra files: the logo, and `/meta.json` with what Rust checked (colour, language,
/// the logo's path).
fn report_files(
    doc: &Doc,
    logo: Option<(&[u8], LogoFormat)>,
) -> Result<Vec<(&'static str, Bytes)>, DocError> {
    let mut files = Vec::new();
    let logo_path = match logo {
        None => None,
        Some((bytes, format)) => {
            let (path, magic): (&str, &[u8]) = match format {
                LogoFormat::Png => ("/logo.png", b"\x89PNG\r\n\x1a\n"),
                LogoFormat::Jpeg => ("/logo.jpg", b"\xff\xd8\xff"),
            };
            if !bytes.starts_with(magic) {
                return Err(DocError::Data(format!(
                    "the logo is not a {format:?} image"
                )));
            }
            files.push((path, Bytes::new(bytes.to_vec())));
            Some(path)
        }
    };
    let lang = Some(doc.lang.as_str())
        .filter(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_lowercase()))
        .unwrap_or("nl");
    let meta = serde_json::json!({
        "colour": accent_colour(doc.colour.as_deref()),
        "lang": lang,
        "logo": logo_path,
    });
    let bytes = serde_json::to_vec(&meta).map_err(|e| DocError::Data(e.to_string()))?;
    files.push(("/meta.json", Bytes::new(bytes)));
    Ok(files)
}

/// The tenant's colour as `#rrggbb` if it is one, else [`DEFAULT_ACCENT`]; darkened, keeping its
/// hue, until it has a contrast of at least 4.5:1 on white, as headings are set in it.
fn accent_colour(colour: Option<&str>) -> String {
    // Only the full `#rrggbb` form, as the tenant's settings store it.
    match colour.filter(|c| c.len() == 7).and_then(colour::parse_hex) {
        // WCAG 2.2, 1.4.3: 4.5:1 for text.
        Some(rgb) => colour::to_hex(colour::darken_for_white(rgb, 4.5)),
        None => DEFAULT_ACCENT.to_string(),
    }
}

#[cfg(test)]
mod report_tests;
