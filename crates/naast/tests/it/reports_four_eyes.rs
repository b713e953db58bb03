//! Four eyes on a report and corrections done properly, through the API, the back office and
//! the municipality's portal: whoever wrote, last changed or submitted a report cannot publish
//! it, and the version read is the version published; a one-person practice may publish alone
//! and the colophon says so; a correction needs its note, which is checked for personal data
//! and heads the new version; lists show only the latest version, the old one says it was
//! replaced.

use crate::harness::*;
use serde_json::{Value, json};

/// An annual report always over: last year's.
fn last_year() -> String {
    (i32::from(naast_app::clock::today().year()) - 1).to_string()
}

struct Api {
    base: String,
    client: reqwest::Client,
}

impl Api {
    fn new(server: &Server) -> Api {
        Api {
            base: format!("{}/api/v1", server.url),
            client: reqwest::Client::new(),
        }
    }

    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        token: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut req = self
            .client
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(token)
            .header("accept-language", "nl");
        if let Some(b) = body {
            req = req.json(&b);
        }
        let res = req.send().await.unwrap();
        let status = res.status().as_u16();
        let text = res.text().await.unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    async fn get(&self, path: &str, token: &str) -> Value {
        let (s, v) = self.call(reqwest::Method::GET, path, token, None).await;
        assert_eq!(s, 200, "GET {path}: {v}");
        v
    }

    async fn post(&self, path: &str, token: &str, body: Value) -> (u16, Value) {
        self.call(reqwest::Method::POST, path, token, Some(body))
            .await
    }

