//! The one-time step that binds every sealed value to its place (`aad.version` 2).
//!
//! Before it, a wrapped data key had one AAD for all rows (`naast-data-key`), so a wrapped key
//! copied onto another `data_keys` row unwrapped there. Now each is wrapped with
//! `naast:data_keys.wrapped:id={row}` ([`crate::keys::key_aad`]). Likewise a kwestie's own record,
//! timeline entries, tasks, parties, attachments (name and contents) and status-link token were
//! sealed with the kwestie's AAD (`case:{reference}`), so one moved onto another entry or task of
//! that kwestie opened there; now each names its table, field, tenant and row
//! (`naast:case_entries.sealed:tenant={t}:id={row}`, …; the record and the token name the
//! kwestie's reference, which is its row's unique name). A person's details name their tenant
//! as well as their own random id; an outbox message's fields their row and tenant. A signal's
//! texts, reply and link token, a report's narrative and a user's TOTP secret, sealed with the
//! system key under one fixed AAD each, now name their tenant and row too
//! (`naast:signals.texts:…`, `naast:users.totp_secret:tenant=0:id=…`).
//!
//! Version 1 bound the data keys, timeline entries, tasks, parties, attachments, signal texts and
//! TOTP secrets; version 2 adds the rest. The step re-seals the values still under an old AAD,
//! in batches with a transaction each, and reports its progress on stderr; it runs at every
//! start of the application (`naast serve`, `naast migrate`, every command that opens the data)
//! and does nothing once `aad.version` says it ran. Until then reads fall back to the old AAD;
//! after it they do not.
//!
//! Values written under the new AAD cannot be read by an instance of an older version: all
//! instances must be stopped and upgraded together.

use crate::keys::{key_aad, unwrap_row_any};
use crate::{App, Result};
use naast_crypto::DataKey;
use naast_store::{keys, settings};
use std::io::Write;
use std::sync::atomic::Ordering;

mod kwesties;
mod others;

/// The setting that records which binding of AADs the data has.
pub const AAD_VERSION: &str = "aad.version";
/// The binding this version writes.
pub const CURRENT: i64 = 2;
/// Rows per transaction.
const BATCH: i64 = 200;

/// A value sealed under `old` sealed again under `new`; `None` when it is under `new` already,
/// or opens under neither (then it is left as it is and stays unreadable).
fn reseal(key: &DataKey, old: &[u8], new: &[u8], blob: Option<&[u8]>) -> Option<Vec<u8>> {
    let blob = blob?;
    if key.open(new, blob).is_ok() {
        return None;
    }
    let plain = key.open(old, blob).ok()?;
    Some(key.seal(new, &plain))
}

/// True when the data may still hold values sealed with the old AADs.
pub(crate) async fn legacy(db: &naast_store::Db) -> Result<bool> {
    Ok(settings::get(db.pool(), AAD_VERSION)
        .await?
        .and_then(|v| v.parse::<i64>().ok())
        .is_none_or(|v| v < CURRENT))
}

/// Progress on the terminal: a first line that says what the step does and that every
/// instance must run this version, then one line per batch that changed something.
struct Progress<'a> {
    out: &'a mut dyn Write,
    said: bool,
}

impl Progress<'_> {
    fn say(&mut self, line: &str) {
        if !self.said {
            let _ = writeln!(
                self.out,
                "aad.version {CURRENT}: binding sealed values to their row. Every instance \
                 must run this version: stop and upgrade all of them together (an older \
                 instance cannot read what this one writes)."
            );
            self.said = true;
        }
        let _ = writeln!(self.out, "aad.version {CURRENT}: {line}");
    }
}

impl App {
    /// True while the re-binding step has not run: reads fall back to the old AADs.
    pub(crate) fn legacy_aad(&self) -> bool {
        self.legacy_aad.load(Ordering::Relaxed)
    }

    /// The step `aad.version` 2, with progress on stderr. Returns how many values were
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
        let mut p = Progress { out, said: false };
        // Data keys first: the kwesties' and persons' keys are read after.
        let n = self.bind_data_keys(&mut p).await?
            + self.bind_kwesties(&mut p).await?
            + self.bind_persons(&mut p).await?
            + self.bind_signals(&mut p).await?
            + self.bind_reports(&mut p).await?
            + self.bind_outbox(&mut p).await?
            + self.bind_totp(&mut p).await?;
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
            p.say(&format!("done, {n} values re-sealed"));
        }
        Ok(n)
    }

    /// Wrapped data keys: from one AAD for all to their own row.
    async fn bind_data_keys(&self, p: &mut Progress<'_>) -> Result<usize> {
        let total = keys::count_wrapped(self.db.pool()).await?;
        let (mut after, mut seen, mut n) = (0_i64, 0_i64, 0_usize);
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
                p.say(&format!("data keys {seen}/{total} checked, {n} re-wrapped"));
            }
        }
        Ok(n)
    }

    /// TOTP secrets (system key): from one fixed AAD to their user.
    async fn bind_totp(&self, p: &mut Progress<'_>) -> Result<usize> {
        let mut u = 0_usize;
        let mut tx = self.db.begin().await?;
        for (id, sealed) in naast_store::users::sealed_totp(&mut *tx).await? {
            let aad = crate::auth::totp_aad(id);
            if let Some(new) = reseal(
                self.system_key(),
                crate::auth::AAD_TOTP,
                &aad,
                Some(&sealed),
            ) {
                naast_store::users::reseal_totp(&mut *tx, id, &new).await?;
                u += 1;
            }
        }
        tx.commit().await?;
        if u > 0 {
            p.say(&format!("{u} TOTP secrets re-sealed"));
        }
        Ok(u)
    }
}

#[cfg(test)]
mod tests;
