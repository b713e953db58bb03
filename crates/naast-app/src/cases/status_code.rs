//! The citizen's short way back: the kwestie's reference and a six-digit code open the status
//! page at `/{slug}/status`, besides the long link. The code is made at a web intake (shown on
//! the first page and in the first e-mail), at the first slip or e-mailed link of a phone
//! intake, and anew by the confidant (the old one then stops working).
//!
//! The code is stored as a keyed hash (the system key's blind index, bound to the reference)
//! and, for showing it again on the slip, sealed with the case key. Wrong codes are counted per
//! reference in the `throttle` table (under a keyed hash of the reference, so every instance
//! sees the same count): after [`TRIES`] in an hour the reference is locked for
//! [`LOCK_SECONDS`]. An
//! unknown reference is answered, counted and locked exactly like a known one with a wrong
//! code, so that nobody can find out which references exist. Erasure and retention remove the
//! code and the count.

use super::Loaded;
use crate::{App, Principal, Result};
use naast_core::Lang;
use naast_core::case::status_code::{LOCK_SECONDS, TRIES};
use naast_core::case::{code_from, group_code, normalise_code, normalise_reference};
use naast_crypto as crypto;
use naast_store::{Tx, now, status_codes, tenants, throttle};

/// What a citizen's reference and code opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeCheck {
    /// The status page: its absolute link.
    Open(String),
    /// The reference is unknown or the code is wrong (one answer for both).
    NoMatch,
    /// Too many wrong codes for this reference: try again after this many seconds.
    Locked(u64),
    /// What was typed is not a reference or not six digits (nothing was counted).
    Unreadable { reference: bool, code: bool },
}

/// The ways back a first e-mail or a slip names: the link, and the reference with the code.
pub(crate) struct Way<'a> {
    pub tenant: &'a str,
    pub slug: &'a str,
    pub reference: &'a str,
    /// Grouped `123 456`; empty: no code to tell.
    pub code: &'a str,
    pub url: &'a str,
    pub public_url: &'a str,
}

/// The lines of an e-mail that tell the short way back (empty without a code).
pub(crate) fn code_lines(lang: &str, w: &Way) -> String {
    if w.code.is_empty() {
        return String::new();
    }
    let (page, reference, code) = (
        format!("{}/{}/status", w.public_url, w.slug),
        w.reference,
        w.code,
    );
    if lang == "nl" {
        format!(
            "Geen link bij de hand? Ga naar {page} en vul daar in:\nKenmerk: {reference}\nCode: {code}\n\n"
        )
    } else {
        format!(
            "No link at hand? Go to {page} and fill in:\nReference: {reference}\nCode: {code}\n\n"
        )
    }
}

/// The place a kwestie's code is sealed for (table, field, tenant and kwestie).
fn status_code_aad(tenant_id: i64, reference: &str) -> Vec<u8> {
    format!("naast:status_codes.sealed_code:tenant={tenant_id}:case={reference}").into_bytes()
}

impl App {
    /// The keyed hash a kwestie's code is kept under: bound to the reference, so one code's
    /// hash says nothing about another kwestie's.
    fn code_hash(&self, reference: &str, code: &str) -> String {
        self.blind_index("status-code", &format!("{reference}:{code}"))
    }

    /// The `throttle` key counting wrong codes for a reference (known or not).
    fn code_lock_key(&self, reference: &str) -> String {
        self.blind_index("throttle", &format!("status:{reference}"))
    }

    /// Gives the kwestie a new code in `tx` (the old one stops working); returns it.
    pub(crate) async fn new_status_code(&self, tx: &mut Tx, c: &Loaded) -> Result<String> {
        let code = code_from(crypto::random_bytes::<4>());
        let key = c
            .key
            .as_ref()
            .ok_or(crate::AppError::Conflict(naast_core::Msg::CaseClosed))?;
        let sealed = key.seal(
            &status_code_aad(c.row.tenant_id, &c.row.reference),
            code.as_bytes(),
        );
        let hash = self.code_hash(&c.row.reference, &code);
        status_codes::set(&mut **tx, c.row.id, &hash, &sealed).await?;
        Ok(code)
    }

