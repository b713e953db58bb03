//! Reading an import file: JSON Lines, or CSV/XLSX with the same columns (nested fields
//! flattened as `citizen.name`, `citizen.email`, `citizen.phone`). Line numbers are the file's
//! own (a spreadsheet's header is line 1, so its first case is line 2).

use super::ImportLine;
use naast_core::import::{ImportCitizen, ImportRow};

/// The format, from the file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    JsonLines,
    Csv,
    Xlsx,
}

impl Format {
    pub fn from_name(name: &str) -> Option<Format> {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") || lower.ends_with(".json") {
            Some(Format::JsonLines)
        } else if lower.ends_with(".csv") {
            Some(Format::Csv)
        } else if lower.ends_with(".xlsx") {
            Some(Format::Xlsx)
        } else {
            None
        }
    }
}

const COLUMNS: [&str; 13] = [
    "reference",
    "opened_on",
    "closed_on",
    "channel",
    "area",
    "organisation",
    "nature",
    "outcome",
    "minutes",
    "citizen.name",
    "citizen.email",
    "citizen.phone",
    "story",
];

/// Reads the whole file into lines; a file that cannot be read at all is one problem on line 1.
pub fn read(format: Format, bytes: &[u8]) -> Vec<ImportLine> {
    match format {
        Format::JsonLines => json_lines(bytes),
        Format::Csv => csv_rows(bytes),
        Format::Xlsx => xlsx_rows(bytes),
    }
}

fn json_lines(bytes: &[u8]) -> Vec<ImportLine> {
    let text = String::from_utf8_lossy(bytes);
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| ImportLine {
            line: i + 1,
            identity: l.trim().to_string(),
            row: serde_json::from_str::<ImportRow>(l).map_err(|e| e.to_string()),
        })
        .collect()
}

/// Builds a row from `(column, value)` cells.
fn row_from_cells(header: &[String], cells: &[String]) -> Result<ImportRow, String> {
    let mut row = ImportRow::default();
    let mut citizen = ImportCitizen::default();
    for (col, value) in header.iter().zip(cells.iter()) {
        let v = value.trim();
        let opt = || (!v.is_empty()).then(|| v.to_string());
        match col.as_str() {
            "reference" => row.reference = opt(),
            "opened_on" => row.opened_on = v.to_string(),
            "closed_on" => row.closed_on = opt(),
            "channel" => row.channel = v.to_string(),
            "area" => row.area = v.to_string(),
            "organisation" => row.organisation = v.to_string(),
            "nature" => row.nature = v.to_string(),
            "outcome" => row.outcome = opt(),
            "minutes" => {
                row.minutes = match v {
                    "" => None,
                    n => Some(
                        n.parse::<f64>()
                            .map_err(|_| format!("minutes: '{n}' is not a number"))?
                            as i64,
                    ),
                }
            }
            "citizen.name" => citizen.name = opt(),
            "citizen.email" => citizen.email = opt(),
            "citizen.phone" => citizen.phone = opt(),
            "story" => row.story = opt(),
            _ => {}
        }
    }
    if citizen != ImportCitizen::default() {
        row.citizen = Some(citizen);
    }
    Ok(row)
}

fn check_header(header: &[String]) -> Result<(), String> {
    for h in header {
        if !COLUMNS.contains(&h.as_str()) {
            return Err(format!(
                "unknown column '{h}'; the columns are {}",
                COLUMNS.join(", ")
            ));
        }
    }
    Ok(())
}

fn tabular(rows: Vec<(usize, Vec<String>)>) -> Vec<ImportLine> {
    let mut it = rows.into_iter();
    let Some((_, header)) = it.next() else {
        return Vec::new();
    };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
    if let Err(e) = check_header(&header) {
        return vec![ImportLine {
            line: 1,
            identity: String::new(),
            row: Err(e),
        }];
    }
    it.filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        .map(|(line, cells)| ImportLine {
            line,
            identity: cells.join("\u{1f}"),
            row: row_from_cells(&header, &cells),
        })
        .collect()
}

fn csv_rows(bytes: &[u8]) -> Vec<ImportLine> {
    // Spreadsheets in the Netherlands often save CSV with semicolons.
    let first = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let delimiter = if first.iter().filter(|b| **b == b';').count()
        > first.iter().filter(|b| **b == b',').count()
    {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(bytes);
    let mut rows = Vec::new();
    for (i, rec) in reader.records().enumerate() {
        match rec {
            Ok(r) => {
                let line = r.position().map(|p| p.line() as usize).unwrap_or(i + 1);
                rows.push((
                    line,
                    r.iter()
                        .map(|c| c.trim_start_matches('\u{feff}').to_string())
                        .collect(),
                ));
            }
            Err(e) => {
                return vec![ImportLine {
                    line: i + 1,
                    identity: String::new(),
                    row: Err(e.to_string()),
                }];
            }
        }
    }
    tabular(rows)
}

fn xlsx_rows(bytes: &[u8]) -> Vec<ImportLine> {
    use calamine::{Data, Reader, Xlsx};
    let mut book = match Xlsx::new(std::io::Cursor::new(bytes.to_vec())) {
        Ok(b) => b,
        Err(e) => {
            return vec![ImportLine {
                line: 1,
                identity: String::new(),
                row: Err(format!("not an XLSX workbook: {e}")),
            }];
        }
    };
    let Some(Ok(range)) = book.worksheet_range_at(0) else {
        return vec![ImportLine {
            line: 1,
            identity: String::new(),
            row: Err("the workbook has no sheet".into()),
        }];
    };
    let start = range.start().map(|(r, _)| r as usize).unwrap_or(0);
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            let text = cells
                .iter()
                .map(|c| match c {
                    Data::Empty => String::new(),
                    Data::String(s) => s.clone(),
                    Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
                    Data::Float(f) => f.to_string(),
                    Data::Int(n) => n.to_string(),
                    Data::Bool(b) => b.to_string(),
                    Data::DateTimeIso(s) | Data::DurationIso(s) => s.chars().take(10).collect(),
                    other => other.to_string(),
                })
                .collect();
            (start + i + 1, text)
        })
        .collect();
    tabular(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_with_semicolons_and_flattened_citizen_columns_is_read() {
        let csv = "opened_on;channel;area;organisation;nature;citizen.name\n2025-01-02;phone;wmo;municipality;treatment;Jan\n";
        let lines = read(Format::Csv, csv.as_bytes());
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].line, 2);
        let row = lines[0].row.clone().unwrap_or_default();
        assert_eq!(row.citizen.and_then(|c| c.name).as_deref(), Some("Jan"));
    }

    #[test]
    fn an_unknown_column_is_named() {
        let lines = read(Format::Csv, b"opened_on,colour\n2025-01-01,red\n");
        assert!(
            lines[0]
                .row
                .as_ref()
                .err()
                .is_some_and(|e| e.contains("colour"))
        );
    }

    #[test]
    fn json_lines_keep_their_line_numbers_and_refuse_unknown_fields() {
        let lines = read(
            Format::JsonLines,
            b"{\"opened_on\":\"2025-01-01\"}\n\n{\"colour\":1}\nnot json\n",
        );
        assert_eq!(
            lines.iter().map(|l| l.line).collect::<Vec<_>>(),
            vec![1, 3, 4]
        );
        assert!(lines[0].row.is_ok() && lines[1].row.is_err() && lines[2].row.is_err());
    }
}
