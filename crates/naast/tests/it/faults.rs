//! Issue 26, point 4: faults survived. PostgreSQL restarted under a serving Naast (a private
//! throwaway cluster, never the shared one) and the embedded database running out of room: a
//! clear 503 or 507 instead of a 500 or a hang, nothing acknowledged lost, no damage, and
//! service back by itself when the database is.

use crate::harness::*;
use serde_json::{Value, json};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A PostgreSQL cluster of its own on a free port, made with Debian's `pg_createcluster` and
/// dropped again (`pg_dropcluster --stop`) when the test ends, whatever happens.
struct Cluster {
    version: String,
    name: String,
    port: u16,
}

impl Cluster {
    /// `None`, with a notice, where a cluster cannot be made (not root, no Debian tools).
    fn create() -> Option<Cluster> {
        let root = Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
        // Present when it runs at all (it has no --help that exits 0).
        let tools = Command::new("pg_createcluster").output().is_ok();
        let version = std::fs::read_dir("/usr/lib/postgresql")
            .ok()
            .and_then(|d| {
                d.filter_map(|e| e.ok()?.file_name().into_string().ok())
                    .filter_map(|v| v.parse::<u32>().ok())
                    .max()
            })
            .map(|v| v.to_string());
        let (true, true, Some(version)) = (root, tools, version) else {
            eprintln!(
                "notice: cannot make a private PostgreSQL cluster (needs root and pg_createcluster); skipped"
            );
            return None;
        };
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .ok()?;
        let name = format!("naast_fault_{}_{}", std::process::id(), random_hex(3));
        let made = Command::new("pg_createcluster")
            .args([&version, &name, "-p", &port.to_string()])
            .args(["--", "--auth-host=trust", "--auth-local=trust"])
            .output()
            .is_ok_and(|o| o.status.success());
        let cluster = Cluster {
            version,
            name,
            port,
        };
        if !made || !cluster.ctl("start") {
            eprintln!("notice: pg_createcluster or its start failed; skipped");
            return None;
        }
        Some(cluster)
    }

    /// `pg_ctlcluster VERSION NAME action` (`start`, `stop`, `restart`); whether it worked.
    fn ctl(&self, action: &str) -> bool {
        let mut c = Command::new("pg_ctlcluster");
        c.args([&self.version, &self.name, action]);
        if action != "start" {
            c.args(["-m", "fast"]);
        }
        c.output().is_ok_and(|o| o.status.success())
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = Command::new("pg_dropcluster")
            .args(["--stop", &self.version, &self.name])
            .output();
    }
}

async fn ctl(cluster: &Arc<Cluster>, action: &'static str) {
    let c = cluster.clone();
    let ok = tokio::task::spawn_blocking(move || c.ctl(action))
        .await
        .unwrap();
    assert!(ok, "pg_ctlcluster {action}");
}

fn setup(store: &Store) -> String {
    let (code, _, err) = store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    assert_eq!(code, 0, "{err}");
    store.token_for("cor@naast.example", "coordinator", None)
}

