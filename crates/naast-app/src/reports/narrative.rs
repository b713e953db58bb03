//! The texts of a report at rest. The narrative: sealed (a draft may hold a name until its
//! check), or, from before sealing, plain JSON. The correction note and what was agreed with the
//! municipality: sealed under the report's own row (`crate::at_rest`).

use super::Narrative;
use crate::{App, AppError, Result};
use naast_store::reports::ReportRow;

const AAD_NARRATIVE: &[u8] = b"report.narrative";
const SEALED: &str = "sealed:";

impl App {
    /// A narrative as stored: sealed (a draft may hold a name until its check), or, from before
    /// sealing, plain JSON.
    pub(crate) fn open_narrative(&self, stored: &str) -> Narrative {
        use base64::Engine as _;
        let json = match stored.strip_prefix(SEALED) {
            Some(b64) => base64::engine::general_purpose::STANDARD
                .decode(b64)
                .ok()
                .and_then(|blob| self.system_key().open_str(AAD_NARRATIVE, &blob).ok())
                .unwrap_or_default(),
            None => stored.to_string(),
        };
        serde_json::from_str(&json).unwrap_or_default()
    }

    pub(crate) fn seal_narrative(&self, n: &Narrative) -> Result<String> {
        use base64::Engine as _;
        let json =
            serde_json::to_string(n).map_err(|e| AppError::Internal(format!("narrative: {e}")))?;
        let blob = self.system_key().seal_str(AAD_NARRATIVE, &json);
        Ok(format!(
            "{SEALED}{}",
            base64::engine::general_purpose::STANDARD.encode(blob)
        ))
    }

    pub(crate) fn seal_correction(&self, r: &ReportRow, text: &str) -> Option<Vec<u8>> {
        self.seal_at(("reports", "correction", r.tenant_id, r.id), text)
    }

    pub(crate) fn open_correction(&self, r: &ReportRow) -> Result<String> {
        self.open_at(
            ("reports", "correction", r.tenant_id, r.id),
            r.correction_sealed.as_deref(),
            &r.correction,
        )
    }

    pub(crate) fn seal_agreed(&self, r: &ReportRow, text: &str) -> Option<Vec<u8>> {
        self.seal_at(("reports", "agreed", r.tenant_id, r.id), text)
    }

    pub(crate) fn open_agreed(&self, r: &ReportRow) -> Result<String> {
        self.open_at(
            ("reports", "agreed", r.tenant_id, r.id),
            r.agreed_sealed.as_deref(),
            &r.agreed,
        )
    }
}
