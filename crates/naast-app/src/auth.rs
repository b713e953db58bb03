//! Signing in: one-time set-up links, passwords (Argon2id), the TOTP second factor with
//! recovery codes, server-side sessions with a fresh id at every step, idle timeout, sign-out
//! everywhere, and throttling per account and per address with neutral messages.

use crate::{App, AppError, Principal, Result, Via};
use naast_core::{EmailAddress, FieldError, Lang, Msg, Role, validation::Collector};
use naast_crypto as crypto;
use naast_store::{audit, now, sessions, settings, throttle, tokens, users};

mod factor;
mod limits;
mod password;

pub use factor::Enrolment;
pub(crate) use factor::{AAD_TOTP, totp_aad};
pub use password::PasswordChange;

/// How long a set-up link for a new account stays valid.
pub const INVITE_DAYS: i64 = 7;
pub const MIN_PASSWORD: usize = 12;
/// Failures per account or address in [`WINDOW`] seconds before a block of [`BLOCK`] seconds.
const ACCOUNT_LIMIT: i64 = 5;
const ADDRESS_LIMIT: i64 = 20;
const WINDOW: i64 = 15 * 60;
const BLOCK: i64 = 15 * 60;
const TOTP_ISSUER: &str = "Naast";
/// Where a session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Password checked; the TOTP code is due.
    SecondFactor,
    /// Password set or checked; a second factor must be enrolled first.
    Enrol,
    /// Fully signed in.
    Full,
}

impl Stage {
    fn code(self) -> &'static str {
        match self {
            Stage::SecondFactor => "totp",
            Stage::Enrol => "enrol",
            Stage::Full => "full",
        }
    }
    fn parse(s: &str) -> Stage {
        match s {
            "full" => Stage::Full,
            "enrol" => Stage::Enrol,
            _ => Stage::SecondFactor,
        }
    }
}

/// A new session: the secret the browser keeps, and where it stands.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub token: String,
    pub stage: Stage,
}

/// A live session, as found from its cookie.
#[derive(Debug, Clone)]
pub struct SessionInfo {
    pub principal: Principal,
    pub stage: Stage,
    /// The hash of the session id: the stable key for CSRF tokens.
    pub id_hash: String,
}

/// What a set-up link is for.
#[derive(Debug, Clone)]
pub struct SetupInfo {
    /// True for the very first coordinator (the form also asks for an e-mail address).
    pub bootstrap: bool,
    pub email: Option<String>,
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct SetupForm {
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub password2: String,
}

/// A user as a signed-in principal, for the demo's scripted steps.
pub(crate) async fn principal_of(app: &crate::App, email: &str) -> Result<Principal> {
    let u = users::by_email(app.db.pool(), email)
        .await?
        .ok_or(AppError::NotFound)?;
    let ids = users::tenant_ids(app.db.pool(), u.id).await?;
    principal_from(&u, ids, Via::Session)
}

fn principal_from(u: &users::UserRow, tenant_ids: Vec<i64>, via: Via) -> Result<Principal> {
    let role =
        Role::parse(&u.role).ok_or_else(|| AppError::Internal("unknown role in users".into()))?;
    Ok(Principal {
        user_id: Some(u.id),
        email: u.email.clone(),
        display_name: u.display_name.clone(),
        role,
        tenant_ids,
        lang: Lang::parse(&u.lang).unwrap_or_default(),
        via,
        read_only: false,
    })
}

pub(crate) fn check_password(c: &mut Collector, pw: &str, pw2: &str) {
    if pw.chars().count() < MIN_PASSWORD {
        c.push(FieldError::new(
            "password",
            Msg::PasswordTooShort(MIN_PASSWORD),
        ));
    } else if pw.len() > 1024 {
        c.push(FieldError::new("password", Msg::TooLong(1024)));
    } else if pw != pw2 {
        c.push(FieldError::new("password2", Msg::PasswordsDiffer));
    }
}

impl App {
    /// While no coordinator exists: a new one-time link for the first one, voiding earlier ones.
    pub async fn bootstrap_link(&self) -> Result<Option<String>> {
        if users::count_role(self.db.pool(), Role::Coordinator.code()).await? > 0 {
            return Ok(None);
        }
        let token = crypto::random_token();
        let t = now();
        let mut tx = self.db.begin().await?;
        tokens::void_setup_links(&mut *tx, "bootstrap", None, t).await?;
        tokens::insert_setup_link(
            &mut *tx,
            &crypto::hash_token(&token),
            "bootstrap",
            None,
            t,
            t + 86_400,
        )
        .await?;
        tx.commit().await?;
        Ok(Some(self.link(&format!("/setup/{token}"))))
    }

