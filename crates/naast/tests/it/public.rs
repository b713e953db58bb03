//! The citizen's door: the public site, the form without JavaScript, the public API, the status
//! link (messages both ways, withdrawing), abuse limits, and durability under SIGKILL.

use crate::harness::*;
use serde_json::{Value, json};

fn no_redirects() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn text(c: &reqwest::Client, url: &str) -> (u16, String) {
    let r = c.get(url).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

#[tokio::test]
async fn a_citizen_is_heard_through_the_form_and_follows_up_through_the_status_link() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let coordinator = store.token_for("cor@x.example", "coordinator", None);
        let confidant = store.token_for("vera@x.example", "confidant", Some("maasdal"));
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let c = no_redirects();

        // The public pages: the list of municipalities, the tenant's pages, 404 for others.
        let (s, index) = text(&c, &format!("{base}/")).await;
        assert_eq!(s, 200);
        assert!(index.contains("href=\"/maasdal/\""), "{}", store.label);
        for p in [
            "/maasdal/",
            "/maasdal/melden",
            "/maasdal/privacy",
            "/maasdal/wegen",
            "/maasdal/klacht-over-ons",
        ] {
            let (s, body) = text(&c, &format!("{base}{p}")).await;
            assert_eq!(s, 200, "{p}");
            assert!(body.contains("<html lang=\"nl\""), "{p}");
        }
        let (_, en) = text(&c, &format!("{base}/maasdal/?taal=en")).await;
        assert!(en.contains("<html lang=\"en\"") && en.contains("Tell your story"));
        assert_eq!(text(&c, &format!("{base}/nergens/")).await.0, 404);

        // The form without JavaScript: a missing story is refused and the rest is kept.
        let post = |body: Vec<(&'static str, &'static str)>| {
            c.post(format!("{base}/maasdal/melden")).form(&body).send()
        };
        let r = post(vec![
            ("language", "nl"),
            ("story", " "),
            ("name", "Fatima El Amrani"),
            ("phone", "06 11122233"),
        ])
        .await
        .unwrap();
        assert_eq!(r.status().as_u16(), 422);
        let body = r.text().await.unwrap();
        assert!(
            body.contains("value=\"Fatima El Amrani\""),
            "what was typed is kept"
        );
        // A robot filling the honeypot is refused; nothing is stored.
        let r = post(vec![
            ("language", "nl"),
            ("story", "Koop nu!"),
            ("website", "http://spam.example"),
        ])
        .await
        .unwrap();
        assert_eq!(r.status().as_u16(), 422);
        assert!(
            r.text().await.unwrap().contains("niet van een mens"),
            "the refusal says why"
        );
        let list = api_get(&format!("{base}/api/v1/cases?tenant=maasdal"), &coordinator).await;
        assert_eq!(list["total"], 0, "nothing stored for refused submissions");
        // "I stay anonymous" keeps nothing of what was typed below it.
        let r = post(vec![
            ("language", "nl"),
            ("story", "Anoniem verhaal"),
            ("anonymous", "1"),
            ("name", "Niet Bewaren"),
        ])
        .await
        .unwrap();
        assert_eq!(r.status().as_u16(), 303);
        let list = api_get(&format!("{base}/api/v1/cases?tenant=maasdal"), &coordinator).await;
        let anon = list["cases"][0]["reference"].as_str().unwrap().to_string();
        let case = api_get(&format!("{base}/api/v1/cases/{anon}"), &confidant).await;
        assert_eq!(case["anonymous"], true, "{case}");

        let r = post(vec![
            ("language", "nl"),
            ("story", "Mijn vader krijgt geen hulp bij het douchen meer."),
            ("area", "wmo"),
            ("name", "Fatima El Amrani"),
            ("email", "fatima@example.org"),
            ("preferred", "email"),
            ("when", "na 15 uur"),
            ("needs", "tolk Arabisch"),
            ("found_via", "gp"),
            ("email_link", "1"),
        ])
        .await
        .unwrap();
        assert_eq!(r.status().as_u16(), 303);
        let location = r.headers()["location"].to_str().unwrap().to_string();
        assert!(
            location.starts_with("/status/") && location.ends_with("?nieuw=1"),
            "{location}"
        );
        let token = location
            .trim_start_matches("/status/")
            .trim_end_matches("?nieuw=1")
            .to_string();
        assert!(token.len() >= 22, "at least 128 bits: {token}");
        let (s, page) = text(&c, &format!("{base}{location}")).await;
        assert_eq!(s, 200);
        let reference = page
            .split("class=\"reference\">")
            .nth(1)
            .unwrap()
            .split('<')
            .next()
            .unwrap()
            .to_string();
        assert!(reference.starts_with("NST-"), "{reference}");

        // The confidant sees it as a new web intake, with when to call.
        let work = api_get(&format!("{base}/api/v1/work"), &confidant).await;
        assert!(
            work["new_intakes"]
                .as_array()
                .unwrap()
                .iter()
                .any(|k| k["reference"] == reference.as_str())
        );
        let case = api_get(&format!("{base}/api/v1/cases/{reference}"), &confidant).await;
        assert_eq!(case["channel"], "web_form");
        assert_eq!(case["status_link"], true);
        assert_eq!(case["call_when"], "na 15 uur");
        assert_eq!(case["citizen"]["accessibility"], "tolk Arabisch");

        // The confidant writes; the citizen reads it on the status page; the e-mail says only
        // that there is news (and the link).
        let r = reqwest::Client::new()
            .post(format!("{base}/api/v1/cases/{reference}/messages"))
            .bearer_auth(&confidant)
            .json(&json!({"message": "Ik bel u donderdag na 15 uur. Vera"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 204);
        let (_, page) = text(&c, &format!("{base}/status/{token}")).await;
        assert!(page.contains("Ik bel u donderdag na 15 uur. Vera"));
        let outbox = api_get(&format!("{base}/api/v1/outbox"), &coordinator).await;
        let mails: Vec<&Value> = outbox
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["to"] == "fatima@example.org")
            .collect();
        assert_eq!(
            mails.len(),
            2,
            "the link on submit, then the news: {outbox}"
        );
        for m in &mails {
            let body = m["body"].as_str().unwrap();
            assert!(body.contains(&format!("/status/{token}")));
            assert!(
                !body.contains("douchen") && !body.contains("donderdag"),
                "no case content in e-mail: {body}"
            );
        }

        // The citizen replies; an empty reply is refused on its field.
        let r = c
            .post(format!("{base}/status/{token}/reply"))
            .form(&[("message", "  ")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422);
        let r = c
            .post(format!("{base}/status/{token}/reply"))
            .form(&[("message", "Donderdag is goed.")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303);
        let case = api_get(&format!("{base}/api/v1/cases/{reference}"), &confidant).await;
        assert!(
            case["timeline"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["kind"] == "message_in" && e["text"] == "Donderdag is goed.")
        );

        // Withdrawing needs the tick; then the kwestie is closed as withdrawn.
        let r = c
            .post(format!("{base}/status/{token}/withdraw"))
            .form(&[("x", "")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422);
        let r = c
            .post(format!("{base}/status/{token}/withdraw"))
            .form(&[("confirm", "1")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303);
        let case = api_get(&format!("{base}/api/v1/cases/{reference}"), &confidant).await;
        assert_eq!(case["status"], "closed");
        assert_eq!(case["outcome"], "withdrawn");
        let (_, page) = text(&c, &format!("{base}/status/{token}")).await;
        assert!(page.contains("ingetrokken"));
        // A wrong token finds nothing.
        assert_eq!(
            text(&c, &format!("{base}/status/{}", "x".repeat(43)))
                .await
                .0,
            404
        );
    }
}

#[tokio::test]
async fn the_public_api_answers_with_a_reference_and_names_each_problem() {
    let store = Store::sqlite();
    store.run(&[
        "tenant", "add", "--slug", "maasdal", "--name", "Maasdal", "--area", "wmo",
    ]);
    let confidant = store.token_for("vera@x.example", "confidant", Some("maasdal"));
    let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
    let api = reqwest::Client::new();
    let url = format!("{}/api/v1/public/maasdal/intake", server.url);

    let r = api.post(&url).json(&json!({"story": "Mijn zoon wacht al maanden op jeugdhulp.", "area": "jeugd", "contact": {"phone": "06 12345678", "preferred": "phone", "when": "ochtend"}, "language": "en", "found_via": "word_of_mouth"})).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 201);
    let body: Value = r.json().await.unwrap();
    let reference = body["reference"].as_str().unwrap().to_string();
    let status_url = body["status_url"].as_str().unwrap().to_string();
    let page = reqwest::get(&status_url).await.unwrap();
    assert_eq!(page.status().as_u16(), 200);
    let page = page.text().await.unwrap();
    assert!(
        page.contains(&reference) && page.contains("lang=\"en\""),
        "the status page speaks the chosen language"
    );
    // An area the tenant does not cover is accepted and flagged.
    let case = api_get(
        &format!("{}/api/v1/cases/{reference}", server.url),
        &confidant,
    )
    .await;
    assert_eq!(case["area_covered"], false);

    // Bad input: 422, each field named, in the requested language.
    let r = api
        .post(&url)
        .json(&json!({"story": "", "area": "moon", "contact": {"email": "nope"}, "language": "en"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 422);
    let e: Value = r.json().await.unwrap();
    let fields: Vec<&str> = e["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x["field"].as_str())
        .collect();
    assert_eq!(fields, ["story", "area", "email"], "{e}");
    assert_eq!(
        e["errors"][0]["message"], "Please fill in this field.",
        "in English: {e}"
    );
    let r = api
        .post(&url)
        .body("{not json")
        .header("content-type", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 422);
    let r = api
        .post(format!("{}/api/v1/public/nergens/intake", server.url))
        .json(&json!({"story": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 404);
}

#[tokio::test]
async fn a_flood_from_one_address_meets_the_limit_and_keeps_what_was_typed() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let server = Server::start(&store, &[]);
    let c = no_redirects();
    let mut statuses = Vec::new();
    for _ in 0..11 {
        let r = c
            .post(format!("{}/maasdal/melden", server.url))
            .form(&[("language", "nl"), ("story", "Steeds hetzelfde verhaal")])
            .send()
            .await
            .unwrap();
        statuses.push(r.status().as_u16());
        if r.status().as_u16() == 429 {
            let body = r.text().await.unwrap();
            assert!(
                body.contains("Steeds hetzelfde verhaal"),
                "the story is kept"
            );
            assert!(body.contains("Wacht een paar minuten"));
        }
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 303).count(),
        10,
        "{statuses:?}"
    );
    assert_eq!(statuses.last(), Some(&429));
}

#[tokio::test]
async fn every_acknowledged_intake_survives_a_sigkill() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
    let url = format!("{}/api/v1/public/maasdal/intake", server.url);
    let api = reqwest::Client::new();
    let acked = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let mut tasks = Vec::new();
    for i in 0..400 {
        let (api, url, acked) = (api.clone(), url.clone(), acked.clone());
        tasks.push(tokio::spawn(async move {
            let r = api
                .post(&url)
                .json(&json!({"story": format!("Verhaal nummer {i}")}))
                .send()
                .await;
            if let Ok(r) = r
                && r.status().as_u16() == 201
                && let Ok(v) = r.json::<Value>().await
                && let Some(u) = v["status_url"].as_str()
            {
                acked.lock().unwrap().push(u.to_string());
            }
        }));
    }
    // Kill the server in the middle of it: once a pseudo-random number (20–219) of intakes
    // has been acknowledged, while the others are still in flight.
    let kill_after = 20 + naast_crypto::random_bytes::<1>()[0] as usize % 200;
    let started = std::time::Instant::now();
    while acked.lock().unwrap().len() < kill_after && started.elapsed().as_secs() < 20 {
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    }
    drop(server); // SIGKILL
    for t in tasks {
        let _ = t.await;
    }
    let acked = acked.lock().unwrap().clone();
    let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
    for u in &acked {
        let path = &u[u.find("/status/").unwrap()..];
        let r = reqwest::get(format!("{}{path}", server.url)).await.unwrap();
        assert_eq!(r.status().as_u16(), 200, "acknowledged {path} is lost");
    }
    assert!(
        acked.len() >= kill_after.min(400),
        "{} acknowledged",
        acked.len()
    );
    eprintln!(
        "durability: SIGKILL after {} of 400 acknowledged; all found after restart",
        acked.len()
    );
}

#[tokio::test]
async fn the_look_is_checked_for_contrast_and_publicity_material_is_served() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let coordinator = store.token_for("cor@x.example", "coordinator", None);
    let confidant = store.token_for("vera@x.example", "confidant", Some("maasdal"));
    let server = Server::start(&store, &[]);
    let api = reqwest::Client::new();
    let look = format!("{}/api/v1/tenants/maasdal/look", server.url);

    // Too pale a main colour and a font list that tries to escape: refused, nothing saved.
    let r = api.put(&look).bearer_auth(&coordinator).json(&json!({"primary": "#9ec9f0", "primary_dark": "#003a60", "text": "#1a1a1a", "background": "#ffffff", "font_family": "x; } body { background: url(//evil)"})).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 422);
    let e: Value = r.json().await.unwrap();
    let fields: Vec<&str> = e["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x["field"].as_str())
        .collect();
    assert!(
        fields.contains(&"primary") && fields.contains(&"font_family"),
        "{e}"
    );
    let css = reqwest::get(format!("{}/maasdal/theme.css", server.url))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        css.contains("--naast-link-color: #00558c"),
        "defaults stay: {css}"
    );
    // A good look is served to the public pages; a confidant may not change it.
    let good = json!({"primary": "#8a1538", "primary_dark": "#5c0e25", "text": "#111111", "background": "#fffdf8", "font_family": "\"Fira Sans\", Arial, sans-serif"});
    let r = api
        .put(&look)
        .bearer_auth(&confidant)
        .json(&good)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    let r = api
        .put(&look)
        .bearer_auth(&coordinator)
        .json(&good)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 204);
    let css = reqwest::get(format!("{}/maasdal/theme.css", server.url))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        css.contains("--naast-link-color: #8a1538") && css.contains("Fira Sans"),
        "{css}"
    );

    // A logo: PNG or JPEG only, shown on the public pages.
    let logo = format!("{}/api/v1/tenants/maasdal/logo", server.url);
    let r = api
        .put(&logo)
        .bearer_auth(&coordinator)
        .body("<svg onload=alert(1)></svg>")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 422, "no SVG");
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    let r = api
        .put(&logo)
        .bearer_auth(&coordinator)
        .body(png.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 204);
    let r = reqwest::get(format!("{}/maasdal/logo", server.url))
        .await
        .unwrap();
    assert_eq!(r.headers()["content-type"], "image/png");
    assert_eq!(r.bytes().await.unwrap().to_vec(), png);
    let home = reqwest::get(format!("{}/maasdal/", server.url))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(home.contains("src=\"/maasdal/logo\""));

    // The folder (a tagged PDF with the form's address) and the snippet page.
    let r = reqwest::get(format!("{}/maasdal/folder.pdf?taal=en", server.url))
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let pdf = r.bytes().await.unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(
        String::from_utf8_lossy(&pdf).contains("/StructTreeRoot"),
        "tagged"
    );
    let page = reqwest::get(format!("{}/maasdal/insluiten", server.url))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!("{}/maasdal/", server.url)),
        "the snippet links to the tenant's site"
    );
    assert!(!page.contains("&lt;script"), "no script in the snippet");
}

