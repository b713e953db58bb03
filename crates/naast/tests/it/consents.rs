//! The consent ledger per kwestie: recorded through the API and the case page, bad input named
//! per field with nothing stored, revoked once, and never shown to a municipality.

use crate::harness::*;
use serde_json::{Value, json};

#[tokio::test]
async fn consents_are_recorded_listed_revoked_once_and_hidden_from_the_municipality() {
    for store in Store::all().await {
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let (browser, _) = first_coordinator(&server, "cor@naast.example").await;
        let coordinator = store.token_for("cor2@x.example", "coordinator", None);
        let api = reqwest::Client::new();
        let base = server.url.clone();
        let res = api
            .post(format!("{base}/api/v1/tenants"))
            .bearer_auth(&coordinator)
            .json(&json!({"slug": "maasdal", "name": "Maasdal", "areas": ["wmo", "jeugd"], "providers": ["Maasdal Thuiszorg"]}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 201, "{}", store.label);
        let confidant = store.token_for("vera@x.example", "confidant", Some("maasdal"));
        let municipality = store.token_for("gem@x.example", "municipality", Some("maasdal"));
        let res = api.post(format!("{base}/api/v1/cases")).bearer_auth(&confidant).json(&json!({"tenant": "maasdal", "channel": "phone", "story": "Mijn huishoudelijke hulp is gestopt", "name": "Jan Jansen", "phone": "06 12345678"})).send().await.unwrap();
        assert_eq!(res.status().as_u16(), 201);
        let reference = res.json::<Value>().await.unwrap()["reference"]
            .as_str()
            .unwrap()
            .to_string();
        let url = |p: &str| format!("{base}/api/v1/cases/{reference}{p}");
        let consents_url = url("/consents");
        let list = || api_get(&consents_url, &confidant);

        // Bad input: a date ahead, an unknown recipient, scope and way; each named, nothing stored.
        let res = api
            .post(url("/consents"))
            .bearer_auth(&confidant)
            .json(&json!({"recipient": "buurman", "scope": "everything", "given_on": "2099-01-01", "how": "telepathy"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 422);
        let body = res.json::<Value>().await.unwrap();
        let fields: Vec<&str> = body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["field"].as_str())
            .collect();
        assert_eq!(fields, ["recipient", "scope", "given_on", "how"], "{body}");
        assert_eq!(list().await.as_array().unwrap().len(), 0);

        // Two good ones: to the municipality and to a provider.
        let add = |body: Value| {
            api.post(url("/consents"))
                .bearer_auth(&confidant)
                .json(&body)
                .send()
        };
        let res = add(json!({"recipient": "municipality", "scope": "signal", "given_on": "2026-01-05", "how": "spoken"})).await.unwrap();
        assert_eq!(res.status().as_u16(), 201);
        let signal = res.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        let res = add(json!({"recipient": "maasdal_thuiszorg", "scope": "share_details", "given_on": "2026-01-06", "how": "written"})).await.unwrap();
        assert_eq!(res.status().as_u16(), 201);
        let l = list().await;
        let l = l.as_array().unwrap();
        assert_eq!(l.len(), 2);
        assert_eq!(l[0]["id"], signal);
        assert_eq!(l[0]["recipient"], "municipality");
        assert_eq!(l[0]["scope"], "signal");
        assert_eq!(l[0]["given_on"], "2026-01-05");
        assert_eq!(l[0]["how"], "spoken");
        assert_eq!(l[0]["revoked_on"], Value::Null);
        assert_eq!(l[1]["recipient"], "maasdal_thuiszorg");
        // The case view carries them too.
        assert_eq!(
            api_get(&url(""), &confidant).await["consents"]
                .as_array()
                .unwrap()
                .len(),
            2
        );

        // Revoke: revoked_on set; a second revoke is refused; another case's id is not found.
        let revoke = |id: i64| {
            api.post(url(&format!("/consents/{id}/revoke")))
                .bearer_auth(&confidant)
                .send()
        };
        assert_eq!(revoke(signal).await.unwrap().status().as_u16(), 204);
        let l = list().await;
        assert!(
            l[0]["revoked_on"].as_str().is_some_and(|s| s.len() == 10),
            "{l}"
        );
        assert_eq!(l[1]["revoked_on"], Value::Null);
        assert_eq!(revoke(signal).await.unwrap().status().as_u16(), 409);
        assert_eq!(revoke(999_999).await.unwrap().status().as_u16(), 404);

        // A municipality's token: nothing on all three routes.
        let statuses = [
            api.get(url("/consents")).bearer_auth(&municipality).send().await.unwrap(),
            api.post(url("/consents"))
                .bearer_auth(&municipality)
                .json(&json!({"recipient": "municipality", "scope": "signal", "given_on": "2026-01-05", "how": "spoken"}))
                .send()
                .await
                .unwrap(),
            api.post(url(&format!("/consents/{signal}/revoke")))
                .bearer_auth(&municipality)
                .send()
                .await
                .unwrap(),
        ]
        .map(|r| r.status().as_u16());
        for s in statuses {
            assert!(s == 403 || s == 404, "{statuses:?}");
        }
        assert_eq!(list().await.as_array().unwrap().len(), 2);

        // Through the case page: the list shows names and labels; a bad submission keeps what was
        // typed and names the problem; a good one is stored.
        let page_url = format!("{base}/admin/cases/{reference}");
        let (status, page) = get(&browser, &format!("{page_url}/betrokkenen")).await;
        assert_eq!(status, 200);
        assert!(page.contains("id=\"h-consents\""));
        assert!(page.contains("Maasdal Thuiszorg"));
        assert!(page.contains("Naam en contactgegevens delen"));
        assert!(
            page.contains("Ja, intrekken"),
            "an unrevoked consent can be revoked"
        );
        let res = post(
            &browser,
            &format!("{page_url}/consents"),
            &page,
            &[
                ("recipient", "maasdal_thuiszorg"),
                ("scope", "mediation"),
                ("given_on", "2099-12-31"),
                ("how", "written"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422);
        let html = res.text().await.unwrap();
        assert!(html.contains("value=\"2099-12-31\""), "the date is kept");
        assert!(
            html.contains("value=\"mediation\" checked"),
            "the scope is kept"
        );
        assert!(
            html.contains("value=\"written\" checked"),
            "the way is kept"
        );
        assert!(
            html.contains("value=\"maasdal_thuiszorg\" selected"),
            "the recipient is kept"
        );
        assert!(html.contains("href=\"#given_on\""), "the date is named");
        assert_eq!(list().await.as_array().unwrap().len(), 2);
        let res = post(
            &browser,
            &format!("{page_url}/consents"),
            &html,
            &[
                ("recipient", "maasdal_thuiszorg"),
                ("scope", "mediation"),
                ("given_on", "2026-01-07"),
                ("how", "written"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        assert_eq!(list().await.as_array().unwrap().len(), 3);
        // Revoking through the page.
        let (_, page) = get(&browser, &page_url).await;
        let second = l[1]["id"].as_i64().unwrap();
        let res = post(
            &browser,
            &format!("{page_url}/consents/{second}/revoke"),
            &page,
            &[],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        assert!(list().await[1]["revoked_on"].as_str().is_some());
    }
}