    /// A one-time link for an existing account to (re)set its password; voids earlier ones.
    pub(crate) async fn account_link(
        &self,
        tx: &mut naast_store::Tx,
        user_id: i64,
    ) -> Result<String> {
        let token = crypto::random_token();
        let t = now();
        tokens::void_setup_links(&mut **tx, "invite", Some(user_id), t).await?;
        tokens::insert_setup_link(
            &mut **tx,
            &crypto::hash_token(&token),
            "invite",
            Some(user_id),
            t,
            t + INVITE_DAYS * 86_400,
        )
        .await?;
        Ok(self.link(&format!("/setup/{token}")))
    }

    async fn live_link(&self, token: &str) -> Result<tokens::SetupLinkRow> {
        let link = tokens::setup_link(self.db.pool(), &crypto::hash_token(token)).await?;
        match link {
            Some(l) if l.used_at.is_none() && l.expires_at > now() => Ok(l),
            _ => Err(AppError::general(Msg::LinkInvalid)),
        }
    }

    pub async fn setup_info(&self, token: &str) -> Result<SetupInfo> {
        let link = self.live_link(token).await?;
        if link.purpose == "bootstrap" {
            return Ok(SetupInfo {
                bootstrap: true,
                email: None,
            });
        }
        let user = match link.user_id {
            Some(id) => users::by_id(self.db.pool(), id).await?,
            None => None,
        };
        match user {
            Some(u) if u.disabled_at.is_none() => Ok(SetupInfo {
                bootstrap: false,
                email: Some(u.email),
            }),
            _ => Err(AppError::general(Msg::LinkInvalid)),
        }
    }