    /// The kwestie's code as kept (sealed), grouped `123 456`; empty when it has none.
    pub(crate) async fn kept_status_code(&self, c: &Loaded) -> Result<String> {
        let Some(row) = status_codes::of_case(self.db.pool(), c.row.id).await? else {
            return Ok(String::new());
        };
        Ok(match (&c.key, &row.sealed_code) {
            (Some(k), Some(s)) => k
                .open_str(&status_code_aad(c.row.tenant_id, &c.row.reference), s)
                .map(|code| group_code(&code))
                .unwrap_or_default(),
            _ => String::new(),
        })
    }

    /// The kept code, or a new one when there is none (first slip or e-mail of a phone
    /// intake), grouped `123 456`.
    pub(crate) async fn kept_or_new_status_code(&self, tx: &mut Tx, c: &Loaded) -> Result<String> {
        let kept = self.kept_status_code(c).await?;
        if !kept.is_empty() {
            return Ok(kept);
        }
        Ok(group_code(&self.new_status_code(tx, c).await?))
    }

    /// The confidant gives the citizen a new code (told on the phone, or on a new slip); the
    /// old one stops working. Audited. Returns the code, grouped `123 456`, and the page it is
    /// typed on (`…/{slug}/status`).
    pub async fn reissue_status_code(
        &self,
        who: &Principal,
        reference: &str,
    ) -> Result<(String, String)> {
        let c = self.load_case(who, reference).await?;
        let slug = tenants::by_id(self.db.pool(), c.row.tenant_id)
            .await?
            .map(|t| t.slug)
            .unwrap_or_default();
        let mut tx = self.db.begin().await?;
        let code = self.new_status_code(&mut tx, &c).await?;
        // A citizen locked out by wrong tries may use the new code at once.
        throttle::clear(&mut *tx, &self.code_lock_key(&c.row.reference)).await?;
        self.audit_in(
            &mut tx,
            who,
            "case.status_code_new",
            "case",
            &c.row.id.to_string(),
        )
        .await?;
        tx.commit().await?;
        let page = format!("{}/{slug}/status", self.settings.public_url);
        Ok((group_code(&code), page))
    }

    /// The confidant shows the kwestie's current code once more, from its sealed copy, to read
    /// it out on the phone (a phone intake): nothing changes, the code printed on the slip keeps
    /// working. Audited (`case.status_code_shown`). Returns the code, grouped `123 456` (empty
    /// when the kwestie has no code kept), and the page it is typed on.
    pub async fn show_status_code(
        &self,
        who: &Principal,
        reference: &str,
    ) -> Result<(String, String)> {
        let c = self.load_case(who, reference).await?;
        let slug = tenants::by_id(self.db.pool(), c.row.tenant_id)
            .await?
            .map(|t| t.slug)
            .unwrap_or_default();
        let code = self.kept_status_code(&c).await?;
        if !code.is_empty() {
            self.audit(who, "case.status_code_shown", "case", &c.row.id.to_string())
                .await?;
        }
        let page = format!("{}/{slug}/status", self.settings.public_url);
        Ok((code, page))
    }

