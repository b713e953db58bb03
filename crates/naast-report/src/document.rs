//! A report as a document: sections of paragraphs, key figures, charts and tables, all text in
//! the report's language. The same [`Doc`] is what the PDF typesets (`naast_doc::report_pdf`
//! takes it), what the HTML page shows and what the XLSX export holds.
//!
//! Every number comes from the frozen [`Content`]: digits when published, `x` when hidden, never
//! anything else. Charts stand right before the table with their numbers.

pub mod claims;
mod labels;
mod sections;
mod tables;

use crate::content::{Content, Narrative};
use naast_core::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub(crate) use labels::{category, date, dimension, population};
pub(crate) use tables::View;
pub use tables::shown;

/// What a report document is made of: the frozen numbers, the confidant's words and how the
/// report stands.
#[derive(Debug, Clone, Copy)]
pub struct DocInput<'a> {
    pub lang: Lang,
    pub tenant_name: &'a str,
    pub year: i32,
    /// 1–4, or 0 for the annual report.
    pub quarter: u8,
    pub version: i64,
    /// Not (yet) published: marked CONCEPT.
    pub concept: bool,
    /// Why this version corrects an earlier one; may be empty.
    pub correction: &'a str,
    /// `YYYY-MM-DD`, when published.
    pub published_on: Option<&'a str>,
    /// `YYYY-MM-DD`, when discussed with the municipality.
    pub discussed_on: Option<&'a str>,
    /// What was agreed when this report was discussed; may be empty.
    pub agreed: &'a str,
    /// What was agreed when the previous report was discussed: `(period label, text)`.
    pub previous_agreed: Option<(&'a str, &'a str)>,
    pub content: &'a Content,
    pub narrative: &'a Narrative,
    /// The tenant's accent colour, `#rrggbb`.
    pub colour: Option<&'a str>,
    /// Provider codes → names.
    pub providers: &'a BTreeMap<String, String>,
    /// The published version this one corrects: `(version, YYYY-MM-DD published)`.
    pub replaces: Option<(i64, &'a str)>,
    /// Published after a second person's check (`Some(true)`) or alone in a one-person
    /// practice (`Some(false)`); the colophon says which. `None`: not said.
    pub second_check: Option<bool>,
}

/// A report document, as `naast_doc::report_pdf` typesets it (its template reads it serialized).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Doc {
    /// `nl` or `en`.
    pub lang: String,
    pub title: String,
    pub tenant: String,
    pub subtitle: String,
    /// `1 april – 30 juni 2026`.
    pub period: String,
    pub concept: bool,
    pub concept_label: String,
    /// `Versie 2, gepubliceerd op …: …`; `None` for a first version without correction.
    pub version_note: Option<String>,
    pub colour: Option<String>,
    pub logo_alt: String,
    pub page_label: String,
    pub of_label: String,
    /// What `x` means.
    pub footnote: String,
    pub sections: Vec<Section>,
    /// Every sentence that names a number, with the claims it was built from (not serialized:
    /// for checking the text against the tables).
    #[serde(skip)]
    pub sentences: Vec<claims::Sentence>,
}

/// A section: a heading and its blocks. `level` 2 marks a part of the section before it (the
/// PDF shows every section heading at the same level; an HTML page can nest them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub heading: String,
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub level: u8,
    pub blocks: Vec<Block>,
}

fn one() -> u8 {
    1
}

fn is_one(l: &u8) -> bool {
    *l == 1
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// Text; an empty line starts a new paragraph.
    Paragraph {
        text: String,
    },
    List {
        items: Vec<String>,
    },
    /// Key figures.
    Figures {
        items: Vec<Figure>,
    },
    /// A data table: the first column labels, the others numbers (`x` when hidden).
    Table {
        caption: String,
        header: Vec<String>,
        rows: Vec<Row>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// A chart as SVG, with its text alternative; always right before its table.
    Chart {
        svg: String,
        alt: String,
        caption: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub cells: Vec<String>,
    /// A total row (bold, with a rule above).
    #[serde(default)]
    pub total: bool,
}

impl Block {
    /// `paragraph`, `list`, `figures`, `table` or `chart`, as in the JSON.
    pub fn kind(&self) -> &'static str {
        match self {
            Block::Paragraph { .. } => "paragraph",
            Block::List { .. } => "list",
            Block::Figures { .. } => "figures",
            Block::Table { .. } => "table",
            Block::Chart { .. } => "chart",
        }
    }

    /// The paragraphs of a paragraph block, split at empty lines and trimmed; empty otherwise.
    pub fn paragraphs(&self) -> Vec<&str> {
        match self {
            Block::Paragraph { text } => paragraphs(text),
            _ => Vec::new(),
        }
    }

    /// The caption of a table or chart.
    pub fn caption(&self) -> Option<&str> {
        match self {
            Block::Table { caption, .. } | Block::Chart { caption, .. } => Some(caption),
            _ => None,
        }
    }

    /// True when a table shows a hidden number (`x`).
    pub fn has_hidden(&self) -> bool {
        match self {
            Block::Table { rows, .. } => rows.iter().any(|r| {
                r.cells
                    .iter()
                    .skip(1)
                    .any(|c| c.trim() == crate::release::HIDDEN)
            }),
            _ => false,
        }
    }
}

/// A table named as the report names it, with its period: `Signalen naar domein (2025)`,
/// `Kwesties naar domein (2025 Q4)`. For messages about a table (the refusal of the audit gate,
/// what extra protection would hide) in words, never its id.
pub fn table_words(id: &str, lang: Lang) -> String {
    let Some((pop, dims)) = labels::parse_table_id(id) else {
        return id.to_string();
    };
    let period = id
        .split_once(' ')
        .map(|(p, _)| p.replace("-Q", " Q"))
        .unwrap_or_default();
    format!("{} ({period})", labels::caption(pop, &dims, lang))
}

/// A cell of a table in words: `Domein: Jeugd, organisatie: Gemeente`; the total when `at` is
/// empty.
pub fn cell_words(
    at: &std::collections::BTreeMap<String, String>,
    lang: Lang,
    providers: &std::collections::BTreeMap<String, String>,
) -> String {
    if at.is_empty() {
        return labels::t(lang, "het totaal", "the total");
    }
    let parts: Vec<String> = at
        .iter()
        .filter(|(d, _)| d.as_str() != "quarter")
        .map(|(d, c)| {
            format!(
                "{} {}",
                labels::dimension(d, lang).to_lowercase(),
                labels::category(d, c, lang, providers)
            )
        })
        .collect();
    parts.join(", ")
}

/// Text split at empty lines (a line of only spaces counts as empty), each part trimmed.
pub fn paragraphs(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(text[s..end].trim());
            }
        } else {
            if start.is_none() {
                start = Some(pos);
            }
            end = pos + line.len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(text[s..end].trim());
    }
    out
}

