//! Compiles deduce's lookup lists into a word-list file, like `naast deid --build-lists`, without
//! building the whole `naast` binary:
//! `cargo run --release -p naast-deid --example build_lists -- <deduce/data/lookup/src> <out.fst>`.
//! `scripts/deid-lists` downloads deduce 3.0.6 and runs this.

use std::path::Path;

/// Every `items.txt` under `dir`, one word or phrase a line.
fn words_under(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut out = Vec::new();
    if !dir.exists() {
        return Ok(out);
    }
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            out.extend(words_under(&path)?);
        } else if path.file_name().is_some_and(|n| n == "items.txt") {
            out.extend(std::fs::read_to_string(&path)?.lines().map(String::from));
        }
    }
    Ok(out)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [src, out] = args.as_slice() else {
        return Err("usage: build_lists <deduce/data/lookup/src> <out.fst>".into());
    };
    let src = Path::new(src);
    let first = words_under(&src.join("names/lst_first_name"))?;
    let sur = words_under(&src.join("names/lst_surname"))?;
    let places = words_under(&src.join("locations/lst_placename"))?;
    let mut common = words_under(&src.join("whitelist/lst_common_word"))?;
    common.extend(words_under(&src.join("whitelist/lst_stop_word"))?);
    if first.is_empty() || sur.is_empty() {
        return Err(format!(
            "{}: no names/lst_first_name or names/lst_surname",
            src.display()
        )
        .into());
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
        "{out}: {f} first names, {s} surnames, {p} places, {c} common words ({} kB)",
        bytes.len() / 1024
    );
    Ok(())
}
