//! The coordinator's screens after usability round ux1: the register in the menu, one
//! organisation at a time with what is missing marked; web addresses without `https://`; an
//! audit log that names things and folds repeated reads; staff without a second factor; the
//! reports of every municipality at a glance and a period chosen, not typed.

use crate::harness::*;

/// The page from `marker` on (the harness's `after` stops at the next tag).
fn rest<'a>(html: &'a str, marker: &str) -> &'a str {
    let i = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not in page"));
    &html[i + marker.len()..]
}

/// Askama writes `&` as `&#38;` and `"` as `&#34;`: the page as a reader sees the text.
fn plain(html: &str) -> String {
    html.replace("&#38;", "&")
        .replace("&amp;", "&")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
}

/// A tenant with a care provider, made through the API by a coordinator with a token.
async fn tenant_with_provider(store: &Store, base: &str, token: &str, slug: &str, name: &str) {
    let res = reqwest::Client::new()
        .post(format!("{base}/api/v1/tenants"))
        .bearer_auth(token)
        .json(&serde_json::json!({"slug": slug, "name": name, "areas": ["wmo", "jeugd"], "providers": ["Taxi Maas & Waal"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201, "{}", store.label);
}

#[tokio::test]
async fn the_register_is_in_the_menu_one_organisation_a_page_with_what_is_missing_marked() {
    for store in Store::all().await {
        let label = store.label;
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let (cor, _) = first_coordinator(&server, "cor@naast.example").await;
        let base = &server.url;
        let token = store.token_for("ops@naast.example", "coordinator", None);
        tenant_with_provider(&store, base, &token, "maasdal", "Maasdal").await;

        // The menu leads to the register of every municipality.
        let (status, home) = get(&cor, &format!("{base}/admin/tenants")).await;
        let home = plain(&home);
        assert_eq!(status, 200);
        assert!(
            home.contains("href=\"/admin/register\""),
            "{label}: in the menu"
        );
        let (status, index) = get(&cor, &format!("{base}/admin/register")).await;
        let index = plain(&index);
        assert_eq!(status, 200, "{label}");
        assert!(index.contains("href=\"/admin/tenants/maasdal/register\""));

        // The overview marks every empty route as missing; the care provider, the ombudsman
        // and legal aid take no objection.
        let register = format!("{base}/admin/tenants/maasdal/register");
        let (_, page) = get(&cor, &register).await;
        let page = plain(&page);
        let overview = rest(&page, "id=\"register-overview\"");
        let overview = overview.split("</table>").next().unwrap_or_default();
        assert!(
            overview.contains("Ontbreekt: geadresseerde, postadres, digitaal kanaal"),
            "{label}: {overview}"
        );
        assert!(overview.contains("Taxi Maas & Waal"));
        assert!(overview.contains("Niet van toepassing"), "{label}");
        // One form on the page: the municipality's, with its objection route open.
        assert_eq!(
            page.matches("<form method=\"post\" action=\"/admin/tenants/maasdal/register/")
                .count(),
            1
        );
        assert!(page.contains("action=\"/admin/tenants/maasdal/register/municipality\""));
        assert!(
            !page.contains("<details class=\"objection-fold\">"),
            "{label}"
        );

        // The provider's page: the objection route is folded away behind "Bezwaar toevoegen".
        let provider = format!("{register}/taxi_maas_waal");
        let (status, page) = get(&cor, &provider).await;
        let page = plain(&page);
        assert_eq!(status, 200, "{label}");
        assert!(
            page.contains("<details class=\"objection-fold\"><summary>Bezwaar toevoegen</summary>")
        );
        assert!(page.contains("aria-current=\"page\">Taxi Maas & Waal</a>"));

        // Saving the complaint route: "Opgeslagen", and the provider is complete.
        let res = post(
            &cor,
            &provider,
            &page,
            &[
                ("complaint_addressee", "De klachtenfunctionaris"),
                ("complaint_address", "Postbus 7\n1000 AB Maasdal"),
                ("complaint_channel", "klachten@taxi.example"),
                ("complaint_web", "https://www.taxi.example/klacht"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303, "{label}");
        let (_, page) = get(&cor, &format!("{base}{}", location(&res))).await;
        let page = plain(&page);
        assert!(
            page.contains("class=\"notice saved\" role=\"status\">Opgeslagen."),
            "{label}"
        );
        let row = rest(&page, "aria-current=\"page\">Taxi Maas & Waal</a>");
        let row = row.split("</tr>").next().unwrap_or_default();
        assert!(
            row.contains("Compleet") && !row.contains("Ontbreekt"),
            "{label}: {row}"
        );
        assert!(page.contains("value=\"De klachtenfunctionaris\""));
        // An organisation that is not in the register is not found.
        let (status, _) = get(&cor, &format!("{register}/nobody")).await;
        assert_eq!(status, 404, "{label}");
    }
}

#[tokio::test]
async fn a_web_address_without_https_gets_it_and_junk_is_refused_naming_organisation_and_field() {
    for store in Store::all().await {
        let label = store.label;
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let (cor, _) = first_coordinator(&server, "cor@naast.example").await;
        let base = &server.url;
        let token = store.token_for("ops@naast.example", "coordinator", None);
        tenant_with_provider(&store, base, &token, "maasdal", "Maasdal").await;
        let provider = format!("{base}/admin/tenants/maasdal/register/taxi_maas_waal");

        // Junk: refused, the message names the organisation and the field, what was typed
        // stays, and nothing is stored.
        let (_, page) = get(&cor, &provider).await;
        let page = plain(&page);
        let res = post(
            &cor,
            &provider,
            &page,
            &[
                ("complaint_addressee", "De klachtenfunctionaris"),
                ("complaint_web", "klachten bij de balie"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
        let refused = plain(&res.text().await.unwrap());
        let summary = rest(&refused, "class=\"error-summary\"");
        assert!(
            summary.contains(
                "<a href=\"#complaint_web\">Taxi Maas & Waal, Klacht indienen, Webadres: Vul een webadres in"
            ),
            "{label}: {summary}"
        );
        assert!(
            refused.contains("value=\"klachten bij de balie\""),
            "what was typed stays"
        );
        assert!(refused.contains("value=\"De klachtenfunctionaris\""));
        assert!(refused.contains("id=\"complaint_web\" name=\"complaint_web\""));
        let (_, page) = get(&cor, &provider).await;
        let page = plain(&page);
        assert!(
            !page.contains("De klachtenfunctionaris"),
            "{label}: nothing was stored"
        );

        // `www.…`: saved with https:// in front, and the page says so.
        let res = post(
            &cor,
            &provider,
            &page,
            &[("complaint_web", "www.taxi.example/klacht")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303, "{label}");
        let (_, page) = get(&cor, &format!("{base}{}", location(&res))).await;
        let page = plain(&page);
        assert!(
            page.contains("value=\"https://www.taxi.example/klacht\""),
            "{label}"
        );
        assert!(
            page.contains("Voor het webadres bij Klacht indienen is https:// gezet."),
            "{label}: the change is said"
        );
    }
}

#[tokio::test]
async fn the_audit_log_names_things_folds_repeated_reads_and_offers_this_week() {
    for store in Store::all().await {
        let label = store.label;
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let (cor, _) = first_coordinator(&server, "cor@naast.example").await;
        let base = &server.url;
        let token = store.token_for("ops@naast.example", "coordinator", None);
        tenant_with_provider(&store, base, &token, "maasdal", "Maasdal").await;
        let vera = store.token_for("vera@naast.example", "confidant", Some("maasdal"));
        let one = api_intake(
            base,
            &vera,
            "maasdal",
            "Traplift geweigerd",
            "Henk de Vries",
        )
        .await;
        for _ in 0..15 {
            api_get(&format!("{base}/api/v1/cases/{one}"), &vera).await;
        }
        let provider = format!("{base}/admin/tenants/maasdal/register/taxi_maas_waal");
        let (_, page) = get(&cor, &provider).await;
        let page = plain(&page);
        let res = post(&cor, &provider, &page, &[("terms", "Binnen 6 weken.")]).await;
        assert_eq!(res.status().as_u16(), 303);

        let (status, log) = get(&cor, &format!("{base}/admin/audit")).await;
        let log = plain(&log);
        assert_eq!(status, 200, "{label}");
        assert!(
            log.contains("Maasdal — Taxi Maas & Waal"),
            "{label}: the register entry in words"
        );
        assert!(!log.contains("Gemeente 1"), "{label}");
        // Fifteen reads of one kwestie by one person in a short span: one line, "15×".
        let reads: Vec<&str> = rest(&log, "<tbody>")
            .split("<tr>")
            .filter(|r| r.contains("Kwestie ingezien"))
            .collect();
        assert_eq!(reads.len(), 1, "{label}: {reads:?}");
        assert!(reads[0].contains("15×"), "{label}: {}", reads[0]);
        // The reference filters the log on the kwestie instead of opening it.
        assert!(
            log.contains(&format!("href=\"/admin/audit?kwestie={one}\"")),
            "{label}"
        );
        // "Deze week" sets the period from Monday up to today.
        let week = rest(&log, "id=\"period-shortcuts\"");
        let href = week
            .split("<a href=\"")
            .find(|a| a.contains(">Deze week<"))
            .and_then(|a| a.split('"').next())
            .unwrap()
            .replace("&#38;", "&")
            .replace("&amp;", "&");
        let (status, page) = get(&cor, &format!("{base}{href}")).await;
        let page = plain(&page);
        assert_eq!(status, 200, "{label}: {href}");
        assert!(
            page.contains("aria-current=\"true\">Deze week")
                || page.contains("aria-current=\"true\">Vandaag"),
            "{label}: the period chosen is marked (on a Monday this week is today)"
        );
        assert!(
            page.contains("Kwestie aangemaakt"),
            "{label}: this week's entries"
        );
    }
}

#[tokio::test]
async fn staff_without_a_second_factor_are_warned_about_and_disabling_is_a_quiet_button() {
    let store = Store::sqlite();
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
    let base = &server.url;
    let (cor, _) = first_coordinator(&server, "cor@naast.example").await;
    let ops = store.token_for("ops@naast.example", "coordinator", None);
    store.token_for("vera@naast.example", "confidant", Some("maasdal"));
    // Vera sets her password through a set-up link but links no authenticator app yet.
    let users: serde_json::Value = api_get(&format!("{base}/api/v1/users"), &ops).await;
    let id = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == "vera@naast.example")
        .and_then(|u| u["id"].as_i64())
        .unwrap();
    let link: serde_json::Value = reqwest::Client::new()
        .post(format!("{base}/api/v1/users/{id}/setup-link"))
        .bearer_auth(&ops)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let link = link["setup_link"].as_str().unwrap();
    let link = format!("{base}{}", &link[link.find("/setup/").unwrap()..]);
    let vera = browser();
    let (_, setup) = get(&vera, &link).await;
    let setup = plain(&setup);
    let res = post(
        &vera,
        &link,
        &setup,
        &[("password", PASSWORD), ("password2", PASSWORD)],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);

    let (status, page) = get(&cor, &format!("{base}/admin/users")).await;
    let page = plain(&page);
    assert_eq!(status, 200);
    let warning = rest(&page, "id=\"no-second-factor\"");
    let warning = warning.split("</div>").next().unwrap_or_default();
    assert!(
        warning.contains("1 gebruiker zonder tweede stap bij inloggen"),
        "{warning}"
    );
    assert!(
        warning.contains("vera@naast.example"),
        "names who: {warning}"
    );
    assert!(
        warning.contains("Wat u doet:"),
        "says what to do: {warning}"
    );
    assert!(
        !warning.contains("cor@naast.example"),
        "the coordinator has a second factor"
    );
    assert!(
        !page.contains("class=\"button secondary\" href=\"/admin/users/")
            && page.contains("class=\"button quiet\" href=\"/admin/users/"),
        "disabling is a quiet button"
    );
}

#[tokio::test]
async fn the_reports_page_offers_closed_periods_and_every_municipality_at_a_glance() {
    for store in Store::all().await {
        let label = store.label;
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let (cor, _) = first_coordinator(&server, "cor@naast.example").await;
        let base = &server.url;
        for (slug, name) in [("maasdal", "Maasdal"), ("lindeveld", "Lindeveld")] {
            let (code, _, err) = store.run(&["tenant", "add", "--slug", slug, "--name", name]);
            assert_eq!(code, 0, "{err}");
        }
        let last_year = i64::from(jiff::Zoned::now().year()) - 1;
        let (status, page) = get(&cor, &format!("{base}/admin/reports?tenant=maasdal")).await;
        let page = plain(&page);
        assert_eq!(status, 200, "{label}");
        assert!(
            page.contains("id=\"period-choice\""),
            "{label}: a choice of periods"
        );
        let choice = rest(&page, "id=\"period-choice\"");
        let choice = choice.split("</select>").next().unwrap_or_default();
        assert!(
            choice.contains(&format!("<option value=\"{last_year}\"")),
            "{label}: {choice}"
        );
        assert!(
            !choice.contains(&format!("value=\"{}\"", last_year + 1)),
            "not a year still running"
        );
        // Chosen from the list (the typed field left empty): the report starts.
        let res = post(
            &cor,
            &format!("{base}/admin/reports"),
            &page,
            &[
                ("tenant", "maasdal"),
                ("period_choice", &last_year.to_string()),
                ("period", ""),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303, "{label}");
        let report = location(&res);
        // Typed still works, and a bad code is refused with what was typed kept.
        let res = post(
            &cor,
            &format!("{base}/admin/reports"),
            &page,
            &[
                ("tenant", "maasdal"),
                ("period_choice", &last_year.to_string()),
                ("period", "Q9 1999x"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
        let refused = plain(&res.text().await.unwrap());
        assert!(
            refused.contains("value=\"Q9 1999x\""),
            "{label}: what was typed stays"
        );

        // Every municipality at a glance: Maasdal's year is a draft (a link), Lindeveld's
        // is missing (a link that starts it).
        let (status, page) = get(&cor, &format!("{base}/admin/reports/status")).await;
        let page = plain(&page);
        assert_eq!(status, 200, "{label}");
        let table = rest(&page, "id=\"report-status\"");
        let maasdal = rest(table, "<th scope=\"row\">Maasdal</th>")
            .split("</tr>")
            .next()
            .unwrap_or_default();
        assert!(
            maasdal.contains(&format!(
                "<a href=\"{report}\"><span class=\"status report-status-draft\">concept</span>"
            )),
            "{label}: {maasdal}"
        );
        let lindeveld = rest(table, "<th scope=\"row\">Lindeveld</th>")
            .split("</tr>")
            .next()
            .unwrap_or_default();
        assert!(
            lindeveld.contains(&format!(
                "href=\"/admin/reports?tenant=lindeveld&period={last_year}\""
            )),
            "{label}: {lindeveld}"
        );
        assert!(lindeveld.contains("ontbreekt"));
        assert!(page.contains("id=\"missing-count\""));
        // The link preselects the period to start.
        let (_, page) = get(
            &cor,
            &format!("{base}/admin/reports?tenant=lindeveld&period={last_year}"),
        )
        .await;
        let page = plain(&page);
        let choice = rest(&page, "id=\"period-choice\"");
        assert!(
            choice.contains(&format!("<option value=\"{last_year}\" selected>")),
            "{label}"
        );
    }
}
