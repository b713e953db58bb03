//! Set-up link → password → TOTP → sign in, and every way signing in must be refused.

use crate::harness::*;

async fn sign_in(
    c: &reqwest::Client,
    base: &str,
    email: &str,
    password: &str,
) -> reqwest::Response {
    let (_, page) = get(c, &format!("{base}/login")).await;
    post(
        c,
        &format!("{base}/login"),
        &page,
        &[("email", email), ("password", password)],
    )
    .await
}

async fn totp(c: &reqwest::Client, base: &str, code: &str) -> reqwest::Response {
    let (_, page) = get(c, &format!("{base}/login/totp")).await;
    post(c, &format!("{base}/login/totp"), &page, &[("code", code)]).await
}

#[tokio::test]
async fn first_coordinator_sets_up_enrols_totp_and_signs_in_again() {
    for store in Store::all().await {
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let (c, secret) = first_coordinator(&server, "cor@naast.example").await;
        let (status, page) = get(&c, &format!("{}/admin", server.url)).await;
        assert_eq!(status, 200, "{}", store.label);
        assert!(page.contains("Cor Coördinator"));

        // The set-up link works once.
        let (status, page) = get(&browser(), server.setup_link.as_deref().unwrap()).await;
        assert_eq!(status, 422, "{}: a used link is refused", store.label);
        assert!(page.contains("werkt niet"));

        // Sign out, sign in with password and TOTP.
        // Asked for a page first: the second factor carries it along.
        let c2 = browser();
        let (_, page) = get(&c2, &format!("{}/login?next=/admin/tenants", server.url)).await;
        let res = post(
            &c2,
            &format!("{}/login", server.url),
            &page,
            &[
                ("email", "COR@naast.example"),
                ("password", PASSWORD),
                ("next", "/admin/tenants"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        assert_eq!(location(&res), "/login/totp?next=%2Fadmin%2Ftenants");
        let (status, _) = get(&c2, &format!("{}/admin", server.url)).await;
        assert_eq!(
            status, 303,
            "{}: no access before the second factor",
            store.label
        );
        // The code from enrolment was used already in this 30-s step: wait for the next one.
        let now = unix_now();
        let next_step = (now / 30 + 1) * 30;
        tokio::time::sleep(std::time::Duration::from_secs(next_step - now)).await;
        let code = naast_crypto::totp_code_at(&secret, unix_now());
        let totp_url = format!("{}/login/totp?next=%2Fadmin%2Ftenants", server.url);
        let (_, page) = get(&c2, &totp_url).await;
        assert!(
            page.contains("value=\"/admin/tenants\""),
            "next kept in the form"
        );
        let res = post(
            &c2,
            &format!("{}/login/totp", server.url),
            &page,
            &[("code", code.as_str()), ("next", "/admin/tenants")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303, "{}", store.label);
        assert_eq!(location(&res), "/admin/tenants");
        let (status, _) = get(&c2, &format!("{}/admin", server.url)).await;
        assert_eq!(status, 200);

        // A replayed code is refused on a new sign-in.
        let c3 = browser();
        sign_in(&c3, &server.url, "cor@naast.example", PASSWORD).await;
        let res = totp(&c3, &server.url, &code).await;
        assert_eq!(
            res.status().as_u16(),
            422,
            "{}: replayed TOTP refused",
            store.label
        );
        assert!(res.text().await.unwrap().contains("al gebruikt"));
        let (status, _) = get(&c3, &format!("{}/admin", server.url)).await;
        assert_eq!(status, 303);
    }
}

#[tokio::test]
async fn wrong_password_wrong_totp_and_missing_csrf_are_refused_and_change_nothing() {
    for store in Store::all().await {
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let (c, _secret) = first_coordinator(&server, "cor@naast.example").await;

        let other = browser();
        let res = sign_in(&other, &server.url, "cor@naast.example", "wrong password!!").await;
        assert_eq!(res.status().as_u16(), 401, "{}", store.label);
        let body = res.text().await.unwrap();
        assert!(body.contains("Inloggen is niet gelukt"), "neutral message");
        assert!(
            body.contains("value=\"cor@naast.example\""),
            "keeps what was typed"
        );
        let res = sign_in(&other, &server.url, "nobody@naast.example", PASSWORD).await;
        assert_eq!(res.status().as_u16(), 401);
        assert!(
            res.text()
                .await
                .unwrap()
                .contains("Inloggen is niet gelukt"),
            "same message for an unknown account"
        );

        let res = sign_in(&other, &server.url, "cor@naast.example", PASSWORD).await;
        assert_eq!(location(&res), "/login/totp");
        let res = totp(&other, &server.url, "000000").await;
        assert_eq!(res.status().as_u16(), 422);
        let res = totp(&other, &server.url, "abc").await;
        assert_eq!(res.status().as_u16(), 422);
        let (status, _) = get(&other, &format!("{}/admin", server.url)).await;
        assert_eq!(status, 303, "still not signed in");

        // A form without its CSRF token changes nothing.
        let res = c
            .post(format!("{}/admin/tenants", server.url))
            .form(&[("name", "Maasdal"), ("slug", "maasdal"), ("areas", "wmo")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 403, "{}", store.label);
        assert!(
            res.text()
                .await
                .unwrap()
                .contains("Het formulier is verlopen")
        );
        let (_, page) = get(&c, &format!("{}/admin/tenants", server.url)).await;
        assert!(!page.contains("maasdal"), "no tenant was created");
        // With the token it works.
        let (_, form) = get(&c, &format!("{}/admin/tenants/new", server.url)).await;
        let res = post(
            &c,
            &format!("{}/admin/tenants", server.url),
            &form,
            &[("name", "Maasdal"), ("slug", "maasdal"), ("areas", "wmo")],
        )
        .await;
        assert_eq!(location(&res), "/admin/tenants/maasdal?saved=1");
    }
}

#[tokio::test]
async fn an_idle_session_expires_and_a_disabled_user_is_refused() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let (c, _) = first_coordinator(&server, "cor@naast.example").await;
        let (_, form) = get(&c, &format!("{}/admin/users/new", server.url)).await;
        let res = post(
            &c,
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
        assert!(link.starts_with(&format!("{}/setup/", server.url)));

        let vera = browser();
        let (_, setup) = get(&vera, &link).await;
        // Bad input first: too short a password is refused, the name is kept.
        let res = post(
            &vera,
            &link,
            &setup,
            &[
                ("display_name", "Vera"),
                ("password", "short"),
                ("password2", "short"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422);
        let body = res.text().await.unwrap();
        assert!(body.contains("minstens 12 tekens"));
        assert!(body.contains("value=\"Vera\""));
        let res = post(
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
        assert_eq!(location(&res), "/account/totp");
        enrol(&vera, &server.url).await;
        let (status, _) = get(&vera, &format!("{}/admin", server.url)).await;
        assert_eq!(status, 200);

        // Idle for longer than the timeout: the session ends with a clear message.
        let raw = store.raw().await;
        sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - 7200")
            .execute(&raw)
            .await
            .unwrap();
        let res = c.get(format!("{}/admin", server.url)).send().await.unwrap();
        assert_eq!(location(&res), "/login?expired=1", "{}", store.label);
        let (_, page) = get(&c, &format!("{}/login?expired=1", server.url)).await;
        assert!(page.contains("niet actief"));

        // A coordinator (through the API, as a script would) disables Vera: her session ends at once.
        let token = store
            .run(&["token", "create", "--user", "cor@naast.example"])
            .1
            .trim()
            .to_string();
        let api = reqwest::Client::new();
        let users: serde_json::Value =
            api_get(&format!("{}/api/v1/users", server.url), &token).await;
        let vera_id = users
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["email"] == "vera@naast.example")
            .unwrap()["id"]
            .as_i64()
            .unwrap();
        let res = api
            .post(format!("{}/api/v1/users/{vera_id}/disable", server.url))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        let (status, _) = get(&vera, &format!("{}/admin", server.url)).await;
        assert_eq!(
            status, 303,
            "{}: a disabled user's session ends",
            store.label
        );
        let res = sign_in(&browser(), &server.url, "vera@naast.example", PASSWORD).await;
        assert_eq!(res.status().as_u16(), 401);
        assert!(res.text().await.unwrap().contains("uitgeschakeld"));
    }
}
