//! Safe defaults: a private data directory and database files, a warning about a master key
//! kept beside the data, sign-in throttling that no switch turns off.

use crate::harness::*;

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

#[tokio::test]
async fn a_narrative_changed_after_its_check_is_not_published() {
    let today = naast_app::clock::today();
    let (y, q) = (i32::from(today.year()), (today.month() as u8 - 1) / 3 + 1);
    let (py, pq) = if q == 1 { (y - 1, 4) } else { (y, q - 1) };
    let previous = naast_report::period_label(py, pq);
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let coordinator = store.token_for("cor@x.example", "coordinator", None);
        let server = Server::start(&store, &[]);
        let api = reqwest::Client::new();
        let url = |p: &str| format!("{}/api/v1{p}", server.url);
        // Maasdal reports every quarter.
        let mut t = api_get(&url("/tenants/maasdal"), &coordinator).await;
        t["quarterly_reports"] = serde_json::json!(true);
        t["providers"] = serde_json::json!([]);
        let res = api
            .put(url("/tenants/maasdal"))
            .bearer_auth(&coordinator)
            .json(&t)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        let res = api
            .post(url("/tenants/maasdal/reports"))
            .bearer_auth(&coordinator)
            .json(&serde_json::json!({"period": previous}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 201, "{}", store.label);
        let id = res.json::<serde_json::Value>().await.unwrap()["id"]
            .as_i64()
            .unwrap();
        // An empty narrative needs no check: it goes to review.
        let res = api
            .post(url(&format!("/reports/{id}/submit")))
            .bearer_auth(&coordinator)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 204, "{}", res.text().await.unwrap());
        // In review, someone writes a name into it: the text is no longer checked.
        let v = api_get(&url(&format!("/reports/{id}")), &coordinator).await;
        let res = api
            .put(url(&format!("/reports/{id}/text")))
            .bearer_auth(&coordinator)
            .json(
                &serde_json::json!({"themes": "Mevrouw Jansen van de Dorpsstraat 4 klaagde.",
                "stories": "", "recommendations": "", "follow_up": "", "correction": "",
                "updated_at": v["updated_at"]}),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 204, "{}", store.label);
        let before = api_get(&url(&format!("/reports/{id}")), &coordinator).await;
        let res = api
            .post(url(&format!("/reports/{id}/publish")))
            .bearer_auth(&coordinator)
            .header("accept-language", "en")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 422, "{}", store.label);
        let after = api_get(&url(&format!("/reports/{id}")), &coordinator).await;
        assert_ne!(after["status"], "published");
        assert_eq!(after, before, "nothing changed");
        assert_eq!(after["published_at"], serde_json::Value::Null);
    }
}
