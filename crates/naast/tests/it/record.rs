//! Others involved, mediation, letters and attachments.

use crate::harness::*;
use serde_json::json;

#[tokio::test]
async fn parties_mediation_letters_and_attachments_are_recorded_sealed_and_checked() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let token = store.token_for("vera@x.example", "confidant", Some("maasdal"));
        let server = Server::start(&store, &[]);
        let api = reqwest::Client::new();
        let base = server.url.clone();
        let res = api.post(format!("{base}/api/v1/cases")).bearer_auth(&token).json(&json!({"tenant": "maasdal", "channel": "phone", "story": "Taxi komt te laat", "anonymous": true})).send().await.unwrap();
        let reference = res.json::<serde_json::Value>().await.unwrap()["reference"]
            .as_str()
            .unwrap()
            .to_string();
        let url = |p: &str| format!("{base}/api/v1/cases/{reference}{p}");

        // Parties: a citizen is not a party; an interpreter is.
        let res = api
            .post(url("/parties"))
            .bearer_auth(&token)
            .json(&json!({"role": "citizen", "name": "X"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 422);
        let res = api.post(url("/parties")).bearer_auth(&token).json(&json!({"role": "interpreter", "name": "Ayşe Tolk", "language": "Turks", "phone": "06 99988877"})).send().await.unwrap();
        assert_eq!(res.status().as_u16(), 204, "{}", store.label);

        // Mediation without a meeting date is refused; with one it counts as the mediation activity.
        let res = api
            .post(url("/mediations"))
            .bearer_auth(&token)
            .json(&json!({"parties": "inwoner, Taxi Maas & Waal"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 422);
        let res = api.post(url("/mediations")).bearer_auth(&token).json(&json!({"parties": "inwoner, Taxi Maas & Waal", "meeting_on": "2026-11-02", "agreements": "Ophalen om 7.45 uur", "follow_up_on": "2026-12-01", "result": "Afspraken gemaakt"})).send().await.unwrap();
        assert_eq!(res.status().as_u16(), 204);
        let res = api.post(url("/letters")).bearer_auth(&token).json(&json!({"direction": "received", "correspondent": "Gemeente Maasdal", "subject": "Besluit leerlingenvervoer"})).send().await.unwrap();
        assert_eq!(res.status().as_u16(), 204);

        // Attachments: typed by content, limited in size (a fresh client each: the server closes
        // the connection of a refused oversized upload).
        let upload = |name: &'static str, bytes: Vec<u8>| {
            let form = reqwest::multipart::Form::new().part(
                "file",
                reqwest::multipart::Part::bytes(bytes).file_name(name),
            );
            reqwest::Client::new()
                .post(url("/attachments"))
                .bearer_auth(&token)
                .multipart(form)
                .send()
        };
        let pdf = b"%PDF-1.4\n% brief van de gemeente over Taxi\n".to_vec();
        assert_eq!(
            upload("besluit.pdf", pdf.clone())
                .await
                .unwrap()
                .status()
                .as_u16(),
            201
        );
        assert_eq!(
            upload("virus.pdf", b"MZ\x90\x00\x03".to_vec())
                .await
                .unwrap()
                .status()
                .as_u16(),
            422,
            "a disguised program is refused"
        );
        let res = upload(
            "groot.pdf",
            [b"%PDF-".to_vec(), vec![b'x'; 11 * 1024 * 1024]].concat(),
        )
        .await
        .unwrap();
        let status = res.status().as_u16();
        assert_eq!(status, 413, "{}", res.text().await.unwrap());

        let view: serde_json::Value = api_get(&url(""), &token).await;
        assert_eq!(view["parties"][0]["name"], "Ayşe Tolk");
        assert_eq!(view["parties"][0]["role"], "interpreter");
        assert_eq!(view["attachments"].as_array().unwrap().len(), 1);
        let kinds: Vec<&str> = view["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["kind"].as_str().unwrap())
            .collect();
        assert!(
            kinds.contains(&"mediation")
                && kinds.contains(&"letter")
                && kinds.contains(&"attachment"),
            "{kinds:?}"
        );
        let id = view["attachments"][0]["id"].as_i64().unwrap();
        let res = api
            .get(url(&format!("/attachments/{id}")))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        assert!(
            res.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .starts_with("attachment;")
        );
        assert_eq!(res.bytes().await.unwrap().to_vec(), pdf);
        let stat: serde_json::Value = api_get(&url("/stat"), &token).await;
        assert_eq!(stat["activities"], "mediation:1");

        let raw = store.raw().await;
        for (table, col) in [
            ("attachments", "sealed_data"),
            ("case_parties", "sealed"),
            ("case_entries", "sealed"),
        ] {
            let sql = format!(
                "SELECT COUNT(*) AS n FROM {table} WHERE CAST({col} AS TEXT) LIKE '%Taxi%' OR CAST({col} AS TEXT) LIKE '%Tolk%'"
            );
            let n: i64 = sqlx::Row::get(
                &sqlx::query(sqlx::AssertSqlSafe(sql))
                    .fetch_one(&raw)
                    .await
                    .unwrap(),
                "n",
            );
            assert_eq!(n, 0, "{table} holds clear text");
        }
    }
}

#[tokio::test]
async fn a_decision_on_a_case_yields_an_objection_task_that_follows_its_dates() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let token = store.token_for("vera@x.example", "confidant", Some("maasdal"));
    let server = Server::start(&store, &[]);
    let api = reqwest::Client::new();
    let base = server.url.clone();
    let res = api.post(format!("{base}/api/v1/cases")).bearer_auth(&token).json(&json!({"tenant": "maasdal", "channel": "phone", "story": "Besluit Wmo", "anonymous": true})).send().await.unwrap();
    let reference = res.json::<serde_json::Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_string();
    let case_url = format!("{base}/api/v1/cases/{reference}");
    let v = api_get(&case_url, &token).await;
    let clarify = |version: i64, sent: &str| json!({"version": version, "area": "wmo", "decision_kind": "wmo_decision", "decision_date": "2026-02-27", "decision_sent_on": sent});
    // Sent Monday 16 March 2026: six weeks end on Koningsdag, so the last day is 28 April.
    let res = api
        .put(format!("{base}/api/v1/cases/{reference}/clarify"))
        .bearer_auth(&token)
        .json(&clarify(v["version"].as_i64().unwrap(), "2026-03-16"))
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    assert_eq!(status, 204, "{}", res.text().await.unwrap());
    let v = api_get(&case_url, &token).await;
    let tasks = v["tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0]["due_on"], "2026-04-28");
    assert!(tasks[0]["title"].as_str().unwrap().contains("bezwaar"));
    // The date of sending is corrected: the task follows, and there is still one.
    let res = api
        .put(format!("{base}/api/v1/cases/{reference}/clarify"))
        .bearer_auth(&token)
        .json(&clarify(v["version"].as_i64().unwrap(), "2026-03-02"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 204);
    let v = api_get(&case_url, &token).await;
    let tasks = v["tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0]["due_on"], "2026-04-13");
}