/// One intake through the API: `(status, reference when 201, the body, seconds taken)`;
/// status 0 when no answer came at all (a dropped connection or a hang of 30 s).
async fn intake(
    c: &reqwest::Client,
    base: &str,
    token: &str,
    story: &str,
) -> (u16, Option<String>, Value, f64) {
    let t = Instant::now();
    let r = c
        .post(format!("{base}/api/v1/cases"))
        .bearer_auth(token)
        .json(&json!({"tenant": "maasdal", "channel": "phone", "story": story, "name": "Geertje Fout"}))
        .send()
        .await;
    let Ok(r) = r else {
        return (0, None, Value::Null, t.elapsed().as_secs_f64());
    };
    let status = r.status().as_u16();
    let retry = r.headers().get("retry-after").is_some();
    let mut body: Value = r.json().await.unwrap_or(Value::Null);
    if retry {
        body["retry_after_header"] = json!(true);
    }
    let reference = (status == 201)
        .then(|| body["reference"].as_str().map(str::to_string))
        .flatten();
    (status, reference, body, t.elapsed().as_secs_f64())
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_restarted_while_serving_gives_503_loses_nothing_and_comes_back_by_itself() {
    let Some(cluster) = Cluster::create() else {
        return;
    };
    let cluster = Arc::new(cluster);
    let store = Store {
        dir: tempfile::tempdir().unwrap(),
        database_url: Some(cluster.url()),
        master_key: naast_crypto::MasterKey::generate().to_base64(),
        label: "postgres (private cluster)",
    };
    let token = setup(&store);
    let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
    let base = server.url.clone();

    // Two writers keep registering kwesties through everything that follows.
    let acked: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    let seen: Arc<Mutex<Vec<(u16, f64)>>> = Arc::default();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut writers = Vec::new();
    for w in 0..2 {
        let (base, token, acked, seen, stop) = (
            base.clone(),
            token.clone(),
            acked.clone(),
            seen.clone(),
            stop.clone(),
        );
        writers.push(tokio::spawn(async move {
            let c = client();
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                n += 1;
                let story = format!("Schrijver {w} verhaal {n}");
                let (status, reference, _, secs) = intake(&c, &base, &token, &story).await;
                seen.lock().unwrap().push((status, secs));
                match reference {
                    Some(r) => acked.lock().unwrap().push((r, story)),
                    None => tokio::time::sleep(Duration::from_millis(200)).await,
                }
            }
        }));
    }
    let wait_for = |n: usize| {
        let acked = acked.clone();
        async move {
            let t = Instant::now();
            while acked.lock().unwrap().len() < n {
                assert!(
                    t.elapsed() < Duration::from_secs(30),
                    "{n} intakes within 30 s"
                );
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    };
    wait_for(20).await;

    // The database goes away. What people get meanwhile: a clear 503, in Dutch, soon.
    ctl(&cluster, "stop").await;
    let down = Instant::now();
    let c = client();
    let probe = |path: &'static str| {
        let (c, base) = (c.clone(), base.clone());
        async move {
            let t = Instant::now();
            let r = c.get(format!("{base}{path}")).send().await.unwrap();
            let status = r.status().as_u16();
            let retry = r.headers().get("retry-after").cloned();
            (
                status,
                r.text().await.unwrap(),
                t.elapsed().as_secs_f64(),
                retry,
            )
        }
    };
    let (api, form, ready, health) = tokio::join!(
        intake(&c, &base, &token, "Tijdens de storing"),
        probe("/maasdal/melden"),
        probe("/readyz"),
        probe("/healthz"),
    );
    assert_eq!(api.0, 503, "API intake during the outage: {}", api.2);
    let message = api.2["errors"][0]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("niet bereiken") && message.contains("niets gewijzigd"),
        "{message}"
    );
    assert_eq!(api.2["retry_after_header"], true, "Retry-After on a 503");
    assert_eq!(form.0, 503, "the public form during the outage");
    assert!(form.1.contains("niet bereiken"), "a page in plain Dutch");
    assert!(form.3.is_some(), "Retry-After on the page");
    assert_eq!(
        (ready.0, health.0),
        (503, 503),
        "readiness and health say so"
    );
    let slowest = [api.3, form.2, ready.2, health.2]
        .into_iter()
        .fold(0.0, f64::max);
    assert!(
        slowest < 15.0,
        "answered within the pool's wait (10 s), not hung: {slowest:.1} s"
    );
    eprintln!(
        "outage: API {:.1} s, form {:.1} s, /readyz {:.1} s, /healthz {:.1} s to answer 503",
        api.3, form.2, ready.2, health.2
    );

    // Back: the pool reconnects by itself, nothing restarted on Naast's side.
    ctl(&cluster, "start").await;
    let back = Instant::now();
    let before = acked.lock().unwrap().len();
    wait_for(before + 1).await;
    eprintln!(
        "PostgreSQL down {:.1} s; first intake acknowledged {:.1} s after it came back",
        (back - down).as_secs_f64(),
        back.elapsed().as_secs_f64()
    );
    // A restart in one go, with the writers busy.
    ctl(&cluster, "restart").await;
    let after = acked.lock().unwrap().len();
    wait_for(after + 10).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for w in writers {
        w.await.unwrap();
    }

    // The writers saw acknowledgements and 503s, never a 500, a dropped answer or a hang.
    let seen = seen.lock().unwrap().clone();
    let odd: Vec<_> = seen
        .iter()
        .filter(|(s, _)| *s != 201 && *s != 503)
        .collect();
    assert!(odd.is_empty(), "only 201 or 503: {odd:?}");
    let refused = seen.iter().filter(|(s, _)| *s == 503).count();
    let slowest = seen.iter().map(|(_, t)| *t).fold(0.0, f64::max);
    assert!(slowest < 15.0, "slowest answer {slowest:.1} s");
    // Nothing acknowledged is lost.
    let acked = acked.lock().unwrap().clone();
    for (reference, story) in &acked {
        let case = api_get(&format!("{base}/api/v1/cases/{reference}"), &token).await;
        assert_eq!(case["story"], story.as_str(), "{reference}");
    }
    let list = api_get(&format!("{base}/api/v1/cases?tenant=maasdal"), &token).await;
    assert_eq!(
        list["total"],
        json!(acked.len()),
        "as many kwesties as acknowledged"
    );
    eprintln!(
        "PostgreSQL restart: {} intakes acknowledged and all read back, {refused} answered 503, none 500; slowest answer {slowest:.1} s",
        acked.len()
    );
    drop(server);
}

