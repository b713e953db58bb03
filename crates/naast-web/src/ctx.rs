//! The request context every page needs: language, session, CSRF token, demo flag.

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use naast_app::auth::{SessionInfo, Stage};
use naast_app::{App, AppError, Principal};
use naast_core::{Lang, Msg};
use naast_crypto as crypto;

pub const SESSION_COOKIE: &str = "naast_session";
pub const CSRF_COOKIE: &str = "naast_csrf";
pub const LANG_COOKIE: &str = "naast_lang";

/// The value of cookie `name`, if sent.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The header `Accept-Language`, or empty.
fn accept_language(headers: &HeaderMap) -> &str {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

/// Dutch or English, as the request's `Accept-Language` prefers; Dutch when it asks for neither.
pub fn header_lang(headers: &HeaderMap) -> Lang {
    Lang::from_accept_language(accept_language(headers))
}

/// The code of `offered` that the request's `Accept-Language` prefers, if any
/// ([`naast_core::lang::preferred`]).
pub fn accepted<'a>(headers: &HeaderMap, offered: &'a [String]) -> Option<&'a str> {
    naast_core::lang::preferred(accept_language(headers), offered)
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, Secure over https.
pub fn set_cookie(name: &str, value: &str, max_age: Option<i64>, secure: bool) -> HeaderValue {
    let mut s = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age {
        s.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        s.push_str("; Secure");
    }
    HeaderValue::from_str(&s).unwrap_or_else(|_| HeaderValue::from_static("invalid=1"))
}

/// The browser's anonymous CSRF secret, set once per browser (before anyone signs in).
#[derive(Clone)]
pub struct CsrfSeed(pub String);

/// Whether `back` is a path on this site that a redirect may go to: it starts with one `/`,
/// holds no backslash, no `//`, no control character (a tab or newline a browser drops) and no
/// scheme — also once percent-decoded, so `/%5Cevil.example` or `/%2F/evil.example` do not
/// slip through a second decoding. Anything else must go home (`/`).
pub fn local_path(back: &str) -> bool {
    fn plain(p: &str) -> bool {
        p.starts_with('/')
            && !p.contains("//")
            && !p.contains('\\')
            && !p.chars().any(char::is_control)
            && !p.split(['?', '#']).next().unwrap_or_default().contains(':')
    }
    let decoded = percent_encoding_decode(back);
    plain(back) && plain(&decoded)
}

