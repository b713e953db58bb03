//! A way back for phone and walk-in intakes (the status link e-mailed from the case, or on an
//! A6 slip with a QR code), and the acknowledgement of receipt kept with a procedure.

use crate::harness::*;
use serde_json::{Value, json};

async fn count(raw: &sqlx::AnyPool, sql: &str) -> i64 {
    use sqlx::Row;
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(raw)
        .await
        .unwrap()
        .try_get::<i64, _>(0)
        .unwrap()
}

/// The status URL in the one mail to `to` in the outbox.
async fn mailed_link(base: &str, token: &str, to: &str) -> (String, String) {
    let outbox = api_get(&format!("{base}/api/v1/outbox"), token).await;
    let mails: Vec<&Value> = outbox
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["to"] == to)
        .collect();
    assert_eq!(mails.len(), 1, "{outbox}");
    let body = mails[0]["body"].as_str().unwrap().to_string();
    let start = body.find("http").unwrap();
    let url = body[start..].split_whitespace().next().unwrap().to_string();
    (url, body)
}

/// The page size of a PDF from its media box, in points.
fn media_box(pdf: &[u8]) -> (f64, f64) {
    let text = String::from_utf8_lossy(pdf);
    let at = text.find("/MediaBox").expect("a media box");
    let inside = text[at..]
        .split('[')
        .nth(1)
        .unwrap()
        .split(']')
        .next()
        .unwrap();
    let n: Vec<f64> = inside
        .split_whitespace()
        .map(|x| x.parse().unwrap())
        .collect();
    (n[2] - n[0], n[3] - n[1])
}

