//! E-mail leaves through the job runner: kept in the outbox, sent over SMTP when configured.

use crate::harness::*;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// A minimal SMTP sink: accepts messages and hands over the DATA of each.
async fn smtp_sink() -> (String, tokio::sync::mpsc::UnboundedReceiver<String>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let tx = tx.clone();
            tokio::spawn(session(stream, tx));
        }
    });
    (format!("smtp://{addr}"), rx)
}

async fn session(stream: tokio::net::TcpStream, tx: tokio::sync::mpsc::UnboundedSender<String>) {
    {
        let (r, mut w) = stream.into_split();
        let mut lines = BufReader::new(r).lines();
        w.write_all(b"220 sink ready\r\n").await.unwrap();
        let mut data = String::new();
        let mut in_data = false;
        while let Ok(Some(line)) = lines.next_line().await {
            if in_data {
                if line == "." {
                    in_data = false;
                    w.write_all(b"250 queued\r\n").await.unwrap();
                } else {
                    data.push_str(&line);
                    data.push('\n');
                }
                continue;
            }
            let upper = line.to_ascii_uppercase();
            if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                w.write_all(b"250-sink\r\n250 8BITMIME\r\n").await.unwrap();
            } else if upper.starts_with("DATA") {
                in_data = true;
                w.write_all(b"354 go ahead\r\n").await.unwrap();
            } else if upper.starts_with("QUIT") {
                w.write_all(b"221 bye\r\n").await.unwrap();
                break;
            } else {
                w.write_all(b"250 ok\r\n").await.unwrap();
            }
        }
        let _ = tx.send(data);
    }
}

#[tokio::test]
async fn an_invitation_is_sent_over_smtp_by_the_job_runner() {
    let store = Store::sqlite();
    let token = store.token_for("cor@x.example", "coordinator", None);
    let (smtp, mut received) = smtp_sink().await;
    let server = Server::start(
        &store,
        &[
            ("NAAST_SMTP_URL", &smtp),
            ("NAAST_MAIL_FROM", "naast@maasdal.example"),
        ],
    );
    let res = reqwest::Client::new()
        .post(format!("{}/api/v1/users", server.url))
        .bearer_auth(&token)
        .json(&serde_json::json!({"email": "vera@maasdal.example", "role": "confidant"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    let invited: serde_json::Value = res.json().await.unwrap();
    let link = invited["setup_link"].as_str().unwrap().to_string();
    // The coordinator's own invitation (made by the CLI) goes out too; wait for Vera's.
    let data = tokio::time::timeout(std::time::Duration::from_secs(20), async {
        loop {
            let d = received.recv().await.unwrap();
            if d.contains("To: vera@maasdal.example") {
                return d;
            }
        }
    })
    .await
    .expect("mail sent in time");
    assert!(data.contains("To: vera@maasdal.example"), "{data}");
    assert!(
        data.replace("=\n", "")
            .contains(&link[link.find("/setup/").unwrap()..]),
        "the link is in the mail: {data}"
    );

    // The outbox records it as sent; nothing personal is in the database in clear.
    let raw = store.raw().await;
    let row = sqlx::query("SELECT sent_at, recipient FROM outbox")
        .fetch_one(&raw)
        .await
        .unwrap();
    let sent: Option<i64> = sqlx::Row::get(&row, "sent_at");
    assert!(sent.is_some());
    let recipient: Vec<u8> = sqlx::Row::get(&row, "recipient");
    assert!(
        !String::from_utf8_lossy(&recipient).contains("vera"),
        "recipient sealed at rest"
    );
}

#[tokio::test]
async fn without_smtp_the_message_waits_in_the_outbox_page() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
    let (c, _) = first_coordinator(&server, "cor@naast.example").await;
    let (_, form) = get(&c, &format!("{}/admin/users/new", server.url)).await;
    let res = post(
        &c,
        &format!("{}/admin/users", server.url),
        &form,
        &[
            ("email", "vera@naast.example"),
            ("display_name", "Vera Vos"),
            ("role", "confidant"),
            ("tenants", "maasdal"),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 200);
    let shown = res.text().await.unwrap_or_default();
    assert!(
        shown.contains("Er gaat geen e-mail uit.") && shown.contains("Geef deze link zelf door"),
        "the invitation says plainly that no e-mail goes out: {shown}"
    );
    assert!(!shown.contains("staat ook in de uitgaande e-mail"));
    let (status, outbox) = get(&c, &format!("{}/admin/outbox", server.url)).await;
    assert_eq!(status, 200);
    assert!(outbox.contains("vera@naast.example") && outbox.contains("/setup/"));
    assert!(
        outbox.contains("Er is geen mailserver ingesteld") && outbox.contains("Vraag de beheerder"),
        "explains why nothing was sent, in words"
    );
    let words = outbox
        .split("id=\"mail-off\"")
        .nth(1)
        .and_then(|s| s.split("class=\"hint\"").next())
        .unwrap_or_default();
    assert!(
        !words.contains("NAAST_"),
        "no variable names in the Dutch message: {words}"
    );
    assert!(
        outbox.contains("NAAST_SMTP_URL"),
        "the technical note for the administrator keeps the name"
    );
}

#[tokio::test]
async fn repeated_failed_sign_ins_are_throttled_with_a_neutral_message() {
    let store = Store::sqlite();
    let server = Server::start(&store, &[]);
    let (_c, _) = first_coordinator(&server, "cor@naast.example").await;
    let c = browser();
    let (_, page) = get(&c, &format!("{}/login", server.url)).await;
    for _ in 0..5 {
        let res = post(
            &c,
            &format!("{}/login", server.url),
            &page,
            &[
                ("email", "cor@naast.example"),
                ("password", "not the password"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 401);
    }
    // Now even the right password waits: the account is throttled.
    let res = post(
        &c,
        &format!("{}/login", server.url),
        &page,
        &[("email", "cor@naast.example"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(res.status().as_u16(), 429);
    assert!(res.headers().get("retry-after").is_some());
    assert!(res.text().await.unwrap().contains("Te veel pogingen"));
    // Another account from another browser is not blocked by this one.
    let other = browser();
    let (_, page) = get(&other, &format!("{}/login", server.url)).await;
    let res = post(
        &other,
        &format!("{}/login", server.url),
        &page,
        &[
            ("email", "someone@naast.example"),
            ("password", "whatever it is"),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 401);
}

#[tokio::test]
async fn confidants_hear_of_new_web_intakes_by_e_mail_without_their_content() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    store.token_for("vera@maasdal.example", "confidant", Some("maasdal"));
    let (smtp, mut received) = smtp_sink().await;
    let server = Server::start(
        &store,
        &[
            ("NAAST_SMTP_URL", &smtp),
            ("NAAST_NOTIFY_SECONDS", "1"),
            ("NAAST_RATE_LIMITS", "off"),
        ],
    );
    // Let the first (empty) round pass, then a citizen writes.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let res = reqwest::Client::new()
        .post(format!("{}/api/v1/public/maasdal/intake", server.url))
        .json(&serde_json::json!({"story": "Geheim verhaal over de buurvrouw"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    let data = tokio::time::timeout(std::time::Duration::from_secs(20), async {
        loop {
            let d = received.recv().await.unwrap();
            if d.contains("To: vera@maasdal.example") && d.contains("webformulier") {
                return d;
            }
        }
    })
    .await
    .expect("the confidant hears of it in time");
    assert!(data.contains("/admin/work"), "{data}");
    assert!(!data.contains("Geheim"), "no content in the e-mail: {data}");
}
