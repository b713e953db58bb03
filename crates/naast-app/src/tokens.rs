//! API tokens: any role may have them; stored hashed; listed and revoked in the UI. A token
//! has a scope (`read`: GET and HEAD only; `write`) and, when made on the page or through the
//! API, an expiry (90 days unless 30 or 365 is chosen). Tokens are made from a signed-in
//! browser session or the command line, never by another token; they end with "sign out
//! everywhere", a new password and a new second factor.

use crate::{App, AppError, Principal, Result, Via};
use naast_core::{FieldError, Msg, Role};
use naast_crypto as crypto;
use naast_store::{now, tokens, users};

/// Days a token made on the page or through the API lives unless another choice is made.
pub const DEFAULT_EXPIRES_DAYS: u32 = 90;
/// The lifetimes the account page offers.
pub const PAGE_EXPIRES_DAYS: [u32; 3] = [30, 90, 365];
/// The longest lifetime the API accepts.
pub const MAX_EXPIRES_DAYS: u32 = 365;

/// What a token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenScope {
    /// GET and HEAD only: every other API request is refused with 403.
    Read,
    /// Everything its user may do (except making tokens).
    Write,
}

impl TokenScope {
    pub fn code(self) -> &'static str {
        match self {
            TokenScope::Read => "read",
            TokenScope::Write => "write",
        }
    }

    /// `read` or `write`; `field` names the input in the error.
    pub fn parse(field: &'static str, s: &str) -> std::result::Result<TokenScope, FieldError> {
        match s.trim() {
            "read" => Ok(TokenScope::Read),
            "write" => Ok(TokenScope::Write),
            other => Err(FieldError::new(
                field,
                Msg::CodeUnknown(other.chars().take(20).collect()),
            )),
        }
    }
}

/// A lifetime chosen on the account page: 30, 90 or 365 days (90 when left empty).
pub fn page_expiry(s: &str) -> std::result::Result<u32, FieldError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(DEFAULT_EXPIRES_DAYS);
    }
    s.parse::<u32>()
        .ok()
        .filter(|d| PAGE_EXPIRES_DAYS.contains(d))
        .ok_or_else(|| FieldError::new("expires_days", Msg::NumberBetween(30, 365)))
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ApiToken {
    pub id: i64,
    pub user_id: i64,
    pub label: String,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub last_used_at: Option<i64>,
    pub revoked: bool,
    /// `read` or `write`.
    pub scope: String,
}

impl From<tokens::ApiTokenRow> for ApiToken {
    fn from(r: tokens::ApiTokenRow) -> ApiToken {
        ApiToken {
            id: r.id,
            user_id: r.user_id,
            label: r.label,
            created_at: r.created_at,
            expires_at: r.expires_at,
            last_used_at: r.last_used_at,
            revoked: r.revoked_at.is_some(),
            scope: r.scope,
        }
    }
}

impl App {
    /// Issues a token for `user_id`: users for themselves, coordinators (and the CLI) for anyone.
    /// Returns the token itself, shown once. `expires_days` `None` (the CLI without
    /// `--expires-days`) makes a token that does not expire. A request made with a token is
    /// refused (403): tokens come from a signed-in browser or the command line.
    pub async fn create_token(
        &self,
        who: &Principal,
        user_id: i64,
        label: &str,
        expires_days: Option<u32>,
        scope: TokenScope,
    ) -> Result<String> {
        if matches!(who.via, Via::Token(_)) || who.read_only || !who.signed_in() {
            return Err(AppError::Forbidden);
        }
        if who.user_id != Some(user_id) {
            who.require(Role::Coordinator)?;
        }
        let label = naast_core::validation::line("label", label, 100, false)?;
        let label = label.as_str();
        let user = users::by_id(self.db.pool(), user_id)
            .await?
            .ok_or(AppError::NotFound)?;
        if user.disabled_at.is_some() {
            return Err(AppError::general(Msg::UserDisabled));
        }
        let token = format!("nst_{}", crypto::random_token());
        let t = now();
        let mut tx = self.db.begin().await?;
        let id = tokens::insert_api_token(
            &mut *tx,
            user_id,
            label.trim(),
            &crypto::hash_token(&token),
            t,
            expires_days.map(|d| t + i64::from(d) * 86_400),
            scope.code(),
        )
        .await?;
        self.audit_in(&mut tx, who, "token.create", "token", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(token)
    }

    /// One's own tokens; a coordinator sees everyone's.
    pub async fn list_tokens(&self, who: &Principal) -> Result<Vec<ApiToken>> {
        let filter = if who.is(Role::Coordinator) {
            None
        } else {
            Some(who.user_id.ok_or(AppError::Forbidden)?)
        };
        Ok(tokens::api_tokens_of(self.db.pool(), filter)
            .await?
            .into_iter()
            .map(ApiToken::from)
            .collect())
    }

    pub async fn revoke_token(&self, who: &Principal, id: i64) -> Result<()> {
        let row = tokens::api_token(self.db.pool(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        if who.user_id != Some(row.user_id) && !who.is(Role::Coordinator) {
            return Err(AppError::NotFound);
        }
        let mut tx = self.db.begin().await?;
        tokens::revoke_api_token(&mut *tx, id, now()).await?;
        self.audit_in(&mut tx, who, "token.revoke", "token", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
