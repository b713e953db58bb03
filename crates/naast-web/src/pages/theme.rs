//! A tenant's look on its public pages: design tokens named in the NL Design System style,
//! served as CSS custom properties (`/{slug}/theme.css`), so that no inline style is needed and
//! the Content-Security-Policy stays strict.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use naast_app::App;

/// The tokens a tenant sets, named in the NL Design System style (`prefix-component-property`),
/// with Naast's defaults (contrast checked: text on background at least 4.5:1), and the
/// internal variable each one feeds.
pub const TOKENS: &[(&str, &str, &str)] = &[
    ("--naast-link-color", "#00558c", "--naast-color-primary"),
    (
        "--naast-button-hover-background-color",
        "#003a60",
        "--naast-color-primary-dark",
    ),
    ("--naast-document-color", "#1a1a1a", "--naast-color-text"),
    (
        "--naast-document-background-color",
        "#ffffff",
        "--naast-color-background",
    ),
    (
        "--naast-document-font-family",
        "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif",
        "--naast-font-family",
    ),
];

pub async fn css(State(app): State<App>, Path(slug): Path<String>) -> Response {
    let tokens = app.public_theme(&slug).await.unwrap_or_default();
    let mut css = String::from(".public {\n");
    for (name, default, internal) in TOKENS {
        let value = tokens
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or(default);
        css.push_str(&format!("  {name}: {value};\n  {internal}: var({name});\n"));
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
