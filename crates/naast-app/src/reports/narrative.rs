//! The narrative at rest: sealed (a draft may hold a name until its check), or, from before
//! sealing, plain JSON.

use super::Narrative;
use crate::{App, AppError, Result};

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
}
