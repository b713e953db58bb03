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

/// A one-document world: the template as `/main.typ`, the data as `/data.json`.
struct DocWorld {
    main: Source,
    data_id: FileId,
    data: Bytes,
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
        if id == self.data_id {
            Ok(self.data.clone())
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
    let world = DocWorld {
        main: Source::new(file_id("/main.typ")?, template.to_string()),
        data_id: file_id("/data.json")?,
        data: Bytes::new(serde_json::to_vec(data).map_err(|e| DocError::Data(e.to_string()))?),
        today,
    };
    let document: PagedDocument = typst::compile(&world).output.map_err(|errs| {
        DocError::Compile(
            errs.iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })?;
    typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).map_err(|errs| {
        DocError::Export(
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