#[tokio::test]
async fn a_phone_intake_gets_its_status_link_by_e_mail_or_on_a_slip() {
    for store in Store::all().await {
        let label = store.label;
        let (server, c, token) = maasdal_with_coordinator(&store).await;
        let base = server.url.clone();
        let reference = api_intake(
            &base,
            &token,
            "maasdal",
            "Traplift geweigerd",
            "Henk de Vries",
        )
        .await;
        let case_url = format!("{base}/admin/cases/{reference}");
        let raw = store.raw().await;

        // The case page offers both ways and says a link will be made.
        let (status, page) = get(&c, &case_url).await;
        assert_eq!(status, 200, "{label}");
        assert!(page.contains("Statuspagina voor de inwoner"), "{label}");
        assert!(page.contains("nog geen statuslink"), "{label}");
        assert!(page.contains("Briefje met link downloaden"), "{label}");

        // A wrong address: refused on its field, kept as typed, nothing sent or made.
        let res = post(
            &c,
            &format!("{case_url}/statuslink/email"),
            &page,
            &[("email", "henk@")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
        let again = res.text().await.unwrap();
        assert!(again.contains("value=\"henk@\""), "{label}: kept as typed");
        assert!(again.contains("field-error"), "{label}");
        assert_eq!(
            count(&raw, "SELECT COUNT(*) FROM outbox").await,
            0,
            "{label}"
        );
        assert_eq!(
            count(&raw, "SELECT COUNT(*) FROM status_links").await,
            0,
            "{label}"
        );

        // E-mailed: a link is made, the mail names the reference, the link opens the status page.
        let res = post(
            &c,
            &format!("{case_url}/statuslink/email"),
            &page,
            &[("email", "henk@example.org")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303, "{label}");
        assert!(location(&res).contains("saved=status-link"), "{label}");
        let (url, body) = mailed_link(&base, &token, "henk@example.org").await;
        assert!(body.contains(&reference), "{label}: {body}");
        assert!(
            !body.contains("Traplift"),
            "{label}: no case content in the mail"
        );
        assert!(
            url.starts_with(&format!("{base}/status/")),
            "{label}: {url}"
        );
        let (status, status_page) = get(&browser(), &url).await;
        assert_eq!(status, 200, "{label}");
        assert!(status_page.contains(&reference), "{label}");

        // The address is kept with the citizen (who had none), sealed; the timeline says so.
        let case = api_get(&format!("{base}/api/v1/cases/{reference}"), &token).await;
        assert_eq!(case["citizen"]["email"], "henk@example.org", "{label}");
        assert_eq!(case["status_link"], true, "{label}");
        let (_, page) = get(&c, &case_url).await;
        assert!(page.contains("Statuslink gemaild"), "{label}");
        assert!(page.contains("dezelfde link als eerder"), "{label}");
        assert!(
            page.contains("value=\"henk@example.org\""),
            "{label}: prefilled"
        );
        let sql = "SELECT COUNT(*) FROM audit_log WHERE action = 'case.status_link_mail'";
        assert_eq!(count(&raw, sql).await, 1, "{label}");
        let leaked = "SELECT COUNT(*) FROM persons WHERE CAST(sealed AS TEXT) LIKE '%henk@%'";
        assert_eq!(count(&raw, leaked).await, 0, "{label}: sealed at rest");

        // The slip: an A6 PDF with the reference; the same link keeps working.
        let res = post(&c, &format!("{case_url}/statuslink/slip"), &page, &[]).await;
        assert_eq!(res.status().as_u16(), 200, "{label}");
        assert_eq!(
            res.headers()["content-type"].to_str().unwrap(),
            "application/pdf",
            "{label}"
        );
        let pdf = res.bytes().await.unwrap().to_vec();
        assert!(pdf.starts_with(b"%PDF-"), "{label}");
        let (w, h) = media_box(&pdf);
        assert!(
            (w - 297.6).abs() < 1.0 && (h - 419.5).abs() < 1.0,
            "{label}: A6, not {w}x{h}"
        );
        assert!(
            String::from_utf8_lossy(&pdf).contains(&reference),
            "{label}: the reference is in the slip's title"
        );
        assert_eq!(
            get(&browser(), &url).await.0,
            200,
            "{label}: the e-mailed link still works"
        );
        let sql = "SELECT COUNT(*) FROM audit_log WHERE action = 'case.status_link_slip'";
        assert_eq!(count(&raw, sql).await, 1, "{label}");

        // A link whose token was not kept: the page warns, a new link replaces it.
        let other = api_intake(&base, &token, "maasdal", "Geen hulp", "Fatima El Amrani").await;
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO status_links (token_hash, case_id, lang, created_at) \
             SELECT 'old-hash', id, 'nl', 0 FROM cases WHERE reference = '{other}'"
        )))
        .execute(&raw)
        .await
        .unwrap();
        let other_url = format!("{base}/admin/cases/{other}");
        let (_, page) = get(&c, &other_url).await;
        assert!(page.contains("De oude link werkt dan niet meer"), "{label}");
        let res = post(&c, &format!("{other_url}/statuslink/slip"), &page, &[]).await;
        assert_eq!(res.status().as_u16(), 200, "{label}");
        let sql = "SELECT COUNT(*) FROM status_links WHERE token_hash = 'old-hash'";
        assert_eq!(count(&raw, sql).await, 0, "{label}: the old link is gone");

        // A closed case hands out nothing.
        let res = reqwest::Client::new()
            .post(format!("{base}/api/v1/cases/{other}/close"))
            .bearer_auth(&token)
            .json(&json!({"outcome": "resolved"}))
            .send()
            .await
            .unwrap();
        assert!(
            res.status().is_success(),
            "{label}: {}",
            res.text().await.unwrap()
        );
        let (_, page) = get(&c, &other_url).await;
        assert!(!page.contains("Briefje met link downloaden"), "{label}");
        let res = post(&c, &format!("{other_url}/statuslink/slip"), &page, &[]).await;
        assert_eq!(res.status().as_u16(), 409, "{label}");
    }
}

