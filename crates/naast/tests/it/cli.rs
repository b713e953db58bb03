//! The command-line contract: tenants, users, tokens, demo, audit verification, exit codes.

use crate::harness::*;

#[tokio::test]
async fn tenant_user_and_token_commands_follow_the_contract() {
    for store in Store::all().await {
        let (code, out, err) =
            store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        assert_eq!(code, 0, "{}: {err}", store.label);
        assert!(out.is_empty(), "messages go to stderr");
        let (code, _, err) = store.run(&[
            "tenant",
            "add",
            "--slug",
            "maasdal",
            "--name",
            "Maasdal again",
        ]);
        assert_eq!(code, 1, "a duplicate slug exits 1");
        assert!(err.contains("already exists"), "{err}");
        let (code, _, err) = store.run(&["tenant", "add", "--slug", "api", "--name", "Api"]);
        assert_eq!(code, 1);
        assert!(err.contains("reserved"), "{err}");
        let (code, _, _) = store.run(&["tenant", "add", "--slug", "lindeveld"]);
        assert_eq!(code, 2, "wrong usage exits 2");

        let (code, out, _) = store.run(&["tenant", "list", "--json"]);
        assert_eq!(code, 0);
        let list: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(list[0]["slug"], "maasdal");
        assert_eq!(list[0]["name"], "Maasdal");

        let (code, out, err) = store.run(&[
            "user",
            "add",
            "--email",
            "g@maasdal.example",
            "--role",
            "municipality",
            "--tenant",
            "maasdal",
        ]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(out.lines().count(), 1, "only the link on stdout");
        assert!(out.contains("/setup/"));
        let (code, _, err) = store.run(&[
            "user",
            "add",
            "--email",
            "x@maasdal.example",
            "--role",
            "municipality",
        ]);
        assert_eq!(code, 1, "a municipality user needs exactly one tenant");
        assert!(err.contains("exactly one"), "{err}");
        let (code, _, err) = store.run(&[
            "user",
            "add",
            "--email",
            "G@maasdal.example",
            "--role",
            "confidant",
        ]);
        assert_eq!(code, 1, "duplicate e-mail");
        assert!(err.contains("already exists"), "{err}");

        let (code, token, _) = store.run(&[
            "token",
            "create",
            "--user",
            "g@maasdal.example",
            "--expires-days",
            "30",
        ]);
        assert_eq!(code, 0);
        let token = token.trim();
        assert!(token.starts_with("nst_") && token.len() > 40);
        let (code, _, err) = store.run(&["token", "create", "--user", "nobody@x.example"]);
        assert_eq!(code, 1);
        assert!(err.contains("no user"), "{err}");

        // Tokens are stored hashed only.
        let raw = store.raw().await;
        let n: i64 = sqlx::Row::get(
            &sqlx::query("SELECT COUNT(*) AS n FROM api_tokens WHERE token_hash = $1")
                .bind(token)
                .fetch_one(&raw)
                .await
                .unwrap(),
            "n",
        );
        assert_eq!(n, 0, "the token itself is not in the database");

        let server = Server::start(&store, &[]);
        let me: serde_json::Value = reqwest::Client::new()
            .get(format!("{}/api/v1/me", server.url))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(me["role"], "municipality");
        assert_eq!(me["tenants"][0], "maasdal");
        assert!(
            server.setup_link.is_some(),
            "no coordinator yet: a set-up link is printed"
        );
    }
}

#[tokio::test]
async fn demo_fills_an_empty_database_once_and_serves_with_a_banner() {
    let store = Store::sqlite();
    let (code, _, err) = store.run(&["demo", "--seed", "7", "--cases", "5"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("naast-demo-7"), "demo password printed: {err}");
    // The demo's citizens and their stories are in the database only sealed.
    let mut bytes = std::fs::read(store.dir.path().join("naast.db")).unwrap();
    bytes.extend(std::fs::read(store.dir.path().join("naast.db-wal")).unwrap_or_default());
    let hay = String::from_utf8_lossy(&bytes);
    for probe in [
        "Yilmaz",
        "El Amrani",
        "van Leeuwen",
        "de Graaf",
        "huishoudelijke hulp",
        "wachtlijst",
        "bijstand is stopgezet",
        "terugbellen",
    ] {
        assert!(!hay.contains(probe), "{probe} found in the database file");
    }
    let n: i64 = sqlx::Row::get(
        &sqlx::query("SELECT COUNT(*) AS n FROM cases")
            .fetch_one(&store.raw().await)
            .await
            .unwrap(),
        "n",
    );
    assert_eq!(
        n, 90,
        "two years of 5 (Maasdal) and 40 (Lindeveld) kwesties a year"
    );
    let (code, _, err) = store.run(&["demo"]);
    assert_eq!(code, 1, "a second demo load is refused");
    assert!(err.contains("already holds data"));
    let (_, out, _) = store.run(&["tenant", "list", "--json"]);
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    let slugs: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, vec!["lindeveld", "maasdal"]);

    let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
    assert!(server.setup_link.is_none(), "users exist: no set-up link");
    let c = browser();
    let (_, page) = get(&c, &format!("{}/login", server.url)).await;
    assert!(page.contains("DEMO"), "banner on every page");
    let res = post(
        &c,
        &format!("{}/login", server.url),
        &page,
        &[
            ("email", "confidant@demo.example"),
            ("password", "naast-demo-7"),
        ],
    )
    .await;
    assert_eq!(
        location(&res),
        "/admin/start",
        "demo accounts sign in without a second factor"
    );
    // A confidant's start page is "Mijn werk".
    let res = c
        .get(format!("{}/admin/start", server.url))
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/admin/work");
    let (_, page) = get(&c, &format!("{}/admin", server.url)).await;
    assert!(page.contains("Maasdal") && page.contains("Lindeveld"));
    let (status, _) = get(&c, &format!("{}/admin/users", server.url)).await;
    assert_eq!(status, 403, "a confidant does not manage users");
}

#[tokio::test]
async fn audit_verify_names_the_first_tampered_entry() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        store.run(&[
            "tenant",
            "add",
            "--slug",
            "lindeveld",
            "--name",
            "Lindeveld",
        ]);
        store.run(&[
            "user",
            "add",
            "--email",
            "v@x.example",
            "--role",
            "confidant",
        ]);
        let (code, out, _) = store.run(&["audit", "verify"]);
        assert_eq!(code, 0);
        assert!(
            out.trim().starts_with("audit chain ok: 3 entries, head "),
            "{}: {out}",
            store.label
        );

        let raw = store.raw().await;
        // The table refuses changes through the application's own connection rules...
        assert!(
            sqlx::query("UPDATE audit_log SET object_id = '99' WHERE seq = 2")
                .execute(&raw)
                .await
                .is_err()
        );
        // ...so an attacker with database access removes the guard first.
        if store.database_url.is_some() {
            sqlx::query("DROP TRIGGER audit_log_no_change ON audit_log")
                .execute(&raw)
                .await
                .unwrap();
        } else {
            sqlx::query("DROP TRIGGER audit_log_no_update")
                .execute(&raw)
                .await
                .unwrap();
        }
        sqlx::query("UPDATE audit_log SET object_id = '99' WHERE seq = 2")
            .execute(&raw)
            .await
            .unwrap();
        let (code, _, err) = store.run(&["audit", "verify"]);
        assert_eq!(code, 1, "{}", store.label);
        assert!(err.contains("entry 2"), "{err}");
    }
}

