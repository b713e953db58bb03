//! Issue 24: backup under write load and restore, `config check`, `/metrics`, `/readyz`, the
//! request id, and the scheduled backup.

use crate::harness::*;
use std::io::Read;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A name and an address that must never appear in a backup in plain text.
const NAME: &str = "Zwanetta Quirijnsdochter";
const EMAIL: &str = "zwanetta.quirijns@voorbeeld.nl";

fn setup(store: &Store) -> String {
    let (code, _, err) = store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    assert_eq!(code, 0, "{err}");
    store.token_for("cor@naast.example", "coordinator", None)
}

async fn intake(base: &str, token: &str, n: usize) -> Option<String> {
    let r = reqwest::Client::new()
        .post(format!("{base}/api/v1/cases"))
        .bearer_auth(token)
        .json(&serde_json::json!({
            "tenant": "maasdal", "channel": "phone",
            "story": format!("Verhaal nummer {n} van {NAME}"),
            "name": format!("{NAME} {n}"), "email": EMAIL,
        }))
        .send()
        .await
        .ok()?;
    if r.status().as_u16() != 201 {
        return None;
    }
    Some(
        r.json::<serde_json::Value>().await.ok()?["reference"]
            .as_str()?
            .to_string(),
    )
}

/// An empty data directory to restore into, served with the same master key as `store`.
fn twin(store: &Store) -> Store {
    Store {
        dir: tempfile::tempdir().unwrap(),
        database_url: None,
        master_key: store.master_key.clone(),
        label: "sqlite",
    }
}

fn unzip_db(file: &std::path::Path) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).unwrap();
    let mut db = Vec::new();
    zip.by_name("naast.db")
        .unwrap()
        .read_to_end(&mut db)
        .unwrap();
    db
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_backup_under_load_restores_every_acknowledged_intake() {
    let store = Store::sqlite();
    let token = setup(&store);
    let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
    let acked: Arc<Mutex<Vec<(String, usize)>>> = Arc::default();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut writers = Vec::new();
    for w in 0..4 {
        let (base, token, acked, stop) = (
            server.url.clone(),
            token.clone(),
            acked.clone(),
            stop.clone(),
        );
        writers.push(tokio::spawn(async move {
            let mut n = w * 100_000;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) && n < w * 100_000 + 2_000 {
                n += 1;
                if let Some(r) = intake(&base, &token, n).await {
                    acked.lock().unwrap().push((r, n));
                }
            }
        }));
    }
    let started = Instant::now();
    while acked.lock().unwrap().len() < 150 && started.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Everything acknowledged up to here must be in the backup; writers keep going meanwhile.
    let before: Vec<(String, usize)> = acked.lock().unwrap().clone();
    let backups = tempfile::tempdir().unwrap();
    let file = backups.path().join("naast.naast-backup.zip");
    let out = {
        let mut cmd = store.command(&["backup", &format!("--out={}", file.display())]);
        tokio::task::spawn_blocking(move || cmd.output().unwrap())
            .await
            .unwrap()
    };
    let during = acked.lock().unwrap().len() - before.len();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for w in writers {
        w.await.unwrap();
    }
    let total = acked.lock().unwrap().len();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let manifest: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(manifest["format"], "naast-backup");
    assert!(manifest["schema_version"].as_i64().unwrap() >= 25);
    assert_eq!(manifest["database"]["sha256"].as_str().unwrap().len(), 64);
    assert!(!manifest["key_ids"].as_array().unwrap().is_empty());
    eprintln!(
        "backup under load: {} intakes acknowledged before it began, {during} while it ran, {total} in all",
        before.len()
    );

    // No citizen's name or address in plain text, neither in the file nor in its database.
    let raw = std::fs::read(&file).unwrap();
    let db = unzip_db(&file);
    for needle in [NAME, EMAIL, "Quirijnsdochter", "Verhaal nummer"] {
        assert!(!contains(&raw, needle), "{needle} in the backup file");
        assert!(!contains(&db, needle), "{needle} in the backed-up database");
    }
    assert!(
        !contains(&raw, &store.master_key),
        "the master key is not inside"
    );
    drop(server);

    // Restore: refused into a non-empty directory, refused with another key, then done.
    let target = twin(&store);
    std::fs::write(target.dir.path().join("left-over"), b"x").unwrap();
    let file_s = file.to_str().unwrap();
    let (code, _, err) = target.run(&["restore", file_s]);
    assert_eq!(code, 1);
    assert!(err.contains("not empty"), "{err}");
    std::fs::remove_file(target.dir.path().join("left-over")).unwrap();
    let (code, _, err) = target
        .command(&["restore", file_s])
        .env(
            "NAAST_MASTER_KEY",
            naast_crypto::MasterKey::generate().to_base64(),
        )
        .output()
        .map(|o| {
            (
                o.status.code().unwrap(),
                (),
                String::from_utf8_lossy(&o.stderr).into_owned(),
            )
        })
        .unwrap();
    assert_eq!(code, 1);
    assert!(err.contains("does not open this backup"), "{err}");
    assert!(!target.dir.path().join("naast.db").exists());
    let (code, out, err) = target.run(&["restore", file_s]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("checksum verified"), "{err}");
    let restored: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(restored, manifest);

    // Served from the restore with the key kept apart: every acknowledged intake reads.
    let server = Server::start(&target, &[]);
    let client = reqwest::Client::new();
    for (reference, n) in &before {
        let res = client
            .get(format!("{}/api/v1/cases/{reference}", server.url))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200, "{reference} restored");
        let case: serde_json::Value = res.json().await.unwrap();
        assert_eq!(
            case["story"],
            format!("Verhaal nummer {n} van {NAME}"),
            "{reference} readable"
        );
    }
    let (code, out, _) = target.run(&["audit", "verify"]);
    assert_eq!(code, 0, "the restored audit chain holds: {out}");
}