fn percent_encoding_decode(s: &str) -> String {
    // `form_urlencoded` also turns `+` into a space; that is harmless for this check.
    form_urlencoded::parse(format!("x={s}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// `back` when it is a local path, else home.
pub fn local_or_home(back: &str) -> &str {
    if local_path(back) { back } else { "/" }
}

/// Paths whose responses never carry the CSRF cookie: the API (bearer tokens, no forms) and
/// files (static assets, a tenant's theme and logo), which caches may share between people.
fn cookieless(path: &str) -> bool {
    path == "/api"
        || path.starts_with("/api/")
        || path.starts_with("/static/")
        || path.ends_with("/theme.css")
        || path.ends_with("/logo")
}

/// Gives every browser a random `naast_csrf` cookie, the seed of its CSRF tokens before sign-in:
/// only with an HTML page, never with the API or a file, and `Secure` over https.
pub async fn csrf_cookie(secure: bool, mut req: Request, next: Next) -> Response {
    let quiet = cookieless(req.uri().path());
    let existing = cookie(req.headers(), CSRF_COOKIE)
        .filter(|v| {
            v.len() == 43
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
        .map(str::to_string);
    let (seed, fresh) = match existing {
        Some(v) => (v, false),
        None => (crypto::random_token(), true),
    };
    req.extensions_mut().insert(CsrfSeed(seed.clone()));
    let mut res = next.run(req).await;
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if fresh && html && !quiet {
        res.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(CSRF_COOKIE, &seed, None, secure),
        );
    }
    res
}

#[derive(Clone)]
pub struct Ctx {
    pub app: App,
    pub lang: Lang,
    pub session: Option<SessionInfo>,
    /// The session ended for inactivity on this request.
    pub expired: bool,
    pub csrf: String,
    pub path: String,
    pub peer: String,
    /// The number beside "Mijn werk" in the menu (news from citizens and overdue tasks), for a
    /// signed-in confidant or coordinator; 0 otherwise.
    pub work_count: i64,
}

impl Ctx {
    /// A fully signed-in staff member, or a redirect to the step still due.
    pub fn staff(&self) -> Result<&Principal, crate::error::WebError> {
        match &self.session {
            Some(s) if s.stage == Stage::Full => Ok(&s.principal),
            Some(s) if s.stage == Stage::Enrol => {
                Err(crate::error::WebError::Redirect("/account/totp".into()))
            }
            Some(_) => Err(crate::error::WebError::Redirect("/login/totp".into())),
            None if self.expired => {
                Err(crate::error::WebError::Redirect("/login?expired=1".into()))
            }
            None => Err(crate::error::WebError::Redirect(format!(
                "/login?next={}",
                form_urlencoded::byte_serialize(self.path.as_bytes()).collect::<String>()
            ))),
        }
    }

    pub fn secure(&self) -> bool {
        self.app.settings.public_url.starts_with("https://")
    }

    /// Checks a submitted CSRF token.
    pub fn csrf_ok(&self, token: Option<&str>) -> bool {
        token.is_some_and(|t| crypto::constant_time_eq(t.as_bytes(), self.csrf.as_bytes()))
    }
}

fn csrf_for(app: &App, seed: &str, session: Option<&SessionInfo>) -> String {
    let key = app.keys.subkey("csrf");
    let msg = match session {
        Some(s) => format!("s:{}", s.id_hash),
        None => format!("a:{seed}"),
    };
    crypto::to_hex(&crypto::hmac_sha256(&key, msg.as_bytes()))
}

impl FromRequestParts<App> for Ctx {
    type Rejection = crate::error::WebError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Ctx, Self::Rejection> {
        if let Some(c) = parts.extensions.get::<Ctx>() {
            return Ok(c.clone());
        }
        let mut expired = false;
        let session = match cookie(&parts.headers, SESSION_COOKIE) {
            Some(token) => match app.session(token).await {
                Ok(s) => s,
                Err(AppError::Unauthenticated(Msg::SessionExpired)) => {
                    expired = true;
                    None
                }
                Err(e) => return Err(e.into()),
            },
            None => None,
        };
        let lang = cookie(&parts.headers, LANG_COOKIE)
            .and_then(Lang::parse)
            .or_else(|| session.as_ref().map(|s| s.principal.lang))
            .unwrap_or_else(|| header_lang(&parts.headers));
        let seed = parts
            .extensions
            .get::<CsrfSeed>()
            .map(|s| s.0.clone())
            .unwrap_or_default();
        let csrf = csrf_for(app, &seed, session.as_ref());
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| client_addr(&parts.headers, c.0.ip(), &app.settings.trusted_proxies))
            .unwrap_or_else(|| "unknown".into());
        let work_count = match &session {
            Some(s) if s.stage == Stage::Full => app.work_count(&s.principal).await?,
            _ => 0,
        };
        let ctx = Ctx {
            work_count,
            app: app.clone(),
            lang,
            session,
            expired,
            csrf,
            path: parts.uri.path().to_string(),
            peer,
        };
        parts.extensions.insert(ctx.clone());
        Ok(ctx)
    }
}

/// The client's address for throttling: the socket's peer, or — when that peer is a trusted
/// reverse proxy — the right-most address in `X-Forwarded-For` that is not itself a trusted
/// proxy. From anyone else the header is ignored: a client cannot pick its own address.
pub fn client_addr(
    headers: &HeaderMap,
    socket: std::net::IpAddr,
    trusted: &[std::net::IpAddr],
) -> String {
    if !trusted.contains(&socket) {
        return socket.to_string();
    }
    let forwarded = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|s| s.trim().parse::<std::net::IpAddr>().ok())
        .collect::<Vec<_>>();
    forwarded
        .into_iter()
        .rev()
        .find(|ip| !trusted.contains(ip))
        .unwrap_or(socket)
        .to_string()
}

#[cfg(test)]
mod local_path_tests {
    use super::local_path;

    #[test]
    fn only_paths_of_this_site_are_local() {
        for ok in [
            "/",
            "/admin",
            "/admin/cases?tenant=maasdal&page=2",
            "/maasdal/melden",
        ] {
            assert!(local_path(ok), "{ok}");
        }
        for bad in [
            "",
            "//evil.example",
            "/\\evil.example",
            "/%5Cevil.example",
            "/%09/evil.example",
            "/\t/evil.example",
            "/%2F/evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "/x\r\nLocation: https://evil.example",
            "evil.example",
        ] {
            assert!(!local_path(bad), "{bad:?}");
        }
    }
}

#[cfg(test)]
mod client_addr_tests {
    use super::*;

    #[test]
    fn only_a_trusted_proxy_may_name_the_client() {
        let proxy: std::net::IpAddr = [10, 0, 0, 1].into();
        let client: std::net::IpAddr = [203, 0, 113, 9].into();
        let mut h = HeaderMap::new();
        h.insert(
            "x-forwarded-for",
            "198.51.100.7, 203.0.113.9"
                .parse()
                .unwrap_or(axum::http::HeaderValue::from_static("")),
        );
        // Through the trusted proxy: the right-most address it saw.
        assert_eq!(client_addr(&h, proxy, &[proxy]), "203.0.113.9");
        // From anyone else the header is a lie we ignore.
        assert_eq!(client_addr(&h, client, &[proxy]), "203.0.113.9");
        assert_eq!(
            client_addr(&h, [192, 0, 2, 1].into(), &[proxy]),
            "192.0.2.1"
        );
        // No proxies configured: the socket peer.
        assert_eq!(client_addr(&h, proxy, &[]), "10.0.0.1");
    }
}