#[tokio::test]
async fn outreach_is_recorded_checked_and_counted_per_year() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let confidant = store.token_for("vera@x.example", "confidant", Some("maasdal"));
        let municipality = store.token_for("gem@x.example", "municipality", Some("maasdal"));
        let server = Server::start(&store, &[]);
        let api = reqwest::Client::new();
        let url = format!("{}/api/v1/tenants/maasdal/outreach", server.url);
        let r = api
            .post(&url)
            .bearer_auth(&confidant)
            .json(&json!({"kind": "party", "held_on": "2099-01-01", "attendance": "veel"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422);
        for (kind, day, n) in [
            ("walk_in", "2026-11-17", 4),
            ("walk_in", "2026-11-10", 2),
            ("session", "2026-10-01", 23),
            ("walk_in", "2025-12-30", 9),
        ] {
            let r = api.post(&url).bearer_auth(&confidant).json(&json!({"kind": kind, "held_on": day, "place": "Bibliotheek", "attendance": n.to_string()})).send().await.unwrap();
            assert_eq!(r.status().as_u16(), 201, "{}", store.label);
        }
        let y = api_get(&format!("{url}?year=2026"), &confidant).await;
        assert_eq!(y["items"].as_array().unwrap().len(), 3);
        assert_eq!(y["totals"], json!([["walk_in", 2, 6], ["session", 1, 23]]));
        let r = api
            .get(&url)
            .bearer_auth(&municipality)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403);
    }
}

#[tokio::test]
async fn a_tenant_adds_a_language_as_a_file() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let dir = std::env::temp_dir().join(format!("naast-locales-{}", random_hex(6)));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("tr.toml"),
        "[meta]\nname = \"Türkçe\"\n[home]\ntitle = \"Yardım veya destekten memnun değil misiniz?\"\n",
    )
    .unwrap();
    let server = Server::start(&store, &[("NAAST_LOCALES_DIR", dir.to_str().unwrap())]);
    let page = reqwest::get(format!("{}/maasdal/?taal=tr", server.url))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("<html lang=\"tr\""),
        "the page says it is Turkish"
    );
    assert!(page.contains("Yardım veya destekten memnun değil misiniz?"));
    assert!(
        page.contains("Vertel uw verhaal"),
        "what is not translated falls back to Dutch"
    );
    assert!(page.contains(">Türkçe<"), "the language switch offers it");
    let _ = std::fs::remove_dir_all(&dir);
}
