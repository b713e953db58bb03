//! Moving in: `naast case import` checks everything first and never imports twice.

use crate::harness::*;

#[tokio::test]
async fn an_import_with_one_bad_row_imports_nothing_and_a_rerun_imports_nothing_twice() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let file = store.dir.path().join("cases.jsonl");
        let good = [
            r#"{"reference": "OUD-2024-001", "opened_on": "2024-03-01", "closed_on": "2024-04-15", "channel": "phone", "area": "wmo", "organisation": "municipality", "nature": "treatment", "outcome": "resolved", "minutes": 90, "citizen": {"name": "Piet Import", "email": "piet@voorbeeld.nl"}, "story": "Huishoudelijke hulp gestopt"}"#,
            r#"{"opened_on": "2025-06-10", "channel": "email", "area": "jeugd", "organisation": "jeugdzorg_oost", "nature": "waiting_time"}"#,
        ];
        let bad = r#"{"opened_on": "2025-13-40", "closed_on": "2025-07-01", "channel": "fax", "area": "wmo", "organisation": "municipality", "nature": "treatment"}"#;
        std::fs::write(
            &file,
            format!("{}\n{bad}\n{}\nnot json\n", good[0], good[1]),
        )
        .unwrap();
        let (code, out, err) = store.run(&[
            "case",
            "import",
            "--tenant",
            "maasdal",
            file.to_str().unwrap(),
        ]);
        assert_eq!(code, 1, "{}: {err}", store.label);
        assert!(out.is_empty());
        assert!(
            err.contains("line 2: opened_on")
                && err.contains("line 2: channel")
                && err.contains("line 2: outcome")
                && err.contains("line 4"),
            "{err}"
        );
        assert!(err.contains("nothing was imported"));
        let raw = store.raw().await;
        let count = |raw: sqlx::AnyPool| async move {
            sqlx::Row::get::<i64, _>(
                &sqlx::query("SELECT COUNT(*) AS n FROM cases")
                    .fetch_one(&raw)
                    .await
                    .unwrap(),
                "n",
            )
        };
        assert_eq!(count(raw.clone()).await, 0, "nothing imported");

        std::fs::write(&file, format!("{}\n{}\n", good[0], good[1])).unwrap();
        let (code, out, err) = store.run(&[
            "case",
            "import",
            "--tenant",
            "maasdal",
            file.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        let report: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(report["imported"], 2);
        assert_eq!(report["providers_added"][0], "jeugdzorg_oost");
        assert!(
            err.contains("added to the providers of maasdal: jeugdzorg_oost"),
            "{err}"
        );
        let (_, out, _) = store.run(&[
            "case",
            "import",
            "--tenant",
            "maasdal",
            file.to_str().unwrap(),
        ]);
        let report: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            (report["imported"].as_i64(), report["duplicates"].as_i64()),
            (Some(0), Some(2)),
            "a rerun imports nothing twice"
        );
        assert_eq!(count(raw.clone()).await, 2);

        // The imported case is a real one: closed, with its statistical record and sealed story.
        let row = sqlx::query(
            "SELECT outcome, minutes, area, channel FROM stat_records WHERE outcome IS NOT NULL",
        )
        .fetch_one(&raw)
        .await
        .unwrap();
        assert_eq!(
            sqlx::Row::get::<Option<String>, _>(&row, "outcome").as_deref(),
            Some("resolved")
        );
        assert_eq!(sqlx::Row::get::<i64, _>(&row, "minutes"), 90);
        let hits: i64 = sqlx::Row::get(
            &sqlx::query(
                "SELECT COUNT(*) AS n FROM persons WHERE CAST(sealed AS TEXT) LIKE '%Piet%'",
            )
            .fetch_one(&raw)
            .await
            .unwrap(),
            "n",
        );
        assert_eq!(hits, 0);

        // CSV with the same columns, semicolons as Dutch spreadsheets write them.
        let csv = store.dir.path().join("cases.csv");
        std::fs::write(&csv, "reference;opened_on;closed_on;channel;area;organisation;nature;outcome;minutes;citizen.name;citizen.email;citizen.phone;story\nOUD-2024-002;2024-05-01;2024-05-20;walk_in;participatie;municipality;money;partly_resolved;45;Kees Csv;;06 11122233;Terugvordering\n").unwrap();
        let (code, out, err) = store.run(&[
            "case",
            "import",
            "--tenant",
            "maasdal",
            csv.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("\"imported\":1"));
        let (code, _, err) = store.run(&[
            "case",
            "import",
            "--tenant",
            "maasdal",
            store.dir.path().join("cases.txt").to_str().unwrap(),
        ]);
        assert_eq!(code, 1);
        assert!(err.contains(".jsonl, .csv or .xlsx"));
    }
}

