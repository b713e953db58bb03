//! The kwesties' part of the re-binding step: each kwestie's own record and status-link token,
//! its timeline entries, parties, attachments and tasks, from the kwestie's AAD
//! (`case:{reference}`, or `status:{reference}` for the token) to their own place.

use super::{Progress, reseal};
use crate::cases::{ATTACHMENTS, ENTRIES, PARTIES, TASKS, record_aad, status_token_aad};
use crate::{App, Result};
use naast_crypto::DataKey;
use naast_store::{Tx, cases, rebind};

/// Kwesties per transaction.
const CASE_BATCH: i64 = 50;

/// One kwestie as the step sees it.
struct Kwestie {
    id: i64,
    tenant: i64,
    reference: String,
    key: DataKey,
}

impl App {
    pub(super) async fn bind_kwesties(&self, p: &mut Progress<'_>) -> Result<usize> {
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
                // A kwestie whose key was shredded has nothing left to read.
                if let Some(key) = self.data_key(key_id).await? {
                    keyed.push(Kwestie {
                        id,
                        tenant,
                        reference,
                        key,
                    });
                }
            }
            let mut tx = self.db.begin().await?;
            let mut here = 0;
            for k in &keyed {
                here += bind_kwestie(&mut tx, k).await?;
            }
            tx.commit().await?;
            m += here;
            if m > 0 {
                p.say(&format!(
                    "kwesties {seen}/{total} checked, {m} kwestie values re-sealed \
                     (records, status links, timeline entries, tasks, parties, attachments)"
                ));
            }
        }
        Ok(m)
    }
}

/// Re-seals what one kwestie holds under an old AAD; returns how many values.
async fn bind_kwestie(tx: &mut Tx, k: &Kwestie) -> Result<usize> {
    let (id, tenant, key) = (k.id, k.tenant, &k.key);
    let old = crate::cases::aad(&k.reference);
    let at = |table: &str, field: &str, row: i64| crate::at_rest::aad(table, field, tenant, row);
    let mut here = 0;
    let record = rebind::case_sealed(&mut **tx, id).await?;
    let new = reseal(
        key,
        &old,
        &record_aad(tenant, &k.reference),
        record.as_deref(),
    );
    if let (Some(new), Some(was)) = (new, &record)
        && rebind::set_case_sealed(&mut **tx, id, was, &new).await?
    {
        here += 1;
    }
    let old_token = format!("status:{}", k.reference);
    for (hash, sealed) in rebind::status_tokens(&mut **tx, id).await? {
        let new_aad = status_token_aad(tenant, &k.reference);
        if let Some(new) = reseal(key, old_token.as_bytes(), &new_aad, Some(&sealed)) {
            rebind::set_status_token(&mut **tx, &hash, &new).await?;
            here += 1;
        }
    }
    for e in cases::entries(&mut **tx, id).await? {
        let aad = at(ENTRIES.0, ENTRIES.1, e.id);
        if let Some(new) = reseal(key, &old, &aad, e.sealed.as_deref()) {
            cases::set_entry_sealed(&mut **tx, e.id, Some(&new)).await?;
            here += 1;
        }
    }
    for party in cases::parties(&mut **tx, id).await? {
        let aad = at(PARTIES.0, PARTIES.1, party.id);
        if let Some(new) = reseal(key, &old, &aad, party.sealed.as_deref()) {
            cases::set_party_sealed(&mut **tx, party.id, &new).await?;
            here += 1;
        }
    }
    for listed in cases::attachments(&mut **tx, id).await? {
        let Some(a) = cases::attachment(&mut **tx, id, listed.id).await? else {
            continue;
        };
        let (table, name_field, data_field) = ATTACHMENTS;
        let name = reseal(
            key,
            &old,
            &at(table, name_field, a.id),
            a.sealed_name.as_deref(),
        );
        let data = reseal(
            key,
            &old,
            &at(table, data_field, a.id),
            a.sealed_data.as_deref(),
        );
        if name.is_some() || data.is_some() {
            let name = name.or(a.sealed_name).unwrap_or_default();
            let data = data.or(a.sealed_data).unwrap_or_default();
            cases::set_attachment_sealed(&mut **tx, a.id, &name, &data).await?;
            here += 1;
        }
    }
    for t in cases::tasks_of_case(&mut **tx, id).await? {
        let aad = at(TASKS.0, TASKS.1, t.id);
        if let Some(new) = reseal(key, &old, &aad, t.sealed.as_deref()) {
            cases::set_task_sealed(&mut **tx, t.id, &new).await?;
            here += 1;
        }
    }
    Ok(here)
}