#[tokio::test]
async fn a_database_url_without_a_master_key_is_refused() {
    let store = Store::sqlite();
    let out = store
        .command(&["migrate"])
        .env_remove("NAAST_MASTER_KEY")
        .env(
            "DATABASE_URL",
            format!(
                "sqlite://{}?mode=rwc",
                store.dir.path().join("x.db").display()
            ),
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "migrate needs no key");
    let out = store
        .command(&["tenant", "list"])
        .env_remove("NAAST_MASTER_KEY")
        .env(
            "DATABASE_URL",
            format!(
                "sqlite://{}?mode=rwc",
                store.dir.path().join("x.db").display()
            ),
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("NAAST_MASTER_KEY"));
}

#[tokio::test]
async fn zero_config_serve_creates_a_private_key_file_and_stops_gracefully() {
    // No key given: the embedded default creates master.key with mode 0600.
    let store = Store {
        master_key: String::new(),
        ..Store::sqlite()
    };
    let server = Server::start(&store, &[]);
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(store.dir.path().join("master.key")).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    assert!(store.dir.path().join("naast.db").exists());
    let (status, body) = get(&browser(), &format!("{}/healthz", server.url)).await;
    assert_eq!((status, body.as_str()), (200, "ok"));
    assert_eq!(server.stop(), 0, "SIGTERM shuts down cleanly");
}

#[tokio::test]
async fn key_rotation_moves_every_data_key_to_the_new_master_key() {
    let store = Store::sqlite();
    let (code, _, err) = store.run(&[
        "user",
        "add",
        "--email",
        "v@x.example",
        "--role",
        "confidant",
    ]);
    assert_eq!(code, 0, "{err}");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_naast"))
        .args(["key", "generate"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let new_key = String::from_utf8_lossy(&out.stdout).trim().to_string();

    // Only the new key: the data wrapped under the old one cannot be opened.
    let (code, _, err) = {
        let out = store
            .command(&["tenant", "list"])
            .env("NAAST_MASTER_KEY", &new_key)
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            (),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    assert_eq!(code, 1, "refused without the old key");
    assert!(err.contains("error"), "{err}");

    // New key first, old key after it: rotate.
    let file = store.dir.path().join("keys");
    std::fs::write(&file, format!("{new_key}\n{}\n", store.master_key)).unwrap();
    let out = store
        .command(&["key", "rotate"])
        .env_remove("NAAST_MASTER_KEY")
        .env("NAAST_MASTER_KEY_FILE", &file)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("rewrapped 1 data keys"));

    // Now the new key alone opens everything.
    let out = store
        .command(&["tenant", "list"])
        .env("NAAST_MASTER_KEY", &new_key)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test]
async fn deadline_answers_every_line_and_never_touches_a_data_directory() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_naast"))
        .args(["deadline", "--jsonl"])
        .current_dir(dir.path())
        .env_remove("DATABASE_URL")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"id\": \"a1\", \"rule\": \"awb-6:7-bezwaar\", \"date\": \"2026-03-16\"}\n{\"id\": \"c\", \"rule\": \"awb-9:11-klacht\", \"date\": \"2026-11-18\"}\nnonsense\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["last_day"], "2026-04-28");
    assert!(
        lines[0]["explanation"]
            .as_str()
            .unwrap()
            .contains("Koningsdag")
    );
    assert_eq!(lines[1]["last_day"], "2026-12-30");
    assert_eq!(lines[2]["line"], 3);
    assert!(
        !dir.path().join("naast-data").exists(),
        "a pure command creates no data directory"
    );
}