#[tokio::test]
async fn coordinators_import_through_the_browser_too() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
    let (c, _) = first_coordinator(&server, "cor@naast.example").await;
    let (status, page) = get(&c, &format!("{}/admin/import", server.url)).await;
    assert_eq!(status, 200);
    let upload = |csv: &'static str| {
        let form = reqwest::multipart::Form::new()
            .text("csrf", csrf(&page))
            .text("tenant", "maasdal")
            .part(
                "file",
                reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("oud.csv"),
            );
        c.post(format!("{}/admin/import", server.url))
            .multipart(form)
            .send()
    };
    let res = upload(
        "opened_on,channel,area,organisation,nature\n2025-02-30,phone,wmo,municipality,treatment\n",
    )
    .await
    .unwrap();
    assert_eq!(res.status().as_u16(), 422);
    let body = res.text().await.unwrap();
    assert!(
        body.contains("Er is niets ingelezen") && body.contains("Regel 2"),
        "{body}"
    );
    let res = upload(
        "opened_on,channel,area,organisation,nature\n2025-02-28,phone,wmo,municipality,treatment\n",
    )
    .await
    .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert!(res.text().await.unwrap().contains("Ingelezen: 1"));
    // Without the CSRF token nothing happens.
    let form = reqwest::multipart::Form::new()
        .text("tenant", "maasdal")
        .part(
            "file",
            reqwest::multipart::Part::bytes(b"x".to_vec()).file_name("a.csv"),
        );
    let res = c
        .post(format!("{}/admin/import", server.url))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 403);
}

#[tokio::test]
async fn the_api_imports_too_and_the_database_file_keeps_no_citizen_in_clear() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let token = store.token_for("cor@x.example", "coordinator", None);
    let server = Server::start(&store, &[]);
    let api = reqwest::Client::new();
    let url = format!("{}/api/v1/tenants/maasdal/import?format=jsonl", server.url);
    let bad = r#"{"opened_on": "2025-01-02", "channel": "phone", "area": "mars", "organisation": "municipality", "nature": "treatment"}"#;
    let res = api
        .post(&url)
        .bearer_auth(&token)
        .body(bad)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 422);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(
        (
            body["errors"][0]["line"].as_i64(),
            body["errors"][0]["field"].as_str()
        ),
        (Some(1), Some("area"))
    );
    let good = r#"{"opened_on": "2025-01-02", "closed_on": "2025-02-02", "outcome": "resolved", "channel": "phone", "area": "wmo", "organisation": "municipality", "nature": "treatment", "citizen": {"name": "Wilhelmina Geheim", "email": "wilhelmina@geheim.nl", "phone": "06 55544433"}, "story": "Het verhaal van Wilhelmina over de traplift"}"#;
    let res = api
        .post(&url)
        .bearer_auth(&token)
        .body(good)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(
        res.json::<serde_json::Value>().await.unwrap()["imported"],
        1
    );
    drop(server);
    let mut bytes = std::fs::read(store.dir.path().join("naast.db")).unwrap();
    bytes.extend(std::fs::read(store.dir.path().join("naast.db-wal")).unwrap_or_default());
    let hay = String::from_utf8_lossy(&bytes);
    for probe in ["Wilhelmina", "wilhelmina@geheim.nl", "55544433", "traplift"] {
        assert!(
            !hay.contains(probe),
            "{probe} found in the database file after an import"
        );
    }
}
