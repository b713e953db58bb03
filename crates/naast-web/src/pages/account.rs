//! One's own account: API tokens and signing out everywhere.

use super::rerender;
use crate::ctx::{Ctx, SESSION_COOKIE, set_cookie};
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::Path;
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
}

pub async fn page(ctx: Ctx) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let tokens = ctx.app.list_tokens(who).await.lang(ctx.lang)?;
    Ok(render(&Account {
        page: Page::new(&ctx, "Mijn account", "My account"),
        tokens,
        new_token: None,
    }))
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
    let tokens = ctx.app.list_tokens(who).await.lang(ctx.lang)?;
    match created {
        Ok(token) => Ok(render(&Account {
            page: Page::new(ctx, "Mijn account", "My account"),
            tokens,
            new_token: Some(token),
        })),
        Err(e @ AppError::Invalid(_)) => {
            let page = Page::new(ctx, "Mijn account", "My account").with_error(&e);
            Ok(rerender(
                &e,
                &Account {
                    page,
                    tokens,
                    new_token: None,
                },
            ))
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
