//! The TOTP second factor: its secret sealed for its user, enrolment (the new secret travels
//! sealed in the form until the user proves their app produces the right codes), and replacing
//! it: whoever holds a signed-in session must still prove they hold the current factor (a TOTP
//! code or an unused recovery code) before a new one replaces it.

use super::{ACCOUNT_LIMIT, BLOCK, NewSession, SessionInfo, Stage, TOTP_ISSUER, WINDOW};
use crate::{App, AppError, Result};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use naast_core::Msg;
use naast_crypto as crypto;
use naast_store::{now, sessions, throttle, tokens, users};

/// The AAD of TOTP secrets before `aad.version` 1 (one for all users).
pub(crate) const AAD_TOTP: &[u8] = b"users.totp_secret";

/// The AAD of one user's TOTP secret: a secret copied onto another user does not open there.
/// Users are installation-wide, hence tenant 0.
pub(crate) fn totp_aad(user_id: i64) -> Vec<u8> {
    crate::at_rest::aad("users", "totp_secret", 0, user_id)
}

impl App {
    /// Opens a user's TOTP secret (before the re-binding step, also one under the old AAD).
    pub(crate) fn open_totp(&self, user_id: i64, sealed: &[u8]) -> Result<Vec<u8>> {
        let key = self.system_key();
        match key.open(&totp_aad(user_id), sealed) {
            Ok(s) => Ok(s),
            Err(_) if self.legacy_aad() => Ok(key.open(AAD_TOTP, sealed)?),
            Err(e) => Err(e.into()),
        }
    }
}

/// The AAD of a secret in an enrolment form: a form value taken from one user's enrolment does
/// not open in another's.
fn enrolment_aad(user_id: i64) -> Vec<u8> {
    format!("naast:enrolment.secret:tenant=0:user={user_id}").into_bytes()
}

/// A TOTP enrolment in progress: the secret travels sealed in the form, so nothing is stored
/// until the user proves their app produces the right codes.
#[derive(Debug, Clone)]
pub struct Enrolment {
    pub sealed: String,
    pub otpauth_url: String,
    pub secret_base32: String,
}

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

    /// Starts a TOTP enrolment: a new secret, its QR payload and the sealed form value.
    pub fn begin_enrolment(&self, s: &SessionInfo) -> Enrolment {
        let secret = crypto::totp_generate_secret();
        let user_id = s.principal.user_id.unwrap_or_default();
        let sealed = self.system_key().seal(&enrolment_aad(user_id), &secret);
        Enrolment {
            sealed: STANDARD.encode(sealed),
            otpauth_url: crypto::totp_url(&secret, TOTP_ISSUER, &s.principal.email),
            secret_base32: crypto::totp_secret_base32(&secret),
        }
    }

    /// Finishes enrolment when `code` matches the secret; returns the new session and the
    /// recovery codes (shown once; only their hashes are kept).
    pub async fn complete_enrolment(
        &self,
        s: &SessionInfo,
        sealed: &str,
        code: &str,
        current: &str,
        password: &str,
    ) -> Result<(NewSession, Vec<String>)> {
        let user_id = s.principal.user_id.ok_or(AppError::Forbidden)?;
        if s.stage == Stage::SecondFactor {
            return Err(AppError::Forbidden);
        }
        let blob = STANDARD
            .decode(sealed.trim())
            .map_err(|_| AppError::general(Msg::CsrfMissing))?;
        let secret = self
            .system_key()
            .open(&enrolment_aad(user_id), &blob)
            .map_err(|_| AppError::general(Msg::CsrfMissing))?;
        let step = crypto::totp_verify(&secret, code, now().max(0) as u64, None)
            .ok_or_else(|| AppError::field("code", Msg::TotpInvalid))?;
        // Replacing a second factor takes the current password and the current factor (or a
        // recovery code), checked after the new code so that a mistyped new code spends
        // nothing; the old secret keeps working until here. Once done, the user's API tokens
        // and other sessions end.
        if self.has_second_factor(user_id).await? {
            self.check_current_password(user_id, password).await?;
        }
        let replacing = self.check_current_factor(user_id, current).await?;
        let codes = crypto::recovery_codes(10);
        let hashes: Vec<String> = codes.iter().map(|c| crypto::hash_token(c)).collect();
        let stored = self.system_key().seal(&totp_aad(user_id), &secret);
        users::set_totp(self.db.pool(), user_id, &stored, step, &hashes.join(" ")).await?;
        if replacing {
            tokens::revoke_api_tokens_of_user(self.db.pool(), user_id, now()).await?;
            sessions::delete_for_user(self.db.pool(), user_id).await?;
        }
        let session = self.rotate(s, Stage::Full, "user.totp_enrolled").await?;
        Ok((session, codes))
    }
}
