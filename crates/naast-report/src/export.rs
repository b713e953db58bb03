//! A report's numbers as files: CSV (every number in long format, for analysis) and XLSX (the
//! document's tables, a sheet each, for people who work in a spreadsheet). Hidden numbers are
//! `x` in both, as everywhere.

use crate::content::Content;
use crate::document::{self, Block, Doc, View};
use crate::release::HIDDEN;
use naast_core::Lang;
use rust_xlsxwriter::{Format, FormatBorder, Workbook, Worksheet};
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("CSV export: {0}")]
    Csv(#[from] csv::Error),
    #[error("XLSX export: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
}

/// The columns of the CSV export.
pub const CSV_HEADER: [&str; 10] = [
    "table",
    "period",
    "population",
    "row_dimension",
    "row_code",
    "row_label",
    "column_dimension",
    "column_code",
    "column_label",
    "value",
];

/// A label safe to open in a spreadsheet: text that a spreadsheet would read as a formula gets
/// a leading apostrophe.
fn cell_text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// Every number of the report's tables, one per line, in long format with the header
/// [`CSV_HEADER`]: the table's id and period, the population counted, the row's and column's
/// dimension, code and label (empty code, label "Totaal", for a total), and the value, `x` when
/// hidden. Then the throughput and hours (`x` for groups too small to show), outreach, and the
/// earlier periods' totals. UTF-8, comma-separated, RFC 4180 quoting and line ends.
pub fn csv(
    content: &Content,
    lang: Lang,
    providers: &BTreeMap<String, String>,
) -> Result<Vec<u8>, ExportError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(CSV_HEADER)?;
    let total = lang.pick("Totaal", "Total");
    let label = |dim: &str, code: Option<&str>| match code {
        Some(c) => cell_text(&document::category(dim, c, lang, providers)),
        None => total.to_string(),
    };
    for t in &content.tables {
        let v = View::new(t);
        let period = t.id.split(' ').next().unwrap_or_default();
        let rows: Vec<Option<&str>> = v
            .rows
            .iter()
            .map(|r| Some(r.as_str()))
            .chain(std::iter::once(None))
            .collect();
        let cols: Vec<Option<&str>> = match v.col_dim() {
            Some(_) => v
                .cols
                .iter()
                .map(|c| Some(c.as_str()))
                .chain(std::iter::once(None))
                .collect(),
            None => vec![None],
        };
        for r in &rows {
            for c in &cols {
                let Some(value) = v.value(*r, *c) else {
                    continue;
                };
                let (rd, rc, rl) = match v.row_dim() {
                    Some(d) => (d, r.unwrap_or_default(), label(d, *r)),
                    None => ("", "", total.to_string()),
                };
                let (cd, cc, cl) = match v.col_dim() {
                    Some(d) => (d, c.unwrap_or_default(), label(d, *c)),
                    None => ("", "", String::new()),
                };
                w.write_record([
                    t.id.as_str(),
                    period,
                    v.population(),
                    rd,
                    rc,
                    &rl,
                    cd,
                    cc,
                    &cl,
                    &document::shown(value),
                ])?;
            }
        }
    }
    let period = crate::period_label(content.year, content.quarter);
    let stats_id = format!("{period} closed duration and hours");
    let measures = [
        ("median_days", lang.pick("Dagen, mediaan", "Days, median")),
        (
            "p90_days",
            lang.pick("Dagen, 90e percentiel", "Days, 90th percentile"),
        ),
        ("hours_total", lang.pick("Uren, totaal", "Hours, total")),
        (
            "median_hours",
            lang.pick("Uren per kwestie, mediaan", "Hours per case, median"),
        ),
    ];
    for s in &content.stats {
        let (code, row_label) = match &s.area {
            Some(a) => (a.as_str(), label("area", Some(a))),
            None => (
                "",
                lang.pick("Alle afgesloten kwesties", "All closed cases")
                    .to_string(),
            ),
        };
        let values = [
            s.median_days.map(|n| n.to_string()),
            s.p90_days.map(|n| n.to_string()),
            s.hours_total.map(|n| n.to_string()),
            s.median_hours.map(|h| h.to_string()),
        ];
        for ((m, m_label), value) in measures.iter().zip(values) {
            let value = if s.shown {
                value.unwrap_or_default()
            } else {
                HIDDEN.to_string()
            };
            w.write_record([
                stats_id.as_str(),
                &period,
                "closed",
                "area",
                code,
                &row_label,
                "measure",
                m,
                m_label,
                &value,
            ])?;
        }
    }
    let outreach_id = format!("{period} outreach");
    for (kind, times, attendance) in &content.outreach {
        let kind_label = label("kind", Some(kind));
        for (m, m_label, n) in [
            ("times", lang.pick("Aantal keer", "Times"), times),
            (
                "attendance",
                lang.pick("Aantal aanwezigen", "Attendance"),
                attendance,
            ),
        ] {
            w.write_record([
                outreach_id.as_str(),
                &period,
                "outreach",
                "kind",
                kind,
                &kind_label,
                "measure",
                m,
                m_label,
                &n.to_string(),
            ])?;
        }
    }
    let mut earlier = content.comparison.clone();
    earlier.sort_by_key(|e| (e.year, e.quarter));
    for e in &earlier {
        let p = crate::period_label(e.year, e.quarter);
        for (pop, n) in [
            ("cases", e.kwesties),
            ("citizens", e.citizens),
            ("closed", e.closed),
        ] {
            w.write_record([
                "comparison",
                p.as_str(),
                pop,
                "",
                "",
                total,
                "",
                "",
                "",
                &n.to_string(),
            ])?;
        }
    }
    w.flush().map_err(csv::Error::from)?;
    w.into_inner()
        .map_err(|e| ExportError::Csv(csv::Error::from(e.into_error())))
}

