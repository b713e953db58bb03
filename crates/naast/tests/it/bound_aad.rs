//! Against the database's owner: a sealed value or a wrapped key copied with raw SQL onto another
//! row does not open there. Every read of the moved value fails or comes back empty; never does
//! the other row's plain text appear.

use crate::harness::*;
use serde_json::{Value, json};

async fn intake(base: &str, token: &str, tenant: &str, story: &str, name: &str) -> String {
    let r = reqwest::Client::new()
        .post(format!("{base}/api/v1/cases"))
        .bearer_auth(token)
        .json(&json!({"tenant": tenant, "channel": "phone", "story": story, "name": name}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
    r.json::<Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_string()
}

/// A kwestie as the API shows it: status and body text.
async fn show(base: &str, token: &str, reference: &str) -> (u16, String) {
    let r = reqwest::Client::new()
        .get(format!("{base}/api/v1/cases/{reference}"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

async fn key_of(raw: &sqlx::AnyPool, reference: &str) -> i64 {
    let (id,): (i64,) = sqlx::query_as("SELECT data_key_id FROM cases WHERE reference = $1")
        .bind(reference)
        .fetch_one(raw)
        .await
        .unwrap();
    id
}

#[tokio::test]
async fn a_wrapped_data_key_copied_onto_another_row_does_not_unwrap() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let cor = store.token_for("cor@x.example", "coordinator", None);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let a = intake(&base, &cor, "maasdal", "Verhaal van Anouk.", "Anouk Visser").await;
        let b = intake(&base, &cor, "maasdal", "Verhaal van Bram.", "Bram Smit").await;
        let (code, text) = show(&base, &cor, &b).await;
        assert_eq!(code, 200, "{text}");
        assert!(text.contains("Verhaal van Bram."), "{text}");
        let raw = store.raw().await;
        let (ka, kb) = (key_of(&raw, &a).await, key_of(&raw, &b).await);
        // Case A's key (under which A's story is sealed) put in the row of case B's key, and
        // case B's story replaced by A's: with one AAD for every key, B would show A's story.
        sqlx::query(
            "UPDATE data_keys SET wrapped = (SELECT wrapped FROM data_keys WHERE id = $1), \
             kek_id = (SELECT kek_id FROM data_keys WHERE id = $1) WHERE id = $2",
        )
        .bind(ka)
        .bind(kb)
        .execute(&raw)
        .await
        .unwrap();
        let (code, text) = show(&base, &cor, &b).await;
        assert!(
            !text.contains("Verhaal van Anouk."),
            "{}: {text}",
            store.label
        );
        assert!(
            !text.contains("Verhaal van Bram."),
            "{}: {text}",
            store.label
        );
        assert_ne!(code, 200, "{}: {text}", store.label);
        // Case A is untouched.
        let (code, text) = show(&base, &cor, &a).await;
        assert_eq!(code, 200, "{text}");
        assert!(text.contains("Verhaal van Anouk."), "{text}");
    }
}
