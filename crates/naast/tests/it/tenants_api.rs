//! The JSON API: bearer tokens, error bodies in the asked language, optimistic locking, and an
//! OpenAPI document that describes every route.

use crate::harness::*;
use serde_json::json;

#[tokio::test]
async fn the_api_creates_and_updates_tenants_with_clear_errors() {
    for store in Store::all().await {
        let token = store.token_for("cor@x.example", "coordinator", None);
        let server = Server::start(&store, &[]);
        let api = reqwest::Client::new();
        let url = |p: &str| format!("{}{p}", server.url);

        let res = api.get(url("/api/v1/tenants")).send().await.unwrap();
        assert_eq!(res.status().as_u16(), 401);
        let body: serde_json::Value = res.json().await.unwrap();
        assert!(body["errors"][0]["message"].is_string());

        let res = api
            .post(url("/api/v1/tenants"))
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .body("{not json")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 400, "{}", store.label);

        let res = api
            .post(url("/api/v1/tenants"))
            .bearer_auth(&token)
            .header("accept-language", "en")
            .json(&json!({"slug": "Bad Slug", "name": "", "areas": ["wmo", "mars"], "threshold_k": 2}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 422);
        let body: serde_json::Value = res.json().await.unwrap();
        let fields: Vec<&str> = body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["field"].as_str())
            .collect();
        assert!(
            fields.contains(&"slug")
                && fields.contains(&"name")
                && fields.contains(&"areas")
                && fields.contains(&"threshold_k"),
            "{body}"
        );
        assert!(
            body.to_string().contains("at least 3"),
            "English on request: {body}"
        );
        let (_, out, _) = store.run(&["tenant", "list", "--json"]);
        assert_eq!(out.trim(), "[]", "nothing was created");

        let res = api
            .post(url("/api/v1/tenants"))
            .bearer_auth(&token)
            .json(&json!({"slug": "maasdal", "name": "Maasdal", "areas": ["wmo", "jeugd"], "providers": ["Maasdal Thuiszorg"]}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 201);
        let t: serde_json::Value = res.json().await.unwrap();
        assert_eq!(t["threshold_k"], 5);
        assert_eq!(t["providers"][0]["code"], "maasdal_thuiszorg");
        let version = t["version"].as_i64().unwrap();

        let update = json!({"name": "Gemeente Maasdal", "areas": ["wmo"], "threshold_k": 4, "version": version});
        let res = api
            .put(url("/api/v1/tenants/maasdal"))
            .bearer_auth(&token)
            .json(&update)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        let res = api
            .put(url("/api/v1/tenants/maasdal"))
            .bearer_auth(&token)
            .json(&update)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 409, "a stale version is a conflict");
        let res = api
            .get(url("/api/v1/tenants/nowhere"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 404);

        // Revoked tokens stop working.
        let tokens: serde_json::Value = api_get(&url("/api/v1/tokens"), &token).await;
        let id = tokens[0]["id"].as_i64().unwrap();
        let res = api
            .delete(url(&format!("/api/v1/tokens/{id}")))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 204);
        let res = api
            .get(url("/api/v1/me"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 401);
    }
}

