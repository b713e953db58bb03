//! The confidant's day after the usability round: a short "Mijn werk" with counts, a few lines
//! per section and a link to each whole section; terms that ran out shown once as lapsed with
//! what can still be done, then only on the kwestie; the intake that asks for the municipality
//! in words, preselects the only one, logs the call as the first contact moment and confirms
//! the registration; the terms tab that counts the term to object as a running term.

use crate::harness::*;
use serde_json::{Value, json};

/// Two tenants; a coordinator (both) and Vera, a confidant of Maasdal only, signed in in a
/// browser; and an API token of Vera's.
async fn people(store: &Store, server: &Server) -> (reqwest::Client, reqwest::Client, String) {
    let (coord, _) = first_coordinator(server, "cor@naast.example").await;
    let (_, form) = get(&coord, &format!("{}/admin/users/new", server.url)).await;
    let res = post(
        &coord,
        &format!("{}/admin/users", server.url),
        &form,
        &[
            ("email", "vera@naast.example"),
            ("display_name", "Vera Vos"),
            ("role", "confidant"),
            ("tenants", "maasdal"),
        ],
    )
    .await;
    let page = res.text().await.unwrap();
    let link = after(&page, "<code class=\"secret\" id=\"setup-link\">").to_string();
    let vera = browser();
    let (_, setup) = get(&vera, &link).await;
    post(
        &vera,
        &link,
        &setup,
        &[
            ("display_name", "Vera"),
            ("password", PASSWORD),
            ("password2", PASSWORD),
        ],
    )
    .await;
    enrol(&vera, &server.url).await;
    let (code, token, err) = store.run(&["token", "create", "--user", "vera@naast.example"]);
    assert_eq!(code, 0, "{err}");
    (coord, vera, token.trim().to_string())
}

fn tenants(store: &Store) {
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    store.run(&[
        "tenant",
        "add",
        "--slug",
        "lindeveld",
        "--name",
        "Lindeveld",
    ]);
}

fn day(days_from_today: i64) -> String {
    naast_app::clock::today()
        .checked_add(jiff::Span::new().days(days_from_today))
        .unwrap()
        .to_string()
}

/// Dutch day as the screens show it.
fn dutch(iso: &str) -> String {
    let p: Vec<&str> = iso.split('-').collect();
    format!("{}-{}-{}", p[2], p[1], p[0])
}

