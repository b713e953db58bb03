//! Data keys. Every case gets its own random data key; the installation has one system data key
//! (outbox, TOTP secrets, blind indexes). All are stored wrapped by the master key in
//! `data_keys`, with the master key's id, so that rotating the master key is a rewrap of these
//! rows and nothing else. Shredding a case key (deleting its wrapped form) destroys every field
//! sealed under it.

use crate::{App, AppError, Result};
use naast_crypto::{DataKey, KeyRing, WrappedKey};
use naast_store::{Db, Tx, keys, settings};

const SYSTEM_KEY: &str = "system_data_key";
/// The AAD every data key was wrapped with before [`crate::bind_aad`]: one for all rows, so a
/// wrapped key copied onto another row opened there. Read only while that step has not run.
pub(crate) const LEGACY_AAD: &[u8] = b"naast-data-key";

/// The AAD of the wrapped data key in row `id` of `data_keys`: a wrapped key copied onto another
/// row does not unwrap there.
pub(crate) fn key_aad(id: i64) -> Vec<u8> {
    format!("naast:data_keys.wrapped:id={id}").into_bytes()
}

/// Unwraps a row's key under its own AAD; with `legacy` (the re-binding step has not run yet),
/// falls back to the old fixed AAD. `Ok((key, true))` when the key is still under the old AAD.
pub(crate) fn unwrap_row_any(
    ring: &KeyRing,
    row: &keys::DataKeyRow,
    legacy: bool,
) -> Result<Option<(DataKey, bool)>> {
    let Some(blob) = &row.wrapped else {
        return Ok(None);
    };
    let wk = WrappedKey {
        kek_id: row.kek_id.clone(),
        blob: blob.clone(),
    };
    match ring.unwrap(&wk, &key_aad(row.id)) {
        Ok(k) => Ok(Some((k, false))),
        Err(_) if legacy => Ok(Some((ring.unwrap(&wk, LEGACY_AAD)?, true))),
        Err(e) => Err(e.into()),
    }
}

fn unwrap_row(ring: &KeyRing, row: &keys::DataKeyRow, legacy: bool) -> Result<Option<DataKey>> {
    Ok(unwrap_row_any(ring, row, legacy)?.map(|(k, _)| k))
}

/// Stores a new wrapped key inside `tx`: the row first (its id is in the AAD), then its key.
async fn insert_key(tx: &mut Tx, ring: &KeyRing, key: &DataKey) -> Result<i64> {
    let id = keys::insert(&mut **tx, ring.current_id(), b"").await?;
    let wrapped = ring.wrap(key, &key_aad(id));
    keys::rewrap(&mut **tx, id, &wrapped.kek_id, &wrapped.blob).await?;
    Ok(id)
}

/// Loads the system data key, creating it on the very first start (two instances starting at
/// once agree on one: the first to record it wins).
pub(crate) async fn load_system_key(db: &Db, ring: &KeyRing, legacy: bool) -> Result<DataKey> {
    for _ in 0..2 {
        if let Some(id) = settings::get(db.pool(), SYSTEM_KEY).await? {
            let id: i64 = id
                .parse()
                .map_err(|_| AppError::Internal("system key id".into()))?;
            let row = keys::get(db.pool(), id)
                .await?
                .ok_or_else(|| AppError::Internal("system key missing".into()))?;
            return unwrap_row(ring, &row, legacy)?
                .ok_or_else(|| AppError::Internal("system key shredded".into()));
        }
        let key = DataKey::generate();
        let mut tx = db.begin().await?;
        let id = insert_key(&mut tx, ring, &key).await?;
        if settings::insert_if_absent(&mut *tx, SYSTEM_KEY, &id.to_string()).await? {
            tx.commit().await?;
            return Ok(key);
        }
        tx.rollback().await?;
    }
    Err(AppError::Internal(
        "could not establish the system key".into(),
    ))
}

impl App {
    /// The installation's own data key (not for case data).
    pub fn system_key(&self) -> &DataKey {
        &self.system
    }

    /// The key of the audit chain, derived from the system data key: `naast key rotate`
    /// re-wraps that key and never changes it, so rotation never breaks verification.
    pub(crate) fn audit_key(&self) -> DataKey {
        self.system.derive("audit-chain")
    }

    /// A keyed index for exact-match look-ups of sealed values (`domain` separates uses).
    pub fn blind_index(&self, domain: &str, value: &str) -> String {
        self.system.blind_index(domain, value)
    }

    /// A new data key for a case, stored wrapped inside the caller's transaction.
    pub async fn new_data_key(&self, tx: &mut Tx) -> Result<(i64, DataKey)> {
        let key = DataKey::generate();
        let id = insert_key(tx, &self.keys, &key).await?;
        Ok((id, key))
    }

    /// A case's data key, or `None` when it was shredded.
    pub async fn data_key(&self, id: i64) -> Result<Option<DataKey>> {
        let row = keys::get(self.db.pool(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        unwrap_row(&self.keys, &row, self.legacy_aad())
    }

    /// Destroys a case's data key, and with it every field sealed under it.
    pub async fn shred_data_key(&self, tx: &mut Tx, id: i64) -> Result<()> {
        keys::shred(&mut **tx, id).await?;
        Ok(())
    }

    /// Rewraps every data key still under an older master key with the current one
    /// (`naast key rotate`); returns how many were rewrapped.
    pub async fn rotate_keys(&self) -> Result<usize> {
        let stale = keys::not_under(self.db.pool(), self.keys.current_id()).await?;
        let mut n = 0;
        for row in stale {
            let Some(key) = unwrap_row(&self.keys, &row, self.legacy_aad())? else {
                continue;
            };
            let re = self.keys.wrap(&key, &key_aad(row.id));
            keys::rewrap(self.db.pool(), row.id, &re.kek_id, &re.blob).await?;
            n += 1;
        }
        naast_store::audit::record(
            &self.db,
            &self.audit_key(),
            &naast_store::audit::Event {
                actor: naast_store::audit::Actor::Cli,
                action: "keys.rotate",
                object_kind: "master_key",
                object_id: self.keys.current_id(),
            },
        )
        .await?;
        Ok(n)
    }
}
