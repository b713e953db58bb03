//! The signals a tenant's reports count.

use crate::{App, Result};
use naast_report::series::SignalRecord;

impl App {
    /// Every signal of the tenant sent to the municipality, as the reports count it: id, day
    /// sent, area, theme and the day the municipality answered. Empty until the signals land:
    /// the store query is wired in here then.
    pub(crate) async fn signal_records(&self, tenant_id: i64) -> Result<Vec<SignalRecord>> {
        let _ = tenant_id;
        Ok(Vec::new())
    }
}
