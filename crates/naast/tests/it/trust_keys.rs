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
        let a = intake(&base, &cor, "maasdal").await;
        let b = intake(&base, &cor, "lindeveld").await;
        let raw = store.raw().await;
        let rows: Vec<(Option<String>, Option<String>, Option<String>)> =
            sqlx::query_as("SELECT name_index, email_index, phone_index FROM persons ORDER BY id")
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
        assert_eq!(
            list["cases"][0]["reference"],
            a.as_str(),
            "{}: {list}",
            store.label
        );
    }
}

/// What an attacker without the master key can compute: the SHA-256 chain of before.
fn unkeyed_hash(prev: &str, seq: i64, at: i64, user: Option<i64>, rest: [&str; 4]) -> String {
    let user = user.map(|u| u.to_string()).unwrap_or_default();
    let mut canon = String::new();
    for f in [
        prev,
        &seq.to_string(),
        &at.to_string(),
        &user,
        rest[0],
        rest[1],
        rest[2],
        rest[3],
    ] {
        canon.push_str(&format!("{}:{f};", f.len()));
    }
    naast_crypto::hash_token(&canon)
}

type Row = (
    i64,
    i64,
    Option<i64>,
    String,
    String,
    String,
    String,
    String,
);

/// Rewrites entry 2's object and re-hashes the whole chain the only way possible without the
/// key, as unkeyed entries.
async fn rewrite_without_the_key(store: &Store) {
    let raw = store.raw().await;
    if store.database_url.is_some() {
        sqlx::query("DROP TRIGGER audit_log_no_change ON audit_log")
            .execute(&raw)
            .await
            .unwrap();
    } else {
        sqlx::query("DROP TRIGGER audit_log_no_update")
            .execute(&raw)
            .await
            .unwrap();
    }
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT seq, at, actor_user_id, actor, action, object_kind, object_id, prev_hash FROM audit_log ORDER BY seq",
    )
    .fetch_all(&raw)
    .await
    .unwrap();
    let mut prev = rows[0].7.clone();
    for (seq, at, user, actor, action, kind, id, _) in rows {
        let id = if seq == 2 { "99".to_string() } else { id };
        let h = unkeyed_hash(&prev, seq, at, user, [&actor, &action, &kind, &id]);
        sqlx::query("UPDATE audit_log SET object_id = $1, prev_hash = $2, hash = $3, hash_alg = 'sha256' WHERE seq = $4")
            .bind(&id)
            .bind(&prev)
            .bind(&h)
            .bind(seq)
            .execute(&raw)
            .await
            .unwrap();
        prev = h;
    }
    raw.close().await;
}

#[tokio::test]
async fn a_chain_rewritten_without_the_key_fails_and_a_head_kept_elsewhere_catches_the_rest() {
    for store in Store::all().await {
        for slug in ["maasdal", "lindeveld", "westerkwartier"] {
            store.run(&["tenant", "add", "--slug", slug, "--name", slug]);
        }
        let (code, out, _) = store.run(&["audit", "verify"]);
        assert_eq!(code, 0);
        let head = out
            .trim()
            .strip_prefix("audit chain ok: 3 entries, head ")
            .unwrap_or_else(|| panic!("{out}"))
            .to_string();
        // Key rotation re-wraps the system key: the chain still verifies, with the old head.
        let new_key = naast_crypto::MasterKey::generate().to_base64();
        let key_file = store.dir.path().join("keys");
        std::fs::write(&key_file, format!("{new_key}\n{}\n", store.master_key)).unwrap();
        let (code, _, err) = run_any(&store, &key_file, &["key", "rotate"]);
        assert_eq!(code, 0, "{err}");
        let (code, out, err) = run_any(
            &store,
            &key_file,
            &["audit", "verify", "--expect", &format!("3:{head}")],
        );
        assert_eq!(code, 0, "{}: {err}", store.label);
        assert!(out.contains("audit chain ok: 4 entries"), "{out}");

        rewrite_without_the_key(&store).await;
        let (code, _, err) = run_any(&store, &key_file, &["audit", "verify"]);
        assert_eq!(
            code, 1,
            "{}: a rewritten chain verifies: {err}",
            store.label
        );
        // Even an attacker who also resets the anchor is caught by the head kept elsewhere.
        let raw = store.raw().await;
        sqlx::query("UPDATE settings SET value = 'pending' WHERE key = 'audit.anchor'")
            .execute(&raw)
            .await
            .unwrap();
        raw.close().await;
        let (code, _, err) = run_any(
            &store,
            &key_file,
            &["audit", "verify", "--expect", &format!("3:{head}")],
        );
        assert_eq!(code, 1, "{}: {err}", store.label);
        assert!(err.contains("cut off or rewritten"), "{err}");
    }
}

