//! The one-time step that binds every sealed value to its place (`aad.version` 1).
//!
//! Before it, a wrapped data key had one AAD for all rows (`naast-data-key`), so a wrapped key
//! copied onto another `data_keys` row unwrapped there. Now each is wrapped with
//! `naast:data_keys.wrapped:id={row}` ([`crate::keys::key_aad`]). Likewise a kwestie's timeline
//! entries, tasks, parties and attachments (name and contents) were sealed with the kwestie's AAD
//! (`case:{reference}`), so one moved onto another entry or task of that kwestie opened there; now
//! each names its table, field, tenant and row (`naast:case_entries.sealed:tenant={t}:id={row}`,
//! `naast:tasks.sealed:…`). A signal's texts and reply, sealed with the system key under one fixed
//! AAD each (`signal.texts`, `signal.reply`), now name their tenant and row too
//! (`naast:signals.texts:…`), and TOTP secrets their user (`naast:users.totp_secret:tenant=0:id=…`). The step re-seals the values still under the old AAD, in batches with
//! a transaction each, and reports its progress on stderr; it runs at every start of the
//! application (`naast serve`, `naast migrate`, every command that opens the data) and does nothing
//! once `aad.version` says it ran. Until then reads fall back to the old AAD; after it they do not.
//!
//! Values written under the new AAD cannot be read by an instance of an older version: all
//! instances must be stopped and upgraded together.

use crate::keys::{key_aad, unwrap_row_any};
use crate::{App, Result};
use naast_crypto::DataKey;
use naast_store::{cases, keys, settings};
use std::io::Write;
use std::sync::atomic::Ordering;

/// The setting that records which binding of AADs the data has.
pub const AAD_VERSION: &str = "aad.version";
/// The binding this version writes.
pub const CURRENT: i64 = 1;
/// Rows per transaction.
const BATCH: i64 = 200;
/// Kwesties per transaction.
const CASE_BATCH: i64 = 50;

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
        let mut said = false;
        let mut say = |out: &mut dyn Write, line: String| {
            if !said {
                let _ = writeln!(
                    out,
                    "aad.version {CURRENT}: binding sealed values to their row. Every instance \
                     must run this version: stop and upgrade all of them together (an older \
                     instance cannot read what this one writes)."
                );
                said = true;
            }
            let _ = writeln!(out, "aad.version {CURRENT}: {line}");
        };
        // Data keys first: the kwesties' keys are read below.
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
                say(
                    out,
                    format!("data keys {seen}/{total} checked, {n} re-wrapped"),
                );
            }
        }
        // Timeline entries: from their kwestie (`case:{reference}`) to their own row.
        let total = cases::count_cases(self.db.pool()).await?;
        let (mut after, mut seen, mut m) = (0_i64, 0_i64, 0_usize);
        loop {
            let batch = cases::keyed_after(self.db.pool(), after, CASE_BATCH).await?;
            let Some(last) = batch.last() else {
                break;
            };
            after = last.0;
            seen += i64::try_from(batch.len()).unwrap_or(0);
            let mut keyed = Vec::new();
            for (id, tenant, reference, key_id) in batch {
                if let Some(key) = self.data_key(key_id).await? {
                    keyed.push((id, tenant, reference, key));
                }
            }
            let mut tx = self.db.begin().await?;
            let mut here = 0;
            for (id, tenant, reference, key) in &keyed {
                let old = crate::cases::aad(reference);
                for e in cases::entries(&mut *tx, *id).await? {
                    let (table, field) = crate::cases::ENTRIES;
                    let aad = crate::at_rest::aad(table, field, *tenant, e.id);
                    if let Some(new) = reseal(key, &old, &aad, e.sealed.as_deref()) {
                        cases::set_entry_sealed(&mut *tx, e.id, Some(&new)).await?;
                        here += 1;
                    }
                }
                for p in cases::parties(&mut *tx, *id).await? {
                    let (table, field) = crate::cases::PARTIES;
                    let aad = crate::at_rest::aad(table, field, *tenant, p.id);
                    if let Some(new) = reseal(key, &old, &aad, p.sealed.as_deref()) {
                        cases::set_party_sealed(&mut *tx, p.id, &new).await?;
                        here += 1;
                    }
                }
                for listed in cases::attachments(&mut *tx, *id).await? {
                    let Some(a) = cases::attachment(&mut *tx, *id, listed.id).await? else {
                        continue;
                    };
                    let (table, name_field, data_field) = crate::cases::ATTACHMENTS;
                    let name_aad = crate::at_rest::aad(table, name_field, *tenant, a.id);
                    let data_aad = crate::at_rest::aad(table, data_field, *tenant, a.id);
                    let name = reseal(key, &old, &name_aad, a.sealed_name.as_deref());
                    let data = reseal(key, &old, &data_aad, a.sealed_data.as_deref());
                    if name.is_some() || data.is_some() {
                        let name = name.or(a.sealed_name).unwrap_or_default();
                        let data = data.or(a.sealed_data).unwrap_or_default();
                        cases::set_attachment_sealed(&mut *tx, a.id, &name, &data).await?;
                        here += 1;
                    }
                }
                for t in cases::tasks_of_case(&mut *tx, *id).await? {
                    let (table, field) = crate::cases::TASKS;
                    let aad = crate::at_rest::aad(table, field, *tenant, t.id);
                    if let Some(new) = reseal(key, &old, &aad, t.sealed.as_deref()) {
                        cases::set_task_sealed(&mut *tx, t.id, &new).await?;
                        here += 1;
                    }
                }
            }
            tx.commit().await?;
            m += here;
            if m > 0 {
                say(
                    out,
                    format!(
                        "kwesties {seen}/{total} checked, {m} kwestie values re-sealed (timeline entries, tasks, parties, attachments)"
                    ),
                );
            }
        }
        // Signals (system key): texts and reply from one fixed AAD each to their row.
        let (mut after, mut k) = (0_i64, 0_usize);
        loop {
            let mut tx = self.db.begin().await?;
            let rows = naast_store::signals::after(&mut *tx, after, BATCH).await?;
            let Some(last) = rows.last() else {
                tx.rollback().await?;
                break;
            };
            after = last.id;
            let key = self.system_key();
            let mut here = 0;
            for r in &rows {
                let texts = crate::at_rest::aad("signals", "texts", r.tenant_id, r.id);
                if let Some(new) = reseal(key, crate::signals::AAD_TEXTS, &texts, Some(&r.texts)) {
                    naast_store::signals::set_texts(&mut *tx, r.id, &new).await?;
                    here += 1;
                }
                let reply = crate::at_rest::aad("signals", "reply", r.tenant_id, r.id);
                if let Some(new) =
                    reseal(key, crate::signals::AAD_REPLY, &reply, r.reply.as_deref())
                {
                    naast_store::signals::set_reply(&mut *tx, r.id, &new).await?;
                    here += 1;
                }
            }
            tx.commit().await?;
            k += here;
            if k > 0 {
                say(
                    out,
                    format!("signals up to id {after}: {k} texts and replies re-sealed"),
                );
            }
        }
        // TOTP secrets (system key): from one fixed AAD to their user.
        let mut u = 0_usize;
        let secrets = naast_store::users::sealed_totp(self.db.pool()).await?;
        if !secrets.is_empty() {
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
                say(out, format!("{u} TOTP secrets re-sealed"));
            }
        }
        let n = n + m + k + u;
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
