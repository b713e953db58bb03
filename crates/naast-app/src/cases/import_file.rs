//! Reading an import file: JSON Lines, or CSV/XLSX with the same columns (nested fields
//! flattened as `citizen.name`, `citizen.email`, `citizen.phone`). Line numbers are the file's
//! own (a spreadsheet's header is line 1, so its first case is line 2).
//!
//! Limits, the same for the page, the API and the command line: at most [`MAX_ROWS`] rows, and
//! an XLSX (a zip archive) that unpacks to at most [`MAX_UNPACKED`] bytes — checked from the
//! archive's directory before anything is unpacked, and again while unpacking, since the
//! directory may lie.

use super::ImportLine;
use crate::AppError;
use naast_core::Msg;
use naast_core::import::{ImportCitizen, ImportRow};
use std::io::Read;

/// The most rows (cases) one file may hold.
pub const MAX_ROWS: usize = 200_000;
/// The most bytes an XLSX may unpack to.
pub const MAX_UNPACKED: u64 = 100 * 1024 * 1024;

/// Why a file is refused as a whole, before its rows are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("the workbook unpacks to more than {} MB", MAX_UNPACKED / (1024 * 1024))]
    Unpacked,
    #[error("the file has more than {MAX_ROWS} rows")]
    TooManyRows,
}

impl From<Refused> for AppError {
    fn from(r: Refused) -> AppError {
        match r {
            Refused::Unpacked => AppError::field(
                "file",
                Msg::ImportUnpackedTooLarge(MAX_UNPACKED / (1024 * 1024)),
            ),
            Refused::TooManyRows => AppError::field("file", Msg::ImportTooManyRows(MAX_ROWS)),
        }
    }
}

/// Reads an import file on a blocking thread (parsing a large file takes a while), within the
/// limits above.
pub async fn read_file(format: Format, bytes: Vec<u8>) -> Result<Vec<ImportLine>, AppError> {
    tokio::task::spawn_blocking(move || read(format, &bytes))
        .await
        .map_err(|_| AppError::Internal("import reader stopped".into()))?
        .map_err(AppError::from)
}

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
/// A file over the limits is refused.
pub fn read(format: Format, bytes: &[u8]) -> Result<Vec<ImportLine>, Refused> {
    match format {
        Format::JsonLines => json_lines(bytes),
        Format::Csv => csv_rows(bytes),
        Format::Xlsx => xlsx_rows(bytes),
    }
}

fn json_lines(bytes: &[u8]) -> Result<Vec<ImportLine>, Refused> {
    let text = String::from_utf8_lossy(bytes);
    if text.lines().filter(|l| !l.trim().is_empty()).count() > MAX_ROWS {
        return Err(Refused::TooManyRows);
    }
    Ok(text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| ImportLine {
            line: i + 1,
            identity: l.trim().to_string(),
            row: serde_json::from_str::<ImportRow>(l).map_err(|e| e.to_string()),
        })
        .collect())
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

fn tabular(rows: Vec<(usize, Vec<String>)>) -> Result<Vec<ImportLine>, Refused> {
    // The header and the rows under it.
    if rows.len() > MAX_ROWS + 1 {
        return Err(Refused::TooManyRows);
    }
    Ok(tabular_lines(rows))
}

fn tabular_lines(rows: Vec<(usize, Vec<String>)>) -> Vec<ImportLine> {
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

fn csv_rows(bytes: &[u8]) -> Result<Vec<ImportLine>, Refused> {
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
            Ok(_) if rows.len() > MAX_ROWS => return Err(Refused::TooManyRows),
            Ok(r) => {
                let line = r.position().map(|p| p.line() as usize).unwrap_or(i + 1);
                rows.push((
                    line,
                    r.iter()
                        .map(|c| c.trim_start_matches('\u{feff}').to_string())
                        .collect(),
                ));
            }
            Err(e) => return Ok(unreadable(i + 1, e.to_string())),
        }
    }
    tabular(rows)
}

/// A file that cannot be read: one problem on its line.
fn unreadable(line: usize, why: String) -> Vec<ImportLine> {
    vec![ImportLine {
        line,
        identity: String::new(),
        row: Err(why),
    }]
}

/// Refuses a zip archive that unpacks to more than [`MAX_UNPACKED`] bytes: first by the sizes
/// its central directory claims (nothing unpacked yet), then by unpacking each entry into
/// nothing, never reading more than it claimed, since a directory can lie. `Ok(Err(why))` when
/// it is no readable archive at all.
fn check_unpacked(bytes: &[u8]) -> Result<Result<(), String>, Refused> {
    let mut zip = match zip::ZipArchive::new(std::io::Cursor::new(bytes)) {
        Ok(z) => z,
        Err(e) => return Ok(Err(format!("not an XLSX workbook: {e}"))),
    };
    let mut claimed: u64 = 0;
    for i in 0..zip.len() {
        let size = match zip.by_index_raw(i) {
            Ok(f) => f.size(),
            Err(e) => return Ok(Err(format!("not an XLSX workbook: {e}"))),
        };
        claimed = claimed.saturating_add(size);
        if claimed > MAX_UNPACKED {
            return Err(Refused::Unpacked);
        }
    }
    for i in 0..zip.len() {
        let entry = match zip.by_index(i) {
            Ok(f) => f,
            Err(e) => return Ok(Err(format!("not an XLSX workbook: {e}"))),
        };
        let size = entry.size();
        match std::io::copy(
            &mut entry.take(size.saturating_add(1)),
            &mut std::io::sink(),
        ) {
            Ok(n) if n > size => return Err(Refused::Unpacked),
            Ok(_) => {}
            Err(e) => return Ok(Err(format!("not an XLSX workbook: {e}"))),
        }
    }
    Ok(Ok(()))
}

