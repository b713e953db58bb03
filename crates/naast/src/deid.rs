//! `naast deid --jsonl` and `naast deid --redact`, as `shared/deid/INTERFACE.md` describes: a
//! pure command that reads `{"id", "text"}` lines on stdin and never opens a data directory.
//! A line that is not such an object answers `{"id", "error"}` (or `{"line", "error"}`) and the
//! others still answer.

use naast_deid::jsonl::Mode;
use std::io::{BufRead, Write};

pub fn run(
    redact: bool,
    lists: Option<&naast_deid::Lists>,
    input: impl BufRead,
    out: impl Write,
) -> anyhow::Result<()> {
    let mode = if redact { Mode::Redact } else { Mode::Spans };
    let out = std::io::BufWriter::with_capacity(1 << 16, out);
    naast_deid::jsonl::run(mode, lists, input, out)?;
    Ok(())
}

/// Every `items.txt` under `dir`, one word or phrase a line.
fn words_under(dir: &std::path::Path) -> anyhow::Result<Vec<String>> {
    let mut out = Vec::new();
    if !dir.exists() {
        return Ok(out);
    }
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            out.extend(words_under(&path)?);
        } else if path.file_name().is_some_and(|n| n == "items.txt") {
            out.extend(std::fs::read_to_string(&path)?.lines().map(String::from));
        }
    }
    Ok(out)
}

/// Compiles deduce's lookup lists (first names, surnames, place names, common and stop words)
/// into one word-list file.
pub fn build_lists(src: &std::path::Path, out: &std::path::Path) -> anyhow::Result<()> {
    let first = words_under(&src.join("names/lst_first_name"))?;
    let sur = words_under(&src.join("names/lst_surname"))?;
    let places = words_under(&src.join("locations/lst_placename"))?;
    let mut common = words_under(&src.join("whitelist/lst_common_word"))?;
    common.extend(words_under(&src.join("whitelist/lst_stop_word"))?);
    if first.is_empty() || sur.is_empty() {
        anyhow::bail!(
            "{}: no names/lst_first_name or names/lst_surname lists found",
            src.display()
        );
    }
    let lists = naast_deid::Lists::build(
        first.iter().map(String::as_str),
        sur.iter().map(String::as_str),
        places.iter().map(String::as_str),
        common.iter().map(String::as_str),
    );
    let bytes = lists.to_bytes();
    std::fs::write(out, &bytes)?;
    let (f, s, p, c) = lists.sizes();
    eprintln!(
        "{}: {f} first names, {s} surnames, {p} places, {c} common words ({} kB)",
        out.display(),
        bytes.len() / 1024
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    #[test]
    fn each_line_gets_spans_in_code_points_and_bad_lines_an_error() {
        let input = "{\"id\": \"a\", \"text\": \"😊 Bel 06-12345678\"}\nnot json\n{\"id\": 7}\n";
        let mut out = Vec::new();
        run(false, None, input.as_bytes(), &mut out).unwrap_or_default();
        let lines: Vec<Value> = String::from_utf8_lossy(&out)
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(
            lines[0]["spans"][0],
            json!({"start": 6, "end": 17, "label": "PHONE"})
        );
        assert_eq!(lines[1]["line"], 2);
        assert_eq!(lines[2]["id"], 7);
        let mut out = Vec::new();
        run(
            true,
            None,
            "{\"id\": \"b\", \"text\": \"mevrouw Jansen belde\"}".as_bytes(),
            &mut out,
        )
        .unwrap_or_default();
        assert!(String::from_utf8_lossy(&out).contains("mevrouw [PERSOON-1] belde"));
    }
}