/// Runs a command with whichever key configuration the store has now (after a rotation the
/// key file holds the ring).
fn run_any(store: &Store, key_file: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let mut c = store.command(args);
    if key_file.exists() {
        c.env_remove("NAAST_MASTER_KEY")
            .env("NAAST_MASTER_KEY_FILE", key_file);
    }
    let out = c.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
async fn a_chain_cut_off_at_the_end_fails_against_the_expected_head() {
    for store in Store::all().await {
        for slug in ["maasdal", "lindeveld", "westerkwartier", "oosterhout"] {
            store.run(&["tenant", "add", "--slug", slug, "--name", slug]);
        }
        let (_, out, _) = store.run(&["audit", "verify"]);
        let head = out.trim().rsplit(' ').next().unwrap().to_string();
        let raw = store.raw().await;
        if store.database_url.is_some() {
            sqlx::query("DROP TRIGGER audit_log_no_change ON audit_log")
                .execute(&raw)
                .await
                .unwrap();
        } else {
            sqlx::query("DROP TRIGGER audit_log_no_delete")
                .execute(&raw)
                .await
                .unwrap();
        }
        sqlx::query("DELETE FROM audit_log WHERE seq > 2")
            .execute(&raw)
            .await
            .unwrap();
        raw.close().await;
        let (code, out, _) = store.run(&["audit", "verify"]);
        assert_eq!(code, 0, "a shortened chain still links: {out}");
        assert!(out.contains("2 entries"), "{out}");
        let (code, _, err) = store.run(&["audit", "verify", "--expect", &format!("4:{head}")]);
        assert_eq!(code, 1, "{}", store.label);
        assert!(err.contains("cut off or rewritten"), "{err}");
        let (code, _, _) = store.run(&["audit", "verify", "--expect", "nonsense"]);
        assert_eq!(code, 2, "wrong usage");
    }
}

#[tokio::test]
async fn a_search_by_name_and_a_look_at_the_outbox_leave_their_entries_but_never_the_term() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let cor = store.token_for("cor@x.example", "coordinator", None);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let reference = intake(&base, &cor, "maasdal").await;
        let list = api_get(&format!("{base}/api/v1/cases?q=Priya%20Mulder"), &cor).await;
        assert_eq!(list["cases"][0]["reference"], reference.as_str());
        // A look-up by reference is no search for a person.
        let _ = api_get(&format!("{base}/api/v1/cases?q={reference}"), &cor).await;
        let _ = api_get(&format!("{base}/api/v1/outbox"), &cor).await;
        let raw = store.raw().await;
        let case_id: i64 = sqlx::query_scalar("SELECT id FROM cases WHERE reference = $1")
            .bind(&reference)
            .fetch_one(&raw)
            .await
            .unwrap();
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT action, object_id FROM audit_log ORDER BY seq")
                .fetch_all(&raw)
                .await
                .unwrap();
        let searches: Vec<&(String, String)> =
            rows.iter().filter(|(a, _)| a == "case.search").collect();
        assert_eq!(searches.len(), 1, "{}: {rows:?}", store.label);
        assert_eq!(searches[0].1, case_id.to_string());
        assert!(rows.iter().any(|(a, _)| a == "outbox.read"));
        assert!(
            !rows.iter().any(|(_, o)| o.to_lowercase().contains("priya")),
            "the search term is never logged"
        );
    }
}
