//! The citizen's consents on a kwestie: what may be shared, with whom, for what, given when and
//! how; revocable at any time. Signals, forwards and exports ask [`App::consent_covers`] before
//! anything that could identify the citizen leaves the office.

use crate::clock::today;
use crate::{App, AppError, Principal, Result};
use naast_core::CaseStatus;
use naast_core::Msg;
use naast_core::consent::ConsentForm;
use naast_store::consents as store;
use naast_store::tenants;

/// A consent as the case shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ConsentView {
    pub id: i64,
    /// `municipality` or a provider code.
    pub recipient: String,
    pub scope: String,
    pub given_on: String,
    pub how: String,
    pub revoked_on: Option<String>,
}

impl From<store::ConsentRow> for ConsentView {
    fn from(r: store::ConsentRow) -> Self {
        ConsentView {
            id: r.id,
            recipient: r.recipient,
            scope: r.scope,
            given_on: r.given_on,
            how: r.how,
            revoked_on: r.revoked_on,
        }
    }
}

impl App {
    /// The consents of a case, oldest first.
    pub async fn consents(&self, who: &Principal, reference: &str) -> Result<Vec<ConsentView>> {
        let c = self.load_case(who, reference).await?;
        let list = self.consents_view(c.row.id).await?;
        self.audit(who, "case.consents_read", "case", &c.row.id.to_string())
            .await?;
        Ok(list)
    }

    pub(crate) async fn consents_view(&self, case_id: i64) -> Result<Vec<ConsentView>> {
        Ok(store::list_for_case(self.db.pool(), case_id)
            .await?
            .into_iter()
            .map(ConsentView::from)
            .collect())
    }

    /// Records a consent the citizen gave (to the municipality or one of the tenant's active
    /// providers).
    pub async fn add_consent(
        &self,
        who: &Principal,
        reference: &str,
        form: &ConsentForm,
    ) -> Result<i64> {
        let c = self.load_case(who, reference).await?;
        if c.row.status == CaseStatus::Closed || c.key.is_none() {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        let providers: Vec<String> = tenants::providers(self.db.pool(), c.row.tenant_id)
            .await?
            .into_iter()
            .filter(|p| p.active)
            .map(|p| p.code)
            .collect();
        let consent = form.parse(today(), |r| providers.iter().any(|p| p == r))?;
        let given_on = consent.given_on.to_string();
        let mut tx = self.db.begin().await?;
        let id = store::insert(
            &mut tx,
            c.row.id,
            store::NewConsent {
                recipient: &consent.recipient,
                scope: &consent.scope,
                given_on: &given_on,
                how: &consent.how,
                created_by: who.user_id,
            },
        )
        .await?;
        self.audit_in(
            &mut tx,
            who,
            "case.consent_add",
            "case",
            &c.row.id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Revokes a consent as of today: what has not been sent yet under it stops.
    /// `NotFound` when it is not this case's, `Conflict` when it was revoked already.
    pub async fn revoke_consent(&self, who: &Principal, reference: &str, id: i64) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        let mut tx = self.db.begin().await?;
        let on = today().to_string();
        if !store::revoke(&mut tx, c.row.id, id, &on, who.user_id).await? {
            tx.rollback().await?;
            let known = store::list_for_case(self.db.pool(), c.row.id)
                .await?
                .into_iter()
                .any(|r| r.id == id);
            return Err(if known {
                AppError::Conflict(Msg::Conflict)
            } else {
                AppError::NotFound
            });
        }
        self.audit_in(
            &mut tx,
            who,
            "case.consent_revoke",
            "case",
            &c.row.id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether an unrevoked consent lets this case's identifying data go to `recipient` for
    /// `scope`. Every signal, forward or export asks this right before it sends, so that a
    /// revocation stops what has not been sent yet. Anonymized reporting does not need it.
    pub async fn consent_covers(&self, case_id: i64, recipient: &str, scope: &str) -> Result<bool> {
        Ok(store::covers(self.db.pool(), case_id, recipient, scope).await?)
    }
}
