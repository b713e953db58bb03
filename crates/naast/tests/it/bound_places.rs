//! Against the database's owner, the places bound in `aad.version` 2 and the rows the first
//! tests (`bound_aad`) did not move: a party's details, an attachment's name and contents, a
//! kwestie or a person moved to another municipality, an outbox message's fields and a report's
//! narrative. Copied with raw SQL, none of them shows its plain text in its new place.

use crate::harness::*;
use serde_json::{Value, json};

async fn send(r: reqwest::RequestBuilder) -> (u16, Value) {
    let r = r.send().await.unwrap();
    let status = r.status().as_u16();
    let text = r.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// The ids of a kwestie's rows in `table` (by `case_id`), oldest first.
async fn ids(raw: &sqlx::AnyPool, table: &str, reference: &str) -> Vec<i64> {
    sqlx::query_as::<_, (i64,)>(sqlx::AssertSqlSafe(format!(
        "SELECT t.id FROM {table} t JOIN cases c ON c.id = t.case_id WHERE c.reference = $1 ORDER BY t.id"
    )))
    .bind(reference)
    .fetch_all(raw)
    .await
    .unwrap()
    .into_iter()
    .map(|r| r.0)
    .collect()
}

/// Copies `columns` of row `from` onto row `to` of `table`.
async fn copy(raw: &sqlx::AnyPool, table: &str, columns: &[&str], from: i64, to: i64) {
    let set: Vec<String> = columns
        .iter()
        .map(|c| format!("{c} = (SELECT {c} FROM {table} WHERE id = $1)"))
        .collect();
    let sql = format!("UPDATE {table} SET {} WHERE id = $2", set.join(", "));
    let r = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(from)
        .bind(to)
        .execute(raw)
        .await
        .unwrap();
    assert_eq!(r.rows_affected(), 1);
}

#[tokio::test]
async fn a_partys_details_or_an_attachment_copied_onto_another_of_the_kwestie_do_not_open() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let vera = store.token_for("vera@x.example", "confidant", Some("maasdal"));
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let (base, api) = (server.url.clone(), reqwest::Client::new());
        let r = api_intake(
            &base,
            &vera,
            "maasdal",
            "Taxi komt te laat.",
            "Anouk Visser",
        )
        .await;
        let url = |p: &str| format!("{base}/api/v1/cases/{r}{p}");
        for (name, phone) in [("Ayşe Tolk", "06 99988877"), ("Jan Buur", "06 11122233")] {
            let (s, v) = send(api.post(url("/parties")).bearer_auth(&vera).json(
                &json!({"role": "interpreter", "name": name, "language": "Turks", "phone": phone}),
            ))
            .await;
            assert_eq!(s, 204, "{v}");
        }
        for (name, body) in [
            ("eerste.pdf", "%PDF-1.4 eerste brief"),
            ("tweede.pdf", "%PDF-1.4 tweede brief"),
        ] {
            let form = reqwest::multipart::Form::new().part(
                "file",
                reqwest::multipart::Part::bytes(body.as_bytes().to_vec()).file_name(name),
            );
            let (s, v) = send(
                api.post(url("/attachments"))
                    .bearer_auth(&vera)
                    .multipart(form),
            )
            .await;
            assert_eq!(s, 201, "{v}");
        }
        let raw = store.raw().await;
        let parties = ids(&raw, "case_parties", &r).await;
        let files = ids(&raw, "attachments", &r).await;
        assert_eq!((parties.len(), files.len()), (2, 2));
        copy(&raw, "case_parties", &["sealed"], parties[0], parties[1]).await;
        copy(
            &raw,
            "attachments",
            &["sealed_name", "sealed_data"],
            files[0],
            files[1],
        )
        .await;

        let (s, view) = send(api.get(url("")).bearer_auth(&vera)).await;
        assert_eq!(s, 200, "{view}");
        // The first party and attachment are still themselves; the second is never the first.
        assert_eq!(view["parties"][0]["name"], "Ayşe Tolk");
        assert_eq!(view["parties"][1]["name"], "", "{}: {view}", store.label);
        assert_eq!(view["attachments"][0]["name"], "eerste.pdf");
        assert_eq!(
            view["attachments"][1]["name"], "",
            "{}: {view}",
            store.label
        );
        let res = api
            .get(url(&format!("/attachments/{}", files[1])))
            .bearer_auth(&vera)
            .send()
            .await
            .unwrap();
        let status = res.status().as_u16();
        let body = res.bytes().await.unwrap();
        assert_ne!(status, 200, "{}", store.label);
        assert!(!String::from_utf8_lossy(&body).contains("eerste brief"));
        // The first opens as before.
        let res = api
            .get(url(&format!("/attachments/{}", files[0])))
            .bearer_auth(&vera)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        assert_eq!(
            res.bytes().await.unwrap().as_ref(),
            b"%PDF-1.4 eerste brief"
        );
    }
}

