//! Security headers, request size limits and the CSRF cookie, applied to every response.

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use naast_app::App;
use tower_http::set_header::SetResponseHeaderLayer;

/// Largest request body accepted (forms and JSON); attachments get their own limit later.
pub const BODY_LIMIT: usize = 1024 * 1024;

/// No inline script, no third-party anything; forms post only to us; no framing.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
    base-uri 'none'; object-src 'none'";

fn set(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}

pub fn wrap(router: Router<App>, https: bool) -> Router<App> {
    let mut r = router
        .layer(middleware::from_fn(move |req, next| {
            crate::ctx::csrf_cookie(https, req, next)
        }))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(set(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(set(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(set(header::X_FRAME_OPTIONS, "DENY"))
        .layer(set(header::REFERRER_POLICY, "no-referrer"))
        .layer(set(
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ))
        .layer(set(
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ))
        .layer(set(header::CACHE_CONTROL, "no-store"))
        .layer(middleware::from_fn(log_request));
    if https {
        r = r.layer(set(
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        ));
    }
    r
}

/// Logs method, route template and status: never the path itself (it may carry a token).
async fn log_request(req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "-".into());
    let started = std::time::Instant::now();
    let res = next.run(req).await;
    tracing::info!(
        http.method = %method,
        http.route = %route,
        http.status = res.status().as_u16(),
        elapsed_ms = started.elapsed().as_millis() as u64,
        "request"
    );
    res
}
