//! One's own account: password, second factor, API tokens and signing out everywhere.

use super::rerender;
use crate::ctx::{Ctx, SESSION_COOKIE, set_cookie};
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::tokens::ApiToken;

#[derive(Template)]
#[template(path = "admin/account.html")]
struct Account {
    page: Page,
    tokens: Vec<ApiToken>,
    new_token: Option<String>,
    /// The user has an authenticator app linked (re-enrolment replaces it).
    second_factor: bool,
    /// Names of the users whose tokens are listed (coordinators see everyone's).
    names: Vec<(i64, String)>,
}

impl Account {
    async fn of(ctx: &Ctx, page: Page, new_token: Option<String>) -> Result<Account, WebError> {
        let who = ctx.staff()?;
        let tokens = ctx.app.list_tokens(who).await.lang(ctx.lang)?;
        let second_factor = match who.user_id {
            Some(id) => ctx.app.has_second_factor(id).await.lang(ctx.lang)?,
            None => false,
        };
        let names = if who.is(naast_core::Role::Coordinator) {
            ctx.app
                .list_users(who)
                .await
                .lang(ctx.lang)?
                .into_iter()
                .map(|u| {
                    let name = if u.display_name.is_empty() {
                        u.email
                    } else {
                        u.display_name
                    };
                    (u.id, name)
                })
                .collect()
        } else {
            vec![(who.user_id.unwrap_or_default(), who.display_name.clone())]
        };
        Ok(Account {
            page,
            tokens,
            new_token,
            second_factor,
            names,
        })
    }

    /// The name of a token's user (not their number).
    fn user_name(&self, id: &i64) -> &str {
        self.names
            .iter()
            .find(|(u, _)| u == id)
            .map(|(_, n)| n.as_str())
            .unwrap_or("—")
    }
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct AccountQuery {
    changed: String,
}

pub async fn page(ctx: Ctx, Query(q): Query<AccountQuery>) -> Result<Response, WebError> {
    let mut page = Page::new(&ctx, "Mijn account", "My account");
    if !q.changed.is_empty() {
        page = page.with_notice(ctx.lang.pick(
            "Uw wachtwoord is gewijzigd. U bent op andere apparaten uitgelogd.",
            "Your password was changed. You were signed out on other devices.",
        ));
    }
    Ok(render(&Account::of(&ctx, page, None).await?))
}

/// Changes the password: the current one first; the user stays signed in on a fresh session,
/// every other session ends.
pub async fn change_password(form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.staff()?;
    let session = ctx
        .session
        .as_ref()
        .ok_or(WebError::Redirect("/login".into()))?;
    let input = naast_app::auth::PasswordChange {
        current_password: form.get("current_password"),
        password: form.get("password"),
        password2: form.get("password2"),
    };
    match ctx.app.change_password(session, &input).await {
        Ok(new) => {
            let mut res = Redirect::to("/admin/account?changed=1").into_response();
            res.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(SESSION_COOKIE, &new.token, None, ctx.secure()),
            );
            Ok(res)
        }
        Err(e @ AppError::Invalid(_)) => {
            let page = Page::new(ctx, "Mijn account", "My account").with_error(&e);
            Ok(rerender(&e, &Account::of(ctx, page, None).await?))
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

pub async fn create_token(form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    let user_id = who.user_id.ok_or(WebError::Redirect("/login".into()))?;
    let created = match (
        naast_app::tokens::page_expiry(&form.get("expires_days")),
        naast_app::tokens::TokenScope::parse("scope", &form.get("scope")),
    ) {
        (Ok(days), Ok(scope)) => {
            ctx.app
                .create_token(who, user_id, &form.get("label"), Some(days), scope)
                .await
        }
        (days, scope) => Err(AppError::Invalid(naast_core::Invalid(
            days.err().into_iter().chain(scope.err()).collect(),
        ))),
    };
    match created {
        Ok(token) => Ok(render(
            &Account::of(
                ctx,
                Page::new(ctx, "Mijn account", "My account"),
                Some(token),
            )
            .await?,
        )),
        Err(e @ AppError::Invalid(_)) => {
            let page = Page::new(ctx, "Mijn account", "My account").with_error(&e);
            Ok(rerender(&e, &Account::of(ctx, page, None).await?))
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

pub async fn revoke_token(Path(id): Path<i64>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    ctx.app.revoke_token(who, id).await.lang(ctx.lang)?;
    Ok(Redirect::to("/admin/account").into_response())
}

pub async fn sign_out_everywhere(form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    ctx.app.sign_out_everywhere(who).await.lang(ctx.lang)?;
    let mut res = Redirect::to("/login").into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(SESSION_COOKIE, "", Some(0), ctx.secure()),
    );
    Ok(res)
}