/// Sets the page limit the SQLite pool applies (test-only knob, see the store's
/// `TEST_MAX_PAGES_FILE`).
fn set_pages(file: &std::path::Path, pages: i64) {
    std::fs::write(file, pages.to_string()).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_embedded_database_refuses_clearly_stays_whole_and_resumes_when_there_is_room() {
    // A full disk, played by SQLite's page limit (`PRAGMA max_page_count`): SQLite answers
    // both with SQLITE_FULL, and filling a real disk would need a mount of the test's own.
    let store = Store::sqlite();
    let token = setup(&store);
    let knob = tempfile::tempdir().unwrap();
    let pages = knob.path().join("max-pages");
    set_pages(&pages, 1 << 30);
    let server = Server::start(
        &store,
        &[
            ("NAAST_RATE_LIMITS", "off"),
            ("NAAST_TEST_SQLITE_MAX_PAGES_FILE", pages.to_str().unwrap()),
        ],
    );
    let base = server.url.clone();
    let c = client();
    let mut acked = Vec::new();
    for n in 0..5 {
        let story = format!("Voor het vol raken {n}");
        let (status, reference, body, _) = intake(&c, &base, &token, &story).await;
        assert_eq!(status, 201, "{body}");
        acked.push((reference.unwrap(), story));
    }

    // No room beyond what the file holds now.
    let raw = store.raw().await;
    let used: i64 = sqlx::Row::get(
        &sqlx::query("PRAGMA page_count")
            .fetch_one(&raw)
            .await
            .unwrap(),
        0,
    );
    // A little room left: a few long stories still fit, then the database is full.
    set_pages(&pages, used + 30);
    let long = "Een lang verhaal over de hulp die stopte. ".repeat(400);
    let mut refused = None;
    for n in 0..200 {
        let story = format!("{long} ({n})");
        let (status, reference, body, _) = intake(&c, &base, &token, &story).await;
        match status {
            201 => acked.push((reference.unwrap(), story)),
            _ => {
                refused = Some((status, body));
                break;
            }
        }
    }
    let (status, body) = refused.expect("the database fills up");
    assert_eq!(status, 507, "{body}");
    let message = body["errors"][0]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("geen ruimte") && message.contains("niets gewijzigd"),
        "{message}"
    );
    assert_eq!(body["retry_after_header"], true);

    // The public form: 507, the form again with what the citizen typed and why. (A form that
    // still fits in a page freed meanwhile is acknowledged and counted.)
    let mut forms = 0;
    let page = loop {
        let r = c
            .post(format!("{base}/maasdal/melden"))
            .form(&[
                ("language", "nl"),
                ("story", long.as_str()),
                ("name", "Geertje Vol"),
            ])
            .send()
            .await
            .unwrap();
        match r.status().as_u16() {
            303 if forms < 20 => forms += 1,
            status => {
                assert_eq!(status, 507);
                break r.text().await.unwrap();
            }
        }
    };
    assert!(page.contains("geen ruimte"), "the reason, in Dutch");
    assert!(
        page.contains("value=\"Geertje Vol\"") && page.contains("Een lang verhaal"),
        "what was typed is kept"
    );

    // Reading goes on; the file is whole.
    let (reference, story) = &acked[0];
    let case = api_get(&format!("{base}/api/v1/cases/{reference}"), &token).await;
    assert_eq!(case["story"], story.as_str());
    let check: String = sqlx::Row::get(
        &sqlx::query("PRAGMA integrity_check")
            .fetch_one(&raw)
            .await
            .unwrap(),
        0,
    );
    assert_eq!(check, "ok", "no damage while full");

    // Room again: the next write succeeds without a restart.
    set_pages(&pages, 1 << 30);
    let (status, reference, body, _) = intake(&c, &base, &token, "Na het vol raken").await;
    assert_eq!(status, 201, "service resumes: {body}");
    acked.push((reference.unwrap(), "Na het vol raken".into()));
    for (reference, story) in &acked {
        let case = api_get(&format!("{base}/api/v1/cases/{reference}"), &token).await;
        assert_eq!(case["story"], story.as_str(), "{reference}: {case}");
    }
    let list = api_get(&format!("{base}/api/v1/cases?tenant=maasdal"), &token).await;
    assert_eq!(
        list["total"],
        json!(acked.len() + forms),
        "nothing half-written while full"
    );
    drop(server);
    let check: String = sqlx::Row::get(
        &sqlx::query("PRAGMA integrity_check")
            .fetch_one(&raw)
            .await
            .unwrap(),
        0,
    );
    assert_eq!(check, "ok");
    eprintln!(
        "full SQLite: limit {} pages; {} intakes and {forms} forms acknowledged, then 507; integrity ok; resumed",
        used + 30,
        acked.len() - 1
    );
}
