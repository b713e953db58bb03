//! Disabling a user through the API hands their open kwesties over as the page does: `GET
//! …/disable` says what would happen, `POST …/disable {"handover_to": id|null}` does it; without
//! a body the user keeps their kwesties, as before.

use crate::harness::*;

fn user(store: &Store, email: &str, name: &str, role: &str, tenant: Option<&str>) -> String {
    let mut args = vec![
        "user", "add", "--email", email, "--role", role, "--name", name,
    ];
    if let Some(t) = tenant {
        args.extend(["--tenant", t]);
    }
    let (code, _, err) = store.run(&args);
    assert_eq!(code, 0, "{err}");
    store
        .run(&["token", "create", "--user", email])
        .1
        .trim()
        .to_string()
}

async fn user_id(base: &str, coordinator: &str, email: &str) -> i64 {
    api_get(&format!("{base}/api/v1/users"), coordinator)
        .await
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == email)
        .and_then(|u| u["id"].as_i64())
        .unwrap()
}

async fn count(raw: &sqlx::AnyPool, sql: &str) -> i64 {
    use sqlx::Row;
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(raw)
        .await
        .unwrap()
        .try_get::<i64, _>(0)
        .unwrap()
}

async fn disable(base: &str, token: &str, id: i64, body: Option<&str>) -> (u16, serde_json::Value) {
    let mut req = reqwest::Client::new()
        .post(format!("{base}/api/v1/users/{id}/disable"))
        .bearer_auth(token);
    if let Some(b) = body {
        req = req
            .header("content-type", "application/json")
            .body(b.to_string());
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or_default())
}

