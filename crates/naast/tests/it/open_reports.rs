//! Published reports for residents (issue 23, point 5), against SQLite and PostgreSQL: off by
//! default (nothing listed, every file not found); on, the public page lists the latest
//! published reports as PDF and open data, the CSV keeps its code columns and adds labels, its
//! `datapackage.json` describes every column and the CSV conforms to it, and the numbers are
//! those of the published report. The setting through the API: a wrong choice changes nothing,
//! and a period no longer chosen disappears.

use crate::harness::*;
use serde_json::{Value, json};

fn last_year() -> i32 {
    i32::from(naast_app::clock::today().year()) - 1
}

async fn fetch(url: &str) -> (u16, String, Vec<u8>) {
    let res = reqwest::get(url).await.unwrap();
    let status = res.status().as_u16();
    let kind = res
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    (status, kind, res.bytes().await.unwrap().to_vec())
}

/// Checks every line of `csv` against the Table Schema of `package`'s resource: the header
/// names the fields in order, required fields are filled, numbers are numbers or a missing
/// value, patterns match. Returns the lines (without the header).
fn conforms(package: &Value, csv: &str) -> Vec<Vec<String>> {
    let resource = &package["resources"][0];
    let schema = &resource["schema"];
    let fields = schema["fields"].as_array().unwrap();
    let missing: Vec<&str> = schema["missingValues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let rows = crate::reports_web::csv_rows(csv);
    let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(rows[0], names, "the header names the fields in order");
    for f in fields {
        for key in ["name", "type", "title", "description"] {
            assert!(f[key].as_str().is_some_and(|s| !s.is_empty()), "{f}");
        }
    }
    for row in &rows[1..] {
        assert_eq!(row.len(), fields.len(), "{row:?}");
        for (cell, f) in row.iter().zip(fields) {
            let is_missing = missing.contains(&cell.as_str());
            if f["constraints"]["required"] == true {
                assert!(!is_missing, "{} required: {row:?}", f["name"]);
            }
            if is_missing {
                continue;
            }
            match f["type"].as_str().unwrap() {
                "number" => assert!(
                    cell.parse::<f64>().is_ok() && !cell.contains(','),
                    "{} is a number: {row:?}",
                    f["name"]
                ),
                "string" => {}
                other => panic!("type {other}"),
            }
            if let Some(p) = f["constraints"]["pattern"].as_str() {
                assert_eq!(p, "[0-9]{4}(-Q[1-4])?");
                let ok = cell.len() == 4 && cell.bytes().all(|b| b.is_ascii_digit())
                    || cell.len() == 7
                        && cell[..4].bytes().all(|b| b.is_ascii_digit())
                        && ["-Q1", "-Q2", "-Q3", "-Q4"].contains(&&cell[4..]);
                assert!(ok, "period {cell}");
            }
        }
    }
    rows[1..].to_vec()
}

#[tokio::test]
async fn published_reports_are_open_to_residents_only_when_the_municipality_agrees() {
    let year = last_year();
    for store in Store::all().await {
        let (code, _, err) = store.run(&["demo", "--seed", "3", "--cases", "60"]);
        assert_eq!(code, 0, "{}: {err}", store.label);
        let server = Server::start(&store, &[]);
        let base = server.url.clone();
        let csv_name = format!("cijfers-maasdal-{year}.csv");

        // Lindeveld did not agree (the default): nothing listed, no file.
        let (status, _, home) = fetch(&format!("{base}/lindeveld/")).await;
        assert_eq!(status, 200);
        assert!(!String::from_utf8_lossy(&home).contains("/lindeveld/rapportages"));
        assert_eq!(fetch(&format!("{base}/lindeveld/rapportages")).await.0, 404);
        for file in [
            "rapportage.pdf".to_string(),
            "datapackage.json".to_string(),
            format!("cijfers-lindeveld-{year}.csv"),
        ] {
            let url = format!("{base}/lindeveld/rapportages/{year}/{file}");
            assert_eq!(fetch(&url).await.0, 404, "{} {url}", store.label);
        }

        // Maasdal agreed (annual and quarterly): listed, linked from its home page.
        let (status, _, home) = fetch(&format!("{base}/maasdal/")).await;
        assert_eq!(status, 200);
        assert!(String::from_utf8_lossy(&home).contains("href=\"/maasdal/rapportages\""));
        let (status, kind, page) = fetch(&format!("{base}/maasdal/rapportages")).await;
        let page = String::from_utf8_lossy(&page).into_owned();
        assert_eq!(status, 200, "{}", store.label);
        assert!(kind.starts_with("text/html"));
        assert!(page.contains(&format!("Jaarrapportage {year}")), "{page}");
        assert!(page.contains(&format!("Kwartaalrapportage {year}, kwartaal 2")));
        assert!(page.contains(&format!("/maasdal/rapportages/{year}/{csv_name}")));
        assert!(page.contains(&format!("/maasdal/rapportages/{year}/datapackage.json")));
        assert!(!page.contains("<script>") && !page.contains("https://cdn"));

        let file = |f: &str| format!("{base}/maasdal/rapportages/{year}/{f}");
        let (status, kind, pdf) = fetch(&file("rapportage.pdf")).await;
        assert_eq!((status, kind.as_str()), (200, "application/pdf"));
        assert!(pdf.starts_with(b"%PDF"));
        let (status, kind, csv) = fetch(&file(&csv_name)).await;
        assert_eq!((status, kind.as_str()), (200, "text/csv; charset=utf-8"));
        let csv = String::from_utf8(csv).unwrap();
        let (status, kind, package) = fetch(&file("datapackage.json")).await;
        assert_eq!(
            (status, kind.as_str()),
            (200, "application/json; charset=utf-8")
        );
        let package: Value = serde_json::from_slice(&package).unwrap();
        let resource = &package["resources"][0];
        assert_eq!(resource["path"], csv_name.as_str());
        assert_eq!(resource["format"], "csv");
        assert_eq!(resource["mediatype"], "text/csv");
        assert_eq!(resource["encoding"], "utf-8");
        assert_eq!(package["licenses"][0]["name"], "CC0-1.0");
        let lines = conforms(&package, &csv);

        // Codes stable, labels in Dutch after them.
        let header = &crate::reports_web::csv_rows(&csv)[0];
        assert_eq!(
            header[..10],
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
                "value"
            ]
        );
        let by_area: Vec<&Vec<String>> = lines
            .iter()
            .filter(|l| l[0] == format!("{year} cases by area"))
            .collect();
        assert!(!by_area.is_empty(), "the annual table by area");
        for l in &by_area {
            assert_eq!(l[3], "area");
            assert_eq!(l[10], format!("Kwesties naar domein ({year})"));
            assert_eq!(l[11], "Kwesties");
            assert_eq!(l[12], "Domein");
        }
        assert!(
            by_area
                .iter()
                .any(|l| l[4] == "wmo" && l[5].starts_with("Wmo"))
        );
        for l in &lines {
            assert!(!l[9].contains('.') || l[0].contains("hours"), "{l:?}");
        }

        // The same numbers as the published report, which the command line builds too.
        let out = store.dir.path().join("built.csv");
        let (code, _, err) = store.run(&[
            "report",
            "build",
            "--tenant",
            "maasdal",
            "--period",
            &year.to_string(),
            "--format",
            "csv",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        let built = std::fs::read_to_string(&out).unwrap();
        let values = |text: &str| -> Vec<(String, String, String, String)> {
            crate::reports_web::csv_rows(text)[1..]
                .iter()
                .map(|r| (r[0].clone(), r[4].clone(), r[7].clone(), r[9].clone()))
                .collect()
        };
        assert_eq!(values(&csv), values(&built), "{}", store.label);

        // The setting through the API: a wrong choice changes nothing.
        let token = store.token_for("coordinator@example.org", "coordinator", None);
        let api = |p: &str| format!("{base}/api/v1/tenants/{p}/open-reports");
        assert_eq!(
            api_get(&api("maasdal"), &token).await,
            json!({"open_reports": "quarterly"})
        );
        assert_eq!(
            api_get(&api("lindeveld"), &token).await,
            json!({"open_reports": "off"})
        );
        let put = |slug: &'static str, body: Value| {
            let (url, token) = (api(slug), token.clone());
            async move {
                reqwest::Client::new()
                    .put(url)
                    .bearer_auth(token)
                    .header("accept-language", "nl")
                    .json(&body)
                    .send()
                    .await
                    .unwrap()
            }
        };
        let res = put("maasdal", json!({"open_reports": "everything"})).await;
        assert_eq!(res.status().as_u16(), 422);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["errors"][0]["field"], "open_reports");
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("Onbekende keuze"),
            "{body}"
        );
        assert_eq!(
            api_get(&api("maasdal"), &token).await,
            json!({"open_reports": "quarterly"})
        );

        // Annual reports only: the quarters disappear, the year stays.
        let res = put("maasdal", json!({"open_reports": "annual"})).await;
        assert_eq!(res.status().as_u16(), 204);
        let q2 = format!("{base}/maasdal/rapportages/{year}-Q2/datapackage.json");
        assert_eq!(fetch(&q2).await.0, 404);
        assert_eq!(fetch(&file("datapackage.json")).await.0, 200);
        let page =
            String::from_utf8(fetch(&format!("{base}/maasdal/rapportages")).await.2).unwrap();
        assert!(!page.contains("Kwartaalrapportage"));

        // Off again: nothing listed, no file, no link.
        let res = put("maasdal", json!({"open_reports": "off"})).await;
        assert_eq!(res.status().as_u16(), 204);
        assert_eq!(fetch(&format!("{base}/maasdal/rapportages")).await.0, 404);
        for f in ["rapportage.pdf", "datapackage.json", csv_name.as_str()] {
            assert_eq!(fetch(&file(f)).await.0, 404, "{f}");
        }
        let home = fetch(&format!("{base}/maasdal/")).await.2;
        assert!(!String::from_utf8_lossy(&home).contains("/maasdal/rapportages"));

        // A confidant may not change it.
        let confidant = store.token_for("vp@example.org", "confidant", Some("maasdal"));
        let res = reqwest::Client::new()
            .put(api("maasdal"))
            .bearer_auth(&confidant)
            .json(&json!({"open_reports": "annual"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 403);
        server.stop();
    }
}
