//! Throughput of `find` on synthetic Dutch case texts (made here, not the evaluation set):
//! `cargo run --release -p naast-deid --example throughput`, or on the `text` of the
//! `{"id", "text"}` JSON Lines of a file: `… --example throughput -- docs.jsonl` (read first,
//! so that only the de-identifier is timed). With `NAAST_DEID_LISTS=path` it also times
//! `find_with` and the word lists in that file.

use std::time::Instant;

const PARTS: &[&str] = &[
    "Beste mevrouw De Vries,\n",
    "Op 3 maart 2026 belde dhr. J. Bakker over de Wmo-indicatie van zijn moeder (84). ",
    "Ze woont op Kerkstraat 12a, 1234 AB Maasdal en is bereikbaar op 06-12345678. ",
    "Het dossiernummer is 2024-00123; haar BSN 111222333 staat in de brief. ",
    "De zorg van Maasdal Thuiszorg is sinds vrijdag 7 november gestopt, al 3 jaar wachten we op de Jeugdwet. ",
    "Betaling graag op NL91 ABNA 0417 1643 00 onder vermelding van kenmerk Z/25/004512. ",
    "hoi!! 😊 mijn zoon daan krijgt geen hulp meer... mail daan.ma@gmail.com 🙏 ",
    "Het UWV en de Belastingdienst weten ervan. Ik betaal 250 euro per maand. ",
    "Met vriendelijke groet,\nAyşe Yılmaz\n",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let docs = match std::env::args_os().nth(1) {
        Some(path) => read_jsonl(&path)?,
        None => synthetic(),
    };
    let bytes: usize = docs.iter().map(String::len).sum();
    let lists = match std::env::var_os("NAAST_DEID_LISTS") {
        Some(path) => {
            let bytes = std::fs::read(&path).map_err(|e| format!("{path:?}: {e}"))?;
            Some(naast_deid::Lists::from_bytes(&bytes)?)
        }
        None => None,
    };
    let _ = naast_deid::find("warm-up: mevrouw Jansen, 06-12345678");
    let t = Instant::now();
    let mut spans = 0;
    for d in &docs {
        spans += naast_deid::find(d).len();
    }
    report(
        "without lists",
        &docs,
        bytes,
        t.elapsed().as_secs_f64(),
        spans,
    );
    print_stages(&docs, None);
    if let Some(lists) = &lists {
        let _ = naast_deid::find_with("warm-up: mevrouw Jansen, 06-12345678", Some(lists));
        let t = Instant::now();
        let mut spans = 0;
        for d in &docs {
            spans += naast_deid::find_with(d, Some(lists)).len();
        }
        report("with lists", &docs, bytes, t.elapsed().as_secs_f64(), spans);
        print_stages(&docs, Some(lists));
    }
    Ok(())
}

fn synthetic() -> Vec<String> {
    (0..20_000)
        .map(|i| {
            let n = 3 + i % 6;
            (0..n)
                .map(|k| PARTS[(i * 7 + k * 3) % PARTS.len()])
                .collect()
        })
        .collect()
}

fn read_jsonl(path: &std::ffi::OsStr) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let all = std::fs::read_to_string(path).map_err(|e| format!("{path:?}: {e}"))?;
    let mut docs = Vec::new();
    for line in all.lines().filter(|l| !l.trim().is_empty()) {
        let value: serde_json::Value = serde_json::from_str(line)?;
        let text = value.get("text").and_then(serde_json::Value::as_str);
        docs.push(text.unwrap_or("").to_string());
    }
    Ok(docs)
}

fn print_stages(docs: &[String], lists: Option<&naast_deid::Lists>) {
    let stages: Vec<String> = naast_deid::stage_times(docs, lists)
        .into_iter()
        .map(|(name, t)| format!("{name} {:.0} ms", t.as_secs_f64() * 1e3))
        .collect();
    eprintln!("stages: {}", stages.join(", "));
}

fn report(what: &str, docs: &[String], bytes: usize, secs: f64, spans: usize) {
    println!(
        "{what}: {} documents ({:.1} MB) in {:.2} s: {:.0} documents/s, {:.1} MB/s, {} spans",
        docs.len(),
        bytes as f64 / 1e6,
        secs,
        docs.len() as f64 / secs,
        bytes as f64 / 1e6 / secs,
        spans
    );
}
