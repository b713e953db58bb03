//! Reports through the API, the back office and the municipality's portal: draft → text →
//! review → publication (refused while the period runs) → discussed → a corrected version; a
//! stale save changes nothing; the municipality reads only its published versions, and its
//! files show `x` wherever the report hides a number.

use crate::harness::*;
use serde_json::{Value, json};

/// The current quarter and the one before it, as `(year, quarter)`.
fn quarters() -> ((i32, u8), (i32, u8)) {
    let today = naast_app::clock::today();
    let (y, q) = (i32::from(today.year()), (today.month() as u8 - 1) / 3 + 1);
    let prev = if q == 1 { (y - 1, 4) } else { (y, q - 1) };
    ((y, q), prev)
}

/// A user made through the CLI who finished the set-up link and TOTP: a signed-in browser.
async fn sign_up(store: &Store, server: &Server, email: &str, role: &str) -> reqwest::Client {
    let mut args = vec!["user", "add", "--email", email, "--role", role];
    if role != "coordinator" {
        args.extend(["--tenant", "maasdal"]);
    }
    let (code, link, err) = store.run(&args);
    assert_eq!(code, 0, "{err}");
    let link = link.trim().to_string();
    let link = format!("{}{}", server.url, &link[link.find("/setup/").unwrap()..]);
    let c = browser();
    let (_, setup) = get(&c, &link).await;
    post(
        &c,
        &link,
        &setup,
        &[("password", PASSWORD), ("password2", PASSWORD)],
    )
    .await;
    enrol(&c, &server.url).await;
    c
}

/// A very small CSV reader: RFC 4180 quoting, CRLF line ends.
pub(crate) fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Every number of a report's tables as the API shows it: `(table, at as "d=c;…") → shown`.
fn numbers(view: &Value) -> std::collections::BTreeMap<(String, String), String> {
    let mut out = std::collections::BTreeMap::new();
    for t in view["content"]["tables"].as_array().unwrap() {
        let id = t["id"].as_str().unwrap().to_string();
        let entries = t["cells"]
            .as_array()
            .into_iter()
            .chain(t["margins"].as_array())
            .flatten();
        for e in entries {
            let at: Vec<String> = e["at"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(d, c)| format!("{d}={}", c.as_str().unwrap()))
                .collect();
            let shown = match e["value"].as_u64() {
                Some(n) => n.to_string(),
                None => "x".to_string(),
            };
            out.insert((id.clone(), at.join(";")), shown);
        }
    }
    out
}

