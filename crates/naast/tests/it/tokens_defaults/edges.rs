//! Validation at the edge: control characters in free text and labels, numbers out of range.

use crate::harness::*;
use serde_json::json;

fn fields(body: &serde_json::Value) -> Vec<String> {
    body["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|e| e["field"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn control_characters_and_numbers_out_of_range_are_refused_with_422_naming_each_field() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let coordinator = store.token_for("cor@x.example", "coordinator", None);
        let confidant = store.token_for("conf@x.example", "confidant", Some("maasdal"));
        let server = Server::start(&store, &[]);
        let api = reqwest::Client::new();
        let url = |p: &str| format!("{}{p}", server.url);

        // A tenant with a bell in its name and both numbers one past their bounds.
        let res = api
            .post(url("/api/v1/tenants"))
            .bearer_auth(&coordinator)
            .header("accept-language", "en")
            .json(
                &json!({"slug": "lindeveld", "name": "Linde\u{7}veld", "areas": ["wmo"],
                "threshold_k": 51, "retention_months": 241}),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 422, "{}", store.label);
        let body: serde_json::Value = res.json().await.unwrap();
        let f = fields(&body);
        for name in ["name", "threshold_k", "retention_months"] {
            assert!(f.iter().any(|x| x == name), "{name} not named: {body}");
        }
        assert!(body.to_string().contains("control character"), "{body}");
        assert!(body.to_string().contains("from 3 to 50"), "{body}");
        assert!(body.to_string().contains("from 0 to 240"), "{body}");
        // Neither number alone passes either.
        for (field, v) in [("threshold_k", 51), ("retention_months", 241)] {
            let res = api
                .post(url("/api/v1/tenants"))
                .bearer_auth(&coordinator)
                .json(
                    &json!({"slug": "lindeveld", "name": "Lindeveld", "areas": ["wmo"], field: v}),
                )
                .send()
                .await
                .unwrap();
            assert_eq!(res.status().as_u16(), 422, "{field}");
            let body: serde_json::Value = res.json().await.unwrap();
            assert_eq!(fields(&body), vec![field.to_string()], "{body}");
        }
        // A blank name and a name with a newline are refused too.
        for name in ["   ", "Linde\nveld"] {
            let res = api
                .post(url("/api/v1/tenants"))
                .bearer_auth(&coordinator)
                .json(&json!({"slug": "lindeveld", "name": name, "areas": ["wmo"]}))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status().as_u16(), 422, "{name:?}");
        }
        let (_, out, _) = store.run(&["tenant", "list", "--json"]);
        let list: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            list.as_array().map(Vec::len),
            Some(1),
            "nothing created: {out}"
        );

        // A story with a NUL in it.
        let res = api
            .post(url("/api/v1/cases"))
            .bearer_auth(&confidant)
            .header("accept-language", "en")
            .json(
                &json!({"tenant": "maasdal", "channel": "phone", "anonymous": true,
                "story": "Mijn hulp\u{0} is gestopt"}),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 422, "{}", store.label);
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(fields(&body), vec!["story".to_string()], "{body}");
        // The same through the public form: an escape sequence in the story.
        let res = api
            .post(url("/api/v1/public/maasdal/intake"))
            .json(&json!({"story": "Hulp gestopt \u{1b}[2J", "area": "wmo"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 422);
        let body: serde_json::Value = res.json().await.unwrap();
        assert!(fields(&body).iter().any(|f| f == "story"), "{body}");
        let cases = api_get(&url("/api/v1/cases"), &confidant).await;
        assert_eq!(cases["total"], 0, "nothing stored: {cases}");

        // CRLF is fine and becomes a newline.
        let res = api
            .post(url("/api/v1/cases"))
            .bearer_auth(&confidant)
            .json(
                &json!({"tenant": "maasdal", "channel": "phone", "anonymous": true,
                "story": "Regel een\r\nRegel twee\twith a tab"}),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 201, "{}", store.label);
        let case: serde_json::Value = res.json().await.unwrap();
        let reference = case["reference"].as_str().unwrap_or_default().to_string();
        let got = api_get(&url(&format!("/api/v1/cases/{reference}")), &confidant).await;
        assert_eq!(got["story"], "Regel een\nRegel twee\twith a tab", "{got}");
    }
}