#[tokio::test]
async fn a_damaged_backup_is_refused_and_leaves_the_directory_empty() {
    let store = Store::sqlite();
    setup(&store);
    let backups = tempfile::tempdir().unwrap();
    let file = backups.path().join("d.zip");
    let (code, _, err) = store.run(&["backup", "--out", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = store.run(&["backup", "--out", file.to_str().unwrap()]);
    assert_eq!(code, 1, "an existing file is never overwritten");
    assert!(err.contains("already exists"), "{err}");
    // Flip bytes in the middle of the file: the zip's CRC or the checksum catches it.
    let mut bytes = std::fs::read(&file).unwrap();
    let mid = bytes.len() / 2;
    for b in &mut bytes[mid..mid + 64] {
        *b ^= 0x5a;
    }
    std::fs::write(&file, &bytes).unwrap();
    let target = twin(&store);
    let (code, _, err) = target.run(&["restore", file.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(
        std::fs::read_dir(target.dir.path())
            .unwrap()
            .next()
            .is_none(),
        "nothing restored"
    );
}

#[tokio::test]
async fn config_check_passes_a_good_configuration_and_lists_every_problem_of_a_broken_one() {
    let store = Store::sqlite();
    setup(&store);
    let (code, out, err) = store.run(&["config", "check"]);
    assert_eq!(code, 0, "{err}");
    let report: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(report["ok"], true);
    assert!(report["problems"].as_array().unwrap().is_empty());

    let missing = store.dir.path().join("nowhere");
    let out = store
        .command(&["config", "check"])
        .env_remove("NAAST_MASTER_KEY")
        .env("NAAST_MASTER_KEY_FILE", missing.join("master.key"))
        .env("NAAST_DEID_LISTS", missing.join("lists.bin"))
        .env("NAAST_SMTP_URL", "smtp://127.0.0.1:1")
        .env("DATABASE_URL", "postgres://postgres@127.0.0.1:1/naast")
        .env("NAAST_SESSION_MAX_HOURS", "twaalf")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["ok"], false);
    let problems: Vec<String> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect();
    for expected in [
        "NAAST_MASTER_KEY_FILE",
        "NAAST_DEID_LISTS",
        "mail relay 127.0.0.1:1",
        "database cannot be reached",
        "NAAST_SESSION_MAX_HOURS",
    ] {
        assert!(
            problems.iter().any(|p| p.contains(expected)),
            "{expected} reported in {problems:#?}"
        );
    }
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("5 problems"), "{err}");
    // Checking created nothing.
    assert!(!missing.exists());
}

#[tokio::test]
async fn config_check_names_a_key_that_does_not_open_the_data() {
    let store = Store::sqlite();
    setup(&store);
    let out = store
        .command(&["config", "check"])
        .env(
            "NAAST_MASTER_KEY",
            naast_crypto::MasterKey::generate().to_base64(),
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("does not open the data"));
}

const METRICS_TOKEN: &str = "metrics-token-0123456789abcdef";

#[tokio::test]
async fn metrics_parse_as_prometheus_text_behind_their_token() {
    let store = Store::sqlite();
    let token = setup(&store);
    let server = Server::start(
        &store,
        &[
            ("NAAST_METRICS_TOKEN", METRICS_TOKEN),
            ("NAAST_RATE_LIMITS", "off"),
        ],
    );
    let c = browser();
    let (s, _) = get(&c, &format!("{}/readyz", server.url)).await;
    assert_eq!(s, 200);
    api_intake(&server.url, &token, "maasdal", "Een verhaal", NAME).await;
    // A failed sign-in.
    let (_, page) = get(&c, &format!("{}/login", server.url)).await;
    let res = post(
        &c,
        &format!("{}/login", server.url),
        &page,
        &[("email", "niemand@naast.example"), ("password", "fout")],
    )
    .await;
    assert_ne!(res.status().as_u16(), 303);

    let url = format!("{}/metrics", server.url);
    let res = reqwest::get(&url).await.unwrap();
    assert_eq!(res.status().as_u16(), 401, "no token, no metrics");
    assert_eq!(res.headers()["www-authenticate"], "Bearer");
    let res = reqwest::Client::new()
        .get(&url)
        .bearer_auth("wrong")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 401);
    let res = reqwest::Client::new()
        .get(&url)
        .bearer_auth(METRICS_TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let text = res.text().await.unwrap();
    assert!(!text.contains(NAME) && !text.contains("Een verhaal"));
    let scrape = prometheus_parse::Scrape::parse(text.lines().map(|l| Ok(l.to_string()))).unwrap();
    let value = |name: &str, labels: &[(&str, &str)]| -> Option<f64> {
        scrape
            .samples
            .iter()
            .find(|s| s.metric == name && labels.iter().all(|(k, v)| s.labels.get(k) == Some(*v)))
            .map(|s| match s.value {
                prometheus_parse::Value::Counter(v)
                | prometheus_parse::Value::Gauge(v)
                | prometheus_parse::Value::Untyped(v) => v,
                _ => f64::NAN,
            })
    };
    assert!(
        value(
            "naast_http_requests_total",
            &[("route", "/readyz"), ("status", "200"), ("method", "GET")]
        )
        .unwrap()
            >= 1.0
    );
    assert!(
        scrape
            .samples
            .iter()
            .any(|s| s.metric == "naast_http_request_duration_seconds"
                && s.labels.get("route") == Some("/api/v1/cases")
                && s.labels.get("status") == Some("201")),
        "latency histogram by route template"
    );
    assert_eq!(value("naast_intakes_acknowledged_total", &[]), Some(1.0));
    assert_eq!(value("naast_cases", &[("channel", "phone")]), Some(1.0));
    assert_eq!(
        value("naast_sign_in_failures_total", &[("step", "password")]),
        Some(1.0)
    );
    assert!(value("naast_db_pool_connections", &[("state", "open")]).unwrap() >= 1.0);
    assert!(value("naast_audit_entries", &[]).unwrap() >= 1.0);
    assert!(value("naast_audit_head_age_seconds", &[]).unwrap() >= 0.0);
    assert!(
        scrape.samples.iter().any(|s| s.metric == "naast_jobs"),
        "jobs by kind and state"
    );
    drop(server);

    // Without the setting there is no /metrics at all.
    let server = Server::start(&store, &[]);
    let (s, _) = get(&browser(), &format!("{}/metrics", server.url)).await;
    assert_eq!(s, 404);
}

#[tokio::test]
async fn every_answer_carries_a_request_id_that_error_pages_show() {
    let store = Store::sqlite();
    let server = Server::start(&store, &[]);
    let c = reqwest::Client::new();
    let res = c
        .get(format!("{}/bestaat/niet/echt", server.url))
        .header("x-request-id", "support-4711")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 404);
    assert_eq!(res.headers()["x-request-id"], "support-4711");
    let page = res.text().await.unwrap();
    assert!(page.contains("<code>support-4711</code>"), "{page}");

    // Without one (or with one that is not a plain token) a new id is made.
    let res = c
        .get(format!("{}/bestaat/niet/echt", server.url))
        .header("x-request-id", "<script>")
        .send()
        .await
        .unwrap();
    let id = res.headers()["x-request-id"].to_str().unwrap().to_string();
    assert_eq!(id.len(), 24);
    assert!(id.bytes().all(|b| b.is_ascii_hexdigit()));
    assert!(res.text().await.unwrap().contains(&id));
    let res = c
        .get(format!("{}/healthz", server.url))
        .send()
        .await
        .unwrap();
    assert!(res.headers().contains_key("x-request-id"));
}

#[tokio::test]
async fn json_logs_carry_the_request_id_and_no_personal_data() {
    use std::io::BufRead;
    let store = Store::sqlite();
    let token = setup(&store);
    let mut child = store
        .command(&["serve", "--addr", "127.0.0.1:0"])
        .env("NAAST_LOG_FORMAT", "json")
        .env("NAAST_LOG", "info")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let url = lines
        .next()
        .unwrap()
        .unwrap()
        .strip_prefix("Naast listening on ")
        .unwrap()
        .to_string();
    let res = reqwest::Client::new()
        .post(format!("{url}/api/v1/cases"))
        .bearer_auth(&token)
        .header("x-request-id", "log-test-1")
        .json(&serde_json::json!({"tenant": "maasdal", "channel": "phone", "story": "Verhaal", "name": NAME}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    let _ = std::process::Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    child.wait().unwrap();
    assert!(!err.contains(NAME), "no personal data in the log");
    let line = err
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|v| v["span"]["request_id"] == "log-test-1")
        .unwrap_or_else(|| panic!("a JSON line with the request id in:\n{err}"));
    assert_eq!(line["fields"]["http.route"], "/api/v1/cases");
}

#[tokio::test]
async fn the_scheduled_backup_runs_as_a_job_and_keeps_the_newest() {
    let store = Store::sqlite();
    setup(&store);
    let dir = tempfile::tempdir().unwrap();
    // Older scheduled backups, beyond what is kept: the oldest goes.
    for d in ["20200101", "20200102"] {
        std::fs::write(
            dir.path()
                .join(format!("naast-{d}T000000Z.naast-backup.zip")),
            b"old",
        )
        .unwrap();
    }
    let server = Server::start(
        &store,
        &[
            ("NAAST_BACKUP_DIR", dir.path().to_str().unwrap()),
            ("NAAST_BACKUP_KEEP", "2"),
        ],
    );
    let started = Instant::now();
    let newest = loop {
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.starts_with("naast-20") && !n.starts_with("naast-2020"))
            .collect();
        names.sort();
        if let Some(n) = names.pop() {
            break n;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "a scheduled backup within 30 s"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    // Let the job finish pruning.
    tokio::time::sleep(Duration::from_millis(500)).await;
    drop(server);
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    left.sort();
    assert_eq!(
        left,
        vec![
            "naast-20200102T000000Z.naast-backup.zip".to_string(),
            newest.clone()
        ]
    );
    let target = twin(&store);
    let (code, _, err) = target.run(&["restore", dir.path().join(&newest).to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
}

#[tokio::test]
async fn postgres_backup_runs_pg_dump_and_checks_the_dump_restores() {
    let Some(store) = Store::postgres().await else {
        return;
    };
    setup(&store);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("naast.dump");
    let (code, out, err) = store.run(&["backup", "--out", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("pg_dump"), "explains pg_dump: {err}");
    let m: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(m["backend"], "postgres");
    assert!(
        m["restore_check"].as_str().unwrap().starts_with("ok"),
        "{m}"
    );
    assert!(std::fs::metadata(&file).unwrap().len() > 0);
    let (code, _, err) = store.run(&["restore", file.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("pg_restore"), "{err}");
}

/// The database of the release at 37b88fa (`naast-store/tests/fixtures/release-0025`), served
/// by this version: its migrations apply and every kwestie reads with the key kept apart.
#[tokio::test]
async fn a_database_from_the_earlier_release_upgrades_and_its_kwesties_read() {
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../naast-store/tests/fixtures/release-0025"
    );
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{fixture}/fixture.json")).unwrap())
            .unwrap();
    let store = Store {
        dir: tempfile::tempdir().unwrap(),
        database_url: None,
        master_key: meta["master_key"].as_str().unwrap().to_string(),
        label: "sqlite",
    };
    std::fs::copy(
        format!("{fixture}/naast.db"),
        store.dir.path().join("naast.db"),
    )
    .unwrap();
    let server = Server::start(&store, &[]);
    let token = meta["token"].as_str().unwrap();
    for case in meta["cases"].as_array().unwrap() {
        let reference = case["reference"].as_str().unwrap();
        let got = api_get(&format!("{}/api/v1/cases/{reference}", server.url), token).await;
        assert_eq!(got["story"], case["story"], "{reference}: {got}");
    }
    let (s, _) = get(&browser(), &format!("{}/readyz", server.url)).await;
    assert_eq!(s, 200);
    drop(server);
    let (code, out, err) = store.run(&["audit", "verify"]);
    assert_eq!(code, 0, "{out}{err}");
}