impl Doc {
    /// Every table block with its section's heading, in order: table `n` of the PDF is the
    /// `n`-th (counting from 1).
    pub fn tables(&self) -> impl Iterator<Item = &Block> {
        self.sections
            .iter()
            .flat_map(|s| s.blocks.iter())
            .filter(|b| matches!(b, Block::Table { .. }))
    }

    /// The document as people read it (PDF, web page): key figures and table numbers with
    /// their thousands grouped in the document's language (`1.234`). XLSX and CSV are made
    /// from the document itself and keep plain digits.
    pub fn for_reading(&self) -> Doc {
        let lang = Lang::parse(&self.lang).unwrap_or_default();
        let mut doc = self.clone();
        for block in doc.sections.iter_mut().flat_map(|s| s.blocks.iter_mut()) {
            match block {
                Block::Figures { items } => {
                    for f in items {
                        f.value = lang.num_text(&f.value);
                    }
                }
                Block::Table { rows, .. } => {
                    for cell in rows.iter_mut().flat_map(|r| r.cells.iter_mut().skip(1)) {
                        *cell = lang.num_text(cell);
                    }
                }
                _ => {}
            }
        }
        doc
    }

    /// The key figures of the summary.
    pub fn figures(&self) -> &[Figure] {
        self.sections
            .iter()
            .flat_map(|s| s.blocks.iter())
            .find_map(|b| match b {
                Block::Figures { items } => Some(items.as_slice()),
                _ => None,
            })
            .unwrap_or(&[])
    }
}

/// The report as a document.
pub fn document(input: &DocInput) -> Doc {
    let lang = input.lang;
    let l = |nl: &str, en: &str| lang.pick(nl, en).to_string();
    let c = input.content;
    let title = if input.quarter == 0 {
        format!("{} {}", l("Jaarrapportage", "Annual report"), input.year)
    } else {
        format!(
            "{} {} Q{}",
            l("Kwartaalrapportage", "Quarterly report"),
            input.year,
            input.quarter
        )
    };
    let version_note = (input.version > 1 || !input.correction.trim().is_empty()).then(|| {
        let mut note = format!("{} {}", l("Versie", "Version"), input.version);
        if let Some(d) = input.published_on.filter(|d| !d.trim().is_empty()) {
            note.push_str(&format!(
                ", {} {}",
                l("gepubliceerd op", "published on"),
                date(d, lang)
            ));
        }
        if let Some((v, on)) = input.replaces {
            note.push_str(&format!(
                ", {} {v}",
                l("vervangt versie", "replaces version")
            ));
            if !on.trim().is_empty() {
                note.push_str(&format!(" {} {}", l("van", "of"), date(on, lang)));
            }
        }
        let correction = input.correction.trim();
        if correction.is_empty() {
            note.push('.');
        } else {
            note.push_str(": ");
            note.push_str(correction);
        }
        note
    });
    // Only a real `#rrggbb` colour is passed on (the PDF and the page put it in styles).
    let colour = input.colour.map(str::trim).filter(|c| {
        c.len() == 7 && c.starts_with('#') && c[1..].bytes().all(|b| b.is_ascii_hexdigit())
    });
    let chart_colour = crate::svg::bar_colour(colour.unwrap_or(crate::svg::DEFAULT_COLOUR));
    let ctx = sections::Ctx {
        input,
        lang,
        colour: chart_colour,
        views: c.tables.iter().map(View::new).collect(),
        said: Default::default(),
    };
    let sections = ctx
        .sections()
        .into_iter()
        .filter(|s| !s.blocks.is_empty())
        .collect();
    Doc {
        lang: lang.code().to_string(),
        title,
        tenant: input.tenant_name.to_string(),
        subtitle: l(
            "Onafhankelijke vertrouwenspersoon sociaal domein",
            "Independent confidant for the social domain",
        ),
        period: labels::period_long(input.year, input.quarter, lang),
        concept: input.concept,
        concept_label: l("CONCEPT", "DRAFT"),
        version_note,
        // The PDF darkens it for contrast itself.
        colour: colour.map(str::to_ascii_lowercase),
        logo_alt: format!("Logo {}", input.tenant_name),
        page_label: l("Pagina", "Page"),
        of_label: l("van", "of"),
        footnote: crate::svg::footnote(lang).to_string(),
        sections,
        sentences: ctx.said.into_inner(),
    }
}

#[cfg(test)]
mod claims_tests;
#[cfg(test)]
mod tests;
