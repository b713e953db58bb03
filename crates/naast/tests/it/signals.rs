//! A signal's whole life through the API: bad input named per field, the personal-data check,
//! the consent rule below k (refused without consent, stopped after a revocation), review by a
//! second person, the municipality's portal (read, answer, follow-up; never a kwestie), close;
//! a provider's token link; and the reminder once the agreed weeks have passed.

use crate::harness::*;
use serde_json::{Value, json};
use std::time::Duration;

struct Ctx {
    api: reqwest::Client,
    base: String,
}

impl Ctx {
    async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        token: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut req = self
            .api
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(token);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let res = req.send().await.unwrap();
        let status = res.status().as_u16();
        let text = res.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    async fn post(&self, path: &str, token: &str, body: Value) -> (u16, Value) {
        self.send(reqwest::Method::POST, path, token, Some(body))
            .await
    }

    async fn get(&self, path: &str, token: &str) -> (u16, Value) {
        self.send(reqwest::Method::GET, path, token, None).await
    }

    async fn case(&self, token: &str, name: &str) -> String {
        let (s, v) = self
            .post(
                "/api/v1/cases",
                token,
                json!({"tenant": "maasdal", "channel": "phone", "area": "jeugd", "story": "Wacht al maanden op een besluit over jeugdhulp", "name": name}),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        v["reference"].as_str().unwrap().to_string()
    }

    async fn consent(&self, token: &str, reference: &str, recipient: &str) -> i64 {
        let (s, v) = self
            .post(
                &format!("/api/v1/cases/{reference}/consents"),
                token,
                json!({"recipient": recipient, "scope": "signal", "given_on": "2026-01-05", "how": "written"}),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        v["id"].as_i64().unwrap()
    }

    /// Accepts every finding of the check.
    async fn check(&self, token: &str, id: i64) {
        let (s, review) = self
            .get(&format!("/api/v1/signals/{id}/privacy"), token)
            .await;
        assert_eq!(s, 200, "{review}");
        let keys: Vec<Value> = review["fields"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| f["segments"].as_array().unwrap().clone())
            .filter_map(|seg| seg["finding"]["key"].as_str().map(|k| json!(k)))
            .collect();
        let (s, v) = self
            .post(
                &format!("/api/v1/signals/{id}/privacy"),
                token,
                json!({"accept": keys, "missed": "", "updated_at": review["updated_at"]}),
            )
            .await;
        assert_eq!(s, 204, "{v}");
    }
}

fn fields(v: &Value) -> Vec<String> {
    v["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|e| e["field"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn message(v: &Value) -> String {
    v["errors"][0]["message"].as_str().unwrap_or("").to_string()
}

#[tokio::test]
async fn a_signal_lives_from_draft_to_closed_under_the_consent_rule_and_the_reminder_fires() {
    for store in Store::all().await {
        let server = Server::start(
            &store,
            &[("NAAST_RATE_LIMITS", "off"), ("NAAST_NOTIFY_SECONDS", "1")],
        );
        let coordinator = store.token_for("cor@x.example", "coordinator", None);
        let c = Ctx {
            api: reqwest::Client::new(),
            base: server.url.clone(),
        };
        let (s, v) = c
            .post(
                "/api/v1/tenants",
                &coordinator,
                json!({"slug": "maasdal", "name": "Maasdal", "areas": ["wmo", "jeugd"], "providers": ["Maasdal Thuiszorg"], "signal_weeks": 2}),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        let (s, _) = c
            .post(
                "/api/v1/tenants",
                &coordinator,
                json!({"slug": "lindeveld", "name": "Lindeveld", "areas": ["wmo"]}),
            )
            .await;
        assert_eq!(s, 201);
        let vera = store.token_for("vera@x.example", "confidant", Some("maasdal"));
        let tom = store.token_for("tom@x.example", "confidant", Some("maasdal"));
        let gem = store.token_for("gem@x.example", "municipality", Some("maasdal"));
        let other = store.token_for("gem@lindeveld.example", "municipality", Some("lindeveld"));
        let a = c.case(&vera, "Jan Jansen").await;
        let b = c.case(&vera, "Fatima el Amrani").await;

        // Bad input: every field named, nothing stored.
        let (s, v) = c
            .post(
                "/api/v1/tenants/maasdal/signals",
                &vera,
                json!({"area": "ruimtevaart", "theme": "weer", "addressee": "buurman", "organisations": ["nobody"]}),
            )
            .await;
        assert_eq!(s, 422, "{v}");
        let f = fields(&v);
        for want in [
            "title",
            "description",
            "area",
            "theme",
            "addressee",
            "organisations",
            "cases",
        ] {
            assert!(f.iter().any(|x| x == want), "{want} in {v}");
        }
        let (s, v) = c
            .post(
                "/api/v1/tenants/maasdal/signals",
                &vera,
                json!({"title": "t", "description": "d", "area": "jeugd", "theme": "waiting_time", "addressee": "municipality", "cases": "NST-0000-0000"}),
            )
            .await;
        assert_eq!((s, fields(&v)), (422, vec!["cases".to_string()]), "{v}");
        let (_, list) = c.get("/api/v1/tenants/maasdal/signals", &vera).await;
        assert_eq!(list.as_array().map(Vec::len), Some(0));

        // Five kwesties of one citizen are no pattern: the consent rule counts people. The
        // confidant links the later ones to the first explicitly (the same address alone
        // never links).
        let mut same: Vec<String> = Vec::new();
        for _ in 0..5 {
            let (s, v) = c
                .post(
                    "/api/v1/cases",
                    &vera,
                    json!({"tenant": "maasdal", "channel": "phone", "area": "wmo", "story": "Weer geen hulp", "name": "Piet Keer", "email": "piet.keer@voorbeeld.nl", "citizen_of": same.first().cloned().unwrap_or_default()}),
                )
                .await;
            assert_eq!(s, 201, "{v}");
            same.push(v["reference"].as_str().unwrap().to_string());
        }
        let (s, v) = c
            .post(
                "/api/v1/tenants/maasdal/signals",
                &vera,
                json!({"title": "Hulp komt niet", "description": "De hulp komt steeds niet.", "area": "wmo", "theme": "agreements", "addressee": "municipality", "cases": same.join(" ")}),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        let lone = v["id"].as_i64().unwrap();
        let (_, sig) = c.get(&format!("/api/v1/signals/{lone}"), &vera).await;
        assert_eq!(
            (
                sig["cases"].as_array().map(Vec::len),
                sig["people"].as_i64()
            ),
            (Some(5), Some(1))
        );
        assert_eq!(
            sig["consent_missing"].as_array().map(Vec::len),
            Some(5),
            "{sig}"
        );
        c.check(&vera, lone).await;
        let (s, v) = c
            .post(&format!("/api/v1/signals/{lone}/submit"), &vera, json!({}))
            .await;
        assert_eq!(s, 422, "{v}");
        assert!(message(&v).contains(&same[0]), "{v}");

        // A draft resting on two kwesties (below k = 5), with a name and a phone number in it.
        let (s, v) = c
            .post(
                "/api/v1/tenants/maasdal/signals",
                &vera,
                json!({
                    "title": "Lange wachttijd jeugdhulp",
                    "description": "Mevrouw Jansen belde op 06-12345678: zij wacht al vier maanden op een besluit over jeugdhulp.",
                    "proposal": "Noem de verwachte wachttijd in de ontvangstbevestiging. Bespreek het met mevrouw Jansen en met de heer Bakker, teamleider Wmo.",
                    "area": "jeugd", "theme": "waiting_time", "urgency": "high",
                    "organisations": ["municipality:wijkteam"], "addressee": "municipality",
                    "cases": format!("{a}\n{b}")
                }),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        let id = v["id"].as_i64().unwrap();
        let one = format!("/api/v1/signals/{id}");

        // Not before the check; then the check replaces the name and the number.
        let (s, v) = c.post(&format!("{one}/submit"), &vera, json!({})).await;
        assert_eq!(s, 422, "{v}");
        assert!(message(&v).contains("persoonsgegevens"), "{v}");
        c.check(&vera, id).await;
        let (_, sig) = c.get(&one, &vera).await;
        let desc = sig["texts"]["description"].as_str().unwrap();
        assert!(
            !desc.contains("Jansen") && !desc.contains("12345678"),
            "{desc}"
        );
        assert!(desc.contains("[TELEFOON-1]"), "{desc}");
        // One numbering for the whole signal: the same person is the same number in every
        // field, another person another number; the job title that identifies is hidden too.
        assert!(desc.starts_with("Mevrouw [PERSOON-1] belde"), "{desc}");
        let proposal = sig["texts"]["proposal"].as_str().unwrap();
        assert!(
            proposal.ends_with("met mevrouw [PERSOON-1] en met de heer [PERSOON-2], [FUNCTIE-1]."),
            "{proposal}"
        );
        assert_eq!(sig["checked"], true);

        // Below k without consent: refused, naming both kwesties; with one consent, the other.
        let (s, v) = c.post(&format!("{one}/submit"), &vera, json!({})).await;
        assert_eq!(s, 422, "{v}");
        assert!(message(&v).contains(&a) && message(&v).contains(&b), "{v}");
        c.consent(&vera, &a, "municipality").await;
        let (s, v) = c.post(&format!("{one}/submit"), &vera, json!({})).await;
        assert_eq!(s, 422);
        assert!(!message(&v).contains(&a) && message(&v).contains(&b), "{v}");
        let consent_b = c.consent(&vera, &b, "municipality").await;
        let (s, v) = c.post(&format!("{one}/submit"), &vera, json!({})).await;
        assert_eq!(s, 204, "{v}");

        // The writer cannot send it; a revocation before sending stops it.
        let (s, v) = c.post(&format!("{one}/send"), &vera, json!({})).await;
        assert_eq!(s, 422);
        assert!(message(&v).contains("tweede"), "{v}");
        let (s, _) = c
            .post(
                &format!("/api/v1/cases/{b}/consents/{consent_b}/revoke"),
                &vera,
                json!({}),
            )
            .await;
        assert_eq!(s, 204);
        let (s, v) = c.post(&format!("{one}/send"), &tom, json!({})).await;
        assert_eq!(s, 422, "{v}");
        assert!(message(&v).contains(&b), "{v}");
        let (_, portal) = c.get("/api/v1/portal/signals", &gem).await;
        assert_eq!(portal.as_array().map(Vec::len), Some(0), "nothing sent yet");
        c.consent(&vera, &b, "municipality").await;

        // A reviewer who changes the signal becomes an author: someone else sends it. Sending
        // names the version read, and nothing else goes.
        let (_, sig) = c.get(&one, &tom).await;
        let mut edit = json!({
            "title": "Lange wachttijd jeugdhulp", "description": sig["texts"]["description"],
            "proposal": sig["texts"]["proposal"],
            "area": "jeugd", "theme": "waiting_time", "urgency": "high",
            "organisations": ["municipality:wijkteam"], "addressee": "municipality",
            "cases": format!("{a} {b}"), "updated_at": sig["updated_at"]
        });
        let (s, v) = c
            .send(reqwest::Method::PUT, &one, &tom, Some(edit.clone()))
            .await;
        assert_eq!(s, 204, "{v}");
        let (s, _) = c
            .send(reqwest::Method::PUT, &one, &tom, Some(edit.clone()))
            .await;
        assert_eq!(s, 409, "a stale version is refused");
        let (_, sig) = c.get(&one, &vera).await;
        assert_eq!(sig["status"], "draft");
        assert_eq!(sig["checked"], true, "the same texts stay checked");
        let (s, _) = c.post(&format!("{one}/submit"), &vera, json!({})).await;
        assert_eq!(s, 204);
        let (s, v) = c.post(&format!("{one}/send"), &tom, json!({})).await;
        assert_eq!(s, 422, "the editor may not send: {v}");
        let (_, sig) = c.get(&one, &vera).await;
        let (s, _) = c
            .post(
                &format!("{one}/send"),
                &coordinator,
                json!({"updated_at": sig["updated_at"].as_i64().unwrap() - 1}),
            )
            .await;
        assert_eq!(s, 422, "not the version read");
        edit["updated_at"] = sig["updated_at"].clone();
        let (s, v) = c
            .post(
                &format!("{one}/send"),
                &coordinator,
                json!({"updated_at": sig["updated_at"]}),
            )
            .await;
        assert_eq!(s, 204, "{v}");
        let (s, _) = c
            .post(&format!("{one}/send"), &coordinator, json!({}))
            .await;
        assert_eq!(s, 422, "sent once");
        let (_, sig) = c.get(&one, &vera).await;
        assert!(
            sig["due_on"].as_str().is_some_and(|d| d.len() == 10),
            "{sig}"
        );

        // The municipality: its signal, acknowledged on reading, without any kwestie.
        let (s, portal) = c.get("/api/v1/portal/signals", &gem).await;
        assert_eq!(s, 200);
        assert_eq!(portal.as_array().map(Vec::len), Some(1), "{portal}");
        let text = portal.to_string();
        for leak in [
            a.as_str(),
            b.as_str(),
            "Jansen",
            "\"cases\"",
            "reference",
            "consent",
        ] {
            assert!(!text.contains(leak), "{leak} in {text}");
        }
        let (s, mine) = c.get(&format!("/api/v1/portal/signals/{id}"), &gem).await;
        assert_eq!(s, 200);
        assert_eq!(mine["status"], "sent", "reading is not acknowledging");
        let (s, _) = c
            .post(
                &format!("/api/v1/portal/signals/{id}/acknowledge"),
                &gem,
                json!({}),
            )
            .await;
        assert_eq!(s, 204);
        let (_, mine) = c.get(&format!("/api/v1/portal/signals/{id}"), &gem).await;
        assert_eq!(mine["status"], "acknowledged");
        assert_eq!(mine["kwesties"], Value::Null, "below k: no count");
        // Other tenants and the office's routes: nothing.
        assert_eq!(
            c.get(&format!("/api/v1/portal/signals/{id}"), &other)
                .await
                .0,
            404
        );
        assert_eq!(
            c.get("/api/v1/portal/signals", &other)
                .await
                .1
                .as_array()
                .map(Vec::len),
            Some(0)
        );
        let s = c.get(&one, &gem).await.0;
        assert!(s == 403 || s == 404, "{s}");
        let s = c.get("/api/v1/tenants/maasdal/signals", &gem).await.0;
        assert!(s == 403 || s == 404, "{s}");
        let s = c
            .get(&format!("/api/v1/portal/signals/{id}"), &vera)
            .await
            .0;
        assert!(s == 403 || s == 404, "{s}");

        // Answer (an empty one is refused), follow-up, and the office sees both.
        let (s, v) = c
            .post(
                &format!("/api/v1/portal/signals/{id}/answer"),
                &gem,
                json!({"answer": "  "}),
            )
            .await;
        assert_eq!((s, fields(&v)), (422, vec!["answer".to_string()]));
        let (s, _) = c
            .post(
                &format!("/api/v1/portal/signals/{id}/follow-up"),
                &gem,
                json!({"follow_up": "te vroeg"}),
            )
            .await;
        assert_eq!(s, 422, "no follow-up before the answer");
        let (s, _) = c
            .post(
                &format!("/api/v1/portal/signals/{id}/answer"),
                &gem,
                json!({"answer": "We noemen de wachttijd voortaan in de ontvangstbevestiging."}),
            )
            .await;
        assert_eq!(s, 204);
        let (s, v) = c
            .post(
                &format!("/api/v1/portal/signals/{id}/follow-up"),
                &gem,
                json!({"follow_up": "Evaluatie in het kwartaaloverleg", "follow_up_on": "31-02-2027"}),
            )
            .await;
        assert_eq!((s, fields(&v)), (422, vec!["follow_up_on".to_string()]));
        let (s, _) = c
            .post(
                &format!("/api/v1/portal/signals/{id}/follow-up"),
                &gem,
                json!({"follow_up": "Evaluatie in het kwartaaloverleg", "follow_up_on": "2027-03-01"}),
            )
            .await;
        assert_eq!(s, 204);
        // The office's own follow-up text goes out too: a name in it is found and refused,
        // unless the confidant confirms it is none.
        let (s, v) = c
            .post(
                &format!("{one}/follow-up"),
                &vera,
                json!({"follow_up": "Mevrouw Jansen schuift aan bij het overleg."}),
            )
            .await;
        assert_eq!((s, fields(&v)), (422, vec!["follow_up".to_string()]), "{v}");
        assert!(message(&v).contains("Jansen"), "{v}");
        let (s, _) = c
            .post(&format!("{one}/follow-up"), &vera, json!({"follow_up": "Evaluatie in het kwartaaloverleg met het wijkteam", "follow_up_on": "2027-03-01", "not_personal": true}))
            .await;
        assert_eq!(s, 204);
        let (_, sig) = c.get(&one, &vera).await;
        assert_eq!(sig["status"], "follow_up");
        assert_eq!(
            sig["reply"]["answer"],
            "We noemen de wachttijd voortaan in de ontvangstbevestiging."
        );
        assert_eq!(sig["follow_up_on"], "2027-03-01");
        let (s, _) = c.post(&format!("{one}/close"), &vera, json!({})).await;
        assert_eq!(s, 204);
        let (s, _) = c
            .post(
                &format!("/api/v1/portal/signals/{id}/answer"),
                &gem,
                json!({"answer": "nog iets"}),
            )
            .await;
        assert_eq!(s, 422, "closed");

        // A provider: e-mailed a link, reads and answers without an account; the reminder.
        let c3 = c.case(&vera, "Piet de Vries").await;
        c.consent(&vera, &c3, "maasdal_thuiszorg").await;
        let (s, v) = c
            .post(
                "/api/v1/tenants/maasdal/signals",
                &vera,
                json!({"title": "Hulp thuis valt vaak uit", "description": "De hulp komt regelmatig niet opdagen.", "area": "wmo", "theme": "agreements", "addressee": "maasdal_thuiszorg", "addressee_email": "klachten@thuiszorg.example", "cases": c3}),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        let pid = v["id"].as_i64().unwrap();
        c.check(&vera, pid).await;
        assert_eq!(
            c.post(&format!("/api/v1/signals/{pid}/submit"), &vera, json!({}))
                .await
                .0,
            204
        );
        assert_eq!(
            c.post(&format!("/api/v1/signals/{pid}/send"), &tom, json!({}))
                .await
                .0,
            204
        );
        // A confidant of another municipality sees none of it.
        let outsider = store.token_for("ann@x.example", "confidant", Some("lindeveld"));
        assert_eq!(
            c.get(&format!("/api/v1/signals/{pid}"), &outsider).await.0,
            404
        );
        assert_eq!(
            c.get("/api/v1/tenants/maasdal/signals", &outsider).await.0,
            404
        );
        let (_, outbox) = c.get("/api/v1/outbox", &coordinator).await;
        let mail = outbox
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["to"] == "klachten@thuiszorg.example")
            .cloned()
            .unwrap_or(Value::Null);
        let body = mail["body"].as_str().unwrap_or("").to_string();
        let link = body
            .split_whitespace()
            .find(|w| w.contains("/signaal/"))
            .unwrap_or_else(|| panic!("a link in {mail}"))
            .to_string();
        let path = link
            .split_once("/signaal/")
            .map(|(_, t)| format!("/signaal/{t}"))
            .unwrap();
        let anon = browser();
        let (s, page) = get(&anon, &format!("{}{path}", server.url)).await;
        assert_eq!(s, 200);
        assert!(page.contains("Hulp thuis valt vaak uit"));
        assert!(!page.contains(&c3), "no kwestie behind the link");
        assert!(page.contains("Ontvangst bevestigen"));
        let (s, _) = get(&anon, &format!("{}/signaal/{}", server.url, "x".repeat(43))).await;
        assert_eq!(s, 404);

        // Overdue: sent "long ago" (the tenant agreed on two weeks) → a reminder to the provider
        // (with its link) and to the confidant who wrote it, once.
        let raw = store.raw().await;
        // The provider's read through its link is in the log, as the provider's.
        let reads: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'signal.read' AND actor = 'provider' AND object_id = $1",
        )
        .bind(pid.to_string())
        .fetch_one(&raw)
        .await
        .unwrap();
        assert_eq!(reads, 1, "{}", store.label);
        sqlx::query(
            "UPDATE signals SET sent_on = '2026-01-05', due_on = '2026-01-19' WHERE id = $1",
        )
        .bind(pid)
        .execute(&raw)
        .await
        .unwrap();
        let mut reminded = Vec::new();
        for _ in 0..60 {
            let (_, outbox) = c.get("/api/v1/outbox", &coordinator).await;
            reminded = outbox
                .as_array()
                .unwrap()
                .iter()
                .filter(|m| {
                    m["subject"]
                        .as_str()
                        .is_some_and(|s| s.starts_with("Herinnering"))
                })
                .cloned()
                .collect();
            if reminded.len() >= 2 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        let to: Vec<&str> = reminded.iter().filter_map(|m| m["to"].as_str()).collect();
        assert!(to.contains(&"klachten@thuiszorg.example"), "{reminded:?}");
        assert!(to.contains(&"vera@x.example"), "{reminded:?}");
        assert!(
            reminded
                .iter()
                .any(|m| m["body"].as_str().is_some_and(|b| b.contains(&link)))
        );
        let (_, sig) = c.get(&format!("/api/v1/signals/{pid}"), &vera).await;
        assert_eq!(sig["overdue"], true);
        assert!(sig["reminded_at"].as_i64().is_some());
        tokio::time::sleep(Duration::from_millis(2500)).await;
        let (_, outbox) = c.get("/api/v1/outbox", &coordinator).await;
        let again = outbox
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| {
                m["subject"]
                    .as_str()
                    .is_some_and(|s| s.starts_with("Herinnering"))
            })
            .count();
        assert_eq!(again, reminded.len(), "one reminder, not one a second");

        // The provider answers through its link (an empty answer keeps the page and says why).
        let res = anon
            .post(format!("{}{path}/answer", server.url))
            .form(&[("answer", "")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 422);
        let res = anon
            .post(format!("{}{path}/answer", server.url))
            .form(&[("answer", "We plannen vaste vervangers in.")])
            .send()
            .await
            .unwrap();
        assert!(res.status().is_redirection() || res.status().is_success());
        let (_, sig) = c.get(&format!("/api/v1/signals/{pid}"), &vera).await;
        assert_eq!(sig["status"], "answered");
        assert_eq!(sig["reply"]["answer"], "We plannen vaste vervangers in.");
        assert_eq!(sig["answered_by"], "Maasdal Thuiszorg");
        assert_eq!(sig["overdue"], false);

        // The link again, to a corrected address: a bad one is refused; the old link stops.
        let (s, v) = c
            .post(
                &format!("/api/v1/signals/{pid}/relink"),
                &vera,
                json!({"addressee_email": "geen adres"}),
            )
            .await;
        assert_eq!((s, fields(&v)), (422, vec!["addressee_email".to_string()]));
        let (s, _) = c
            .post(
                &format!("/api/v1/signals/{pid}/relink"),
                &vera,
                json!({"addressee_email": "kwaliteit@thuiszorg.example"}),
            )
            .await;
        assert_eq!(s, 204);
        assert_eq!(
            get(&anon, &format!("{}{path}", server.url)).await.0,
            404,
            "the old link stops"
        );
        let (_, outbox) = c.get("/api/v1/outbox", &coordinator).await;
        let body = outbox
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["to"] == "kwaliteit@thuiszorg.example")
            .and_then(|m| m["body"].as_str())
            .unwrap_or("")
            .to_string();
        let new_path = body
            .split_whitespace()
            .find_map(|w| {
                w.split_once("/signaal/")
                    .map(|(_, t)| format!("/signaal/{t}"))
            })
            .unwrap_or_default();
        assert!(!new_path.is_empty() && new_path != path, "{body}");
        let (s, page) = get(&anon, &format!("{}{new_path}", server.url)).await;
        assert_eq!(s, 200);
        assert!(page.contains("We plannen vaste vervangers in."));
        server.stop();
    }
}
