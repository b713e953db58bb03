//! The coordinator's leftovers of the usability round after "The confidant's day": an
//! invitation that asks what it needs and names who has an address already; publishing that
//! asks first and a report that says who can publish it; no stand-ins ("[PERSOON-1]") going
//! out; kwesties handed over per kwestie, the receiver told; one count of open kwesties on
//! every screen. On the demo data, signed in as the demo's people.

use crate::harness::*;
use serde_json::{Value, json};

const PW: &str = "naast-demo-5";

fn demo(store: &Store) -> Server {
    let (code, _, err) = store.run(&["demo", "--seed", "5", "--cases", "8"]);
    assert_eq!(code, 0, "{err}");
    Server::start(store, &[("NAAST_RATE_LIMITS", "off")])
}

async fn sign_in(server: &Server, email: &str) -> reqwest::Client {
    let c = browser();
    let (_, page) = get(&c, &format!("{}/login", server.url)).await;
    let res = post(
        &c,
        &format!("{}/login", server.url),
        &page,
        &[("email", email), ("password", PW)],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303, "{email} signs in");
    c
}

/// Askama writes `&` as `&#38;` and quotes as entities: the page as a reader sees the text.
fn plain(html: &str) -> String {
    html.replace("&#38;", "&")
        .replace("&amp;", "&")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
}

fn token(store: &Store, email: &str) -> String {
    store
        .run(&["token", "create", "--user", email])
        .1
        .trim()
        .to_string()
}

