//! A citizen's file stays theirs, at the edges: mail about a kwestie goes with it, old mail does
//! not linger, an import is refused before it is read, errors and throttling keep no address.

use crate::harness::*;
use serde_json::Value;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

const JAN: &str = "jan.jansen@voorbeeld.nl";

/// A citizen's intake through the public form, asking for the status link by e-mail; returns
/// the kwestie's reference (the newest case, seen by the coordinator).
async fn citizen_asks_for_the_link(base: &str, coordinator: &str, email: &str) -> String {
    let c = browser();
    let r = c
        .post(format!("{base}/maasdal/melden"))
        .form(&[
            ("language", "nl"),
            ("story", "Mijn moeder krijgt geen huishoudelijke hulp meer."),
            ("name", "Jan Jansen"),
            ("email", email),
            ("preferred", "email"),
            ("email_link", "1"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303, "{}", r.text().await.unwrap());
    let list = api_get(&format!("{base}/api/v1/cases?tenant=maasdal"), coordinator).await;
    list["cases"][0]["reference"].as_str().unwrap().to_string()
}

async fn count(raw: &sqlx::AnyPool, sql: &str) -> i64 {
    let row = sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(raw)
        .await
        .unwrap();
    sqlx::Row::get::<i64, _>(&row, "n")
}

/// The outbox ids of the mail about a case (any case).
async fn case_mail_ids(raw: &sqlx::AnyPool) -> Vec<i64> {
    sqlx::query("SELECT id FROM outbox WHERE case_id IS NOT NULL ORDER BY id")
        .fetch_all(raw)
        .await
        .unwrap()
        .iter()
        .map(|r| sqlx::Row::get::<i64, _>(r, "id"))
        .collect()
}

async fn send_jobs_for(raw: &sqlx::AnyPool, outbox_id: i64, only_pending: bool) -> i64 {
    let pending = if only_pending {
        " AND done_at IS NULL AND failed_at IS NULL"
    } else {
        ""
    };
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) AS n FROM jobs WHERE kind = 'email.send' AND payload = $1{pending}"
    )))
    .bind(outbox_id.to_string())
    .fetch_one(raw)
    .await
    .unwrap();
    sqlx::Row::get::<i64, _>(&row, "n")
}

#[tokio::test]
async fn erasing_a_citizen_deletes_their_outbox_mail_and_its_pending_send_jobs() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let coordinator = store.token_for("cor@x.example", "coordinator", None);
        let confidant = store.token_for("vera@x.example", "confidant", Some("maasdal"));
        // A relay that is never there: the send jobs stay pending (retried later).
        let server = Server::start(
            &store,
            &[
                ("NAAST_RATE_LIMITS", "off"),
                ("NAAST_SMTP_URL", "smtp://127.0.0.1:1"),
            ],
        );
        let base = server.url.clone();
        let reference = citizen_asks_for_the_link(&base, &coordinator, JAN).await;
        // The confidant writes: a "there is news" mail about the same kwestie.
        let r = reqwest::Client::new()
            .post(format!("{base}/api/v1/cases/{reference}/messages"))
            .bearer_auth(&confidant)
            .json(&serde_json::json!({"message": "Ik bel u morgen."}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 204);

        let raw = store.raw().await;
        let ids = case_mail_ids(&raw).await;
        assert_eq!(ids.len(), 2, "the link and the news carry their case");
        for id in &ids {
            assert_eq!(send_jobs_for(&raw, *id, true).await, 1, "{}", store.label);
        }
        let staff_mail = count(
            &raw,
            "SELECT COUNT(*) AS n FROM outbox WHERE case_id IS NULL",
        )
        .await;
        assert!(staff_mail >= 1, "invitations carry no case");
        let outbox = api_get(&format!("{base}/api/v1/outbox"), &coordinator).await;
        let to_jan = |o: &Value| {
            o.as_array()
                .unwrap()
                .iter()
                .filter(|m| m["to"] == JAN)
                .count()
        };
        assert_eq!(
            to_jan(&outbox),
            2,
            "sealed under the case key, still readable"
        );

        let r = reqwest::Client::new()
            .post(format!("{base}/api/v1/cases/{reference}/erase"))
            .bearer_auth(&confidant)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200);

        assert!(case_mail_ids(&raw).await.is_empty(), "{}", store.label);
        for id in &ids {
            assert_eq!(
                send_jobs_for(&raw, *id, false).await,
                0,
                "no send job left for mail {id} ({})",
                store.label
            );
        }
        assert_eq!(
            count(
                &raw,
                "SELECT COUNT(*) AS n FROM outbox WHERE case_id IS NULL"
            )
            .await,
            staff_mail,
            "mail not about the case stays"
        );
        let outbox = api_get(&format!("{base}/api/v1/outbox"), &coordinator).await;
        assert_eq!(to_jan(&outbox), 0, "{outbox}");
        assert!(
            outbox.as_array().unwrap().len() >= 2,
            "the outbox page still shows the rest: {outbox}"
        );
    }
}

