//! Against the database's owner: a sealed value or a wrapped key copied with raw SQL onto another
//! row does not open there. Every read of the moved value fails or comes back empty; never does
//! the other row's plain text appear.

use crate::harness::*;
use serde_json::{Value, json};

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
        let a = api_intake(&base, &cor, "maasdal", "Verhaal van Anouk.", "Anouk Visser").await;
        let b = api_intake(&base, &cor, "maasdal", "Verhaal van Bram.", "Bram Smit").await;
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

async fn post_json(base: &str, token: &str, path: &str, body: Value) {
    let r = reqwest::Client::new()
        .post(format!("{base}/api/v1{path}"))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{path}: {}", r.status());
}

/// The ids of a kwestie's timeline entries of one kind, in the order they were written.
async fn entry_ids(raw: &sqlx::AnyPool, reference: &str, kind: &str) -> Vec<i64> {
    sqlx::query_as::<_, (i64,)>(
        "SELECT e.id FROM case_entries e JOIN cases c ON c.id = e.case_id \
         WHERE c.reference = $1 AND e.kind = $2 ORDER BY e.id",
    )
    .bind(reference)
    .bind(kind)
    .fetch_all(raw)
    .await
    .unwrap()
    .into_iter()
    .map(|r| r.0)
    .collect()
}

async fn copy(raw: &sqlx::AnyPool, from: (&str, i64), to: (&str, i64)) {
    let sql = format!(
        "UPDATE {} SET sealed = (SELECT sealed FROM {} WHERE id = $1) WHERE id = $2",
        to.0, from.0
    );
    let r = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(from.1)
        .bind(to.1)
        .execute(raw)
        .await
        .unwrap();
    assert_eq!(r.rows_affected(), 1);
}

#[tokio::test]
async fn a_timeline_entry_copied_onto_another_entry_or_a_task_does_not_open_there() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let cor = store.token_for("cor@x.example", "coordinator", None);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let r = api_intake(&base, &cor, "maasdal", "Verhaal.", "Anouk Visser").await;
        let notes = format!("/cases/{r}/notes");
        post_json(
            &base,
            &cor,
            &notes,
            json!({"note": "Eerste notitie Kwartel."}),
        )
        .await;
        post_json(
            &base,
            &cor,
            &notes,
            json!({"note": "Tweede notitie Fazant."}),
        )
        .await;
        post_json(
            &base,
            &cor,
            &format!("/cases/{r}/tasks"),
            json!({"title": "Taak Patrijs", "due_on": "2099-01-01"}),
        )
        .await;
        let raw = store.raw().await;
        let n = entry_ids(&raw, &r, "note").await;
        assert_eq!(n.len(), 2);
        let (task,): (i64,) = sqlx::query_as(
            "SELECT t.id FROM tasks t JOIN cases c ON c.id = t.case_id WHERE c.reference = $1",
        )
        .bind(&r)
        .fetch_one(&raw)
        .await
        .unwrap();
        let (_, text) = show(&base, &cor, &r).await;
        for word in ["Kwartel", "Fazant", "Patrijs"] {
            assert_eq!(text.matches(word).count(), 1, "{word}: {text}");
        }
        // One entry's text onto another entry of the same kwestie.
        copy(&raw, ("case_entries", n[0]), ("case_entries", n[1])).await;
        let (code, text) = show(&base, &cor, &r).await;
        assert_eq!(code, 200, "{}: {text}", store.label);
        assert_eq!(
            text.matches("Kwartel").count(),
            1,
            "{}: {text}",
            store.label
        );
        assert!(!text.contains("Fazant"), "{}: {text}", store.label);
        // An entry's text into a task (another field), and a task's title into an entry.
        let (_, before) = show(&base, &cor, &r).await;
        assert!(before.contains("Patrijs"));
        copy(&raw, ("tasks", task), ("case_entries", n[1])).await;
        copy(&raw, ("case_entries", n[0]), ("tasks", task)).await;
        let (code, text) = show(&base, &cor, &r).await;
        assert_eq!(code, 200, "{}: {text}", store.label);
        assert_eq!(
            text.matches("Kwartel").count(),
            1,
            "{}: {text}",
            store.label
        );
        assert!(!text.contains("Patrijs"), "{}: {text}", store.label);
    }
}

