//! Retention, export and erasure: personal data goes, the statistical record stays.

use crate::harness::*;
use serde_json::json;

async fn api_case(
    api: &reqwest::Client,
    base: &str,
    token: &str,
    name: &str,
    opened: &str,
    closed: &str,
) -> String {
    let res = api
        .post(format!("{base}/api/v1/cases"))
        .bearer_auth(token)
        .json(&json!({"tenant": "maasdal", "channel": "letter", "story": format!("Verhaal van {name}"), "name": name, "email": format!("{}@voorbeeld.nl", name.to_lowercase().replace(' ', ".")), "opened_on": opened}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    let reference = res.json::<serde_json::Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_string();
    let res = api
        .post(format!("{base}/api/v1/cases/{reference}/contacts"))
        .bearer_auth(token)
        .json(&json!({"channel": "phone", "activities": ["listening"], "minutes": 30, "note": format!("Gesprek met {name}")}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 204);
    let res = api
        .post(format!("{base}/api/v1/cases/{reference}/close"))
        .bearer_auth(token)
        .json(&json!({"outcome": "resolved", "closed_on": closed}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 204, "{}", res.text().await.unwrap());
    reference
}

#[tokio::test]
async fn retention_destroys_expired_personal_data_and_keeps_the_statistical_record() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let token = store.token_for("vera@x.example", "confidant", Some("maasdal"));
        let server = Server::start(&store, &[]);
        let api = reqwest::Client::new();
        let base = server.url.clone();
        let old = api_case(&api, &base, &token, "Oud Geval", "2020-01-01", "2020-02-01").await;
        let recent = api_case(
            &api,
            &base,
            &token,
            "Nieuw Geval",
            "2026-01-05",
            "2026-02-01",
        )
        .await;

        let (code, out, _) = store.run(&["retention", "run", "--dry-run"]);
        assert_eq!(code, 0);
        let report: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            (report["cases"].as_i64(), report["dry_run"].as_bool()),
            (Some(1), Some(true)),
            "{}",
            store.label
        );
        let view: serde_json::Value = api_get(&format!("{base}/api/v1/cases/{old}"), &token).await;
        assert_eq!(
            view["story"], "Verhaal van Oud Geval",
            "a dry run changes nothing"
        );

        let (code, out, _) = store.run(&["retention", "run"]);
        assert_eq!(code, 0);
        let report: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            (report["cases"].as_i64(), report["persons"].as_i64()),
            (Some(1), Some(1))
        );
        let view: serde_json::Value = api_get(&format!("{base}/api/v1/cases/{old}"), &token).await;
        assert_eq!(view["personal_data"], false);
        assert_eq!(view["story"], "");
        assert!(view["citizen"]["name"].as_str().unwrap_or("").is_empty());
        assert!(
            view["timeline"][0]["text"]
                .as_str()
                .unwrap_or("")
                .is_empty()
        );
        let stat: serde_json::Value =
            api_get(&format!("{base}/api/v1/cases/{old}/stat"), &token).await;
        assert_eq!(
            (stat["outcome"].as_str(), stat["minutes"].as_i64()),
            (Some("resolved"), Some(30)),
            "the statistical record stays"
        );
        let list: serde_json::Value =
            api_get(&format!("{base}/api/v1/cases?q=Oud%20Geval"), &token).await;
        assert_eq!(list["total"], 0, "the name index went too");
        let view: serde_json::Value =
            api_get(&format!("{base}/api/v1/cases/{recent}"), &token).await;
        assert_eq!(
            view["story"], "Verhaal van Nieuw Geval",
            "a case within its period is kept"
        );
        let (_, out, _) = store.run(&["retention", "run"]);
        assert!(
            out.contains("\"cases\":0"),
            "a second run finds nothing: {out}"
        );
    }
}

