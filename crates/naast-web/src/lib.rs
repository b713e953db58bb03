//! Naast's HTTP edge. HTML pages ([`pages`]) and the JSON API ([`api`]) are sibling adapters
//! over the same `naast-app` calls, each with its own error rendering ([`error`]). Everything
//! that every response needs — security headers, size limits, CSRF, the session and the
//! language — lives here once.

mod ctx;
mod error;
pub mod files;
mod form;
mod headers;
mod limits;
pub mod locales;
mod observe;
mod reject;
mod view;

pub mod api;
pub mod pages;

pub use ctx::Ctx;
pub use pages::report_html;

use axum::Router;
use naast_app::App;

/// The whole HTTP application for `app`.
pub fn router(app: App) -> Router {
    let https = app.settings.public_url.starts_with("https://");
    let mut routes = Router::new()
        .merge(pages::routes())
        .nest("/api", api::routes())
        .fallback(pages::not_found)
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            reject::shape,
        ));
    if observe::enabled(&app) {
        routes = routes.route("/metrics", axum::routing::get(observe::scrape));
    }
    headers::wrap(routes, https)
        .layer(axum::middleware::from_fn(observe::layer))
        .with_state(app)
}
