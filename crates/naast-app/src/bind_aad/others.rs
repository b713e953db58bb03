//! The rest of the re-binding step: persons' details (from their random id only to their tenant
//! as well), signals' texts, reply and link token, reports' narratives (from one fixed AAD each
//! to their tenant and row) and outbox messages (from their field and kwestie to their row).

use super::{BATCH, Progress, reseal};
use crate::cases::{legacy_person_aad, person_aad};
use crate::reports::narrative::{AAD_NARRATIVE, narrative_aad, sealed_blob, stored_form};
use crate::signals::{AAD_REPLY, AAD_TEXTS, AAD_TOKEN, token_aad};
use crate::{App, Result};
use naast_store::{outbox, persons, rebind, reports, signals};

impl App {
    pub(super) async fn bind_persons(&self, p: &mut Progress<'_>) -> Result<usize> {
        let (mut after, mut n) = (0_i64, 0_usize);
        loop {
            let rows = persons::live_after(self.db.pool(), after, BATCH).await?;
            let Some(last) = rows.last() else {
                break;
            };
            after = last.id;
            let mut new = Vec::new();
            for r in &rows {
                let Some(key) = self.data_key(r.data_key_id).await? else {
                    continue;
                };
                let old = legacy_person_aad(&r.stat_id);
                let aad = person_aad(r.tenant_id, &r.stat_id);
                if let (Some(blob), Some(was)) =
                    (reseal(&key, &old, &aad, r.sealed.as_deref()), &r.sealed)
                {
                    new.push((r.id, was.clone(), blob));
                }
            }
            if new.is_empty() {
                continue;
            }
            let mut tx = self.db.begin().await?;
            for (id, was, blob) in &new {
                // Changed meanwhile by a running instance: sealed for its place already.
                if rebind::set_person_sealed(&mut *tx, *id, was, blob).await? {
                    n += 1;
                }
            }
            tx.commit().await?;
            p.say(&format!("persons up to id {after}: {n} re-sealed"));
        }
        Ok(n)
    }

    pub(super) async fn bind_signals(&self, p: &mut Progress<'_>) -> Result<usize> {
        let (mut after, mut k) = (0_i64, 0_usize);
        loop {
            let mut tx = self.db.begin().await?;
            let rows = signals::after(&mut *tx, after, BATCH).await?;
            let Some(last) = rows.last() else {
                tx.rollback().await?;
                break;
            };
            after = last.id;
            let key = self.system_key();
            let mut here = 0;
            for r in &rows {
                let at = |field: &str| crate::at_rest::aad("signals", field, r.tenant_id, r.id);
                if let Some(new) = reseal(key, AAD_TEXTS, &at("texts"), Some(&r.texts)) {
                    signals::set_texts(&mut *tx, r.id, &new).await?;
                    here += 1;
                }
                if let Some(new) = reseal(key, AAD_REPLY, &at("reply"), r.reply.as_deref()) {
                    signals::set_reply(&mut *tx, r.id, &new).await?;
                    here += 1;
                }
                let token = token_aad(r.tenant_id, r.id);
                if let Some(new) = reseal(key, AAD_TOKEN, &token, r.sealed_token.as_deref()) {
                    rebind::set_signal_token(&mut *tx, r.id, &new).await?;
                    here += 1;
                }
            }
            tx.commit().await?;
            k += here;
            if k > 0 {
                p.say(&format!(
                    "signals up to id {after}: {k} texts, replies and link tokens re-sealed"
                ));
            }
        }
        Ok(k)
    }

    pub(super) async fn bind_reports(&self, p: &mut Progress<'_>) -> Result<usize> {
        let (mut after, mut n) = (0_i64, 0_usize);
        loop {
            let ids = rebind::report_ids_after(self.db.pool(), after, BATCH).await?;
            let Some(last) = ids.last() else {
                break;
            };
            after = *last;
            let mut tx = self.db.begin().await?;
            let mut here = 0;
            for id in ids {
                let Some(r) = reports::get(&mut *tx, id).await? else {
                    continue;
                };
                let aad = narrative_aad(r.tenant_id, r.id);
                let blob = sealed_blob(&r.narrative);
                if let Some(new) = reseal(self.system_key(), AAD_NARRATIVE, &aad, blob.as_deref()) {
                    reports::set_narrative(&mut *tx, r.id, &stored_form(&new)).await?;
                    here += 1;
                }
            }
            tx.commit().await?;
            n += here;
            if n > 0 {
                p.say(&format!(
                    "reports up to id {after}: {n} narratives re-sealed"
                ));
            }
        }
        Ok(n)
    }

    pub(super) async fn bind_outbox(&self, p: &mut Progress<'_>) -> Result<usize> {
        let (mut after, mut n) = (0_i64, 0_usize);
        loop {
            let rows = outbox::after(self.db.pool(), after, BATCH).await?;
            let Some(last) = rows.last() else {
                break;
            };
            after = last.id;
            let mut new = Vec::new();
            for r in &rows {
                if let Some(blobs) = self.rebound_mail(r).await? {
                    new.push((r.id, blobs));
                }
            }
            if new.is_empty() {
                continue;
            }
            let mut tx = self.db.begin().await?;
            for (id, [to, subject, body]) in &new {
                outbox::set_sealed(&mut *tx, *id, to, subject, body).await?;
            }
            tx.commit().await?;
            n += new.len();
            p.say(&format!("outbox up to id {after}: {n} messages re-sealed"));
        }
        Ok(n)
    }
}
