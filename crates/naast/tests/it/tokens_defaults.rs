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