#[tokio::test]
async fn a_kwestie_or_a_person_moved_to_another_municipality_does_not_open_there() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        store.run(&[
            "tenant",
            "add",
            "--slug",
            "lindeveld",
            "--name",
            "Lindeveld",
        ]);
        let cor = store.token_for("cor@x.example", "coordinator", None);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let a = api_intake(
            &base,
            &cor,
            "maasdal",
            "Verhaal uit Maasdal.",
            "Anouk Visser",
        )
        .await;
        let b = api_intake(&base, &cor, "maasdal", "Nog een verhaal.", "Bram Smit").await;
        let raw = store.raw().await;
        let (lindeveld,): (i64,) =
            sqlx::query_as("SELECT id FROM tenants WHERE slug = 'lindeveld'")
                .fetch_one(&raw)
                .await
                .unwrap();
        // Kwestie A, with its person, moved to Lindeveld.
        sqlx::query("UPDATE cases SET tenant_id = $1 WHERE reference = $2")
            .bind(lindeveld)
            .bind(&a)
            .execute(&raw)
            .await
            .unwrap();
        sqlx::query(
            "UPDATE persons SET tenant_id = $1 WHERE id = (SELECT citizen_id FROM cases WHERE reference = $2)",
        )
        .bind(lindeveld)
        .bind(&a)
        .execute(&raw)
        .await
        .unwrap();
        // Kwestie B's person alone moved to Lindeveld.
        sqlx::query(
            "UPDATE persons SET tenant_id = $1 WHERE id = (SELECT citizen_id FROM cases WHERE reference = $2)",
        )
        .bind(lindeveld)
        .bind(&b)
        .execute(&raw)
        .await
        .unwrap();
        let c = reqwest::Client::new();
        let (s, v) = send(c.get(format!("{base}/api/v1/cases/{a}")).bearer_auth(&cor)).await;
        let text = v.to_string();
        assert_ne!(s, 200, "{}: {text}", store.label);
        assert!(
            !text.contains("Verhaal uit Maasdal") && !text.contains("Anouk"),
            "{text}"
        );
        let (_, v) = send(c.get(format!("{base}/api/v1/cases/{b}")).bearer_auth(&cor)).await;
        let text = v.to_string();
        assert!(!text.contains("Bram"), "{}: {text}", store.label);
    }
}

