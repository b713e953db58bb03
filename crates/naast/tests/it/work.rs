//! "Mijn werk": lines that name the citizen, news from the status link that stays unread until
//! the owner opens the kwestie, the contact promised within three working days (counted on the
//! terms engine's calendar), tenant visibility, and the `work.read` audit without names.

use crate::harness::*;
use serde_json::{Value, json};

fn no_redirects() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// A web intake through the public form; its reference and status-link token.
async fn intake(base: &str, name: &str, phone: &str, story: &str) -> (String, String) {
    let c = no_redirects();
    let r = c
        .post(format!("{base}/maasdal/melden"))
        .form(&[
            ("language", "nl"),
            ("story", story),
            ("area", "wmo"),
            ("name", name),
            ("phone", phone),
            ("preferred", "phone"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let location = r.headers()["location"].to_str().unwrap().to_string();
    let token = location
        .trim_start_matches("/status/")
        .trim_end_matches("?nieuw=1")
        .to_string();
    let page = c
        .get(format!("{base}{location}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let reference = page
        .split("class=\"reference\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_string();
    (reference, token)
}

/// A kwestie registered by staff as a web intake (typed in from a form), with its date.
async fn staff_web_intake(base: &str, token: &str, name: &str, phone: &str, on: &str) -> String {
    let r = reqwest::Client::new()
        .post(format!("{base}/api/v1/cases"))
        .bearer_auth(token)
        .json(
            &json!({"tenant": "maasdal", "channel": "web_form", "story": "Via het formulier",
            "name": name, "phone": phone, "opened_on": on, "anonymous": phone.is_empty()}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201, "{}", r.text().await.unwrap());
    r.json::<Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_string()
}

fn line<'a>(work: &'a Value, section: &str, reference: &str) -> Option<&'a Value> {
    work[section]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["reference"] == reference)
}

async fn reply(base: &str, token: &str, text: &str) {
    let r = no_redirects()
        .post(format!("{base}/status/{token}/reply"))
        .form(&[("message", text)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
}

#[tokio::test]
async fn my_work_names_the_citizen_tracks_news_and_the_promised_contact() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        store.run(&[
            "tenant",
            "add",
            "--slug",
            "lindeveld",
            "--name",
            "Lindeveld",
        ]);
        let coordinator = store.token_for("cor@x.example", "coordinator", None);
        let vera = store.token_for("vera@x.example", "confidant", Some("maasdal"));
        let olaf = store.token_for("olaf@x.example", "confidant", Some("lindeveld"));
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let label = &store.label;

        let (fatima, token) = intake(
            &base,
            "Fatima El Amrani",
            "06 11122233",
            "Mijn vader krijgt geen hulp bij het douchen meer sinds de gemeente de indicatie heeft verlaagd.",
        )
        .await;
        let (henk, _) = intake(&base, "Henk de Vries", "06 44455566", "Traplift geweigerd").await;
        // Each web intake with a phone number got its contact task (see the test below). Say
        // these came in before such tasks existed: the line is computed from the day they came
        // in, the Thursday before Christmas and before Easter.
        let raw = store.raw().await;
        let gone = sqlx::query("DELETE FROM tasks WHERE purpose = 'contact'")
            .execute(&raw)
            .await
            .unwrap();
        assert_eq!(gone.rows_affected(), 2, "{label}");
        for (reference, on) in [(&fatima, "2026-12-24"), (&henk, "2027-03-25")] {
            sqlx::query("UPDATE cases SET opened_on = $1 WHERE reference = $2")
                .bind(on)
                .bind(reference.as_str())
                .execute(&raw)
                .await
                .unwrap();
        }

        // The confidant's day: both are new, unread, and wait for the promised contact.
        let work = api_get(&format!("{base}/api/v1/work"), &vera).await;
        let news = line(&work, "news", &fatima).expect("the intake is news");
        assert_eq!(news["citizen"], "Fatima El Amrani", "{label}");
        assert_eq!(news["unread"], true);
        assert_eq!(
            news["subject"], "Mijn vader krijgt geen hulp bij het douchen meer sinds de…",
            "the story's first words, cut at a word"
        );
        assert_eq!(news["area"], "wmo");
        let call = line(&work, "contact", &fatima).expect("a contact line");
        assert_eq!(call["citizen"], "Fatima El Amrani");
        assert_eq!(call["reach"], "06 11122233");
        assert_eq!(news["reach"], "", "the number only where a call is due");
        // Thursday 24 December: Friday and Saturday are Christmas, then a Sunday; three working
        // days end on Wednesday 30 December.
        assert_eq!(call["deadline"]["due_on"], "2026-12-30", "{label}");
        // Thursday 25 March 2027: Good Friday, the weekend and Easter Monday are skipped.
        let call = line(&work, "contact", &henk).expect("a contact line");
        assert_eq!(call["deadline"]["due_on"], "2027-04-01", "{label}");
        assert_eq!(call["subject"], "Traplift geweigerd");

        // Sorted by name, Fatima comes before Henk; an unknown order is the default.
        let by_name = api_get(&format!("{base}/api/v1/work?sort=citizen"), &vera).await;
        assert_eq!(by_name["sort"], "citizen");
        let names: Vec<&str> = by_name["contact"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["citizen"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["Fatima El Amrani", "Henk de Vries"]);
        let odd = api_get(&format!("{base}/api/v1/work?sort=x%27%3B"), &vera).await;
        assert_eq!(odd["sort"], "deadline");

        // Showing names is a read of personal data: audited with the ids, never a name.
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT object_kind, object_id FROM audit_log WHERE action = 'work.read' ORDER BY seq",
        )
        .fetch_all(&raw)
        .await
        .unwrap();
        assert!(!rows.is_empty(), "work.read audited ({label})");
        for (kind, ids) in &rows {
            assert_eq!(kind, "case");
            assert!(
                ids.split(',').all(|id| id.parse::<i64>().is_ok()),
                "ids only: {ids}"
            );
        }
        let (fatima_id,): (i64,) = sqlx::query_as("SELECT id FROM cases WHERE reference = $1")
            .bind(fatima.as_str())
            .fetch_one(&raw)
            .await
            .unwrap();
        assert!(
            rows.iter()
                .any(|(_, ids)| ids.split(',').any(|id| id == fatima_id.to_string())),
            "the kwestie shown is named by id"
        );

        // A confidant of another municipality sees none of it.
        let other = api_get(&format!("{base}/api/v1/work"), &olaf).await;
        for section in ["news", "contact", "terms", "tasks", "waiting", "open"] {
            assert_eq!(other[section].as_array().unwrap().len(), 0, "{section}");
        }

        // The confidant opens the intake (it has no owner yet): read.
        api_get(&format!("{base}/api/v1/cases/{fatima}"), &vera).await;
        let work = api_get(&format!("{base}/api/v1/work"), &vera).await;
        assert!(
            line(&work, "news", &fatima).is_none(),
            "opened: no longer news"
        );
        assert!(
            line(&work, "news", &henk).is_some(),
            "the other one still is"
        );

        // A phone call is recorded: the promise is kept and the confidant owns the kwestie.
        let r = reqwest::Client::new()
            .post(format!("{base}/api/v1/cases/{fatima}/contacts"))
            .bearer_auth(&vera)
            .json(&json!({"channel": "phone", "activities": ["listening"], "minutes": 10}))
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success(), "{}", r.status());
        let work = api_get(&format!("{base}/api/v1/work"), &vera).await;
        assert!(line(&work, "contact", &fatima).is_none(), "contact made");
        assert!(line(&work, "open", &fatima).is_some(), "now one of mine");

        // The confidant gives the kwestie a short subject; too long is refused on its field
        // and changes nothing; a clarification without the field keeps it.
        let clarify = |body: Value| {
            reqwest::Client::new()
                .put(format!("{base}/api/v1/cases/{fatima}/clarify"))
                .bearer_auth(&vera)
                .json(&body)
                .send()
        };
        let version =
            api_get(&format!("{base}/api/v1/cases/{fatima}"), &vera).await["version"].clone();
        let r = clarify(json!({"subject": "x".repeat(121), "area": "wmo", "version": version}))
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap().contains("subject"));
        let case = api_get(&format!("{base}/api/v1/cases/{fatima}"), &vera).await;
        assert_eq!(case["version"], version, "nothing changed");
        assert_eq!(case["subject"], "");
        let r = clarify(json!({"subject": "Douchehulp vader", "area": "wmo", "version": version}))
            .await
            .unwrap();
        assert!(r.status().is_success(), "{}", r.status());
        let version =
            api_get(&format!("{base}/api/v1/cases/{fatima}"), &vera).await["version"].clone();
        let r = clarify(json!({"area": "wmo", "version": version}))
            .await
            .unwrap();
        assert!(r.status().is_success(), "{}", r.status());
        let work = api_get(&format!("{base}/api/v1/work"), &vera).await;
        assert_eq!(
            line(&work, "open", &fatima).unwrap()["subject"],
            "Douchehulp vader"
        );

        // The citizen replies through the status link: news again, unread until the owner
        // opens the kwestie; a coordinator opening it does not count.
        reply(&base, &token, "Dank u, donderdag past.").await;
        let work = api_get(&format!("{base}/api/v1/work"), &vera).await;
        assert_eq!(
            line(&work, "news", &fatima).expect("the reply is news")["unread"],
            true
        );
        assert_eq!(line(&work, "open", &fatima).unwrap()["unread"], true);
        api_get(&format!("{base}/api/v1/cases/{fatima}"), &coordinator).await;
        let work = api_get(&format!("{base}/api/v1/work"), &vera).await;
        assert!(
            line(&work, "news", &fatima).is_some(),
            "still unread for the owner"
        );
        api_get(&format!("{base}/api/v1/cases/{fatima}"), &vera).await;
        let work = api_get(&format!("{base}/api/v1/work"), &vera).await;
        assert!(line(&work, "news", &fatima).is_none(), "read by the owner");
        assert_eq!(line(&work, "open", &fatima).unwrap()["unread"], false);

        // A document through the status link is news too, until the owner opens the kwestie.
        let pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".to_vec();
        let form = reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(pdf)
                .file_name("brief.pdf")
                .mime_str("application/pdf")
                .unwrap(),
        );
        let r = no_redirects()
            .post(format!("{base}/status/{token}/document"))
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303);
        let work = api_get(&format!("{base}/api/v1/work"), &vera).await;
        assert_eq!(
            line(&work, "news", &fatima).expect("the document is news")["unread"],
            true
        );
        api_get(&format!("{base}/api/v1/cases/{fatima}"), &vera).await;
        let work = api_get(&format!("{base}/api/v1/work"), &vera).await;
        assert!(line(&work, "news", &fatima).is_none());

        // The status page's one form: a message and a photo with one button both arrive.
        let jpeg = vec![
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0xFF, 0xD9,
        ];
        let form = reqwest::multipart::Form::new()
            .text("message", "Hierbij de foto van de brief.")
            .part(
                "file",
                reqwest::multipart::Part::bytes(jpeg)
                    .file_name("foto-brief.jpg")
                    .mime_str("image/jpeg")
                    .unwrap(),
            );
        let r = no_redirects()
            .post(format!("{base}/status/{token}/document"))
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303, "{}", store.label);
        assert!(location(&r).ends_with("?ok=beide"), "{}", location(&r));
        let case = api_get(&format!("{base}/api/v1/cases/{fatima}"), &vera).await;
        let text = case.to_string();
        assert!(
            text.contains("Hierbij de foto van de brief."),
            "the message arrived"
        );
        assert!(text.contains("foto-brief.jpg"), "the photo arrived");
        // A file the type check refuses sends nothing, and the typed message stays.
        let form = reqwest::multipart::Form::new()
            .text("message", "Nog een bericht")
            .part(
                "file",
                reqwest::multipart::Part::bytes(b"MZ not a document".to_vec()).file_name("x.exe"),
            );
        let r = no_redirects()
            .post(format!("{base}/status/{token}/document"))
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422, "{}", store.label);
        assert!(
            r.text()
                .await
                .unwrap()
                .contains(">Nog een bericht</textarea>")
        );
        let case = api_get(&format!("{base}/api/v1/cases/{fatima}"), &vera).await;
        assert!(
            !case.to_string().contains("Nog een bericht"),
            "nothing was sent"
        );

        // An anonymous intake is news without a name, and nobody to call back.
        let r = no_redirects()
            .post(format!("{base}/maasdal/melden"))
            .form(&[
                ("language", "nl"),
                ("story", "Anoniem verhaal"),
                ("anonymous", "1"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303);
        let work = api_get(&format!("{base}/api/v1/work"), &vera).await;
        let anon = work["news"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["subject"] == "Anoniem verhaal")
            .expect("the anonymous intake is news");
        assert_eq!(anon["citizen"], "");
        assert!(
            line(&work, "contact", anon["reference"].as_str().unwrap()).is_none(),
            "nobody to call back"
        );
        server.stop();
    }
}

