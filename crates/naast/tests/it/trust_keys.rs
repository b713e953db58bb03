//! Against the database's owner: what a copy of the database lets one link or rewrite.

use crate::harness::*;
use serde_json::{Value, json};

async fn intake(base: &str, token: &str, tenant: &str) -> String {
    let r = reqwest::Client::new()
        .post(format!("{base}/api/v1/cases"))
        .bearer_auth(token)
        .json(&json!({"tenant": tenant, "channel": "phone", "story": "Verhaal.", "name": "Priya Mulder", "email": "priya.mulder@voorbeeld.nl", "phone": "06 10203040"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
    r.json::<Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn the_same_citizen_in_two_municipalities_leaves_no_common_index_in_a_dump() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        store.run(&["tenant", "add", "--slug", "lindeveld", "--name", "Lindeveld"]);
        let cor = store.token_for("cor@x.example", "coordinator", None);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let a = intake(&base, &cor, "maasdal").await;
        let b = intake(&base, &cor, "lindeveld").await;
        let raw = store.raw().await;
        let rows: Vec<(Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT name_index, email_index, phone_index FROM persons ORDER BY id",
        )
        .fetch_all(&raw)
        .await
        .unwrap();
        assert_eq!(rows.len(), 2);
        let (x, y) = (&rows[0], &rows[1]);
        assert!(x.0.is_some() && x.1.is_some() && x.2.is_some());
        assert_ne!(x.0, y.0, "{}: names", store.label);
        assert_ne!(x.1, y.1, "{}: e-mail addresses", store.label);
        assert_ne!(x.2, y.2, "{}: phone numbers", store.label);
        // Search still finds each in its own municipality.
        for (tenant, reference) in [("maasdal", &a), ("lindeveld", &b)] {
            let list = api_get(
                &format!("{base}/api/v1/cases?tenant={tenant}&q=priya.mulder%40voorbeeld.nl"),
                &cor,
            )
            .await;
            assert_eq!(list["cases"][0]["reference"], reference.as_str(), "{list}");
            assert_eq!(list["total"], 1);
        }

        // An older database's indexes are recomputed once at start-up.
        sqlx::query("UPDATE persons SET name_index = NULL, email_index = NULL, phone_index = NULL")
            .execute(&raw)
            .await
            .unwrap();
        sqlx::query("UPDATE settings SET value = '1' WHERE key = 'persons.index_version'")
            .execute(&raw)
            .await
            .unwrap();
        raw.close().await;
        server.stop();
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let list = api_get(
            &format!("{}/api/v1/cases?tenant=maasdal&q=06-10203040", server.url),
            &cor,
        )
        .await;
        assert_eq!(list["cases"][0]["reference"], a.as_str(), "{}: {list}", store.label);
    }
}