/// Excel's rules for a sheet name: at most 31 characters, none of `[]:*?/\`, no apostrophe at
/// either end, unique regardless of case.
fn sheet_name(wanted: &str, taken: &mut Vec<String>) -> String {
    let clean: String = wanted
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') && !c.is_control())
        .collect();
    let clean = clean.trim().trim_matches('\'').trim().to_string();
    let base = if clean.is_empty() {
        "Tabel".to_string()
    } else {
        clean
    };
    let mut n = 1;
    loop {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!(" ({n})")
        };
        let keep = 31 - suffix.chars().count();
        let head: String = base.chars().take(keep).collect();
        let name = format!("{}{suffix}", head.trim_end());
        if !taken
            .iter()
            .any(|t| t.to_lowercase() == name.to_lowercase())
        {
            taken.push(name.clone());
            return name;
        }
        n += 1;
    }
}

/// A cell's text as a number, when it is one: digits, or a decimal with the language's sign.
fn number(s: &str, lang: Lang) -> Option<f64> {
    let s = s.trim();
    if s.is_empty() || s.len() > 15 {
        return None;
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse::<u64>().ok().map(|n| n as f64);
    }
    let sign = match lang {
        Lang::Nl => ',',
        Lang::En => '.',
    };
    let (int, frac) = s.split_once(sign)?;
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    (digits(int) && digits(frac))
        .then(|| format!("{int}.{frac}").parse().ok())
        .flatten()
}

