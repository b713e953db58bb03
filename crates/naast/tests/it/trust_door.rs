//! A citizen's file stays theirs: attacks through the public door that must fail. Someone who
//! knows a citizen's e-mail address, phone number or name gets nothing of theirs; a status link
//! cannot flood a kwestie; erasure leaves no way back in and no key on disk; web intakes
//! nobody opened do not linger.

use crate::harness::*;
use serde_json::{Value, json};

/// A staff intake for a known citizen, returning the reference.
async fn staff_intake(base: &str, token: &str, body: Value) -> String {
    let r = reqwest::Client::new()
        .post(format!("{base}/api/v1/cases"))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201, "{}", r.text().await.unwrap());
    r.json::<Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_string()
}

/// A public intake through the API; returns (reference, status URL).
async fn public_intake(base: &str, contact: Value) -> (String, String) {
    let r = reqwest::Client::new()
        .post(format!("{base}/api/v1/public/maasdal/intake"))
        .json(&json!({"story": "Mijn traplift is afgewezen.", "area": "wmo", "contact": contact, "language": "nl"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201, "{}", r.text().await.unwrap());
    let body: Value = r.json().await.unwrap();
    (
        body["reference"].as_str().unwrap().to_string(),
        body["status_url"].as_str().unwrap().to_string(),
    )
}

async fn post_json(url: &str, token: &str, body: Value) -> (u16, String) {
    let r = reqwest::Client::new()
        .post(url)
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

fn start(store: &Store) -> (Server, String) {
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let confidant = store.token_for("vera@x.example", "confidant", Some("maasdal"));
    (
        Server::start(store, &[("NAAST_RATE_LIMITS", "off")]),
        confidant,
    )
}

#[tokio::test]
async fn a_public_intake_with_someone_elses_e_mail_address_gets_nothing_of_theirs() {
    for store in Store::all().await {
        let (server, confidant) = start(&store);
        let base = server.url.clone();
        let henk = staff_intake(&base, &confidant, json!({"tenant": "maasdal", "channel": "phone", "story": "Henk zijn eerste verhaal over de Wmo.", "name": "Henk de Boer", "email": "henk.deboer@voorbeeld.nl", "phone": "06 12345678", "address": "Dorpsstraat 1"})).await;
        // The confidant writes in Henk's kwestie (kept for Henk, not for whoever claims him).
        let (s, _) = post_json(
            &format!("{base}/api/v1/cases/{henk}/notes"),
            &confidant,
            json!({"note": "Henk vertelde over zijn schulden."}),
        )
        .await;
        assert_eq!(s, 204);

        // The attacker knows Henk's address and uses it on the public form.
        let (mine, status_url) = public_intake(
            &base,
            json!({"name": "Iemand Anders", "email": "HENK.DEBOER@voorbeeld.nl", "phone": "06 99999999"}),
        )
        .await;
        let view = api_get(&format!("{base}/api/v1/cases/{mine}"), &confidant).await;
        assert_eq!(
            view["citizen"]["name"], "Iemand Anders",
            "{}: the intake holds what its sender typed",
            store.label
        );
        assert_eq!(view["citizen"]["phone"], "06 99999999");
        assert_eq!(view["earlier"].as_array().unwrap().len(), 0);
        // The confidant sees the possible match as a suggestion only.
        let m = &view["possible_matches"][0];
        assert_eq!(m["with"], henk.as_str(), "{view}");
        assert_eq!(m["matched_on"], json!(["email"]));

        // The status page of the attacker shows nothing of Henk.
        let page = reqwest::get(&status_url)
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        for secret in ["Henk", "Dorpsstraat", "12345678", "schulden", &henk] {
            assert!(!page.contains(secret), "{}: {secret} leaked", store.label);
        }
        // A message "to the citizen" of the new kwestie does not reach into Henk's kwestie,
        // and Henk's export does not hold the intake; the intake's export holds no Henk.
        let (s, _) = post_json(
            &format!("{base}/api/v1/cases/{mine}/messages"),
            &confidant,
            json!({"message": "Ik bel u morgen."}),
        )
        .await;
        assert!(s == 204 || s == 201, "{s}");
        let henk_view = api_get(&format!("{base}/api/v1/cases/{henk}"), &confidant).await;
        assert_eq!(henk_view["earlier"].as_array().unwrap().len(), 0);
        let export = api_get(&format!("{base}/api/v1/cases/{mine}/export"), &confidant).await;
        let export = export.to_string();
        assert!(
            !export.contains("Henk") && !export.contains(&henk),
            "{export}"
        );
        // Erasing the intake's citizen leaves Henk's kwestie whole.
        let (s, _) = post_json(
            &format!("{base}/api/v1/cases/{mine}/erase"),
            &confidant,
            json!({}),
        )
        .await;
        assert_eq!(s, 200);
        let henk_view = api_get(&format!("{base}/api/v1/cases/{henk}"), &confidant).await;
        assert_eq!(henk_view["citizen"]["name"], "Henk de Boer");
        assert_eq!(henk_view["personal_data"], true);
    }
}

#[tokio::test]
async fn linking_a_suggested_match_moves_the_kwestie_and_counts_the_citizen_once() {
    for store in Store::all().await {
        let (server, confidant) = start(&store);
        let base = server.url.clone();
        let known = staff_intake(&base, &confidant, json!({"tenant": "maasdal", "channel": "phone", "story": "Eerste keer.", "name": "Ayşe Çelik", "phone": "+31 6 1234 5678", "email": "ayse@voorbeeld.nl"})).await;
        // The same person on the form, writing her name without accents and her number
        // the Dutch way, from a new address.
        let (mine, _) = public_intake(
            &base,
            json!({"name": "ayse  celik", "email": "a.celik@nieuw.nl", "phone": "06-12345678"}),
        )
        .await;
        let view = api_get(&format!("{base}/api/v1/cases/{mine}"), &confidant).await;
        let m = &view["possible_matches"][0];
        assert_eq!(m["with"], known.as_str(), "{}: {view}", store.label);
        assert_eq!(m["matched_on"], json!(["phone", "name"]));

        // A bad choice is refused and changes nothing.
        let (s, body) = post_json(
            &format!("{base}/api/v1/cases/{mine}/citizen/link"),
            &confidant,
            json!({"with": known, "keep_email": "both"}),
        )
        .await;
        assert_eq!(s, 422, "{body}");
        assert!(body.contains("keep_email"), "{body}");

        let (s, body) = post_json(
            &format!("{base}/api/v1/cases/{mine}/citizen/link"),
            &confidant,
            json!({"with": known, "keep_email": "new"}),
        )
        .await;
        assert_eq!(s, 204, "{body}");
        let view = api_get(&format!("{base}/api/v1/cases/{mine}"), &confidant).await;
        assert_eq!(view["citizen"]["name"], "Ayşe Çelik", "the known name kept");
        assert_eq!(
            view["citizen"]["email"], "a.celik@nieuw.nl",
            "the new address chosen"
        );
        assert_eq!(view["earlier"][0]["reference"], known.as_str());
        assert_eq!(view["possible_matches"].as_array().unwrap().len(), 0);
        let a = api_get(&format!("{base}/api/v1/cases/{known}/stat"), &confidant).await;
        let b = api_get(&format!("{base}/api/v1/cases/{mine}/stat"), &confidant).await;
        assert_eq!(a["stat_citizen_id"], b["stat_citizen_id"], "counted once");
        // The intake's own person record is gone: one person left.
        let raw = store.raw().await;
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM persons")
            .fetch_one(&raw)
            .await
            .unwrap();
        assert_eq!(n, 1, "{}", store.label);
        // Linking again is a conflict, not a second change.
        let (s, _) = post_json(
            &format!("{base}/api/v1/cases/{mine}/citizen/link"),
            &confidant,
            json!({"with": known}),
        )
        .await;
        assert_eq!(s, 409);

        // Someone else with the same name is kept apart, and not suggested again.
        let (other, _) =
            public_intake(&base, json!({"name": "Ayse Celik", "phone": "06 55555555"})).await;
        let view = api_get(&format!("{base}/api/v1/cases/{other}"), &confidant).await;
        assert_eq!(view["possible_matches"][0]["matched_on"], json!(["name"]));
        let (s, body) = post_json(
            &format!("{base}/api/v1/cases/{other}/citizen/keep-apart"),
            &confidant,
            json!({"with": known}),
        )
        .await;
        assert_eq!(s, 204, "{body}");
        let view = api_get(&format!("{base}/api/v1/cases/{other}"), &confidant).await;
        assert_eq!(view["possible_matches"].as_array().unwrap().len(), 0);
        assert_eq!(view["citizen"]["phone"], "06 55555555");

        // Both decisions are in the audit log.
        let actions: Vec<String> = sqlx::query_scalar("SELECT action FROM audit_log ORDER BY seq")
            .fetch_all(&raw)
            .await
            .unwrap();
        assert!(actions.iter().any(|a| a == "case.citizen_link"));
        assert!(actions.iter().any(|a| a == "case.citizen_keep_apart"));
    }
}

#[tokio::test]
async fn staff_link_a_known_citizen_only_by_choosing_them_and_search_finds_them_as_people_type() {
    for store in Store::all().await {
        let (server, confidant) = start(&store);
        let base = server.url.clone();
        let first = staff_intake(&base, &confidant, json!({"tenant": "maasdal", "channel": "phone", "story": "Eerste.", "name": "Zoë van der Berg", "phone": "0612345678", "email": "zoe@voorbeeld.nl"})).await;
        // The same e-mail address typed by staff does not link on its own.
        let second = staff_intake(&base, &confidant, json!({"tenant": "maasdal", "channel": "phone", "story": "Tweede.", "name": "Z. van der Berg", "email": "zoe@voorbeeld.nl"})).await;
        let view = api_get(&format!("{base}/api/v1/cases/{second}"), &confidant).await;
        assert_eq!(
            view["earlier"].as_array().unwrap().len(),
            0,
            "{}",
            store.label
        );
        assert_eq!(view["possible_matches"][0]["with"], first.as_str());
        // Choosing the known citizen links at intake.
        let third = staff_intake(&base, &confidant, json!({"tenant": "maasdal", "channel": "walk_in", "story": "Derde.", "citizen_of": first.to_lowercase()})).await;
        let view = api_get(&format!("{base}/api/v1/cases/{third}"), &confidant).await;
        assert_eq!(view["citizen"]["name"], "Zoë van der Berg");
        assert_eq!(view["earlier"][0]["reference"], first.as_str());
        // A reference that is no known citizen is refused with the field named; nothing stored.
        let before = api_get(&format!("{base}/api/v1/cases"), &confidant).await["total"].clone();
        let (s, body) = post_json(
            &format!("{base}/api/v1/cases"),
            &confidant,
            json!({"tenant": "maasdal", "channel": "phone", "story": "Vierde.", "name": "X", "citizen_of": "NST-0000-0000"}),
        )
        .await;
        assert_eq!(s, 422, "{body}");
        assert!(body.contains("citizen_of"), "{body}");
        let after = api_get(&format!("{base}/api/v1/cases"), &confidant).await["total"].clone();
        assert_eq!(before, after);
        // Search finds the citizen however the name or number is typed.
        for q in [
            "zoe van der berg",
            "ZOË  VAN DER BERG",
            "+31 6 12 34 56 78",
            "06-12345678",
        ] {
            let list = api_get(
                &format!("{base}/api/v1/cases?q={}", urlencode(q)),
                &confidant,
            )
            .await;
            let refs: Vec<&str> = list["cases"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|c| c["reference"].as_str())
                .collect();
            assert!(
                refs.contains(&first.as_str()),
                "{}: {q} → {refs:?}",
                store.label
            );
        }
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn a_status_link_cannot_flood_a_kwestie_or_the_audit_log() {
    for store in Store::all().await {
        let (server, _) = start(&store);
        let base = server.url.clone();
        let (reference, status_url) =
            public_intake(&base, json!({"name": "Lotte Smit", "phone": "06 22233344"})).await;
        let c = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        for n in 0..30 {
            let r = c
                .post(format!("{status_url}/reply"))
                .form(&[("message", format!("Bericht {n}"))])
                .send()
                .await
                .unwrap();
            assert_eq!(r.status().as_u16(), 303, "{}: message {n}", store.label);
        }
        let r = c
            .post(format!("{status_url}/reply"))
            .form(&[("message", "Nog een bericht dat niet meer past")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 429, "{}", store.label);
        let retry: u64 = r.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(retry > 0 && retry <= 86_400, "{retry}");
        let page = r.text().await.unwrap();
        assert!(
            page.contains("Morgen kunt u weer"),
            "the limit is explained"
        );
        assert!(
            page.contains("Nog een bericht dat niet meer past"),
            "what was typed is kept"
        );

        // Ten documents, then no more.
        let pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".to_vec();
        for n in 0..10 {
            let form = reqwest::multipart::Form::new().part(
                "file",
                reqwest::multipart::Part::bytes(pdf.clone())
                    .file_name(format!("brief{n}.pdf"))
                    .mime_str("application/pdf")
                    .unwrap(),
            );
            let r = c
                .post(format!("{status_url}/document"))
                .multipart(form)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status().as_u16(), 303, "{}: document {n}", store.label);
        }
        let form = reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(pdf.clone())
                .file_name("elfde.pdf")
                .mime_str("application/pdf")
                .unwrap(),
        );
        let r = c
            .post(format!("{status_url}/document"))
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 429);
        assert!(r.headers().contains_key("retry-after"));

        // Reading the status page over and over writes one audit entry for the hour.
        for _ in 0..5 {
            assert_eq!(
                c.get(&status_url).send().await.unwrap().status().as_u16(),
                200
            );
        }
        let raw = store.raw().await;
        let reads: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'case.status_read'")
                .fetch_one(&raw)
                .await
                .unwrap();
        assert_eq!(reads, 1, "{}", store.label);
        let stored: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM case_entries e JOIN cases c ON c.id = e.case_id \
             WHERE c.reference = $1 AND e.kind = 'message_in'",
        )
        .bind(&reference)
        .fetch_one(&raw)
        .await
        .unwrap();
        assert_eq!(stored, 30, "the refused message was not stored");
    }
}

#[tokio::test]
async fn erasure_closes_the_status_link_and_leaves_no_key_bytes_in_the_database_file_or_wal() {
    for store in Store::all().await {
        let (server, confidant) = start(&store);
        let base = server.url.clone();
        let (reference, status_url) = public_intake(
            &base,
            json!({"name": "Noor Bakker", "email": "noor@voorbeeld.nl"}),
        )
        .await;
        let raw = store.raw().await;
        let wrapped: Vec<Vec<u8>> = sqlx::query_scalar(
            "SELECT k.wrapped FROM data_keys k WHERE k.id IN (\
               SELECT data_key_id FROM cases WHERE reference = $1 \
               UNION SELECT p.data_key_id FROM persons p JOIN cases c ON c.citizen_id = p.id WHERE c.reference = $1)",
        )
        .bind(&reference)
        .fetch_all(&raw)
        .await
        .unwrap();
        assert_eq!(wrapped.len(), 2);
        raw.close().await;
        assert_eq!(
            reqwest::get(&status_url).await.unwrap().status().as_u16(),
            200
        );

        let (s, _) = post_json(
            &format!("{base}/api/v1/cases/{reference}/erase"),
            &confidant,
            json!({}),
        )
        .await;
        assert_eq!(s, 200);
        let r = reqwest::get(&status_url).await.unwrap();
        assert_eq!(
            r.status().as_u16(),
            404,
            "{}: the link is gone",
            store.label
        );
        let raw = store.raw().await;
        let links: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM status_links")
            .fetch_one(&raw)
            .await
            .unwrap();
        assert_eq!(links, 0);
        raw.close().await;

        if store.database_url.is_none() {
            let mut bytes = std::fs::read(store.dir.path().join("naast.db")).unwrap();
            bytes.extend(std::fs::read(store.dir.path().join("naast.db-wal")).unwrap_or_default());
            for key in &wrapped {
                assert!(
                    !bytes.windows(key.len()).any(|w| w == key.as_slice()),
                    "a shredded key's wrapped bytes are still on disk"
                );
            }
            // The deleted status link's row (and its index entry) is zeroed, not just freed.
            let token = status_url.rsplit('/').next().unwrap();
            let hash = naast_crypto::hash_token(token);
            assert!(
                !bytes.windows(hash.len()).any(|w| w == hash.as_bytes()),
                "a deleted status link's hash is still on disk"
            );
            assert!(
                !bytes.windows(10).any(|w| w == b"Noor Baker"),
                "sanity: names are never in clear anyway"
            );
        }
    }
}

#[tokio::test]
async fn a_web_intake_nobody_opened_is_destroyed_with_its_record_and_counted() {
    for store in Store::all().await {
        let (server, confidant) = start(&store);
        let base = server.url.clone();
        let (forgotten, link) =
            public_intake(&base, json!({"name": "Wim Vos", "phone": "06 44455566"})).await;
        let (seen, _) =
            public_intake(&base, json!({"name": "Dirk Bos", "phone": "06 77788899"})).await;
        // The confidant opens one of the two.
        let _ = api_get(&format!("{base}/api/v1/cases/{seen}"), &confidant).await;
        let raw = store.raw().await;
        let long_ago = unix_now() as i64 - 100 * 86_400;
        sqlx::query("UPDATE cases SET created_at = $1")
            .bind(long_ago)
            .execute(&raw)
            .await
            .unwrap();
        raw.close().await;
        server.stop();

        let (code, out, err) = store.run(&["retention", "run"]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("\"unopened\":1"), "{}: {out}", store.label);
        let raw = store.raw().await;
        let refs: Vec<String> = sqlx::query_scalar("SELECT reference FROM cases")
            .fetch_all(&raw)
            .await
            .unwrap();
        assert_eq!(refs, vec![seen.clone()], "{}", store.label);
        let stats: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM stat_records")
            .fetch_one(&raw)
            .await
            .unwrap();
        assert_eq!(stats, 1, "the unopened intake's record went with it");
        let counted: i64 = sqlx::query_scalar("SELECT destroyed FROM unopened_destroyed")
            .fetch_one(&raw)
            .await
            .unwrap();
        assert_eq!(counted, 1);
        let persons: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM persons")
            .fetch_one(&raw)
            .await
            .unwrap();
        assert_eq!(persons, 1);
        raw.close().await;
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let link = link.replace(&base, &server.url);
        assert_eq!(reqwest::get(&link).await.unwrap().status().as_u16(), 404);
        let _ = forgotten;
    }
}