/// The open contact task of a kwestie as its page (API) shows it: `(id, due_on)`.
async fn contact_task(base: &str, token: &str, reference: &str) -> Option<(i64, String)> {
    let case = api_get(&format!("{base}/api/v1/cases/{reference}"), token).await;
    case["tasks"].as_array().unwrap().iter().find_map(|t| {
        (t["title"] == "Contact opnemen met inwoner" && t["done"] == false).then(|| {
            (
                t["id"].as_i64().unwrap(),
                t["due_on"].as_str().unwrap().to_string(),
            )
        })
    })
}

#[tokio::test]
async fn a_web_intake_with_contact_details_gets_a_contact_task_that_a_contact_moment_closes() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let vera = store.token_for("vera@x.example", "confidant", Some("maasdal"));
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let label = &store.label;

        // Through the public form today: due three working days later, on the case's tasks
        // and in "Contact opnemen", naming the citizen.
        let (ria, _) = intake(
            &base,
            "Ria Jansen",
            "06 99988877",
            "Hulp bij het huishouden",
        )
        .await;
        let due = naast_core::terms::add_working_days(naast_app::clock::today(), 3).to_string();
        let (task_id, task_due) = contact_task(&base, &vera, &ria)
            .await
            .expect("a contact task");
        assert_eq!(task_due, due, "{label}");
        let work = api_get(&format!("{base}/api/v1/work"), &vera).await;
        let call = line(&work, "contact", &ria).expect("a contact line");
        assert_eq!(call["citizen"], "Ria Jansen");
        assert_eq!(call["deadline"]["due_on"], due.as_str());
        assert_eq!(call["deadline"]["what"], "Contact opnemen met inwoner");

        // Over a weekend, and over Good Friday and Easter Monday (Atw art. 3).
        let friday = staff_web_intake(&base, &vera, "Piet Vos", "0611223344", "2026-11-27").await;
        assert_eq!(
            contact_task(&base, &vera, &friday)
                .await
                .map(|t| t.1)
                .as_deref(),
            Some("2026-12-02"),
            "Friday: Monday, Tuesday, Wednesday ({label})"
        );
        let easter = staff_web_intake(&base, &vera, "Els Bos", "0622334455", "2026-04-02").await;
        assert_eq!(
            contact_task(&base, &vera, &easter)
                .await
                .map(|t| t.1)
                .as_deref(),
            Some("2026-04-09"),
            "{label}"
        );
        // No task without a way to reach the citizen, nor for a phone call taken by staff.
        let anon = staff_web_intake(&base, &vera, "", "", "2026-11-27").await;
        assert!(contact_task(&base, &vera, &anon).await.is_none());
        let call_in = api_intake(&base, &vera, "maasdal", "Belde zelf", "Kees Smit").await;
        assert!(contact_task(&base, &vera, &call_in).await.is_none());
        let work = api_get(&format!("{base}/api/v1/work"), &vera).await;
        assert!(line(&work, "contact", &anon).is_none());
        assert!(line(&work, "contact", &call_in).is_none());

        // A contact moment closes the task; the line goes.
        let r = reqwest::Client::new()
            .post(format!("{base}/api/v1/cases/{ria}/contacts"))
            .bearer_auth(&vera)
            .json(&json!({"channel": "phone", "activities": ["listening"], "minutes": 5}))
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success(), "{}", r.status());
        assert!(contact_task(&base, &vera, &ria).await.is_none(), "{label}");
        let case = api_get(&format!("{base}/api/v1/cases/{ria}"), &vera).await;
        let done = case["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == task_id)
            .expect("the task stays, done");
        assert_eq!(done["done"], true);
        let work = api_get(&format!("{base}/api/v1/work"), &vera).await;
        assert!(line(&work, "contact", &ria).is_none());
        assert!(line(&work, "contact", &friday).is_some());

        // Or by hand.
        let (id, _) = contact_task(&base, &vera, &friday).await.unwrap();
        let r = reqwest::Client::new()
            .post(format!("{base}/api/v1/cases/{friday}/tasks/{id}/done"))
            .bearer_auth(&vera)
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success(), "{}", r.status());
        let work = api_get(&format!("{base}/api/v1/work"), &vera).await;
        assert!(line(&work, "contact", &friday).is_none(), "{label}");
        server.stop();
    }
}
