//! The web edges under attack: slow clients cannot hold connections.

use crate::harness::*;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn host_port(url: &str) -> String {
    url.trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string()
}

/// Reads until the server closes the connection (or `limit` passes); returns what came and
/// how long it took.
async fn read_until_closed(s: &mut tokio::net::TcpStream, limit: Duration) -> (String, Duration) {
    let start = Instant::now();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    while start.elapsed() < limit {
        match tokio::time::timeout(limit - start.elapsed(), s.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) | Err(_) => break,
            Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
        }
    }
    (String::from_utf8_lossy(&got).into_owned(), start.elapsed())
}

#[tokio::test]
async fn a_client_stuck_in_its_headers_or_trickling_its_body_is_cut_off() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let server = Server::start(
        &store,
        &[
            ("NAAST_HEADER_TIMEOUT_SECONDS", "1"),
            ("NAAST_BODY_TIMEOUT_SECONDS", "2"),
            ("NAAST_RATE_LIMITS", "off"),
        ],
    );
    let addr = host_port(&server.url);

    // Slowloris: half a request line and headers, then nothing.
    let mut slow = tokio::net::TcpStream::connect(&addr).await.unwrap();
    slow.write_all(b"GET /maasdal/ HTTP/1.1\r\nHost: x\r\nX-Wait: ")
        .await
        .unwrap();
    let (_, took) = read_until_closed(&mut slow, Duration::from_secs(10)).await;
    assert!(
        took < Duration::from_secs(5),
        "the connection was held for {took:?}"
    );

    // A body that trickles: announced 1000 bytes, ten sent, then a byte a second.
    let mut trickle = tokio::net::TcpStream::connect(&addr).await.unwrap();
    trickle
        .write_all(
            b"POST /api/v1/public/maasdal/intake HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"story\":",
        )
        .await
        .unwrap();
    let started = Instant::now();
    let mut answer = String::new();
    while started.elapsed() < Duration::from_secs(10) {
        if trickle.write_all(b" ").await.is_err() {
            break;
        }
        let mut buf = [0u8; 4096];
        match tokio::time::timeout(Duration::from_millis(900), trickle.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(n)) => {
                answer.push_str(&String::from_utf8_lossy(&buf[..n]));
                break;
            }
            Err(_) => {}
        }
    }
    let took = started.elapsed();
    assert!(
        took < Duration::from_secs(6),
        "a trickling body held the request for {took:?}"
    );
    assert!(
        answer.is_empty() || !answer.starts_with("HTTP/1.1 2"),
        "a cut-off body is not accepted: {answer}"
    );

    // Everyone else is still served.
    let r = reqwest::get(format!("{}/healthz", server.url))
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let r = reqwest::get(format!("{}/readyz", server.url))
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200, "ready once the migrations ran");
    let list: i64 = {
        let raw = store.raw().await;
        sqlx::query_scalar("SELECT COUNT(*) FROM cases")
            .fetch_one(&raw)
            .await
            .unwrap()
    };
    assert_eq!(list, 0, "nothing was stored from the cut-off body");
    assert_eq!(server.stop(), 0, "graceful shutdown still works");
}
