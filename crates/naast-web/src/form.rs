//! Form bodies: parsed once, repeated keys kept (checkbox groups), the CSRF token checked
//! before a handler sees any field.

use crate::ctx::Ctx;
use crate::error::WebError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use naast_app::App;
use naast_core::Msg;

/// A submitted form whose CSRF token was valid.
pub struct Form {
    pub ctx: Ctx,
    pairs: Vec<(String, String)>,
}

impl Form {
    pub fn get(&self, key: &str) -> String {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    pub fn all(&self, key: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub fn checked(&self, key: &str) -> bool {
        self.pairs.iter().any(|(k, v)| k == key && !v.is_empty())
    }
}

impl FromRequest<App> for Form {
    type Rejection = WebError;

    async fn from_request(req: Request, app: &App) -> Result<Form, WebError> {
        let (mut parts, body) = req.into_parts();
        let ctx =
            <Ctx as axum::extract::FromRequestParts<App>>::from_request_parts(&mut parts, app)
                .await?;
        let req = Request::from_parts(parts, body);
        let bytes = Bytes::from_request(req, app).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                WebError::TooLarge(ctx.lang)
            } else {
                // Cut off by the body deadline, or broken on the way.
                WebError::Refused(StatusCode::BAD_REQUEST, Msg::BodyUnreadable, ctx.lang)
            }
        })?;
        let pairs: Vec<(String, String)> = form_urlencoded::parse(&bytes)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let token = pairs
            .iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.as_str());
        if !ctx.csrf_ok(token) {
            return Err(WebError::Csrf(ctx.lang));
        }
        Ok(Form { ctx, pairs })
    }
}
