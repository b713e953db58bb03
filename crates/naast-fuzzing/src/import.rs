//! `naast case import` and the coordinators' import page: the file reader
//! (`naast_app::cases::import_file::read`: JSON Lines, CSV, XLSX) and each row's checks
//! (`naast_core::import::ImportRow::parse`). The first byte picks the format.

use crate::{pick, today};
use naast_app::cases::import_file::{Format, read};

/// Reads any bytes as an import file and checks every row it gives.
pub fn file(data: &[u8]) {
    let (which, bytes) = pick(data, 3);
    let format = match which {
        0 => Format::JsonLines,
        1 => Format::Csv,
        _ => Format::Xlsx,
    };
    let Ok(lines) = read(format, bytes) else {
        return;
    };
    if format == Format::JsonLines {
        let text = String::from_utf8_lossy(bytes);
        let nonblank = text.lines().filter(|l| !l.trim().is_empty()).count();
        assert_eq!(lines.len(), nonblank, "one line read per line with text");
    }
    let mut last = 0;
    for l in &lines {
        assert!(l.line >= 1, "line numbers count from 1");
        // Not strictly: CSV records split by a lone CR (old Mac files) share a line number.
        assert!(
            l.line >= last,
            "line numbers go up: {} after {last}",
            l.line
        );
        last = l.line;
        if let Ok(row) = &l.row {
            let _ = row.parse(today(), |o| o == "municipality" || o.starts_with("zorg"));
        }
    }
}
