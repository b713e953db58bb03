//! Terms that follow the process, on the case page as a confidant uses it: filing an objection
//! completes the "last day to object" task; a mediation's follow-up date and a planned home
//! visit become tasks on Mijn werk, and marking the visit held records its contact moment;
//! closing with open tasks asks what to do with each; a message carries a document that only
//! the citizen's own status link downloads.
//!
//! `lapse`: closing with planned appointments ahead says they lapse and marks them so; a
//! contact moment's minutes are left out when there are none.

mod agenda;
mod lapse;

use crate::harness::*;

/// The day `offset` days from today in the Netherlands, as the app counts it.
fn day(offset: i64) -> String {
    let mut d = naast_app::clock::today();
    for _ in 0..offset.abs() {
        d = if offset > 0 {
            d.tomorrow()
        } else {
            d.yesterday()
        }
        .unwrap();
    }
    d.to_string()
}

/// A web intake through the public form: its reference and status-link token.
async fn intake(base: &str, name: &str, story: &str) -> (String, String) {
    let c = browser();
    let r = c
        .post(format!("{base}/maasdal/melden"))
        .form(&[
            ("language", "nl"),
            ("story", story),
            ("area", "wmo"),
            ("name", name),
            ("phone", "06 12345678"),
            ("preferred", "phone"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let location = location(&r);
    let token = location
        .trim_start_matches("/status/")
        .trim_end_matches("?nieuw=1")
        .to_string();
    let (_, page) = get(&c, &format!("{base}{location}")).await;
    let reference = after(&page, "class=\"reference\">").to_string();
    (reference, token)
}

/// A signed-in coordinator (who works cases) and the tenant Maasdal.
async fn setup(store: &Store) -> (Server, reqwest::Client) {
    let server = Server::start(store, &[("NAAST_RATE_LIMITS", "off")]);
    let (browser, _) = first_coordinator(&server, "cor@naast.example").await;
    let (code, _, err) = store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    assert_eq!(code, 0, "{err}");
    (server, browser)
}

/// Posts a form on the case page (with the page's CSRF token).
async fn submit(
    c: &reqwest::Client,
    base: &str,
    reference: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> (u16, String) {
    let (_, page) = get(c, &format!("{base}/admin/cases/{reference}")).await;
    let res = post(
        c,
        &format!("{base}/admin/cases/{reference}{path}"),
        &page,
        fields,
    )
    .await;
    let status = res.status().as_u16();
    (status, res.text().await.unwrap())
}

/// Every part of the case page (overview, timeline, tasks, letters, procedures, people) as one
/// text: the checks here are about what the case holds, whichever part shows it.
async fn case_page(c: &reqwest::Client, case_url: &str) -> (u16, String) {
    let (status, mut all) = get(c, case_url).await;
    for part in ["tijdlijn", "taken", "brieven", "procedures", "betrokkenen"] {
        let (s, page) = get(c, &format!("{case_url}/{part}")).await;
        assert_eq!(s, 200, "{case_url}/{part}");
        all.push_str(&page);
    }
    (status, all)
}

/// The ids of the open tasks on the case page, in order, with their titles.
fn open_tasks(page: &str, reference: &str) -> Vec<(String, String)> {
    let marker = format!("action=\"/admin/cases/{reference}/tasks/");
    page.split(&marker)
        .skip(1)
        .filter(|s| s.split('"').next().unwrap_or("").ends_with("/done"))
        .map(|s| {
            let id = s.split('/').next().unwrap().to_string();
            let title = after(s, "<span class=\"visually-hidden\">: ").to_string();
            (id, title)
        })
        .collect()
}

/// The web form's contact task ("Contact opnemen met inwoner", made with every web intake that
/// left a phone number) marked done, so that the checks below count only their own tasks.
async fn contact_done(c: &reqwest::Client, base: &str, reference: &str) {
    let (_, page) = get(c, &format!("{base}/admin/cases/{reference}/taken")).await;
    let tasks = open_tasks(&page, reference);
    let (id, _) = tasks
        .iter()
        .find(|(_, t)| t == "Contact opnemen met inwoner")
        .expect("a web intake with a phone number has a contact task");
    let res = post(
        c,
        &format!("{base}/admin/cases/{reference}/tasks/{id}/done"),
        &page,
        &[],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
}

#[tokio::test]
async fn filing_an_objection_completes_the_term_to_object() {
    for store in Store::all().await {
        let (server, c) = setup(&store).await;
        let base = server.url.clone();
        let (reference, _) = intake(&base, "Jan Jansen", "Mijn hulp is gestopt").await;
        contact_done(&c, &base, &reference).await;
        let case_url = format!("{base}/admin/cases/{reference}");
        let (_, page) = case_page(&c, &case_url).await;
        let version = after(&page, "name=\"version\" value=\"")
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let sent = day(-7);
        let (status, _) = submit(
            &c,
            &base,
            &reference,
            "/clarify",
            &[
                ("version", &version),
                ("area", "wmo"),
                ("organisation", "municipality"),
                ("problem", "De hulp is zonder gesprek gestopt."),
                ("decision_kind", "wmo_decision"),
                ("decision_date", &sent),
                ("decision_sent_on", &sent),
            ],
        )
        .await;
        assert_eq!(status, 303, "{}", store.label);
        let (_, page) = case_page(&c, &case_url).await;
        let term = "Laatste dag om bezwaar te maken (Awb 6:7)";
        assert!(
            open_tasks(&page, &reference).iter().any(|(_, t)| t == term),
            "the term to object is an open task"
        );

        // Bad input first: a filing ahead is refused, nothing changes.
        let ahead = day(3);
        let (status, body) = submit(
            &c,
            &base,
            &reference,
            "/procedures",
            &[("kind", "objection"), ("filed_on", &ahead)],
        )
        .await;
        assert_eq!(status, 422);
        assert!(body.contains("Deze datum ligt in de toekomst"));
        let (_, page) = case_page(&c, &case_url).await;
        assert!(open_tasks(&page, &reference).iter().any(|(_, t)| t == term));

        // The objection is filed: the task is done, and the timeline says so.
        let today = day(0);
        let (status, _) = submit(
            &c,
            &base,
            &reference,
            "/procedures",
            &[
                ("kind", "objection"),
                ("filed_on", &today),
                ("procedure_organisation", "municipality"),
            ],
        )
        .await;
        assert_eq!(status, 303);
        let (_, page) = case_page(&c, &case_url).await;
        let open = open_tasks(&page, &reference);
        assert!(!open.iter().any(|(_, t)| t == term), "{open:?}");
        assert!(page.contains(&format!("<s>{term}</s>")), "shown done");
        assert!(page.contains("Taken afgerond"));
        assert!(page.contains(&format!("Taak afgerond: {term} (Bezwaar ingediend).")));
        // The decision on the objection is what is awaited now.
        assert!(
            open.iter()
                .any(|(_, t)| t == "Beslissing op het bezwaar verwacht (Awb 7:10)"),
            "{open:?}"
        );

        // Saving the clarification again does not bring the term back.
        let version = after(&page, "name=\"version\" value=\"")
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let (status, _) = submit(
            &c,
            &base,
            &reference,
            "/clarify",
            &[
                ("version", &version),
                ("area", "wmo"),
                ("organisation", "municipality"),
                ("problem", "De hulp is zonder gesprek gestopt."),
                ("decision_kind", "wmo_decision"),
                ("decision_date", &sent),
                ("decision_sent_on", &sent),
            ],
        )
        .await;
        assert_eq!(status, 303);
        let (_, page) = case_page(&c, &case_url).await;
        assert!(!open_tasks(&page, &reference).iter().any(|(_, t)| t == term));
        // Nor does Mijn werk show it.
        let (_, work) = get(&c, &format!("{base}/admin/work")).await;
        assert!(!work.contains(term), "no false alarm on Mijn werk");
        server.stop();
    }
}

#[tokio::test]
async fn planned_visits_and_follow_ups_are_tasks_and_a_held_visit_is_its_contact_moment() {
    for store in Store::all().await {
        let (server, c) = setup(&store).await;
        let base = server.url.clone();
        let (reference, _) = intake(&base, "Jan Jansen", "Mijn hulp is gestopt").await;
        contact_done(&c, &base, &reference).await;
        let case_url = format!("{base}/admin/cases/{reference}");

        // A mediation held today with a follow-up in five days: a task on that day.
        let follow_up = day(5);
        let today = day(0);
        let (status, _) = submit(
            &c,
            &base,
            &reference,
            "/mediations",
            &[
                ("parties", "inwoner en Wmo-consulent"),
                ("meeting_on", &today),
                ("follow_up_on", &follow_up),
            ],
        )
        .await;
        assert_eq!(status, 303, "{}", store.label);
        let (_, page) = case_page(&c, &case_url).await;
        let open = open_tasks(&page, &reference);
        assert!(
            open.iter()
                .any(|(_, t)| t == "Vervolg bemiddeling met inwoner en Wmo-consulent"),
            "{open:?}"
        );

        // A planned date that has passed is refused, clearly, and what was typed stays.
        let yesterday = day(-1);
        let (status, body) = submit(
            &c,
            &base,
            &reference,
            "/planned",
            &[
                ("planned_kind", "home_visit"),
                ("planned_on", &yesterday),
                ("planned_what", "bij meneer thuis"),
            ],
        )
        .await;
        assert_eq!(status, 422);
        assert!(body.contains("Deze datum is al voorbij"), "a clear message");
        assert!(body.contains(&format!("value=\"{yesterday}\"")));
        assert!(body.contains("value=\"bij meneer thuis\""));
        let (_, page) = case_page(&c, &case_url).await;
        assert_eq!(open_tasks(&page, &reference).len(), 1, "nothing planned");

        // A home visit next week: a task on that day, on Mijn werk.
        let next_week = day(7);
        let (status, _) = submit(
            &c,
            &base,
            &reference,
            "/planned",
            &[
                ("planned_kind", "home_visit"),
                ("planned_on", &next_week),
                ("planned_what", "bij meneer thuis"),
            ],
        )
        .await;
        assert_eq!(status, 303);
        let visit = "Huisbezoek (gepland): bij meneer thuis";
        let (_, page) = case_page(&c, &case_url).await;
        let (visit_id, _) = open_tasks(&page, &reference)
            .into_iter()
            .find(|(_, t)| t == visit)
            .expect("the planned visit is a task");
        assert!(page.contains("Afspraak gepland"), "on the timeline");
        let (_, work) = get(&c, &format!("{base}/admin/work")).await;
        assert!(work.contains(visit), "on Mijn werk");
        assert!(work.contains("Vervolg bemiddeling met inwoner en Wmo-consulent"));

        // The contact form takes a home visit ahead as a plan; a phone call ahead stays refused.
        let in_three = day(3);
        let (status, _) = submit(
            &c,
            &base,
            &reference,
            "/contacts",
            &[
                ("channel", "home_visit"),
                ("on", &in_three),
                ("note", "bij de dochter"),
            ],
        )
        .await;
        assert_eq!(status, 303);
        let (status, body) = submit(
            &c,
            &base,
            &reference,
            "/contacts",
            &[("channel", "phone"), ("on", &in_three)],
        )
        .await;
        assert_eq!(status, 422);
        assert!(body.contains("Deze datum ligt in de toekomst"));
        let (_, page) = case_page(&c, &case_url).await;
        assert!(
            open_tasks(&page, &reference)
                .iter()
                .any(|(_, t)| t == "Huisbezoek (gepland): bij de dochter")
        );

        // Marking it held: bad minutes are refused and kept; then the contact moment is recorded.
        let held = format!("/tasks/{visit_id}/held");
        let (status, body) = submit(
            &c,
            &base,
            &reference,
            &held,
            &[("held_minutes", "veel"), ("held_note", "Goed gesprek")],
        )
        .await;
        assert_eq!(status, 422);
        assert!(body.contains("value=\"veel\""));
        assert!(body.contains(">Goed gesprek</textarea>"));
        let (_, page) = case_page(&c, &case_url).await;
        assert!(
            open_tasks(&page, &reference)
                .iter()
                .any(|(_, t)| t == visit)
        );
        let (status, _) = submit(
            &c,
            &base,
            &reference,
            &held,
            &[
                ("held_minutes", "45"),
                ("held_note", "Goed gesprek aan de keukentafel"),
            ],
        )
        .await;
        assert_eq!(status, 303);
        let (_, page) = case_page(&c, &case_url).await;
        assert!(
            !open_tasks(&page, &reference)
                .iter()
                .any(|(_, t)| t == visit)
        );
        assert!(page.contains(&format!("<s>{visit}</s>")));
        assert!(page.contains("Goed gesprek aan de keukentafel"));
        assert!(page.contains("45 minuten"), "the minutes count");
        assert!(page.contains("Huisbezoek") && page.contains(" · 45 min"));
        // Held twice is not possible: the task is done.
        let (status, _) = submit(&c, &base, &reference, &held, &[("held_minutes", "45")]).await;
        assert_eq!(status, 404);
        let (_, work) = get(&c, &format!("{base}/admin/work")).await;
        assert!(!work.contains(visit));
        server.stop();
    }
}

#[tokio::test]
async fn closing_with_open_tasks_asks_what_to_do_with_each() {
    for store in Store::all().await {
        let (server, c) = setup(&store).await;
        let base = server.url.clone();
        let (reference, _) = intake(&base, "Jan Jansen", "Mijn hulp is gestopt").await;
        contact_done(&c, &base, &reference).await;
        let case_url = format!("{base}/admin/cases/{reference}");
        let soon = day(2);
        for title in ["Terugbellen over de uitkomst", "Dossier opruimen"] {
            let (status, _) = submit(
                &c,
                &base,
                &reference,
                "/tasks",
                &[("title", title), ("due_on", &soon)],
            )
            .await;
            assert_eq!(status, 303, "{}", store.label);
        }
        let (_, page) = case_page(&c, &case_url).await;
        let tasks = open_tasks(&page, &reference);
        assert_eq!(tasks.len(), 2);
        let id = |t: &str| tasks.iter().find(|(_, x)| x == t).unwrap().0.clone();
        let (call, tidy) = (id("Terugbellen over de uitkomst"), id("Dossier opruimen"));

        // Bad input (no outcome) is refused on the case page as before.
        let (status, body) = submit(&c, &base, &reference, "/close", &[("reason", "klaar")]).await;
        assert_eq!(status, 422);
        assert!(body.contains("Vul dit veld in."), "the outcome is required");

        // Closing lists the open tasks with a choice for each; nothing is closed yet.
        let (status, confirm) = submit(
            &c,
            &base,
            &reference,
            "/close",
            &[("outcome", "resolved"), ("reason", "Opgelost")],
        )
        .await;
        assert_eq!(status, 200);
        assert!(confirm.contains("Kies bij elke taak wat ermee gebeurt"));
        for t in [&call, &tidy] {
            assert!(confirm.contains(&format!("name=\"task_{t}\" value=\"done\"")));
            assert!(confirm.contains(&format!("name=\"task_{t}\" value=\"keep\"")));
        }
        assert!(confirm.contains("Terugbellen over de uitkomst"));
        assert!(confirm.contains("name=\"outcome\" value=\"resolved\""));
        let (_, page) = case_page(&c, &case_url).await;
        assert!(page.contains("Kwestie afsluiten"), "still open");

        // A choice missing: refused with a clear message, still open.
        let close_url = format!("{case_url}/close");
        let field_call = format!("task_{call}");
        let field_tidy = format!("task_{tidy}");
        let res = post(
            &c,
            &close_url,
            &confirm,
            &[
                ("confirm", "1"),
                ("outcome", "resolved"),
                ("reason", "Opgelost"),
                (&field_call, "keep"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 409);
        let body = res.text().await.unwrap();
        assert!(body.contains("Kies bij elke taak: afgerond, of bewaren als herinnering"));
        assert!(body.contains(&format!("name=\"task_{call}\" value=\"keep\" checked")));
        let (_, page) = case_page(&c, &case_url).await;
        assert!(page.contains("Kwestie afsluiten"), "still open");

        // Keep one, finish the other.
        let res = post(
            &c,
            &close_url,
            &confirm,
            &[
                ("confirm", "1"),
                ("outcome", "resolved"),
                ("reason", "Opgelost"),
                (&field_call, "keep"),
                (&field_tidy, "done"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        let (_, page) = case_page(&c, &case_url).await;
        assert!(page.contains("Heropenen"), "closed");
        assert!(page.contains("<s>Dossier opruimen</s>"));
        assert!(
            open_tasks(&page, &reference)
                .iter()
                .any(|(_, t)| t == "Terugbellen over de uitkomst"),
            "kept as a reminder on the closed case"
        );
        assert!(page.contains(
            "Afgerond bij het afsluiten: Dossier opruimen. Bewaard als herinnering: Terugbellen over de uitkomst."
        ));
        let (_, work) = get(&c, &format!("{base}/admin/work")).await;
        assert!(
            work.contains("Terugbellen over de uitkomst"),
            "still on Mijn werk"
        );
        assert!(!work.contains("Dossier opruimen"));

        // A case without open tasks closes as before, in one step.
        let (other, _) = intake(&base, "Piet Peters", "Een vraag over de bijstand").await;
        contact_done(&c, &base, &other).await;
        let (status, _) = submit(&c, &base, &other, "/close", &[("outcome", "resolved")]).await;
        assert_eq!(status, 303);
        let (_, page) = case_page(&c, &format!("{base}/admin/cases/{other}")).await;
        assert!(page.contains("Heropenen"));
        server.stop();
    }
}

#[tokio::test]
async fn a_message_carries_a_document_only_its_own_status_link_downloads() {
    for store in Store::all().await {
        let (server, c) = setup(&store).await;
        let base = server.url.clone();
        let confidant = store.token_for("vera@x.example", "confidant", Some("maasdal"));
        let (reference, token) = intake(&base, "Jan Jansen", "Mijn hulp is gestopt").await;
        let (other_ref, other_token) = intake(&base, "Piet Peters", "Een andere vraag").await;
        let upload = |reference: String, name: &'static str, bytes: Vec<u8>| {
            let form = reqwest::multipart::Form::new().part(
                "file",
                reqwest::multipart::Part::bytes(bytes).file_name(name),
            );
            reqwest::Client::new()
                .post(format!("{base}/api/v1/cases/{reference}/attachments"))
                .bearer_auth(&confidant)
                .multipart(form)
                .send()
        };
        let pdf = b"%PDF-1.4\n% besluit van de gemeente\n".to_vec();
        let r = upload(reference.clone(), "besluit.pdf", pdf.clone())
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201, "{}", store.label);
        let r = upload(
            other_ref.clone(),
            "ander.pdf",
            b"%PDF-1.4\n% ander\n".to_vec(),
        )
        .await
        .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let attachment_of = |page: &str, r: &str| {
            after(page, &format!("href=\"/admin/cases/{r}/attachments/"))
                .split('"')
                .next()
                .unwrap()
                .to_string()
        };
        let (_, page) = case_page(&c, &format!("{base}/admin/cases/{reference}")).await;
        let mine = attachment_of(&page, &reference);
        assert!(page.contains(&format!(
            "<option value=\"attachment:{mine}\">besluit.pdf</option>"
        )));
        let (_, other_page) = case_page(&c, &format!("{base}/admin/cases/{other_ref}")).await;
        let theirs = attachment_of(&other_page, &other_ref);

        // Another case's document is refused; the message is kept and nothing is sent.
        let choice = format!("attachment:{theirs}");
        let (status, body) = submit(
            &c,
            &base,
            &reference,
            "/messages",
            &[("message", "Hierbij het besluit"), ("document", &choice)],
        )
        .await;
        assert_eq!(status, 422);
        assert!(body.contains("Dit document hoort niet bij deze kwestie"));
        assert!(body.contains(">Hierbij het besluit</textarea>"));
        let (_, status_page) = get(&c, &format!("{base}/status/{token}")).await;
        assert!(!status_page.contains("Hierbij het besluit"));

        // The message with the case's own attachment; and one with a letter drafted in Naast.
        let choice = format!("attachment:{mine}");
        let (status, _) = submit(
            &c,
            &base,
            &reference,
            "/messages",
            &[("message", "Hierbij het besluit"), ("document", &choice)],
        )
        .await;
        assert_eq!(status, 303);
        let api = reqwest::Client::new();
        let draft = api_get(
            &format!("{base}/api/v1/cases/{reference}/letters/draft?kind=complaint"),
            &confidant,
        )
        .await;
        let mut letter = draft["form"].clone();
        letter["correspondent"] = "Gemeente Maasdal".into();
        let r = api
            .post(format!("{base}/api/v1/cases/{reference}/letters"))
            .bearer_auth(&confidant)
            .json(&letter)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 204, "{}", r.text().await.unwrap());
        let (_, page) = case_page(&c, &format!("{base}/admin/cases/{reference}")).await;
        let letter = after(&page, "<option value=\"letter:")
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let choice = format!("letter:{letter}");
        let (status, _) = submit(
            &c,
            &base,
            &reference,
            "/messages",
            &[("message", "Uw klachtbrief"), ("document", &choice)],
        )
        .await;
        assert_eq!(status, 303);

        // The citizen sees both on the status page and downloads them.
        let citizen = reqwest::Client::new();
        let (_, status_page) = get(&citizen, &format!("{base}/status/{token}")).await;
        let links: Vec<String> = status_page
            .split(&format!("href=\"/status/{token}/documents/"))
            .skip(1)
            .map(|s| s.split('"').next().unwrap().to_string())
            .collect();
        assert_eq!(links.len(), 2, "{status_page}");
        assert!(status_page.contains("Document downloaden: besluit.pdf"));
        let mut ids = Vec::new();
        for id in &links {
            let r = citizen
                .get(format!("{base}/status/{token}/documents/{id}"))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status().as_u16(), 200);
            let disposition = r.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .to_string();
            assert!(disposition.starts_with("attachment"), "{disposition}");
            assert_eq!(r.headers()["content-type"], "application/pdf");
            let bytes = r.bytes().await.unwrap();
            assert!(bytes.starts_with(b"%PDF-"));
            if disposition.contains("besluit.pdf") {
                assert_eq!(bytes.to_vec(), pdf);
            }
            ids.push(id.parse::<i64>().unwrap());
        }

        // The attacker: another case's status link, a guessed id, a made-up link: all 404,
        // and nothing of the document in the answer.
        let max = ids.iter().max().unwrap();
        for url in [
            format!("{base}/status/{other_token}/documents/{}", ids[0]),
            format!("{base}/status/{token}/documents/{}", max + 1),
            format!("{base}/status/{token}/documents/999999"),
            format!("{base}/status/{}/documents/{}", "x".repeat(43), ids[0]),
        ] {
            let r = citizen.get(&url).send().await.unwrap();
            assert_eq!(r.status().as_u16(), 404, "{url}");
            let body = r.text().await.unwrap();
            assert!(!body.contains("besluit") && !body.contains("%PDF"), "{url}");
        }
        let (_, other_status) = get(&citizen, &format!("{base}/status/{other_token}")).await;
        assert!(!other_status.contains("/documents/"));

        // Each download is audited (by id, no names).
        let pool = store.raw().await;
        let reads: Vec<String> = sqlx::query_scalar(
            "SELECT object_id FROM audit_log WHERE action = 'case.citizen_document_read' ORDER BY seq",
        )
        .fetch_all(&pool)
        .await
        .unwrap();
        assert_eq!(reads, links);
        server.stop();
    }
}