#[tokio::test]
async fn without_smtp_outbox_mail_older_than_the_days_set_is_purged() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let coordinator = store.token_for("cor@x.example", "coordinator", None);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        citizen_asks_for_the_link(&server.url, &coordinator, JAN).await;
        server.stop();
        let raw = store.raw().await;
        let all = "SELECT COUNT(*) AS n FROM outbox";
        let before = count(&raw, all).await;
        assert!(before >= 2, "an invitation and the link");

        // The default keeps a month: a restart (which runs the purge) keeps everything.
        tokio::time::sleep(Duration::from_millis(1100)).await;
        let server = Server::start(&store, &[]);
        tokio::time::sleep(Duration::from_secs(3)).await;
        server.stop();
        assert_eq!(count(&raw, all).await, before, "{}", store.label);

        // Kept for 0 days: every message, sent or not, goes (and its send jobs).
        let server = Server::start(&store, &[("NAAST_OUTBOX_KEEP_DAYS", "0")]);
        let mut left = before;
        for _ in 0..40 {
            left = count(&raw, all).await;
            if left == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        assert_eq!(left, 0, "{}", store.label);
        assert_eq!(
            count(
                &raw,
                "SELECT COUNT(*) AS n FROM jobs WHERE kind = 'email.send'"
            )
            .await,
            0
        );
        let outbox = api_get(&format!("{}/api/v1/outbox", server.url), &coordinator).await;
        assert_eq!(outbox, serde_json::json!([]));
    }
}

