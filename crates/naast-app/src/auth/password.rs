//! Changing one's own password from "Mijn account": the current password first, the new one
//! by the same rules as at set-up; every other session and every API token of the user ends,
//! and the user stays signed in on a fresh session.

use super::{ACCOUNT_LIMIT, BLOCK, NewSession, SessionInfo, Stage, WINDOW, check_password};
use crate::{App, AppError, Result};
use naast_core::validation::Collector;
use naast_core::{FieldError, Msg};
use naast_crypto as crypto;
use naast_store::{audit, now, sessions, throttle, tokens, users};

/// What the password form sends.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct PasswordChange {
    pub current_password: String,
    pub password: String,
    pub password2: String,
}

impl App {
    /// Checks `password` against the user's current one; a wrong one is refused (field
    /// `current_password`) and counted like a failed sign-in of that account.
    pub(super) async fn check_current_password(&self, user_id: i64, password: &str) -> Result<()> {
        let user = users::by_id(self.db.pool(), user_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let acct = format!("acct:{}", user.email);
        self.throttled(&[&acct]).await?;
        if password.is_empty() {
            return Err(AppError::field("current_password", Msg::Required));
        }
        let ok = match user.password_hash.as_deref() {
            Some(hash) => crypto::verify_password(password, hash),
            None => {
                crypto::dummy_verify(password);
                false
            }
        };
        if !ok {
            let key = self.throttle_key(&acct);
            throttle::fail(self.db.pool(), &key, now(), WINDOW, ACCOUNT_LIMIT, BLOCK).await?;
            return Err(AppError::field(
                "current_password",
                Msg::PasswordCurrentWrong,
            ));
        }
        Ok(())
    }

    /// Replaces the signed-in user's password. A wrong current password or a new one that
    /// breaks the set-up rules changes nothing. Afterwards only the returned session is left.
    pub async fn change_password(
        &self,
        s: &SessionInfo,
        form: &PasswordChange,
    ) -> Result<NewSession> {
        let user_id = s.principal.user_id.ok_or(AppError::Forbidden)?;
        if s.stage != Stage::Full {
            return Err(AppError::Forbidden);
        }
        let mut c = Collector::default();
        check_password(&mut c, &form.password, &form.password2);
        match self
            .check_current_password(user_id, &form.current_password)
            .await
        {
            Ok(()) if form.password == form.current_password => {
                c.push(FieldError::new("password", Msg::PasswordSame));
            }
            Ok(()) => {}
            Err(AppError::Invalid(inv)) => inv.0.into_iter().for_each(|e| c.push(e)),
            Err(e) => return Err(e),
        }
        c.finish()?;
        let hash = crypto::hash_password(&form.password)?;
        let token = crypto::random_token();
        let t = now();
        let mut tx = self.db.begin().await?;
        users::set_password(&mut *tx, user_id, &hash).await?;
        sessions::delete_for_user(&mut *tx, user_id).await?;
        tokens::revoke_api_tokens_of_user(&mut *tx, user_id, t).await?;
        sessions::insert(
            &mut *tx,
            &crypto::hash_token(&token),
            user_id,
            Stage::Full.code(),
            t,
        )
        .await?;
        self.audit_as(
            &mut tx,
            audit::Actor::User(user_id),
            "user.password_change",
            "user",
            &user_id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(NewSession {
            token,
            stage: Stage::Full,
        })
    }
}
