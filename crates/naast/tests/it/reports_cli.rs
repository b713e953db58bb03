//! `naast report release` and `naast report build` on the demo's published reports, against
//! SQLite and PostgreSQL.

use crate::harness::Store;
use std::collections::BTreeMap;

fn last_year() -> i32 {
    let y: i32 = std::process::Command::new("date")
        .arg("+%Y")
        .output()
        .ok()
        .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
        .unwrap_or(2026);
    y - 1
}

/// Every number a reader sees must be 0, at least k, a grand total, or hidden; and a table whose
/// numbers are all shown adds up.
fn check_release(rel: &serde_json::Value, k: u64) {
    assert_eq!(rel["format"], "naast-sdc-release/1");
    assert_eq!(rel["policy"]["k"], k);
    for t in rel["tables"].as_array().unwrap() {
        let entries: Vec<&serde_json::Value> = t["cells"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(t["margins"].as_array().into_iter().flatten())
            .collect();
        for e in &entries {
            match &e["value"] {
                serde_json::Value::Number(n) => {
                    let n = n.as_u64().unwrap();
                    let exempt = e["exempt"].as_bool().unwrap_or(false);
                    assert!(
                        n == 0 || n >= k || exempt,
                        "{} {} = {n} is published",
                        t["id"],
                        e["at"]
                    );
                }
                serde_json::Value::String(s) => assert_eq!(s, "x"),
                other => panic!("unexpected value {other}"),
            }
        }
        if t["dimensions"].as_array().unwrap().len() == 1 {
            let cells: Vec<Option<u64>> = t["cells"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["value"].as_u64())
                .collect();
            let total = t["margins"].as_array().unwrap().last().unwrap()["value"].as_u64();
            if let (true, Some(total)) = (cells.iter().all(Option::is_some), total) {
                assert_eq!(cells.iter().flatten().sum::<u64>(), total, "{}", t["id"]);
            }
            let hidden = cells.iter().filter(|c| c.is_none()).count();
            assert!(
                hidden != 1,
                "{}: a lone hidden cell beside a published total",
                t["id"]
            );
        }
    }
}

#[tokio::test]
async fn the_release_and_the_built_reports_of_the_demo_year() {
    let year = last_year();
    for store in Store::all().await {
        let (code, _, err) = store.run(&["demo", "--seed", "3", "--cases", "60"]);
        assert_eq!(code, 0, "{}: {err}", store.label);
        let rel_path = store.dir.path().join("release.json");
        let (code, _, err) = store.run(&[
            "report",
            "release",
            "--tenant",
            "maasdal",
            "--year",
            &year.to_string(),
            "--out",
            rel_path.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{}: {err}", store.label);
        let rel: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&rel_path).unwrap()).unwrap();
        check_release(&rel, 5);
        let ids: Vec<&str> = rel["tables"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_str().unwrap())
            .collect();
        for q in 1..=4 {
            assert!(
                ids.iter()
                    .any(|id| id.starts_with(&format!("{year}-Q{q} "))),
                "{}: quarter {q} in the release: {ids:?}",
                store.label
            );
        }
        let cross = format!("{year} cases by area x organisation");
        assert!(
            ids.contains(&cross.as_str()),
            "the annual cross-table: {ids:?}"
        );

        // Build every format of the published Q2 and of the year.
        let mut sizes = BTreeMap::new();
        for (period, format) in [
            (format!("{year}-Q2"), "csv"),
            (format!("{year}-Q2"), "pdf"),
            (format!("{year}"), "xlsx"),
            (format!("{year}"), "html"),
        ] {
            let out = store.dir.path().join(format!("r.{format}"));
            let (code, _, err) = store.run(&[
                "report",
                "build",
                "--tenant",
                "maasdal",
                "--period",
                &period,
                "--format",
                format,
                "--out",
                out.to_str().unwrap(),
            ]);
            assert_eq!(code, 0, "{} {period} {format}: {err}", store.label);
            assert!(!err.contains("CONCEPT"), "published: {err}");
            let bytes = std::fs::read(&out).unwrap();
            match format {
                "pdf" => assert!(bytes.starts_with(b"%PDF-")),
                "xlsx" => assert!(bytes.starts_with(b"PK\x03\x04")),
                "html" => {
                    let html = String::from_utf8(bytes.clone()).unwrap();
                    assert!(html.contains("<html") && !html.contains("<script"));
                    assert!(!html.contains("CONCEPT"), "published, no concept mark");
                }
                _ => {
                    let csv = String::from_utf8(bytes.clone()).unwrap();
                    // No count of kwesties, citizens or activities a reader may not see: every
                    // value is x, 0, or at least 5, except the grand totals (rows without a
                    // code). Outreach (the confidant's own sessions) counts no one.
                    let mut counted = 0;
                    let rows = crate::reports_web::csv_rows(&csv);
                    // The machine columns keep their place; labels follow them.
                    assert_eq!(rows[0][9], "value");
                    assert_eq!(rows[0][10], "table_label");
                    for line in &rows[1..] {
                        let population = line[2].as_str();
                        if !["cases", "closed", "activities"].contains(&population)
                            && !population.starts_with("citizens")
                        {
                            continue;
                        }
                        counted += 1;
                        let value = &line[9];
                        if let Ok(n) = value.parse::<u64>() {
                            let total = line[4].is_empty() || line[7].is_empty();
                            assert!(n == 0 || n >= 5 || total, "{line:?}");
                        }
                    }
                    assert!(counted > 20, "{counted} counts in the CSV");
                }
            }
            sizes.insert(format, bytes.len());
        }
        // The current quarter is not published: it is built as a CONCEPT.
        let out = store.dir.path().join("concept.html");
        let (code, _, err) = store.run(&[
            "report",
            "build",
            "--tenant",
            "maasdal",
            "--period",
            &format!("{}", year + 1),
            "--format",
            "html",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        assert!(err.contains("CONCEPT"));
        assert!(std::fs::read_to_string(&out).unwrap().contains("CONCEPT"));

        // The organisation's own overview across both municipalities.
        let out = store.dir.path().join("overview.csv");
        let (code, _, err) = store.run(&[
            "report",
            "build",
            "--all-tenants",
            "--period",
            &year.to_string(),
            "--format",
            "csv",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        let overview = std::fs::read_to_string(&out).unwrap();
        let maasdal = std::fs::read_to_string(store.dir.path().join("r.csv")).unwrap_or_default();
        assert!(overview.contains("cases") && overview != maasdal);

        // Bad input: a clear message, exit 1, nothing written.
        let bad = store.dir.path().join("bad.csv");
        let (code, _, err) = store.run(&[
            "report",
            "build",
            "--tenant",
            "maasdal",
            "--period",
            "2026-Q7",
            "--format",
            "csv",
            "--out",
            bad.to_str().unwrap(),
        ]);
        assert_eq!(code, 1);
        assert!(err.contains("2026-Q2"), "{err}");
        assert!(!bad.exists());
        let (code, _, err) = store.run(&[
            "report",
            "release",
            "--tenant",
            "nergens",
            "--year",
            "2025",
            "--out",
            bad.to_str().unwrap(),
        ]);
        assert_eq!(code, 1);
        assert!(err.contains("nergens"), "{err}");
        let (code, _, _) = store.run(&[
            "report", "build", "--tenant", "maasdal", "--period", "2026", "--format", "doc",
            "--out", "x",
        ]);
        assert_eq!(code, 2, "wrong usage");
    }
}
