//! The signals a tenant's reports count.

use crate::{App, Result};
use naast_report::series::SignalRecord;

impl App {
    /// Every signal of the tenant sent to the municipality, as the reports count it: id, day
    /// sent, area, theme and the day the municipality answered.
    pub(crate) async fn signal_records(&self, tenant_id: i64) -> Result<Vec<SignalRecord>> {
        let rows = naast_store::signals::register(self.db.pool(), tenant_id).await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                Some(SignalRecord {
                    id: r.id,
                    sent_on: r.sent_on.parse().ok()?,
                    area: r.area,
                    theme: r.theme,
                    answered_on: r.answered_on.and_then(|d| d.parse().ok()),
                })
            })
            .collect())
    }
}
