//! Replacing a second factor: whoever holds a signed-in session must still prove they hold the
//! current factor (a TOTP code or an unused recovery code) before a new one replaces it.

use super::{ACCOUNT_LIMIT, BLOCK, WINDOW};
use crate::{App, AppError, Result};
use naast_core::Msg;
use naast_crypto as crypto;
use naast_store::{now, throttle, users};

impl App {
    /// Whether `user_id` already has a second factor (so an enrolment replaces it).
    pub async fn has_second_factor(&self, user_id: i64) -> Result<bool> {
        Ok(users::by_id(self.db.pool(), user_id)
            .await?
            .is_some_and(|u| u.totp_secret.is_some()))
    }

    /// True when the user has a second factor and `current` proves it (the code is spent);
    /// false when there is none yet; a wrong or missing code is refused (field `current`) and
    /// counted like a failed sign-in.
    pub(super) async fn check_current_factor(&self, user_id: i64, current: &str) -> Result<bool> {
        let user = users::by_id(self.db.pool(), user_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let Some(sealed) = user.totp_secret.clone() else {
            return Ok(false);
        };
        let acct = format!("totp:{user_id}");
        self.throttled(&[&acct]).await?;
        let code = current.trim();
        if code.is_empty() {
            return Err(AppError::field("current", Msg::Required));
        }
        let secret = self.open_totp(user_id, &sealed)?;
        let unix = now().max(0) as u64;
        let accepted = match crypto::totp_verify(&secret, code, unix, user.totp_last_step) {
            Some(step) => users::claim_totp_step(self.db.pool(), user_id, step).await?,
            None => self.spend_recovery_code(&user, code).await?,
        };
        if !accepted {
            let key = self.throttle_key(&acct);
            throttle::fail(self.db.pool(), &key, now(), WINDOW, ACCOUNT_LIMIT, BLOCK).await?;
            return Err(AppError::field("current", Msg::TotpInvalid));
        }
        Ok(true)
    }
}