async fn signal(base: &str, token: &str, tenant: &str, title: &str, case: &str) -> i64 {
    let r = reqwest::Client::new()
        .post(format!("{base}/api/v1/tenants/{tenant}/signals"))
        .bearer_auth(token)
        .json(&json!({"title": title, "description": "Beschrijving.", "area": "wmo", "theme": "agreements", "addressee": "municipality", "cases": case}))
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let v: Value = r.json().await.unwrap();
    assert_eq!(status, 201, "{v}");
    v["id"].as_i64().unwrap()
}

#[tokio::test]
async fn a_signals_texts_copied_to_another_tenants_signal_do_not_open_there() {
    for store in Store::all().await {
        let cor = store.token_for("cor@x.example", "coordinator", None);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        for slug in ["maasdal", "lindeveld"] {
            post_json(
                &base,
                &cor,
                "/tenants",
                json!({"slug": slug, "name": slug, "areas": ["wmo"]}),
            )
            .await;
        }
        let a = api_intake(&base, &cor, "maasdal", "Verhaal.", "Anouk Visser").await;
        let b = api_intake(&base, &cor, "lindeveld", "Verhaal.", "Bram Smit").await;
        let sa = signal(&base, &cor, "maasdal", "Signaal Reiger", &a).await;
        let sb = signal(&base, &cor, "lindeveld", "Signaal Zwaan", &b).await;
        let raw = store.raw().await;
        sqlx::query(
            "UPDATE signals SET texts = (SELECT texts FROM signals WHERE id = $1) WHERE id = $2",
        )
        .bind(sa)
        .bind(sb)
        .execute(&raw)
        .await
        .unwrap();
        let r = reqwest::Client::new()
            .get(format!("{base}/api/v1/signals/{sb}"))
            .bearer_auth(&cor)
            .send()
            .await
            .unwrap();
        let code = r.status().as_u16();
        let text = r.text().await.unwrap();
        assert!(!text.contains("Reiger"), "{}: {text}", store.label);
        assert_ne!(code, 200, "{}: {text}", store.label);
        let r = reqwest::Client::new()
            .get(format!("{base}/api/v1/tenants/lindeveld/signals"))
            .bearer_auth(&cor)
            .send()
            .await
            .unwrap();
        let text = r.text().await.unwrap();
        assert!(!text.contains("Reiger"), "{}: {text}", store.label);
    }
}

#[tokio::test]
async fn a_persons_sealed_data_copied_with_its_key_onto_another_person_does_not_open() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let cor = store.token_for("cor@x.example", "coordinator", None);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let a = api_intake(&base, &cor, "maasdal", "Verhaal een.", "Anouk Visser").await;
        let b = api_intake(&base, &cor, "maasdal", "Verhaal twee.", "Bram Smit").await;
        let raw = store.raw().await;
        let person = |r: String| {
            let raw = raw.clone();
            async move {
                let (id,): (i64,) =
                    sqlx::query_as("SELECT citizen_id FROM cases WHERE reference = $1")
                        .bind(r)
                        .fetch_one(&raw)
                        .await
                        .unwrap();
                id
            }
        };
        let (pa, pb) = (person(a.clone()).await, person(b.clone()).await);
        sqlx::query(
            "UPDATE persons SET sealed = (SELECT sealed FROM persons WHERE id = $1), \
             data_key_id = (SELECT data_key_id FROM persons WHERE id = $1) WHERE id = $2",
        )
        .bind(pa)
        .bind(pb)
        .execute(&raw)
        .await
        .unwrap();
        let (_, text) = show(&base, &cor, &b).await;
        assert!(!text.contains("Anouk"), "{}: {text}", store.label);
        let (code, text) = show(&base, &cor, &a).await;
        assert_eq!(code, 200, "{text}");
        assert!(text.contains("Anouk"), "{text}");
    }
}
