//! Route by route: a municipality user — with its API token and with a signed-in session —
//! gets 403 or 404 from every route that touches kwesties, citizens, notes, attachments,
//! imports, exports or the office's signals (with their kwesties), by GET and by POST, and the
//! portal's own routes never return anything from a case.

use crate::harness::{Server, Store, browser, get, location, post};

/// Does this route touch case data?
fn touches_cases(path: &str) -> bool {
    [
        "/cases",
        "/import",
        "/persons",
        "/attachments",
        "/export",
        "/work",
        "/tasks",
        "/consents",
    ]
    .iter()
    .any(|p| path.contains(p))
        || (path.contains("/signals") && !path.contains("/portal/"))
}

fn fill(path: &str, reference: &str) -> String {
    path.replace("{reference}", reference)
        .replace("{slug}", "maasdal")
        .replace("{tenant}", "maasdal")
        .replace("{id}", "1")
        .replace("{format}", "pdf")
        .replace("{file}", "report.pdf")
        .replace("{organisation}", "municipality")
        .replace("{step}", "send")
        .split('{')
        .next()
        .unwrap_or("")
        .to_string()
}

/// The `"/admin…"` routes of the page router, read from its source.
fn page_routes() -> Vec<String> {
    let src = include_str!("../../../naast-web/src/pages.rs");
    let mut out: Vec<String> = src
        .split('"')
        .filter(|s| s.starts_with("/admin") && !s.contains(' '))
        .map(String::from)
        .collect();
    out.sort();
    out.dedup();
    out
}