#[tokio::test]
async fn the_intake_asks_for_the_municipality_logs_the_call_and_confirms() {
    for store in Store::all().await {
        tenants(&store);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let (coord, vera, _) = people(&store, &server).await;
        let base = &server.url;
        let label = &store.label;

        // With two municipalities nothing is chosen, and leaving it open says what to do, next
        // to the field, keeping what was typed.
        let (_, form) = get(&coord, &format!("{base}/admin/cases/new")).await;
        assert!(!form.contains(" checked><label for=\"tenant-"), "{label}");
        assert!(form.contains("Kies eerst de gemeente"));
        let res = post(
            &coord,
            &format!("{base}/admin/cases"),
            &form,
            &[
                ("channel", "phone"),
                ("story", "Mijn pgb is gestopt."),
                ("anonymous", "1"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
        let body = res.text().await.unwrap();
        assert!(
            body.contains("<p class=\"field-error\">Kies de gemeente waar de inwoner woont.</p>"),
            "the message at the field: {body}"
        );
        assert!(!body.contains("Onbekende gemeente"), "no empty code");
        assert!(body.contains("Mijn pgb is gestopt."), "the story is kept");

        // Vera works for Maasdal only: it is chosen for her.
        let (_, form) = get(&vera, &format!("{base}/admin/cases/new")).await;
        assert!(
            form.contains("value=\"maasdal\" checked>"),
            "preselected ({label})"
        );

        // Minutes that are no number: refused at the field, nothing registered, text kept.
        let res = post(
            &vera,
            &format!("{base}/admin/cases"),
            &form,
            &[
                ("tenant", "maasdal"),
                ("channel", "phone"),
                ("minutes", "een kwartier"),
                ("story", "Traplift afgewezen."),
                ("name", "Jan Jansen"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422);
        let body = res.text().await.unwrap();
        assert!(body.contains("Vul het aantal minuten in als heel getal"));
        assert!(body.contains("Traplift afgewezen.") && body.contains("een kwartier"));
        let raw = store.raw().await;
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM cases")
            .fetch_one(&raw)
            .await
            .unwrap();
        assert_eq!(n, 0, "nothing registered");

        // A phone call of 15 minutes: registered, confirmed, and the call is the first
        // contact moment, with its channel, date and minutes.
        let res = post(
            &vera,
            &format!("{base}/admin/cases"),
            &form,
            &[
                ("tenant", "maasdal"),
                ("channel", "phone"),
                ("minutes", "15"),
                ("story", "Traplift afgewezen."),
                ("name", "Jan Jansen"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303, "{label}");
        let to = location(&res);
        let reference = to
            .trim_start_matches("/admin/cases/")
            .split('?')
            .next()
            .unwrap()
            .to_string();
        let (_, page) = get(&vera, &format!("{base}{to}")).await;
        assert!(
            page.contains(&format!("Kwestie {reference} geregistreerd.")),
            "{page}"
        );
        assert!(!page.contains("Opgeslagen."));
        assert!(page.contains("15 minuten"), "the call counts");
        let (_, timeline) = get(&vera, &format!("{base}/admin/cases/{reference}/tijdlijn")).await;
        assert!(
            timeline.contains(&format!(
                "<strong>Contactmoment</strong> · {} · Telefoon · 15 minuten · Vera",
                dutch(&day(0))
            )),
            "{timeline}"
        );
        server.stop();
    }
}

#[tokio::test]
async fn mijn_werk_is_short_and_a_lapsed_term_is_shown_once_with_what_can_still_be_done() {
    for store in Store::all().await {
        tenants(&store);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let (_, vera, token) = people(&store, &server).await;
        let base = &server.url;
        let label = &store.label;
        let api = reqwest::Client::new();

        // Eight kwesties, each with a decision: the term to object ends in the coming two weeks
        // for six, ran out five days ago for one and fifty days ago for another.
        let mut refs = Vec::new();
        for (i, ends_in) in [3, 4, 5, 6, 7, 8, -5, -50].iter().enumerate() {
            let reference = api_intake(
                base,
                &token,
                "maasdal",
                &format!("Besluit {i}"),
                &format!("Inwoner {i}"),
            )
            .await;
            let url = format!("{base}/api/v1/cases/{reference}");
            let version = api_get(&url, &token).await["version"].clone();
            // Awb 6:7: six weeks from the day after sending; put the last day where wanted.
            let sent = naast_app::clock::today()
                .checked_add(jiff::Span::new().days(ends_in - 42))
                .unwrap()
                .to_string();
            let res = api
                .put(format!("{url}/clarify"))
                .bearer_auth(&token)
                .json(
                    &json!({"version": version, "area": "wmo", "decision_kind": "wmo_decision",
                    "decision_date": sent, "decision_sent_on": sent}),
                )
                .send()
                .await
                .unwrap();
            assert_eq!(res.status().as_u16(), 204, "{}", res.text().await.unwrap());
            refs.push(reference);
        }
        // The first also has a task of her own, due tomorrow.
        let res = api
            .post(format!("{base}/api/v1/cases/{}/tasks", refs[0]))
            .bearer_auth(&token)
            .json(&json!({"title": "Terugbellen", "due_on": day(1)}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 204, "{}", res.text().await.unwrap());
        let due = |v: &Value| -> String {
            v["tasks"][0]["due_on"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        };
        let lapsed_ref = &refs[6];
        let gone_ref = &refs[7];
        let lapsed_due = due(&api_get(&format!("{base}/api/v1/cases/{lapsed_ref}"), &token).await);
        assert!(
            lapsed_due < day(0) && lapsed_due >= day(-14),
            "{lapsed_due}"
        );
        let gone_due = due(&api_get(&format!("{base}/api/v1/cases/{gone_ref}"), &token).await);
        assert!(gone_due < day(-14), "{gone_due}");

        // The API: the running terms, the lapsed one apart with its rule, the old one gone.
        let work = api_get(&format!("{base}/api/v1/work"), &token).await;
        let in_section = |section: &str, r: &str| {
            work[section]
                .as_array()
                .unwrap()
                .iter()
                .any(|l| l["reference"] == r || l["case"] == r)
        };
        assert_eq!(work["terms"].as_array().unwrap().len(), 6, "{label}");
        assert!(in_section("lapsed", lapsed_ref) && !in_section("terms", lapsed_ref));
        assert_eq!(work["lapsed"][0]["rule"], "awb-6:7-bezwaar");
        assert!(!in_section("lapsed", gone_ref) && !in_section("terms", gone_ref));
        assert!(
            !in_section("tasks", gone_ref),
            "not back as an overdue task"
        );
        assert!(in_section("open", gone_ref), "still one of her kwesties");

        // The page: counts, five lines of the six terms and a link to all six.
        let (status, page) = get(&vera, &format!("{base}/admin/work")).await;
        assert_eq!(status, 200);
        let terms = &page[page.find("<section aria-labelledby=\"h-terms\"").unwrap()..];
        let terms = &terms[..terms.find("</section>").unwrap()];
        assert!(
            terms.contains("<span class=\"count\">6</span>"),
            "count: {terms}"
        );
        assert_eq!(terms.matches("<li class=\"work-line").count(), 5, "{terms}");
        assert!(
            terms.contains("href=\"/admin/work?section=terms&#38;sort=deadline\"")
                && terms.contains("Toon alle 6"),
            "{terms}"
        );
        // The lapsed term: once, as lapsed, with the hint of Awb 6:11; the old one not at all.
        let lapsed = &page[page.find("<section aria-labelledby=\"h-lapsed\"").unwrap()..];
        let lapsed = &lapsed[..lapsed.find("</section>").unwrap()];
        assert!(lapsed.contains(lapsed_ref.as_str()) && lapsed.contains("Awb 6:11"));
        assert!(lapsed.contains(&format!("Verstreken op {}", dutch(&lapsed_due))));
        assert!(
            !page.contains("dagen te laat"),
            "no days-late count for a lapsed term"
        );
        assert!(
            !terms.contains(gone_ref.as_str()) && !lapsed.contains(gone_ref.as_str()),
            "the old term is off the day"
        );
        // "Open, niet wachtend" leaves out what is shown above and says where the rest is.
        let open = &page[page.find("<section aria-labelledby=\"h-open\"").unwrap()..];
        let open = &open[..open.find("</section>").unwrap()];
        assert!(open.contains("<span class=\"count\">8</span>"), "{open}");
        assert!(open.contains(gone_ref.as_str()), "{open}");
        // A kwestie in two sections says so.
        assert!(terms.contains("Ook in: Taken"), "{terms}");
        let tasks = &page[page.find("<section aria-labelledby=\"h-tasks\"").unwrap()..];
        let tasks = &tasks[..tasks.find("</section>").unwrap()];
        assert!(tasks.contains("Terugbellen") && tasks.contains("Ook in: Termijnen"));

        // The whole section, on its own page.
        let (status, all) = get(&vera, &format!("{base}/admin/work?section=terms")).await;
        assert_eq!(status, 200);
        assert_eq!(all.matches("<li class=\"work-line").count(), 6, "{label}");
        assert!(all.contains("Terug naar vandaag") && !all.contains("h-open"));

        // The menu count leaves out the term that is off the day, and keeps the lapsed one.
        let (_, page) = get(&vera, &format!("{base}/admin/cases/{lapsed_ref}/taken")).await;
        assert!(
            page.split("Mijn werk <span class=\"count\"")
                .nth(1)
                .and_then(|rest| rest.split_once('>'))
                .is_some_and(|(_, count)| count.starts_with("1<")),
            "one overdue: the lapsed term ({label})"
        );

        // On the kwestie, the terms tab agrees with itself: a running term to object is a
        // running term; a lapsed one says what can still be done.
        let (_, running) = get(&vera, &format!("{base}/admin/cases/{}/taken", refs[0])).await;
        assert!(
            !running.contains("Er loopt geen termijn"),
            "no contradiction ({label})"
        );
        assert!(running.contains("Bezwaar maken tegen het besluit kan tot en met"));
        let (_, old) = get(&vera, &format!("{base}/admin/cases/{gone_ref}/taken")).await;
        assert!(old.contains("Bezwaar maken: termijn verstreken op") && old.contains("Awb 6:11"));
        server.stop();
    }
}

#[tokio::test]
async fn the_citizens_own_message_on_the_timeline_says_so_without_a_dangling_separator() {
    for store in Store::all().await {
        tenants(&store);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let (_, vera, _) = people(&store, &server).await;
        let base = &server.url;
        let citizen = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let r = citizen
            .post(format!("{base}/maasdal/melden"))
            .form(&[
                ("language", "nl"),
                ("story", "Mijn pgb is gestopt."),
                ("area", "wmo"),
                ("name", "Ria Jansen"),
                ("phone", "06 99988877"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303);
        let token = location(&r)
            .trim_start_matches("/status/")
            .trim_end_matches("?nieuw=1")
            .to_string();
        let r = citizen
            .post(format!("{base}/status/{token}/reply"))
            .form(&[("message", "Dank u, donderdag past.")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303);
        let raw = store.raw().await;
        let (reference,): (String,) = sqlx::query_as("SELECT reference FROM cases")
            .fetch_one(&raw)
            .await
            .unwrap();
        let (_, timeline) = get(&vera, &format!("{base}/admin/cases/{reference}/tijdlijn")).await;
        assert!(
            timeline.contains(&format!(
                "<strong>Bericht van de inwoner</strong> · {}</p>",
                dutch(&day(0))
            )),
            "{timeline}"
        );
        assert!(!timeline.contains(" · </p>"), "no dangling separator");
        server.stop();
    }
}
