//! Small values that may hold a name, sealed with the system data key: a signal's addressee
//! address and answerer's name, an outreach activity's place, audience and note, a report's
//! correction note and what was agreed. Each value's AAD names its table, field, tenant and row,
//! so a sealed value copied into another row, field or table does not open.
//!
//! Rows written before sealing are sealed once at start-up ([`App::seal_plain_rows`]): each row
//! in its own guarded update, the plain column blanked in the same statement, so that a second
//! instance starting at the same moment, or a write in between, loses nothing.

use crate::{App, AppError, Result};
use naast_store::{outreach, reports, signals};
use serde::{Deserialize, Serialize};

/// The AAD of one sealed field of one row.
pub(crate) fn aad(table: &str, field: &str, tenant_id: i64, id: i64) -> Vec<u8> {
    format!("naast:{table}.{field}:tenant={tenant_id}:id={id}").into_bytes()
}

/// Where a sealed field lives: `(table, field, tenant id, row id)`.
pub(crate) type Place<'a> = (&'a str, &'a str, i64, i64);

/// An outreach activity's texts, sealed together.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct OutreachTexts {
    pub place: String,
    pub audience: String,
    pub note: String,
}

impl App {
    /// Seals a value for its place; `None` for an empty one (nothing to hide, nothing stored).
    pub(crate) fn seal_at(&self, at: Place<'_>, value: &str) -> Option<Vec<u8>> {
        (!value.is_empty()).then(|| {
            self.system_key()
                .seal_str(&aad(at.0, at.1, at.2, at.3), value)
        })
    }

    /// Opens a value sealed for its place; without a sealed value, the plain one (a row the
    /// start-up upgrade has not reached yet).
    pub(crate) fn open_at(
        &self,
        at: Place<'_>,
        sealed: Option<&[u8]>,
        plain: &str,
    ) -> Result<String> {
        match sealed {
            Some([]) => Ok(String::new()),
            Some(blob) => Ok(self
                .system_key()
                .open_str(&aad(at.0, at.1, at.2, at.3), blob)?),
            None => Ok(plain.to_string()),
        }
    }

    pub(crate) fn seal_outreach(
        &self,
        tenant_id: i64,
        id: i64,
        t: &OutreachTexts,
    ) -> Result<Vec<u8>> {
        let json =
            serde_json::to_string(t).map_err(|e| AppError::Internal(format!("outreach: {e}")))?;
        Ok(self
            .system_key()
            .seal_str(&aad("outreach", "texts", tenant_id, id), &json))
    }

    pub(crate) fn open_outreach(&self, r: &outreach::OutreachRow) -> Result<OutreachTexts> {
        match &r.sealed {
            Some(blob) => {
                let json = self
                    .system_key()
                    .open_str(&aad("outreach", "texts", r.tenant_id, r.id), blob)?;
                serde_json::from_str(&json)
                    .map_err(|e| AppError::Internal(format!("outreach {}: {e}", r.id)))
            }
            None => Ok(OutreachTexts {
                place: r.place.clone(),
                audience: r.audience.clone(),
                note: r.note.clone(),
            }),
        }
    }

    /// The one-time upgrade: seals every value still stored in plain text and blanks it, in one
    /// transaction with its audit entry. Idempotent (a sealed row is not found again) and cheap
    /// when there is nothing to do. Returns how many rows were sealed.
    pub async fn seal_plain_rows(&self) -> Result<usize> {
        let seal = |at: Place<'_>, v: &str| self.seal_at(at, v).unwrap_or_default();
        let pool = self.db.pool();
        if signals::plain(pool).await?.is_empty()
            && outreach::plain(pool).await?.is_empty()
            && reports::plain(pool).await?.is_empty()
        {
            // Nothing to do: no write transaction (on SQLite it would wait for the writer).
            return Ok(0);
        }
        let mut n = 0;
        let mut tx = self.db.begin().await?;
        for r in signals::plain(&mut *tx).await? {
            let email = seal(
                ("signals", "addressee_email", r.tenant_id, r.id),
                &r.addressee_email,
            );
            let by = seal(
                ("signals", "answered_by", r.tenant_id, r.id),
                &r.answered_by,
            );
            n += usize::from(signals::seal_plain(&mut tx, &r, &email, &by).await?);
        }
        for r in outreach::plain(&mut *tx).await? {
            let texts = self.open_outreach(&outreach::OutreachRow {
                sealed: None,
                ..r.clone()
            })?;
            let sealed = self.seal_outreach(r.tenant_id, r.id, &texts)?;
            n += usize::from(outreach::seal_plain(&mut *tx, &r, &sealed).await?);
        }
        for (id, tenant_id, correction, agreed) in reports::plain(&mut *tx).await? {
            let c = seal(("reports", "correction", tenant_id, id), &correction);
            let a = seal(("reports", "agreed", tenant_id, id), &agreed);
            n += usize::from(
                reports::seal_plain(&mut *tx, id, (&correction, &agreed), &c, &a).await?,
            );
        }
        if n == 0 {
            tx.rollback().await?;
            return Ok(0);
        }
        self.audit_as(
            &mut tx,
            naast_store::audit::Actor::System,
            "upgrade.seal",
            "rows",
            &n.to_string(),
        )
        .await?;
        tx.commit().await?;
        tracing::info!(rows = n, "plain values sealed");
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::aad;

    #[test]
    fn the_aad_names_table_field_tenant_and_row() {
        assert_eq!(
            aad("signals", "addressee_email", 3, 17),
            b"naast:signals.addressee_email:tenant=3:id=17".to_vec()
        );
        assert_ne!(
            aad("reports", "agreed", 1, 2),
            aad("reports", "agreed", 1, 3)
        );
        assert_ne!(
            aad("reports", "agreed", 1, 2),
            aad("reports", "correction", 1, 2)
        );
    }
}
