//! Issue 26, point 4: SIGKILL at random moments (a seed, printed; `NAAST_TEST_SEED` repeats a
//! run) during `naast case import`, during a report's publication and during `naast report
//! build`: afterwards nothing is half-written. The import is all or nothing and can be run
//! again; the report is published whole (numbers, audit entry, files) or not at all; the
//! report file is whole or absent.

use crate::harness::*;
use serde_json::{Value, json};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn seed() -> u64 {
    let seed = std::env::var("NAAST_TEST_SEED")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or_else(|| u64::from_le_bytes(naast_crypto::random_bytes::<8>()));
    eprintln!("kill test: seed {seed} (NAAST_TEST_SEED={seed} repeats it)");
    seed
}

/// A seeded fraction in [0, 1).
fn fraction(state: &mut u64) -> f64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    (*state >> 11) as f64 / (1u64 << 53) as f64
}

fn sigkill(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-KILL", &child.id().to_string()])
        .stderr(Stdio::null())
        .status();
    let _ = child.wait();
}

async fn count(raw: &sqlx::AnyPool, sql: &str) -> i64 {
    sqlx::Row::get::<i64, _>(
        &sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
            .fetch_one(raw)
            .await
            .unwrap(),
        "n",
    )
}

/// `n` closed kwesties of the quarter before the current one, each with a citizen and a story.
fn import_lines(n: usize) -> String {
    let ((_, _), (py, pq)) = quarters();
    let month = 3 * (u32::from(pq) - 1) + 1;
    (0..n)
        .map(|i| {
            json!({
                "reference": format!("OUD-{i:05}"),
                "opened_on": format!("{py}-{month:02}-{:02}", i % 28 + 1),
                "closed_on": format!("{py}-{:02}-{:02}", month + 1, i % 28 + 1),
                "outcome": "resolved", "channel": "phone", "area": "wmo",
                "organisation": "municipality", "nature": "treatment", "minutes": 30,
                "citizen": {"name": format!("Burger Nummer {i}"), "email": format!("burger{i}@voorbeeld.nl")},
                "story": format!("Verhaal {i}: de huishoudelijke hulp stopte zonder bericht."),
            })
            .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The current quarter and the one before it, as `(year, quarter)`.
fn quarters() -> ((i32, u8), (i32, u8)) {
    let today = naast_app::clock::today();
    let (y, q) = (i32::from(today.year()), (today.month() as u8 - 1) / 3 + 1);
    let prev = if q == 1 { (y - 1, 4) } else { (y, q - 1) };
    ((y, q), prev)
}

fn import(store: &Store, file: &std::path::Path) -> Command {
    let mut c = store.command(&[
        "case",
        "import",
        "--tenant",
        "maasdal",
        file.to_str().unwrap(),
    ]);
    c.stdout(Stdio::null()).stderr(Stdio::null());
    c
}

/// `lines`: enough for a window of a few seconds here (an import writes some 100 kwesties a
/// second on SQLite and 35 on PostgreSQL on the shared 2-core test machine).
async fn import_killed_at_random_moments(store: Store, twin: Store, lines: usize) {
    let mut rng = seed();
    for s in [&store, &twin] {
        let (code, _, err) = s.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        assert_eq!(code, 0, "{err}");
    }
    let file = store.dir.path().join("cases.jsonl");
    std::fs::write(&file, import_lines(lines)).unwrap();
    // How long a whole import takes here, measured on a twin database.
    let t = Instant::now();
    let status = import(&twin, &file).status().unwrap();
    assert!(status.success());
    let whole = t.elapsed();

    let raw = store.raw().await;
    let mut outcomes = Vec::new();
    for _ in 0..4 {
        // Somewhere between a tenth and all of the time a whole import takes.
        let at = whole.mul_f64(0.1 + 0.9 * fraction(&mut rng));
        let mut child = import(&store, &file).spawn().unwrap();
        tokio::time::sleep(at).await;
        let finished = child.try_wait().unwrap().is_some();
        sigkill(&mut child);
        let cases = count(&raw, "SELECT COUNT(*) AS n FROM cases").await;
        let persons = count(&raw, "SELECT COUNT(*) AS n FROM persons").await;
        let keys = count(&raw, "SELECT COUNT(*) AS n FROM import_keys").await;
        let audited = count(
            &raw,
            "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'case.import'",
        )
        .await;
        assert!(
            cases == 0 || cases == lines as i64,
            "{}: all or nothing after a kill at {at:?}: {cases} kwesties",
            store.label
        );
        assert_eq!(
            (persons, keys, audited),
            (cases, cases, cases),
            "{}",
            store.label
        );
        outcomes.push(format!(
            "{:.0} ms: {}",
            at.as_secs_f64() * 1000.0,
            if finished {
                "already done".to_string()
            } else {
                format!("{cases} kwesties")
            }
        ));
        if cases > 0 {
            break;
        }
    }
    // Run again: everything once; and once more: nothing twice.
    assert!(import(&store, &file).status().unwrap().success());
    assert_eq!(
        count(&raw, "SELECT COUNT(*) AS n FROM cases").await,
        lines as i64
    );
    let (code, out, _) = store.run(&[
        "case",
        "import",
        "--tenant",
        "maasdal",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (report["imported"].as_i64(), report["duplicates"].as_i64()),
        (Some(0), Some(lines as i64))
    );
    if store.database_url.is_none() {
        let check: String = sqlx::Row::get(
            &sqlx::query("PRAGMA integrity_check")
                .fetch_one(&raw)
                .await
                .unwrap(),
            0,
        );
        assert_eq!(check, "ok", "the file is whole after four kills");
    }
    eprintln!(
        "{}: import of {lines} lines takes {:.2} s whole; killed at {outcomes:?}; re-run imported all once",
        store.label,
        whole.as_secs_f64()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_killed_at_random_moments_is_all_or_nothing_on_sqlite() {
    import_killed_at_random_moments(Store::sqlite(), Store::sqlite(), 600).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_killed_at_random_moments_is_all_or_nothing_on_postgres() {
    let (Some(store), Some(twin)) = (Store::postgres().await, Store::postgres().await) else {
        return;
    };
    import_killed_at_random_moments(store, twin, 200).await;
}

/// A report's state as the database holds it: (status, content set, units set, audit
/// entries for its publication).
async fn report_state(raw: &sqlx::AnyPool, id: i64) -> (String, bool, bool, i64) {
    let r = sqlx::query("SELECT status, content, units FROM reports WHERE id = $1")
        .bind(id)
        .fetch_one(raw)
        .await
        .unwrap();
    let status: String = sqlx::Row::get(&r, "status");
    let content: Option<String> = sqlx::Row::get(&r, "content");
    let units: Option<String> = sqlx::Row::get(&r, "units");
    let audited = count(
        raw,
        &format!("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'report.publish' AND object_id = '{id}'"),
    )
    .await;
    (status, content.is_some(), units.is_some(), audited)
}

/// No rate limits; one person may submit and publish (`NAAST_ONE_PERSON_PRACTICE`).
const ONE_PERSON: &[(&str, &str)] = &[
    ("NAAST_RATE_LIMITS", "off"),
    ("NAAST_ONE_PERSON_PRACTICE", "on"),
];
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_publication_killed_at_random_moments_is_published_whole_or_not_at_all() {
    let mut rng = seed();
    for store in Store::all().await {
        let (code, _, err) =
            store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        assert_eq!(code, 0, "{err}");
        let file = store.dir.path().join("cases.jsonl");
        std::fs::write(&file, import_lines(300)).unwrap();
        assert!(import(&store, &file).status().unwrap().success());
        let token = store.token_for("cor@x.example", "coordinator", None);
        let ((_, _), (py, pq)) = quarters();
        let period = naast_report::period_label(py, pq);
        let mut server = Server::start(&store, ONE_PERSON);
        let api = reqwest::Client::new();
        let mut t = api_get(&format!("{}/api/v1/tenants/maasdal", server.url), &token).await;
        t["quarterly_reports"] = json!(true);
        t["providers"] = json!([]);
        let res = api
            .put(format!("{}/api/v1/tenants/maasdal", server.url))
            .bearer_auth(&token)
            .json(&t)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        let res = api
            .post(format!("{}/api/v1/tenants/maasdal/reports", server.url))
            .bearer_auth(&token)
            .json(&json!({"period": period}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 201);
        let id = res.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        let res = api
            .post(format!("{}/api/v1/reports/{id}/submit", server.url))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 204, "{}", res.text().await.unwrap());

        // The version read is the version published (four eyes: one person may publish alone
        // only in a one-person practice, which this server is).
        let read =
            api_get(&format!("{}/api/v1/reports/{id}", server.url), &token).await["updated_at"]
                .clone();
        let raw = store.raw().await;
        let mut outcomes = Vec::new();
        let mut published = false;
        for round in 0..4u64 {
            // Kill within the publication (it computes and audits the numbers of 300 kwesties).
            let at =
                Duration::from_millis(5 + (150.0 * fraction(&mut rng)) as u64 * (round + 1) / 2);
            let url = format!("{}/api/v1/reports/{id}/publish", server.url);
            let (api, token, body) = (api.clone(), token.clone(), json!({"updated_at": read}));
            let call = tokio::spawn(async move {
                api.post(url)
                    .bearer_auth(token)
                    .json(&body)
                    .send()
                    .await
                    .map(|r| r.status().as_u16())
            });
            tokio::time::sleep(at).await;
            drop(server); // SIGKILL
            let answered = call.await.unwrap().ok();
            let (status, content, units, audited) = report_state(&raw, id).await;
            let now_published = status == "published";
            assert_eq!(
                (content, units, audited),
                (now_published, now_published, i64::from(now_published)),
                "{}: published whole or not at all ({status})",
                store.label
            );
            if answered == Some(204) {
                assert!(now_published, "an acknowledged publication stays");
            }
            outcomes.push(format!("{} ms: {status}", at.as_millis()));
            server = Server::start(&store, ONE_PERSON);
            if now_published {
                published = true;
                break;
            }
        }
        if !published {
            let res = reqwest::Client::new()
                .post(format!("{}/api/v1/reports/{id}/publish", server.url))
                .bearer_auth(&token)
                .json(&json!({"updated_at": read}))
                .send()
                .await
                .unwrap();
            assert_eq!(
                res.status().as_u16(),
                204,
                "{}: {}",
                store.label,
                res.text().await.unwrap()
            );
        }
        let (status, content, units, audited) = report_state(&raw, id).await;
        assert_eq!(
            (status.as_str(), content, units, audited),
            ("published", true, true, 1)
        );
        for f in ["report.pdf", "report.csv"] {
            let r = reqwest::Client::new()
                .get(format!("{}/api/v1/reports/{id}/{f}", server.url))
                .bearer_auth(&token)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status().as_u16(), 200, "{f}");
        }
        eprintln!(
            "{}: publication killed at {outcomes:?}; published whole afterwards",
            store.label
        );
        drop(server);

        // `naast report build` killed while it writes: the file is whole or absent. (How the
        // file is written does not depend on the database: once, on SQLite, keeps the test short.)
        if store.database_url.is_some() {
            continue;
        }
        let out_dir = tempfile::tempdir().unwrap();
        let out = out_dir.path().join("verslag.pdf");
        let build = |out: &std::path::Path| {
            let mut c = store.command(&[
                "report",
                "build",
                "--tenant",
                "maasdal",
                "--period",
                &period,
                "--format",
                "pdf",
                "--out",
                out.to_str().unwrap(),
            ]);
            c.stdout(Stdio::null()).stderr(Stdio::null());
            c
        };
        let t = Instant::now();
        assert!(build(&out).status().unwrap().success());
        let whole = t.elapsed();
        let good = std::fs::read(&out).unwrap();
        assert!(good.starts_with(b"%PDF"));
        let mut kills = Vec::new();
        for _ in 0..4 {
            let target = out_dir.path().join(format!("{}.pdf", random_hex(4)));
            let at = whole.mul_f64(0.2 + 0.8 * fraction(&mut rng));
            let mut child = build(&target).spawn().unwrap();
            tokio::time::sleep(at).await;
            sigkill(&mut child);
            match std::fs::read(&target) {
                Ok(bytes) => {
                    assert!(bytes.starts_with(b"%PDF"), "whole");
                    assert!(
                        bytes.windows(5).rev().take(64).any(|w| w == b"%%EOF"),
                        "whole to its end"
                    );
                    kills.push(format!("{} ms: whole", at.as_millis()));
                }
                Err(_) => kills.push(format!("{} ms: absent", at.as_millis())),
            }
        }
        eprintln!(
            "{}: report build takes {} ms; killed at {kills:?}",
            store.label,
            whole.as_millis()
        );
    }
}
