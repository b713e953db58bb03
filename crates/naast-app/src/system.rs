//! The audit trail as coordinators and operators see it.

use crate::{App, Principal, Result};
use naast_core::Role;
pub use naast_store::audit::{Entry as AuditEntry, Verdict};

impl App {
    /// The latest audit entries and whether the chain holds (coordinators only).
    pub async fn audit_overview(&self, who: &Principal) -> Result<(Vec<AuditEntry>, Verdict)> {
        who.require(Role::Coordinator)?;
        let entries = naast_store::audit::recent(&self.db, 200).await?;
        let verdict = naast_store::audit::verify(&self.db, &self.audit_key()).await?;
        Ok((entries, verdict))
    }

    /// Walks the whole chain (`naast audit verify`).
    pub async fn verify_audit(&self) -> Result<Verdict> {
        Ok(naast_store::audit::verify(&self.db, &self.audit_key()).await?)
    }

    /// Whether the chain still holds entry `seq` with hash `hash` (a head kept elsewhere).
    pub async fn audit_has(&self, seq: i64, hash: &str) -> Result<bool> {
        Ok(naast_store::audit::hash_of(&self.db, seq)
            .await?
            .is_some_and(|h| naast_crypto::constant_time_eq(h.as_bytes(), hash.as_bytes())))
    }

    /// Writes the chain's head to the log (no personal data), so that the operator's log
    /// store keeps an anchor outside the database: a daily job.
    pub async fn log_audit_head(&self) -> Result<()> {
        let (entries, head) = naast_store::audit::head(&self.db).await?;
        tracing::info!(audit.entries = entries, audit.head = %head, "audit chain head");
        Ok(())
    }
}

pub use naast_store::jobs::JobRow;

impl App {
    /// Recent background jobs with their state and last error (coordinators only).
    pub async fn jobs_overview(&self, who: &Principal) -> Result<Vec<JobRow>> {
        who.require(Role::Coordinator)?;
        Ok(naast_store::jobs::recent(&self.db, 200).await?)
    }
}
