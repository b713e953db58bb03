//! The append-only, hash-chained audit log: who signed in, who read or changed which case,
//! exports and publications. Each entry holds ids only (never names or free text) and the hash
//! of the previous entry, so removing or altering any entry breaks the chain at that point.
//! The table refuses UPDATE and DELETE by trigger; [`verify`] proves the rest.

use crate::row::{i, oi, s};
use crate::{Db, Result, Tx};

/// Who did it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// A signed-in user (browser session).
    User(i64),
    /// A user through an API token.
    Token(i64),
    /// The command line on the server.
    Cli,
    /// Naast itself (jobs, start-up).
    System,
    /// A citizen through the public form, the public API or their status link.
    Citizen,
    /// A provider answering a signal through its link.
    Provider,
}

impl Actor {
    fn parts(self) -> (Option<i64>, &'static str) {
        match self {
            Actor::User(id) => (Some(id), "user"),
            Actor::Token(id) => (Some(id), "token"),
            Actor::Cli => (None, "cli"),
            Actor::System => (None, "system"),
            Actor::Citizen => (None, "citizen"),
            Actor::Provider => (None, "provider"),
        }
    }
}

/// One thing that happened: an action (`user.sign_in`, `case.read`, `tenant.update`) on an
/// object (`case`, `42`).
#[derive(Debug, Clone)]
pub struct Event<'a> {
    pub actor: Actor,
    pub action: &'a str,
    pub object_kind: &'a str,
    pub object_id: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub seq: i64,
    pub at: i64,
    pub actor_user_id: Option<i64>,
    pub actor: String,
    pub action: String,
    pub object_kind: String,
    pub object_id: String,
    pub prev_hash: String,
    pub hash: String,
}

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hash of an entry: SHA-256 over its fields (length-prefixed, so no two entries share a
/// canonical form), the previous hash included.
fn entry_hash(e: &Entry) -> String {
    let user = e.actor_user_id.map(|u| u.to_string()).unwrap_or_default();
    let mut canon = String::new();
    for field in [
        &e.prev_hash,
        &e.seq.to_string(),
        &e.at.to_string(),
        &user,
        &e.actor,
        &e.action,
        &e.object_kind,
        &e.object_id,
    ] {
        canon.push_str(&field.len().to_string());
        canon.push(':');
        canon.push_str(field);
        canon.push(';');
    }
    naast_crypto::hash_token(&canon)
}

/// Appends one event inside the caller's write transaction, so the event and the change it
/// records commit together or not at all.
pub async fn append(db: &Db, tx: &mut Tx, e: &Event<'_>) -> Result<i64> {
    if let Some(lock) = db.backend().lock_audit() {
        sqlx::query(lock).execute(&mut **tx).await?;
    }
    let last = sqlx::query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        .fetch_optional(&mut **tx)
        .await?;
    let (seq, prev) = match last {
        Some(r) => (i(&r, "seq")? + 1, s(&r, "hash")?),
        None => (1, GENESIS.to_string()),
    };
    let (user, actor) = e.actor.parts();
    let mut entry = Entry {
        seq,
        at: crate::now(),
        actor_user_id: user,
        actor: actor.to_string(),
        action: e.action.to_string(),
        object_kind: e.object_kind.to_string(),
        object_id: e.object_id.to_string(),
        prev_hash: prev,
        hash: String::new(),
    };
    entry.hash = entry_hash(&entry);
    sqlx::query(
        "INSERT INTO audit_log (seq, at, actor_user_id, actor, action, object_kind, object_id, prev_hash, hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(entry.seq)
    .bind(entry.at)
    .bind(entry.actor_user_id)
    .bind(&entry.actor)
    .bind(&entry.action)
    .bind(&entry.object_kind)
    .bind(&entry.object_id)
    .bind(&entry.prev_hash)
    .bind(&entry.hash)
    .execute(&mut **tx)
    .await?;
    Ok(seq)
}

/// Appends one event in a transaction of its own (reads, sign-ins).
pub async fn record(db: &Db, e: &Event<'_>) -> Result<i64> {
    let mut tx = db.begin().await?;
    let seq = append(db, &mut tx, e).await?;
    tx.commit().await?;
    Ok(seq)
}

fn map(r: &sqlx::any::AnyRow) -> Result<Entry> {
    Ok(Entry {
        seq: i(r, "seq")?,
        at: i(r, "at")?,
        actor_user_id: oi(r, "actor_user_id")?,
        actor: s(r, "actor")?,
        action: s(r, "action")?,
        object_kind: s(r, "object_kind")?,
        object_id: s(r, "object_id")?,
        prev_hash: s(r, "prev_hash")?,
        hash: s(r, "hash")?,
    })
}

/// The newest entries first, for the audit page.
pub async fn recent(db: &Db, limit: i64) -> Result<Vec<Entry>> {
    let rows = sqlx::query(
        "SELECT seq, at, actor_user_id, actor, action, object_kind, object_id, prev_hash, hash \
         FROM audit_log ORDER BY seq DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(map).collect()
}

/// What [`verify`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Ok { entries: i64 },
    Broken { seq: i64, reason: &'static str },
}

/// Walks the whole chain in order and names the first entry whose hash, link or sequence is wrong.
pub async fn verify(db: &Db) -> Result<Verdict> {
    let mut prev = GENESIS.to_string();
    let mut expected_seq = 1;
    let mut after = 0i64;
    loop {
        let rows = sqlx::query(
            "SELECT seq, at, actor_user_id, actor, action, object_kind, object_id, prev_hash, hash \
             FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT 1000",
        )
        .bind(after)
        .fetch_all(db.pool())
        .await?;
        if rows.is_empty() {
            return Ok(Verdict::Ok {
                entries: expected_seq - 1,
            });
        }
        for r in &rows {
            let e = map(r)?;
            if e.seq != expected_seq {
                return Ok(Verdict::Broken {
                    seq: expected_seq,
                    reason: "entry missing",
                });
            }
            if e.prev_hash != prev {
                return Ok(Verdict::Broken {
                    seq: e.seq,
                    reason: "link to the previous entry broken",
                });
            }
            let h = entry_hash(&e);
            if h != e.hash {
                return Ok(Verdict::Broken {
                    seq: e.seq,
                    reason: "content altered",
                });
            }
            prev = e.hash;
            expected_seq += 1;
            after = e.seq;
        }
    }
}
