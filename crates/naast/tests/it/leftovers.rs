//! The confidant's leftovers after the usability round: closing as "objection filed" while
//! its letter is still a draft asks what happened; the decision's reference is recorded while
//! clarifying and a drafted letter quotes it; errors on the close form name their field; the
//! case page has one "way back" block; the API drafts, changes and sends letters and hands out
//! the status link, with the pages' authorization and audit.

use crate::harness::*;
use serde_json::{Value, json};

pub(crate) async fn count(raw: &sqlx::AnyPool, sql: &str) -> i64 {
    use sqlx::Row;
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(raw)
        .await
        .unwrap()
        .try_get::<i64, _>(0)
        .unwrap()
}

/// The `value` of the hidden `version` field on a page.
pub(crate) fn version(page: &str) -> String {
    after(page, "name=\"version\" value=\"")
        .split('"')
        .next()
        .unwrap()
        .to_string()
}

/// Everything on a page from `marker` on.
pub(crate) fn from<'a>(page: &'a str, marker: &str) -> &'a str {
    &page[page
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not in page"))..]
}

/// The text of the error summary at the top of a page.
pub(crate) fn summary(page: &str) -> String {
    let s = from(page, "class=\"error-summary\"");
    s[..s.find("</div>").unwrap_or(s.len())].to_string()
}

pub(crate) async fn api(
    method: reqwest::Method,
    url: &str,
    token: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let mut r = reqwest::Client::new()
        .request(method, url)
        .bearer_auth(token);
    if let Some(b) = body {
        r = r.json(&b);
    }
    r.send().await.unwrap()
}