#[tokio::test]
async fn a_municipality_reaches_no_case_data_by_any_route() {
    let store = Store::sqlite();
    let (code, _, err) = store.run(&["demo", "--seed", "5", "--cases", "8"]);
    assert_eq!(code, 0, "{err}");
    let (_, token, _) = store.run(&["token", "create", "--user", "gemeente.maasdal@demo.example"]);
    let token = token.trim().to_string();
    let (_, staff, _) = store.run(&["token", "create", "--user", "coordinator@demo.example"]);
    let staff = staff.trim().to_string();
    let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
    let api = reqwest::Client::new();

    // A real kwestie of the municipality's own tenant, so a 404 is not just a wrong reference.
    let cases = api
        .get(format!("{}/api/v1/cases?tenant=maasdal", server.url))
        .bearer_auth(&staff)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let reference = cases
        .split('"')
        .find(|s| s.starts_with("NST-") && s.len() == 13)
        .expect("a maasdal case")
        .to_string();

    // Every API route in the OpenAPI description, with every method it has.
    let spec: serde_json::Value = api
        .get(format!("{}/api/openapi.json", server.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mut checked = 0;
    for (path, ops) in spec["paths"].as_object().unwrap() {
        let url = format!("{}/api{}", server.url, fill(path, &reference));
        for method in ops.as_object().unwrap().keys() {
            let m = match method.as_str() {
                "get" => reqwest::Method::GET,
                "post" => reqwest::Method::POST,
                "put" => reqwest::Method::PUT,
                "delete" => reqwest::Method::DELETE,
                "patch" => reqwest::Method::PATCH,
                _ => continue,
            };
            let res = api
                .request(m.clone(), &url)
                .bearer_auth(&token)
                .json(&serde_json::json!({}))
                .send()
                .await
                .unwrap();
            let status = res.status().as_u16();
            let body = res.text().await.unwrap_or_default();
            assert!(
                !body.contains(&reference),
                "{method} {path} answered a municipality with the case reference: {body}"
            );
            if touches_cases(path) {
                assert!(
                    status == 403 || status == 404,
                    "{method} {path} answered a municipality with {status}: {body}"
                );
                checked += 1;
            }
        }
    }
    assert!(
        checked >= 20,
        "only {checked} case routes in the API description"
    );

    // The portal's own API: its published reports, with nothing from a case.
    let reports = api
        .get(format!("{}/api/v1/tenants/maasdal/reports", server.url))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(reports.status().as_u16(), 200);
    let list: serde_json::Value = reports.json().await.unwrap();
    let first = list
        .as_array()
        .and_then(|a| a.first())
        .map(|r| r["id"].clone());
    if let Some(id) = first {
        let one = api
            .get(format!("{}/api/v1/reports/{id}", server.url))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(!one.contains("NST-"), "no reference in a report");
        for field in ["\"citizen\"", "\"reference\"", "\"notes\"", "\"story\""] {
            assert!(!one.contains(field), "{field} in a report");
        }
    }

    // The same with a signed-in session, over every back-office page route.
    let c = browser();
    let (_, page) = get(&c, &format!("{}/login", server.url)).await;
    let res = post(
        &c,
        &format!("{}/login", server.url),
        &page,
        &[
            ("email", "gemeente.maasdal@demo.example"),
            ("password", "naast-demo-5"),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    let mut pages = 0;
    for route in page_routes().iter().filter(|r| touches_cases(r)) {
        let url = format!("{}{}", server.url, fill(route, &reference));
        let res = c.get(&url).send().await.unwrap();
        let status = res.status().as_u16();
        let body = res.text().await.unwrap_or_default();
        assert!(
            matches!(status, 303 | 403 | 404 | 405),
            "GET {route} answered a signed-in municipality with {status}"
        );
        assert!(!body.contains(&reference), "GET {route} showed the case");
        pages += 1;
    }
    assert!(pages >= 10, "only {pages} case pages found in the router");

    // And by POST, with a valid form token: refused, or sent back to the portal; nothing made.
    let before = count_signals(&api, &server.url, &staff).await;
    let (_, portal) = get(&c, &format!("{}/portal", server.url)).await;
    let csrf = crate::harness::csrf(&portal);
    let mut posts = 0;
    for route in page_routes().iter().filter(|r| touches_cases(r)) {
        let url = format!("{}{}", server.url, fill(route, &reference));
        let res = c
            .post(&url)
            .form(&[
                ("csrf", csrf.as_str()),
                ("tenant", "maasdal"),
                ("title", "x"),
                ("description", "x"),
                ("area", "wmo"),
                ("theme", "other"),
                ("addressee", "municipality"),
                ("cases", reference.as_str()),
                ("note", "x"),
                ("story", "x"),
            ])
            .send()
            .await
            .unwrap();
        let status = res.status().as_u16();
        let location = location(&res);
        let body = res.text().await.unwrap_or_default();
        assert!(
            // 400: a file upload route refuses a body that is not multipart before anything.
            matches!(status, 400 | 403 | 404 | 405)
                || (status == 303 && (location == "/portal" || location.starts_with("/login"))),
            "POST {route} answered a signed-in municipality with {status} {location}"
        );
        assert!(!body.contains(&reference), "POST {route} showed the case");
        posts += 1;
    }
    assert!(posts >= 10, "only {posts} case pages posted to");
    let after = count_signals(&api, &server.url, &staff).await;
    assert_eq!(after, before, "a municipality's POSTs made no signal");
    assert!(before >= 2, "the demo has signals");
    let (status, portal) = get(&c, &format!("{}/portal", server.url)).await;
    assert_eq!(status, 200);
    assert!(!portal.contains("NST-"));

    // The portal's signals, as pages and through the API: never a reference.
    let mine: serde_json::Value = api
        .get(format!("{}/api/v1/portal/signals", server.url))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let ids: Vec<i64> = mine
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["id"].as_i64())
        .collect();
    assert!(!ids.is_empty(), "the demo sent the municipality signals");
    assert!(!mine.to_string().contains("NST-"));
    for id in ids {
        let (status, page) = get(&c, &format!("{}/portal/signals/{id}", server.url)).await;
        assert_eq!(status, 200);
        assert!(
            !page.contains("NST-"),
            "portal signal {id} shows a reference"
        );
        assert!(
            !page.contains("/admin/cases"),
            "portal signal {id} links to a case"
        );
    }
}

async fn count_signals(api: &reqwest::Client, base: &str, staff: &str) -> usize {
    api.get(format!("{base}/api/v1/tenants/maasdal/signals"))
        .bearer_auth(staff)
        .send()
        .await
        .unwrap()
        .json::<serde_json::Value>()
        .await
        .unwrap()
        .as_array()
        .map_or(0, Vec::len)
}
