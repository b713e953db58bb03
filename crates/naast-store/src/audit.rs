//! The append-only, hash-chained audit log: who signed in, who read or changed which case,
//! exports and publications. Each entry holds ids only (never names or free text) and the hash
//! of the previous entry, so removing or altering any entry breaks the chain at that point.
//! The table refuses UPDATE and DELETE by trigger (and TRUNCATE on PostgreSQL); [`verify`]
//! proves the rest.
//!
//! Since migration 17 entries are chained with HMAC-SHA256 under a key the caller derives from
//! the installation's system data key (`hash_alg = 'hmac-sha256'`), so that whoever owns the
//! database but not the master key cannot rewrite the chain and compute it anew. Entries from
//! before keep their SHA-256 links (`hash_alg = 'sha256'`); the first keyed entry links to the
//! last of them, and an anchor naming it is kept sealed under that key in `settings`, so that
//! relabelling keyed entries as unkeyed ones is noticed too. Cutting entries off the end is
//! noticed only against a head kept elsewhere (`naast audit verify --expect N:H`).

use crate::row::{i, oi, s};
use crate::{Db, Result, Tx};
use naast_crypto::DataKey;

/// The hash of an entry from before the keyed chain.
pub const ALG_SHA256: &str = "sha256";
/// The keyed hash of every entry since migration 17.
pub const ALG_HMAC: &str = "hmac-sha256";
/// The settings key of the sealed anchor (`pending` until the first keyed entry).
const ANCHOR: &str = "audit.anchor";
const ANCHOR_AAD: &[u8] = b"naast:settings.audit.anchor";

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
    /// [`ALG_SHA256`] or [`ALG_HMAC`].
    pub hash_alg: String,
}

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hash of an entry: SHA-256 (before the keyed chain) or HMAC-SHA256 under the chain key
/// over its fields (length-prefixed, so no two entries share a canonical form), the previous
/// hash included. `None` for an algorithm this program does not know.
fn entry_hash(e: &Entry, key: &DataKey) -> Option<String> {
    let canon = canonical(e);
    match e.hash_alg.as_str() {
        ALG_SHA256 => Some(naast_crypto::hash_token(&canon)),
        ALG_HMAC => Some(key.mac_hex(canon.as_bytes())),
        _ => None,
    }
}

fn canonical(e: &Entry) -> String {
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
    canon
}

/// Appends one event inside the caller's write transaction, so the event and the change it
/// records commit together or not at all. `key` is the chain key.
pub async fn append(db: &Db, tx: &mut Tx, key: &DataKey, e: &Event<'_>) -> Result<i64> {
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
    let first_keyed = crate::settings::get(&mut **tx, ANCHOR)
        .await?
        .is_some_and(|v| v == "pending");
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
        hash_alg: ALG_HMAC.to_string(),
    };
    entry.hash = entry_hash(&entry, key).unwrap_or_default();
    if first_keyed {
        // The first keyed entry: the anchor says where the keyed chain begins.
        let anchor = key.seal(
            ANCHOR_AAD,
            format!("{}:{}", entry.seq, entry.hash).as_bytes(),
        );
        crate::settings::set(&mut **tx, ANCHOR, &naast_crypto::to_hex(&anchor)).await?;
    }
    sqlx::query(
        "INSERT INTO audit_log (seq, at, actor_user_id, actor, action, object_kind, object_id, prev_hash, hash, hash_alg) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
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
    .bind(&entry.hash_alg)
    .execute(&mut **tx)
    .await?;
    Ok(seq)
}

/// Appends one event in a transaction of its own (reads, sign-ins).
pub async fn record(db: &Db, key: &DataKey, e: &Event<'_>) -> Result<i64> {
    let mut tx = db.begin().await?;
    let seq = append(db, &mut tx, key, e).await?;
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
        hash_alg: s(r, "hash_alg")?,
    })
}

const ENTRY_COLS: &str =
    "seq, at, actor_user_id, actor, action, object_kind, object_id, prev_hash, hash, hash_alg";

/// The newest entries first, for the audit page.
pub async fn recent(db: &Db, limit: i64) -> Result<Vec<Entry>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {ENTRY_COLS} FROM audit_log ORDER BY seq DESC LIMIT $1"
    )))
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(map).collect()
}

/// What [`verify`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The chain holds: `entries` entries, the last with hash `head` (empty for none).
    Ok {
        entries: i64,
        head: String,
    },
    Broken {
        seq: i64,
        reason: &'static str,
    },
}

