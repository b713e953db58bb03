//! Complaint and objection support: procedures on a case make tasks with the statutory dates,
//! outcomes are recorded back, letters are drafted from the tenant's templates and typeset.

use crate::harness::*;
use serde_json::{Value, json};

#[tokio::test]
async fn procedures_make_the_right_tasks_and_letters_come_from_the_tenants_template() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let coordinator = store.token_for("cor@x.example", "coordinator", None);
        let confidant = store.token_for("vera@x.example", "confidant", Some("maasdal"));
        let municipality = store.token_for("gem@x.example", "municipality", Some("maasdal"));
        let server = Server::start(&store, &[]);
        let api = reqwest::Client::new();
        let base = server.url.clone();
        let res = api.post(format!("{base}/api/v1/cases")).bearer_auth(&confidant).json(&json!({"tenant": "maasdal", "channel": "phone", "story": "Mijn huishoudelijke hulp is gestopt", "name": "Jan Jansen", "phone": "06 12345678", "address": "Dorpsstraat 1\n1234 AB Maasdal"})).send().await.unwrap();
        assert_eq!(res.status().as_u16(), 201, "{}", store.label);
        let reference = res.json::<Value>().await.unwrap()["reference"]
            .as_str()
            .unwrap()
            .to_string();
        let url = |p: &str| format!("{base}/api/v1/cases/{reference}{p}");
        let case_url = url("");
        let case = || api_get(&case_url, &confidant);

        // A Wmo decision sent Monday 2 March 2026.
        let version = case().await["version"].as_i64().unwrap();
        let res = api.put(url("/clarify")).bearer_auth(&confidant).json(&json!({"area": "wmo", "organisation": "municipality", "problem": "De hulp is zonder gesprek gestopt.", "goal": "Dat de hulp terugkomt.", "decision_kind": "wmo_decision", "decision_date": "2026-03-02", "decision_sent_on": "2026-03-02", "version": version})).send().await.unwrap();
        assert_eq!(res.status().as_u16(), 204);

        // Bad input: an unknown kind and a date ahead are refused, each named; nothing is stored.
        let res = api
            .post(url("/procedures"))
            .bearer_auth(&confidant)
            .json(&json!({"kind": "duel", "filed_on": "2099-01-01"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 422);
        let body = res.json::<Value>().await.unwrap();
        let fields: Vec<&str> = body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["field"].as_str())
            .collect();
        assert_eq!(fields, ["kind", "filed_on"], "{body}");
        assert_eq!(case().await["procedures"].as_array().unwrap().len(), 0);

        // The objection: decided 6 weeks after the objection term (13 April) ends → 25 May is
        // Tweede Pinksterdag → Tuesday 26 May 2026; filed in time.
        let post = |body: Value| {
            api.post(url("/procedures"))
                .bearer_auth(&confidant)
                .json(&body)
                .send()
        };
        let res = post(
            json!({"kind": "objection", "filed_on": "2026-03-20", "organisation": "municipality"}),
        )
        .await
        .unwrap();
        assert_eq!(res.status().as_u16(), 201);
        // A complaint received Wednesday 18 November 2026 → Wednesday 30 December 2026.
        let complaint = post(
            json!({"kind": "complaint", "filed_on": "2026-11-18", "organisation": "municipality"}),
        )
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap()["id"]
            .as_i64()
            .unwrap();
        // A Wmo application received Monday 2 November → two weeks, Monday 16 November.
        post(json!({"kind": "application", "filed_on": "2026-11-02"}))
            .await
            .unwrap();
        let c = case().await;
        let procs = c["procedures"].as_array().unwrap();
        let due = |kind: &str| {
            procs
                .iter()
                .find(|p| p["kind"] == kind)
                .map(|p| p["due_on"].as_str().unwrap().to_string())
                .unwrap()
        };
        assert_eq!(due("objection"), "2026-05-26");
        assert_eq!(due("complaint"), "2026-12-30");
        assert_eq!(due("application"), "2026-11-16");
        assert_eq!(
            procs.iter().find(|p| p["kind"] == "objection").unwrap()["timely"],
            true
        );
        let task_dues: Vec<&str> = c["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|t| t["due_on"].as_str())
            .collect();
        for d in ["2026-05-26", "2026-12-30", "2026-11-16"] {
            assert!(task_dues.contains(&d), "task due {d}: {task_dues:?}");
        }
        // The register is shown with the case: the municipality first.
        let res = api
            .put(format!(
                "{base}/api/v1/tenants/maasdal/register/municipality"
            ))
            .bearer_auth(&coordinator)
            .json(&json!({"objection_addressee": "College van B&W", "objection_address": "Postbus 1\n1000 AA Maasdal", "terms": "6 weken"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 204);
        let c = case().await;
        assert_eq!(c["register"][0]["organisation"], "municipality");
        assert_eq!(
            c["register"][0]["entry"]["objection_addressee"],
            "College van B&W"
        );
        // A web address that is none is refused, named; nothing changes.
        let res = api
            .put(format!(
                "{base}/api/v1/tenants/maasdal/register/municipality"
            ))
            .bearer_auth(&coordinator)
            .json(&json!({"objection_web": "maasdal.nl/bezwaar"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 422);
        assert_eq!(
            res.json::<Value>().await.unwrap()["errors"][0]["field"],
            "objection_web"
        );
        assert_eq!(
            case().await["register"][0]["entry"]["objection_address"],
            "Postbus 1\n1000 AA Maasdal"
        );

        // The complaint is dismissed: the case's external outcome follows, and the ombudsman
        // term (a year, Awb 9:24) becomes a task.
        let res = api
            .put(url(&format!("/procedures/{complaint}/outcome")))
            .bearer_auth(&confidant)
            .json(&json!({"outcome": "ongegrond", "outcome_on": "2026-11-20"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 204);
        let c = case().await;
        assert_eq!(c["external_outcome"], "ongegrond");
        let p = c["procedures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == complaint)
            .unwrap()
            .clone();
        assert_eq!(p["ombudsman_until"], "2027-11-20");
        assert!(
            c["tasks"]
                .as_array()
                .unwrap()
                .iter()
                .any(|t| t["due_on"] == "2027-11-20")
        );
        assert!(
            !c["tasks"]
                .as_array()
                .unwrap()
                .iter()
                .any(|t| t["due_on"] == "2026-12-30" && t["done"] == false),
            "the decided complaint no longer waits for a decision"
        );

        // Letter templates: a broken one is refused and changes nothing; a good one is used.
        let put = |body: &str| {
            api.put(format!(
                "{base}/api/v1/tenants/maasdal/letter-templates/complaint"
            ))
            .bearer_auth(&coordinator)
            .json(&json!({ "body": body }))
            .send()
        };
        let res = put("Hallo {% if burger.naam %}").await.unwrap();
        assert_eq!(res.status().as_u16(), 422);
        assert_eq!(
            res.json::<Value>().await.unwrap()["errors"][0]["field"],
            "body"
        );
        let templates = api_get(
            &format!("{base}/api/v1/tenants/maasdal/letter-templates"),
            &coordinator,
        )
        .await;
        assert_eq!(templates[0]["custom"], false);
        let res = put("Geachte heer, mevrouw,\n\nKlacht over {{ organisatie.naam }}: {{ probleem }}\n\nMet vriendelijke groet,\n\n{{ burger.naam }}\n\nKenmerk {{ kenmerk }}").await.unwrap();
        assert_eq!(res.status().as_u16(), 204);
        let draft = api_get(&url("/letters/draft?kind=complaint"), &confidant).await;
        let body = draft["form"]["body"].as_str().unwrap();
        assert!(
            body.contains("Klacht over Gemeente Maasdal: De hulp is zonder gesprek gestopt."),
            "{body}"
        );
        assert!(body.contains(&format!("Kenmerk {reference}")), "{body}");
        assert!(body.contains("Jan Jansen"));
        let res = api
            .post(url("/letters"))
            .bearer_auth(&confidant)
            .json(&draft["form"])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 204);
        let c = case().await;
        let letter = c["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["document"] == true)
            .unwrap()
            .clone();
        assert!(
            letter["activities"]
                .as_array()
                .unwrap()
                .contains(&json!("complaint_support")),
            "a drafted complaint counts as complaint support"
        );
        let id = letter["id"].as_i64().unwrap();
        let pdf = api
            .get(url(&format!("/letters/{id}/pdf")))
            .bearer_auth(&confidant)
            .send()
            .await
            .unwrap();
        assert_eq!(pdf.status().as_u16(), 200);
        assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF-"));
        let docx = api
            .get(url(&format!("/letters/{id}/docx")))
            .bearer_auth(&confidant)
            .send()
            .await
            .unwrap();
        assert_eq!(docx.status().as_u16(), 200);
        assert!(docx.bytes().await.unwrap().starts_with(b"PK\x03\x04"));

        // The municipality sees no case, no letter and no register.
        for path in [
            url("/letters/draft?kind=complaint"),
            url(&format!("/letters/{id}/pdf")),
        ] {
            let s = api
                .get(&path)
                .bearer_auth(&municipality)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16();
            assert!(s == 403 || s == 404, "{path}: {s}");
        }
        let s = api
            .get(format!("{base}/api/v1/tenants/maasdal/register"))
            .bearer_auth(&municipality)
            .send()
            .await
            .unwrap()
            .status()
            .as_u16();
        assert_eq!(s, 403);

        // Removing a procedure removes its open task.
        let objection = c["procedures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["kind"] == "objection")
            .unwrap()["id"]
            .as_i64()
            .unwrap();
        let res = api
            .delete(url(&format!("/procedures/{objection}")))
            .bearer_auth(&confidant)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 204);
        let c = case().await;
        assert!(
            !c["tasks"]
                .as_array()
                .unwrap()
                .iter()
                .any(|t| t["due_on"] == "2026-05-26")
        );
    }
}
