//! The citizen's short way back: reference and six-digit code at `/{slug}/status`. Tried as an
//! attacker who knows a citizen's reference would: wrong codes lock the reference, the lock
//! ends, it holds one reference only, an unknown reference answers exactly as a wrong code,
//! and erasure leaves neither the code nor the count of wrong tries.

use crate::harness::*;
use sqlx::Row;

async fn count(raw: &sqlx::AnyPool, sql: &str) -> i64 {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(raw)
        .await
        .unwrap()
        .try_get::<i64, _>(0)
        .unwrap()
}

async fn exec(raw: &sqlx::AnyPool, sql: &str) {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .execute(raw)
        .await
        .unwrap();
}

/// The text between `marker` and the next `<`.
fn at(html: &str, marker: &str) -> String {
    after(html, marker).to_string()
}

/// The error summary of a page (what the citizen is told), without what they typed.
fn told(html: &str) -> String {
    let i = html
        .find("class=\"error-summary\"")
        .expect("an error summary");
    html[i..].split("</div>").next().unwrap().to_string()
}

/// A web intake; returns (status link path, reference, code as shown once).
async fn intake(c: &reqwest::Client, base: &str, story: &str) -> (String, String, String) {
    let r = c
        .post(format!("{base}/maasdal/melden"))
        .form(&[
            ("language", "nl"),
            ("story", story),
            ("name", "Henk de Vries"),
            ("email", "henk@example.org"),
            ("preferred", "email"),
            ("email_link", "1"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let location = location(&r);
    let (s, page) = get(c, &format!("{base}{location}")).await;
    assert_eq!(s, 200);
    let link = location.trim_end_matches("?nieuw=1").to_string();
    (
        link,
        at(&page, "id=\"fresh-reference\">"),
        at(&page, "id=\"fresh-code\">"),
    )
}

async fn try_code(
    c: &reqwest::Client,
    base: &str,
    reference: &str,
    code: &str,
) -> reqwest::Response {
    c.post(format!("{base}/maasdal/status"))
        .form(&[("reference", reference), ("code", code)])
        .send()
        .await
        .unwrap()
}

/// A six-digit code that is not `code`.
fn wrong(code: &str, n: u32) -> String {
    let digits: String = code.chars().filter(char::is_ascii_digit).collect();
    let v: u32 = digits.parse().unwrap();
    format!("{:06}", (v + 1 + n) % 1_000_000)
}

#[tokio::test]
async fn a_citizen_comes_back_with_reference_and_code_and_a_guesser_is_locked_out() {
    for store in Store::all().await {
        let label = store.label;
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let (vera, _) = first_coordinator(&server, "cor@x.example").await;
        let coordinator = store
            .run(&["token", "create", "--user", "cor@x.example"])
            .1
            .trim()
            .to_string();
        let raw = store.raw().await;
        exec(
            &raw,
            "UPDATE tenants SET contact_phone = '0800 123 45 67', walk_in_hours = 'dinsdag 9 tot 12 uur'",
        )
        .await;
        let c = browser();

        // The intake shows the code once, grouped; the first e-mail carries it with the page.
        let (link, reference, code) = intake(&c, &base, "Traplift geweigerd").await;
        assert!(reference.starts_with("NST-"), "{label}: {reference}");
        assert_eq!(code.len(), 7, "{label}: grouped 123 456: {code}");
        assert_eq!(&code[3..4], " ", "{label}");
        let outbox = api_get(&format!("{base}/api/v1/outbox"), &coordinator).await;
        let body = outbox[0]["body"].as_str().unwrap_or_default().to_string();
        assert!(body.contains(&format!("Code: {code}")), "{label}: {body}");
        assert!(body.contains(&format!("{base}/maasdal/status")), "{label}");
        let leaked = format!(
            "SELECT COUNT(*) FROM status_codes WHERE code_hash LIKE '%{}%'",
            code.replace(' ', "")
        );
        assert_eq!(count(&raw, &leaked).await, 0, "{label}: only a keyed hash");

        // The page: a form, and whom to call.
        let (s, page) = get(&c, &format!("{base}/maasdal/status")).await;
        assert_eq!(s, 200, "{label}");
        assert!(
            page.contains("name=\"code\"") && page.contains("0800 123 45 67"),
            "{label}"
        );

        // Typed sloppily (lower case, no dashes; the code with a dash): the status page opens.
        let sloppy_ref = reference.to_lowercase().replace('-', " ");
        let r = try_code(&c, &base, &sloppy_ref, &code.replace(' ', "-")).await;
        assert_eq!(r.status().as_u16(), 303, "{label}");
        assert_eq!(
            location(&r),
            format!("{base}{link}"),
            "{label}: the same link"
        );
        let sql = "SELECT COUNT(*) FROM audit_log WHERE action = 'case.status_code_used'";
        assert_eq!(count(&raw, sql).await, 1, "{label}");

        // Not a code at all: said on the field, what was typed kept, nothing counted.
        let r = try_code(&c, &base, &reference, "12 34").await;
        assert_eq!(r.status().as_u16(), 422, "{label}");
        let page = r.text().await.unwrap();
        assert!(page.contains("De code heeft 6 cijfers"), "{label}");
        assert!(page.contains("value=\"12 34\""), "{label}: kept");
        assert!(
            page.contains(&format!("value=\"{reference}\"")),
            "{label}: kept"
        );

        // A wrong code and an unknown reference get one and the same answer, with the phone.
        let r = try_code(&c, &base, &reference, &wrong(&code, 0)).await;
        assert_eq!(r.status().as_u16(), 422, "{label}");
        let wrong_page = r.text().await.unwrap();
        let r = try_code(&c, &base, "NST-0000-0000", &code).await;
        assert_eq!(r.status().as_u16(), 422, "{label}");
        let unknown_page = r.text().await.unwrap();
        assert_eq!(
            told(&wrong_page),
            told(&unknown_page),
            "{label}: no way to probe"
        );
        assert!(
            told(&wrong_page).contains("horen niet bij elkaar"),
            "{label}"
        );
        assert!(unknown_page.contains("0800 123 45 67"), "{label}");
        assert!(unknown_page.contains("dinsdag 9 tot 12 uur"), "{label}");

        // Five wrong codes in all lock the reference: after them even the right code is
        // refused, with how long and whom to call.
        for n in 1..5 {
            let r = try_code(&c, &base, &reference, &wrong(&code, n)).await;
            assert_eq!(r.status().as_u16(), 422, "{label}: wrong code {}", n + 1);
        }
        let r = try_code(&c, &base, &reference, &code).await;
        assert_eq!(
            r.status().as_u16(),
            429,
            "{label}: locked after five wrong codes"
        );
        let retry: u64 = r.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            retry > 3000 && retry <= 3600,
            "{label}: an hour, not {retry}"
        );
        let page = r.text().await.unwrap();
        assert!(page.contains("te vaak een verkeerde code"), "{label}");
        assert!(page.contains("0800 123 45 67"), "{label}: whom to call");
        assert!(
            !page.contains("name=\"code\""),
            "{label}: no form while locked"
        );
        let r = try_code(&c, &base, &reference, &wrong(&code, 7)).await;
        assert_eq!(r.status().as_u16(), 429, "{label}: still locked");

        // The lock holds this reference only: another citizen's code still works.
        let (other_link, other_ref, other_code) = intake(&c, &base, "Geen hulp").await;
        let r = try_code(&c, &base, &other_ref, &other_code).await;
        assert_eq!(r.status().as_u16(), 303, "{label}");
        assert_eq!(location(&r), format!("{base}{other_link}"), "{label}");

        // An unknown reference locks the same way (so locking says nothing either).
        for n in 0..5 {
            let r = try_code(&c, &base, "NST-0000-0001", &wrong(&code, n)).await;
            assert_eq!(r.status().as_u16(), 422, "{label}");
        }
        let r = try_code(&c, &base, "NST-0000-0001", &code).await;
        assert_eq!(
            r.status().as_u16(),
            429,
            "{label}: unknown references lock too"
        );

        // An hour later (the lock's end moved back), the right code opens the page again.
        exec(
            &raw,
            "UPDATE throttle SET blocked_until = 1, window_start = 1",
        )
        .await;
        let r = try_code(&c, &base, &reference, &code).await;
        assert_eq!(r.status().as_u16(), 303, "{label}: the lock ended");

        // The confidant makes a new code: the old one stops working, the new one opens.
        let case_url = format!("{base}/admin/cases/{reference}");
        let (s, case_page) = get(&vera, &case_url).await;
        assert_eq!(s, 200, "{label}");
        assert!(case_page.contains("Nieuwe code maken"), "{label}");
        let r = post(&vera, &format!("{case_url}/statuscode"), &case_page, &[]).await;
        assert_eq!(r.status().as_u16(), 200, "{label}");
        let shown = r.text().await.unwrap();
        let new_code = at(&shown, "id=\"new-code\">");
        assert_eq!(new_code.len(), 7, "{label}: {new_code}");
        assert!(shown.contains(&format!("{base}/maasdal/status")), "{label}");
        let sql = "SELECT COUNT(*) FROM audit_log WHERE action = 'case.status_code_new'";
        assert_eq!(count(&raw, sql).await, 1, "{label}");
        if new_code != code {
            let r = try_code(&c, &base, &reference, &code).await;
            assert_eq!(
                r.status().as_u16(),
                422,
                "{label}: the old code stopped working"
            );
        }
        // On the phone the confidant shows the current code once more: the same code, audited,
        // nothing else changed (the code on the slip keeps working).
        let (_, case_page) = get(&vera, &case_url).await;
        assert!(case_page.contains("Huidige code tonen"), "{label}");
        let r = post(
            &vera,
            &format!("{case_url}/statuscode/show"),
            &case_page,
            &[],
        )
        .await;
        assert_eq!(r.status().as_u16(), 200, "{label}");
        let again = r.text().await.unwrap();
        assert_eq!(
            at(&again, "id=\"new-code\">"),
            new_code,
            "{label}: the same code"
        );
        assert!(again.contains("blijft werken"), "{label}");
        let sql = "SELECT COUNT(*) FROM audit_log WHERE action = 'case.status_code_shown'";
        assert_eq!(count(&raw, sql).await, 1, "{label}: showing is audited");
        let sql = "SELECT COUNT(*) FROM audit_log WHERE action = 'case.status_code_new'";
        assert_eq!(count(&raw, sql).await, 1, "{label}: no new code was made");
        let r = try_code(&c, &base, &reference, &new_code).await;
        assert_eq!(r.status().as_u16(), 303, "{label}: the new code opens");

        // Erasure: the code and the count of wrong tries for the reference go with the rest.
        let r = try_code(&c, &base, &other_ref, &wrong(&other_code, 0)).await;
        assert_eq!(r.status().as_u16(), 422, "{label}");
        let locks = count(&raw, "SELECT COUNT(*) FROM throttle").await;
        let res = reqwest::Client::new()
            .post(format!("{base}/api/v1/cases/{other_ref}/erase"))
            .bearer_auth(&coordinator)
            .send()
            .await
            .unwrap();
        assert!(
            res.status().is_success(),
            "{label}: {}",
            res.text().await.unwrap()
        );
        let sql = format!(
            "SELECT COUNT(*) FROM status_codes s JOIN cases c ON c.id = s.case_id WHERE c.reference = '{other_ref}'"
        );
        assert_eq!(count(&raw, &sql).await, 0, "{label}: the code is gone");
        assert_eq!(
            count(&raw, "SELECT COUNT(*) FROM throttle").await,
            locks - 1,
            "{label}: the count of wrong tries is gone"
        );
        let r = try_code(&c, &base, &other_ref, &other_code).await;
        assert_eq!(
            r.status().as_u16(),
            422,
            "{label}: the reference opens nothing"
        );

        // An unknown long link names no municipality: it lists whom to call, and the short way.
        let (s, page) = get(&c, &format!("{base}/status/abcdefghijklmnopqrstuvwxyz")).await;
        assert_eq!(s, 404, "{label}");
        assert!(page.contains("0800 123 45 67"), "{label}");
        assert!(page.contains("href=\"/maasdal/status\""), "{label}");
    }
}

#[tokio::test]
async fn without_a_phone_number_the_page_says_whom_to_ask() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
    let c = browser();
    let r = try_code(&c, &server.url, "NST-0000-0000", "123456").await;
    assert_eq!(r.status().as_u16(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains("balie van gemeente Maasdal"), "{page}");
    let r = c
        .post(format!("{}/maasdal/status", server.url))
        .header("accept-language", "en")
        .form(&[("reference", "hello"), ("code", "123456")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 422);
    assert!(r.text().await.unwrap().contains("This is not a reference"));
}
