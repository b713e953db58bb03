//! A kwestie through its whole life, its statistical record, bad input, and who may see it.

use crate::harness::*;

/// A demo-free set-up: two tenants, a confidant for maasdal only, a coordinator; returns a
/// signed-in browser for the confidant.
pub(crate) async fn confidant(store: &Store, server: &Server) -> reqwest::Client {
    let _ = store;
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
    vera
}

fn reference_from_location(loc: &str) -> String {
    loc.trim_start_matches("/admin/cases/")
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn a_kwestie_goes_from_phone_intake_to_closing_and_keeps_its_statistical_record() {
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
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let vera = confidant(&store, &server).await;
        let base = &server.url;

        // Bad input first: nothing is registered and what was typed stays.
        let (_, form) = get(&vera, &format!("{base}/admin/cases/new")).await;
        let res = post(
            &vera,
            &format!("{base}/admin/cases"),
            &form,
            &[
                ("tenant", "maasdal"),
                ("channel", "pigeon"),
                ("story", "Mijn pgb is gestopt."),
                ("opened_on", "2100-01-01"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{}", store.label);
        let body = res.text().await.unwrap();
        assert!(
            body.contains("Onbekende keuze")
                && body.contains("in de toekomst")
                && body.contains("anoniem"),
            "every problem named"
        );
        assert!(body.contains("Mijn pgb is gestopt."), "the story is kept");
        let res = post(
            &vera,
            &format!("{base}/admin/cases"),
            &form,
            &[
                ("tenant", "lindeveld"),
                ("channel", "phone"),
                ("story", "x"),
                ("anonymous", "1"),
            ],
        )
        .await;
        assert_eq!(
            res.status().as_u16(),
            422,
            "a tenant not assigned to her is refused"
        );

        // A wrong phone number marks the phone field only, its error beside it (below "Blijft
        // anoniem", not above the whole contact block), and keeps what was typed.
        let res = post(
            &vera,
            &format!("{base}/admin/cases"),
            &form,
            &[
                ("tenant", "maasdal"),
                ("channel", "phone"),
                ("story", "Bel mij terug"),
                ("name", "Jan Jansen"),
                ("phone", "06 12"),
                ("email", "jan@voorbeeld.nl"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{}", store.label);
        let refused = res.text().await.unwrap();
        assert!(refused.contains("<fieldset class=\"field\" id=\"contact\">"));
        let contact = &refused[refused.find("id=\"contact\"").unwrap()..];
        let (anonymous, phone_error) = (
            contact.find("Blijft anoniem").unwrap(),
            contact.find("id=\"phone-error\"").unwrap(),
        );
        assert!(anonymous < phone_error, "the error sits by the phone field");
        let field = &contact[..contact.find("<input id=\"phone\"").unwrap()];
        let field = &field[field.rfind("<div").unwrap()..];
        assert!(
            field.starts_with("<div class=\"field invalid\">"),
            "{field}"
        );
        assert!(field.contains("geen geldig telefoonnummer"), "{field}");
        assert_eq!(
            contact.matches("field invalid").count(),
            1,
            "only the phone field is marked"
        );
        assert!(contact.contains("value=\"06 12\"") && contact.contains("value=\"Jan Jansen\""));

        // A phone intake with the essentials.
        let res = post(
            &vera,
            &format!("{base}/admin/cases"),
            &form,
            &[
                ("tenant", "maasdal"),
                ("channel", "phone"),
                ("story", "Mijn moeder krijgt geen huishoudelijke hulp meer."),
                ("name", "Jan Jansen"),
                ("phone", "06 12345678"),
                ("email", "jan@voorbeeld.nl"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303, "{}", store.label);
        let reference = reference_from_location(&location(&res));
        assert!(
            reference.starts_with("NST-") && reference.len() == 13,
            "{reference}"
        );
        let (status, page) = get(&vera, &format!("{base}/admin/cases/{reference}")).await;
        assert_eq!(status, 200);
        assert!(page.contains("Jan Jansen") && page.contains("geen huishoudelijke hulp"));

        // Clarify, with a provider that is not the tenant's refused first.
        let res = post(
            &vera,
            &format!("{base}/admin/cases/{reference}/clarify"),
            &page,
            &[
                (
                    "version",
                    after(&page, "name=\"version\" value=\"")
                        .split('"')
                        .next()
                        .unwrap(),
                ),
                ("area", "wmo"),
                ("organisation", "nowhere_care"),
                ("natures", "treatment"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422);
        let version = after(&page, "name=\"version\" value=\"")
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let clarify = [
            ("version", version.as_str()),
            ("problem", "Wmo-indicatie ingetrokken zonder gesprek"),
            ("area", "wmo"),
            ("organisation", "municipality"),
            ("natures", "decision_process"),
            ("natures", "treatment"),
            ("primary_nature", "decision_process"),
            ("decision_kind", "wmo_decision"),
            ("decision_date", "2026-10-01"),
            ("decision_sent_on", "2026-10-02"),
            ("options", "objection"),
            ("option_chosen", "objection"),
        ];
        let res = post(
            &vera,
            &format!("{base}/admin/cases/{reference}/clarify"),
            &page,
            &clarify,
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        // A second save from the same (now stale) page is refused and keeps what was typed.
        let stale = [
            ("version", version.as_str()),
            ("problem", "Een andere formulering"),
            ("area", "jeugd"),
        ];
        let res = post(
            &vera,
            &format!("{base}/admin/cases/{reference}/clarify"),
            &page,
            &stale,
        )
        .await;
        assert_eq!(res.status().as_u16(), 409);
        let body = res.text().await.unwrap();
        assert!(
            body.contains("Iemand anders heeft dit intussen gewijzigd")
                && body.contains("Een andere formulering")
        );

        // Contact moments, a note, a task.
        let res = post(
            &vera,
            &format!("{base}/admin/cases/{reference}/contacts"),
            &page,
            &[
                ("channel", "phone"),
                ("activities", "listening"),
                ("activities", "clarifying"),
                ("minutes", "25"),
                ("note", "Bezwaartermijn besproken"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        let res = post(
            &vera,
            &format!("{base}/admin/cases/{reference}/contacts"),
            &page,
            &[
                ("channel", "home_visit"),
                ("activities", "objection_support"),
                ("activities", "listening"),
                ("minutes", "60"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        let res = post(
            &vera,
            &format!("{base}/admin/cases/{reference}/contacts"),
            &page,
            &[("channel", "phone"), ("minutes", "lots")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "bad minutes refused");
        let res = post(
            &vera,
            &format!("{base}/admin/cases/{reference}/tasks"),
            &page,
            &[
                ("title", "Bezwaarschrift nalezen"),
                ("due_on", "2020-01-01"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        let (_, work) = get(&vera, &format!("{base}/admin/work")).await;
        assert!(
            work.contains("Bezwaarschrift nalezen") && work.contains("dagen te laat"),
            "overdue task on my work"
        );

        // Close, check the statistical record; reopen needs a reason. The open task is listed
        // first with a choice (done, or kept as a reminder); it is done.
        let close = [
            ("outcome", "objection_filed"),
            ("external_outcome", "in_behandeling"),
            ("reason", "Bezwaar ingediend"),
        ];
        let res = post(
            &vera,
            &format!("{base}/admin/cases/{reference}/close"),
            &page,
            &close,
        )
        .await;
        assert_eq!(res.status().as_u16(), 200, "the open task is asked about");
        let confirm = res.text().await.unwrap();
        let mut tasks: Vec<String> = confirm
            .split("name=\"task_")
            .skip(1)
            .map(|s| format!("task_{}", s.split('"').next().unwrap()))
            .collect();
        tasks.dedup();
        assert!(confirm.contains("Bezwaarschrift nalezen"));
        let mut fields = close.to_vec();
        fields.push(("confirm", "1"));
        fields.extend(tasks.iter().map(|t| (t.as_str(), "done")));
        let res = post(
            &vera,
            &format!("{base}/admin/cases/{reference}/close"),
            &confirm,
            &fields,
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        let (_, page) = get(&vera, &format!("{base}/admin/cases/{reference}")).await;
        assert!(page.contains("Bezwaar ingediend") && page.contains("Afgesloten"));
        let res = post(
            &vera,
            &format!("{base}/admin/cases/{reference}/contacts"),
            &page,
            &[("channel", "phone")],
        )
        .await;
        assert_eq!(
            res.status().as_u16(),
            409,
            "a closed case takes no contact moment"
        );
        assert!(res.text().await.unwrap().contains("Heropen hem eerst"));

        let raw = store.raw().await;
        let row = sqlx::query("SELECT area, organisation, primary_nature, channel, outcome, external_outcome, activities, minutes, closed_on, stat_citizen_id FROM stat_records").fetch_one(&raw).await.unwrap();
        let get_s = |c: &str| sqlx::Row::get::<Option<String>, _>(&row, c);
        assert_eq!(get_s("area").as_deref(), Some("wmo"));
        assert_eq!(get_s("organisation").as_deref(), Some("municipality"));
        assert_eq!(get_s("primary_nature").as_deref(), Some("decision_process"));
        assert_eq!(get_s("outcome").as_deref(), Some("objection_filed"));
        assert_eq!(get_s("external_outcome").as_deref(), Some("in_behandeling"));
        assert_eq!(
            get_s("activities").as_deref(),
            Some("clarifying:1,listening:2,objection_support:1")
        );
        assert_eq!(sqlx::Row::get::<i64, _>(&row, "minutes"), 85);
        assert!(get_s("closed_on").is_some() && get_s("stat_citizen_id").is_some());

        let res = post(
            &vera,
            &format!("{base}/admin/cases/{reference}/reopen"),
            &page,
            &[("reason", "")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422);
        let res = post(
            &vera,
            &format!("{base}/admin/cases/{reference}/reopen"),
            &page,
            &[("reason", "Nieuwe brief van de gemeente")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        let outcome: Option<String> = sqlx::Row::get(
            &sqlx::query("SELECT outcome FROM stat_records")
                .fetch_one(&raw)
                .await
                .unwrap(),
            "outcome",
        );
        assert_eq!(outcome, None, "the record follows the reopened case");

        // Finding it: by reference (typed sloppily), by name and e-mail, and by part of a name.
        let sloppy = reference.to_lowercase().replace('-', "");
        let (_, list) = get(&vera, &format!("{base}/admin/cases?q={sloppy}")).await;
        assert!(list.contains(&reference), "{}", store.label);
        let (_, list) = get(&vera, &format!("{base}/admin/cases?q=jan%20jansen")).await;
        assert!(list.contains(&reference));
        let (_, list) = get(&vera, &format!("{base}/admin/cases?q=JAN@voorbeeld.nl")).await;
        assert!(list.contains(&reference));
        let (_, list) = get(&vera, &format!("{base}/admin/cases?q=Jansen")).await;
        assert!(list.contains(&reference));
        let (_, list) = get(&vera, &format!("{base}/admin/cases?status=closed")).await;
        assert!(!list.contains(&reference));

        // Nothing of the citizen is in the database in clear.
        for probe in [
            "Jan Jansen",
            "jan@voorbeeld.nl",
            "06 12345678",
            "huishoudelijke hulp",
            "Bezwaartermijn besproken",
            "Bezwaarschrift nalezen",
        ] {
            let hits: i64 = sqlx::Row::get(
                &sqlx::query("SELECT COUNT(*) AS n FROM cases WHERE CAST(sealed AS TEXT) LIKE $1")
                    .bind(format!("%{probe}%"))
                    .fetch_one(&raw)
                    .await
                    .unwrap(),
                "n",
            );
            assert_eq!(hits, 0, "{probe}");
        }
        if store.database_url.is_none() {
            drop(server);
            let mut bytes = std::fs::read(store.dir.path().join("naast.db")).unwrap();
            if let Ok(wal) = std::fs::read(store.dir.path().join("naast.db-wal")) {
                bytes.extend(wal);
            }
            let hay = String::from_utf8_lossy(&bytes);
            for probe in [
                "Jan Jansen",
                "jan@voorbeeld.nl",
                "12345678",
                "huishoudelijke",
                "Bezwaartermijn",
            ] {
                assert!(!hay.contains(probe), "{probe} found in the database file");
            }
        }
    }
}

/// Every case route of the router, read from the source so that a new route is covered by
/// the test the moment it is added: (method, path template).
fn case_routes() -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for (source, prefix) in [
        (include_str!("../../../naast-web/src/pages.rs"), ""),
        (include_str!("../../../naast-web/src/api/cases.rs"), "/api"),
    ] {
        for line in source
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with(".route(\""))
        {
            let path = line.split('"').nth(1).unwrap();
            if !path.contains("/cases") && !path.contains("/work") {
                continue;
            }
            for (needle, method) in [("get(", "GET"), ("post(", "POST"), ("put(", "PUT")] {
                if line.contains(needle) {
                    out.push((method, format!("{prefix}{path}")));
                }
            }
        }
    }
    out
}

async fn sign_up(
    store: &Store,
    server: &Server,
    email: &str,
    role: &str,
    tenant: &str,
) -> reqwest::Client {
    let link = store
        .run(&[
            "user", "add", "--email", email, "--role", role, "--tenant", tenant,
        ])
        .1
        .trim()
        .to_string();
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

#[tokio::test]
async fn municipality_users_and_other_tenants_confidants_get_nothing_on_any_case_route() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    store.run(&[
        "tenant",
        "add",
        "--slug",
        "lindeveld",
        "--name",
        "Lindeveld",
    ]);
    let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
    let vera = confidant(&store, &server).await;
    let (_, form) = get(&vera, &format!("{}/admin/cases/new", server.url)).await;
    let res = post(
        &vera,
        &format!("{}/admin/cases", server.url),
        &form,
        &[
            ("tenant", "maasdal"),
            ("channel", "walk_in"),
            ("story", "Geheim verhaal"),
            ("anonymous", "1"),
        ],
    )
    .await;
    let reference = reference_from_location(&location(&res));
    let vera_token = store
        .run(&["token", "create", "--user", "vera@naast.example"])
        .1
        .trim()
        .to_string();

    let routes = case_routes();
    assert!(routes.len() >= 20, "routes found: {routes:?}");
    let api = reqwest::Client::new();
    let concrete = |p: &str| {
        format!(
            "{}{}",
            server.url,
            p.replace("{reference}", &reference).replace("{id}", "1")
        )
    };

    // Positive control: the case is there for its own confidant.
    let res = api
        .get(concrete("/api/v1/cases/{reference}"))
        .bearer_auth(&vera_token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let (status, _) = get(&vera, &concrete("/admin/cases/{reference}")).await;
    assert_eq!(status, 200);

    let gemeente = sign_up(
        &store,
        &server,
        "g@maasdal.example",
        "municipality",
        "maasdal",
    )
    .await;
    let other = sign_up(
        &store,
        &server,
        "t@lindeveld.example",
        "confidant",
        "lindeveld",
    )
    .await;
    let gemeente_token = store
        .run(&["token", "create", "--user", "g@maasdal.example"])
        .1
        .trim()
        .to_string();
    let other_token = store
        .run(&["token", "create", "--user", "t@lindeveld.example"])
        .1
        .trim()
        .to_string();
    let body = serde_json::json!({"tenant": "maasdal", "channel": "phone", "story": "x", "anonymous": true, "note": "x", "outcome": "resolved", "version": 1, "status": "waiting_citizen", "reason": "x", "title": "x", "due_on": "2027-01-01"});

    for (who, browser_client, token) in [
        ("municipality", &gemeente, &gemeente_token),
        ("other tenant", &other, &other_token),
    ] {
        let (_, page) = get(browser_client, &format!("{}/admin/account", server.url)).await;
        for (method, path) in &routes {
            let url = concrete(path);
            let status = if path.starts_with("/api") {
                let req = match *method {
                    "GET" => api.get(&url),
                    "PUT" => api.put(&url).json(&body),
                    _ => api.post(&url).json(&body),
                };
                req.bearer_auth(token)
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            } else if *method == "GET" {
                get(browser_client, &url).await.0
            } else {
                post(
                    browser_client,
                    &url,
                    &page,
                    &[
                        ("tenant", "maasdal"),
                        ("channel", "phone"),
                        ("story", "x"),
                        ("anonymous", "1"),
                        ("outcome", "resolved"),
                        ("note", "x"),
                    ],
                )
                .await
                .status()
                .as_u16()
            };
            let allowed = match (who, path.as_str()) {
                // An empty list and an empty day are fine for another tenant's confidant: they show nothing of this case.
                (
                    "other tenant",
                    "/admin/cases" | "/api/v1/cases" | "/admin/work" | "/api/v1/work"
                    | "/admin/cases/new",
                ) if *method == "GET" => status == 200,
                // Registering a case for a tenant that is not theirs is refused on the tenant field.
                ("other tenant", "/admin/cases" | "/api/v1/cases") => status == 422,
                _ => status == 403 || status == 404,
            };
            assert!(allowed, "{who}: {method} {path} answered {status}");
        }
        let list: serde_json::Value = api_get(&format!("{}/api/v1/cases", server.url), token).await;
        let shown = list
            .get("cases")
            .and_then(|c| c.as_array())
            .map(|c| c.len())
            .unwrap_or(0);
        assert_eq!(shown, 0, "{who}: no case listed");
    }
    // Nothing changed: still one case, with no timeline entry from the refused calls.
    let raw = store.raw().await;
    let n: i64 = sqlx::Row::get(
        &sqlx::query("SELECT COUNT(*) AS n FROM cases")
            .fetch_one(&raw)
            .await
            .unwrap(),
        "n",
    );
    assert_eq!(n, 1);
    let n: i64 = sqlx::Row::get(
        &sqlx::query("SELECT COUNT(*) AS n FROM case_entries")
            .fetch_one(&raw)
            .await
            .unwrap(),
        "n",
    );
    assert_eq!(n, 1, "only the walk-in itself, its first contact moment");
}
