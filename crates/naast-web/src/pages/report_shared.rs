//! What the back office, the portal and the API share about a report: its status and dates in
//! words, the document ready for a template (`DocHtml`), the standalone HTML file, and every
//! file of a report (PDF, XLSX, CSV, HTML) as a download.

use askama::Template;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use naast_app::reports::ReportView;
use naast_app::{App, AppError, Principal};
use naast_core::Lang;
use naast_core::ReportStatus;
use naast_report::audit::Finding;
use naast_report::document::{Block, Doc};

// ---- What the pages, the portal and the API share --------------------------------------------

/// A report's status in words.
pub(crate) fn status_label(status: &str, lang: Lang) -> &'static str {
    match ReportStatus::parse(status) {
        Some(ReportStatus::Draft) => lang.pick("concept", "draft"),
        Some(ReportStatus::Review) => lang.pick("ter beoordeling", "in review"),
        Some(ReportStatus::Published) => lang.pick("gepubliceerd", "published"),
        Some(ReportStatus::Discussed) => lang.pick("besproken", "discussed"),
        None => lang.pick("onbekend", "unknown"),
    }
}

/// `2026 Q3` or `Jaar 2026` / `Year 2026`.
pub(crate) fn period_words(year: i64, quarter: i64, lang: Lang) -> String {
    if quarter == 0 {
        format!("{} {year}", lang.pick("Jaar", "Year"))
    } else {
        // "4e kwartaal 2024", as people say it; never the code "2024-Q4".
        match lang {
            Lang::Nl => format!("{quarter}e kwartaal {year}"),
            Lang::En => format!("Q{quarter} {year}"),
        }
    }
}

/// A timestamp's day in Amsterdam, `YYYY-MM-DD`.
fn day_of(ts: i64) -> Option<String> {
    let tz = jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap_or(jiff::tz::TimeZone::UTC);
    jiff::Timestamp::from_second(ts)
        .ok()
        .map(|t| t.to_zoned(tz).date().to_string())
}

/// An ISO day as people read it (`23-11-2026`).
pub(crate) fn day_words(iso: &str) -> String {
    match iso.parse::<jiff::civil::Date>() {
        Ok(d) => d.strftime("%d-%m-%Y").to_string(),
        Err(_) => iso.to_string(),
    }
}

/// A timestamp's day as people read it.
pub(crate) fn ts_words(ts: &Option<i64>) -> String {
    ts.and_then(day_of)
        .map(|d| day_words(&d))
        .unwrap_or_default()
}

/// A report document ready for a template: numbered captions, table rows split into their
/// label and numbers, paragraphs split into lines.
pub(crate) struct DocHtml {
    pub lang: String,
    pub title: String,
    pub tenant: String,
    pub subtitle: String,
    pub period: String,
    pub concept: bool,
    pub concept_label: String,
    pub concept_note: String,
    pub version_note: Option<String>,
    pub footnote: String,
    /// `src` of the logo: a URL on a page, a data URI in the standalone file.
    pub logo: Option<String>,
    pub logo_alt: String,
    pub sections: Vec<SectionHtml>,
}

pub(crate) struct SectionHtml {
    pub heading: String,
    /// A part of the section before it (`h3` instead of `h2`).
    pub sub: bool,
    pub blocks: Vec<BlockHtml>,
}

pub(crate) enum BlockHtml {
    /// Paragraphs, each a list of lines.
    Text(Vec<Vec<String>>),
    List(Vec<String>),
    Figures(Vec<(String, String)>),
    Table(TableHtml),
    Chart(ChartHtml),
}

pub(crate) struct TableHtml {
    pub caption: String,
    pub header: Vec<String>,
    pub rows: Vec<RowHtml>,
    pub note: Option<String>,
    /// Some number reads `x`.
    pub hidden: bool,
}

pub(crate) struct RowHtml {
    pub label: String,
    pub cells: Vec<String>,
    pub total: bool,
}

pub(crate) struct ChartHtml {
    pub caption: String,
    /// Made by `naast_report::svg` (escaped there): shown as markup.
    pub svg: String,
    pub alt: String,
}

