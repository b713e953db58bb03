//! API tokens: any role may have them; stored hashed; listed and revoked in the UI.

use crate::{App, AppError, Principal, Result};
use naast_core::{Msg, Role};
use naast_crypto as crypto;
use naast_store::{now, tokens, users};

#[derive(Debug, Clone, serde::Serialize)]
pub struct ApiToken {
    pub id: i64,
    pub user_id: i64,
    pub label: String,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub last_used_at: Option<i64>,
    pub revoked: bool,
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
        }
    }
}

impl App {
    /// Issues a token for `user_id`: users for themselves, coordinators (and the CLI) for anyone.
    /// Returns the token itself, shown once.
    pub async fn create_token(
        &self,
        who: &Principal,
        user_id: i64,
        label: &str,
        expires_days: Option<u32>,
    ) -> Result<String> {
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
