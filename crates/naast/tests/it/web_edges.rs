//! The web edges: no redirect off the site, every refusal in the right shape and language,
//! cookies only where they belong, sessions with an absolute lifetime.

use crate::harness::*;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Whether a `Location` stays on this site: empty, or a path that a browser cannot read as
/// another host.
fn on_site(loc: &str) -> bool {
    loc.is_empty()
        || (loc.starts_with('/')
            && !loc.starts_with("//")
            && !loc.contains('\\')
            && !loc.to_ascii_lowercase().contains("%5c")
            && !loc.chars().any(char::is_control))
}

fn set_cookies(res: &reqwest::Response) -> Vec<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect()
}

/// Percent-encodes every byte but letters, digits and `-._~`.
fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

const ATTACKS: &[&str] = &[
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%09/evil.example",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "/%5C%5Cevil.example",
    "///evil.example",
    "https://evil.example/",
    "http:evil.example",
    "javascript:alert(1)",
    "/x\r\nLocation: https://evil.example/",
    "/x\nSet-Cookie: a=b",
    "evil.example",
];

#[tokio::test]
async fn no_language_switch_leads_off_the_site_and_a_get_changes_nothing() {
    let store = Store::sqlite();
    let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
    let base = &server.url;
    let c = browser();
    let (status, login) = get(&c, &format!("{base}/login")).await;
    assert_eq!(status, 200);
    let token = csrf(&login);

    for back in ATTACKS {
        // The old link (a bookmark, an e-mail): a page with one button, nothing changed.
        let res = c
            .get(format!("{base}/lang?to=en&back={}", enc(back)))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200, "{back:?}");
        assert!(on_site(&location(&res)), "{back:?}");
        assert!(
            !set_cookies(&res)
                .iter()
                .any(|c| c.starts_with("naast_lang=")),
            "a GET sets no language: {back:?}"
        );
        let page = res.text().await.unwrap();
        assert!(
            page.contains(r#"name="back" value="/""#),
            "the page's form goes home for {back:?}"
        );
        assert!(page.contains("Switch to English"));

        // The button's POST: home, never elsewhere.
        let res = c
            .post(format!("{base}/lang"))
            .form(&[("csrf", token.as_str()), ("to", "en"), ("back", back)])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 303, "{back:?}");
        assert_eq!(location(&res), "/", "{back:?} goes home");
    }

    // The attack URLs as paths of their own lead nowhere else either.
    for path in ["//evil.example", "/%5Cevil.example", "/%09/evil.example"] {
        let res = c.get(format!("{base}{path}")).send().await.unwrap();
        assert!(on_site(&location(&res)), "{path}: {}", location(&res));
        assert!(res.status().as_u16() < 500);
    }

    // A GET changed nothing: the next page is still Dutch.
    let fresh = browser();
    let _ = fresh
        .get(format!("{base}/lang?to=en&back=%2Flogin"))
        .send()
        .await
        .unwrap();
    let (_, page) = get(&fresh, &format!("{base}/login")).await;
    assert!(
        page.contains(r#"<html lang="nl""#),
        "still Dutch after a GET"
    );

    // A POST without the CSRF token (another site's form) is refused and changes nothing.
    let res = fresh
        .post(format!("{base}/lang"))
        .form(&[("to", "en"), ("back", "/login")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 403);
    assert!(
        set_cookies(&res)
            .iter()
            .all(|c| !c.starts_with("naast_lang="))
    );
    let res = fresh
        .post(format!("{base}/lang"))
        .form(&[("csrf", token.as_str()), ("to", "en"), ("back", "/login")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status().as_u16(),
        403,
        "another browser's token is refused"
    );
    let (_, page) = get(&fresh, &format!("{base}/login")).await;
    assert!(
        page.contains(r#"<html lang="nl""#),
        "still Dutch after a refused POST"
    );

    // With the token: the cookie, and back to the page it came from.
    let res = c
        .post(format!("{base}/lang"))
        .form(&[
            ("csrf", token.as_str()),
            ("to", "en"),
            ("back", "/login?next=%2Fadmin"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/login?next=%2Fadmin");
    assert!(
        set_cookies(&res)
            .iter()
            .any(|c| c.starts_with("naast_lang=en"))
    );
    let (_, page) = get(&c, &format!("{base}/login")).await;
    assert!(
        page.contains(r#"<html lang="en""#),
        "English after the POST"
    );
    // The switcher on every page is a form with the token, not a link.
    assert!(page.contains(r#"<form class="lang" method="post" action="/lang">"#));

    // Signing in never goes off the site either.
    for next in ATTACKS {
        let (_, page) = get(&c, &format!("{base}/login?next={}", enc(next))).await;
        assert!(!page.contains("evil.example"), "{next:?} is not carried");
    }
}

/// Sends a request and returns (status, content type, body).
async fn ask(req: reqwest::RequestBuilder) -> (u16, String, String) {
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    let ct = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    (status, ct, res.text().await.unwrap())
}

/// The first error message of a JSON error body, checked for its shape.
fn json_message(what: &str, status: u16, ct: &str, body: &str) -> String {
    assert!(ct.starts_with("application/json"), "{what}: {ct} {body}");
    let v: serde_json::Value = serde_json::from_str(body).unwrap();
    let m = v["errors"][0]["message"].as_str().unwrap_or_default();
    assert!(!m.is_empty(), "{what} ({status}): {body}");
    for english_of_the_framework in ["Failed to", "Invalid URL", "Expected request"] {
        assert!(!m.contains(english_of_the_framework), "{what}: {m}");
    }
    m.to_string()
}

#[tokio::test]
async fn the_frameworks_refusals_answer_as_json_or_a_page_in_the_users_language() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let token = store.token_for("coordinator@example.org", "coordinator", None);
    let server = Server::start(
        &store,
        &[
            ("NAAST_RATE_LIMITS", "off"),
            ("NAAST_BODY_TIMEOUT_SECONDS", "1"),
        ],
    );
    let base = &server.url;
    // No pooled connections: the server answers an oversized body early and closes that one.
    let fresh = || {
        reqwest::Client::builder()
            .pool_max_idle_per_host(0)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    };
    let api = fresh();
    let big = "x".repeat(2 * 1024 * 1024);

    // Each refusal on an API route: (what, request, status).
    type Make<'a> = Box<dyn Fn() -> reqwest::RequestBuilder + 'a>;
    let auth = |r: reqwest::RequestBuilder| r.bearer_auth(&token);
    let cases: Vec<(&str, Make, u16)> = vec![
        (
            "an id that is not a number",
            Box::new(|| {
                auth(api.post(format!("{base}/api/v1/cases/NST-X/tasks/abc/done")))
                    .json(&serde_json::json!({}))
            }),
            400,
        ),
        (
            "a query string that cannot be read",
            Box::new(|| auth(api.get(format!("{base}/api/v1/cases?page=x")))),
            400,
        ),
        (
            "a body over the limit",
            Box::new(|| {
                auth(api.post(format!("{base}/api/v1/tenants")))
                    .header("content-type", "application/json")
                    .body(format!("{{\"name\":\"{big}\"}}"))
            }),
            413,
        ),
        (
            "no content type",
            Box::new(|| auth(api.post(format!("{base}/api/v1/tenants"))).body("{}")),
            415,
        ),
        (
            "the wrong content type",
            Box::new(|| {
                auth(api.post(format!("{base}/api/v1/tenants")))
                    .header("content-type", "text/plain")
                    .body("{}")
            }),
            415,
        ),
        (
            "malformed JSON",
            Box::new(|| {
                auth(api.post(format!("{base}/api/v1/tenants")))
                    .header("content-type", "application/json")
                    .body("{\"slug\": ")
            }),
            400,
        ),
        (
            "a method the route does not have",
            Box::new(|| auth(api.delete(format!("{base}/api/v1/tenants")))),
            405,
        ),
    ];
    for (what, make, want) in &cases {
        let (status, ct, body) = ask(make()).await;
        assert_eq!(status, *want, "{what}: {body}");
        let nl = json_message(what, status, &ct, &body);
        let (status, ct, body) = ask(make().header("accept-language", "en")).await;
        assert_eq!(status, *want, "{what} (en)");
        let en = json_message(what, status, &ct, &body);
        assert_ne!(nl, en, "{what}: Dutch by default, English when asked");
    }
    // The words of the first two, to be sure which language is which.
    let (_, ct, body) = ask(cases[0].1()).await;
    assert!(json_message("id", 400, &ct, &body).contains("adres"));
    let (_, ct, body) = ask(cases[1].1().header("accept-language", "en")).await;
    assert!(json_message("query", 400, &ct, &body).contains("question mark"));

    // A body that stops arriving: cut off by the deadline, answered as JSON.
    let addr = base.strip_prefix("http://").unwrap();
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(
        format!(
            "POST /api/v1/tenants HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n\
             Accept-Language: en\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"slug\":"
        )
        .as_bytes(),
    )
    .await
    .unwrap();
    let mut got = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(8), s.read_to_end(&mut got)).await;
    let got = String::from_utf8_lossy(&got);
    assert!(got.starts_with("HTTP/1.1 400"), "{got}");
    assert!(
        got.to_ascii_lowercase()
            .contains("content-type: application/json"),
        "{got}"
    );
    assert!(got.contains("did not arrive"), "{got}");

    // The same kinds on HTML routes: the error page, in the visitor's language.
    let c = fresh();
    let html: Vec<(&str, String, u16)> = vec![
        (
            "an id that is not a number",
            format!("{base}/admin/signals/abc"),
            400,
        ),
        (
            "a query string that cannot be read",
            format!("{base}/admin/cases?page=x"),
            400,
        ),
    ];
    for (what, url, want) in &html {
        for (accept, lang, word) in [("nl", "nl", "adres"), ("en", "en", "address")] {
            let (status, ct, body) = ask(c.get(url).header("accept-language", accept)).await;
            assert_eq!(status, *want, "{what}");
            assert!(ct.starts_with("text/html"), "{what}: {ct}");
            assert!(body.contains(&format!(r#"<html lang="{lang}""#)), "{what}");
            assert!(body.contains(word), "{what} ({lang}): {body}");
        }
    }
    // The language cookie wins over the browser's header, as on every page.
    let (status, ct, body) = ask(c
        .delete(format!("{base}/login"))
        .header("cookie", "naast_lang=en")
        .header("accept-language", "nl"))
    .await;
    assert_eq!(status, 405);
    assert!(ct.starts_with("text/html"));
    assert!(body.contains(r#"<html lang="en""#));
    // A form over the limit on a staff page.
    let (status, ct, body) = ask(c
        .post(format!("{base}/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("email={big}")))
    .await;
    assert_eq!(status, 413);
    assert!(ct.starts_with("text/html"), "{ct}");
    assert!(body.contains("te groot"));

    // A citizen's story of 2 MB: the form again, with the message and the start of the story.
    let story = format!(
        "Mijn verhaal begint hier. {}",
        "Heel lang. ".repeat(200_000)
    );
    let (status, ct, body) = ask(c.post(format!("{base}/maasdal/melden")).form(&[
        ("language", "nl"),
        ("anonymous", "1"),
        ("area", "werk-inkomen"),
        ("story", story.as_str()),
    ]))
    .await;
    assert_eq!(status, 413);
    assert!(ct.starts_with("text/html"));
    assert!(
        body.contains("Uw bericht is te lang"),
        "the message in Dutch"
    );
    assert!(
        body.contains("Mijn verhaal begint hier."),
        "the story is kept"
    );
    assert!(body.len() < 200_000, "no megabyte echoed back");
    let n: i64 = {
        let raw = store.raw().await;
        sqlx::query_scalar("SELECT COUNT(*) FROM cases")
            .fetch_one(&raw)
            .await
            .unwrap()
    };
    assert_eq!(n, 0, "nothing was stored");
}

#[tokio::test]
async fn cookies_only_where_they_belong_and_secure_over_https() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let server = Server::start(&store, &[]);
    let base = &server.url;
    let c = reqwest::Client::new();
    for path in [
        "/static/naast.css",
        "/static/voorlezen.js",
        "/maasdal/theme.css",
        "/maasdal/logo",
        "/api/openapi.json",
        "/api/v1/me",
        "/api/v1/nothing",
        "/api/v1/cases?page=x",
        "/healthz",
    ] {
        let res = c.get(format!("{base}{path}")).send().await.unwrap();
        assert!(
            set_cookies(&res).is_empty(),
            "{path}: {:?}",
            set_cookies(&res)
        );
    }
    // A page does get the CSRF cookie; over http without Secure.
    let res = c.get(format!("{base}/login")).send().await.unwrap();
    let cookie = set_cookies(&res)
        .into_iter()
        .find(|c| c.starts_with("naast_csrf="))
        .expect("a page sets the CSRF cookie");
    assert!(!cookie.contains("Secure"));
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
    drop(server);

    let server = Server::start(&store, &[("NAAST_PUBLIC_URL", "https://naast.example")]);
    let res = c
        .get(format!("{}/maasdal/melden", server.url))
        .send()
        .await
        .unwrap();
    let cookie = set_cookies(&res)
        .into_iter()
        .find(|c| c.starts_with("naast_csrf="))
        .expect("a page sets the CSRF cookie");
    assert!(cookie.contains("; Secure"), "{cookie}");
}

#[tokio::test]
async fn a_session_older_than_its_maximum_is_refused_though_active() {
    for store in Store::all().await {
        let server = Server::start(
            &store,
            &[
                ("NAAST_SESSION_MAX_HOURS", "1"),
                ("NAAST_RATE_LIMITS", "off"),
            ],
        );
        let (c, _) = first_coordinator(&server, "cor@example.org").await;
        let (status, _) = get(&c, &format!("{}/admin", server.url)).await;
        assert_eq!(status, 200, "{}", store.label);

        // Signed in 61 minutes ago, active a second ago.
        let raw = store.raw().await;
        let now = unix_now() as i64;
        sqlx::query("UPDATE sessions SET created_at = $1, last_seen_at = $2")
            .bind(now - 61 * 60)
            .bind(now - 1)
            .execute(&raw)
            .await
            .unwrap();
        let res = c.get(format!("{}/admin", server.url)).send().await.unwrap();
        assert_eq!(res.status().as_u16(), 303, "{}", store.label);
        assert_eq!(location(&res), "/login?expired=1", "{}", store.label);
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions")
            .fetch_one(&raw)
            .await
            .unwrap();
        assert_eq!(left, 0, "the old session is gone ({})", store.label);
    }
}
