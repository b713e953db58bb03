//! The web edges: tokens with limits, safe defaults on disk and in throttling, and validation
//! of every text and number at the edge. Each test performs the attack or the bad input, sees
//! it refused, and checks that nothing changed.

use crate::harness::*;
use serde_json::json;

fn fields(body: &serde_json::Value) -> Vec<String> {
    body["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|e| e["field"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn control_characters_and_numbers_out_of_range_are_refused_with_422_naming_each_field() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let coordinator = store.token_for("cor@x.example", "coordinator", None);
        let confidant = store.token_for("conf@x.example", "confidant", Some("maasdal"));
        let server = Server::start(&store, &[]);
        let api = reqwest::Client::new();
        let url = |p: &str| format!("{}{p}", server.url);

        // A tenant with a bell in its name and both numbers one past their bounds.
        let res = api
            .post(url("/api/v1/tenants"))
            .bearer_auth(&coordinator)
            .header("accept-language", "en")
            .json(
                &json!({"slug": "lindeveld", "name": "Linde\u{7}veld", "areas": ["wmo"],
                "threshold_k": 51, "retention_months": 241}),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 422, "{}", store.label);
        let body: serde_json::Value = res.json().await.unwrap();
        let f = fields(&body);
        for name in ["name", "threshold_k", "retention_months"] {
            assert!(f.iter().any(|x| x == name), "{name} not named: {body}");
        }
        assert!(body.to_string().contains("control character"), "{body}");
        assert!(body.to_string().contains("from 3 to 50"), "{body}");
        assert!(body.to_string().contains("from 0 to 240"), "{body}");
        // Neither number alone passes either.
        for (field, v) in [("threshold_k", 51), ("retention_months", 241)] {
            let res = api
                .post(url("/api/v1/tenants"))
                .bearer_auth(&coordinator)
                .json(
                    &json!({"slug": "lindeveld", "name": "Lindeveld", "areas": ["wmo"], field: v}),
                )
                .send()
                .await
                .unwrap();
            assert_eq!(res.status().as_u16(), 422, "{field}");
            let body: serde_json::Value = res.json().await.unwrap();
            assert_eq!(fields(&body), vec![field.to_string()], "{body}");
        }
        // A blank name and a name with a newline are refused too.
        for name in ["   ", "Linde\nveld"] {
            let res = api
                .post(url("/api/v1/tenants"))
                .bearer_auth(&coordinator)
                .json(&json!({"slug": "lindeveld", "name": name, "areas": ["wmo"]}))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status().as_u16(), 422, "{name:?}");
        }
        let (_, out, _) = store.run(&["tenant", "list", "--json"]);
        let list: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            list.as_array().map(Vec::len),
            Some(1),
            "nothing created: {out}"
        );

        // A story with a NUL in it.
        let res = api
            .post(url("/api/v1/cases"))
            .bearer_auth(&confidant)
            .header("accept-language", "en")
            .json(
                &json!({"tenant": "maasdal", "channel": "phone", "anonymous": true,
                "story": "Mijn hulp\u{0} is gestopt"}),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 422, "{}", store.label);
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(fields(&body), vec!["story".to_string()], "{body}");
        // The same through the public form: an escape sequence in the story.
        let res = api
            .post(url("/api/v1/public/maasdal/intake"))
            .json(&json!({"story": "Hulp gestopt \u{1b}[2J", "area": "wmo"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 422);
        let body: serde_json::Value = res.json().await.unwrap();
        assert!(fields(&body).iter().any(|f| f == "story"), "{body}");
        let cases = api_get(&url("/api/v1/cases"), &confidant).await;
        assert_eq!(cases["total"], 0, "nothing stored: {cases}");

        // CRLF is fine and becomes a newline.
        let res = api
            .post(url("/api/v1/cases"))
            .bearer_auth(&confidant)
            .json(
                &json!({"tenant": "maasdal", "channel": "phone", "anonymous": true,
                "story": "Regel een\r\nRegel twee\twith a tab"}),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 201, "{}", store.label);
        let case: serde_json::Value = res.json().await.unwrap();
        let reference = case["reference"].as_str().unwrap_or_default().to_string();
        let got = api_get(&url(&format!("/api/v1/cases/{reference}")), &confidant).await;
        assert_eq!(got["story"], "Regel een\nRegel twee\twith a tab", "{got}");
    }
}

