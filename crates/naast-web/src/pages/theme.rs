//! A tenant's look on its public pages: design tokens named in the NL Design System style,
//! served as CSS custom properties (`/{slug}/theme.css`), so that no inline style is needed and
//! the Content-Security-Policy stays strict.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use naast_app::App;

/// The tokens Naast uses, with their defaults (contrast checked: text on background ≥ 4.5:1).
pub const DEFAULT_TOKENS: &[(&str, &str)] = &[
    ("--naast-color-primary", "#00558c"),
    ("--naast-color-primary-dark", "#003a60"),
    ("--naast-color-text", "#1a1a1a"),
    ("--naast-color-background", "#ffffff"),
    (
        "--naast-font-family",
        "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif",
    ),
];

pub async fn css(State(app): State<App>, Path(slug): Path<String>) -> Response {
    let tokens = app.public_theme(&slug).await.unwrap_or_default();
    let mut css = String::from(".public {\n");
    for (name, default) in DEFAULT_TOKENS {
        let value = tokens
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or(default);
        css.push_str(&format!("  {name}: {value};\n"));
    }
    css.push_str("}\n");
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        css,
    )
        .into_response()
}

/// `/{slug}/logo`: the tenant's logo (PNG or JPEG), or 404.
pub async fn logo(State(app): State<App>, Path(slug): Path<String>) -> Response {
    match app.public_logo(&slug).await {
        Ok(Some((kind, bytes))) => (
            [
                (header::CONTENT_TYPE, kind),
                (header::CACHE_CONTROL, "public, max-age=300".to_string()),
            ],
            bytes,
        )
            .into_response(),
        _ => axum::http::StatusCode::NOT_FOUND.into_response(),
    }
}
