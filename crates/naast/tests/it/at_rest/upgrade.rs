//! Values stored in plain text before migration 0015 are sealed once at start-up, and keep
//! showing; a sealed value copied into another row does not open there.

use super::{Api, yesterday};
use crate::harness::*;
use serde_json::{Value, json};

#[tokio::test]
async fn plain_values_from_before_sealing_are_sealed_once_at_start_up() {
    for store in Store::all().await {
        let cor = store.token_for("cor@x.example", "coordinator", None);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let api = Api {
            c: reqwest::Client::new(),
            base: server.url.clone(),
        };
        let (s, v) = api
            .post(
                "/tenants",
                &cor,
                json!({"slug": "maasdal", "name": "Maasdal", "areas": ["wmo"], "providers": ["Maasdal Thuiszorg"]}),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        let vera = store.token_for("vera@x.example", "confidant", Some("maasdal"));
        let today = yesterday();
        let mut outreach = Vec::new();
        for note in ["Eerste notitie", "Tweede notitie"] {
            let (s, v) = api
                .post(
                    "/tenants/maasdal/outreach",
                    &vera,
                    json!({"kind": "walk_in", "held_on": today, "place": "Bibliotheek", "attendance": "3", "note": note}),
                )
                .await;
            assert_eq!(s, 201, "{v}");
            outreach.push(v["id"].as_i64().unwrap());
        }
        let (s, v) = api
            .post(
                "/cases",
                &vera,
                json!({"tenant": "maasdal", "channel": "phone", "area": "wmo", "story": "Verhaal", "name": "Oud Geval"}),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        let reference = v["reference"].as_str().unwrap().to_string();
        let (s, v) = api
            .post(
                "/tenants/maasdal/signals",
                &vera,
                json!({"title": "Titel", "description": "Beschrijving", "area": "wmo", "theme": "waiting_time",
                    "addressee": "maasdal_thuiszorg", "addressee_email": "nieuw@thuiszorg.example", "cases": reference}),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        let sid = v["id"].as_i64().unwrap();
        let (s, v) = api
            .post(
                "/tenants/maasdal/reports",
                &cor,
                json!({"period": &today[..4]}),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        let rid = v["id"].as_i64().unwrap();
        assert_eq!(server.stop(), 0);

        // As a version before 0015 left them: plain, nothing sealed.
        let raw = store.raw().await;
        for sql in [
            "UPDATE outreach SET place = 'Buurthuis', audience = 'Buren', note = 'Oude notitie Jansen', sealed = NULL WHERE id = $1",
            "UPDATE signals SET addressee_email = 'oud@thuiszorg.example', addressee_email_sealed = NULL, answered_by = 'Oude Beantwoorder' WHERE id = $1",
            "UPDATE reports SET correction = 'Oude correctie', agreed = 'Oude afspraak' WHERE id = $1",
        ] {
            let id = match sql.split_whitespace().nth(1) {
                Some("outreach") => outreach[0],
                Some("signals") => sid,
                _ => rid,
            };
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(id)
                .execute(&raw)
                .await
                .unwrap();
        }

        // Any start seals them (here: a command of the CLI), once.
        let (code, _, err) = store.run(&["tenant", "list", "--json"]);
        assert_eq!(code, 0, "{err}");
        let (code, _, err) = store.run(&["tenant", "list", "--json"]);
        assert_eq!(code, 0, "{err}");
        let row = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM outreach WHERE note <> '' OR place <> '' OR audience <> '' OR sealed IS NULL) AS o, \
             (SELECT COUNT(*) FROM signals WHERE addressee_email <> '' OR answered_by IS NOT NULL \
                OR addressee_email_sealed IS NULL OR answered_by_sealed IS NULL) AS s, \
             (SELECT COUNT(*) FROM reports WHERE correction <> '' OR agreed <> '' \
                OR correction_sealed IS NULL OR agreed_sealed IS NULL) AS r, \
             (SELECT COUNT(*) FROM audit_log WHERE action = 'upgrade.seal') AS a",
        )
        .fetch_one(&raw)
        .await
        .unwrap();
        let n = |c: &str| sqlx::Row::get::<i64, _>(&row, c);
        assert_eq!(
            (n("o"), n("s"), n("r"), n("a")),
            (0, 0, 0, 1),
            "{}: sealed, blanked, audited once",
            store.label
        );

        // The pages and the API show them as before.
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let api = Api {
            c: reqwest::Client::new(),
            base: server.url.clone(),
        };
        let (_, y) = api
            .get(
                &format!("/tenants/maasdal/outreach?year={}", &today[..4]),
                &vera,
            )
            .await;
        let item = y["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == outreach[0])
            .cloned()
            .unwrap_or(Value::Null);
        assert_eq!(
            (&item["place"], &item["audience"], &item["note"]),
            (
                &json!("Buurthuis"),
                &json!("Buren"),
                &json!("Oude notitie Jansen")
            )
        );
        let (_, sig) = api.get(&format!("/signals/{sid}"), &vera).await;
        assert_eq!(sig["addressee_email"], "oud@thuiszorg.example");
        assert_eq!(sig["answered_by"], "Oude Beantwoorder");
        let (_, r) = api.get(&format!("/reports/{rid}"), &cor).await;
        assert_eq!(
            (&r["correction"], &r["agreed"]),
            (&json!("Oude correctie"), &json!("Oude afspraak"))
        );

        // A sealed value copied into another row does not open there.
        sqlx::query(
            "UPDATE outreach SET sealed = (SELECT sealed FROM outreach WHERE id = $1) WHERE id = $2",
        )
        .bind(outreach[0])
        .bind(outreach[1])
        .execute(&raw)
        .await
        .unwrap();
        let (s, _) = api
            .get(
                &format!("/tenants/maasdal/outreach?year={}", &today[..4]),
                &vera,
            )
            .await;
        assert_eq!(s, 500, "{}: the copy does not open", store.label);
        raw.close().await;
    }
}
