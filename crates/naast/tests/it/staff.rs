//! Staff administration without surprises (disabling asks first and hands open kwesties to a
//! colleague; "Mijn account" changes the password and replaces the second factor) and an audit
//! log people can read (words, names, references, filters and pages).

use crate::harness::*;

/// A user made through the CLI with a display name, and an API token for them.
fn user(store: &Store, email: &str, name: &str, role: &str, tenant: Option<&str>) -> String {
    let mut args = vec![
        "user", "add", "--email", email, "--role", role, "--name", name,
    ];
    if let Some(t) = tenant {
        args.extend(["--tenant", t]);
    }
    let (code, _, err) = store.run(&args);
    assert_eq!(code, 0, "{err}");
    store
        .run(&["token", "create", "--user", email])
        .1
        .trim()
        .to_string()
}

/// Whether `token` still opens the API.
async fn alive(base: &str, token: &str) -> bool {
    let res = reqwest::Client::new()
        .get(format!("{base}/api/v1/me"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    res.status().as_u16() == 200
}

/// The id of the user with `email`, as the coordinator's API lists them.
async fn user_id(base: &str, coordinator: &str, email: &str) -> i64 {
    let users = api_get(&format!("{base}/api/v1/users"), coordinator).await;
    users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == email)
        .and_then(|u| u["id"].as_i64())
        .unwrap()
}

/// Gives `email` a password through a fresh set-up link and enrols TOTP; returns the signed-in
/// browser, the TOTP secret and the recovery codes.
async fn signed_in(
    base: &str,
    coordinator: &str,
    email: &str,
) -> (reqwest::Client, Vec<u8>, Vec<String>) {
    let id = user_id(base, coordinator, email).await;
    let link: serde_json::Value = reqwest::Client::new()
        .post(format!("{base}/api/v1/users/{id}/setup-link"))
        .bearer_auth(coordinator)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let link = link["setup_link"].as_str().unwrap();
    let link = format!("{base}{}", &link[link.find("/setup/").unwrap()..]);
    let c = browser();
    let (_, setup) = get(&c, &link).await;
    let res = post(
        &c,
        &link,
        &setup,
        &[("password", PASSWORD), ("password2", PASSWORD)],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/account/totp");
    let (_, page) = get(&c, &format!("{base}/account/totp")).await;
    let secret = base32_decode(after(&page, "<code class=\"secret\">"));
    let sealed = sealed_of(&page);
    let code = naast_crypto::totp_code_at(&secret, unix_now());
    let res = post(
        &c,
        &format!("{base}/account/totp"),
        &page,
        &[("sealed", &sealed), ("code", &code)],
    )
    .await;
    assert_eq!(res.status().as_u16(), 200);
    let codes = res
        .text()
        .await
        .unwrap()
        .split("<li><code>")
        .skip(1)
        .filter_map(|s| s.split('<').next().map(String::from))
        .collect::<Vec<_>>();
    assert_eq!(codes.len(), 10);
    (c, secret, codes)
}

fn sealed_of(page: &str) -> String {
    after(page, "name=\"sealed\" value=\"")
        .split('"')
        .next()
        .unwrap()
        .to_string()
}

/// Signs in in a fresh browser with a password and a recovery code.
async fn second_session(base: &str, email: &str, password: &str, code: &str) -> reqwest::Client {
    let c = browser();
    let (_, page) = get(&c, &format!("{base}/login")).await;
    let res = post(
        &c,
        &format!("{base}/login"),
        &page,
        &[("email", email), ("password", password)],
    )
    .await;
    assert_eq!(location(&res), "/login/totp");
    let (_, page) = get(&c, &format!("{base}/login/totp")).await;
    let res = post(&c, &format!("{base}/login/totp"), &page, &[("code", code)]).await;
    assert_eq!(res.status().as_u16(), 303);
    c
}

async fn signed_in_still(c: &reqwest::Client, base: &str) -> bool {
    get(c, &format!("{base}/admin/account")).await.0 == 200
}

async fn count(raw: &sqlx::AnyPool, sql: &str) -> i64 {
    use sqlx::Row;
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(raw)
        .await
        .unwrap()
        .try_get::<i64, _>(0)
        .unwrap()
}

#[tokio::test]
async fn disabling_asks_first_and_hands_the_open_kwesties_to_a_colleague() {
    for store in Store::all().await {
        let label = store.label;
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        store.run(&[
            "tenant",
            "add",
            "--slug",
            "lindeveld",
            "--name",
            "Lindeveld",
        ]);
        let ops = user(&store, "ops@x.example", "Olga Ops", "coordinator", None);
        user(
            &store,
            "cor@x.example",
            "Cor Coördinator",
            "coordinator",
            None,
        );
        let vera = user(
            &store,
            "vera@x.example",
            "Vera Vos",
            "confidant",
            Some("maasdal"),
        );
        user(
            &store,
            "wim@x.example",
            "Wim Wit",
            "confidant",
            Some("maasdal"),
        );
        user(
            &store,
            "olaf@x.example",
            "Olaf Oud",
            "confidant",
            Some("lindeveld"),
        );
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let one = api_intake(
            &base,
            &vera,
            "maasdal",
            "Traplift geweigerd",
            "Henk de Vries",
        )
        .await;
        let two = api_intake(
            &base,
            &vera,
            "maasdal",
            "Geen hulp meer",
            "Fatima El Amrani",
        )
        .await;
        let (c, _, _) = signed_in(&base, &ops, "cor@x.example").await;
        // Wim and Olaf finished their set-up; Ina was invited and never did, Dirk left.
        finish_setup(&base, &ops, "wim@x.example").await;
        finish_setup(&base, &ops, "olaf@x.example").await;
        user(
            &store,
            "ina@x.example",
            "Ina Nieuw",
            "confidant",
            Some("maasdal"),
        );
        user(
            &store,
            "dirk@x.example",
            "Dirk Weg",
            "confidant",
            Some("maasdal"),
        );
        finish_setup(&base, &ops, "dirk@x.example").await;
        let vera_id = user_id(&base, &ops, "vera@x.example").await;
        let wim_id = user_id(&base, &ops, "wim@x.example").await;
        let olaf_id = user_id(&base, &ops, "olaf@x.example").await;
        let ina_id = user_id(&base, &ops, "ina@x.example").await;
        let dirk_id = user_id(&base, &ops, "dirk@x.example").await;
        let res = post(
            &c,
            &format!("{base}/admin/users/{dirk_id}/disable"),
            &get(&c, &format!("{base}/admin/users/{dirk_id}/disable"))
                .await
                .1,
            &[("handover", "")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303, "{label}: Dirk is out");
        let (_, users) = get(&c, &format!("{base}{}", location(&res))).await;
        assert!(
            users.contains("Dirk Weg is uitgeschakeld."),
            "{label}: {users}"
        );
        assert!(!users.contains("overgedragen"), "{label}: he held nothing");

        // The coordinator's start page: what waits, each with the screen that handles it.
        let (status, home) = get(&c, &format!("{base}/admin")).await;
        assert_eq!(status, 200, "{label}");
        assert!(home.contains("Wat op u wacht"), "{label}: {home}");
        let vera_open = format!(
            "<a href=\"/admin/cases?status=open&amp;owner={vera_id}\">Vera Vos</a></th><td class=\"num open\">2</td>"
        );
        assert!(home.contains(&vera_open), "{label}: {home}");
        // Olga, Vera and Ina have no password (Dirk, disabled, does not count).
        assert!(
            home.contains("<a href=\"/admin/users\">3 uitgenodigde accounts</a>"),
            "{label}: {home}"
        );
        assert!(
            home.contains("Geen rapportage wacht op beoordeling."),
            "{label}"
        );
        assert!(home.contains("Geen signaal wacht op nakijken of op antwoord."));
        let (_, list) = get(
            &c,
            &format!("{base}/admin/cases?status=open&owner={vera_id}"),
        )
        .await;
        assert!(
            list.contains(&one) && list.contains(&two),
            "{label}: the link leads to them"
        );

        // The list offers a way to the question, not an instant button.
        let (_, list) = get(&c, &format!("{base}/admin/users")).await;
        assert!(
            list.contains(&format!("href=\"/admin/users/{vera_id}/disable\"")),
            "{label}"
        );
        let (status, page) = get(&c, &format!("{base}/admin/users/{vera_id}/disable")).await;
        assert_eq!(status, 200, "{label}");
        assert!(page.contains("2 open kwesties"), "{label}: {page}");
        assert!(page.contains(&one) && page.contains(&two));
        assert!(page.contains("niet meer inloggen"), "says what will happen");
        assert!(
            page.contains(&format!("value=\"{wim_id}\"")),
            "Wim may take them"
        );
        assert!(
            !page.contains(&format!("value=\"{olaf_id}\"")),
            "Olaf does not work for Maasdal"
        );
        assert!(
            !page.contains(&format!("value=\"{ina_id}\"")) && !page.contains("Ina Nieuw"),
            "{label}: Ina never finished her set-up and cannot take kwesties"
        );
        assert!(
            !page.contains(&format!("value=\"{dirk_id}\"")) && !page.contains("Dirk Weg"),
            "{label}: Dirk is disabled"
        );
        assert!(page.contains("Niemand: laat de kwesties zonder behandelaar"));
        assert!(alive(&base, &vera).await, "asking changed nothing");

        // A colleague who may not see the kwesties, or nonsense: refused, nothing changes.
        for bad in [olaf_id.to_string(), "abc".to_string(), vera_id.to_string()] {
            let res = post(
                &c,
                &format!("{base}/admin/users/{vera_id}/disable"),
                &page,
                &[("handover", bad.as_str())],
            )
            .await;
            assert_eq!(res.status().as_u16(), 422, "{label}: {bad}");
            let body = res.text().await.unwrap();
            assert!(body.contains("kan de kwesties niet overnemen"), "{body}");
            assert!(alive(&base, &vera).await, "{bad}: nothing changed");
        }

        // Handed to Wim: Vera is out, each kwestie is Wim's with an audit and a timeline entry.
        let res = post(
            &c,
            &format!("{base}/admin/users/{vera_id}/disable"),
            &page,
            &[("handover", wim_id.to_string().as_str())],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303, "{label}");
        let back = location(&res);
        assert!(back.starts_with("/admin/users?"), "{label}: {back}");
        assert!(!alive(&base, &vera).await, "{label}: Vera's token stopped");
        // The list says what happened: who left and how many kwesties went to whom.
        let (_, users) = get(&c, &format!("{base}{back}")).await;
        let notice = after(&users, "class=\"notice\" role=\"status\">");
        assert!(
            notice.starts_with("Vera Vos is uitgeschakeld. 2 kwesties overgedragen aan Wim Wit."),
            "{label}: {notice}"
        );
        let raw = store.raw().await;
        let owned = format!("SELECT COUNT(*) FROM cases WHERE owner_user_id = {wim_id}");
        assert_eq!(count(&raw, &owned).await, 2, "{label}");
        assert_eq!(
            count(
                &raw,
                "SELECT COUNT(*) FROM case_entries WHERE kind = 'handover'"
            )
            .await,
            2
        );
        assert_eq!(
            count(
                &raw,
                "SELECT COUNT(*) FROM audit_log WHERE action = 'case.handover'"
            )
            .await,
            2
        );
        assert_eq!(
            count(
                &raw,
                "SELECT COUNT(*) FROM audit_log WHERE action = 'user.disable'"
            )
            .await,
            2,
            "Dirk and Vera"
        );
        let (_, case) = get(&c, &format!("{base}/admin/cases/{one}")).await;
        assert!(case.contains("Overgedragen aan collega"), "{label}");
        assert!(case.contains("Vera Vos") && case.contains("Wim Wit"));

        // Wim leaves too, with nobody to take over: said, and done.
        let (_, page) = get(&c, &format!("{base}/admin/users/{wim_id}/disable")).await;
        assert!(page.contains("2 open kwesties"));
        let res = post(
            &c,
            &format!("{base}/admin/users/{wim_id}/disable"),
            &page,
            &[("handover", "")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303, "{label}");
        let (_, users) = get(&c, &format!("{base}{}", location(&res))).await;
        assert!(
            users.contains("Wim Wit is uitgeschakeld. 2 kwesties staan nu zonder behandelaar."),
            "{label}: {users}"
        );
        assert_eq!(
            count(
                &raw,
                "SELECT COUNT(*) FROM cases WHERE owner_user_id IS NULL AND status <> 'closed'"
            )
            .await,
            2,
            "{label}"
        );
        let (_, case) = get(&c, &format!("{base}/admin/cases/{two}")).await;
        assert!(case.contains("Niet meer toegewezen"), "{label}");

        // Oneself: not even the question.
        let cor_id = user_id(&base, &ops, "cor@x.example").await;
        let (status, page) = get(&c, &format!("{base}/admin/users/{cor_id}/disable")).await;
        assert_eq!(status, 422, "{label}");
        assert!(page.contains("eigen account niet uitschakelen"));
    }
}

#[tokio::test]
async fn a_password_change_asks_the_current_one_and_ends_the_other_sessions() {
    for store in Store::all().await {
        let label = store.label;
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let cor = user(&store, "cor@x.example", "Cor", "coordinator", None);
        user(
            &store,
            "vera@x.example",
            "Vera Vos",
            "confidant",
            Some("maasdal"),
        );
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let (c, _, codes) = signed_in(&base, &cor, "vera@x.example").await;
        // A token made after set-up (the set-up ended the earlier ones).
        let vera = store
            .run(&["token", "create", "--user", "vera@x.example"])
            .1
            .trim()
            .to_string();
        assert!(alive(&base, &vera).await);
        let other = second_session(&base, "vera@x.example", PASSWORD, &codes[0]).await;
        let (status, page) = get(&c, &format!("{base}/admin/account")).await;
        assert_eq!(status, 200);
        assert!(page.contains("Wachtwoord wijzigen"));
        assert!(
            page.contains("href=\"/account/totp\""),
            "re-enrolment is reachable"
        );
        assert!(
            page.contains("Vera Vos"),
            "tokens name their user, not a number"
        );
        let new = "een nieuwe zin van vijf woorden";
        let url = format!("{base}/admin/account/password");

        // Wrong current password, or a new one too short: a clear error and nothing changes.
        for (current, pw, pw2, says) in [
            (
                "wrong horse battery",
                new,
                new,
                "Uw huidige wachtwoord klopt niet",
            ),
            (PASSWORD, "kort", "kort", "minstens 12 tekens"),
            (PASSWORD, new, "iets anders dan dat", "niet gelijk"),
            (
                PASSWORD,
                PASSWORD,
                PASSWORD,
                "ander wachtwoord dan uw huidige",
            ),
        ] {
            let res = post(
                &c,
                &url,
                &page,
                &[
                    ("current_password", current),
                    ("password", pw),
                    ("password2", pw2),
                ],
            )
            .await;
            assert_eq!(res.status().as_u16(), 422, "{label}: {says}");
            assert!(res.text().await.unwrap().contains(says), "{says}");
            assert!(
                signed_in_still(&other, &base).await,
                "{says}: nothing changed"
            );
            assert!(alive(&base, &vera).await);
        }

        // Right: this browser stays signed in, the other session and the tokens end.
        let res = post(
            &c,
            &url,
            &page,
            &[
                ("current_password", PASSWORD),
                ("password", new),
                ("password2", new),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303, "{label}");
        assert_eq!(location(&res), "/admin/account?changed=1");
        let (status, page) = get(&c, &format!("{base}/admin/account?changed=1")).await;
        assert_eq!(status, 200, "{label}: still signed in");
        assert!(page.contains("Uw wachtwoord is gewijzigd"));
        assert!(!signed_in_still(&other, &base).await, "{label}");
        assert!(!alive(&base, &vera).await, "{label}: tokens stopped");
        // The new password signs in; the old one no longer does.
        second_session(&base, "vera@x.example", new, &codes[1]).await;
        let fresh = browser();
        let (_, login) = get(&fresh, &format!("{base}/login")).await;
        let res = post(
            &fresh,
            &format!("{base}/login"),
            &login,
            &[("email", "vera@x.example"), ("password", PASSWORD)],
        )
        .await;
        assert_eq!(res.status().as_u16(), 401, "{label}");
    }
}

#[tokio::test]
async fn a_new_second_factor_replaces_the_old_only_once_confirmed() {
    for store in Store::all().await {
        let label = store.label;
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let cor = user(&store, "cor@x.example", "Cor", "coordinator", None);
        user(
            &store,
            "vera@x.example",
            "Vera Vos",
            "confidant",
            Some("maasdal"),
        );
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let (c, _, codes) = signed_in(&base, &cor, "vera@x.example").await;
        let other = second_session(&base, "vera@x.example", PASSWORD, &codes[0]).await;
        let raw = store.raw().await;
        let secret_now = || async {
            use sqlx::Row;
            sqlx::query("SELECT totp_secret FROM users WHERE email = 'vera@x.example'")
                .fetch_one(&raw)
                .await
                .unwrap()
                .try_get::<Vec<u8>, _>(0)
                .unwrap()
        };
        let old = secret_now().await;
        let url = format!("{base}/account/totp");
        let (_, page) = get(&c, &url).await;
        assert!(page.contains("name=\"current_password\""), "{label}");
        assert!(page.contains("name=\"current\""));
        let new_secret = base32_decode(after(&page, "<code class=\"secret\">"));
        let sealed = sealed_of(&page);
        let new_code = naast_crypto::totp_code_at(&new_secret, unix_now());

        // Wrong password, wrong current code, or a wrong code of the new app: the old secret
        // stays, the other session too.
        for (pw, current, code) in [
            ("wrong horse battery", codes[1].as_str(), new_code.as_str()),
            (PASSWORD, "000000", new_code.as_str()),
            (PASSWORD, codes[1].as_str(), "000000"),
        ] {
            let res = post(
                &c,
                &url,
                &page,
                &[
                    ("sealed", sealed.as_str()),
                    ("code", code),
                    ("current", current),
                    ("current_password", pw),
                ],
            )
            .await;
            assert_eq!(res.status().as_u16(), 422, "{label}: {pw} {current} {code}");
            assert_eq!(secret_now().await, old, "{label}: the old secret stays");
            assert!(signed_in_still(&other, &base).await);
        }

        // All right: the new secret replaces the old; other sessions end, this one goes on.
        let res = post(
            &c,
            &url,
            &page,
            &[
                ("sealed", sealed.as_str()),
                ("code", new_code.as_str()),
                ("current", codes[1].as_str()),
                ("current_password", PASSWORD),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 200, "{label}");
        assert!(
            res.text().await.unwrap().contains("<li><code>"),
            "new recovery codes"
        );
        assert_ne!(secret_now().await, old, "{label}");
        assert!(!signed_in_still(&other, &base).await, "{label}");
        assert!(signed_in_still(&c, &base).await, "{label}");
        // The old recovery codes went with the old factor.
        let fresh = browser();
        let (_, login) = get(&fresh, &format!("{base}/login")).await;
        post(
            &fresh,
            &format!("{base}/login"),
            &login,
            &[("email", "vera@x.example"), ("password", PASSWORD)],
        )
        .await;
        let (_, totp) = get(&fresh, &format!("{base}/login/totp")).await;
        let res = post(
            &fresh,
            &format!("{base}/login/totp"),
            &totp,
            &[("code", codes[2].as_str())],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
    }
}

#[tokio::test]
async fn the_log_names_actions_people_and_kwesties_filters_and_pages() {
    for store in Store::all().await {
        let label = store.label;
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let ops = user(&store, "ops@x.example", "Olga Ops", "coordinator", None);
        user(
            &store,
            "cor@x.example",
            "Cor Coördinator",
            "coordinator",
            None,
        );
        let vera = user(
            &store,
            "vera@x.example",
            "Vera Vos",
            "confidant",
            Some("maasdal"),
        );
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let one = api_intake(
            &base,
            &vera,
            "maasdal",
            "Traplift geweigerd",
            "Henk de Vries",
        )
        .await;
        let two = api_intake(
            &base,
            &vera,
            "maasdal",
            "Geen hulp meer",
            "Fatima El Amrani",
        )
        .await;
        // 55 reads of the first kwestie: more than one page.
        for _ in 0..55 {
            api_get(&format!("{base}/api/v1/cases/{one}"), &vera).await;
        }
        let (c, _, _) = signed_in(&base, &ops, "cor@x.example").await;
        let vera_id = user_id(&base, &ops, "vera@x.example").await;
        let audit = format!("{base}/admin/audit");

        let (status, page) = get(&c, &audit).await;
        assert_eq!(status, 200, "{label}");
        assert!(
            page.contains("Kwestie aangemaakt"),
            "{label}: actions in words"
        );
        assert!(
            page.contains("Vera Vos (via een koppeling)"),
            "people by name"
        );
        // A reference filters the log on its kwestie (opening the kwestie would log a read).
        assert!(page.contains(&format!(
            "<a href=\"/admin/audit?kwestie={one}\" title=\"Alle regels over deze kwestie\">Kwestie {one}</a>"
        )));
        assert!(
            !page.contains(">case.read<") && !page.contains("user 1"),
            "{label}"
        );
        assert!(page.contains("pagina 1 van 2"), "{label}: 50 a page");

        // On one kwestie: only its entries.
        let (status, page) = get(&c, &format!("{audit}?kwestie={two}")).await;
        assert_eq!(status, 200);
        assert!(page.contains(&format!("Kwestie {two}")));
        assert!(!page.contains(&format!("Kwestie {one}")), "{label}");

        // On user and action, paged with the filters kept in the URL.
        let q = format!("{audit}?user={vera_id}&action=case.read");
        let (_, page) = get(&c, &q).await;
        assert!(page.contains("55 gebeurtenissen gevonden"), "{label}");
        assert!(page.contains("pagina 1 van 2"));
        let next = page
            .split("<a href=\"")
            .find(|a| a.contains("rel=\"next\""))
            .and_then(|a| a.split('"').next())
            .unwrap()
            .replace("&#38;", "&")
            .replace("&amp;", "&");
        assert_eq!(
            next,
            format!("/admin/audit?kwestie=&user={vera_id}&action=case.read&from=&to=&page=2"),
            "{label}: the filters stay in the URL"
        );
        let (_, page) = get(&c, &format!("{base}{next}")).await;
        assert!(page.contains("pagina 2 van 2"));
        // The five reads left for page 2 were one person's, close together: one line.
        assert_eq!(page.matches("<tr><td>").count(), 1, "{label}");
        assert!(page.contains("5×"), "{label}");
        assert!(page.contains("rel=\"prev\""));

        // On the period: today holds them all, yesterday nothing.
        let day = |offset: i64| {
            let t = unix_now() as i64 + offset * 86_400;
            let days = t.div_euclid(86_400);
            // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
            let z = days + 719_468;
            let era = z.div_euclid(146_097);
            let doe = z - era * 146_097;
            let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
            let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
            let mp = (5 * doy + 2) / 153;
            let d = doy - (153 * mp + 2) / 5 + 1;
            let m = if mp < 10 { mp + 3 } else { mp - 9 };
            let y = yoe + era * 400 + i64::from(m <= 2);
            format!("{y:04}-{m:02}-{d:02}")
        };
        let (_, page) = get(
            &c,
            &format!("{audit}?action=case.create&from={}&to={}", day(-1), day(1)),
        )
        .await;
        assert!(page.contains("2 gebeurtenissen gevonden"), "{label}");
        let (_, page) = get(
            &c,
            &format!("{audit}?action=case.create&from={}&to={}", day(-3), day(-2)),
        )
        .await;
        assert!(page.contains("0 gebeurtenissen gevonden"), "{label}");

        // Bad filters: a clear error, what was typed kept.
        let (status, page) = get(&c, &format!("{audit}?kwestie=NST-0000-ZZZ")).await;
        assert_eq!(status, 422, "{label}");
        assert!(page.contains("Er is geen kwestie met kenmerk NST-0000-ZZZ"));
        assert!(page.contains("value=\"NST-0000-ZZZ\""));
        let (status, page) = get(&c, &format!("{audit}?from={}&to={}", day(0), day(-5))).await;
        assert_eq!(status, 422);
        assert!(page.contains("De einddatum ligt voor de begindatum"));
        let (status, _) = get(&c, &format!("{audit}?action=no.such")).await;
        assert_eq!(status, 422);

        // Still for coordinators only.
        let (vc, _, _) = signed_in(&base, &ops, "vera@x.example").await;
        let (status, _) = get(&vc, &audit).await;
        assert_eq!(status, 403, "{label}");

        // Every action the log holds after all this has words.
        use sqlx::Row;
        let raw = store.raw().await;
        for r in sqlx::query("SELECT DISTINCT action FROM audit_log")
            .fetch_all(&raw)
            .await
            .unwrap()
        {
            let action: String = r.try_get(0).unwrap();
            assert!(
                naast_core::audit_action::label(&action, naast_core::Lang::Nl).is_some(),
                "{action} has no words"
            );
        }
    }
}
