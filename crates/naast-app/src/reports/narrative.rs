//! The texts of a report at rest. The narrative: sealed (a draft may hold a name until its
//! check), or, from before sealing, plain JSON. The correction note and what was agreed with the
//! municipality: sealed under the report's own row (`crate::at_rest`).

use super::Narrative;
use crate::{App, AppError, Result};
use naast_store::reports::ReportRow;

/// The AAD of narratives before `aad.version` 2 (one for all reports).
pub(crate) const AAD_NARRATIVE: &[u8] = b"report.narrative";
const SEALED: &str = "sealed:";

/// The AAD of a report's narrative: table, field, tenant and row.
pub(crate) fn narrative_aad(tenant_id: i64, id: i64) -> Vec<u8> {
    crate::at_rest::aad("reports", "narrative", tenant_id, id)
}

/// The stored form of a sealed narrative, split: the blob when it is sealed.
pub(crate) fn sealed_blob(stored: &str) -> Option<Vec<u8>> {
    use base64::Engine as _;
    stored
        .strip_prefix(SEALED)
        .and_then(|b64| base64::engine::general_purpose::STANDARD.decode(b64).ok())
}

/// The stored form of a sealed blob.
pub(crate) fn stored_form(blob: &[u8]) -> String {
    use base64::Engine as _;
    format!(
        "{SEALED}{}",
        base64::engine::general_purpose::STANDARD.encode(blob)
    )
}

impl App {
    /// A narrative as stored: sealed (a draft may hold a name until its check), or, from before
    /// sealing, plain JSON.
    ///
    /// Sealed for its own report (tenant and row): a narrative copied onto another report does
    /// not open there (it reads as empty). Before the re-binding step ([`crate::bind_aad`]) one
    /// under the old fixed AAD is read too.
    pub(crate) fn open_narrative(&self, r: &ReportRow) -> Narrative {
        let json = if r.narrative.starts_with(SEALED) {
            sealed_blob(&r.narrative)
                .and_then(|blob| self.open_narrative_blob(r, &blob).ok())
                .unwrap_or_default()
        } else {
            r.narrative.clone()
        };
        serde_json::from_str(&json).unwrap_or_default()
    }

    /// A sealed narrative's JSON, from the report's own place or (before the re-binding step)
    /// the old fixed AAD.
    pub(crate) fn open_narrative_blob(&self, r: &ReportRow, blob: &[u8]) -> Result<String> {
        let key = self.system_key();
        match key.open_str(&narrative_aad(r.tenant_id, r.id), blob) {
            Ok(s) => Ok(s),
            Err(_) if self.legacy_aad() => Ok(key.open_str(AAD_NARRATIVE, blob)?),
            Err(e) => Err(e.into()),
        }
    }

    /// A narrative sealed for the report `(tenant, id)`, as stored.
    pub(crate) fn seal_narrative(&self, tenant_id: i64, id: i64, n: &Narrative) -> Result<String> {
        let json =
            serde_json::to_string(n).map_err(|e| AppError::Internal(format!("narrative: {e}")))?;
        let blob = self
            .system_key()
            .seal_str(&narrative_aad(tenant_id, id), &json);
        Ok(stored_form(&blob))
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
