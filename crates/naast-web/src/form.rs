//! Form bodies: parsed once, repeated keys kept (checkbox groups), the CSRF token checked
//! before a handler sees any field. A handler reads the fields it needs into a struct through
//! serde ([`Form::fields`]), every field a `String` (or a `Vec<String>` for a group), so that
//! what was typed comes back as typed next to its field's error.

use crate::ctx::Ctx;
use crate::error::WebError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use naast_app::App;
use naast_core::Msg;
use serde::de::DeserializeOwned;

/// A submitted form whose CSRF token was valid.
pub struct Form {
    pub ctx: Ctx,
    pairs: Vec<(String, String)>,
    body: Bytes,
}

impl Form {
    /// The fields as `T`: a `#[serde(default)]` struct whose fields are `String`s, or
    /// `Vec<String>` for a field that repeats (a checkbox group). A missing field is empty, a
    /// field the struct does not name (the CSRF token) is left alone, and nothing is converted,
    /// so a bad number keeps what was typed. A single field sent twice, which no browser does,
    /// makes the body unreadable (400).
    pub fn fields<T: DeserializeOwned>(&self) -> Result<T, WebError> {
        serde_html_form::from_bytes(&self.body).map_err(|_| self.unreadable())
    }

    /// [`Form::fields`] for a struct that also has fields of another type (a checkbox's `bool`,
    /// a version number): those, named in `typed`, are left out here and read by the handler
    /// from their text ([`Form::checked`], [`Form::get`]).
    pub fn fields_but<T: DeserializeOwned>(&self, typed: &[&str]) -> Result<T, WebError> {
        let mut rest = form_urlencoded::Serializer::new(String::new());
        for (k, v) in self
            .pairs
            .iter()
            .filter(|(k, _)| !typed.contains(&k.as_str()))
        {
            rest.append_pair(k, v);
        }
        serde_html_form::from_str(&rest.finish()).map_err(|_| self.unreadable())
    }

    fn unreadable(&self) -> WebError {
        WebError::Refused(StatusCode::BAD_REQUEST, Msg::BodyUnreadable, self.ctx.lang)
    }

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

    /// The fields whose names start with `prefix`, by the rest of their name (a field per
    /// item of a list the page made, such as `word.<finding key>`).
    pub fn prefixed(&self, prefix: &str) -> std::collections::HashMap<String, String> {
        self.pairs
            .iter()
            .filter_map(|(k, v)| k.strip_prefix(prefix).map(|k| (k.to_string(), v.clone())))
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
        Ok(Form {
            ctx,
            pairs,
            body: bytes,
        })
    }
}

#[cfg(test)]
mod tests {
    use naast_core::case::ContactForm;

    #[test]
    fn fields_read_groups_keep_bad_numbers_as_typed_and_leave_missing_fields_empty() {
        let one: Result<ContactForm, _> =
            serde_html_form::from_str("channel=phone&activities=advice&minutes=twelve&csrf=x");
        let Ok(one) = one else {
            panic!("{one:?}");
        };
        assert_eq!(one.channel, "phone");
        assert_eq!(one.activities, vec!["advice".to_string()]);
        assert_eq!(one.minutes, "twelve");
        assert_eq!(one.on, "");
        let two: Result<ContactForm, _> =
            serde_html_form::from_str("activities=advice&activities=mediation&minutes=15");
        let Ok(two) = two else {
            panic!("{two:?}");
        };
        assert_eq!(two.activities.len(), 2);
        assert_eq!(two.minutes, "15");
        let twice: Result<ContactForm, _> = serde_html_form::from_str("note=a&note=b");
        assert!(twice.is_err(), "a single field sent twice is unreadable");
    }
}