#[tokio::test]
async fn a_procedure_keeps_its_acknowledgement_of_receipt_as_proof_of_time() {
    for store in Store::all().await {
        let label = store.label;
        let (server, c, token) = maasdal_with_coordinator(&store).await;
        let base = server.url.clone();
        let reference = api_intake(&base, &token, "maasdal", "Hulp gestopt", "Jan Jansen").await;
        let api = reqwest::Client::new();
        let url = |p: &str| format!("{base}/api/v1/cases/{reference}{p}");
        // A decision sent Monday 2 March 2026: the objection term ends Monday 13 April.
        let version = api_get(&url(""), &token).await["version"].as_i64().unwrap();
        let res = api.put(url("/clarify")).bearer_auth(&token).json(&json!({"area": "wmo", "organisation": "municipality", "decision_kind": "wmo_decision", "decision_date": "2026-03-02", "decision_sent_on": "2026-03-02", "version": version})).send().await.unwrap();
        assert_eq!(res.status().as_u16(), 204, "{label}");
        let res = api
            .post(url("/procedures"))
            .bearer_auth(&token)
            .json(&json!({"kind": "objection", "filed_on": "2026-04-13", "organisation": "municipality"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 201, "{label}");
        let id = res.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        let part = format!("{base}/admin/cases/{reference}/procedures");
        let receipt_url = format!("{part}/{id}/receipt");
        let (status, page) = get(&c, &part).await;
        assert_eq!(status, 200, "{label}");
        assert!(page.contains("Ontvangstbevestiging vastleggen"), "{label}");

        let send = |date: &str, file: Option<(&str, &[u8])>, page: &str| {
            let mut form = reqwest::multipart::Form::new()
                .text("csrf", csrf(page))
                .text("received_on", date.to_string());
            if let Some((name, bytes)) = file {
                form = form.part(
                    "file",
                    reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_string()),
                );
            }
            c.post(&receipt_url).multipart(form).send()
        };

        // Bad input: a date before the filing, or none; refused on the field, kept, nothing stored.
        for (bad, says) in [
            ("2026-04-01", "voor de datum van indienen"),
            ("", "Vul dit veld in"),
            ("13-04-2026x", "geen geldige datum"),
        ] {
            let res = send(bad, None, &page).await.unwrap();
            assert_eq!(res.status().as_u16(), 422, "{label}: {bad}");
            let again = res.text().await.unwrap();
            assert!(again.contains(says), "{label}: {bad}: {says}");
            assert!(again.contains(&format!("value=\"{bad}\"")), "{label}: kept");
        }
        let raw = store.raw().await;
        assert_eq!(
            count(&raw, "SELECT COUNT(*) FROM procedure_receipts").await,
            0
        );

        // Received a week after the term, posted on its last day: on time (Awb 6:9 lid 2).
        let pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
        let res = send("2026-04-20", Some(("ontvangstbevestiging.pdf", pdf)), &page)
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 303, "{label}");
        assert!(
            location(&res).contains(&format!("saved=receipt-{id}")),
            "{label}"
        );
        let (_, page) = get(&c, &part).await;
        assert!(page.contains("20-04-2026"), "{label}");
        assert!(page.contains("ontvangstbevestiging.pdf"), "{label}");
        assert!(page.contains("op tijd ontvangen (Awb 6:9)"), "{label}");
        let case = api_get(&url(""), &token).await;
        let r = &case["procedures"][0]["receipt"];
        assert_eq!(r["received_on"], "2026-04-20", "{label}: {case}");
        assert_eq!(r["timely"], true, "{label}");
        let file = r["attachment_id"].as_i64().unwrap();
        let (status, _) = get(
            &c,
            &format!("{base}/admin/cases/{reference}/attachments/{file}"),
        )
        .await;
        assert_eq!(status, 200, "{label}: the acknowledgement downloads");
        let sql =
            "SELECT COUNT(*) FROM attachments WHERE CAST(sealed_data AS TEXT) LIKE '%PDF-1.4%'";
        assert_eq!(
            count(&raw, sql).await,
            0,
            "{label}: sealed like any attachment"
        );

        // Corrected without a new file: a day later is late; the file stays.
        let res = send("2026-04-21", None, &page).await.unwrap();
        assert_eq!(res.status().as_u16(), 303, "{label}");
        let case = api_get(&url(""), &token).await;
        let r = &case["procedures"][0]["receipt"];
        assert_eq!(r["timely"], false, "{label}");
        assert_eq!(r["attachment_id"].as_i64(), Some(file), "{label}");
        let (_, page) = get(&c, &part).await;
        assert!(page.contains("te laat ontvangen"), "{label}");
        let sql = "SELECT COUNT(*) FROM audit_log WHERE action = 'case.procedure_receipt'";
        assert_eq!(count(&raw, sql).await, 2, "{label}");
    }
}
