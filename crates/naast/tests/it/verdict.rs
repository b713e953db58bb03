//! The citizen's verdict on a closed kwestie (issue 29, point 3): the closing e-mail asks for it
//! by link; the status page asks three questions once, refuses half an answer with the answers
//! kept, thanks after; "Ik ben nog niet klaar" makes one task for the confidant; the answers go
//! into the statistical record; the comment is sealed, shown to staff, checked before it can be
//! quoted, and gone with erasure while the answers stay.

use crate::harness::*;
use serde_json::json;
use sqlx::Row;

async fn one(raw: &sqlx::AnyPool, sql: &str) -> i64 {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(raw)
        .await
        .unwrap()
        .try_get::<i64, _>(0)
        .unwrap()
}

async fn text(raw: &sqlx::AnyPool, sql: &str) -> Option<String> {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(raw)
        .await
        .unwrap()
        .try_get::<Option<String>, _>(0)
        .unwrap()
}

#[tokio::test]
async fn a_citizen_gives_a_verdict_once_and_says_not_done_yet() {
    for store in Store::all().await {
        let label = store.label;
        let (server, cor, token) = maasdal_with_coordinator(&store).await;
        let base = server.url.clone();
        let raw = store.raw().await;
        let c = browser();
        let r = c
            .post(format!("{base}/maasdal/melden"))
            .form(&[
                ("language", "nl"),
                ("story", "Mijn traplift is geweigerd."),
                ("name", "Henk de Vries"),
                ("email", "henk@example.org"),
                ("preferred", "email"),
                ("email_link", "1"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303, "{label}");
        let link = location(&r).trim_end_matches("?nieuw=1").to_string();
        let page_url = format!("{base}{link}");
        let (_, page) = get(&c, &page_url).await;
        let reference = after(&page, "class=\"reference\">").to_string();

        // Open: nothing is asked, and answering is refused.
        assert!(!page.contains("Voelde u zich gehoord?"), "{label}");
        let r = c
            .post(format!("{page_url}/verdict"))
            .form(&[
                ("heard", "yes"),
                ("knows_next", "yes"),
                ("recommend", "yes"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 409, "{label}: not closed yet");

        // Closing asks for the verdict by e-mail, with the link and no case content.
        let api = reqwest::Client::new();
        let res = api
            .post(format!("{base}/api/v1/cases/{reference}/close"))
            .bearer_auth(&token)
            .json(&json!({"outcome": "resolved"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 204, "{label}");
        let outbox = api_get(&format!("{base}/api/v1/outbox"), &token).await;
        let asked: Vec<_> = outbox
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["subject"].as_str() == Some("Wat vond u van de vertrouwenspersoon?"))
            .collect();
        assert_eq!(asked.len(), 1, "{label}: {outbox}");
        let body = asked[0]["body"].as_str().unwrap_or_default();
        assert!(body.contains(&page_url), "{label}: {body}");
        assert!(!body.contains("traplift"), "{label}: no case content");

        // The closed page asks three questions; half an answer is refused, answers kept.
        let (s, page) = get(&c, &page_url).await;
        assert_eq!(s, 200, "{label}");
        assert!(page.contains("Voelde u zich gehoord?"), "{label}");
        assert!(page.contains("Ik ben nog niet klaar"), "{label}");
        let r = c
            .post(format!("{page_url}/verdict"))
            .form(&[
                ("heard", "somewhat"),
                ("knows_next", ""),
                ("recommend", "later"),
                ("comment", "Goed geholpen"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422, "{label}");
        let page = r.text().await.unwrap();
        assert!(
            page.contains("Kies een antwoord bij de vraag: Weet u wat u nu kunt doen?"),
            "{label}"
        );
        assert!(
            page.contains("href=\"#knows_next\""),
            "{label}: named at its field"
        );
        assert!(page.contains("href=\"#recommend\""), "{label}");
        assert!(page.contains("value=\"somewhat\" checked"), "{label}: kept");
        assert!(page.contains(">Goed geholpen</textarea>"), "{label}: kept");
        assert_eq!(
            one(&raw, "SELECT COUNT(*) FROM case_verdicts").await,
            0,
            "{label}"
        );

        // A whole answer: thanks, into the statistical record, audited; once only.
        let comment =
            "Mevrouw Jansen van het Wmo-loket luisterde eindelijk. Bel me op 06-12345678.";
        let form = [
            ("heard", "yes"),
            ("knows_next", "no"),
            ("recommend", "maybe"),
            ("comment", comment),
        ];
        let r = c
            .post(format!("{page_url}/verdict"))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303, "{label}");
        let (_, page) = get(&c, &format!("{base}{}", location(&r))).await;
        assert!(page.contains("Dank u wel voor uw antwoorden."), "{label}");
        assert!(
            !page.contains("name=\"heard\""),
            "{label}: no form any more"
        );
        let stat = "SELECT verdict_heard FROM stat_records";
        assert_eq!(text(&raw, stat).await.as_deref(), Some("yes"), "{label}");
        let stat = "SELECT verdict_recommend FROM stat_records";
        assert_eq!(text(&raw, stat).await.as_deref(), Some("maybe"), "{label}");
        let audit = "SELECT COUNT(*) FROM audit_log WHERE action = 'case.verdict'";
        assert_eq!(one(&raw, audit).await, 1, "{label}");
        let r = c
            .post(format!("{page_url}/verdict"))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 409, "{label}: one verdict per kwestie");
        assert_eq!(
            one(&raw, "SELECT COUNT(*) FROM case_verdicts").await,
            1,
            "{label}"
        );
        let leaked =
            "SELECT COUNT(*) FROM case_verdicts WHERE CAST(sealed_comment AS TEXT) LIKE '%Jansen%'";
        if label == "sqlite" {
            assert_eq!(one(&raw, leaked).await, 0, "{label}: sealed");
        }

        // "Ik ben nog niet klaar": one task for the confidant, however often pressed.
        for _ in 0..2 {
            let r = c.post(format!("{page_url}/not-done")).send().await.unwrap();
            assert_eq!(r.status().as_u16(), 303, "{label}");
        }
        let tasks = "SELECT COUNT(*) FROM tasks WHERE purpose = 'not_done' AND done_at IS NULL";
        assert_eq!(one(&raw, tasks).await, 1, "{label}");
        let audit = "SELECT COUNT(*) FROM audit_log WHERE action = 'case.not_done'";
        assert_eq!(one(&raw, audit).await, 1, "{label}");
        let (_, page) = get(&c, &page_url).await;
        assert!(
            page.contains("weet nu dat u nog niet klaar bent"),
            "{label}"
        );
        let (s, work) = get(&cor, &format!("{base}/admin/work")).await;
        assert_eq!(s, 200, "{label}");
        assert!(
            work.contains("Inwoner is nog niet klaar"),
            "{label}: on Mijn werk"
        );

        // Staff see the verdict and the comment; cleared, the checked text hides the person.
        let case_url = format!("{base}/admin/cases/{reference}");
        let (_, case_page) = get(&cor, &case_url).await;
        assert!(case_page.contains("Mening van de inwoner"), "{label}");
        assert!(
            case_page.contains("Mevrouw Jansen"),
            "{label}: the comment as written"
        );
        let r = post(
            &cor,
            &format!("{case_url}/verdict-review"),
            &case_page,
            &[("decision", "clear"), ("missed", "")],
        )
        .await;
        assert_eq!(r.status().as_u16(), 303, "{label}");
        let (_, case_page) = get(&cor, &case_url).await;
        let quote = after(&case_page, "id=\"verdict-quote\">").to_string();
        assert!(
            !quote.is_empty() && !quote.contains("Jansen"),
            "{label}: {quote}"
        );
        assert!(!quote.contains("12345678"), "{label}: {quote}");
        let cleared = "SELECT COUNT(*) FROM case_verdicts WHERE comment_review = 'cleared'";
        assert_eq!(one(&raw, cleared).await, 1, "{label}");

        // Erasure takes the verdict with its comment; the answers stay in the record.
        let res = api
            .post(format!("{base}/api/v1/cases/{reference}/erase"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert!(
            res.status().is_success(),
            "{label}: {}",
            res.text().await.unwrap()
        );
        assert_eq!(
            one(&raw, "SELECT COUNT(*) FROM case_verdicts").await,
            0,
            "{label}"
        );
        let stat = "SELECT verdict_heard FROM stat_records";
        assert_eq!(text(&raw, stat).await.as_deref(), Some("yes"), "{label}");
    }
}