    async fn text(&self, path: &str, token: &str) -> String {
        self.client
            .get(format!("{}{path}", self.base))
            .bearer_auth(token)
            .header("accept-language", "nl")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    /// Starts last year's report (or opens the draft) and saves a text `by` someone.
    async fn draft(&self, token: &str, themes: &str) -> i64 {
        let (s, v) = self
            .post(
                "/tenants/maasdal/reports",
                token,
                json!({"period": last_year()}),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        let id = v["id"].as_i64().unwrap();
        self.save(token, id, themes, "").await;
        id
    }

    async fn save(&self, token: &str, id: i64, themes: &str, correction: &str) -> (u16, Value) {
        let r = self.get(&format!("/reports/{id}"), token).await;
        let (s, v) = self
            .call(
                reqwest::Method::PUT,
                &format!("/reports/{id}/text"),
                token,
                Some(json!({"themes": themes, "correction": correction,
                    "updated_at": r["updated_at"]})),
            )
            .await;
        (s, v)
    }

    /// The personal-data check with every finding accepted.
    async fn check(&self, token: &str, id: i64) {
        let review = self.get(&format!("/reports/{id}/privacy"), token).await;
        let keys: Vec<Value> = review["fields"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| f["segments"].as_array().unwrap().clone())
            .filter_map(|s| s["finding"]["key"].as_str().map(|k| json!(k)))
            .collect();
        let (s, v) = self
            .post(
                &format!("/reports/{id}/privacy"),
                token,
                json!({"accept": keys, "missed": "", "updated_at": review["updated_at"]}),
            )
            .await;
        assert_eq!(s, 204, "{v}");
    }

    async fn publish(&self, token: &str, id: i64) -> (u16, Value) {
        let read = self.get(&format!("/reports/{id}"), token).await["updated_at"].clone();
        self.post(
            &format!("/reports/{id}/publish"),
            token,
            json!({"updated_at": read}),
        )
        .await
    }
}

fn message(v: &Value) -> String {
    v["errors"][0]["message"].as_str().unwrap_or("").to_string()
}

#[tokio::test]
async fn whoever_wrote_or_submitted_a_report_cannot_publish_it_and_a_changed_one_is_refused() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let writer = store.token_for("a@x.example", "coordinator", None);
        let submitter = store.token_for("b@x.example", "coordinator", None);
        let checker = store.token_for("c@x.example", "coordinator", None);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let api = Api::new(&server);

        let id = api
            .draft(&writer, "Inwoners wachtten lang op een besluit.")
            .await;
        api.check(&writer, id).await;
        let (s, v) = api
            .post(&format!("/reports/{id}/submit"), &submitter, json!({}))
            .await;
        assert_eq!(s, 204, "{v}");
        let before = api.get(&format!("/reports/{id}"), &checker).await;

        // The author cannot publish it; nor can whoever submitted it. Nothing changes.
        for (who, token) in [("writer", &writer), ("submitter", &submitter)] {
            let (s, v) = api.publish(token, id).await;
            assert_eq!(s, 422, "{}: the {who} publishes: {v}", store.label);
            assert!(message(&v).contains("tweede persoon"), "{v}");
            let after = api.get(&format!("/reports/{id}"), &checker).await;
            assert_eq!(after, before, "{who}: nothing changed");
        }
        // A publication without the version read is refused.
        let (s, v) = api
            .post(&format!("/reports/{id}/publish"), &checker, json!({}))
            .await;
        assert_eq!(s, 422, "{v}");
        assert_eq!(v["errors"][0]["field"], "updated_at", "{v}");

        // The report changed since the checker read it: refused, nothing published.
        let read = before["updated_at"].clone();
        let (s, _) = api.save(&writer, id, "Een nieuwe zin.", "").await;
        assert_eq!(s, 204);
        api.check(&writer, id).await;
        let (s, _) = api
            .post(&format!("/reports/{id}/submit"), &submitter, json!({}))
            .await;
        assert_eq!(s, 204);
        let changed = api.get(&format!("/reports/{id}"), &checker).await;
        let (s, v) = api
            .post(
                &format!("/reports/{id}/publish"),
                &checker,
                json!({"updated_at": read}),
            )
            .await;
        assert_eq!(s, 409, "{}: {v}", store.label);
        assert!(message(&v).contains("veranderd sinds u haar opende"), "{v}");
        assert_eq!(
            api.get(&format!("/reports/{id}"), &checker).await,
            changed,
            "nothing published"
        );

        // A second person publishes the version read; the colophon says so.
        let (s, v) = api.publish(&checker, id).await;
        assert_eq!(s, 204, "{}: {v}", store.label);
        let v = api.get(&format!("/reports/{id}"), &checker).await;
        assert_eq!(v["status"], "published");
        assert_eq!(v["second_check"], true);
        assert!(v["narrative"]["themes"] == "Een nieuwe zin.");
        let html = api
            .text(&format!("/reports/{id}/report.html"), &checker)
            .await;
        assert!(
            html.contains("Gecontroleerd door een tweede persoon."),
            "the colophon says which rule applied"
        );
        assert!(!html.contains("eenpersoonspraktijk"));
    }
}

#[tokio::test]
async fn a_one_person_practice_publishes_alone_and_the_colophon_says_so() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let alone = store.token_for("a@x.example", "coordinator", None);
        let server = Server::start(
            &store,
            &[
                ("NAAST_RATE_LIMITS", "off"),
                ("NAAST_ONE_PERSON_PRACTICE", "on"),
            ],
        );
        let api = Api::new(&server);
        let id = api.draft(&alone, "Brieven waren moeilijk te lezen.").await;
        api.check(&alone, id).await;
        let (s, v) = api
            .post(&format!("/reports/{id}/submit"), &alone, json!({}))
            .await;
        assert_eq!(s, 204, "{v}");
        let (s, v) = api.publish(&alone, id).await;
        assert_eq!(s, 204, "{}: {v}", store.label);
        let v = api.get(&format!("/reports/{id}"), &alone).await;
        assert_eq!(v["second_check"], false);
        let html = api
            .text(&format!("/reports/{id}/report.html"), &alone)
            .await;
        assert!(
            html.contains("Gepubliceerd zonder tweede controle (eenpersoonspraktijk)."),
            "the colophon says it was published alone"
        );
        let pdf = api.text(&format!("/reports/{id}/report.pdf"), &alone).await;
        assert!(pdf.starts_with("%PDF"));
    }
    // `naast config check` knows the setting and refuses a value it does not know.
    let store = Store::sqlite();
    let out = store
        .command(&["config", "check"])
        .env("NAAST_ONE_PERSON_PRACTICE", "ja")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("NAAST_ONE_PERSON_PRACTICE") && stdout.contains("use on or off"),
        "{stdout}"
    );
}