#[tokio::test]
async fn a_municipality_user_cannot_manage_tenants_or_users() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    store.run(&[
        "tenant",
        "add",
        "--slug",
        "lindeveld",
        "--name",
        "Lindeveld",
    ]);
    let token = store.token_for("g@maasdal.example", "municipality", Some("maasdal"));
    let server = Server::start(&store, &[]);
    let api = reqwest::Client::new();
    let tenants: serde_json::Value =
        api_get(&format!("{}/api/v1/tenants", server.url), &token).await;
    assert_eq!(
        tenants.as_array().unwrap().len(),
        1,
        "only its own municipality"
    );
    let res = api
        .get(format!("{}/api/v1/tenants/lindeveld", server.url))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 404);
    let res = api
        .get(format!("{}/api/v1/users", server.url))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 403);
    let res = api
        .post(format!("{}/api/v1/tenants", server.url))
        .bearer_auth(&token)
        .json(&json!({"slug": "x1", "name": "X", "areas": ["wmo"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 403);
}

#[tokio::test]
async fn security_headers_are_on_every_response_and_openapi_describes_every_route() {
    let store = Store::sqlite();
    let server = Server::start(&store, &[]);
    let c = browser();
    for path in ["/", "/login", "/healthz", "/api/openapi.json", "/nowhere"] {
        let res = c.get(format!("{}{path}", server.url)).send().await.unwrap();
        let h = res.headers();
        let csp = h.get("content-security-policy").unwrap().to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{path}"
        );
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(h.get("referrer-policy").unwrap(), "no-referrer");
        assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff");
    }
    let res = c
        .get(format!("{}/nowhere", server.url))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 404);

    let big = "x".repeat(2 * 1024 * 1024);
    // A client of its own: the server answers early and closes that connection.
    let res = reqwest::Client::new()
        .post(format!("{}/login", server.url))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(big)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 413, "oversized bodies are refused");

    let spec: serde_json::Value = c
        .get(format!("{}/api/openapi.json", server.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let source = [
        include_str!("../../../naast-web/src/api.rs"),
        include_str!("../../../naast-web/src/api/cases.rs"),
        include_str!("../../../naast-web/src/api/procedures.rs"),
        include_str!("../../../naast-web/src/api/public.rs"),
        include_str!("../../../naast-web/src/api/reports.rs"),
    ]
    .concat();
    // Every path literal of the router, whether `cargo fmt` put it on the `.route(` line or not.
    let paths: Vec<&str> = source.split('"').filter(|s| s.starts_with("/v1")).collect();
    assert!(paths.len() > 40, "found the routes: {}", paths.len());
    for path in paths {
        assert!(
            spec["paths"].get(format!("/api{path}")).is_some(),
            "{path} missing from OpenAPI"
        );
    }
}

#[tokio::test]
async fn what_the_screens_do_the_api_does_too() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let token = store.token_for("cor@x.example", "coordinator", None);
    let server = Server::start(&store, &[]);
    let api = reqwest::Client::new();
    let url = |p: &str| format!("{}{p}", server.url);

    let res = api
        .post(url("/api/v1/users"))
        .bearer_auth(&token)
        .json(&json!({"email": "v@x.example", "role": "confidant"}))
        .send()
        .await
        .unwrap();
    let id = res.json::<serde_json::Value>().await.unwrap()["user"]["id"]
        .as_i64()
        .unwrap();
    let res = api
        .put(url(&format!("/api/v1/users/{id}/tenants")))
        .bearer_auth(&token)
        .json(&json!({"tenants": ["maasdal"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.json::<serde_json::Value>().await.unwrap()["tenants"],
        json!(["maasdal"])
    );
    let res = api
        .put(url(&format!("/api/v1/users/{id}/tenants")))
        .bearer_auth(&token)
        .json(&json!({"tenants": ["nowhere"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 422);
    let link: serde_json::Value = api
        .post(url(&format!("/api/v1/users/{id}/setup-link")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(link["setup_link"].as_str().unwrap().contains("/setup/"));

    let res = api
        .post(url("/api/v1/tokens"))
        .bearer_auth(&token)
        .json(&json!({"label": "script"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status().as_u16(),
        403,
        "tokens are made from a browser or the command line, never by a token"
    );

    let outbox: serde_json::Value = api_get(&url("/api/v1/outbox"), &token).await;
    assert!(
        outbox
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["to"] == "v@x.example")
    );
    let audit: serde_json::Value = api_get(&url("/api/v1/audit"), &token).await;
    assert_eq!(audit["chain"]["ok"], true);
    assert!(
        audit["entries"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "user.tenants")
    );
    let jobs: serde_json::Value = api_get(&url("/api/v1/jobs"), &token).await;
    assert!(
        jobs.as_array()
            .unwrap()
            .iter()
            .any(|j| j["kind"] == "email.send")
    );
}

#[tokio::test]
async fn citizens_find_their_last_day_to_object_without_javascript() {
    let store = Store::sqlite();
    let server = Server::start(&store, &[]);
    let c = browser();
    let (status, page) = get(&c, &format!("{}/termijn?verzonden=2026-03-16", server.url)).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("dinsdag 28 april 2026"),
        "Koningsdag moves the last day"
    );
    assert!(page.contains("artikel 6:7"), "the legal source is named");
    let (status, page) = get(&c, &format!("{}/termijn?verzonden=2099-01-01", server.url)).await;
    assert_eq!(status, 422);
    assert!(
        page.contains("in de toekomst") && page.contains("value=\"2099-01-01\""),
        "a clear message, and what was typed stays"
    );
    let res = c
        .get(format!("{}/termijn?verzonden=2026-03-16", server.url))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    let page = res.text().await.unwrap();
    assert!(page.contains("Tuesday 28 April 2026"), "also in English");
}