/// Walks the whole chain in order and names the first entry whose hash, link or sequence is
/// wrong; checks that the keyed chain begins where its sealed anchor says and is never
/// followed by unkeyed entries. `key` is the chain key.
pub async fn verify(db: &Db, key: &DataKey) -> Result<Verdict> {
    let anchor = match crate::settings::get(db.pool(), ANCHOR).await? {
        None => None,
        Some(v) if v == "pending" => Some(None),
        Some(v) => {
            let opened = naast_crypto::from_hex(&v)
                .and_then(|b| key.open(ANCHOR_AAD, &b).ok())
                .and_then(|b| String::from_utf8(b).ok())
                .and_then(|t| {
                    let (seq, hash) = t.split_once(':')?;
                    Some((seq.parse::<i64>().ok()?, hash.to_string()))
                });
            match opened {
                Some(a) => Some(Some(a)),
                None => {
                    return Ok(Verdict::Broken {
                        seq: 0,
                        reason: "the keyed chain's anchor does not open with this installation's key",
                    });
                }
            }
        }
    };
    let mut prev = GENESIS.to_string();
    let mut expected_seq = 1;
    let mut after = 0i64;
    let mut first_keyed: Option<(i64, String)> = None;
    loop {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {ENTRY_COLS} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT 1000"
        )))
        .bind(after)
        .fetch_all(db.pool())
        .await?;
        if rows.is_empty() {
            break;
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
            if e.hash_alg == ALG_SHA256 && first_keyed.is_some() {
                return Ok(Verdict::Broken {
                    seq: e.seq,
                    reason: "an unkeyed entry after the keyed chain began",
                });
            }
            if entry_hash(&e, key).as_deref() != Some(e.hash.as_str()) {
                return Ok(Verdict::Broken {
                    seq: e.seq,
                    reason: "content altered, or hashed without the installation's key",
                });
            }
            if e.hash_alg == ALG_HMAC && first_keyed.is_none() {
                first_keyed = Some((e.seq, e.hash.clone()));
            }
            prev = e.hash;
            expected_seq += 1;
            after = e.seq;
        }
    }
    let broken = |seq, reason| Ok(Verdict::Broken { seq, reason });
    match (anchor, &first_keyed) {
        // Databases from before migration 17 without the anchor row cannot occur: the migration
        // writes it. Its absence means someone removed it.
        (None, _) => return broken(0, "the keyed chain's anchor is missing"),
        (Some(None), Some((seq, _))) => {
            return broken(*seq, "a keyed entry without its anchor");
        }
        (Some(Some((seq, _))), None) => {
            return broken(seq, "the keyed chain's first entry is gone");
        }
        (Some(Some((seq, hash))), Some((first, first_hash))) => {
            if seq != *first || hash != *first_hash {
                return broken(
                    *first,
                    "the keyed chain does not begin where its anchor says",
                );
            }
        }
        (Some(None), None) => {}
    }
    Ok(Verdict::Ok {
        entries: expected_seq - 1,
        head: if expected_seq > 1 {
            prev
        } else {
            String::new()
        },
    })
}

/// The number of entries and the newest entry's hash (`(0, "")` for none): the head to keep
/// elsewhere.
pub async fn head(db: &Db) -> Result<(i64, String)> {
    let r = sqlx::query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        .fetch_optional(db.pool())
        .await?;
    Ok(match r {
        Some(r) => (i(&r, "seq")?, s(&r, "hash")?),
        None => (0, String::new()),
    })
}

/// The hash of entry `seq`, if it exists (checking a head kept elsewhere).
pub async fn hash_of(db: &Db, seq: i64) -> Result<Option<String>> {
    let r = sqlx::query("SELECT hash FROM audit_log WHERE seq = $1")
        .bind(seq)
        .fetch_optional(db.pool())
        .await?;
    r.map(|r| Ok(s(&r, "hash")?)).transpose()
}

/// What the audit page filters on; `None` is "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Object kind and id (`case`, `42`).
    pub object: Option<(String, String)>,
    /// The user who acted (session or token).
    pub actor_user_id: Option<i64>,
    pub action: Option<String>,
    /// From this moment on (unix seconds, inclusive).
    pub from: Option<i64>,
    /// Before this moment (unix seconds, exclusive).
    pub before: Option<i64>,
}

enum Bind {
    I(i64),
    S(String),
}

/// One page of entries matching `f`, newest first, and how many match in all.
pub async fn search(db: &Db, f: &Filter, limit: i64, offset: i64) -> Result<(Vec<Entry>, i64)> {
    let mut cond: Vec<String> = Vec::new();
    let mut binds: Vec<Bind> = Vec::new();
    let mut push = |sql: &str, b: Bind, binds: &mut Vec<Bind>| {
        binds.push(b);
        cond.push(sql.replace('?', &format!("${}", binds.len())));
    };
    if let Some((kind, id)) = &f.object {
        push("object_kind = ?", Bind::S(kind.clone()), &mut binds);
        push("object_id = ?", Bind::S(id.clone()), &mut binds);
    }
    if let Some(u) = f.actor_user_id {
        push("actor_user_id = ?", Bind::I(u), &mut binds);
    }
    if let Some(a) = &f.action {
        push("action = ?", Bind::S(a.clone()), &mut binds);
    }
    if let Some(t) = f.from {
        push("at >= ?", Bind::I(t), &mut binds);
    }
    if let Some(t) = f.before {
        push("at < ?", Bind::I(t), &mut binds);
    }
    let wher = if cond.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", cond.join(" AND "))
    };
    let n = binds.len();
    let list_sql = format!(
        "SELECT {ENTRY_COLS} FROM audit_log{wher} ORDER BY seq DESC LIMIT ${} OFFSET ${}",
        n + 1,
        n + 2
    );
    let count_sql = format!("SELECT COUNT(*) AS n FROM audit_log{wher}");
    let mut list = sqlx::query(sqlx::AssertSqlSafe(list_sql));
    let mut count = sqlx::query(sqlx::AssertSqlSafe(count_sql));
    for b in &binds {
        match b {
            Bind::I(v) => {
                list = list.bind(*v);
                count = count.bind(*v);
            }
            Bind::S(v) => {
                list = list.bind(v.clone());
                count = count.bind(v.clone());
            }
        }
    }
    let rows = list
        .bind(limit)
        .bind(offset.max(0))
        .fetch_all(db.pool())
        .await?;
    let total = i(&count.fetch_one(db.pool()).await?, "n")?;
    Ok((rows.iter().map(map).collect::<Result<_>>()?, total))
}