#[tokio::test]
async fn a_report_goes_from_draft_to_published_to_corrected_and_the_municipality_reads_only_that() {
    let ((cy, cq), (py, pq)) = quarters();
    let current = naast_report::period_label(cy, cq);
    let previous = naast_report::period_label(py, pq);
    let today = naast_app::clock::today().to_string();
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        // Kwesties of the previous quarter (closed in it) and a few of today.
        let first_month = 3 * (u32::from(pq) - 1) + 1;
        let areas = [
            "wmo",
            "wmo",
            "wmo",
            "wmo",
            "wmo",
            "wmo",
            "wmo",
            "wmo",
            "jeugd",
            "jeugd",
            "schuldhulp",
            "participatie",
            "participatie",
            "participatie",
            "participatie",
            "participatie",
        ];
        let mut lines: Vec<String> = areas
            .iter()
            .enumerate()
            .map(|(i, area)| {
                json!({"opened_on": format!("{py}-{first_month:02}-{:02}", i + 1), "closed_on": format!("{py}-{:02}-{:02}", first_month + 1, i + 3), "outcome": "resolved", "channel": "phone", "area": area, "organisation": "municipality", "nature": "treatment", "minutes": 60}).to_string()
            })
            .collect();
        for _ in 0..3 {
            lines.push(json!({"opened_on": today, "channel": "email", "area": "wmo", "organisation": "municipality", "nature": "waiting_time"}).to_string());
        }
        let file = store.dir.path().join("cases.jsonl");
        std::fs::write(&file, lines.join("\n")).unwrap();
        let (code, _, err) = store.run(&[
            "case",
            "import",
            "--tenant",
            "maasdal",
            file.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");

        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let coordinator_browser = sign_up(&store, &server, "cor@x.example", "coordinator").await;
        let coordinator = store
            .run(&["token", "create", "--user", "cor@x.example"])
            .1
            .trim()
            .to_string();
        // Four eyes: a second coordinator publishes what the first wrote and submitted.
        let second = store.token_for("cor2@x.example", "coordinator", None);
        let municipality = store.token_for("gem@x.example", "municipality", Some("maasdal"));
        let api = reqwest::Client::new();
        let url = |p: &str| format!("{base}/api/v1{p}");
        let send = |req: reqwest::RequestBuilder, token: &str| {
            req.bearer_auth(token)
                .header("accept-language", "nl")
                .send()
        };
        let view = |id: i64| {
            let u = url(&format!("/reports/{id}"));
            let t = coordinator.clone();
            async move { api_get(&u, &t).await }
        };

        // Maasdal reports every quarter.
        let mut t = api_get(&url("/tenants/maasdal"), &coordinator).await;
        t["quarterly_reports"] = json!(true);
        t["providers"] = json!([]);
        let res = send(api.put(url("/tenants/maasdal")).json(&t), &coordinator)
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200, "{}", res.text().await.unwrap());

        // A period that is not one: 422 naming "period", nothing started.
        let res = send(
            api.post(url("/tenants/maasdal/reports"))
                .json(&json!({"period": "2026-Q9"})),
            &coordinator,
        )
        .await
        .unwrap();
        assert_eq!(res.status().as_u16(), 422, "{}", store.label);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["errors"][0]["field"], "period", "{body}");
        let list = api_get(&url("/tenants/maasdal/reports"), &coordinator).await;
        assert_eq!(list, json!([]));

        // The current quarter: drafted, a stale save refused, submitted, publication refused.
        let res = send(
            api.post(url("/tenants/maasdal/reports"))
                .json(&json!({"period": current})),
            &coordinator,
        )
        .await
        .unwrap();
        assert_eq!(res.status().as_u16(), 201, "{}", res.text().await.unwrap());
        let running = res.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        let v = view(running).await;
        assert_eq!(v["status"], "draft");
        assert_eq!(v["concept"], true);
        let stamp = v["updated_at"].as_i64().unwrap();
        let text = |updated_at: i64| json!({"themes": "Lange wachttijden bij de Wmo.", "stories": "Een inwoner wachtte drie maanden op een besluit.", "recommendations": "Noem de behandelduur in elke brief.", "follow_up": "", "correction": "", "updated_at": updated_at});
        let res = send(
            api.put(url(&format!("/reports/{running}/text")))
                .json(&text(stamp - 1)),
            &coordinator,
        )
        .await
        .unwrap();
        assert_eq!(res.status().as_u16(), 409, "a stale save is refused");
        let after = view(running).await;
        assert_eq!(after["narrative"], v["narrative"], "nothing changed");
        assert_eq!(after["updated_at"], v["updated_at"]);
        let res = send(
            api.put(url(&format!("/reports/{running}/text")))
                .json(&text(stamp)),
            &coordinator,
        )
        .await
        .unwrap();
        assert_eq!(res.status().as_u16(), 204);
        // The draft's text is sealed at rest (it may hold a name until its check).
        let raw = store.raw().await;
        let stored: String = sqlx::Row::get(
            &sqlx::query("SELECT narrative FROM reports WHERE id = $1")
                .bind(running)
                .fetch_one(&raw)
                .await
                .unwrap(),
            "narrative",
        );
        assert!(stored.starts_with("sealed:") && !stored.contains("wachttijden"));
        check_privacy(&coordinator_browser, &base, running, &view(running).await).await;
        // Written while the quarter runs, but not submitted before it is over: the answer
        // says from which day.
        let from = if cq == 4 {
            format!("01-01-{}", cy + 1)
        } else {
            format!("01-{:02}-{cy}", 3 * cq + 1)
        };
        assert_eq!(view(running).await["submit_from"], json!(from));
        let res = send(
            api.post(url(&format!("/reports/{running}/submit"))),
            &coordinator,
        )
        .await
        .unwrap();
        assert_eq!(res.status().as_u16(), 422);
        let body: Value = res.json().await.unwrap();
        let message = body["errors"][0]["message"].as_str().unwrap();
        let months = ["januari", "april", "juli", "oktober"];
        let in_words = if cq == 4 {
            format!("1 januari {}", cy + 1)
        } else {
            format!("1 {} {cy}", months[cq as usize])
        };
        assert!(
            message.contains(&format!(
                "U kunt deze rapportage indienen vanaf {in_words}."
            )),
            "{body}"
        );
        assert_eq!(view(running).await["status"], "draft");

        // The previous quarter: published, discussed, corrected.
        let res = send(
            api.post(url("/tenants/maasdal/reports"))
                .json(&json!({"period": previous})),
            &coordinator,
        )
        .await
        .unwrap();
        let published = res.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        let stamp = view(published).await["updated_at"].as_i64().unwrap();
        let res = send(
            api.put(url(&format!("/reports/{published}/text")))
                .json(&text(stamp)),
            &coordinator,
        )
        .await
        .unwrap();
        assert_eq!(res.status().as_u16(), 204);
        check_privacy(
            &coordinator_browser,
            &base,
            published,
            &view(published).await,
        )
        .await;
        for step in ["submit", "publish"] {
            let read = view(published).await["updated_at"].clone();
            let (req, who) = match step {
                "submit" => (
                    api.post(url(&format!("/reports/{published}/submit"))),
                    &coordinator,
                ),
                _ => (
                    api.post(url(&format!("/reports/{published}/publish")))
                        .json(&json!({"updated_at": read})),
                    &second,
                ),
            };
            let res = send(req, who).await.unwrap();
            assert_eq!(
                res.status().as_u16(),
                204,
                "{step}: {}",
                res.text().await.unwrap()
            );
        }
        let v = view(published).await;
        assert_eq!(v["status"], "published");
        assert_eq!(v["concept"], false);
        assert_eq!(v["findings"], json!([]));
        let res = send(
            api.post(url(&format!("/reports/{published}/discussed")))
                .json(&json!({"on": "2999-01-01", "agreed": "x"})),
            &coordinator,
        )
        .await
        .unwrap();
        assert_eq!(res.status().as_u16(), 422);
        assert_eq!(
            res.json::<Value>().await.unwrap()["errors"][0]["field"],
            "on"
        );
        let res = send(
            api.post(url(&format!("/reports/{published}/discussed")))
                .json(&json!({"on": today, "agreed": "De gemeente noemt de behandelduur."})),
            &coordinator,
        )
        .await
        .unwrap();
        assert_eq!(res.status().as_u16(), 204);
        assert_eq!(view(published).await["status"], "discussed");
        let res = send(
            api.post(url(&format!("/reports/{published}/correct")))
                .json(&json!({"correction": "De tabel naar domein telde een kwestie dubbel."})),
            &coordinator,
        )
        .await
        .unwrap();
        assert_eq!(res.status().as_u16(), 201);
        let corrected = res.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        assert_ne!(corrected, published);
        let v2 = view(corrected).await;
        assert_eq!(
            (v2["version"].as_i64(), v2["status"].as_str()),
            (Some(2), Some("draft"))
        );
        assert_eq!(v2["period"], previous);
        let all = api_get(&url("/tenants/maasdal/reports"), &coordinator).await;
        assert_eq!(all.as_array().unwrap().len(), 3, "{all}");
        let release = api_get(
            &url(&format!("/tenants/maasdal/reports/{py}/release")),
            &coordinator,
        )
        .await;
        assert_eq!(release["format"], "naast-sdc-release/1");

        // The municipality: only the published version, never a draft, and its files.
        let list = api_get(&url("/tenants/maasdal/reports"), &municipality).await;
        let ids: Vec<i64> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_i64().unwrap())
            .collect();
        assert_eq!(ids, [published], "{list}");
        for draft in [running, corrected] {
            let res = send(api.get(url(&format!("/reports/{draft}"))), &municipality)
                .await
                .unwrap();
            assert_eq!(res.status().as_u16(), 404);
            let res = send(
                api.get(url(&format!("/reports/{draft}/report.csv"))),
                &municipality,
            )
            .await
            .unwrap();
            assert_eq!(res.status().as_u16(), 404);
        }
        for (method, path) in [
            ("POST", format!("/reports/{published}/correct")),
            ("POST", format!("/reports/{running}/publish")),
            ("GET", format!("/tenants/maasdal/reports/{py}/release")),
        ] {
            let req = match method {
                "POST" => api.post(url(&path)),
                _ => api.get(url(&path)),
            };
            let status = send(req, &municipality).await.unwrap().status().as_u16();
            assert!([403, 404].contains(&status), "{method} {path}: {status}");
        }
        let seen = api_get(&url(&format!("/reports/{published}")), &municipality).await;
        assert_eq!(seen["status"], "discussed");
        let pdf = send(
            api.get(url(&format!("/reports/{published}/report.pdf"))),
            &municipality,
        )
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
        assert!(pdf.starts_with(b"%PDF"), "a PDF");
        let xlsx = send(
            api.get(url(&format!("/reports/{published}/report.xlsx"))),
            &municipality,
        )
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
        assert!(xlsx.starts_with(b"PK\x03\x04"), "an XLSX workbook");
        let csv = send(
            api.get(url(&format!("/reports/{published}/report.csv"))),
            &municipality,
        )
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
        let rows = csv_rows(&csv);
        let header = &rows[0];
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        let (table, rd, rc, cd, cc, value) = (
            col("table"),
            col("row_dimension"),
            col("row_code"),
            col("column_dimension"),
            col("column_code"),
            col("value"),
        );
        let shown = numbers(&seen);
        assert!(shown.values().any(|v| v == "x"), "the report hides numbers");
        let (mut compared, mut hidden) = (0, 0);
        for r in &rows[1..] {
            let mut at = Vec::new();
            for (d, c) in [(rd, rc), (cd, cc)] {
                if !r[d].is_empty() && !r[c].is_empty() {
                    at.push(format!("{}={}", r[d], r[c]));
                }
            }
            at.sort();
            if let Some(expected) = shown.get(&(r[table].clone(), at.join(";"))) {
                assert_eq!(&r[value], expected, "{r:?}");
                compared += 1;
                if expected == "x" {
                    hidden += 1;
                }
            }
        }
        assert!(
            compared > 10 && hidden > 0,
            "{compared} numbers, {hidden} hidden"
        );
        // The one jeugd kwestie pair and the one schuldhulp kwestie never show as a number.
        for r in &rows[1..] {
            if r[table].ends_with("cases by area")
                && ["jeugd", "schuldhulp"].contains(&r[rc].as_str())
            {
                assert_eq!(r[value], "x", "{r:?}");
            }
        }
        let html = send(
            api.get(url(&format!("/reports/{published}/report.html"))),
            &municipality,
        )
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
        assert!(html.contains("<caption>") && html.contains("<th scope=\"row\">"));
        assert!(html.contains("<abbr title=\"x = niet gepubliceerd: kleine aantallen\">x</abbr>"));
        assert!(
            !html.contains("<script"),
            "no scripts in the standalone page"
        );

        // The municipality's browser: the portal, never the back office's report pages.
        let gem = sign_up(&store, &server, "gem2@x.example", "municipality").await;
        let res = gem.get(format!("{base}/admin")).send().await.unwrap();
        assert_eq!(
            location(&res),
            "/portal",
            "a municipality lands on its portal"
        );
        for path in [
            "/admin/reports".to_string(),
            format!("/admin/reports/{published}"),
            format!("/admin/reports/{running}"),
            format!("/admin/reports/{published}/report.csv"),
        ] {
            let res = gem.get(format!("{base}{path}")).send().await.unwrap();
            let status = res.status().as_u16();
            let body = res.text().await.unwrap();
            assert!(
                [302, 303, 403, 404].contains(&status) && !body.contains("Werkstroom"),
                "{path}: {status}"
            );
        }
        let (status, portal) = get(&gem, &format!("{base}/portal")).await;
        assert_eq!(status, 200);
        assert!(portal.contains(&format!("/portal/reports/{published}")));
        assert!(!portal.contains(&format!("/portal/reports/{running}")));
        assert!(!portal.contains(&format!("/portal/reports/{corrected}")));
        let (status, page) = get(&gem, &format!("{base}/portal/reports/{published}")).await;
        assert_eq!(status, 200);
        assert!(page.contains("<abbr title=") && page.contains("<svg"));
        assert!(!page.contains("Werkstroom") && !page.contains("CONCEPT"));
        let (status, _) = get(&gem, &format!("{base}/portal/reports/{corrected}")).await;
        assert_eq!(status, 404, "a draft does not exist for the municipality");

        // The back office: the draft with its banner and workflow; a bad period keeps what was
        // typed; a refused publication says why.
        let c = &coordinator_browser;
        let (status, page) = get(c, &format!("{base}/admin/reports?tenant=maasdal")).await;
        assert_eq!(status, 200);
        assert!(page.contains("concept") && page.contains("besproken"));
        let res = post(
            c,
            &format!("{base}/admin/reports"),
            &page,
            &[("tenant", "maasdal"), ("period", "kwartaal twee")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422);
        let body = res.text().await.unwrap();
        assert!(body.contains("value=\"kwartaal twee\"") && body.contains("href=\"#period\""));
        let (status, page) = get(c, &format!("{base}/admin/reports/{running}")).await;
        assert_eq!(status, 200);
        assert!(
            page.contains("CONCEPT") && page.contains("U kunt deze rapportage indienen vanaf 1 ")
        );
        assert!(
            !page.contains("Ter beoordeling aanbieden"),
            "no button before the day"
        );
        let res = post(
            c,
            &format!("{base}/admin/reports/{running}/submit"),
            &page,
            &[],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422);
        assert!(res.text().await.unwrap().contains("nog niet voorbij"));
        // A quarter for a municipality without quarterly reports: the message says exactly that.
        let mut t = api_get(&url("/tenants/maasdal"), &coordinator).await;
        t["quarterly_reports"] = json!(false);
        let res = send(api.put(url("/tenants/maasdal")).json(&t), &coordinator)
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        let res = post(
            c,
            &format!("{base}/admin/reports"),
            &page,
            &[("tenant", "maasdal"), ("period", &format!("Q1 {py}"))],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422);
        let body = res.text().await.unwrap();
        assert!(
            body.contains("Maasdal krijgt geen kwartaalrapportages, alleen een jaarrapportage"),
            "{body}"
        );
        t["quarterly_reports"] = json!(true);
        send(api.put(url("/tenants/maasdal")).json(&t), &coordinator)
            .await
            .unwrap();
        let (_, page) = get(c, &format!("{base}/admin/reports/{corrected}")).await;
        assert!(
            page.contains("id=\"correction\""),
            "a correction says what it corrects"
        );
        let res = post(
            c,
            &format!("{base}/admin/reports/{corrected}/text"),
            &page,
            &[
                ("themes", "Mijn nieuwe tekst"),
                ("correction", "Een tabel telde dubbel."),
                ("updated_at", "1"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 409, "a stale save from the page");
        assert!(
            res.text().await.unwrap().contains("Mijn nieuwe tekst"),
            "what was typed stays"
        );
        let (status, _) = get(c, &format!("{base}/admin/reports/{published}/report.pdf")).await;
        assert_eq!(status, 200);
    }
}

/// The check for personal data that comes before review: nothing found is hidden.
async fn check_privacy(c: &reqwest::Client, base: &str, id: i64, view: &Value) {
    // Without NAAST_DEID_LISTS the check page says what it may miss.
    let (status, check) = get(c, &format!("{base}/admin/reports/{id}/privacy")).await;
    assert_eq!(status, 200);
    assert!(
        check.contains("zonder namenlijsten") || check.contains("without name lists"),
        "{check}"
    );
    let (status, page) = get(c, &format!("{base}/admin/reports/{id}")).await;
    assert_eq!(status, 200);
    let stamp = view["updated_at"].as_i64().unwrap().to_string();
    let res = post(
        c,
        &format!("{base}/admin/reports/{id}/privacy"),
        &page,
        &[("updated_at", stamp.as_str()), ("missed", "")],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303, "the text is checked");
}
