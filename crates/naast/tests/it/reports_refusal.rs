//! A report the audit gate refuses: the annual report published before the fourth quarter
//! freezes the year's numbers, so the fourth quarter's small number for one area can be worked
//! out (the year less the first three quarters). Publication is refused in plain Dutch; the
//! page names the tables in words and offers the fix — leave out the quarter's breakdown by
//! area — as one button; after it the page shows the result, publication passes and the year's
//! release passes the audit, the published year unchanged.

use crate::harness::*;
use serde_json::{Value, json};

const EMAIL: &str = "cor@x.example";

#[tokio::test]
async fn a_refused_fourth_quarter_says_what_is_wrong_and_one_button_fixes_it() {
    let year = i32::from(naast_app::clock::today().year()) - 1;
    for store in Store::all().await {
        let (code, _, err) =
            store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        assert_eq!(code, 0, "{err}");
        // Every quarter of last year the same, but the fourth has 2 kwesties about youth care.
        let mut lines = Vec::new();
        for q in 1..=4u32 {
            let month = 3 * (q - 1) + 1;
            let jeugd = if q == 4 { 2 } else { 6 };
            let areas = [
                ("wmo", 12),
                ("jeugd", jeugd),
                ("participatie", 7),
                ("werk", 9),
            ];
            let mut day = 1;
            for (area, n) in areas {
                for _ in 0..n {
                    lines.push(json!({"opened_on": format!("{year}-{month:02}-{:02}", day % 28 + 1), "channel": "phone", "area": area, "organisation": "municipality", "nature": "treatment", "minutes": 30}).to_string());
                    day += 1;
                }
            }
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
        let (browser, _) = first_coordinator(&server, EMAIL).await;
        let token = store
            .run(&["token", "create", "--user", EMAIL])
            .1
            .trim()
            .to_string();
        // Four eyes: a second coordinator publishes.
        let second = store.token_for("cor2@x.example", "coordinator", None);
        let api = reqwest::Client::new();
        let url = |p: &str| format!("{base}/api/v1{p}");
        let send = |req: reqwest::RequestBuilder| {
            req.bearer_auth(&token)
                .header("accept-language", "nl")
                .send()
        };
        let mut t = api_get(&url("/tenants/maasdal"), &token).await;
        t["quarterly_reports"] = json!(true);
        t["providers"] = json!([]);
        let res = send(api.put(url("/tenants/maasdal")).json(&t))
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200, "{}", res.text().await.unwrap());

        // Starts a period's report and submits it; returns its id and the publication's answer.
        let publish = |period: String| {
            let (api, url) = (api.clone(), url);
            let token = token.clone();
            let second = second.clone();
            async move {
                let send = |req: reqwest::RequestBuilder| {
                    req.bearer_auth(&token)
                        .header("accept-language", "nl")
                        .send()
                };
                let res = send(
                    api.post(url("/tenants/maasdal/reports"))
                        .json(&json!({"period": period})),
                )
                .await
                .unwrap();
                assert_eq!(res.status().as_u16(), 201, "{period}");
                let id = res.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
                let res = send(api.post(url(&format!("/reports/{id}/submit"))))
                    .await
                    .unwrap();
                assert_eq!(res.status().as_u16(), 204, "{period} submit");
                let read =
                    api_get(&url(&format!("/reports/{id}")), &second).await["updated_at"].clone();
                let res = api
                    .post(url(&format!("/reports/{id}/publish")))
                    .bearer_auth(&second)
                    .header("accept-language", "nl")
                    .json(&json!({"updated_at": read}))
                    .send()
                    .await
                    .unwrap();
                let status = res.status().as_u16();
                (id, status, res.text().await.unwrap())
            }
        };
        // Q1–Q3, then the year, before the fourth quarter.
        for period in [
            format!("{year}-Q1"),
            format!("{year}-Q2"),
            format!("{year}-Q3"),
            year.to_string(),
        ] {
            let (_, status, body) = publish(period.clone()).await;
            assert_eq!(status, 204, "{} {period}: {body}", store.label);
        }
        let year_id = api_get(&url("/tenants/maasdal/reports"), &token)
            .await
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["quarter"] == 0)
            .unwrap()["id"]
            .as_i64()
            .unwrap();
        let year_before = api_get(&url(&format!("/reports/{year_id}")), &token).await;

        // The fourth quarter: refused, in plain Dutch, pointing at the fix.
        let (q4, status, body) = publish(format!("{year}-Q4")).await;
        assert_eq!(status, 422, "{}: {body}", store.label);
        assert!(
            body.contains("kleine aantallen uitrekenen") && body.contains("Verberg eerst"),
            "{body}"
        );
        assert!(
            !body.contains("cases by") && !body.contains("pinned"),
            "{body}"
        );
        let v = api_get(&url(&format!("/reports/{q4}")), &token).await;
        assert_eq!(v["status"], "review");
        assert_eq!(v["extra_protection"], false);
        let fix = v["fix"].as_array().expect("a fix is offered");
        assert!(
            fix.iter().any(
                |e| e["table"] == format!("{year}-Q4 cases by area") && e["kind"] == "withheld"
            ),
            "{fix:?}"
        );

        // The page: what is wrong in words, and one button.
        let page_url = format!("{base}/admin/reports/{q4}");
        let (code, page) = get(&browser, &page_url).await;
        assert_eq!(code, 200);
        assert!(page.contains("Zo kan deze rapportage niet worden gepubliceerd"));
        assert!(
            page.contains(&format!("Kwesties naar domein ({year} Q4)")),
            "{page}"
        );
        assert!(page.contains("alleen het totaal tonen"));
        assert!(!page.contains("cases by area") && !page.contains("pinned_below_k"));
        assert!(page.contains("Deze cijfers verbergen en het resultaat bekijken"));

        // Bad input: the button of a version read before a change is refused; nothing changes.
        let stale = v["updated_at"].as_i64().unwrap() - 1;
        let res = post(
            &browser,
            &format!("{page_url}/protect"),
            &page,
            &[("updated_at", &stale.to_string())],
        )
        .await;
        assert_eq!(res.status().as_u16(), 409, "a stale button is refused");
        let again = api_get(&url(&format!("/reports/{q4}")), &token).await;
        assert_eq!(again["extra_protection"], false);
        assert_eq!(again["updated_at"], v["updated_at"]);

        // The one action: hidden, then the result shown before publishing.
        let read = v["updated_at"].as_i64().unwrap().to_string();
        let res = post(
            &browser,
            &format!("{page_url}/protect"),
            &page,
            &[("updated_at", &read)],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        assert_eq!(
            location(&res),
            format!("/admin/reports/{q4}?klaar=verborgen")
        );
        let (_, page) = get(&browser, &format!("{base}{}", location(&res))).await;
        assert!(page.contains("De extra cijfers zijn verborgen"));
        assert!(!page.contains("Zo kan deze rapportage niet worden gepubliceerd"));
        assert!(page.contains("Van deze tabellen laten we alleen het totaal zien"));
        let v = api_get(&url(&format!("/reports/{q4}")), &token).await;
        assert_eq!(v["status"], "review", "still to be published");
        assert_eq!(v["findings"], json!([]));
        assert!(
            v["content"]["withheld"]
                .as_array()
                .unwrap()
                .iter()
                .any(|id| id == &json!(format!("{year}-Q4 cases by area")))
        );

        let res = api
            .post(url(&format!("/reports/{q4}/publish")))
            .bearer_auth(&second)
            .json(&json!({"updated_at": v["updated_at"]}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 204, "{}", res.text().await.unwrap());
        // The published year is as it was, and the year's release passes the audit.
        let year_after = api_get(&url(&format!("/reports/{year_id}")), &token).await;
        assert_eq!(year_after["content"], year_before["content"]);
        let rel = store.dir.path().join("release.json");
        let (code, _, err) = store.run(&[
            "report",
            "release",
            "--tenant",
            "maasdal",
            "--year",
            &year.to_string(),
            "--out",
            rel.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        // What `naast report audit` does with the file.
        let release: naast_report::release::Release =
            serde_json::from_slice(&std::fs::read(&rel).unwrap()).unwrap();
        let audit = naast_report::audit::audit(&release).unwrap();
        assert!(
            audit.findings.is_empty(),
            "{}: {:?}",
            store.label,
            audit.findings
        );
        assert!(
            release
                .tables
                .iter()
                .all(|t| t.id != format!("{year}-Q4 cases by area")),
            "the fourth quarter's breakdown by area is left out"
        );
    }
}