fn xlsx_rows(bytes: &[u8]) -> Result<Vec<ImportLine>, Refused> {
    use calamine::{Data, Reader, Xlsx};
    if let Err(why) = check_unpacked(bytes)? {
        return Ok(unreadable(1, why));
    }
    let mut book = match Xlsx::new(std::io::Cursor::new(bytes.to_vec())) {
        Ok(b) => b,
        Err(e) => return Ok(unreadable(1, format!("not an XLSX workbook: {e}"))),
    };
    let Some(Ok(range)) = book.worksheet_range_at(0) else {
        return Ok(unreadable(1, "the workbook has no sheet".into()));
    };
    if range.height() > MAX_ROWS + 1 {
        return Err(Refused::TooManyRows);
    }
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
        let lines = read(Format::Csv, csv.as_bytes()).unwrap_or_default();
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].line, 2);
        let row = lines[0].row.clone().unwrap_or_default();
        assert_eq!(row.citizen.and_then(|c| c.name).as_deref(), Some("Jan"));
    }

    #[test]
    fn an_unknown_column_is_named() {
        let lines = read(Format::Csv, b"opened_on,colour\n2025-01-01,red\n").unwrap_or_default();
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
        )
        .unwrap_or_default();
        assert_eq!(
            lines.iter().map(|l| l.line).collect::<Vec<_>>(),
            vec![1, 3, 4]
        );
        assert!(lines[0].row.is_ok() && lines[1].row.is_err() && lines[2].row.is_err());
    }

    /// A zip with one entry of `size` zero bytes, deflated.
    fn zeros_zip(size: usize) -> Vec<u8> {
        use std::io::Write;
        let mut out = std::io::Cursor::new(Vec::new());
        let mut w = zip::ZipWriter::new(&mut out);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        assert!(w.start_file("xl/worksheets/sheet1.xml", opts).is_ok());
        let block = vec![0u8; 1 << 20];
        let mut left = size;
        while left > 0 {
            let n = left.min(block.len());
            assert!(w.write_all(&block[..n]).is_ok());
            left -= n;
        }
        assert!(w.finish().is_ok());
        out.into_inner()
    }

    /// Rewrites every size field (local header and central directory) to `claim`.
    fn lie_about_sizes(mut bytes: Vec<u8>, claim: u32) -> Vec<u8> {
        let patch =
            |b: &mut Vec<u8>, at: usize| b[at..at + 4].copy_from_slice(&claim.to_le_bytes());
        let mut i = 0;
        while i + 4 <= bytes.len() {
            match &bytes[i..i + 4] {
                [0x50, 0x4b, 0x03, 0x04] => {
                    patch(&mut bytes, i + 22);
                    i += 30;
                }
                [0x50, 0x4b, 0x01, 0x02] => {
                    patch(&mut bytes, i + 24);
                    i += 46;
                }
                _ => i += 1,
            }
        }
        bytes
    }

    #[test]
    fn a_workbook_claiming_more_than_the_limit_is_refused_before_unpacking() {
        let bomb = zeros_zip(MAX_UNPACKED as usize + 1);
        assert!(bomb.len() < 1 << 20, "a small file: {}", bomb.len());
        assert_eq!(read(Format::Xlsx, &bomb).err(), Some(Refused::Unpacked));
    }

    #[test]
    fn a_workbook_whose_directory_lies_about_its_size_is_refused_while_unpacking() {
        let liar = lie_about_sizes(zeros_zip(4 << 20), 1000);
        assert_eq!(read(Format::Xlsx, &liar).err(), Some(Refused::Unpacked));
    }

    #[test]
    fn more_rows_than_the_limit_are_refused_and_the_limit_itself_is_not() {
        let line = "{\"opened_on\":\"2025-01-01\"}\n";
        let at_limit = line.repeat(MAX_ROWS);
        assert_eq!(
            read(Format::JsonLines, at_limit.as_bytes()).map(|l| l.len()),
            Ok(MAX_ROWS)
        );
        let over = line.repeat(MAX_ROWS + 1);
        assert_eq!(
            read(Format::JsonLines, over.as_bytes()).err(),
            Some(Refused::TooManyRows)
        );
        let csv = format!("opened_on\n{}", "2025-01-01\n".repeat(MAX_ROWS + 1));
        assert_eq!(
            read(Format::Csv, csv.as_bytes()).err(),
            Some(Refused::TooManyRows)
        );
    }
}