impl DocHtml {
    pub fn new(doc: &Doc, logo: Option<String>) -> DocHtml {
        let lang = Lang::parse(&doc.lang).unwrap_or_default();
        let doc = &doc.for_reading();
        let (mut tables, mut charts) = (0, 0);
        let sections = doc
            .sections
            .iter()
            .map(|s| SectionHtml {
                heading: s.heading.clone(),
                sub: s.level > 1,
                blocks: s
                    .blocks
                    .iter()
                    .map(|b| match b {
                        Block::Paragraph { .. } => BlockHtml::Text(
                            b.paragraphs()
                                .into_iter()
                                .map(|p| p.lines().map(|l| l.trim().to_string()).collect())
                                .collect(),
                        ),
                        Block::List { items } => BlockHtml::List(items.clone()),
                        Block::Figures { items } => BlockHtml::Figures(
                            items
                                .iter()
                                .map(|f| (f.label.clone(), f.value.clone()))
                                .collect(),
                        ),
                        Block::Table {
                            caption,
                            header,
                            rows,
                            note,
                        } => {
                            tables += 1;
                            BlockHtml::Table(TableHtml {
                                caption: numbered(lang.pick("Tabel", "Table"), tables, caption),
                                header: header.clone(),
                                rows: rows
                                    .iter()
                                    .map(|r| RowHtml {
                                        label: r.cells.first().cloned().unwrap_or_default(),
                                        cells: r.cells.iter().skip(1).cloned().collect(),
                                        total: r.total,
                                    })
                                    .collect(),
                                note: note.clone().filter(|n| !n.trim().is_empty()),
                                hidden: b.has_hidden(),
                            })
                        }
                        Block::Chart { svg, alt, caption } => {
                            charts += 1;
                            BlockHtml::Chart(ChartHtml {
                                caption: numbered(lang.pick("Figuur", "Figure"), charts, caption),
                                svg: svg.clone(),
                                alt: alt.clone(),
                            })
                        }
                    })
                    .collect(),
            })
            .collect();
        DocHtml {
            lang: doc.lang.clone(),
            title: doc.title.clone(),
            tenant: doc.tenant.clone(),
            subtitle: doc.subtitle.clone(),
            period: doc.period.clone(),
            concept: doc.concept,
            concept_label: doc.concept_label.clone(),
            concept_note: lang
                .pick(
                    "Deze rapportage is nog niet gepubliceerd. Tekst en cijfers kunnen nog veranderen.",
                    "This report is not published yet. Its text and numbers may still change.",
                )
                .to_string(),
            version_note: doc.version_note.clone(),
            footnote: doc.footnote.clone(),
            logo,
            logo_alt: doc.logo_alt.clone(),
            sections,
        }
    }

    /// True for a hidden number.
    pub fn is_hidden(&self, cell: &str) -> bool {
        cell.trim() == naast_report::release::HIDDEN
    }
}

fn numbered(word: &str, n: usize, caption: &str) -> String {
    if caption.trim().is_empty() {
        format!("{word} {n}")
    } else {
        format!("{word} {n}. {caption}")
    }
}

/// The report as a standalone page: inline CSS, no scripts, the logo inside.
#[derive(Template)]
#[template(path = "reports/standalone.html")]
struct Standalone {
    doc: DocHtml,
    colour: String,
}

/// A report document as a standalone, accessible HTML page: its styles inline, no scripts, and
/// the logo (when given, `(content type, bytes)`) inside as a data URI.
pub fn standalone_html(doc: &Doc, logo: Option<(&str, &[u8])>) -> String {
    use base64::Engine as _;
    let logo = logo.map(|(kind, bytes)| {
        format!(
            "data:{kind};base64,{}",
            base64::engine::general_purpose::STANDARD.encode(bytes)
        )
    });
    let colour = doc
        .colour
        .clone()
        .unwrap_or_else(|| naast_report::svg::DEFAULT_COLOUR.to_string());
    let page = Standalone {
        doc: DocHtml::new(doc, logo),
        // Dark enough for text on white (the charts use the same rule).
        colour: naast_report::svg::bar_colour(&colour),
    };
    page.render().unwrap_or_else(|e| {
        tracing::error!(error = %e, "report template failed");
        String::new()
    })
}

/// A report document as a standalone HTML page, without a logo.
pub fn report_html(doc: &Doc) -> String {
    standalone_html(doc, None)
}

/// One of a report's files, `report.pdf`, `report.xlsx`, `report.csv` or `report.html`, as a
/// download in `lang`. Through the report use case, so a municipality gets only its own
/// published reports.
pub(crate) async fn report_file(
    app: &App,
    who: &Principal,
    id: i64,
    file: &str,
    lang: Lang,
) -> Result<Response, AppError> {
    let ext = match file.strip_prefix("report.") {
        Some(e @ ("pdf" | "xlsx" | "csv" | "html")) => e,
        _ => return Err(AppError::NotFound),
    };
    let v = app.report(who, id).await?;
    view_file(app, v, ext, lang).await
}

/// A report view's file (`ext` is pdf, xlsx, csv or html) as a download.
pub(crate) async fn view_file(
    app: &App,
    v: ReportView,
    ext: &str,
    lang: Lang,
) -> Result<Response, AppError> {
    let mut res = crate::files::response(crate::files::report(app, &v, ext, lang).await?);
    if ext == "html" {
        // The file carries its own styles and nothing else.
        res.headers_mut().insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
            ),
        );
    }
    Ok(res)
}

