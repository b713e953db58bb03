//! Issue 26, point 1: three `naast serve` instances on one PostgreSQL database, driven at random
//! (a seed, printed; `NAAST_TEST_SEED` repeats a run) through the public form, sign-in and
//! casework: nothing acknowledged is lost, nothing is doubled, a session made on one instance
//! is valid on the others, and a background job that is due runs once across the three.

use crate::harness::*;
use serde_json::json;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A small seeded generator (xorshift64*): the same seed gives the same run.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }
}

/// What the instances acknowledged: each must be there afterwards, once.
#[derive(Default)]
struct Acked {
    /// `(reference, story)` of intakes registered through the API (201).
    api: Vec<(String, String)>,
    /// Stories sent through the public form and acknowledged (303 to the status page).
    public: Vec<String>,
    /// `(reference, note)` of notes added through the back office (303).
    notes: Vec<(String, String)>,
    /// `(reference, status)` of the last status change acknowledged (204) per kwestie.
    statuses: Vec<(String, String)>,
    /// Pages a signed-in confidant asked of each instance, with the answers (200 expected).
    pages: [usize; 3],
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

/// A confidant of Maasdal made through the CLI, set up and enrolled on `a`; returns the
/// browser and the TOTP secret.
async fn confidant(store: &Store, a: &Server) -> (reqwest::Client, Vec<u8>) {
    let (code, link, err) = store.run(&[
        "user",
        "add",
        "--email",
        "vera@x.example",
        "--role",
        "confidant",
        "--tenant",
        "maasdal",
    ]);
    assert_eq!(code, 0, "{err}");
    let link = link.trim();
    let link = format!("{}{}", a.url, &link[link.find("/setup/").unwrap()..]);
    let c = browser();
    let (_, setup) = get(&c, &link).await;
    post(
        &c,
        &link,
        &setup,
        &[("password", PASSWORD), ("password2", PASSWORD)],
    )
    .await;
    let secret = enrol(&c, &a.url).await;
    (c, secret)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_instances_lose_nothing_double_nothing_share_sessions_and_run_each_job_once() {
    let Some(store) = Store::postgres().await else {
        eprintln!("notice: three instances need PostgreSQL (NAAST_TEST_DATABASE_URL); skipped");
        return;
    };
    let seed = std::env::var("NAAST_TEST_SEED")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or_else(|| u64::from_le_bytes(naast_crypto::random_bytes::<8>()));
    eprintln!("three instances: seed {seed} (NAAST_TEST_SEED={seed} repeats this run)");
    let started = Instant::now();

    // Five kwesties closed long ago: past Maasdal's retention (24 months) when the job runs.
    let (code, _, err) = store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    assert_eq!(code, 0, "{err}");
    let old: Vec<String> = (1..=5)
        .map(|i| json!({"opened_on": format!("2019-0{i}-01"), "closed_on": format!("2019-0{i}-20"), "outcome": "resolved", "channel": "phone", "area": "wmo", "organisation": "municipality", "nature": "treatment"}).to_string())
        .collect();
    let file = store.dir.path().join("old.jsonl");
    std::fs::write(&file, old.join("\n")).unwrap();
    let (code, _, err) = store.run(&[
        "case",
        "import",
        "--tenant",
        "maasdal",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");

    // Three instances started at the same moment: each one's job runner checks at once whether
    // the daily jobs are queued, so they race to queue them.
    let env = [("NAAST_RATE_LIMITS", "off")];
    let servers: Vec<Server> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..3)
            .map(|_| s.spawn(|| Server::start(&store, &env)))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let urls: Vec<String> = servers.iter().map(|s| s.url.clone()).collect();

    // Signed in on A (set-up and TOTP), then signed out and in again with password on A and
    // the second factor on B: the half-made session crosses instances too.
    let (c, secret) = confidant(&store, &servers[0]).await;
    let (_, page) = get(&c, &format!("{}/admin", urls[0])).await;
    let res = post(&c, &format!("{}/logout", urls[0]), &page, &[]).await;
    assert_eq!(location(&res), "/login");
    let (_, page) = get(&c, &format!("{}/login", urls[0])).await;
    let res = post(
        &c,
        &format!("{}/login", urls[0]),
        &page,
        &[("email", "vera@x.example"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(location(&res), "/login/totp");
    // The code of the next 30-s step (one step of clock skew is allowed): the one used at
    // enrolment may not be used again.
    let code = naast_crypto::totp_code_at(&secret, unix_now() + 30);
    let (_, page) = get(&c, &format!("{}/login/totp", urls[1])).await;
    let res = post(
        &c,
        &format!("{}/login/totp", urls[1]),
        &page,
        &[("code", code.as_str())],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303, "second factor on B");
    for u in &urls {
        let (status, _) = get(&c, &format!("{u}/admin/work")).await;
        assert_eq!(status, 200, "the session made on A and B is valid on {u}");
    }
    let token = store
        .run(&["token", "create", "--user", "vera@x.example"])
        .1
        .trim()
        .to_string();

    // Three workers, each on its own kwesties, each request to an instance drawn at random.
    let acked: Arc<Mutex<Acked>> = Arc::default();
    let refused: Arc<Mutex<Vec<String>>> = Arc::default();
    let mut workers = Vec::new();
    for w in 0..3u64 {
        let (urls, c, token, acked, refused) = (
            urls.clone(),
            c.clone(),
            token.clone(),
            acked.clone(),
            refused.clone(),
        );
        workers.push(tokio::spawn(async move {
            let mut rng = Rng::new(seed.wrapping_add(w.wrapping_mul(0x9E37_79B9_7F4A_7C15)));
            let api = reqwest::Client::new();
            let public = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap();
            let mut mine: Vec<String> = Vec::new();
            for n in 0..40 {
                let i = rng.below(3);
                let base = &urls[i];
                let op = if mine.is_empty() { 1 } else { rng.below(5) };
                match op {
                    0 => {
                        let story = format!("Formulier {seed}-{w}-{n}: de hulp is gestopt.");
                        let r = public
                            .post(format!("{base}/maasdal/melden"))
                            .form(&[("language", "nl"), ("story", story.as_str()), ("anonymous", "1")])
                            .send()
                            .await
                            .unwrap();
                        if r.status().as_u16() == 303 {
                            acked.lock().unwrap().public.push(story);
                        } else {
                            refused.lock().unwrap().push(format!("form {}", r.status()));
                        }
                    }
                    1 => {
                        let story = format!("Telefoon {seed}-{w}-{n}");
                        let r = api
                            .post(format!("{base}/api/v1/cases"))
                            .bearer_auth(&token)
                            .json(&json!({"tenant": "maasdal", "channel": "phone", "story": story, "name": format!("Burger {w}-{n}")}))
                            .send()
                            .await
                            .unwrap();
                        assert_eq!(r.status().as_u16(), 201, "intake on {base}");
                        let reference = r.json::<serde_json::Value>().await.unwrap()["reference"]
                            .as_str()
                            .unwrap()
                            .to_string();
                        mine.push(reference.clone());
                        acked.lock().unwrap().api.push((reference, story));
                    }
                    2 => {
                        // The form read from one instance, sent to another.
                        let reference = mine[rng.below(mine.len())].clone();
                        let (status, page) = get(&c, &format!("{base}/admin/cases/{reference}")).await;
                        assert_eq!(status, 200, "case page on {base}");
                        let to = &urls[rng.below(3)];
                        let note = format!("Notitie {seed}-{w}-{n}");
                        let res = post(
                            &c,
                            &format!("{to}/admin/cases/{reference}/notes"),
                            &page,
                            &[("note", note.as_str())],
                        )
                        .await;
                        if res.status().as_u16() == 303 {
                            acked.lock().unwrap().notes.push((reference, note));
                        } else {
                            refused.lock().unwrap().push(format!("note {}", res.status()));
                        }
                    }
                    3 => {
                        let reference = mine[rng.below(mine.len())].clone();
                        let status = ["in_progress", "waiting_citizen", "waiting_organisation"]
                            [rng.below(3)];
                        let r = api
                            .post(format!("{base}/api/v1/cases/{reference}/status"))
                            .bearer_auth(&token)
                            .json(&json!({"status": status}))
                            .send()
                            .await
                            .unwrap();
                        match r.status().as_u16() {
                            204 => acked
                                .lock()
                                .unwrap()
                                .statuses
                                .push((reference, status.to_string())),
                            // A move the rules do not allow from where the kwestie is.
                            409 | 422 => {}
                            other => panic!("status change on {base}: {other}"),
                        }
                    }
                    _ => {
                        let (status, _) = get(&c, &format!("{base}/admin/cases")).await;
                        assert_eq!(status, 200, "case list on {base} with the session from A");
                        acked.lock().unwrap().pages[i] += 1;
                    }
                }
            }
        }));
    }
    for w in workers {
        w.await.unwrap();
    }
    let acked = Arc::try_unwrap(acked).ok().unwrap().into_inner().unwrap();
    let refused = refused.lock().unwrap().clone();
    assert!(refused.is_empty(), "refused: {refused:?}");

    // Nothing lost: every acknowledged intake, note and status is there, read through each
    // instance in turn.
    let raw = store.raw().await;
    for (k, (reference, story)) in acked.api.iter().enumerate() {
        let case = api_get(&format!("{}/api/v1/cases/{reference}", urls[k % 3]), &token).await;
        assert_eq!(case["story"], story.as_str(), "{reference}");
    }
    for (reference, status) in last_per_case(&acked.statuses) {
        let case = api_get(&format!("{}/api/v1/cases/{reference}", urls[0]), &token).await;
        assert_eq!(
            case["status"],
            status.as_str(),
            "{reference}: the last acknowledged status"
        );
    }
    for (k, (reference, note)) in acked.notes.iter().enumerate() {
        let case = api_get(&format!("{}/api/v1/cases/{reference}", urls[k % 3]), &token).await;
        let found = case["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["kind"] == "note" && e["text"] == note.as_str())
            .count();
        assert_eq!(found, 1, "{reference}: {note} once");
    }
    let list = api_get(
        &format!("{}/api/v1/cases?tenant=maasdal&per_page=1", urls[2]),
        &token,
    )
    .await;
    let cases = count(&raw, "SELECT COUNT(*) AS n FROM cases").await;
    // Nothing doubled: as many kwesties as acknowledged (plus the five imported), references
    // unique, as many notes (and audit entries for them) as acknowledged.
    let expected = (acked.api.len() + acked.public.len() + 5) as i64;
    assert_eq!(cases, expected, "kwesties: one per acknowledged intake");
    assert_eq!(list["total"], json!(expected), "{list}");
    assert_eq!(
        count(&raw, "SELECT COUNT(DISTINCT reference) AS n FROM cases").await,
        cases,
        "references unique"
    );
    let web = count(
        &raw,
        "SELECT COUNT(*) AS n FROM cases WHERE channel = 'web_form'",
    )
    .await;
    assert_eq!(
        web,
        acked.public.len() as i64,
        "one kwestie per acknowledged form"
    );
    let notes = count(
        &raw,
        "SELECT COUNT(*) AS n FROM case_entries WHERE kind = 'note'",
    )
    .await;
    assert_eq!(
        notes,
        acked.notes.len() as i64,
        "one note per acknowledged note"
    );
    let audited = count(
        &raw,
        "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'case.note'",
    )
    .await;
    assert_eq!(audited, acked.notes.len() as i64);

    // Each job once: the three raced to queue the daily jobs; one of each kind is queued.
    for kind in ["audit.head", "retention.run"] {
        let n = count(
            &raw,
            &format!("SELECT COUNT(*) AS n FROM jobs WHERE kind = '{kind}'"),
        )
        .await;
        assert_eq!(n, 1, "{kind}: queued once by three instances");
    }
    // The reminders are looked for every minute: one job a minute between the three.
    let minutes = started.elapsed().as_secs() as i64 / 60;
    let reminders = count(
        &raw,
        "SELECT COUNT(*) AS n FROM jobs WHERE kind = 'signals.remind'",
    )
    .await;
    assert!(
        (1..=1 + minutes).contains(&reminders),
        "signals.remind: {reminders} jobs in {minutes} whole minutes"
    );
    // Retention is queued a minute ahead; make it due now and let the three compete for it.
    sqlx::query("UPDATE jobs SET run_at = 0 WHERE kind = 'retention.run'")
        .execute(&raw)
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while count(
        &raw,
        "SELECT COUNT(*) AS n FROM jobs WHERE kind = 'retention.run' AND done_at IS NOT NULL",
    )
    .await
        == 0
    {
        assert!(Instant::now() < deadline, "retention ran within 20 s");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let row = sqlx::query("SELECT attempts, locked_by FROM jobs WHERE kind = 'retention.run'")
        .fetch_one(&raw)
        .await
        .unwrap();
    let attempts: i64 = sqlx::Row::get(&row, "attempts");
    assert_eq!(attempts, 1, "taken once");
    let destroyed = count(
        &raw,
        "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'retention.destroy'",
    )
    .await;
    let distinct = count(
        &raw,
        "SELECT COUNT(DISTINCT object_id) AS n FROM audit_log WHERE action = 'retention.destroy'",
    )
    .await;
    assert_eq!(
        (destroyed, distinct),
        (5, 5),
        "each expired kwestie destroyed once, by one instance"
    );
    let ran_by: String = sqlx::Row::get(&row, "locked_by");
    eprintln!(
        "three instances: {} API intakes, {} forms, {} notes, {} status changes, pages per instance {:?}; retention ran once (by {ran_by}), 5 kwesties destroyed once; {:.1} s",
        acked.api.len(),
        acked.public.len(),
        acked.notes.len(),
        acked.statuses.len(),
        acked.pages,
        started.elapsed().as_secs_f64()
    );
}

/// The last acknowledged status of each kwestie, in the order acknowledged.
fn last_per_case(statuses: &[(String, String)]) -> Vec<(String, String)> {
    let mut last: Vec<(String, String)> = Vec::new();
    for (r, s) in statuses {
        match last.iter_mut().find(|(x, _)| x == r) {
            Some(e) => e.1 = s.clone(),
            None => last.push((r.clone(), s.clone())),
        }
    }
    last
}