async fn api(
    server: &Server,
    token: &str,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut req = reqwest::Client::new()
        .request(method, format!("{}/api/v1{path}", server.url))
        .bearer_auth(token)
        .header("accept-language", "nl");
    if let Some(b) = body {
        req = req.json(&b);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    let text = res.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

async fn user_id(server: &Server, token: &str, email: &str) -> i64 {
    let (_, users) = api(server, token, reqwest::Method::GET, "/users", None).await;
    users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == email)
        .and_then(|u| u["id"].as_i64())
        .unwrap_or_else(|| panic!("{email} is a user"))
}

#[tokio::test]
async fn an_invitation_asks_name_role_and_municipality_and_names_who_has_an_address() {
    for store in Store::all().await {
        let label = store.label;
        let server = demo(&store);
        let base = &server.url;
        let cor = sign_in(&server, "coordinator@demo.example").await;
        let (status, form) = get(&cor, &format!("{base}/admin/users/new")).await;
        assert_eq!(status, 200);

        // Only an address: refused, each missing field named, what was typed kept.
        let res = post(
            &cor,
            &format!("{base}/admin/users"),
            &form,
            &[("email", "nieuw@demo.example"), ("role", "confidant")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
        let page = plain(&res.text().await.unwrap());
        assert!(
            page.contains("Vul de naam in van de persoon die u uitnodigt."),
            "{page}"
        );
        assert!(
            page.contains("Kies minstens één gemeente waarvoor deze vertrouwenspersoon werkt.")
        );
        assert!(page.contains("value=\"nieuw@demo.example\""));
        assert!(page.contains("id=\"role-confidant\" name=\"role\" value=\"confidant\" checked"));

        // An address in use: who has it, with a link to their account; the rest kept.
        let res = post(
            &cor,
            &format!("{base}/admin/users"),
            &form,
            &[
                ("email", "Confidant2@demo.example"),
                ("display_name", "Tom Nieuw"),
                ("role", "confidant"),
                ("tenants", "lindeveld"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
        let page = plain(&res.text().await.unwrap());
        assert!(
            page.contains("Dit e-mailadres is al in gebruik door Tom Tweede."),
            "{page}"
        );
        assert!(page.contains("value=\"Tom Nieuw\""));
        assert!(
            page.contains("id=\"tenant-lindeveld\" name=\"tenants\" value=\"lindeveld\" checked")
        );
        let link = after(&page, "<p id=\"email-taken\"><a href=\"")
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let (status, account) = get(&cor, &format!("{base}{link}")).await;
        assert_eq!(status, 200, "{link}");
        assert!(
            account.contains("confidant2@demo.example"),
            "the link opens Tom's account"
        );

        // Nobody was made by the refused forms; the whole form invites.
        let (_, users) = get(&cor, &format!("{base}/admin/users")).await;
        assert!(!users.contains("nieuw@demo.example"));
        let res = post(
            &cor,
            &format!("{base}/admin/users"),
            &form,
            &[
                ("email", "nieuw@demo.example"),
                ("display_name", "Nina Nieuw"),
                ("role", "confidant"),
                ("tenants", "maasdal"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 200, "{label}");
        let (_, users) = get(&cor, &format!("{base}/admin/users")).await;
        assert!(users.contains("Nina Nieuw") && users.contains("nieuw@demo.example"));

        // The API and the command line keep their contract: a name can come later.
        let t = token(&store, "coordinator@demo.example");
        let (s, v) = api(
            &server,
            &t,
            reqwest::Method::POST,
            "/users",
            Some(json!({"email": "later@demo.example", "role": "confidant"})),
        )
        .await;
        assert_eq!(s, 201, "{v}");
    }
}

/// A draft correction of Maasdal's latest published report, written by `writer`; its id.
async fn correction(server: &Server, writer: &str) -> i64 {
    let (_, list) = api(
        server,
        writer,
        reqwest::Method::GET,
        "/tenants/maasdal/reports",
        None,
    )
    .await;
    let published = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["published_at"].is_i64())
        .and_then(|r| r["id"].as_i64())
        .expect("the demo published reports");
    let (s, v) = api(
        server,
        writer,
        reqwest::Method::POST,
        &format!("/reports/{published}/correct"),
        Some(json!({"correction": "De aanbevelingen zijn aangevuld."})),
    )
    .await;
    assert_eq!(s, 201, "{v}");
    v["id"].as_i64().unwrap()
}

async fn save_and_check(server: &Server, t: &str, id: i64, themes: &str) {
    let (_, r) = api(
        server,
        t,
        reqwest::Method::GET,
        &format!("/reports/{id}"),
        None,
    )
    .await;
    let (s, v) = api(
        server,
        t,
        reqwest::Method::PUT,
        &format!("/reports/{id}/text"),
        Some(json!({"themes": themes, "correction": "De aanbevelingen zijn aangevuld.", "updated_at": r["updated_at"]})),
    )
    .await;
    assert_eq!(s, 204, "{v}");
    let (_, review) = api(
        server,
        t,
        reqwest::Method::GET,
        &format!("/reports/{id}/privacy"),
        None,
    )
    .await;
    let (s, v) = api(
        server,
        t,
        reqwest::Method::POST,
        &format!("/reports/{id}/privacy"),
        Some(json!({"accept": [], "missed": "", "updated_at": review["updated_at"]})),
    )
    .await;
    assert_eq!(s, 204, "{v}");
}

#[tokio::test]
async fn stand_ins_stay_in_the_office_publishing_asks_first_and_the_report_says_who_publishes() {
    for store in Store::all().await {
        let label = store.label;
        let server = demo(&store);
        let base = &server.url;
        let writer = token(&store, "coordinator@demo.example");
        let id = correction(&server, &writer).await;

        // A stand-in left in the text: submitting is refused, saying where and what to do.
        save_and_check(&server, &writer, id, "[PERSOON-1] belde over de traplift.").await;
        let (s, v) = api(
            &server,
            &writer,
            reqwest::Method::POST,
            &format!("/reports/{id}/submit"),
            Some(json!({})),
        )
        .await;
        assert_eq!(s, 422, "{label}: {v}");
        let msg = v["errors"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(
            msg.contains("[PERSOON-1]") && msg.contains("Thema's en signalen"),
            "{msg}"
        );
        assert!(msg.contains("algemene omschrijving"), "{msg}");
        let (_, r) = api(
            &server,
            &writer,
            reqwest::Method::GET,
            &format!("/reports/{id}"),
            None,
        )
        .await;
        assert_eq!(r["concept"], true, "still a draft");

        // In general words it goes on.
        save_and_check(&server, &writer, id, "Een inwoner belde over de traplift.").await;
        let (s, v) = api(
            &server,
            &writer,
            reqwest::Method::POST,
            &format!("/reports/{id}/submit"),
            Some(json!({})),
        )
        .await;
        assert_eq!(s, 204, "{label}: {v}");

        // The writer's page says who can publish: the demo's second coordinator.
        let cor = sign_in(&server, "coordinator@demo.example").await;
        let (_, page) = get(&cor, &format!("{base}/admin/reports/{id}")).await;
        let page = plain(&page);
        let part = &page[page.find("id=\"who-publishes\"").unwrap()..];
        assert!(part.contains("Carla Controle"), "{part}");

        // Carla reads it; "Publiceren" asks first, and nothing is published yet.
        let carla = sign_in(&server, "coordinator.b@demo.example").await;
        let (_, page) = get(&carla, &format!("{base}/admin/reports/{id}")).await;
        assert!(plain(&page).contains("Carla Controle (u)"));
        let stamp = after(&page, "name=\"updated_at\" value=\"").to_string();
        let stamp = stamp.split('"').next().unwrap().to_string();
        let res = post(
            &carla,
            &format!("{base}/admin/reports/{id}/publish"),
            &page,
            &[("updated_at", stamp.as_str())],
        )
        .await;
        assert_eq!(res.status().as_u16(), 200, "{label}: a confirmation page");
        let confirm = plain(&res.text().await.unwrap());
        assert!(confirm.contains("Rapportage publiceren?"), "{confirm}");
        assert!(confirm.contains("Maasdal leest haar direct in haar portaal"));
        assert!(confirm.contains("U kunt de publicatie niet intrekken"));
        assert!(confirm.contains("correctie"));
        assert!(confirm.contains("Ja, nu publiceren"));
        let (_, r) = api(
            &server,
            &writer,
            reqwest::Method::GET,
            &format!("/reports/{id}"),
            None,
        )
        .await;
        assert_eq!(
            r["concept"], true,
            "{label}: not published by the first click"
        );
        let res = post(
            &carla,
            &format!("{base}/admin/reports/{id}/publish"),
            &confirm,
            &[("updated_at", stamp.as_str()), ("confirmed", "yes")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303, "{label}");
        let (_, r) = api(
            &server,
            &writer,
            reqwest::Method::GET,
            &format!("/reports/{id}"),
            None,
        )
        .await;
        assert_eq!(r["concept"], false, "{label}: published after confirming");

        // Without a second active coordinator, the page says nobody can publish and how to
        // invite one.
        let carla_id = user_id(&server, &writer, "coordinator.b@demo.example").await;
        let (s, _) = api(
            &server,
            &writer,
            reqwest::Method::POST,
            &format!("/users/{carla_id}/disable"),
            None,
        )
        .await;
        assert_eq!(s, 200);
        let next = correction(&server, &writer).await;
        let (_, page) = get(&cor, &format!("{base}/admin/reports/{next}")).await;
        let page = plain(&page);
        let part = &page[page.find("id=\"who-publishes\"").unwrap()..];
        assert!(
            part.contains("Niemand kan deze rapportage nu publiceren."),
            "{part}"
        );
        assert!(part.contains("href=\"/admin/users/new\""));
        assert!(part.contains("NAAST_ONE_PERSON_PRACTICE=on"));
    }
}

/// Every `marker…"` value in `html`, in order.
fn all_after(html: &str, marker: &str) -> Vec<String> {
    html.match_indices(marker)
        .map(|(i, _)| {
            html[i + marker.len()..]
                .split('"')
                .next()
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

/// A number as the page writes it (`1.234`).
fn number(s: &str) -> i64 {
    s.trim().replace('.', "").parse().unwrap_or(-1)
}

/// The open and over-the-term counts of `name`'s row on the coordinator's start page.
async fn dashboard_row(c: &reqwest::Client, base: &str, name: &str) -> (i64, i64) {
    let (_, page) = get(c, &format!("{base}/admin")).await;
    let row = page
        .split("<tr>")
        .find(|r| r.contains(&format!(">{name}</a>")))
        .unwrap_or_else(|| panic!("{name} has a row"));
    (
        number(after(row, "<td class=\"num open\">")),
        number(after(row, "<td class=\"num overdue\">")),
    )
}

/// The counts on the reader's own "Mijn werk".
async fn my_work(c: &reqwest::Client, base: &str) -> ((i64, i64), String) {
    let (_, page) = get(c, &format!("{base}/admin/work")).await;
    let line = &page[page.find("<p id=\"workload\">").expect("the counts")..];
    let strong: Vec<i64> = line
        .split("<strong>")
        .skip(1)
        .take(2)
        .map(|s| number(s.split('<').next().unwrap_or_default()))
        .collect();
    ((strong[0], strong[1]), plain(&page))
}

/// The chips of "Mijn werk" (the menu of its sections): `(code, name, count)`.
fn work_chips(page: &str) -> Vec<(String, String, i64)> {
    let menu = &page[page.find("<nav class=\"work-menu\"").expect("the chips")..];
    let menu = &menu[..menu.find("</nav>").expect("the chips end")];
    menu.split("<a href=\"#h-")
        .skip(1)
        .map(|a| {
            let code = a.split('"').next().unwrap_or_default().to_string();
            let name = a
                .split_once("\">")
                .map(|(_, r)| {
                    r.split(" <span class=\"count\">")
                        .next()
                        .unwrap_or_default()
                })
                .unwrap_or_default()
                .to_string();
            let n = number(after(a, "<span class=\"count\">"));
            (code, name, n)
        })
        .collect()
}

/// The chips agree with the header line: "Wacht op…" and "Open, niet wachtend" together are
/// "Uw open kwesties", the sentence under the header says so with the same numbers, and no chip
/// claims the header's words with another number.
fn chips_agree_with_the_header(label: &str, open: i64, page: &str) {
    let chips = work_chips(page);
    let of = |code: &str| {
        chips
            .iter()
            .find(|(c, _, _)| c == code)
            .map(|(_, _, n)| *n)
            .unwrap_or(0)
    };
    assert_eq!(
        of("waiting") + of("open"),
        open,
        "{label}: the chips add up to the header: {chips:?}"
    );
    for (code, name, n) in &chips {
        assert!(
            !name.contains("open kwesties") || *n == open,
            "{label}: chip {code} says \"{name}\" with {n}, the header {open}"
        );
    }
    if let Some((_, name, _)) = chips.iter().find(|(c, _, _)| c == "lapsed") {
        assert!(name.contains("laatste 2 weken"), "{label}: {name}");
    }
    let split = &page[page
        .find("<span id=\"workload-split\">")
        .expect("the split")..];
    let split = &split[..split.find("<span class=\"hint\">").expect("the hint")];
    let nums: Vec<i64> = split
        .split("<span class=\"num\">")
        .skip(1)
        .map(|s| number(s.split('<').next().unwrap_or_default()))
        .collect();
    assert_eq!(nums, vec![of("waiting"), of("open")], "{label}: {split}");
}

#[tokio::test]
async fn handing_over_per_kwestie_tells_each_receiver_and_every_screen_counts_alike() {
    for store in Store::all().await {
        let label = store.label;
        let server = demo(&store);
        let base = &server.url;
        let t = token(&store, "coordinator@demo.example");
        let cor = sign_in(&server, "coordinator@demo.example").await;
        let vera = sign_in(&server, "confidant@demo.example").await;

        // One definition on both pages: Vera's row on the start page is her own count.
        let (mine, work) = my_work(&vera, base).await;
        assert_eq!(
            dashboard_row(&cor, base, "Vera Vertrouwens").await,
            mine,
            "{label}"
        );
        assert!(mine.0 > 0, "{label}: Vera holds open kwesties in the demo");
        assert!(work.contains("Uw open kwesties") && work.contains("over de termijn"));
        chips_agree_with_the_header(label, mine.0, &work);
        // The badge in the menu (when there is one) counts something else, and says what.
        if work.contains("<span class=\"count\" title=") {
            assert!(
                work.contains("nieuw van inwoners of taak te laat")
                    && work.contains("telt iets anders: nieuw van inwoners plus uw taken"),
                "{label}: the badge says what it counts"
            );
        }

        // Tom leaves. His kwesties are listed as links, one line each.
        let tom = user_id(&server, &t, "confidant2@demo.example").await;
        let vera_id = user_id(&server, &t, "confidant@demo.example").await;
        let carla_id = user_id(&server, &t, "coordinator.b@demo.example").await;
        let (status, page) = get(&cor, &format!("{base}/admin/users/{tom}/disable")).await;
        assert_eq!(status, 200);
        let refs = all_after(&page, "<th scope=\"row\"><a href=\"/admin/cases/");
        assert!(
            !refs.is_empty(),
            "{label}: Tom holds open kwesties in the demo"
        );

        // Each row says what the kwestie is about (domain and status, nothing of the citizen)
        // and its next date.
        let table = &page[page.find("id=\"handover-cases\"").expect("the table")..];
        assert!(table.contains(">Onderwerp</th>") && table.contains(">Eerstvolgende datum</th>"));
        assert_eq!(
            table.matches("<td class=\"subject\">").count(),
            refs.len(),
            "{label}"
        );
        assert_eq!(
            table.matches("<td class=\"due\">").count(),
            refs.len(),
            "{label}"
        );
        // Handing all to one colleague says how many they would hold, and warns above the
        // line (1.5 × the confidants' average after the hand-over).
        let limit = number(after(&page, "<strong id=\"load-limit\">"));
        assert!(limit > 0, "{label}: the line is shown");
        let option = plain(after(&page, &format!("<option value=\"{vera_id}\"")));
        let then = mine.0 + refs.len() as i64;
        assert!(
            option.contains(&format!("nu {} open, daarna {then}", mine.0)),
            "{label}: {option}"
        );
        assert_eq!(
            option.contains("te veel"),
            then > limit,
            "{label}: {option}"
        );
        let warned = page.contains(
            "class=\"field-error load-too-much\">Let op: krijgt Vera Vertrouwens alle kwesties",
        );
        assert_eq!(warned, then > limit, "{label}");

        // "Spread" shows a proposal first: nothing is disabled yet.
        let res = post(
            &cor,
            &format!("{base}/admin/users/{tom}/disable"),
            &page,
            &[("handover", "spread")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 200);
        let proposal = plain(&res.text().await.unwrap());
        assert!(proposal.contains("Voorstel:"), "{proposal}");
        assert!(
            proposal.contains("<ul id=\"load-after\">"),
            "{label}: the proposal says what each receiver will hold"
        );
        assert!(proposal.contains("value=\"per_case\" selected"));
        assert!(
            proposal.matches("\" selected>").count() >= refs.len(),
            "each kwestie has someone proposed"
        );
        let (_, users) = api(&server, &t, reqwest::Method::GET, "/users", None).await;
        let tom_row = users
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["id"] == tom)
            .cloned()
            .unwrap();
        assert_eq!(
            tom_row["disabled"], false,
            "{label}: a proposal changes nothing"
        );

        // Per kwestie: the first to Vera, the others to Carla.
        let mut fields: Vec<(String, String)> = vec![("handover".into(), "per_case".into())];
        for (i, r) in refs.iter().enumerate() {
            let to = if i == 0 { vera_id } else { carla_id };
            fields.push((format!("case-{r}"), to.to_string()));
        }
        let borrowed: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let res = post(
            &cor,
            &format!("{base}/admin/users/{tom}/disable"),
            &proposal,
            &borrowed,
        )
        .await;
        assert_eq!(res.status().as_u16(), 303, "{label}");
        let (_, list) = get(&cor, &format!("{base}{}", location(&res))).await;
        let list = plain(&list);
        let handed = &list[list.find("id=\"handed\"").expect("what went where")..];
        assert!(
            handed.contains("1 kwestie naar <strong>Vera Vertrouwens</strong>"),
            "{handed}"
        );
        assert!(handed.contains(&format!("href=\"/admin/cases/{}\"", refs[0])));
        if refs.len() > 1 {
            assert!(
                handed.contains("naar <strong>Carla Controle</strong>"),
                "{handed}"
            );
            assert!(handed.contains(&format!("href=\"/admin/cases/{}\"", refs[refs.len() - 1])));
        }

        // Vera is told under "Mijn werk", with the kwestie as a link, until she has seen it.
        let (after_handover, work) = my_work(&vera, base).await;
        assert!(
            work.contains("1 kwestie van Tom Tweede aan u overgedragen"),
            "{label}"
        );
        assert!(work.contains(&format!("href=\"/admin/cases/{}\"", refs[0])));
        assert_eq!(
            after_handover.0,
            mine.0 + 1,
            "{label}: one more open kwestie"
        );
        assert_eq!(
            dashboard_row(&cor, base, "Vera Vertrouwens").await,
            after_handover
        );
        chips_agree_with_the_header(label, after_handover.0, &work);
        let (_, raw) = get(&vera, &format!("{base}/admin/work")).await;
        let action = all_after(&raw, "<form method=\"post\" action=\"/admin/work/handed/");
        let res = post(
            &vera,
            &format!("{base}/admin/work/handed/{}", action[0]),
            &raw,
            &[],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        let (_, work) = my_work(&vera, base).await;
        assert!(!work.contains("aan u overgedragen"), "{label}: seen, gone");
    }
}
