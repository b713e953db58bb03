//! Nothing of a citizen in plain text at rest. After the demo, and after the flows that take
//! personal data in (the public form, the staff API, messages both ways, a provider's signal,
//! outreach, a report's agreement and correction note, erasure), the database files — SQLite's
//! file and WAL and anything else Naast keeps in its data directory — and, on PostgreSQL, a
//! `pg_dump` of the database hold none of the demo's citizens' names or phone numbers, none of
//! the test's citizens, and none of the texts sealed since migration 0015.
//!
//! `upgrade`: values stored in plain text before 0015 are sealed once at start-up.

mod upgrade;

use crate::harness::*;
use serde_json::{Value, json};

pub(super) struct Api {
    pub(super) c: reqwest::Client,
    pub(super) base: String,
}

impl Api {
    async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        token: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut req = self
            .c
            .request(method, format!("{}/api/v1{path}", self.base))
            .bearer_auth(token);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let res = req.send().await.unwrap();
        let status = res.status().as_u16();
        let text = res.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    pub(super) async fn get(&self, path: &str, token: &str) -> (u16, Value) {
        self.send(reqwest::Method::GET, path, token, None).await
    }

    pub(super) async fn post(&self, path: &str, token: &str, body: Value) -> (u16, Value) {
        self.send(reqwest::Method::POST, path, token, Some(body))
            .await
    }

    async fn put(&self, path: &str, token: &str, body: Value) -> (u16, Value) {
        self.send(reqwest::Method::PUT, path, token, Some(body))
            .await
    }
}

fn token(store: &Store, email: &str) -> String {
    let (code, out, err) = store.run(&["token", "create", "--user", email]);
    assert_eq!(code, 0, "{err}");
    out.trim().to_string()
}

/// Yesterday (UTC): a day that has passed in every time zone the server may use.
pub(super) fn yesterday() -> String {
    let days = unix_now() / 86_400 - 1;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The demo's citizens as the application shows them: every name, e-mail address and phone
/// number (also without spaces) of every kwestie of both tenants.
async fn demo_citizens(api: &Api, token: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cases = 0;
    for tenant in ["maasdal", "lindeveld"] {
        for page in 0.. {
            let (s, list) = api
                .get(&format!("/cases?tenant={tenant}&page={page}"), token)
                .await;
            assert_eq!(s, 200, "{list}");
            let refs: Vec<String> = list["cases"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|c| c["reference"].as_str().map(String::from))
                .collect();
            if refs.is_empty() {
                break;
            }
            for r in refs {
                cases += 1;
                let (s, case) = api.get(&format!("/cases/{r}"), token).await;
                assert_eq!(s, 200, "{case}");
                for field in ["name", "email", "phone"] {
                    if let Some(v) = case["citizen"][field].as_str().filter(|v| !v.is_empty()) {
                        out.push(v.to_string());
                        if field == "phone" {
                            out.push(v.replace(' ', ""));
                        }
                    }
                }
            }
        }
    }
    assert!(cases >= 20, "the demo made kwesties: {cases}");
    out.sort();
    out.dedup();
    out
}

/// Every file in the data directory (database, WAL, any backup), or a `pg_dump` of the database.
fn at_rest(store: &Store) -> Option<Vec<u8>> {
    match &store.database_url {
        None => {
            let mut bytes = Vec::new();
            for e in std::fs::read_dir(store.dir.path()).unwrap() {
                let p = e.unwrap().path();
                if p.is_file() {
                    bytes.extend(std::fs::read(&p).unwrap());
                }
            }
            Some(bytes)
        }
        Some(url) => match std::process::Command::new("pg_dump")
            .arg("--no-owner")
            .arg(url)
            .output()
        {
            Ok(out) if out.status.success() => Some(out.stdout),
            Ok(out) => panic!("pg_dump: {}", String::from_utf8_lossy(&out.stderr)),
            Err(e) => {
                eprintln!("notice: pg_dump not available ({e}); skipping the PostgreSQL scan");
                None
            }
        },
    }
}

/// An SMTP server that takes every message but refuses recipients containing `refuse`, quoting
/// the address in its answer as real servers do (`550 5.1.1 <a@b>: Recipient address rejected`).
fn refusing_smtp(refuse: &'static str) -> String {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(stream) = conn else { continue };
            std::thread::spawn(move || {
                let mut w = stream.try_clone().unwrap();
                let _ = w.write_all(b"220 sink ready\r\n");
                let mut in_data = false;
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    let upper = line.to_ascii_uppercase();
                    let reply = if in_data {
                        if line != "." {
                            continue;
                        }
                        in_data = false;
                        "250 queued".to_string()
                    } else if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        "250-sink\r\n250 8BITMIME".to_string()
                    } else if upper.starts_with("RCPT TO:") && line.contains(refuse) {
                        let to = line[8..].trim();
                        format!("550 5.1.1 {to}: Recipient address rejected: User unknown")
                    } else if upper.starts_with("DATA") {
                        in_data = true;
                        "354 go ahead".to_string()
                    } else if upper.starts_with("QUIT") {
                        let _ = w.write_all(b"221 bye\r\n");
                        break;
                    } else {
                        "250 ok".to_string()
                    };
                    if w.write_all(format!("{reply}\r\n").as_bytes()).is_err() {
                        break;
                    }
                }
            });
        }
    });
    format!("smtp://{addr}")
}