    /// A citizen's reference and code, typed on `/{slug}/status`. The code is compared in
    /// constant time against the stored keyed hash, or against a hash that matches nothing
    /// when the reference is unknown, so both take the same work and give the same answer.
    pub async fn open_by_code(&self, slug: &str, reference: &str, code: &str) -> Result<CodeCheck> {
        let (reference, code) = match (normalise_reference(reference), normalise_code(code)) {
            (Some(r), Some(c)) => (r, c),
            (r, c) => {
                return Ok(CodeCheck::Unreadable {
                    reference: r.is_none(),
                    code: c.is_none(),
                });
            }
        };
        let t = tenants::by_slug(self.db.pool(), slug)
            .await?
            .ok_or(crate::AppError::NotFound)?;
        // Every try is counted before the code is compared, in one atomic update, and refused
        // unread once the count passed the limit: requests sent in parallel cannot compare
        // more than `TRIES` codes in a window. The block starts at the try after the fifth
        // wrong one; a right code clears the count.
        let lock = self.code_lock_key(&reference);
        let t0 = now();
        if throttle::blocked_for(self.db.pool(), &lock, t0).await? > 0 {
            return self.locked(&lock).await;
        }
        throttle::fail(
            self.db.pool(),
            &lock,
            t0,
            LOCK_SECONDS,
            TRIES + 1,
            LOCK_SECONDS,
        )
        .await?;
        if throttle::blocked_for(self.db.pool(), &lock, t0).await? > 0 {
            return self.locked(&lock).await;
        }
        let row = naast_store::cases::by_reference(self.db.pool(), &reference)
            .await?
            .filter(|r| r.tenant_id == t.id);
        // The same query for an unknown reference (no kwestie has id 0).
        let stored = status_codes::of_case(self.db.pool(), row.as_ref().map_or(0, |r| r.id))
            .await?
            .map(|c| c.code_hash);
        let given = self.code_hash(&reference, &code);
        if !code_matches(stored.as_deref(), &given) {
            return Ok(CodeCheck::NoMatch);
        }
        let c = self.load_any_case(&reference).await?;
        let mut tx = self.db.begin().await?;
        throttle::clear(&mut *tx, &lock).await?;
        let link = self.hand_out_link(&mut tx, &c).await?;
        self.audit_in(
            &mut tx,
            &Principal::citizen(c.row.tenant_id, Lang::Nl),
            "case.status_code_used",
            "case",
            &c.row.id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(CodeCheck::Open(link.url))
    }

    /// The answer for a locked reference: how long it stays locked.
    async fn locked(&self, lock: &str) -> Result<CodeCheck> {
        let wait = throttle::blocked_for(self.db.pool(), lock, now()).await?;
        Ok(CodeCheck::Locked(wait.max(1) as u64))
    }

    /// Removes a kwestie's code and the count of wrong tries kept for its reference (erasure,
    /// retention): the reference then opens nothing and leaves no trace.
    pub(crate) async fn forget_status_code(
        &self,
        tx: &mut Tx,
        case_id: i64,
        reference: &str,
    ) -> Result<()> {
        status_codes::delete_of_case(&mut **tx, case_id).await?;
        throttle::clear(&mut **tx, &self.code_lock_key(reference)).await?;
        Ok(())
    }
}

/// Whether the code's hash is the stored one. Without a stored hash (unknown reference, no
/// code) a hash of the same length that no code has is compared instead, so the work done
/// does not tell the two apart; the comparison itself takes the same time wherever the two
/// differ (`constant_time_eq`).
fn code_matches(stored: Option<&str>, given: &str) -> bool {
    const NONE: &str = "----------------------------------------------------------------";
    let (expected, known) = match stored {
        Some(s) => (s, true),
        None => (NONE, false),
    };
    let same = crypto::constant_time_eq(expected.as_bytes(), given.as_bytes());
    same && known && !expected.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_stored_hash_matches_and_nothing_matches_without_one() {
        let h = "a".repeat(64);
        assert!(code_matches(Some(&h), &h));
        assert!(!code_matches(Some(&h), &"b".repeat(64)));
        let mut last = h.clone();
        last.replace_range(63.., "b");
        assert!(!code_matches(Some(&h), &last));
        assert!(!code_matches(None, &h));
        assert!(!code_matches(
            None,
            "----------------------------------------------------------------"
        ));
        assert!(
            !code_matches(Some(""), ""),
            "an empty stored hash matches nothing"
        );
    }
}