#[tokio::test]
async fn a_correction_needs_its_checked_note_and_replaces_the_old_version_everywhere() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let writer = store.token_for("a@x.example", "coordinator", None);
        let checker = store.token_for("c@x.example", "coordinator", None);
        let municipality = store.token_for("gem@x.example", "municipality", Some("maasdal"));
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let api = Api::new(&server);
        let v1 = api.draft(&writer, "Lange wachttijden.").await;
        api.check(&writer, v1).await;
        api.post(&format!("/reports/{v1}/submit"), &writer, json!({}))
            .await;
        let (s, v) = api.publish(&checker, v1).await;
        assert_eq!(s, 204, "{v}");

        // Without its note: refused, naming the field; nothing is made.
        let list_before = api.get("/tenants/maasdal/reports", &writer).await;
        for body in [json!({}), json!({"correction": "  "})] {
            let (s, v) = api
                .post(&format!("/reports/{v1}/correct"), &writer, body)
                .await;
            assert_eq!(s, 422, "{}: {v}", store.label);
            assert_eq!(v["errors"][0]["field"], "correction");
            assert!(message(&v).contains("Schrijf wat deze versie verbetert"));
        }
        assert_eq!(
            api.get("/tenants/maasdal/reports", &writer).await,
            list_before
        );

        // The back office: an empty or too long note is refused and what was typed stays.
        let c = sign_in(&store, &server, "w@x.example").await;
        let (status, page) = get(&c, &format!("{base}/admin/reports/{v1}")).await;
        assert_eq!(status, 200);
        assert!(page.contains("Wat de nieuwe versie verbetert"));
        let long = "Te lang. ".repeat(300);
        let res = post(
            &c,
            &format!("{base}/admin/reports/{v1}/correct"),
            &page,
            &[("correction", long.as_str())],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422);
        let body = res.text().await.unwrap();
        assert!(
            body.contains("href=\"#correction\""),
            "the error points at the field"
        );
        assert!(body.contains(long.trim_end()), "what was typed stays");
        let res = post(
            &c,
            &format!("{base}/admin/reports/{v1}/correct"),
            &page,
            &[("correction", "")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422);
        assert!(
            res.text()
                .await
                .unwrap()
                .contains("Schrijf wat deze versie verbetert")
        );
        assert_eq!(
            api.get("/tenants/maasdal/reports", &writer).await,
            list_before
        );

        // A note naming someone: made, but flagged by the personal-data check, and not
        // submitted before that check.
        let (s, v) = api
            .post(
                &format!("/reports/{v1}/correct"),
                &writer,
                json!({"correction": "Na een opmerking van mevrouw Jansen is de tabel naar domein verbeterd."}),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        let v2 = v["id"].as_i64().unwrap();
        let review = api.get(&format!("/reports/{v2}/privacy"), &writer).await;
        let note = review["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["field"] == "correction")
            .expect("the note is checked with the narrative");
        assert!(
            note["segments"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["finding"]["label"] == "PERSON" && s["text"] == "Jansen"),
            "{note}"
        );
        let (status, check) = get(&c, &format!("{base}/admin/reports/{v2}/privacy")).await;
        assert_eq!(status, 200);
        assert!(check.contains("Wat deze versie verbetert") && check.contains("Jansen"));
        let (s, v) = api
            .post(&format!("/reports/{v2}/submit"), &writer, json!({}))
            .await;
        assert_eq!(s, 422, "{v}");
        assert!(message(&v).contains("persoonsgegevens"), "{v}");
        // Emptying the note of a correction is refused too, and keeps what was typed.
        let (s, v) = api.save(&writer, v2, "Lange wachttijden.", "").await;
        assert_eq!(s, 422, "{v}");
        assert_eq!(v["errors"][0]["field"], "correction");
        api.check(&writer, v2).await;
        let r = api.get(&format!("/reports/{v2}"), &writer).await;
        // The accepted finding became general words, not a stand-in ([PERSOON-1], which may
        // not leave the office): one check and the correction can be submitted.
        assert_eq!(
            r["correction"], "Na een opmerking van een inwoner is de tabel naar domein verbeterd.",
            "{}",
            r["correction"]
        );
        let (s, v) = api
            .post(&format!("/reports/{v2}/submit"), &writer, json!({}))
            .await;
        assert!(s < 300, "{v}");
        let (s, v) = api.publish(&checker, v2).await;
        assert_eq!(s, 204, "{}: {v}", store.label);

        // The portal and every list: the latest version only, saying what it replaces.
        for token in [&writer, &municipality] {
            let list = api.get("/tenants/maasdal/reports", token).await;
            let ids: Vec<i64> = list
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["id"].as_i64().unwrap())
                .collect();
            assert_eq!(ids, [v2], "{list}");
            assert_eq!(list[0]["replaces"]["version"], 1);
            assert_eq!(list[0]["replaces"]["id"], v1);
        }
        let old = api.get(&format!("/reports/{v1}"), &municipality).await;
        assert_eq!(
            old["replaced_by"]["id"], v2,
            "the old version is still readable"
        );
        let html = api
            .text(&format!("/reports/{v2}/report.html"), &municipality)
            .await;
        assert!(
            html.contains("vervangt versie 1 van") && html.contains("tabel naar domein verbeterd"),
            "the note heads the corrected report"
        );
        let gem = sign_in_as(&store, &server, "gem2@x.example", "municipality").await;
        let (_, portal) = get(&gem, &format!("{base}/portal")).await;
        assert!(portal.contains(&format!("/portal/reports/{v2}")));
        assert!(!portal.contains(&format!("/portal/reports/{v1}\"")));
        assert!(portal.contains("vervangt versie 1 van"), "{portal}");
        let (status, page) = get(&gem, &format!("{base}/portal/reports/{v1}")).await;
        assert_eq!(status, 200);
        assert!(page.contains("Vervangen") && page.contains(&format!("/portal/reports/{v2}")));
        let (_, page) = get(&gem, &format!("{base}/portal/reports/{v2}")).await;
        assert!(
            page.contains(&format!("/portal/reports/{v1}")) && page.contains("vervangt versie 1")
        );
        let (_, list) = get(&c, &format!("{base}/admin/reports?tenant=maasdal")).await;
        assert!(list.contains(&format!("/admin/reports/{v2}")));
        assert!(!list.contains(&format!("/admin/reports/{v1}\"")));
    }
}

/// A coordinator made through the CLI who finished the set-up link and TOTP.
async fn sign_in(store: &Store, server: &Server, email: &str) -> reqwest::Client {
    sign_in_as(store, server, email, "coordinator").await
}

/// A user made through the CLI who finished the set-up link and TOTP: a signed-in browser.
async fn sign_in_as(store: &Store, server: &Server, email: &str, role: &str) -> reqwest::Client {
    let mut args = vec!["user", "add", "--email", email, "--role", role];
    if role != "coordinator" {
        args.extend(["--tenant", "maasdal"]);
    }
    let (code, link, err) = store.run(&args);
    assert_eq!(code, 0, "{err}");
    let link = link.trim().to_string();
    let link = format!("{}{}", server.url, &link[link.find("/setup/").unwrap()..]);
    let c = browser();
    let (_, setup) = get(&c, &link).await;
    post(
        &c,
        &link,
        &setup,
        &[("password", PASSWORD), ("password2", PASSWORD)],
    )
    .await;
    enrol(&c, &server.url).await;
    c
}