/// Runs `naast serve` on `data_dir` with the zero-config key, waits until it listens, lets
/// it answer, stops it and returns what it said on stderr.
async fn serve_zero_config(data_dir: &std::path::Path, env: &[(&str, &str)]) -> String {
    use std::io::{BufRead, BufReader};
    let err = tempfile::NamedTempFile::new().unwrap();
    let err_file = err.reopen().unwrap();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_naast"));
    cmd.args(["serve", "--addr", "127.0.0.1:0", "--data-dir"])
        .arg(data_dir)
        .env_remove("DATABASE_URL")
        .env_remove("NAAST_MASTER_KEY_FILE")
        .env_remove("NAAST_MASTER_KEY")
        .env("NAAST_LOG", "warn")
        .stdout(std::process::Stdio::piped())
        .stderr(err_file);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let first = lines.next().unwrap().unwrap();
    let url = first
        .strip_prefix("Naast listening on ")
        .unwrap()
        .to_string();
    let (status, _) = get(&browser(), &format!("{url}/healthz")).await;
    assert_eq!(status, 200);
    let _ = std::process::Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status();
    child.wait().unwrap();
    std::fs::read_to_string(err.path()).unwrap()
}

fn mode(p: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p)
        .map(|m| m.permissions().mode() & 0o777)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[tokio::test]
async fn the_data_directory_is_private_and_a_key_kept_in_it_is_warned_about_once() {
    let root = tempfile::tempdir().unwrap();
    // A directory others may read, as a umask of 022 leaves it.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(root.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let data = root.path().join("sub").join("naast-data");
    let said = serve_zero_config(&data, &[]).await;
    assert_eq!(mode(&data), 0o700, "the data directory");
    for f in ["naast.db", "master.key"] {
        assert_eq!(mode(&data.join(f)), 0o600, "{f}");
    }
    for f in ["naast.db-wal", "naast.db-shm"] {
        let p = data.join(f);
        if p.exists() {
            assert_eq!(mode(&p), 0o600, "{f}");
        }
    }
    assert_eq!(
        said.matches("NAAST_MASTER_KEY_FILE").count(),
        1,
        "said once: {said}"
    );
    assert!(said.contains("outside the data directory"), "{said}");

    // Files an older version (or a careless copy) left readable by others are made private
    // at the next start; with the key given from outside, nothing is said about it.
    for f in ["naast.db", "naast.db-wal", "naast.db-shm"] {
        let p = data.join(f);
        if p.exists() {
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
    }
    let key = std::fs::read_to_string(data.join("master.key")).unwrap();
    let said = serve_zero_config(&data, &[("NAAST_MASTER_KEY", key.trim())]).await;
    assert!(!said.contains("NAAST_MASTER_KEY_FILE"), "{said}");
    for f in ["naast.db", "naast.db-wal", "naast.db-shm"] {
        let p = data.join(f);
        if p.exists() {
            assert_eq!(mode(&p), 0o600, "{f} made private again");
        }
    }
}

#[tokio::test]
async fn rate_limits_off_still_throttles_sign_in() {
    let store = Store::sqlite();
    let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
    first_coordinator(&server, "cor@naast.example").await;
    let c = browser();
    let login = format!("{}/login", server.url);
    let (_, page) = get(&c, &login).await;
    for _ in 0..5 {
        let res = post(
            &c,
            &login,
            &page,
            &[
                ("email", "cor@naast.example"),
                ("password", "not the password"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 401);
    }
    let res = post(
        &c,
        &login,
        &page,
        &[("email", "cor@naast.example"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(
        res.status().as_u16(),
        429,
        "throttled although the switch is off"
    );
    assert!(res.headers().get("retry-after").is_some());
}

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
