//! The one-time step that binds every sealed value to its place (`aad.version` 1).
//!
//! Before it, a wrapped data key had one AAD for all rows (`naast-data-key`), so a wrapped key
//! copied onto another `data_keys` row unwrapped there. Now each is wrapped with
//! `naast:data_keys.wrapped:id={row}` ([`crate::keys::key_aad`]). The step re-wraps the rows
//! still under the old AAD, in batches with a transaction each, and reports its progress on
//! stderr; it runs at every start of the application (`naast serve`, `naast migrate`, every
//! command that opens the data) and does nothing once `aad.version` says it ran. Until then
//! reads fall back to the old AAD; after it they do not.
//!
//! Values written under the new AAD cannot be read by an instance of an older version: all
//! instances must be stopped and upgraded together.

use crate::keys::{key_aad, unwrap_row_any};
use crate::{App, Result};
use naast_store::{keys, settings};
use std::io::Write;
use std::sync::atomic::Ordering;

/// The setting that records which binding of AADs the data has.
pub const AAD_VERSION: &str = "aad.version";
/// The binding this version writes.
pub const CURRENT: i64 = 1;
/// Rows per transaction.
const BATCH: i64 = 200;

/// True when the data may still hold values sealed with the old AADs.
pub(crate) async fn legacy(db: &naast_store::Db) -> Result<bool> {
    Ok(settings::get(db.pool(), AAD_VERSION)
        .await?
        .and_then(|v| v.parse::<i64>().ok())
        .is_none_or(|v| v < CURRENT))
}

impl App {
    /// True while the re-binding step has not run: reads fall back to the old AADs.
    pub(crate) fn legacy_aad(&self) -> bool {
        self.legacy_aad.load(Ordering::Relaxed)
    }

    /// The step `aad.version` 1, with progress on stderr. Returns how many values were
    /// re-sealed (0 when it had run before).
    pub async fn bind_aad(&self) -> Result<usize> {
        self.bind_aad_to(&mut std::io::stderr()).await
    }

    /// [`App::bind_aad`], reporting to `out`.
    pub async fn bind_aad_to(&self, out: &mut dyn Write) -> Result<usize> {
        if !legacy(&self.db).await? {
            self.legacy_aad.store(false, Ordering::Relaxed);
            return Ok(0);
        }
        let total = keys::count_wrapped(self.db.pool()).await?;
        let (mut after, mut seen, mut n) = (0_i64, 0_i64, 0_usize);
        let mut said = false;
        loop {
            let mut tx = self.db.begin().await?;
            let rows = keys::wrapped_after(&mut *tx, after, BATCH).await?;
            let Some(last) = rows.last() else {
                tx.rollback().await?;
                break;
            };
            after = last.id;
            let mut here = 0;
            for row in &rows {
                seen += 1;
                if let Some((key, true)) = unwrap_row_any(&self.keys, row, true)? {
                    let w = self.keys.wrap(&key, &key_aad(row.id));
                    keys::rewrap(&mut *tx, row.id, &w.kek_id, &w.blob).await?;
                    here += 1;
                }
            }
            tx.commit().await?;
            n += here;
            if n > 0 {
                if !said {
                    let _ = writeln!(
                        out,
                        "aad.version {CURRENT}: binding sealed values to their row. Every instance \
                         must run this version: stop and upgrade all of them together (an older \
                         instance cannot read what this one writes)."
                    );
                    said = true;
                }
                let _ = writeln!(
                    out,
                    "aad.version {CURRENT}: data keys {seen}/{total} checked, {n} re-wrapped"
                );
            }
        }
        let mut tx = self.db.begin().await?;
        settings::set(&mut *tx, AAD_VERSION, &CURRENT.to_string()).await?;
        if n > 0 {
            self.audit_as(
                &mut tx,
                naast_store::audit::Actor::System,
                "upgrade.aad",
                "rows",
                &n.to_string(),
            )
            .await?;
        }
        tx.commit().await?;
        self.legacy_aad.store(false, Ordering::Relaxed);
        if n > 0 {
            let _ = writeln!(out, "aad.version {CURRENT}: done, {n} values re-sealed");
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests;
