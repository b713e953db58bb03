//! Starting the real binary and talking to it like a browser or a script would.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

pub const PASSWORD: &str = "correct horse battery staple";

/// Where a test's data lives: a temp SQLite directory, or a fresh PostgreSQL database.
pub struct Store {
    pub dir: tempfile::TempDir,
    pub database_url: Option<String>,
    pub master_key: String,
    pub label: &'static str,
}

impl Store {
    pub fn sqlite() -> Store {
        Store {
            dir: tempfile::tempdir().unwrap(),
            database_url: None,
            master_key: base64_key(),
            label: "sqlite",
        }
    }

    /// A fresh PostgreSQL database, or `None` (with a notice) when `NAAST_TEST_DATABASE_URL` is unset.
    pub async fn postgres() -> Option<Store> {
        let Ok(base) = std::env::var("NAAST_TEST_DATABASE_URL") else {
            eprintln!(
                "notice: NAAST_TEST_DATABASE_URL is not set; skipping the PostgreSQL variant"
            );
            return None;
        };
        let name = format!("naast_t_{}", random_hex(8));
        let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&base)
            .await
            .expect("connect to NAAST_TEST_DATABASE_URL");
        sqlx::Executor::execute(
            &mut conn,
            sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")),
        )
        .await
        .unwrap();
        let (prefix, _) = base.rsplit_once('/').unwrap();
        Some(Store {
            dir: tempfile::tempdir().unwrap(),
            database_url: Some(format!("{prefix}/{name}")),
            master_key: base64_key(),
            label: "postgres",
        })
    }

    /// Both backends where available: SQLite always, PostgreSQL when configured.
    pub async fn all() -> Vec<Store> {
        let mut v = vec![Store::sqlite()];
        if let Some(pg) = Store::postgres().await {
            v.push(pg);
        }
        v
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_naast"));
        c.args(args)
            .arg("--data-dir")
            .arg(self.dir.path())
            .env_remove("DATABASE_URL")
            .env_remove("NAAST_MASTER_KEY_FILE")
            .env("NAAST_MASTER_KEY", &self.master_key)
            .env("NAAST_LOG", "warn");
        if let Some(url) = &self.database_url {
            c.env("DATABASE_URL", url);
        }
        c
    }

    /// Runs a CLI command; returns (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self.command(args).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// A direct connection to the same database, to look behind the application's back.
    pub async fn raw(&self) -> sqlx::AnyPool {
        sqlx::any::install_default_drivers();
        let url = match &self.database_url {
            Some(u) => u.clone(),
            None => format!("sqlite://{}", self.dir.path().join("naast.db").display()),
        };
        sqlx::any::AnyPoolOptions::new()
            .max_connections(1)
            .connect(&url)
            .await
            .unwrap()
    }
}

fn base64_key() -> String {
    naast_crypto::MasterKey::generate().to_base64()
}

pub fn random_hex(n: usize) -> String {
    naast_crypto::to_hex(&naast_crypto::random_bytes::<32>()[..n.min(32)])
}

/// A running `naast serve`.
pub struct Server {
    pub url: String,
    pub setup_link: Option<String>,
    child: Child,
    _stdout: mpsc::Receiver<String>,
}

impl Server {
    pub fn start(store: &Store, extra_env: &[(&str, &str)]) -> Server {
        Server::start_args(store, &["serve", "--addr", "127.0.0.1:0"], extra_env)
    }

    pub fn start_args(store: &Store, args: &[&str], extra_env: &[(&str, &str)]) -> Server {
        let mut cmd = store.command(args);
        for (k, v) in extra_env {
            cmd.env(k, v);
        }
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let first = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("server printed its address");
        let url = first
            .strip_prefix("Naast listening on ")
            .expect("contract line")
            .to_string();
        let setup_link = match rx.recv_timeout(Duration::from_millis(1500)) {
            Ok(l) => l
                .strip_prefix("Set-up link (one-time): ")
                .map(str::to_string),
            Err(_) => None,
        };
        Server {
            url,
            setup_link,
            child,
            _stdout: rx,
        }
    }

    /// Sends SIGTERM and waits; returns the exit code.
    pub fn stop(mut self) -> i32 {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let status = self.child.wait().unwrap();
        status.code().unwrap_or(-1)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A browser: cookies kept, redirects not followed (so tests see where they lead). An idle
/// connection is not reused after 10 s: the server closes one that sat idle for its header
/// timeout (30 s), and a test that waits for the next TOTP step would otherwise race that close
/// and get an incomplete message (a browser retries such a request on its own; this client
/// does not).
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .pool_idle_timeout(std::time::Duration::from_secs(10))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The CSRF token in a page's form.
pub fn csrf(html: &str) -> String {
    let i = html
        .find("name=\"csrf\" value=\"")
        .expect("page has a CSRF field")
        + 19;
    html[i..].split('"').next().unwrap().to_string()
}

/// The text of the first element matching `marker` … up to the next `<`.
pub fn after<'a>(html: &'a str, marker: &str) -> &'a str {
    let i = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not in page"))
        + marker.len();
    html[i..].split('<').next().unwrap()
}

pub fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

pub async fn get(c: &reqwest::Client, url: &str) -> (u16, String) {
    let res = c.get(url).send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.text().await.unwrap())
}

/// Posts a form, adding the CSRF token of `page`.
pub async fn post(
    c: &reqwest::Client,
    url: &str,
    page: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let token = csrf(page);
    let mut all: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
    all.extend_from_slice(fields);
    c.post(url).form(&all).send().await.unwrap()
}