/// A kwestie with a clarified Wmo decision (its own reference typed in while clarifying) and
/// an objection letter drafted from it through the API and saved as a draft: the reference,
/// the case page and the draft's id.
pub(crate) async fn with_draft_objection(
    base: &str,
    c: &reqwest::Client,
    token: &str,
    label: &str,
) -> (String, String, i64) {
    let reference = api_intake(
        base,
        token,
        "maasdal",
        "Traplift geweigerd",
        "Henk de Vries",
    )
    .await;
    let case_url = format!("{base}/admin/cases/{reference}");
    let (_, page) = get(c, &case_url).await;
    assert!(
        page.contains("<label for=\"decision_reference\">Kenmerk van het besluit</label>"),
        "{label}: the clarify step has the decision's reference"
    );
    let decided = naast_app::clock::today()
        .checked_sub(jiff::Span::new().days(10))
        .unwrap()
        .to_string();
    let res = post(
        c,
        &format!("{case_url}/clarify"),
        &page,
        &[
            ("version", version(&page).as_str()),
            ("problem", "Ik heb een traplift nodig."),
            ("organisation", "municipality"),
            ("decision_kind", "wmo_decision"),
            ("decision_reference", " WMO/2026/0042 "),
            ("decision_date", decided.as_str()),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303, "{label}");
    let (_, page) = get(c, &case_url).await;
    assert!(
        page.contains("name=\"decision_reference\" type=\"text\" value=\"WMO/2026/0042\""),
        "{label}: kept with the case"
    );
    // The letter takes the reference and the date from the clarify step: no retyping.
    let draft = api_get(
        &format!("{base}/api/v1/cases/{reference}/letters/draft?kind=objection"),
        token,
    )
    .await;
    assert_eq!(
        draft["form"]["decision_reference"], "WMO/2026/0042",
        "{label}"
    );
    assert_eq!(draft["form"]["decision_date"], decided.as_str(), "{label}");
    let res = api(
        reqwest::Method::POST,
        &format!("{base}/api/v1/cases/{reference}/letters/drafts"),
        token,
        Some(draft["form"].clone()),
    )
    .await;
    assert_eq!(res.status().as_u16(), 201, "{label}");
    let id = res.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let (_, page) = get(c, &case_url).await;
    (reference, page, id)
}

#[tokio::test]
async fn closing_as_objection_filed_while_its_letter_is_a_draft_asks_what_happened() {
    for store in Store::all().await {
        let label = store.label;
        let (server, c, token) = maasdal_with_coordinator(&store).await;
        let base = server.url.clone();
        let raw = store.raw().await;
        let (reference, page, letter) = with_draft_objection(&base, &c, &token, label).await;
        let case_url = format!("{base}/admin/cases/{reference}");

        // The close form warns before anything is sent.
        assert!(page.contains("Is de brief al verstuurd?"), "{label}");
        assert!(page.contains("nog een concept"), "{label}");

        // An empty close form: the summary names the field.
        let res = post(&c, &format!("{case_url}/close"), &page, &[("outcome", "")]).await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
        let again = res.text().await.unwrap();
        assert!(
            summary(&again).contains("Resultaat: Vul dit veld in."),
            "{label}: {}",
            summary(&again)
        );

        // "Objection filed" with the letter a draft: refused on its own field, what was typed
        // kept, nothing changed.
        let res = post(
            &c,
            &format!("{case_url}/close"),
            &page,
            &[
                ("outcome", "objection_filed"),
                ("reason", "Bezwaar gemaakt tegen het besluit."),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
        let again = res.text().await.unwrap();
        assert!(
            summary(&again).contains("Brief nog een concept: De brief voor dit bezwaar"),
            "{label}: {}",
            summary(&again)
        );
        assert!(again.contains("href=\"#filed_letter\""), "{label}");
        assert!(
            again.contains("<option value=\"objection_filed\" selected>"),
            "{label}: kept"
        );
        assert!(
            again.contains("Bezwaar gemaakt tegen het besluit."),
            "{label}"
        );
        let case = api_get(&format!("{base}/api/v1/cases/{reference}"), &token).await;
        assert_ne!(case["status"], "closed", "{label}");
        let saved = api_get(
            &format!("{base}/api/v1/cases/{reference}/letters/{letter}"),
            &token,
        )
        .await;
        assert!(saved["sent_on"].is_null(), "{label}: still a draft");
        assert_eq!(
            count(&raw, "SELECT COUNT(*) FROM case_procedures").await,
            0,
            "{label}: no filing recorded"
        );

        // A day in the future for "sent": refused on that field.
        let res = api(
            reqwest::Method::POST,
            &format!("{base}/api/v1/cases/{reference}/close"),
            &token,
            Some(json!({"outcome": "objection_filed", "filed_letter": "sent", "filed_letter_sent_on": "2999-01-01"})),
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
        let body: Value = res.json().await.unwrap();
        assert_eq!(
            body["errors"][0]["field"], "filed_letter_sent_on",
            "{label}"
        );

        // "Not filed yet": the kwestie closes as "the citizen carries on", claiming no filing.
        let res = api(
            reqwest::Method::POST,
            &format!("{base}/api/v1/cases/{reference}/close"),
            &token,
            Some(json!({"outcome": "objection_filed", "filed_letter": "not_filed"})),
        )
        .await;
        assert_eq!(res.status().as_u16(), 204, "{label}");
        let case = api_get(&format!("{base}/api/v1/cases/{reference}"), &token).await;
        assert_eq!(case["status"], "closed", "{label}");
        assert_eq!(case["outcome"], "citizen_continues", "{label}");

        // On another kwestie, "the letter went out": it is marked sent on that day, the
        // objection is recorded as filed that day, and the kwestie closes as filed.
        let (reference, _, letter) = with_draft_objection(&base, &c, &token, label).await;
        let day = naast_app::clock::today()
            .checked_sub(jiff::Span::new().days(2))
            .unwrap()
            .to_string();
        let res = api(
            reqwest::Method::POST,
            &format!("{base}/api/v1/cases/{reference}/close"),
            &token,
            Some(json!({"outcome": "objection_filed", "filed_letter": "sent", "filed_letter_sent_on": day})),
        )
        .await;
        assert_eq!(res.status().as_u16(), 204, "{label}");
        let case = api_get(&format!("{base}/api/v1/cases/{reference}"), &token).await;
        assert_eq!(case["outcome"], "objection_filed", "{label}");
        assert_eq!(
            case["procedures"][0]["kind"], "objection",
            "{label}: {case}"
        );
        assert_eq!(case["procedures"][0]["filed_on"], day.as_str(), "{label}");
        let saved = api_get(
            &format!("{base}/api/v1/cases/{reference}/letters/{letter}"),
            &token,
        )
        .await;
        assert_eq!(saved["sent_on"], day.as_str(), "{label}");
    }
}

#[tokio::test]
async fn the_api_drafts_changes_and_sends_a_letter_and_hands_out_the_way_back() {
    for store in Store::all().await {
        let label = store.label;
        let (server, c, token) = maasdal_with_coordinator(&store).await;
        let base = server.url.clone();
        let town = store.token_for("gemeente@x.example", "municipality", Some("maasdal"));
        let raw = store.raw().await;
        let (reference, page, letter) = with_draft_objection(&base, &c, &token, label).await;
        let cases = format!("{base}/api/v1/cases/{reference}");

        // The case page's one way-back block: e-mail, slip and the letter on the status page.
        let block = from(&page, "id=\"status-link\"");
        assert!(block.contains("Link e-mailen"), "{label}");
        assert!(block.contains("Briefje printen"), "{label}");
        assert!(block.contains("Brief op de statuspagina zetten"), "{label}");
        assert!(
            page.contains(&format!("href=\"/admin/cases/{reference}#status-link\"")),
            "{label}: the header points at it"
        );

        // A draft without a text or kind: refused, naming the fields.
        let res = api(
            reqwest::Method::POST,
            &format!("{cases}/letters/drafts"),
            &token,
            Some(json!({"kind": "", "body": " ", "correspondent": "X", "subject": "Y"})),
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
        let body: Value = res.json().await.unwrap();
        let fields: Vec<&str> = body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["field"].as_str())
            .collect();
        assert_eq!(fields, ["kind", "body"], "{label}");

        // Changed while a draft: the old text is kept as a version.
        let mut form = api_get(&format!("{cases}/letters/{letter}"), &token).await["form"].clone();
        form["body"] = json!("Ik maak bezwaar tegen het besluit.\n\nMijn gronden volgen.");
        let res = api(
            reqwest::Method::PUT,
            &format!("{cases}/letters/{letter}"),
            &token,
            Some(form.clone()),
        )
        .await;
        assert_eq!(res.status().as_u16(), 204, "{label}");
        let saved = api_get(&format!("{cases}/letters/{letter}"), &token).await;
        assert_eq!(saved["form"]["body"], form["body"], "{label}");
        assert_eq!(saved["versions"].as_array().unwrap().len(), 1, "{label}");
        // An empty text is refused on its field and changes nothing.
        form["body"] = json!("");
        let res = api(
            reqwest::Method::PUT,
            &format!("{cases}/letters/{letter}"),
            &token,
            Some(form.clone()),
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
        let saved = api_get(&format!("{cases}/letters/{letter}"), &token).await;
        assert_eq!(saved["versions"].as_array().unwrap().len(), 1, "{label}");

        // The municipality gets none of it.
        for (method, path) in [
            (reqwest::Method::GET, format!("{cases}/letters/{letter}")),
            (
                reqwest::Method::POST,
                format!("{cases}/letters/{letter}/sent"),
            ),
            (reqwest::Method::POST, format!("{cases}/status-link/slip")),
            (
                reqwest::Method::POST,
                format!("{cases}/letters/{letter}/status-page"),
            ),
        ] {
            let res = api(method, &path, &town, None).await;
            assert!(
                [403, 404].contains(&res.status().as_u16()),
                "{label}: {path} {}",
                res.status()
            );
        }

        // Before the citizen has a link, the letter cannot go on the status page.
        let res = api(
            reqwest::Method::POST,
            &format!("{cases}/letters/{letter}/status-page"),
            &token,
            None,
        )
        .await;
        assert_eq!(res.status().as_u16(), 409, "{label}");

        // The status link: a wrong address is refused on its field; then e-mailed.
        let mails = count(&raw, "SELECT COUNT(*) FROM outbox").await;
        let res = api(
            reqwest::Method::POST,
            &format!("{cases}/status-link/email"),
            &token,
            Some(json!({"email": "henk@"})),
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["errors"][0]["field"], "email", "{label}");
        assert_eq!(
            count(&raw, "SELECT COUNT(*) FROM outbox").await,
            mails,
            "{label}"
        );
        let res = api(
            reqwest::Method::POST,
            &format!("{cases}/status-link/email"),
            &token,
            Some(json!({"email": "henk@example.org"})),
        )
        .await;
        assert_eq!(res.status().as_u16(), 200, "{label}");
        let body: Value = res.json().await.unwrap();
        assert_eq!(body, json!({"replaced": false}), "{label}");
        assert_eq!(
            count(&raw, "SELECT COUNT(*) FROM outbox").await,
            mails + 1,
            "{label}"
        );

        // The slip as a PDF.
        let res = api(
            reqwest::Method::POST,
            &format!("{cases}/status-link/slip"),
            &token,
            None,
        )
        .await;
        assert_eq!(res.status().as_u16(), 200, "{label}");
        assert_eq!(
            res.headers()["content-type"].to_str().unwrap(),
            "application/pdf",
            "{label}"
        );
        assert!(res.bytes().await.unwrap().starts_with(b"%PDF"), "{label}");

        // Now the letter goes on the status page, and is marked sent.
        let res = api(
            reqwest::Method::POST,
            &format!("{cases}/letters/{letter}/status-page"),
            &token,
            None,
        )
        .await;
        assert_eq!(res.status().as_u16(), 204, "{label}");
        let res = api(
            reqwest::Method::POST,
            &format!("{cases}/letters/{letter}/sent"),
            &token,
            Some(json!({"sent_on": ""})),
        )
        .await;
        assert_eq!(res.status().as_u16(), 204, "{label}");
        let saved = api_get(&format!("{cases}/letters/{letter}"), &token).await;
        assert_eq!(
            saved["sent_on"],
            naast_app::clock::today().to_string().as_str(),
            "{label}"
        );
        // Sent: it can no longer be changed or sent again.
        form["body"] = json!("Nog iets anders.");
        let res = api(
            reqwest::Method::PUT,
            &format!("{cases}/letters/{letter}"),
            &token,
            Some(form),
        )
        .await;
        assert_eq!(res.status().as_u16(), 409, "{label}");
        let res = api(
            reqwest::Method::POST,
            &format!("{cases}/letters/{letter}/sent"),
            &token,
            None,
        )
        .await;
        assert_eq!(res.status().as_u16(), 409, "{label}");

        // Audited as the pages are.
        for action in [
            "case.letter",
            "case.letter_edit",
            "case.letter_sent",
            "case.letter_read",
            "case.status_link_mail",
            "case.status_link_slip",
        ] {
            let sql = format!("SELECT COUNT(*) FROM audit_log WHERE action = '{action}'");
            assert!(count(&raw, &sql).await >= 1, "{label}: {action}");
        }
        let described = api_get(&format!("{base}/api/openapi.json"), &token).await;
        for path in [
            "/api/v1/cases/{reference}/letters/drafts",
            "/api/v1/cases/{reference}/letters/{id}/sent",
            "/api/v1/cases/{reference}/status-link/slip",
        ] {
            assert!(described["paths"][path].is_object(), "{label}: {path}");
        }
    }
}