    /// Spends a set-up link: creates the first coordinator or sets an invited user's password,
    /// and signs them in (second-factor enrolment still due outside demo mode).
    pub async fn complete_setup(&self, token: &str, form: &SetupForm) -> Result<NewSession> {
        let info = self.setup_info(token).await?;
        let mut c = Collector::default();
        let email = if info.bootstrap {
            c.take(EmailAddress::parse("email", &form.email))
        } else {
            None
        };
        let name = c
            .take(naast_core::validation::line(
                "display_name",
                &form.display_name,
                100,
                false,
            ))
            .unwrap_or_default();
        let name = name.as_str();
        check_password(&mut c, &form.password, &form.password2);
        c.finish()?;
        let hash = crypto::hash_password(&form.password)?;
        let t = now();
        let mut tx = self.db.begin().await?;
        if !tokens::use_setup_link(&mut *tx, &crypto::hash_token(token), t).await? {
            return Err(AppError::general(Msg::LinkInvalid));
        }
        let user_id = if info.bootstrap {
            if users::count_role(&mut *tx, Role::Coordinator.code()).await? > 0 {
                return Err(AppError::general(Msg::LinkInvalid));
            }
            let email =
                email.ok_or_else(|| AppError::Internal("bootstrap without e-mail".into()))?;
            if users::by_email(&mut *tx, &email.lookup_key())
                .await?
                .is_some()
            {
                return Err(AppError::field("email", Msg::EmailTaken));
            }
            users::insert(
                &mut *tx,
                &email.lookup_key(),
                name,
                Role::Coordinator.code(),
            )
            .await?
        } else {
            let link = tokens::setup_link(&mut *tx, &crypto::hash_token(token)).await?;
            let id = link
                .and_then(|l| l.user_id)
                .ok_or_else(|| AppError::general(Msg::LinkInvalid))?;
            if !name.is_empty() {
                users::set_display_name(&mut *tx, id, name).await?;
            }
            // A new password (a reset) ends what the old one made possible: API tokens too.
            tokens::revoke_api_tokens_of_user(&mut *tx, id, t).await?;
            id
        };
        users::set_password(&mut *tx, user_id, &hash).await?;
        let user = users::by_id(&mut *tx, user_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let stage = self.stage_after_password(&user);
        let session = crypto::random_token();
        sessions::insert(
            &mut *tx,
            &crypto::hash_token(&session),
            user_id,
            stage.code(),
            t,
        )
        .await?;
        self.audit_as(
            &mut tx,
            audit::Actor::User(user_id),
            if info.bootstrap {
                "user.bootstrap"
            } else {
                "user.setup"
            },
            "user",
            &user_id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(NewSession {
            token: session,
            stage,
        })
    }

    fn stage_after_password(&self, u: &users::UserRow) -> Stage {
        if u.totp_secret.is_some() {
            Stage::SecondFactor
        } else if self.demo {
            Stage::Full
        } else {
            Stage::Enrol
        }
    }

    /// First step of signing in. The message for a wrong address and a wrong password is the
    /// same, and both take as long (a dummy hash for unknown accounts).
    pub async fn sign_in(&self, email: &str, password: &str, addr: &str) -> Result<NewSession> {
        let key = email.trim().to_lowercase();
        let acct = format!("acct:{key}");
        let addr = format!("addr:{addr}");
        self.throttled(&[&acct, &addr]).await?;
        let user = users::by_email(self.db.pool(), &key).await?;
        let ok = match user.as_ref().and_then(|u| u.password_hash.as_deref()) {
            Some(hash) => crypto::verify_password(password, hash),
            None => {
                crypto::dummy_verify(password);
                false
            }
        };
        let user = match (ok, user) {
            (true, Some(u)) => u,
            (_, u) => {
                crate::metrics::bump(&crate::metrics::SIGN_IN_FAILED_PASSWORD);
                self.count_failure(&acct, &addr).await?;
                if let Some(u) = u {
                    audit::record(
                        &self.db,
                        &self.audit_key(),
                        &audit::Event {
                            actor: audit::Actor::User(u.id),
                            action: "user.sign_in_failed",
                            object_kind: "user",
                            object_id: &u.id.to_string(),
                        },
                    )
                    .await?;
                }
                return Err(AppError::Unauthenticated(Msg::SignInFailed));
            }
        };
        if user.disabled_at.is_some() {
            return Err(AppError::Unauthenticated(Msg::UserDisabled));
        }
        let stage = self.stage_after_password(&user);
        let token = crypto::random_token();
        let t = now();
        let mut tx = self.db.begin().await?;
        sessions::insert(
            &mut *tx,
            &crypto::hash_token(&token),
            user.id,
            stage.code(),
            t,
        )
        .await?;
        self.audit_as(
            &mut tx,
            audit::Actor::User(user.id),
            if stage == Stage::Full {
                "user.sign_in"
            } else {
                "user.password_ok"
            },
            "user",
            &user.id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(NewSession { token, stage })
    }

    /// Looks up a session from its cookie value; ends it when idle too long, older than the
    /// absolute lifetime (`session_max_age`, counted from `created_at`) or the user is disabled.
    pub async fn session(&self, token: &str) -> Result<Option<SessionInfo>> {
        let id_hash = crypto::hash_token(token);
        let Some(s) = sessions::get(self.db.pool(), &id_hash).await? else {
            return Ok(None);
        };
        let t = now();
        if s.last_seen_at + self.settings.idle_timeout < t
            || s.created_at + self.settings.session_max_age < t
        {
            sessions::delete(self.db.pool(), &id_hash).await?;
            return Err(AppError::Unauthenticated(Msg::SessionExpired));
        }
        let Some(user) = users::by_id(self.db.pool(), s.user_id).await? else {
            return Ok(None);
        };
        if user.disabled_at.is_some() {
            sessions::delete(self.db.pool(), &id_hash).await?;
            return Ok(None);
        }
        sessions::touch(self.db.pool(), &id_hash, t).await?;
        let tenants = users::tenant_ids(self.db.pool(), user.id).await?;
        Ok(Some(SessionInfo {
            principal: principal_from(&user, tenants, Via::Session)?,
            stage: Stage::parse(&s.stage),
            id_hash,
        }))
    }

    /// Replaces a session by a new one at `stage` (a fresh id at every step of signing in).
    async fn rotate(&self, old: &SessionInfo, stage: Stage, action: &str) -> Result<NewSession> {
        let user_id = old.principal.user_id.ok_or(AppError::Forbidden)?;
        let token = crypto::random_token();
        let mut tx = self.db.begin().await?;
        sessions::delete(&mut *tx, &old.id_hash).await?;
        sessions::insert(
            &mut *tx,
            &crypto::hash_token(&token),
            user_id,
            stage.code(),
            now(),
        )
        .await?;
        self.audit_as(
            &mut tx,
            audit::Actor::User(user_id),
            action,
            "user",
            &user_id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(NewSession { token, stage })
    }

    /// Second step: a TOTP code (or an unused recovery code). A code already used is refused.
    pub async fn verify_second_factor(&self, s: &SessionInfo, code: &str) -> Result<NewSession> {
        let user_id = s.principal.user_id.ok_or(AppError::Forbidden)?;
        if s.stage != Stage::SecondFactor {
            return Err(AppError::Forbidden);
        }
        let acct = format!("totp:{user_id}");
        self.throttled(&[&acct]).await?;
        let user = users::by_id(self.db.pool(), user_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let sealed = user.totp_secret.clone().ok_or(AppError::Forbidden)?;
        let secret = self.open_totp(user_id, &sealed)?;
        let code = code.trim();
        let unix = now().max(0) as u64;
        let accepted = match crypto::totp_verify(&secret, code, unix, user.totp_last_step) {
            Some(step) => users::claim_totp_step(self.db.pool(), user_id, step).await?,
            None => self.spend_recovery_code(&user, code).await?,
        };
        if !accepted {
            crate::metrics::bump(&crate::metrics::SIGN_IN_FAILED_SECOND_FACTOR);
            let acct = self.throttle_key(&acct);
            throttle::fail(self.db.pool(), &acct, now(), WINDOW, ACCOUNT_LIMIT, BLOCK).await?;
            return Err(AppError::field("code", Msg::TotpInvalid));
        }
        throttle::clear(self.db.pool(), &self.throttle_key(&acct)).await?;
        let by_address = self.throttle_key(&format!("acct:{}", user.email));
        throttle::clear(self.db.pool(), &by_address).await?;
        self.rotate(s, Stage::Full, "user.sign_in").await
    }

    async fn spend_recovery_code(&self, user: &users::UserRow, code: &str) -> Result<bool> {
        let wanted = crypto::hash_token(&code.to_lowercase());
        let hashes: Vec<&str> = user.recovery_hashes.split_whitespace().collect();
        if !hashes.contains(&wanted.as_str()) {
            return Ok(false);
        }
        let rest: Vec<&str> = hashes.into_iter().filter(|h| *h != wanted).collect();
        Ok(users::swap_recovery_hashes(
            self.db.pool(),
            user.id,
            &user.recovery_hashes,
            &rest.join(" "),
        )
        .await?)
    }

    pub async fn sign_out(&self, s: &SessionInfo) -> Result<()> {
        sessions::delete(self.db.pool(), &s.id_hash).await?;
        if let Some(id) = s.principal.user_id {
            audit::record(
                &self.db,
                &self.audit_key(),
                &audit::Event {
                    actor: audit::Actor::User(id),
                    action: "user.sign_out",
                    object_kind: "user",
                    object_id: &id.to_string(),
                },
            )
            .await?;
        }
        Ok(())
    }

    /// Ends every session of the signed-in user, on every device, and revokes their API tokens.
    pub async fn sign_out_everywhere(&self, who: &Principal) -> Result<u64> {
        let id = who.user_id.ok_or(AppError::Forbidden)?;
        let mut tx = self.db.begin().await?;
        let n = sessions::delete_for_user(&mut *tx, id).await?;
        tokens::revoke_api_tokens_of_user(&mut *tx, id, now()).await?;
        self.audit_in(
            &mut tx,
            who,
            "user.sign_out_everywhere",
            "user",
            &id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(n)
    }

    /// The principal behind an API token (`Authorization: Bearer …`).
    pub async fn authenticate_token(&self, token: &str) -> Result<Principal> {
        let t = now();
        let row = tokens::live_api_token(self.db.pool(), &crypto::hash_token(token.trim()), t)
            .await?
            .ok_or(AppError::Unauthenticated(Msg::NotSignedIn))?;
        let user = users::by_id(self.db.pool(), row.user_id)
            .await?
            .ok_or(AppError::Unauthenticated(Msg::NotSignedIn))?;
        if user.disabled_at.is_some() {
            return Err(AppError::Unauthenticated(Msg::UserDisabled));
        }
        tokens::mark_api_token_used(self.db.pool(), row.id, t).await?;
        let tenants = users::tenant_ids(self.db.pool(), user.id).await?;
        let mut who = principal_from(&user, tenants, Via::Token(row.id))?;
        who.read_only = row.scope != crate::tokens::TokenScope::Write.code();
        Ok(who)
    }

    pub async fn set_language(&self, who: &Principal, lang: Lang) -> Result<()> {
        if let Some(id) = who.user_id {
            users::set_lang(self.db.pool(), id, lang.code()).await?;
        }
        Ok(())
    }

    /// Whether the database has any user yet (no: `serve --demo` fills it).
    pub async fn has_users(&self) -> Result<bool> {
        Ok(users::count(self.db.pool()).await? > 0)
    }

    pub(crate) async fn mark_demo(&mut self) -> Result<()> {
        settings::set(self.db.pool(), settings::DEMO_MODE, "1").await?;
        self.set_demo(true);
        Ok(())
    }
}