/// RFC 4648 base32 (no padding) to bytes.
pub fn base32_decode(s: &str) -> Vec<u8> {
    let mut bits = 0u64;
    let mut n = 0;
    let mut out = Vec::new();
    for ch in s
        .trim()
        .trim_end_matches('=')
        .bytes()
        .filter(|b| *b != b' ')
    {
        let v = match ch {
            b'A'..=b'Z' => ch - b'A',
            b'2'..=b'7' => ch - b'2' + 26,
            _ => panic!("not base32"),
        };
        bits = (bits << 5) | u64::from(v);
        n += 5;
        if n >= 8 {
            out.push((bits >> (n - 8)) as u8);
            n -= 8;
        }
    }
    out
}

pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// A coordinator that went through the whole first set-up: returns the browser (signed in)
/// and the TOTP secret.
pub async fn first_coordinator(server: &Server, email: &str) -> (reqwest::Client, Vec<u8>) {
    let c = browser();
    let link = server
        .setup_link
        .clone()
        .expect("a set-up link on an empty database");
    let (status, page) = get(&c, &link).await;
    assert_eq!(status, 200);
    let res = post(
        &c,
        &link,
        &page,
        &[
            ("email", email),
            ("display_name", "Cor Coördinator"),
            ("password", PASSWORD),
            ("password2", PASSWORD),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303, "set-up accepted");
    assert_eq!(location(&res), "/account/totp");
    let secret = enrol(&c, &server.url).await;
    (c, secret)
}

/// Enrols TOTP on the page `/account/totp`; returns the secret.
pub async fn enrol(c: &reqwest::Client, base: &str) -> Vec<u8> {
    let (status, page) = get(c, &format!("{base}/account/totp")).await;
    assert_eq!(status, 200);
    assert!(page.contains("<svg"), "QR code rendered inline as SVG");
    let secret = base32_decode(after(&page, "<code class=\"secret\">"));
    let sealed = after(&page, "name=\"sealed\" value=\"")
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let code = naast_crypto::totp_code_at(&secret, unix_now());
    let res = post(
        c,
        &format!("{base}/account/totp"),
        &page,
        &[("sealed", &sealed), ("code", &code)],
    )
    .await;
    assert_eq!(res.status().as_u16(), 200);
    let body = res.text().await.unwrap();
    assert_eq!(
        body.matches("<li><code>").count(),
        10,
        "ten recovery codes shown once"
    );
    secret
}

/// GETs a JSON document with a bearer token.
pub async fn api_get(url: &str, token: &str) -> serde_json::Value {
    reqwest::Client::new()
        .get(url)
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

impl Store {
    /// A user with `role` (and `tenant`) made through the CLI, and an API token for them.
    pub fn token_for(&self, email: &str, role: &str, tenant: Option<&str>) -> String {
        let mut args = vec!["user", "add", "--email", email, "--role", role];
        if let Some(t) = tenant {
            args.extend(["--tenant", t]);
        }
        let (code, _, err) = self.run(&args);
        assert_eq!(code, 0, "{err}");
        self.run(&["token", "create", "--user", email])
            .1
            .trim()
            .to_string()
    }
}

/// A kwestie registered by staff through the JSON API (a phone call with a named citizen);
/// returns its reference.
pub async fn api_intake(base: &str, token: &str, tenant: &str, story: &str, name: &str) -> String {
    let r = reqwest::Client::new()
        .post(format!("{base}/api/v1/cases"))
        .bearer_auth(token)
        .json(&serde_json::json!({"tenant": tenant, "channel": "phone", "story": story, "name": name}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
    r.json::<serde_json::Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Finishes the set-up of `email` (invited without a password) as they would: a fresh set-up
/// link from the coordinator's API, then a password. Returns the browser, signed in as far as
/// the second factor.
pub async fn finish_setup(base: &str, coordinator: &str, email: &str) -> reqwest::Client {
    let users = api_get(&format!("{base}/api/v1/users"), coordinator).await;
    let id = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == email)
        .and_then(|u| u["id"].as_i64())
        .unwrap();
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
    assert_eq!(res.status().as_u16(), 303, "set-up accepted");
    c
}

/// The set-up most case tests start from: tenant `maasdal`, a server with the public form's rate
/// limits off, the first coordinator `cor@x.example` signed in, and an API token for them.
pub async fn maasdal_with_coordinator(store: &Store) -> (Server, reqwest::Client, String) {
    store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
    let server = Server::start(store, &[("NAAST_RATE_LIMITS", "off")]);
    let (c, _) = first_coordinator(&server, "cor@x.example").await;
    let token = store
        .run(&["token", "create", "--user", "cor@x.example"])
        .1
        .trim()
        .to_string();
    (server, c, token)
}

/// A user made through the CLI (`--tenant maasdal` unless a coordinator) who finished the
/// set-up link and the second factor: a signed-in browser.
pub async fn signed_in_user(
    store: &Store,
    server: &Server,
    email: &str,
    role: &str,
) -> reqwest::Client {
    let mut args = vec!["user", "add", "--email", email, "--role", role];
    if role != "coordinator" {
        args.extend(["--tenant", "maasdal"]);
    }
    let (code, link, err) = store.run(&args);
    assert_eq!(code, 0, "{err}");
    let link = link.trim().to_string();
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