#[tokio::test]
async fn the_api_disables_with_a_handover_or_as_before_without_a_body() {
    for store in Store::all().await {
        let label = store.label;
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        store.run(&[
            "tenant",
            "add",
            "--slug",
            "lindeveld",
            "--name",
            "Lindeveld",
        ]);
        let ops = user(&store, "ops@x.example", "Olga Ops", "coordinator", None);
        let vera = user(
            &store,
            "vera@x.example",
            "Vera Vos",
            "confidant",
            Some("maasdal"),
        );
        let wim = user(
            &store,
            "wim@x.example",
            "Wim Wit",
            "confidant",
            Some("maasdal"),
        );
        let olaf = user(
            &store,
            "olaf@x.example",
            "Olaf Oud",
            "confidant",
            Some("lindeveld"),
        );
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let one = api_intake(
            &base,
            &vera,
            "maasdal",
            "Traplift geweigerd",
            "Henk de Vries",
        )
        .await;
        let two = api_intake(
            &base,
            &vera,
            "maasdal",
            "Geen hulp meer",
            "Fatima El Amrani",
        )
        .await;
        api_intake(&base, &olaf, "lindeveld", "Schuldhulp stopt", "Piet Jansen").await;
        // Wim finished his set-up; Ina was invited and never did.
        finish_setup(&base, &ops, "wim@x.example").await;
        user(
            &store,
            "ina@x.example",
            "Ina Nieuw",
            "confidant",
            Some("maasdal"),
        );
        let vera_id = user_id(&base, &ops, "vera@x.example").await;
        let wim_id = user_id(&base, &ops, "wim@x.example").await;
        let olaf_id = user_id(&base, &ops, "olaf@x.example").await;
        let ina_id = user_id(&base, &ops, "ina@x.example").await;
        let raw = store.raw().await;

        // The plan: Vera's two open kwesties, Wim (not Olaf) may take them.
        let plan = api_get(&format!("{base}/api/v1/users/{vera_id}/disable"), &ops).await;
        let open: Vec<&str> = plan["open_cases"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|r| r.as_str())
            .collect();
        assert!(
            open.contains(&one.as_str()) && open.contains(&two.as_str()),
            "{label}: {plan}"
        );
        let colleagues: Vec<i64> = plan["colleagues"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|u| u["id"].as_i64())
            .collect();
        assert!(
            colleagues.contains(&wim_id) && !colleagues.contains(&olaf_id),
            "{label}"
        );
        assert!(
            !colleagues.contains(&ina_id),
            "{label}: Ina has no password yet"
        );
        let (got, _) = disable(
            &base,
            &ops,
            vera_id,
            Some(&format!("{{\"handover_to\": {ina_id}}}")),
        )
        .await;
        assert_eq!(got, 422, "{label}: nor can she be named");

        // A colleague who may not see the kwesties, a stranger field, not JSON: refused, no change.
        for (bad, status) in [
            (format!("{{\"handover_to\": {olaf_id}}}"), 422),
            (format!("{{\"handover_to\": {vera_id}}}"), 422),
            ("{\"hand_over\": 3}".to_string(), 400),
            ("{\"handover_to\": \"wim\"}".to_string(), 400),
            ("nonsense".to_string(), 400),
        ] {
            let (got, body) = disable(&base, &ops, vera_id, Some(&bad)).await;
            assert_eq!(got, status, "{label}: {bad}: {body}");
            assert!(body["errors"].is_array(), "{label}: {body}");
            let me = reqwest::Client::new()
                .get(format!("{base}/api/v1/me"))
                .bearer_auth(&vera)
                .send()
                .await
                .unwrap();
            assert_eq!(me.status().as_u16(), 200, "{label}: {bad}: nothing changed");
        }
        let (_, body) = disable(
            &base,
            &ops,
            vera_id,
            Some(&format!("{{\"handover_to\": {olaf_id}}}")),
        )
        .await;
        assert!(
            body.to_string().contains("kan de kwesties niet overnemen"),
            "{label}: Dutch by default: {body}"
        );

        // Handed to Wim: Vera is out, her kwesties are Wim's, each with audit and timeline entries.
        let (got, body) = disable(
            &base,
            &ops,
            vera_id,
            Some(&format!("{{\"handover_to\": {wim_id}}}")),
        )
        .await;
        assert_eq!(got, 200, "{label}: {body}");
        assert_eq!(body["disabled"], true, "{label}: {body}");
        let sql = format!("SELECT COUNT(*) FROM cases WHERE owner_user_id = {wim_id}");
        assert_eq!(count(&raw, &sql).await, 2, "{label}");
        let handovers = "SELECT COUNT(*) FROM case_entries WHERE kind = 'handover'";
        assert_eq!(count(&raw, handovers).await, 2, "{label}");
        let audited = "SELECT COUNT(*) FROM audit_log WHERE action = 'case.handover'";
        assert_eq!(count(&raw, audited).await, 2, "{label}");

        // Wim leaves with nobody to take over (null): his kwesties are unassigned.
        let (got, _) = disable(&base, &ops, wim_id, Some("{\"handover_to\": null}")).await;
        assert_eq!(got, 200, "{label}");
        let sql = "SELECT COUNT(*) FROM cases WHERE owner_user_id IS NULL AND status <> 'closed'";
        assert_eq!(count(&raw, sql).await, 2, "{label}");
        let unassigned = "SELECT COUNT(*) FROM case_entries WHERE kind = 'unassigned'";
        assert_eq!(count(&raw, unassigned).await, 2, "{label}");
        let _ = wim;

        // Without a body, as before: Olaf is disabled and keeps his kwestie.
        let (got, body) = disable(&base, &ops, olaf_id, None).await;
        assert_eq!(got, 200, "{label}: {body}");
        assert_eq!(body["disabled"], true, "{label}");
        let sql = format!("SELECT COUNT(*) FROM cases WHERE owner_user_id = {olaf_id}");
        assert_eq!(count(&raw, &sql).await, 1, "{label}");
        let disabled = "SELECT COUNT(*) FROM audit_log WHERE action = 'user.disable'";
        assert_eq!(count(&raw, disabled).await, 3, "{label}");
    }
}
