//! A release table as the reader sees it: categories in the plan's order, every number as digits
//! or `x`.

use super::labels::{self, t};
use super::{Block, Row};
use crate::release::{HIDDEN, Table, Value};
use crate::svg;
use naast_core::Lang;
use std::collections::BTreeMap;

/// A number as shown: digits, or `x` for every number that is not published exactly.
pub fn shown(v: &Value) -> String {
    match v {
        Value::Count(n) => n.to_string(),
        _ => HIDDEN.to_string(),
    }
}

/// One table of a report, read for display: its row and column categories in order of first
/// appearance (the plan's order) and its numbers by position.
pub(crate) struct View<'a> {
    pub table: &'a Table,
    pub rows: Vec<String>,
    pub cols: Vec<String>,
}

impl<'a> View<'a> {
    pub fn new(table: &'a Table) -> View<'a> {
        let order = |dim: Option<&String>| -> Vec<String> {
            let Some(dim) = dim else {
                return Vec::new();
            };
            let mut out: Vec<String> = Vec::new();
            for e in table.cells.iter().chain(&table.margins) {
                if let Some(c) = e.at.get(dim)
                    && !out.contains(c)
                {
                    out.push(c.clone());
                }
            }
            out
        };
        View {
            rows: order(table.dimensions.first()),
            cols: order(table.dimensions.get(1)),
            table,
        }
    }

    pub fn row_dim(&self) -> Option<&str> {
        self.table.dimensions.first().map(String::as_str)
    }

    pub fn col_dim(&self) -> Option<&str> {
        self.table.dimensions.get(1).map(String::as_str)
    }

    /// The number at a row (`None`: the total over rows) and column (`None`: the total over
    /// columns).
    pub fn value(&self, row: Option<&str>, col: Option<&str>) -> Option<&'a Value> {
        let mut at = BTreeMap::new();
        if let (Some(d), Some(c)) = (self.row_dim(), row) {
            at.insert(d.to_string(), c.to_string());
        }
        if let (Some(d), Some(c)) = (self.col_dim(), col) {
            at.insert(d.to_string(), c.to_string());
        }
        self.table
            .cells
            .iter()
            .chain(&self.table.margins)
            .find(|e| e.at == at)
            .map(|e| &e.value)
    }

    fn text(&self, row: Option<&str>, col: Option<&str>) -> String {
        self.value(row, col).map(shown).unwrap_or_default()
    }

    /// What the table counts: `cases`, `closed`, `activities` or `citizens` (the release names
    /// each period's citizens a population of its own: `citizens 2026-Q2`).
    pub fn population(&self) -> &'a str {
        let p = self.table.population();
        p.split(' ').next().unwrap_or(p)
    }

    /// The caption of the table.
    pub fn caption(&self, lang: Lang) -> String {
        let dims: Vec<&str> = self.table.dimensions.iter().map(String::as_str).collect();
        labels::caption(self.population(), &dims, lang)
    }

    /// The table as a block: one-way tables a row per category; two-way tables a column per
    /// category of the second dimension; both with totals.
    pub fn block(&self, lang: Lang, providers: &BTreeMap<String, String>) -> Block {
        let total = t(lang, "Totaal", "Total");
        let label = |dim: Option<&str>, code: &str| match dim {
            Some(d) => labels::category(d, code, lang, providers),
            None => code.to_string(),
        };
        let (header, rows) = match self.col_dim() {
            None => {
                let mut rows: Vec<Row> = self
                    .rows
                    .iter()
                    .map(|r| Row {
                        cells: vec![label(self.row_dim(), r), self.text(Some(r), None)],
                        total: false,
                    })
                    .collect();
                rows.push(Row {
                    cells: vec![total.clone(), self.text(None, None)],
                    total: true,
                });
                let header = vec![
                    self.row_dim()
                        .map(|d| labels::dimension(d, lang))
                        .unwrap_or_default(),
                    t(lang, "Aantal", "Number"),
                ];
                (header, rows)
            }
            Some(cd) => {
                // Two-way tables are wide: categories without their explanation in brackets.
                let label = |dim: Option<&str>, code: &str| labels::short(&label(dim, code));
                let mut header = vec![
                    self.row_dim()
                        .map(|d| labels::dimension(d, lang))
                        .unwrap_or_default(),
                ];
                header.extend(self.cols.iter().map(|c| label(Some(cd), c)));
                header.push(total.clone());
                let line = |r: Option<&str>| -> Vec<String> {
                    self.cols
                        .iter()
                        .map(|c| self.text(r, Some(c)))
                        .chain(std::iter::once(self.text(r, None)))
                        .collect()
                };
                let mut rows: Vec<Row> = self
                    .rows
                    .iter()
                    .map(|r| Row {
                        cells: std::iter::once(label(self.row_dim(), r))
                            .chain(line(Some(r)))
                            .collect(),
                        total: false,
                    })
                    .collect();
                rows.push(Row {
                    cells: std::iter::once(total.clone()).chain(line(None)).collect(),
                    total: true,
                });
                (header, rows)
            }
        };
        Block::Table {
            caption: self.caption(lang),
            header,
            rows,
            note: None,
        }
    }

    /// A bar chart of a one-way table (no chart for two-way tables), with short labels.
    pub fn chart(
        &self,
        lang: Lang,
        providers: &BTreeMap<String, String>,
        colour: &str,
    ) -> Option<Block> {
        if self.col_dim().is_some() || self.rows.is_empty() {
            return None;
        }
        let dim = self.row_dim()?;
        let bars: Vec<(String, Option<u64>)> = self
            .rows
            .iter()
            .map(|r| {
                let v = match self.value(Some(r), None) {
                    Some(Value::Count(n)) => Some(*n),
                    _ => None,
                };
                (labels::short(&labels::category(dim, r, lang, providers)), v)
            })
            .collect();
        let caption = self.caption(lang);
        Some(Block::Chart {
            svg: svg::bar_chart(&caption, &bars, colour),
            alt: svg::alt_text(&caption, &bars, lang),
            caption,
        })
    }
}
