//! Searching kwesties as people search: part of a name in any case and with or without accents,
//! a phone number in any notation, a fragment of the reference or the e-mail address, words of
//! the subject; only in the tenants one may see, audited, and an erased citizen is gone at once
//! from every instance.

use crate::harness::*;
use serde_json::json;

async fn intake(
    base: &str,
    token: &str,
    tenant: &str,
    name: &str,
    email: &str,
    phone: &str,
    story: &str,
) -> String {
    let res = reqwest::Client::new()
        .post(format!("{base}/api/v1/cases"))
        .bearer_auth(token)
        .json(&json!({"tenant": tenant, "channel": "phone", "story": story, "name": name, "email": email, "phone": phone}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    res.json::<serde_json::Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_string()
}

/// The references a search returns.
async fn found(base: &str, token: &str, q: &str) -> Vec<String> {
    let res = reqwest::Client::new()
        .get(format!("{base}/api/v1/cases"))
        .query(&[("q", q)])
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200, "{q}");
    let list: serde_json::Value = res.json().await.unwrap();
    list["cases"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|c| c["reference"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_kwestie_is_found_the_way_people_search_and_an_erased_citizen_is_not() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        store.run(&[
            "tenant",
            "add",
            "--slug",
            "rivierstad",
            "--name",
            "Rivierstad",
        ]);
        let coord = store.token_for("cor@x.example", "coordinator", None);
        let vera = store.token_for("vera@x.example", "confidant", Some("maasdal"));
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let second = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let henk = intake(
            &base,
            &coord,
            "maasdal",
            "Henk de Boer",
            "henk.deboer@voorbeeld.nl",
            "06-41 52 63 74",
            "Bijstand teruggevorderd na verhuizing",
        )
        .await;
        let other = intake(
            &base,
            &coord,
            "maasdal",
            "Fatma Çelik",
            "fatma@voorbeeld.nl",
            "+31 6 12345678",
            "Parkeervergunning geweigerd",
        )
        .await;
        let elsewhere = intake(
            &base,
            &coord,
            "rivierstad",
            "Henk de Boer",
            "henk@elders.nl",
            "0641526374",
            "Schuldhulp",
        )
        .await;
        let fragment = &henk[4..8];
        for q in [
            "de Boer",
            "henk",
            "DE BOER",
            "Bóer",
            "06-41 52 63 74",
            "0641526374",
            "+31 6 41526374",
            "41526374",
            fragment,
            &henk.to_lowercase()[..8],
            "deboer@voorbeeld",
            "teruggevorderd",
        ] {
            let refs = found(&base, &vera, q).await;
            assert!(refs.contains(&henk), "{q} finds Henk ({})", store.label);
            assert!(!refs.contains(&other), "{q} does not find Fatma");
            assert!(
                !refs.contains(&elsewhere),
                "{q}: not in a tenant Vera may not see"
            );
        }
        assert_eq!(found(&base, &vera, "celik").await, vec![other.clone()]);
        assert!(found(&base, &vera, "Jansen").await.is_empty());
        let all = found(&base, &coord, "henk boer").await;
        assert!(
            all.contains(&henk) && all.contains(&elsewhere),
            "the coordinator sees both"
        );

        // The second instance fills its own cache now.
        assert!(found(&second.url, &vera, "de boer").await.contains(&henk));

        // Municipality users never search kwesties.
        let gem = store.token_for("gem@x.example", "municipality", Some("maasdal"));
        let res = reqwest::Client::new()
            .get(format!("{base}/api/v1/cases?q=henk"))
            .bearer_auth(&gem)
            .send()
            .await
            .unwrap();
        assert!(
            matches!(res.status().as_u16(), 403 | 404),
            "{}",
            res.status()
        );

        // Audited: the kwesties found, never the term.
        let raw = store.raw().await;
        let rows: Vec<String> =
            sqlx::query_scalar("SELECT object_id FROM audit_log WHERE action = 'case.search'")
                .fetch_all(&raw)
                .await
                .unwrap();
        assert!(rows.len() >= 12, "every search is audited");
        let henk_id: i64 = sqlx::query_scalar("SELECT id FROM cases WHERE reference = $1")
            .bind(&henk)
            .fetch_one(&raw)
            .await
            .unwrap();
        assert!(
            rows.iter()
                .any(|r| r.split(',').any(|id| id == henk_id.to_string()))
        );
        let all_text: Vec<String> = sqlx::query_scalar("SELECT object_id || action FROM audit_log")
            .fetch_all(&raw)
            .await
            .unwrap();
        assert!(
            !all_text.iter().any(|t| t.to_lowercase().contains("boer")),
            "never the term"
        );

        // Erased: gone from both instances' search at once.
        let res = reqwest::Client::new()
            .post(format!("{base}/api/v1/cases/{henk}/erase"))
            .bearer_auth(&coord)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        for url in [&base, &second.url] {
            for q in ["de boer", "41526374", "deboer@voorbeeld", "teruggevorderd"] {
                assert!(
                    !found(url, &vera, q).await.contains(&henk),
                    "{q} after erasure"
                );
            }
            assert!(
                found(url, &vera, &henk).await.contains(&henk),
                "the reference stays"
            );
        }
        second.stop();
    }
}