/// The document's tables as a workbook: a summary sheet with the key figures, what `x` means
/// and a list of the tables; then a sheet per table (named after its number and caption, as in
/// the PDF): caption in A1, the header row bold, numbers as numbers, `x` as text, total rows
/// bold, the table's note and what `x` means below it.
pub fn xlsx(doc: &Doc) -> Result<Vec<u8>, ExportError> {
    let lang = naast_core::Lang::parse(&doc.lang).unwrap_or_default();
    let mut wb = Workbook::new();
    let props = rust_xlsxwriter::DocProperties::new()
        .set_title(&doc.title)
        .set_company(&doc.tenant);
    wb.set_properties(&props);
    let title = Format::new().set_bold().set_font_size(14);
    let bold = Format::new().set_bold();
    let header = Format::new()
        .set_bold()
        .set_border_bottom(FormatBorder::Thin)
        .set_text_wrap();
    let total = Format::new().set_bold().set_border_top(FormatBorder::Thin);
    let italic = Format::new().set_italic();
    let mut taken = Vec::new();
    let tables: Vec<&Block> = doc.tables().collect();

    // The summary.
    let summary_name = sheet_name(lang.pick("Samenvatting", "Summary"), &mut taken);
    let sheet_names: Vec<String> = tables
        .iter()
        .enumerate()
        .map(|(i, b)| {
            sheet_name(
                &format!("{} {}", i + 1, b.caption().unwrap_or("")),
                &mut taken,
            )
        })
        .collect();
    let ws = wb.add_worksheet();
    ws.set_name(&summary_name)?;
    ws.set_column_width(0, 40)?;
    ws.set_column_width(1, 14)?;
    let mut row: u32 = 0;
    ws.write_string_with_format(row, 0, &doc.title, &title)?;
    row += 1;
    for line in [&doc.tenant, &doc.subtitle, &doc.period] {
        if !line.is_empty() {
            ws.write_string(row, 0, line)?;
            row += 1;
        }
    }
    if doc.concept {
        ws.write_string_with_format(row, 0, &doc.concept_label, &bold)?;
        row += 1;
    }
    if let Some(note) = &doc.version_note {
        ws.write_string(row, 0, note)?;
        row += 1;
    }
    row += 1;
    ws.write_string_with_format(row, 0, lang.pick("Kerncijfers", "Key figures"), &bold)?;
    row += 1;
    for f in doc.figures() {
        ws.write_string(row, 0, &f.label)?;
        match number(&f.value, lang) {
            Some(n) => ws.write_number(row, 1, n)?,
            None => ws.write_string(row, 1, &f.value)?,
        };
        row += 1;
    }
    row += 1;
    ws.write_string_with_format(row, 0, &doc.footnote, &italic)?;
    row += 2;
    if !sheet_names.is_empty() {
        ws.write_string_with_format(row, 0, lang.pick("Tabellen", "Tables"), &bold)?;
        row += 1;
        for (name, b) in sheet_names.iter().zip(&tables) {
            ws.write_string(row, 0, name)?;
            ws.write_string(row, 1, b.caption().unwrap_or(""))?;
            row += 1;
        }
    }

    // A sheet per table.
    for (name, b) in sheet_names.iter().zip(&tables) {
        let Block::Table {
            caption,
            header: head,
            rows,
            note,
        } = b
        else {
            continue;
        };
        let ws: &mut Worksheet = wb.add_worksheet();
        ws.set_name(name)?;
        let top: u32 = 2;
        for (c, h) in head.iter().enumerate() {
            ws.write_string_with_format(top, col(c)?, h, &header)?;
        }
        for (i, r) in rows.iter().enumerate() {
            let at = top + 1 + u32::try_from(i).unwrap_or(u32::MAX - top - 1);
            for (c, text) in r.cells.iter().enumerate().take(head.len().max(1)) {
                let c = col(c)?;
                let num = if c == 0 { None } else { number(text, lang) };
                match (num, r.total) {
                    (Some(n), true) => ws.write_number_with_format(at, c, n, &total)?,
                    (Some(n), false) => ws.write_number(at, c, n)?,
                    (None, true) => ws.write_string_with_format(at, c, text, &total)?,
                    (None, false) => ws.write_string(at, c, text)?,
                };
            }
        }
        // Widths from the table itself, before the long lines around it are written.
        ws.autofit();
        ws.set_freeze_panes(top + 1, 0)?;
        ws.write_string_with_format(0, 0, caption, &title)?;
        let mut below = top + 2 + u32::try_from(rows.len()).unwrap_or(0);
        if let Some(note) = note.as_deref().filter(|n| !n.is_empty()) {
            ws.write_string(below, 0, note)?;
            below += 1;
        }
        ws.write_string_with_format(below, 0, &doc.footnote, &italic)?;
    }
    Ok(wb.save_to_buffer()?)
}

fn col(c: usize) -> Result<u16, ExportError> {
    u16::try_from(c).map_err(|_| {
        ExportError::Xlsx(rust_xlsxwriter::XlsxError::ParameterError(
            "too many columns".to_string(),
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_valid_and_unique() {
        let mut taken = Vec::new();
        let a = sheet_name("1 Kwesties naar domein en aard van de onvrede", &mut taken);
        assert_eq!(a, "1 Kwesties naar domein en aard");
        let b = sheet_name("1 Kwesties naar domein en aard van de onvrede!", &mut taken);
        assert!(b.ends_with(" (2)") && b.chars().count() <= 31, "{b}");
        assert_eq!(sheet_name("'a/b[c]:d*e?f\\'", &mut taken), "abcdef");
        assert_eq!(sheet_name("ABCDEF", &mut taken), "ABCDEF (2)");
    }

    #[test]
    fn numbers_are_read_in_the_language() {
        assert_eq!(number("12", Lang::Nl), Some(12.0));
        assert_eq!(number("1,5", Lang::Nl), Some(1.5));
        assert_eq!(number("1.5", Lang::Nl), None);
        assert_eq!(number("1.5", Lang::En), Some(1.5));
        for s in ["x", "—", "te weinig kwesties", "", "2026 Q1", "-3"] {
            assert_eq!(number(s, Lang::Nl), None, "{s}");
        }
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(cell_text("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(cell_text("Wmo"), "Wmo");
    }
}