/// What hiding more would hide in one table, in words.
pub(crate) struct FixText {
    pub table: String,
    pub what: String,
}

pub(crate) fn fix_text(e: &naast_report::protect::Extra, lang: Lang) -> FixText {
    use naast_report::protect::ExtraKind;
    let n = e.numbers;
    let what = match (e.kind, lang) {
        (ExtraKind::Withheld, Lang::Nl) => format!(
            "alleen het totaal tonen ({n} {} minder)",
            if n == 1 { "cijfer" } else { "cijfers" }
        ),
        (ExtraKind::Withheld, Lang::En) => format!(
            "show only the total ({n} {} fewer)",
            if n == 1 { "number" } else { "numbers" }
        ),
        (ExtraKind::Hidden, Lang::Nl) => format!(
            "{n} {} extra verbergen",
            if n == 1 { "cijfer" } else { "cijfers" }
        ),
        (ExtraKind::Hidden, Lang::En) => format!(
            "hide {n} more {}",
            if n == 1 { "number" } else { "numbers" }
        ),
    };
    FixText {
        table: naast_report::document::table_words(&e.table, lang),
        what,
    }
}

/// A finding of the audit gate in words: the table, the cell and why.
pub(crate) struct FindingText {
    pub table: String,
    pub cell: String,
    pub reason: String,
}

pub(crate) fn finding_text(
    f: &Finding,
    lang: Lang,
    providers: &std::collections::BTreeMap<String, String>,
) -> FindingText {
    let cell = naast_report::document::cell_words(&f.at, lang, providers);
    let reason = match f.reason.code() {
        "published_below_k" => lang.pick(
            "een aantal onder de drempel zou zichtbaar worden",
            "a count below the threshold would be shown",
        ),
        "exact" => lang.pick(
            "dit verborgen aantal is precies terug te rekenen uit de getoonde aantallen",
            "this hidden number can be worked out exactly from the numbers shown",
        ),
        "pinned_below_k" => lang.pick(
            "uit de getoonde aantallen blijkt dat dit verborgen aantal onder de drempel ligt",
            "the numbers shown reveal that this hidden number is below the threshold",
        ),
        "too_narrow" => lang.pick(
            "dit verborgen aantal is binnen een te smalle marge terug te rekenen",
            "this hidden number can be narrowed down too far",
        ),
        _ => lang.pick("de controle keurt dit af", "the check refuses this"),
    };
    FindingText {
        table: naast_report::document::table_words(&f.table, lang),
        cell,
        reason: reason.to_string(),
    }
}

// ---- The list of a municipality's reports ------------------------------------------------------

/// The status line over a report, the same in the back office and the portal.
pub(crate) struct ReportState {
    pub status: &'static str,
    /// The period in words ("4e kwartaal 2024"), never its code.
    pub period: String,
    /// The day it was published, in words; `None` for a draft or a report in review.
    pub published: Option<String>,
    pub discussed: Option<String>,
    /// `vervangt versie 1 van 10-07-2026` and the link to that version (a correction).
    pub replaces: Option<(String, String)>,
    /// This version was replaced: the words and the link to the latest version.
    pub replaced_by: Option<(String, String)>,
}

/// `vervangt versie 1 van 10-07-2026`: what a correction replaces, in a list or over a report.
pub(crate) fn replaces_words(o: &naast_app::reports::OtherVersion, lang: Lang) -> String {
    let day = ts_words(&o.published_at);
    if day.is_empty() {
        format!(
            "{} {}",
            lang.pick("vervangt versie", "replaces version"),
            o.version
        )
    } else {
        format!(
            "{} {} {} {day}",
            lang.pick("vervangt versie", "replaces version"),
            o.version,
            lang.pick("van", "of")
        )
    }
}

impl ReportState {
    /// `base` is where the reader opens a report: `/admin/reports` or `/portal/reports`.
    pub(crate) fn of(v: &ReportView, lang: Lang, base: &str) -> ReportState {
        ReportState {
            status: status_label(&v.status, lang),
            period: period_words(v.year, v.quarter, lang),
            published: (!v.concept).then(|| ts_words(&v.published_at)),
            discussed: v.discussed_on.as_deref().map(day_words),
            replaces: v
                .replaces
                .as_ref()
                .map(|o| (replaces_words(o, lang), format!("{base}/{}", o.id))),
            replaced_by: v.replaced_by.as_ref().map(|o| {
                (
                    format!(
                        "{} {} {}",
                        lang.pick("Lees versie", "Read version"),
                        o.version,
                        lang.pick("(de nieuwste)", "(the latest)")
                    ),
                    format!("{base}/{}", o.id),
                )
            }),
        }
    }
}
