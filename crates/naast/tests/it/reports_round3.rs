//! The coordinator's usability round 3 on reports: the personal-data check gives publishable
//! text in one pass (general words, editable, never the municipality's own name as a finding);
//! a report of a period that is not over can be written but not submitted, and both the page
//! and the refusal say from which day (a quarter and a year); a replaced version says so
//! instead of "de gemeente leest deze rapportage".

use crate::harness::*;
use serde_json::{Value, json};

async fn call(
    base: &str,
    token: &str,
    method: reqwest::Method,
    path: &str,
    body: Value,
) -> (u16, Value) {
    let res = reqwest::Client::new()
        .request(method, format!("{base}/api/v1{path}"))
        .bearer_auth(token)
        .header("accept-language", "nl")
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    let text = res.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// Starts a report for `period` and saves `themes` as its text; returns its id.
async fn draft(base: &str, token: &str, period: &str, themes: &str) -> i64 {
    let (s, v) = call(
        base,
        token,
        reqwest::Method::POST,
        "/tenants/maasdal/reports",
        json!({"period": period}),
    )
    .await;
    assert_eq!(s, 201, "{period}: {v}");
    let id = v["id"].as_i64().unwrap();
    let r = api_get(&format!("{base}/api/v1/reports/{id}"), token).await;
    let (s, v) = call(
        base,
        token,
        reqwest::Method::PUT,
        &format!("/reports/{id}/text"),
        json!({"themes": themes, "updated_at": r["updated_at"]}),
    )
    .await;
    assert_eq!(s, 204, "{v}");
    id
}

/// The check through the API, every finding accepted with its suggested words.
async fn check(base: &str, token: &str, id: i64) {
    let review = api_get(&format!("{base}/api/v1/reports/{id}/privacy"), token).await;
    let keys: Vec<Value> = review["fields"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["segments"].as_array().unwrap().clone())
        .filter_map(|s| s["finding"]["key"].as_str().map(|k| json!(k)))
        .collect();
    let (s, v) = call(
        base,
        token,
        reqwest::Method::POST,
        &format!("/reports/{id}/privacy"),
        json!({"accept": keys, "missed": "", "updated_at": review["updated_at"]}),
    )
    .await;
    assert_eq!(s, 204, "{v}");
}

fn words_nl(day: jiff::civil::Date) -> String {
    let months = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    format!(
        "{} {} {}",
        day.day(),
        months[day.month() as usize - 1],
        day.year()
    )
}

#[tokio::test]
async fn a_future_period_is_written_but_submitted_from_the_day_after_it() {
    let next = i32::from(naast_app::clock::today().year()) + 1;
    for store in Store::all().await {
        let (server, browser, token) = maasdal_with_coordinator(&store).await;
        let base = server.url.clone();
        let mut t = api_get(&format!("{base}/api/v1/tenants/maasdal"), &token).await;
        t["quarterly_reports"] = json!(true);
        t["providers"] = json!([]);
        let (s, v) = call(&base, &token, reqwest::Method::PUT, "/tenants/maasdal", t).await;
        assert_eq!(s, 200, "{v}");
        for (period, from) in [
            (format!("{next}-Q1"), jiff::civil::date(next as i16, 4, 1)),
            (format!("{next}"), jiff::civil::date(next as i16 + 1, 1, 1)),
        ] {
            let id = draft(&base, &token, &period, "Lange wachttijden bij de Wmo.").await;
            check(&base, &token, id).await;
            let sentence = format!("U kunt deze rapportage indienen vanaf {}.", words_nl(from));
            // The page says it where the submit button would be, and has no button.
            let (status, page) = get(&browser, &format!("{base}/admin/reports/{id}")).await;
            assert_eq!(status, 200);
            assert!(page.contains(&sentence), "{period}: {page}");
            assert!(
                !page.contains(&format!("/admin/reports/{id}/submit")),
                "{period}"
            );
            // The API refuses with the same sentence, and nothing changes.
            let (s, v) = call(
                &base,
                &token,
                reqwest::Method::POST,
                &format!("/reports/{id}/submit"),
                json!({}),
            )
            .await;
            assert_eq!(s, 422, "{period}: {v}");
            let message = v["errors"][0]["message"].as_str().unwrap_or_default();
            assert!(message.contains(&sentence), "{period}: {message}");
            let r = api_get(&format!("{base}/api/v1/reports/{id}"), &token).await;
            assert_eq!(r["status"], "draft");
            // The form the page would post is refused the same way.
            let res = post(
                &browser,
                &format!("{base}/admin/reports/{id}/submit"),
                &page,
                &[],
            )
            .await;
            assert_eq!(res.status().as_u16(), 422, "{period}");
            assert!(res.text().await.unwrap().contains(&sentence), "{period}");
        }
    }
}

#[tokio::test]
async fn one_check_gives_general_words_and_a_replaced_version_says_so() {
    let last = i32::from(naast_app::clock::today().year()) - 1;
    for store in Store::all().await {
        let (server, browser, token) = maasdal_with_coordinator(&store).await;
        let base = server.url.clone();
        let second = store.token_for("cor2@x.example", "coordinator", None);
        let themes = "Mevrouw Jansen uit Maasdal belde op 06-12345678 over haar Wmo-aanvraag.";
        let id = draft(&base, &token, &last.to_string(), themes).await;

        // The check offers words per finding; the municipality's own name is no finding.
        let url = format!("{base}/admin/reports/{id}/privacy");
        let (status, page) = get(&browser, &url).await;
        assert_eq!(status, 200);
        assert!(page.contains("value=\"een inwoner\""), "{page}");
        assert!(page.contains("value=\"een telefoonnummer\""), "{page}");
        let marked: Vec<&str> = page
            .split("<mark>")
            .skip(1)
            .filter_map(|m| m.split("</mark>").next())
            .collect();
        assert!(
            marked.contains(&"Jansen") && !marked.iter().any(|m| m.contains("Maasdal")),
            "{marked:?}"
        );
        let keys: Vec<String> = page
            .split("name=\"accept\" value=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next().map(String::from))
            .collect();
        let person = keys
            .iter()
            .find(|k| k.ends_with(":PERSON"))
            .unwrap()
            .clone();
        let stamp =
            api_get(&format!("{base}/api/v1/reports/{id}"), &token).await["updated_at"].to_string();
        let person_field = format!("word.{person}");
        let mut fields: Vec<(&str, &str)> = keys.iter().map(|k| ("accept", k.as_str())).collect();
        fields.push(("updated_at", stamp.as_str()));
        fields.push(("missed", "Wmo-aanvraag = aanvraag"));

        // Bad input: words too long are refused naming the field, typed text kept, nothing changed.
        let long = "een inwoner ".repeat(10);
        let mut bad = fields.clone();
        bad.push((person_field.as_str(), long.trim()));
        let res = post(&browser, &url, &page, &bad).await;
        assert_eq!(res.status().as_u16(), 422);
        let again = res.text().await.unwrap();
        assert!(again.contains("hoogstens 80 tekens"), "{again}");
        assert!(again.contains(long.trim()) && again.contains("Wmo-aanvraag = aanvraag"));
        let r = api_get(&format!("{base}/api/v1/reports/{id}"), &token).await;
        assert_eq!(r["narrative"]["themes"], themes);

        // One pass: the writer's own words for the person, the suggestion for the phone number.
        fields.push((person_field.as_str(), "een oudere inwoner"));
        let res = post(&browser, &url, &page, &fields).await;
        assert_eq!(res.status().as_u16(), 303);
        let r = api_get(&format!("{base}/api/v1/reports/{id}"), &token).await;
        assert_eq!(
            r["narrative"]["themes"],
            "Een oudere inwoner uit Maasdal belde op een telefoonnummer over haar aanvraag."
        );
        let (s, v) = call(
            &base,
            &token,
            reqwest::Method::POST,
            &format!("/reports/{id}/submit"),
            json!({}),
        )
        .await;
        assert_eq!(s, 204, "submitted after one check: {v}");
        let read =
            api_get(&format!("{base}/api/v1/reports/{id}"), &second).await["updated_at"].clone();
        let (s, v) = call(
            &base,
            &second,
            reqwest::Method::POST,
            &format!("/reports/{id}/publish"),
            json!({"updated_at": read}),
        )
        .await;
        assert_eq!(s, 204, "{v}");
        let (_, page) = get(&browser, &format!("{base}/admin/reports/{id}")).await;
        assert!(page.contains("de gemeente leest deze rapportage"));

        // A correction published: the first version no longer says the municipality reads it.
        let (s, v) = call(
            &base,
            &token,
            reqwest::Method::POST,
            &format!("/reports/{id}/correct"),
            json!({"correction": "Een tabel is verbeterd."}),
        )
        .await;
        assert_eq!(s, 201, "{v}");
        let v2 = v["id"].as_i64().unwrap();
        check(&base, &token, v2).await;
        let (s, v) = call(
            &base,
            &token,
            reqwest::Method::POST,
            &format!("/reports/{v2}/submit"),
            json!({}),
        )
        .await;
        assert_eq!(s, 204, "{v}");
        let read =
            api_get(&format!("{base}/api/v1/reports/{v2}"), &second).await["updated_at"].clone();
        let (s, v) = call(
            &base,
            &second,
            reqwest::Method::POST,
            &format!("/reports/{v2}/publish"),
            json!({"updated_at": read}),
        )
        .await;
        assert_eq!(s, 204, "{v}");
        let (_, page) = get(&browser, &format!("{base}/admin/reports/{id}")).await;
        assert!(
            !page.contains("de gemeente leest deze rapportage"),
            "{page}"
        );
        assert!(page.contains("Vervangen door versie 2"), "{page}");
        assert!(
            page.contains(&format!("href=\"/admin/reports/{v2}\">Naar versie 2")),
            "{page}"
        );
    }
}

#[tokio::test]
async fn a_coordinator_of_several_municipalities_starts_the_annual_drafts_in_one_step() {
    let last = i32::from(naast_app::clock::today().year()) - 1;
    let store = Store::sqlite();
    store.run(&[
        "tenant",
        "add",
        "--slug",
        "lindeveld",
        "--name",
        "Lindeveld",
    ]);
    let (server, browser, token) = maasdal_with_coordinator(&store).await;
    let base = server.url.clone();
    // Maasdal has its draft already: it keeps it.
    let kept = draft(&base, &token, &last.to_string(), "Lange wachttijden.").await;
    let url = format!("{base}/admin/reports/status");
    let (status, page) = get(&browser, &url).await;
    assert_eq!(status, 200);
    assert!(page.contains("id=\"start-year\""), "{page}");
    assert!(
        page.contains(&format!("Nog zonder jaarrapportage {last}: Lindeveld.")),
        "{page}"
    );
    let res = post(&browser, &format!("{url}/start-year"), &page, &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, page) = get(&browser, &format!("{base}{}", location(&res))).await;
    assert!(
        page.contains(&format!(
            "Gestarte concepten van de jaarrapportage {last}: 1."
        )),
        "{page}"
    );
    assert!(!page.contains("id=\"start-year\""), "nothing left to start");
    // Each municipality its own draft; Maasdal's is the one it had.
    for (slug, want) in [("maasdal", Some(kept)), ("lindeveld", None)] {
        let list = api_get(&format!("{base}/api/v1/tenants/{slug}/reports"), &token).await;
        let list = list.as_array().unwrap();
        assert_eq!(list.len(), 1, "{slug}: {list:?}");
        assert_eq!(list[0]["status"], "draft");
        assert_eq!(list[0]["year"], last);
        assert_eq!(list[0]["quarter"], 0);
        if let Some(id) = want {
            assert_eq!(list[0]["id"], id);
        }
    }
}
