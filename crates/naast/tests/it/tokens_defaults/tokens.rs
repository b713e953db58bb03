//! API tokens with limits: scope, expiry, made only from a browser or the command line, and
//! ended by signing out everywhere, a new password or a new second factor.

use crate::harness::*;
use serde_json::json;

/// Whether `token` still opens the API.
async fn alive(base: &str, token: &str) -> bool {
    let res = reqwest::Client::new()
        .get(format!("{base}/api/v1/me"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    match res.status().as_u16() {
        200 => true,
        401 => false,
        other => panic!("/api/v1/me answered {other}"),
    }
}

/// Completes a set-up (or reset) link in a fresh browser and enrols TOTP when asked; returns the
/// browser, the TOTP secret and the recovery codes.
async fn set_up(base: &str, link: &str) -> (reqwest::Client, Vec<u8>, Vec<String>) {
    let link = format!("{base}{}", &link[link.find("/setup/").unwrap()..]);
    let c = browser();
    let (status, setup) = get(&c, link.trim()).await;
    assert_eq!(status, 200);
    let res = post(
        &c,
        link.trim(),
        &setup,
        &[("password", PASSWORD), ("password2", PASSWORD)],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    if location(&res) != "/account/totp" {
        return (c, Vec::new(), Vec::new());
    }
    let (_, page) = get(&c, &format!("{base}/account/totp")).await;
    assert!(
        !page.contains("name=\"current\""),
        "a first enrolment asks nothing more"
    );
    let secret = base32_decode(after(&page, "<code class=\"secret\">"));
    let sealed = after(&page, "name=\"sealed\" value=\"")
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let code = naast_crypto::totp_code_at(&secret, unix_now());
    let res = post(
        &c,
        &format!("{base}/account/totp"),
        &page,
        &[("sealed", &sealed), ("code", &code)],
    )
    .await;
    assert_eq!(res.status().as_u16(), 200);
    let body = res.text().await.unwrap();
    let codes = body
        .split("<li><code>")
        .skip(1)
        .filter_map(|s| s.split('<').next().map(String::from))
        .collect::<Vec<_>>();
    assert_eq!(codes.len(), 10);
    (c, secret, codes)
}

#[tokio::test]
async fn a_read_only_token_reads_and_every_write_is_refused_with_403() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        store.run(&[
            "user",
            "add",
            "--email",
            "cor@x.example",
            "--role",
            "coordinator",
        ]);
        let (code, out, err) = store.run(&[
            "token",
            "create",
            "--user",
            "cor@x.example",
            "--scope",
            "read",
            "--expires-days",
            "30",
        ]);
        assert_eq!(code, 0, "{err}");
        let read = out.trim().to_string();
        let (code, _, _) = store.run(&[
            "token",
            "create",
            "--user",
            "cor@x.example",
            "--scope",
            "all",
        ]);
        assert_eq!(code, 2, "an unknown scope is wrong usage");
        let server = Server::start(&store, &[]);
        let api = reqwest::Client::new();
        let url = |p: &str| format!("{}{p}", server.url);
        assert!(alive(&server.url, &read).await);
        let tenant = api_get(&url("/api/v1/tenants/maasdal"), &read).await;
        assert_eq!(tenant["name"], "Maasdal");
        let tokens = api_get(&url("/api/v1/tokens"), &read).await;
        assert_eq!(tokens[0]["scope"], "read", "{tokens}");
        let created = tokens[0]["created_at"].as_i64().unwrap();
        assert_eq!(
            tokens[0]["expires_at"].as_i64(),
            Some(created + 30 * 86_400)
        );
        let id = tokens[0]["id"].as_i64().unwrap();

        let writes = [
            api.post(url("/api/v1/tenants"))
                .json(&json!({"slug": "lindeveld", "name": "Lindeveld", "areas": ["wmo"]})),
            api.put(url("/api/v1/tenants/maasdal"))
                .json(&json!({"name": "Anders", "areas": ["wmo"], "version": tenant["version"]})),
            api.post(url("/api/v1/users"))
                .json(&json!({"email": "x@x.example", "role": "coordinator"})),
            api.post(url("/api/v1/tokens"))
                .json(&json!({"label": "more"})),
            api.delete(url(&format!("/api/v1/tokens/{id}"))),
            api.post(url("/api/v1/sessions/sign-out-everywhere")),
            api.post(url("/api/v1/cases")).json(
                &json!({"tenant": "maasdal", "channel": "phone", "story": "x", "anonymous": true}),
            ),
        ];
        for req in writes {
            let res = req.bearer_auth(&read).send().await.unwrap();
            assert_eq!(res.status().as_u16(), 403, "{}", store.label);
        }
        let (_, out, _) = store.run(&["tenant", "list", "--json"]);
        assert!(
            out.contains("\"Maasdal\"") && !out.contains("lindeveld"),
            "{out}"
        );
        assert_eq!(
            api_get(&url("/api/v1/tokens"), &read).await,
            tokens,
            "no token made or revoked"
        );
        assert!(alive(&server.url, &read).await);
        let cases = api_get(&url("/api/v1/cases"), &read).await;
        assert_eq!(cases["total"], 0);
    }
}

#[tokio::test]
async fn tokens_are_made_in_the_browser_expiring_in_90_days_and_never_by_a_token() {
    let store = Store::sqlite();
    let server = Server::start(&store, &[]);
    let (c, _) = first_coordinator(&server, "cor@naast.example").await;
    // The command line's default stays read-write without an end (scripts keep working).
    let (_, out, _) = store.run(&["token", "create", "--user", "cor@naast.example"]);
    let cli = out.trim().to_string();
    let base = server.url.clone();
    let account = format!("{base}/admin/account");
    let (status, page) = get(&c, &account).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("<option value=\"90\" selected>"),
        "90 days offered first"
    );
    // A lifetime the page does not offer, and an unknown scope: refused, nothing made.
    let res = post(
        &c,
        &format!("{base}/admin/account/tokens"),
        &page,
        &[("label", "x"), ("expires_days", "1000"), ("scope", "admin")],
    )
    .await;
    assert_eq!(res.status().as_u16(), 422);
    let body = res.text().await.unwrap();
    assert!(body.contains("field-error"), "{body}");
    assert_eq!(
        api_get(&format!("{base}/api/v1/tokens"), &cli)
            .await
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    // The default: read only, 90 days.
    let res = post(
        &c,
        &format!("{base}/admin/account/tokens"),
        &page,
        &[
            ("label", "rapportage"),
            ("expires_days", "90"),
            ("scope", "read"),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 200);
    let list = api_get(&format!("{base}/api/v1/tokens"), &cli).await;
    let cli_row = &list[0];
    assert_eq!(cli_row["scope"], "write");
    assert!(cli_row["expires_at"].is_null());
    let made = &list[1];
    assert_eq!(made["scope"], "read");
    assert_eq!(
        made["expires_at"].as_i64(),
        made["created_at"].as_i64().map(|t| t + 90 * 86_400)
    );
    // A token, even a read-write one, makes no token: 403 and nothing new.
    let res = reqwest::Client::new()
        .post(format!("{base}/api/v1/tokens"))
        .bearer_auth(&cli)
        .json(&json!({"label": "more", "scope": "write"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 403);
    assert_eq!(api_get(&format!("{base}/api/v1/tokens"), &cli).await, list);
}

#[tokio::test]
async fn sign_out_everywhere_a_password_reset_and_a_new_second_factor_end_every_token() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let coordinator = store.token_for("cor@x.example", "coordinator", None);
        let (_, link, _) = store.run(&[
            "user",
            "add",
            "--email",
            "vera@x.example",
            "--role",
            "confidant",
            "--tenant",
            "maasdal",
        ]);
        let server = Server::start(&store, &[]);
        let base = server.url.clone();
        let (vera, _, codes) = set_up(&base, &link).await;
        let token = || {
            store
                .run(&["token", "create", "--user", "vera@x.example"])
                .1
                .trim()
                .to_string()
        };

        // Sign out everywhere through the API: its own token goes too.
        let (a, b) = (token(), token());
        let res = reqwest::Client::new()
            .post(format!("{base}/api/v1/sessions/sign-out-everywhere"))
            .bearer_auth(&a)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200, "{}", store.label);
        assert!(!alive(&base, &a).await && !alive(&base, &b).await);
        assert!(
            alive(&base, &coordinator).await,
            "another user's token lives on"
        );
        let (status, _) = get(&vera, &format!("{base}/admin/cases")).await;
        assert_ne!(status, 200, "the browser session ended as well");

        // The same from the page.
        let (vera, _, codes2) = {
            // Signing in again: password, then a recovery code.
            let c = browser();
            let (_, page) = get(&c, &format!("{base}/login")).await;
            let res = post(
                &c,
                &format!("{base}/login"),
                &page,
                &[("email", "vera@x.example"), ("password", PASSWORD)],
            )
            .await;
            assert_eq!(res.status().as_u16(), 303);
            let (_, page) = get(&c, &format!("{base}{}", location(&res))).await;
            let res = post(
                &c,
                &format!("{base}/login/totp"),
                &page,
                &[("code", &codes[0])],
            )
            .await;
            assert_eq!(res.status().as_u16(), 303, "{}", store.label);
            (c, (), codes[1..].to_vec())
        };
        let t = token();
        let (_, page) = get(&vera, &format!("{base}/admin/account")).await;
        let res = post(
            &vera,
            &format!("{base}/admin/account/sign-out-everywhere"),
            &page,
            &[],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        assert!(
            !alive(&base, &t).await,
            "the page's button revokes tokens too"
        );

        // A new second factor: the current one is asked first; without it nothing changes.
        let c = browser();
        let (_, page) = get(&c, &format!("{base}/login")).await;
        let res = post(
            &c,
            &format!("{base}/login"),
            &page,
            &[("email", "vera@x.example"), ("password", PASSWORD)],
        )
        .await;
        let (_, page) = get(&c, &format!("{base}{}", location(&res))).await;
        let res = post(
            &c,
            &format!("{base}/login/totp"),
            &page,
            &[("code", &codes2[0])],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        let t = token();
        let (_, page) = get(&c, &format!("{base}/account/totp")).await;
        assert!(
            page.contains("name=\"current\""),
            "the current code is asked"
        );
        let secret = base32_decode(after(&page, "<code class=\"secret\">"));
        let sealed = after(&page, "name=\"sealed\" value=\"")
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let new_code = naast_crypto::totp_code_at(&secret, unix_now());
        for current in ["", "000000", "not-a-recovery-code"] {
            let res = post(
                &c,
                &format!("{base}/account/totp"),
                &page,
                &[
                    ("sealed", &sealed),
                    ("code", &new_code),
                    ("current", current),
                    ("current_password", PASSWORD),
                ],
            )
            .await;
            assert_eq!(res.status().as_u16(), 422, "{current:?}");
            assert!(alive(&base, &t).await, "nothing changed");
        }
        let res = post(
            &c,
            &format!("{base}/account/totp"),
            &page,
            &[
                ("sealed", &sealed),
                ("code", &new_code),
                ("current", &codes2[1]),
                ("current_password", PASSWORD),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 200, "{}", store.label);
        assert!(
            !alive(&base, &t).await,
            "a new second factor revokes the tokens"
        );

        // A password reset (a coordinator's new set-up link) ends them too.
        let t = token();
        let users = api_get(&format!("{base}/api/v1/users"), &coordinator).await;
        let id = users
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["email"] == "vera@x.example")
            .and_then(|u| u["id"].as_i64())
            .unwrap();
        let link: serde_json::Value = reqwest::Client::new()
            .post(format!("{base}/api/v1/users/{id}/setup-link"))
            .bearer_auth(&coordinator)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert!(alive(&base, &t).await, "a link alone changes nothing");
        set_up(&base, link["setup_link"].as_str().unwrap()).await;
        assert!(
            !alive(&base, &t).await,
            "the new password revoked the token"
        );
        assert!(alive(&base, &coordinator).await);
    }
}