#[tokio::test]
async fn an_outbox_message_or_a_narrative_copied_onto_another_does_not_open_there() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        store.run(&[
            "tenant",
            "add",
            "--slug",
            "lindeveld",
            "--name",
            "Lindeveld",
        ]);
        for (email, tenant) in [
            ("eva@x.example", "maasdal"),
            ("finn@x.example", "lindeveld"),
        ] {
            let (code, out, err) = store.run(&[
                "user",
                "add",
                "--email",
                email,
                "--role",
                "confidant",
                "--tenant",
                tenant,
            ]);
            assert_eq!(code, 0, "{out}{err}");
        }
        let cor = store.token_for("cor@x.example", "coordinator", None);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let (base, c) = (server.url.clone(), reqwest::Client::new());
        let raw = store.raw().await;

        // Two invitations in the outbox; Eva's body copied onto Finn's message.
        let (s, before) = send(c.get(format!("{base}/api/v1/outbox")).bearer_auth(&cor)).await;
        assert_eq!(s, 200, "{before}");
        let text = before.to_string();
        assert!(
            text.contains("eva@x.example") && text.contains("finn@x.example"),
            "{text}"
        );
        let mails: Vec<(i64,)> = sqlx::query_as("SELECT id FROM outbox ORDER BY id")
            .fetch_all(&raw)
            .await
            .unwrap();
        copy(
            &raw,
            "outbox",
            &["recipient", "body"],
            mails[0].0,
            mails[1].0,
        )
        .await;
        let (s, after) = send(c.get(format!("{base}/api/v1/outbox")).bearer_auth(&cor)).await;
        assert_eq!(s, 200, "{after}");
        let text = after.to_string();
        assert_eq!(
            text.matches("eva@x.example").count(),
            1,
            "{}: {text}",
            store.label
        );

        // A report's narrative in Maasdal, copied onto Lindeveld's report.
        // A yearly report (the default) of this year.
        let period = naast_app::clock::today().year().to_string();
        let mut reports = Vec::new();
        for tenant in ["maasdal", "lindeveld"] {
            let (s, v) = send(
                c.post(format!("{base}/api/v1/tenants/{tenant}/reports"))
                    .bearer_auth(&cor)
                    .json(&json!({"period": period})),
            )
            .await;
            assert!(s == 200 || s == 201, "{s} {v}");
            reports.push(v["id"].as_i64().unwrap());
        }
        let (_, r) = send(
            c.get(format!("{base}/api/v1/reports/{}", reports[0]))
                .bearer_auth(&cor),
        )
        .await;
        let (s, v) = send(
            c.put(format!("{base}/api/v1/reports/{}/text", reports[0]))
                .bearer_auth(&cor)
                .json(
                    &json!({"themes": "Wachttijden bij de Wmo-loketten in Maasdal.",
                    "updated_at": r["updated_at"]}),
                ),
        )
        .await;
        assert_eq!(s, 204, "{v}");
        copy(&raw, "reports", &["narrative"], reports[0], reports[1]).await;
        let (_, v) = send(
            c.get(format!("{base}/api/v1/reports/{}", reports[1]))
                .bearer_auth(&cor),
        )
        .await;
        assert!(
            !v.to_string().contains("Wachttijden"),
            "{}: {v}",
            store.label
        );
        let (_, v) = send(
            c.get(format!("{base}/api/v1/reports/{}", reports[0]))
                .bearer_auth(&cor),
        )
        .await;
        assert!(v.to_string().contains("Wachttijden"), "{v}");
    }
}

#[tokio::test]
async fn naast_migrate_runs_the_binding_step_with_the_key_and_says_when_it_cannot() {
    for store in Store::all().await {
        let (code, _, err) = store.run(&["migrate"]);
        assert_eq!(code, 0, "{err}");
        let raw = store.raw().await;
        let version = |raw: sqlx::AnyPool| async move {
            sqlx::query_as::<_, (String,)>("SELECT value FROM settings WHERE key = 'aad.version'")
                .fetch_one(&raw)
                .await
                .unwrap()
                .0
        };
        assert_eq!(version(raw.clone()).await, "2", "{}", store.label);
        // A database the previous version bound (`aad.version` 1).
        sqlx::query("UPDATE settings SET value = '1' WHERE key = 'aad.version'")
            .execute(&raw)
            .await
            .unwrap();
        // Without the master key `naast migrate` cannot re-seal, and says so.
        let out = store
            .command(&["migrate"])
            .env_remove("NAAST_MASTER_KEY")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}");
        assert!(
            err.contains("no master key given"),
            "{}: {err}",
            store.label
        );
        assert_eq!(version(raw.clone()).await, "1");
        // With it, the step runs and records the new binding.
        let (code, _, err) = store.run(&["migrate"]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(version(raw.clone()).await, "2", "{}: {err}", store.label);
    }
}