/// A mail server that refuses Jan (quoting his address back) and takes everyone else's mail.
async fn refusing_smtp() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(async move {
                let (r, mut w) = stream.into_split();
                let mut lines = BufReader::new(r).lines();
                if w.write_all(b"220 refuser ready\r\n").await.is_err() {
                    return;
                }
                let mut in_data = false;
                while let Ok(Some(line)) = lines.next_line().await {
                    let upper = line.to_ascii_uppercase();
                    let answer: &[u8] = if in_data {
                        if line != "." {
                            continue;
                        }
                        in_data = false;
                        b"250 queued\r\n"
                    } else if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        b"250-refuser\r\n250 8BITMIME\r\n"
                    } else if upper.starts_with("RCPT") && line.contains("jan.jansen") {
                        b"550 5.1.1 <jan.jansen@voorbeeld.nl> unknown user\r\n"
                    } else if upper.starts_with("DATA") {
                        in_data = true;
                        b"354 go ahead\r\n"
                    } else if upper.starts_with("QUIT") {
                        let _ = w.write_all(b"221 bye\r\n").await;
                        return;
                    } else {
                        b"250 ok\r\n"
                    };
                    if w.write_all(answer).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    format!("smtp://{addr}")
}

#[tokio::test]
async fn with_smtp_only_sent_outbox_mail_is_purged_after_the_days_set() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let coordinator = store.token_for("cor@x.example", "coordinator", None);
        let smtp = refusing_smtp().await;
        let env = [
            ("NAAST_SMTP_URL", smtp.as_str()),
            ("NAAST_RATE_LIMITS", "off"),
        ];
        let server = Server::start(&store, &env);
        citizen_asks_for_the_link(&server.url, &coordinator, JAN).await;
        let raw = store.raw().await;
        let sent = "SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NOT NULL";
        let refused =
            "SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL AND last_error IS NOT NULL";
        for _ in 0..80 {
            if count(&raw, sent).await > 0 && count(&raw, refused).await > 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        assert!(count(&raw, sent).await > 0, "the invitation went out");
        assert_eq!(count(&raw, refused).await, 1, "Jan's link was refused");
        server.stop();

        tokio::time::sleep(Duration::from_millis(1100)).await;
        let mut env = env.to_vec();
        env.push(("NAAST_OUTBOX_KEEP_DAYS", "0"));
        let server = Server::start(&store, &env);
        for _ in 0..40 {
            if count(&raw, sent).await == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        assert_eq!(
            count(&raw, sent).await,
            0,
            "sent mail is purged ({})",
            store.label
        );
        assert_eq!(
            count(&raw, refused).await,
            1,
            "unsent mail waits for a person to look at it"
        );
        server.stop();
    }
}

#[tokio::test]
async fn a_mail_server_refusal_is_stored_and_logged_as_a_code_without_the_address() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let coordinator = store.token_for("cor@x.example", "coordinator", None);
    let smtp = refusing_smtp().await;
    let log = store.dir.path().join("server.log");
    let mut child = store
        .command(&["serve", "--addr", "127.0.0.1:0"])
        .env("NAAST_SMTP_URL", &smtp)
        .env("NAAST_RATE_LIMITS", "off")
        .env("NAAST_LOG", "info")
        .stdout(std::process::Stdio::piped())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    std::io::BufRead::read_line(&mut out, &mut first).unwrap();
    let base = first
        .trim()
        .strip_prefix("Naast listening on ")
        .unwrap()
        .to_string();

    citizen_asks_for_the_link(&base, &coordinator, JAN).await;
    let raw = store.raw().await;
    let mut errors: Option<(String, String)> = None;
    for _ in 0..80 {
        let job = sqlx::query(
            "SELECT j.last_error AS job_error, o.last_error AS mail_error FROM jobs j \
             JOIN outbox o ON j.payload = CAST(o.id AS TEXT) \
             WHERE j.kind = 'email.send' AND o.case_id IS NOT NULL",
        )
        .fetch_optional(&raw)
        .await
        .unwrap();
        if let Some(row) = job {
            let job_error: Option<String> = sqlx::Row::get(&row, "job_error");
            let mail_error: Option<String> = sqlx::Row::get(&row, "mail_error");
            if let (Some(j), Some(m)) = (job_error, mail_error) {
                errors = Some((j, m));
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let (job_error, mail_error) = errors.expect("the send was tried and failed");
    let _ = child.kill();
    let _ = child.wait();
    let stderr = std::fs::read_to_string(&log).unwrap();
    for (what, text) in [
        ("jobs.last_error", job_error.as_str()),
        ("outbox.last_error", mail_error.as_str()),
        ("the server's stderr", stderr.as_str()),
    ] {
        assert!(text.contains("smtp.rejected"), "{what}: {text}");
        for secret in ["jan.jansen", "voorbeeld.nl", "unknown user", "5.1.1"] {
            assert!(!text.contains(secret), "{secret} in {what}: {text}");
        }
    }
}

async fn cases_in(store: &Store) -> i64 {
    count(&store.raw().await, "SELECT COUNT(*) AS n FROM cases").await
}

#[tokio::test]
async fn the_import_api_refuses_confidants_and_the_municipality_before_reading_the_upload() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let confidant = store.token_for("vera@x.example", "confidant", Some("maasdal"));
    let municipality = store.token_for("gem@x.example", "municipality", Some("maasdal"));
    let server = Server::start(&store, &[]);
    let url = format!("{}/api/v1/tenants/maasdal/import?format=csv", server.url);
    let file =
        "opened_on,channel,area,organisation,nature\n2025-01-02,phone,wmo,municipality,treatment\n";
    for token in [&confidant, &municipality] {
        let r = reqwest::Client::new()
            .post(&url)
            .bearer_auth(token)
            .body(file)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403);
        let body: Value = r.json().await.unwrap();
        assert!(body["errors"][0]["message"].is_string(), "{body}");
    }

    // A confidant announcing 40 MB and sending only the first 64 KB: the answer comes at once,
    // without waiting for (or reading) the rest.
    let hostport = server.url.trim_start_matches("http://").to_string();
    let mut s = tokio::net::TcpStream::connect(&hostport).await.unwrap();
    let head = format!(
        "POST /api/v1/tenants/maasdal/import?format=csv HTTP/1.1\r\nHost: {hostport}\r\n\
         Authorization: Bearer {confidant}\r\nContent-Type: text/csv\r\nContent-Length: {}\r\n\r\n",
        40 * 1024 * 1024
    );
    s.write_all(head.as_bytes()).await.unwrap();
    s.write_all(&vec![b'x'; 64 * 1024]).await.unwrap();
    let mut answer = Vec::new();
    let mut buf = [0u8; 1024];
    tokio::time::timeout(Duration::from_secs(10), async {
        while !answer.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = s.read(&mut buf).await.unwrap();
            assert!(n > 0, "connection closed without an answer");
            answer.extend_from_slice(&buf[..n]);
        }
    })
    .await
    .expect("answered before the body was sent");
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
    assert_eq!(cases_in(&store).await, 0, "nothing imported");
}

