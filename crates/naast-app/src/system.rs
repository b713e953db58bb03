//! The audit trail as coordinators and operators see it.

use crate::{App, Principal, Result};
use naast_core::Role;
pub use naast_store::audit::{Entry as AuditEntry, Verdict};

impl App {
    /// The latest audit entries and whether the chain holds (coordinators only).
    pub async fn audit_overview(&self, who: &Principal) -> Result<(Vec<AuditEntry>, Verdict)> {
        who.require(Role::Coordinator)?;
        let entries = naast_store::audit::recent(&self.db, 200).await?;
        let verdict = naast_store::audit::verify(&self.db).await?;
        Ok((entries, verdict))
    }

    /// Walks the whole chain (`naast audit verify`).
    pub async fn verify_audit(&self) -> Result<Verdict> {
        Ok(naast_store::audit::verify(&self.db).await?)
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
