//! A report's numbers as files: CSV (every number in long format, for analysis) and XLSX (the
//! document's tables, a sheet each, for people who work in a spreadsheet, and the CSV's lines
//! on a sheet of their own). Hidden numbers are `x` in both, as everywhere.
//!
//! The CSV's first ten columns are a contract (`CONTRACTS.md`, and the open data's
//! `datapackage.json`, [`crate::open_data`]): their names, order and codes never change, and
//! numbers are plain digits. The labels in the report's language follow them, as the page
//! shows them.

mod xlsx;

use crate::content::Content;
use crate::document::{self, View};
use crate::release::HIDDEN;
use naast_core::Lang;
use std::collections::BTreeMap;

pub use xlsx::xlsx;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("CSV export: {0}")]
    Csv(#[from] csv::Error),
    #[error("XLSX export: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
}

/// How many columns a line has.
pub const COLUMNS: usize = 14;

/// The columns of the CSV export: the machine columns (codes), then the labels in the
/// report's language.
pub const CSV_HEADER: [&str; COLUMNS] = [
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
    "table_label",
    "population_label",
    "row_dimension_label",
    "column_dimension_label",
];

/// The index of the `value` column.
pub const VALUE: usize = 9;

/// One line of the CSV, column by column as [`CSV_HEADER`] names them.
pub type Line = [String; COLUMNS];

/// A label safe to open in a spreadsheet: text that a spreadsheet would read as a formula gets
/// a leading apostrophe.
fn cell_text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// The machine part of a line (codes) and its labels, before they are put in order.
struct Parts<'a> {
    table: &'a str,
    period: &'a str,
    population: &'a str,
    row: (&'a str, &'a str, String),
    col: (&'a str, &'a str, String),
    value: String,
    table_label: String,
}

/// The name of a dimension as the page shows it; `measure` (the columns of the throughput
/// and outreach tables) reads "Maat"; none is empty.
fn dimension_label(dim: &str, lang: Lang) -> String {
    match dim {
        "" => String::new(),
        "measure" => lang.pick("Maat", "Measure").to_string(),
        d => document::dimension(d, lang),
    }
}

/// What a population counts; outreach counts the confidant's own sessions.
fn population_label(pop: &str, lang: Lang) -> String {
    match pop {
        "outreach" => lang.pick("Bereik", "Outreach").to_string(),
        p => document::population(p, lang),
    }
}

impl Parts<'_> {
    fn line(self, lang: Lang) -> Line {
        [
            self.table.to_string(),
            self.period.to_string(),
            self.population.to_string(),
            self.row.0.to_string(),
            self.row.1.to_string(),
            self.row.2,
            self.col.0.to_string(),
            self.col.1.to_string(),
            self.col.2,
            self.value,
            cell_text(&self.table_label),
            cell_text(&population_label(self.population, lang)),
            dimension_label(self.row.0, lang),
            dimension_label(self.col.0, lang),
        ]
    }
}

/// Every number of the report, one a line, in the order of [`CSV_HEADER`]: the table's id and
/// period, the population counted, the row's and column's dimension, code and label (empty
/// code, label "Totaal", for a total), and the value (`x` when hidden); then the labels of the
/// table, the population and the dimensions. The tables first, then the throughput and hours
/// (`x` for groups too small to show), outreach, and the earlier periods' totals.
pub fn lines(content: &Content, lang: Lang, providers: &BTreeMap<String, String>) -> Vec<Line> {
    let mut out = Vec::new();
    let total = lang.pick("Totaal", "Total");
    let label = |dim: &str, code: Option<&str>| match code {
        Some(c) => cell_text(&document::category(dim, c, lang, providers)),
        None => total.to_string(),
    };
    for t in &content.tables {
        let v = View::new(t);
        let period = t.id.split(' ').next().unwrap_or_default();
        let table_label = document::table_words(&t.id, lang);
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
                let row = match v.row_dim() {
                    Some(d) => (d, r.unwrap_or_default(), label(d, *r)),
                    None => ("", "", total.to_string()),
                };
                let col = match v.col_dim() {
                    Some(d) => (d, c.unwrap_or_default(), label(d, *c)),
                    None => ("", "", String::new()),
                };
                let parts = Parts {
                    table: &t.id,
                    period,
                    population: v.population(),
                    row,
                    col,
                    value: document::shown(value),
                    table_label: table_label.clone(),
                };
                out.push(parts.line(lang));
            }
        }
    }
    let period = crate::period_label(content.year, content.quarter);
    let period_words = period.replace("-Q", " Q");
    let stats_id = format!("{period} closed duration and hours");
    let stats_label = format!(
        "{} ({period_words})",
        lang.pick(
            "Doorlooptijd en bestede uren per domein",
            "Duration and hours spent by area"
        )
    );
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
            let parts = Parts {
                table: &stats_id,
                period: &period,
                population: "closed",
                row: ("area", code, row_label.clone()),
                col: ("measure", m, m_label.to_string()),
                value,
                table_label: stats_label.clone(),
            };
            out.push(parts.line(lang));
        }
    }
    let outreach_id = format!("{period} outreach");
    let outreach_label = format!(
        "{} ({period_words})",
        lang.pick(
            "Spreekuren, voorlichting en publiciteit",
            "Walk-in hours, information and publicity"
        )
    );
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
            let parts = Parts {
                table: &outreach_id,
                period: &period,
                population: "outreach",
                row: ("kind", kind, kind_label.clone()),
                col: ("measure", m, m_label.to_string()),
                value: n.to_string(),
                table_label: outreach_label.clone(),
            };
            out.push(parts.line(lang));
        }
    }
    let mut earlier = content.comparison.clone();
    earlier.sort_by_key(|e| (e.year, e.quarter));
    let comparison_label = lang.pick(
        "Vergelijking met eerdere perioden",
        "Comparison with earlier periods",
    );
    for e in &earlier {
        let p = crate::period_label(e.year, e.quarter);
        for (pop, n) in [
            ("cases", e.kwesties),
            ("citizens", e.citizens),
            ("closed", e.closed),
        ] {
            let parts = Parts {
                table: "comparison",
                period: &p,
                population: pop,
                row: ("", "", total.to_string()),
                col: ("", "", String::new()),
                value: n.to_string(),
                table_label: comparison_label.to_string(),
            };
            out.push(parts.line(lang));
        }
    }
    out
}

/// Every number of the report's tables as CSV: the header [`CSV_HEADER`] and [`lines`].
/// UTF-8, comma-separated, RFC 4180 quoting and line ends.
pub fn csv(
    content: &Content,
    lang: Lang,
    providers: &BTreeMap<String, String>,
) -> Result<Vec<u8>, ExportError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(CSV_HEADER)?;
    for line in lines(content, lang, providers) {
        w.write_record(&line)?;
    }
    w.flush().map_err(csv::Error::from)?;
    w.into_inner()
        .map_err(|e| ExportError::Csv(csv::Error::from(e.into_error())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(cell_text("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(cell_text("Wmo"), "Wmo");
    }

    #[test]
    fn the_machine_columns_come_first_and_stay() {
        assert_eq!(
            &CSV_HEADER[..10],
            [
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
            ]
        );
        assert_eq!(CSV_HEADER[VALUE], "value");
        assert_eq!(dimension_label("area", Lang::Nl), "Domein");
        assert_eq!(dimension_label("measure", Lang::En), "Measure");
        assert_eq!(dimension_label("", Lang::Nl), "");
        assert_eq!(population_label("closed", Lang::Nl), "Afgesloten kwesties");
        assert_eq!(population_label("outreach", Lang::Nl), "Bereik");
    }
}