/// A small workbook whose sheet unpacks to more than 100 MB.
fn zip_bomb() -> Vec<u8> {
    use std::io::Write;
    let mut out = std::io::Cursor::new(Vec::new());
    let mut w = zip::ZipWriter::new(&mut out);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    w.start_file("[Content_Types].xml", opts).unwrap();
    w.write_all(b"<?xml version=\"1.0\"?><Types/>").unwrap();
    w.start_file("xl/worksheets/sheet1.xml", opts).unwrap();
    let block = vec![b' '; 1 << 20];
    for _ in 0..101 {
        w.write_all(&block).unwrap();
    }
    w.finish().unwrap();
    out.into_inner()
}

#[tokio::test]
async fn the_import_api_refuses_a_workbook_unpacking_to_over_100_mb_with_413() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let coordinator = store.token_for("cor@x.example", "coordinator", None);
    let server = Server::start(&store, &[]);
    let bomb = zip_bomb();
    assert!(
        bomb.len() < 1024 * 1024,
        "a small file: {} bytes",
        bomb.len()
    );
    let r = reqwest::Client::new()
        .post(format!(
            "{}/api/v1/tenants/maasdal/import?format=xlsx",
            server.url
        ))
        .bearer_auth(&coordinator)
        .header("accept-language", "en")
        .body(bomb)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 413);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["errors"][0]["field"], "file", "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("at most 100 MB"),
        "{body}"
    );
    assert_eq!(cases_in(&store).await, 0, "nothing imported");
}

#[tokio::test]
async fn the_import_page_refuses_the_same_workbook_with_413_and_imports_nothing() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
    let (c, _) = first_coordinator(&server, "cor@naast.example").await;
    let (_, page) = get(&c, &format!("{}/admin/import", server.url)).await;
    let form = reqwest::multipart::Form::new()
        .text("csrf", csrf(&page))
        .text("tenant", "maasdal")
        .part(
            "file",
            reqwest::multipart::Part::bytes(zip_bomb()).file_name("oud.xlsx"),
        );
    let res = c
        .post(format!("{}/admin/import", server.url))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 413);
    assert!(res.text().await.unwrap().contains("uitgepakt te groot"));
    assert_eq!(cases_in(&store).await, 0, "nothing imported");
}

#[tokio::test]
async fn the_import_api_refuses_a_file_of_200_001_rows_with_422() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let coordinator = store.token_for("cor@x.example", "coordinator", None);
    let server = Server::start(&store, &[]);
    let row = "2025-01-02,phone,wmo,municipality,treatment\n";
    let csv = format!(
        "opened_on,channel,area,organisation,nature\n{}",
        row.repeat(200_001)
    );
    let r = reqwest::Client::new()
        .post(format!(
            "{}/api/v1/tenants/maasdal/import?format=csv",
            server.url
        ))
        .bearer_auth(&coordinator)
        .body(csv)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 422);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["errors"][0]["field"], "file", "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("hoogstens 200.000"),
        "in Dutch by default: {body}"
    );
    assert_eq!(cases_in(&store).await, 0, "nothing imported");
}

#[tokio::test]
async fn failed_sign_ins_leave_no_address_in_the_throttle_table_and_still_count() {
    for store in Store::all().await {
        store.run(&["user", "add", "--email", JAN, "--role", "coordinator"]);
        let server = Server::start(&store, &[]);
        let c = browser();
        let mut last = 0;
        for _ in 0..6 {
            let (_, page) = get(&c, &format!("{}/login", server.url)).await;
            last = post(
                &c,
                &format!("{}/login", server.url),
                &page,
                &[("email", "Jan.Jansen@Voorbeeld.nl"), ("password", "wrong")],
            )
            .await
            .status()
            .as_u16();
        }
        assert_eq!(
            last, 429,
            "five failures block the account ({})",
            store.label
        );

        let rows = sqlx::query("SELECT key FROM throttle")
            .fetch_all(&store.raw().await)
            .await
            .unwrap();
        assert!(rows.len() >= 2, "the account and the address are counted");
        for r in &rows {
            let key: String = sqlx::Row::get(r, "key");
            assert!(
                key.len() == 64 && key.chars().all(|c| c.is_ascii_hexdigit()),
                "a keyed hash, not {key}"
            );
            for plain in ["jan", "voorbeeld", "@", "127.0.0.1", "acct:", "addr:"] {
                assert!(!key.to_lowercase().contains(plain), "{plain} in {key}");
            }
        }
    }
}