fn found<'a>(hay: &str, needles: &'a [String]) -> Vec<&'a str> {
    needles
        .iter()
        .map(String::as_str)
        .filter(|n| hay.contains(n))
        .collect()
}

#[tokio::test]
async fn no_citizen_data_is_stored_in_plain_text() {
    for store in Store::all().await {
        let (code, _, err) = store.run(&["demo", "--seed", "5", "--cases", "3"]);
        assert_eq!(code, 0, "{err}");
        let vera = token(&store, "confidant@demo.example");
        let cor = token(&store, "coordinator@demo.example");
        // Mail goes out; the citizen's address is refused, as a mistyped one would be.
        let smtp = refusing_smtp("vlietstra");
        let server = Server::start(
            &store,
            &[("NAAST_RATE_LIMITS", "off"), ("NAAST_SMTP_URL", &smtp)],
        );
        let api = Api {
            c: reqwest::Client::new(),
            base: server.url.clone(),
        };
        let base = server.url.clone();
        let demo = demo_citizens(&api, &vera).await;
        assert!(
            demo.iter().any(|n| n.starts_with("06")) && demo.iter().any(|n| n.contains(' ')),
            "names and phone numbers: {demo:?}"
        );
        assert_eq!(found(&err, &demo), Vec::<&str>::new(), "the demo's log");
        // The demo's provider addresses, as the application shows them.
        let (s, signals) = api.get("/tenants/lindeveld/signals", &vera).await;
        assert_eq!(s, 200, "{signals}");
        let demo_addresses: Vec<String> = signals
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["addressee"] != "municipality")
            .filter_map(|s| s["addressee_email"].as_str().map(String::from))
            .collect();
        assert!(
            !demo_addresses.is_empty() && demo_addresses.iter().all(|a| a.contains('@')),
            "the demo sends a signal to a provider: {demo_addresses:?}"
        );
        let today = yesterday();

        // The public form: a citizen with a name, an address and a phone number.
        let citizen = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let r = citizen
            .post(format!("{base}/maasdal/melden"))
            .form(&[
                ("language", "nl"),
                (
                    "story",
                    "Mijn moeder krijgt geen hulp meer bij het aankleden.",
                ),
                ("area", "wmo"),
                ("name", "Gerlinde Vlietstra"),
                ("email", "gerlinde.vlietstra@voorbeeld.nl"),
                ("phone", "06 31415926"),
                ("preferred", "email"),
                ("email_link", "1"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303, "{}", store.label);
        let status = location(&r);
        let status = status.split('?').next().unwrap().to_string();
        let (_, page) = get(&citizen, &format!("{base}{status}")).await;
        let public_ref = after(&page, "class=\"reference\">").to_string();
        assert!(public_ref.starts_with("NST-"), "{public_ref}");

        // The staff API.
        let (s, v) = api
            .post(
                "/cases",
                &vera,
                json!({"tenant": "maasdal", "channel": "phone", "area": "wmo",
                    "story": "Harmen wacht al maanden op een traplift.",
                    "name": "Harmen Oudeboom", "email": "harmen.oudeboom@voorbeeld.nl",
                    "phone": "06 27182818"}),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        let staff_ref = v["reference"].as_str().unwrap().to_string();

        // Messages both ways through the status link.
        let (s, v) = api
            .post(
                &format!("/cases/{public_ref}/messages"),
                &vera,
                json!({"message": "Beste mevrouw Vlietstra, ik bel u donderdag."}),
            )
            .await;
        assert_eq!(s, 204, "{v}");
        let r = citizen
            .post(format!("{base}{status}/reply"))
            .form(&[("message", "Donderdag is goed. Groet, Gerlinde Vlietstra")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303);

        // A signal to a provider, on the staff intake (with the citizen's consent): sent,
        // answered through the link, sent again to a corrected address.
        let (s, v) = api
            .post(
                &format!("/cases/{staff_ref}/consents"),
                &vera,
                json!({"recipient": "maasdal_thuiszorg", "scope": "signal", "given_on": today, "how": "written"}),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        let (s, v) = api
            .post(
                "/tenants/maasdal/signals",
                &vera,
                json!({"title": "Traplift laat op zich wachten", "description": "Een inwoner wacht maanden op een traplift.",
                    "area": "wmo", "theme": "waiting_time", "addressee": "maasdal_thuiszorg",
                    "addressee_email": "meldpunt.wiegersma@thuiszorg-maasdal.example", "cases": staff_ref}),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        let sid = v["id"].as_i64().unwrap();
        let (_, review) = api.get(&format!("/signals/{sid}/privacy"), &vera).await;
        let keys: Vec<Value> = review["fields"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| f["segments"].as_array().unwrap().clone())
            .filter_map(|seg| seg["finding"]["key"].as_str().map(|k| json!(k)))
            .collect();
        let (s, v) = api
            .post(
                &format!("/signals/{sid}/privacy"),
                &vera,
                json!({"accept": keys, "missed": "", "updated_at": review["updated_at"]}),
            )
            .await;
        assert_eq!(s, 204, "{v}");
        assert_eq!(
            api.post(&format!("/signals/{sid}/submit"), &vera, json!({}))
                .await
                .0,
            204
        );
        let (s, v) = api
            .post(&format!("/signals/{sid}/send"), &cor, json!({}))
            .await;
        assert_eq!(s, 204, "{v}");
        let (_, outbox) = api.get("/outbox", &cor).await;
        let link = outbox
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["to"] == "meldpunt.wiegersma@thuiszorg-maasdal.example")
            .filter_map(|m| m["body"].as_str())
            .flat_map(|b| b.split_whitespace())
            .find_map(|w| w.split_once("/signaal/").map(|(_, t)| t.to_string()))
            .expect("a link to the provider");
        let r = citizen
            .post(format!("{base}/signaal/{link}/answer"))
            .form(&[("answer", "We zoeken een monteur.")])
            .send()
            .await
            .unwrap();
        assert!(r.status().is_redirection() || r.status().is_success());
        let (s, v) = api
            .post(
                &format!("/signals/{sid}/relink"),
                &vera,
                json!({"addressee_email": "kwaliteit.wiegersma@thuiszorg-maasdal.example"}),
            )
            .await;
        assert_eq!(s, 204, "{v}");
        let (_, sig) = api.get(&format!("/signals/{sid}"), &vera).await;
        assert_eq!(
            sig["addressee_email"],
            "kwaliteit.wiegersma@thuiszorg-maasdal.example"
        );
        assert_eq!(sig["answered_by"], "Maasdal Thuiszorg");
        assert_eq!(sig["reply"]["answer"], "We zoeken een monteur.");

        // Outreach whose place, audience and note name someone.
        let (s, v) = api
            .post(
                "/tenants/maasdal/outreach",
                &vera,
                json!({"kind": "session", "held_on": today, "place": "Bij de familie Wiersma-Dekker thuis",
                    "audience": "mantelzorgers rond Jozefien Wiersma", "attendance": "4",
                    "note": "Jozefien Wiersma vroeg naar de eigen bijdrage."}),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        let year = &today[..4];
        let (_, y) = api
            .get(&format!("/tenants/maasdal/outreach?year={year}"), &vera)
            .await;
        assert!(
            y["items"].as_array().unwrap().iter().any(|i| i["note"]
                == "Jozefien Wiersma vroeg naar de eigen bijdrage."
                && i["place"] == "Bij de familie Wiersma-Dekker thuis"),
            "{y}"
        );

        // A published report: discussed (what was agreed names someone), then corrected (the
        // note names someone).
        let mut published = None;
        for tenant in ["maasdal", "lindeveld"] {
            let (_, list) = api.get(&format!("/tenants/{tenant}/reports"), &cor).await;
            published = published.or_else(|| {
                list.as_array()
                    .unwrap()
                    .iter()
                    .find(|r| r["status"] == "published" || r["status"] == "discussed")
                    .and_then(|r| r["id"].as_i64())
            });
        }
        let published = published.expect("the demo published a report");
        let (s, v) = api
            .post(
                &format!("/reports/{published}/discussed"),
                &cor,
                json!({"on": today, "agreed": "Wethouder Roelofje Brinkhuis zoekt de wachttijden uit."}),
            )
            .await;
        assert_eq!(s, 204, "{v}");
        let (s, v) = api
            .post(
                &format!("/reports/{published}/correct"),
                &cor,
                json!({"correction": "Een tabel telde dubbel."}),
            )
            .await;
        assert_eq!(s, 201, "{v}");
        let corrected = v["id"].as_i64().unwrap();
        let (_, r) = api.get(&format!("/reports/{corrected}"), &cor).await;
        let (s, v) = api
            .put(
                &format!("/reports/{corrected}/text"),
                &cor,
                json!({"correction": "Per abuis stond de naam van Sietske Hoekstra in de tabel.",
                    "updated_at": r["updated_at"]}),
            )
            .await;
        assert_eq!(s, 204, "{v}");
        let (_, r) = api.get(&format!("/reports/{corrected}"), &cor).await;
        assert_eq!(
            r["correction"],
            "Per abuis stond de naam van Sietske Hoekstra in de tabel."
        );
        let (_, r) = api.get(&format!("/reports/{published}"), &cor).await;
        assert_eq!(
            r["agreed"],
            "Wethouder Roelofje Brinkhuis zoekt de wachttijden uit."
        );

        // Erasure on request: the staff intake's citizen.
        let (s, v) = api
            .post(&format!("/cases/{staff_ref}/erase"), &vera, json!({}))
            .await;
        assert_eq!(s, 200, "{v}");

        // The refusal has been recorded (the job ran and failed).
        let mut refused = false;
        for _ in 0..60 {
            let (_, outbox) = api.get("/outbox", &cor).await;
            refused = outbox.as_array().unwrap().iter().any(|m| {
                m["to"] == "gerlinde.vlietstra@voorbeeld.nl" && !m["last_error"].is_null()
            });
            if refused {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        }
        assert!(refused, "the refused mail was tried");

        // The sealed columns hold the values, the plain ones nothing.
        let raw = store.raw().await;
        let plain: i64 = sqlx::Row::get(
            &sqlx::query(
                "SELECT (SELECT COUNT(*) FROM signals WHERE addressee_email <> '' OR answered_by IS NOT NULL) \
                 + (SELECT COUNT(*) FROM outreach WHERE place <> '' OR audience <> '' OR note <> '') \
                 + (SELECT COUNT(*) FROM reports WHERE correction <> '' OR agreed <> '') AS n",
            )
            .fetch_one(&raw)
            .await
            .unwrap(),
            "n",
        );
        assert_eq!(plain, 0, "{}: no plain values left", store.label);
        // The register of procedures holds organisations' own addresses (where a complaint or
        // objection goes), not personal data, and keeps them in plain. The demo's signal to a
        // provider goes to that provider's complaint channel, so the same address is in the
        // register: only those exact electronic channels of organisations are allowed below.
        let mut register_channels = Vec::new();
        for row in sqlx::query("SELECT body FROM procedure_info")
            .fetch_all(&raw)
            .await
            .unwrap()
        {
            let body: String = sqlx::Row::get(&row, "body");
            let entry: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
            for field in ["complaint_channel", "objection_channel"] {
                if let Some(v) = entry[field].as_str().filter(|v| v.contains('@')) {
                    register_channels.push(v.to_string());
                }
            }
        }
        raw.close().await;
        assert_eq!(server.stop(), 0);

        let Some(bytes) = at_rest(&store) else {
            continue;
        };
        let hay = String::from_utf8_lossy(&bytes);
        assert!(
            hay.contains("confidant@demo.example"),
            "{}: the scan reads the data (a staff address is stored in clear)",
            store.label
        );
        let citizens: Vec<String> = [
            "Gerlinde Vlietstra",
            // Refused by the mail server, whose reply quoted it: stored as a code only.
            "gerlinde.vlietstra@voorbeeld.nl",
            "06 31415926",
            "0631415926",
            "Harmen Oudeboom",
            "harmen.oudeboom@voorbeeld.nl",
            "06 27182818",
            "0627182818",
        ]
        .map(String::from)
        .to_vec();
        let mut texts: Vec<String> = [
            "meldpunt.wiegersma@thuiszorg-maasdal.example",
            "kwaliteit.wiegersma@thuiszorg-maasdal.example",
            "Wiersma",
            "Roelofje Brinkhuis",
            "Sietske Hoekstra",
            // The demo's agreement with the municipality, from `demo/reports.rs`.
            "bekijkt de voorbeeldbrieven met de vertrouwenspersoon",
            // Every story and message (sealed under the case key since long).
            "hulp meer bij het aankleden",
            "traplift",
            "ik bel u donderdag",
            "Donderdag is goed",
        ]
        .map(String::from)
        .to_vec();
        texts.extend(
            demo_addresses
                .iter()
                .filter(|a| !register_channels.contains(a))
                .cloned(),
        );
        // Every other text stays in the scan; the test's own citizens and addresses never match
        // a register entry.
        assert!(
            texts.iter().filter(|t| t.contains('@')).count() >= 2,
            "{}: addresses are still scanned",
            store.label
        );
        let label = store.label;
        assert_eq!(
            found(&hay, &demo),
            Vec::<&str>::new(),
            "{label}: demo citizens"
        );
        assert_eq!(
            found(&hay, &citizens),
            Vec::<&str>::new(),
            "{label}: citizens"
        );
        assert_eq!(
            found(&hay, &texts),
            Vec::<&str>::new(),
            "{label}: sealed texts"
        );
    }
}