#[tokio::test]
async fn a_citizen_can_be_exported_and_erased_on_request() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let token = store.token_for("vera@x.example", "confidant", Some("maasdal"));
    let server = Server::start(&store, &[]);
    let api = reqwest::Client::new();
    let base = server.url.clone();
    let reference = api_case(
        &api,
        &base,
        &token,
        "Eva Export",
        "2026-03-01",
        "2026-04-01",
    )
    .await;

    let export: serde_json::Value =
        api_get(&format!("{base}/api/v1/cases/{reference}/export"), &token).await;
    assert_eq!(export["person"]["name"], "Eva Export");
    assert_eq!(export["cases"][0]["story"], "Verhaal van Eva Export");
    let contact = export["cases"][0]["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "contact")
        .unwrap();
    assert_eq!(contact["text"], "Gesprek met Eva Export");

    let res = api
        .get(format!("{base}/api/v1/cases/{reference}/export.pdf"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    let pdf = res.bytes().await.unwrap();
    assert!(pdf.starts_with(b"%PDF-") && pdf.len() > 5_000, "a real PDF");
    std::fs::write(std::env::temp_dir().join("naast-export-test.pdf"), &pdf).unwrap();

    let res = api
        .post(format!("{base}/api/v1/cases/{reference}/erase"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let view: serde_json::Value =
        api_get(&format!("{base}/api/v1/cases/{reference}"), &token).await;
    assert_eq!(view["personal_data"], false);
    assert_eq!(view["story"], "");

    let audit: serde_json::Value = {
        let t = store.token_for("cor@x.example", "coordinator", None);
        api_get(&format!("{base}/api/v1/audit"), &t).await
    };
    let actions: Vec<&str> = audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert!(
        actions.contains(&"person.export") && actions.contains(&"person.erase"),
        "{actions:?}"
    );
}

#[tokio::test]
async fn a_returning_citizen_is_suggested_by_e_mail_and_once_linked_sees_their_earlier_kwesties() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let token = store.token_for("vera@x.example", "confidant", Some("maasdal"));
    let server = Server::start(&store, &[]);
    let api = reqwest::Client::new();
    let base = server.url.clone();
    let first = api_case(
        &api,
        &base,
        &token,
        "Terug Keer",
        "2025-01-10",
        "2025-02-01",
    )
    .await;
    let res = api
        .post(format!("{base}/api/v1/cases"))
        .bearer_auth(&token)
        .json(&json!({"tenant": "maasdal", "channel": "phone", "story": "Weer mis", "name": "T. Keer", "email": "TERUG.KEER@voorbeeld.nl"}))
        .send()
        .await
        .unwrap();
    let second = res.json::<serde_json::Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_string();
    // The same address is a suggestion, not a link.
    let view: serde_json::Value = api_get(&format!("{base}/api/v1/cases/{second}"), &token).await;
    assert_eq!(view["earlier"].as_array().unwrap().len(), 0);
    assert_eq!(view["possible_matches"][0]["with"], first.as_str());
    let res = api
        .post(format!("{base}/api/v1/cases/{second}/citizen/link"))
        .bearer_auth(&token)
        .json(&json!({"with": first}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 204);
    let view: serde_json::Value = api_get(&format!("{base}/api/v1/cases/{second}"), &token).await;
    assert_eq!(view["earlier"][0]["reference"], first.as_str());
    let a: serde_json::Value = api_get(&format!("{base}/api/v1/cases/{first}/stat"), &token).await;
    let b: serde_json::Value = api_get(&format!("{base}/api/v1/cases/{second}/stat"), &token).await;
    assert_eq!(
        a["stat_citizen_id"], b["stat_citizen_id"],
        "counted as one citizen"
    );
    // The same name with another address is someone else.
    let res = api
        .post(format!("{base}/api/v1/cases"))
        .bearer_auth(&token)
        .json(&json!({"tenant": "maasdal", "channel": "phone", "story": "Ander", "name": "Terug Keer", "email": "andere@voorbeeld.nl"}))
        .send()
        .await
        .unwrap();
    let third = res.json::<serde_json::Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_string();
    let view: serde_json::Value = api_get(&format!("{base}/api/v1/cases/{third}"), &token).await;
    assert_eq!(view["earlier"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn the_case_list_filters_by_the_confidant_handling_it() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    store.run(&[
        "user",
        "add",
        "--email",
        "vera@x.example",
        "--role",
        "confidant",
        "--tenant",
        "maasdal",
    ]);
    store.run(&[
        "user",
        "add",
        "--email",
        "tom@x.example",
        "--role",
        "confidant",
        "--tenant",
        "maasdal",
    ]);
    let vera = store
        .run(&["token", "create", "--user", "vera@x.example"])
        .1
        .trim()
        .to_string();
    let tom = store
        .run(&["token", "create", "--user", "tom@x.example"])
        .1
        .trim()
        .to_string();
    let server = Server::start(&store, &[]);
    let api = reqwest::Client::new();
    let base = server.url.clone();
    api_case(&api, &base, &vera, "Een Vera", "2026-01-01", "2026-01-02").await;
    api_case(&api, &base, &tom, "Een Tom", "2026-01-01", "2026-01-02").await;
    api_case(&api, &base, &tom, "Twee Tom", "2026-01-01", "2026-01-02").await;
    let mine: serde_json::Value = api_get(&format!("{base}/api/v1/cases?owner=me"), &tom).await;
    assert_eq!(mine["total"], 2);
    let all: serde_json::Value = api_get(&format!("{base}/api/v1/cases"), &tom).await;
    assert_eq!(all["total"], 3);
    let vera_id: serde_json::Value = api_get(&format!("{base}/api/v1/cases?owner=me"), &vera).await;
    assert_eq!(vera_id["total"], 1);
}
