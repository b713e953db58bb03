//! The report as an XLSX workbook: a summary, a sheet per table of the document, and the
//! CSV's lines (codes and labels) on a sheet of their own for whoever analyses the numbers.

use super::{CSV_HEADER, ExportError, Line, VALUE};
use crate::document::{Block, Doc};
use naast_core::Lang;
use rust_xlsxwriter::{Format, FormatBorder, Workbook, Worksheet};

/// The longest name Excel accepts for a sheet.
const SHEET_MAX: usize = 31;

/// A sheet name Excel accepts and a reader can read: at most 31 characters, none of
/// `[]:*?/\`, no apostrophe at either end, unique regardless of case. A longer name is cut at
/// the end of a word and ends in `…`, never in the middle of one; a name already taken gets
/// ` (2)`, ` (3)`… with the rest cut to make room.
fn sheet_name(wanted: &str, taken: &mut Vec<String>) -> String {
    let clean: String = wanted
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') && !c.is_control())
        .collect();
    let clean = clean.split_whitespace().collect::<Vec<_>>().join(" ");
    let clean = clean.trim_matches('\'').trim().to_string();
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
        let name = format!("{}{suffix}", fit(&base, SHEET_MAX - suffix.chars().count()));
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

/// `text` in at most `room` characters: whole, or cut after the last whole word that fits
/// with `…` after it (a first word longer than the room is cut itself).
fn fit(text: &str, room: usize) -> String {
    if text.chars().count() <= room {
        return text.to_string();
    }
    let keep = room.saturating_sub(1);
    let head: String = text.chars().take(keep).collect();
    let next_is_space = text.chars().nth(keep).is_some_and(char::is_whitespace);
    let cut = if next_is_space {
        head.as_str()
    } else {
        match head.rfind(' ') {
            Some(i) if i > 0 => &head[..i],
            _ => head.as_str(),
        }
    };
    let cut = cut.trim_end_matches([' ', ',', ';', '-', '–', '(']);
    format!("{cut}…")
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

/// The CSV's value as a number: digits, or a decimal with a point (the machine form).
fn machine_number(s: &str) -> Option<f64> {
    number(s, Lang::En)
}

/// The document's tables as a workbook: a summary sheet with the key figures, what `x` means
/// and a list of the sheets; then a sheet per table (named after its number and caption, as in
/// the PDF): caption in A1, the header row bold, numbers as numbers, `x` as text, total rows
/// bold, the table's note and what `x` means below it; last, `data`: the CSV's lines with its
/// header, codes as they are and numbers as numbers.
pub fn xlsx(doc: &Doc, data: &[Line]) -> Result<Vec<u8>, ExportError> {
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
    let data_name = sheet_name(lang.pick("Alle cijfers", "All numbers"), &mut taken);
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
    ws.write_string_with_format(row, 0, lang.pick("Tabbladen", "Sheets"), &bold)?;
    row += 1;
    for (name, b) in sheet_names.iter().zip(&tables) {
        ws.write_string(row, 0, name)?;
        ws.write_string(row, 1, b.caption().unwrap_or(""))?;
        row += 1;
    }
    ws.write_string(row, 0, &data_name)?;
    ws.write_string(
        row,
        1,
        lang.pick(
            "Elk getal op een eigen regel, met codes en namen (zoals het CSV-bestand); de eerste regel zegt in woorden wat in elke kolom staat",
            "Every number on a line of its own, with codes and names (as the CSV file); the first line says in words what each column holds",
        ),
    )?;

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

    // Every number, as the CSV has it: a header row in words for people, then the CSV's
    // column codes (its contract) for whoever matches the sheet with the CSV.
    let ws: &mut Worksheet = wb.add_worksheet();
    ws.set_name(&data_name)?;
    for (c, (h, code)) in column_words(lang).iter().zip(CSV_HEADER).enumerate() {
        ws.write_string_with_format(0, col(c)?, *h, &header)?;
        ws.write_string_with_format(1, col(c)?, code, &italic)?;
    }
    for (i, line) in data.iter().enumerate() {
        let at = DATA_TOP + u32::try_from(i).unwrap_or(u32::MAX - DATA_TOP);
        for (c, text) in line.iter().enumerate() {
            match (c == VALUE).then(|| machine_number(text)).flatten() {
                Some(n) => ws.write_number(at, col(c)?, n)?,
                None => ws.write_string(at, col(c)?, text)?,
            };
        }
    }
    ws.autofit();
    ws.set_freeze_panes(DATA_TOP, 0)?;
    Ok(wb.save_to_buffer()?)
}

/// The first row of numbers on the sheet of every number: under the words and the codes.
const DATA_TOP: u32 = 2;

/// The CSV's columns ([`CSV_HEADER`]) in words, for the header row people read.
fn column_words(lang: Lang) -> [&'static str; super::COLUMNS] {
    let nl = [
        "Tabel (code)",
        "Periode",
        "Wat telt (code)",
        "Rij: indeling (code)",
        "Rij (code)",
        "Rij",
        "Kolom: indeling (code)",
        "Kolom (code)",
        "Kolom",
        "Aantal (x = niet gepubliceerd)",
        "Tabel",
        "Wat telt",
        "Rij: indeling",
        "Kolom: indeling",
    ];
    let en = [
        "Table (code)",
        "Period",
        "What counts (code)",
        "Row: grouping (code)",
        "Row (code)",
        "Row",
        "Column: grouping (code)",
        "Column (code)",
        "Column",
        "Number (x = not published)",
        "Table",
        "What counts",
        "Row: grouping",
        "Column: grouping",
    ];
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
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
    fn sheet_names_are_valid_unique_and_readable() {
        let mut taken = Vec::new();
        let a = sheet_name("1 Kwesties naar domein en aard van de onvrede", &mut taken);
        assert_eq!(a, "1 Kwesties naar domein en aard…");
        assert!(a.chars().count() <= SHEET_MAX);
        let b = sheet_name("1 Kwesties naar domein en aard van de onvrede!", &mut taken);
        assert_eq!(b, "1 Kwesties naar domein en… (2)");
        assert_eq!(sheet_name("'a/b[c]:d*e?f\\'", &mut taken), "abcdef");
        assert_eq!(sheet_name("ABCDEF", &mut taken), "ABCDEF (2)");
        let long = sheet_name(&"x".repeat(40), &mut taken);
        assert_eq!(long.chars().count(), SHEET_MAX, "{long}");
        let c = sheet_name(
            "12 Afgesloten kwesties naar domein en resultaat",
            &mut taken,
        );
        assert_eq!(c, "12 Afgesloten kwesties naar…");
        for t in &taken {
            assert!(t.chars().count() <= SHEET_MAX, "{t}");
        }
    }

    #[test]
    fn numbers_are_read_in_the_language() {
        assert_eq!(number("12", Lang::Nl), Some(12.0));
        assert_eq!(number("1,5", Lang::Nl), Some(1.5));
        assert_eq!(number("1.5", Lang::Nl), None);
        assert_eq!(number("1.5", Lang::En), Some(1.5));
        assert_eq!(machine_number("2.5"), Some(2.5));
        assert_eq!(machine_number("x"), None);
        for s in ["x", "—", "te weinig kwesties", "", "2026 Q1", "-3"] {
            assert_eq!(number(s, Lang::Nl), None, "{s}");
        }
    }
}
