//! Searching kwesties as people search: part of a name, any case, with or without accents; part
//! of an e-mail address; a phone number in any notation or a part of it; a fragment of the
//! reference; words of the subject (until one is set: of the story's first lines).
//!
//! The design (see `docs/SECURITY.md`, "Search"): nothing is written to the database for
//! search. Each instance keeps, per tenant and in RAM only, the normalised search strings of the
//! kwesties and citizens (decrypted with their own data keys), filled on the first search and
//! refreshed incrementally. Before every search a cheap per-tenant marker (count, highest id and
//! sum of versions of kwesties and persons) is compared; when it moved, the versions are read
//! and only the rows that changed are decrypted again, the rows that are gone dropped. So an
//! erasure (which counts the versions up) takes the citizen out of every instance's cache on
//! that instance's next search, and several instances over one database agree.

use super::{Sealed, aad, legacy_person_aad, person_aad, record_aad};
use crate::keys::unwrap_row_any;
use crate::{App, Result};
use naast_core::case::normalise_reference;
use naast_core::matching::{name_key, phone_key};
use naast_store::search::{self as store, Marker, SealedRow};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// At most this many kwesties (the newest) come out of one search; a search finding more is
/// too broad to read anyway, and the list asks for a narrower one.
pub(crate) const MAX_FOUND: usize = 2000;

/// How many of the story's characters stand in for a subject that was never set.
const STORY_AS_SUBJECT: usize = 80;

/// Changed rows are read this many at a time; an empty cache reads the whole tenant at once.
const CHUNK: usize = 1000;

/// The per-tenant search strings of one instance, in RAM only. The outer lock is held only to
/// find a tenant's slot; a slot's lock only to read the marker and, when it moved, to bring the
/// entries up to date. Matching runs on an immutable [`Snapshot`] after both are released, so
/// searches of several people run side by side.
#[derive(Clone, Default)]
pub(crate) struct Cache(Arc<std::sync::Mutex<HashMap<i64, Arc<Slot>>>>);

/// One tenant's place in the cache. Marker reads are shared like a group commit: a search
/// needs a read that *started after it arrived* (so it sees every change committed before
/// it), and searches waiting together share the next one instead of each reading again.
#[derive(Default)]
struct Slot {
    /// Marker reads started so far; a read's number is the count when it started.
    started: std::sync::atomic::AtomicU64,
    tenant: tokio::sync::Mutex<Tenant>,
}

#[derive(Default)]
struct Tenant {
    /// The marker the cache was filled at; `None` before the first fill.
    marker: Option<Marker>,
    cases: HashMap<i64, Arc<CaseEntry>>,
    persons: HashMap<i64, Arc<PersonEntry>>,
    /// What searches read: every kwestie with its citizen, newest first.
    snapshot: Arc<Snapshot>,
    /// The number of the last marker read that completed (and the snapshot is up to).
    checked: u64,
}

/// A tenant's kwesties as one search reads them, newest (highest id) first.
#[derive(Default)]
pub(crate) struct Snapshot {
    rows: Vec<Row>,
}

struct Row {
    id: i64,
    case: Arc<CaseEntry>,
    person: Option<Arc<PersonEntry>>,
}

impl Snapshot {
    fn get(&self, id: i64) -> Option<&Row> {
        self.rows
            .binary_search_by(|r| id.cmp(&r.id))
            .ok()
            .map(|at| &self.rows[at])
    }

    /// The citizen's name (empty: anonymous, or the data is gone) and the subject of a kwestie
    /// (the one set, else the story's first words), as the case list shows them.
    pub(crate) fn labels(&self, case_id: i64) -> Option<(&str, &str)> {
        self.get(case_id).map(|r| {
            (
                r.person.as_ref().map_or("", |p| p.name.as_str()),
                r.case.subject.as_str(),
            )
        })
    }
}

struct CaseEntry {
    version: i64,
    citizen_id: Option<i64>,
    reference: String,
    /// The reference's letters and digits only, lower case (`nstrzsc1234`).
    compact: String,
    /// Normalised reference, subject and the story's first words.
    text: String,
    /// The subject as shown: the one set, else the story's first words.
    subject: String,
}

struct PersonEntry {
    version: i64,
    /// Normalised name and e-mail address.
    text: String,
    /// The phone number's digits in national form (`0641526374`).
    phone: String,
    /// The name as shown.
    name: String,
}

/// A search as typed, normalised once.
#[derive(Debug, PartialEq, Eq)]
enum Query {
    /// Only digits and the signs of a phone notation, at least four digits: part of a phone
    /// number or of a reference.
    Digits { phone: String, digits: String },
    /// Words that must each occur in one of the fields; `reference` when the whole query reads
    /// as a complete reference.
    Words {
        words: Vec<String>,
        reference: Option<String>,
    },
}

impl Query {
    fn parse(q: &str) -> Query {
        let digits: String = q.chars().filter(char::is_ascii_digit).collect();
        let phone_like = q
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '+' | '(' | ')' | '.' | '/'));
        if phone_like && digits.len() >= 4 {
            return Query::Digits {
                phone: phone_key(q).unwrap_or_else(|| digits.clone()),
                digits,
            };
        }
        Query::Words {
            words: name_key(q)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(String::from)
                .collect(),
            reference: normalise_reference(q),
        }
    }

    fn matches(&self, c: &CaseEntry, p: Option<&PersonEntry>) -> bool {
        let phone = p.map_or("", |p| p.phone.as_str());
        match self {
            Query::Digits { phone: key, digits } => {
                (!phone.is_empty()
                    && (phone.contains(key.as_str()) || phone.contains(digits.as_str())))
                    || c.compact.contains(digits.as_str())
            }
            Query::Words { words, reference } => {
                if reference.as_deref() == Some(c.reference.as_str()) {
                    return true;
                }
                !words.is_empty()
                    && words.iter().all(|w| {
                        c.text.contains(w.as_str())
                            || c.compact.contains(w.as_str())
                            || p.is_some_and(|p| p.text.contains(w.as_str()))
                            || (w.bytes().all(|b| b.is_ascii_digit()) && phone.contains(w.as_str()))
                    })
            }
        }
    }
}

fn compact(reference: &str) -> String {
    reference
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .flat_map(char::to_lowercase)
        .collect()
}

impl App {
    /// The ids of the kwesties of these tenants that match `q`, newest first, at most
    /// [`MAX_FOUND`]. Reads personal data: the caller audits what it shows.
    pub(crate) async fn search_cases(&self, tenant_ids: &[i64], q: &str) -> Result<Vec<i64>> {
        let query = Query::parse(q);
        let mut found = Vec::new();
        for t in tenant_ids {
            let snap = self.search_snapshot(*t).await?;
            // Newest first: the first MAX_FOUND that match are the ones kept.
            found.extend(
                snap.rows
                    .iter()
                    .filter(|r| query.matches(&r.case, r.person.as_deref()))
                    .map(|r| r.id)
                    .take(MAX_FOUND),
            );
        }
        if tenant_ids.len() > 1 {
            found.sort_unstable_by(|a, b| b.cmp(a));
        }
        found.truncate(MAX_FOUND);
        Ok(found)
    }

    /// One tenant's kwesties as they are in the database now (its cache brought up to date
    /// first). Holds personal data: callers audit what they show of it.
    pub(crate) async fn search_snapshot(&self, t: i64) -> Result<Arc<Snapshot>> {
        let slot = {
            let mut all = self
                .search
                .0
                .lock()
                .map_err(|_| crate::AppError::Internal("search cache poisoned".into()))?;
            all.entry(t).or_default().clone()
        };
        use std::sync::atomic::Ordering::SeqCst;
        let arrived = slot.started.load(SeqCst);
        let mut tenant = slot.tenant.lock().await;
        // A read that started after this search arrived has completed while it waited: the
        // snapshot is as fresh as a read of its own would make it.
        if tenant.checked > arrived {
            return Ok(tenant.snapshot.clone());
        }
        let number = slot.started.fetch_add(1, SeqCst) + 1;
        let marker = store::marker(self.db.pool(), t).await?;
        if tenant.marker != Some(marker) {
            self.refresh(&mut tenant, t, marker).await?;
        }
        tenant.checked = number;
        Ok(tenant.snapshot.clone())
    }

    /// Brings one tenant's cache up to the marker just read: when only new rows explain the
    /// change, those alone are read; else the versions of all, and the changed rows.
    async fn refresh(&self, tenant: &mut Tenant, t: i64, marker: Marker) -> Result<()> {
        let pool = self.db.pool();
        for persons in [false, true] {
            let at = if persons { 3 } else { 0 };
            let [count, max_id, sum] = [marker.0[at], marker.0[at + 1], marker.0[at + 2]];
            let known_len = if persons {
                tenant.persons.len()
            } else {
                tenant.cases.len()
            };
            let mut rows = Vec::new();
            let only_new = match tenant.marker {
                Some(old) if known_len > 0 => {
                    // Versions only count up and rows only go by deletion: when the rows above
                    // the highest known id account for the whole growth of count and sum,
                    // nothing else changed.
                    let (old_count, old_max, old_sum) = (old.0[at], old.0[at + 1], old.0[at + 2]);
                    if (count, max_id, sum) == (old_count, old_max, old_sum) {
                        Some(Vec::new())
                    } else if max_id > old_max {
                        let new = store::versions_after(pool, t, persons, old_max).await?;
                        let added: i64 = new.iter().map(|(_, v)| v).sum();
                        (old_count + new.len() as i64 == count && old_sum + added == sum)
                            .then_some(new)
                    } else {
                        None
                    }
                }
                _ => None,
            };
            let changed: Vec<i64> = match only_new {
                Some(new) => new.into_iter().map(|(id, _)| id).collect(),
                None => {
                    let versions = store::versions(pool, t, persons).await?;
                    let present: HashSet<i64> = versions.iter().map(|(id, _)| *id).collect();
                    let changed = versions
                        .iter()
                        .filter(|(id, v)| {
                            let known = if persons {
                                tenant.persons.get(id).map(|e| e.version)
                            } else {
                                tenant.cases.get(id).map(|e| e.version)
                            };
                            known != Some(*v)
                        })
                        .map(|(id, _)| *id)
                        .collect();
                    if persons {
                        tenant.persons.retain(|id, _| present.contains(id));
                    } else {
                        tenant.cases.retain(|id, _| present.contains(id));
                    }
                    changed
                }
            };
            let empty = if persons {
                tenant.persons.is_empty()
            } else {
                tenant.cases.is_empty()
            };
            if empty && changed.len() > CHUNK {
                rows = store::sealed(pool, t, persons, None).await?;
            } else {
                for chunk in changed.chunks(CHUNK) {
                    rows.extend(store::sealed(pool, t, persons, Some(chunk)).await?);
                }
            }
            for r in rows {
                if persons {
                    tenant
                        .persons
                        .insert(r.id, Arc::new(self.person_entry(t, &r)));
                } else {
                    tenant.cases.insert(r.id, Arc::new(self.case_entry(t, &r)));
                }
            }
        }
        let mut rows: Vec<Row> = tenant
            .cases
            .iter()
            .map(|(id, c)| Row {
                id: *id,
                case: c.clone(),
                person: c.citizen_id.and_then(|p| tenant.persons.get(&p).cloned()),
            })
            .collect();
        rows.sort_unstable_by_key(|r| std::cmp::Reverse(r.id));
        tenant.snapshot = Arc::new(Snapshot { rows });
        tenant.marker = Some(marker);
        Ok(())
    }

    /// Opens a sealed row with its own key; `None` when the key was shredded or it does not open.
    fn open_row(&self, r: &SealedRow, bound: &[u8], legacy_bound: &[u8]) -> Option<Vec<u8>> {
        let legacy = self.legacy_aad();
        let (key, _) = unwrap_row_any(&self.keys, &r.key, legacy).ok().flatten()?;
        let blob = r.sealed.as_ref()?;
        match key.open(bound, blob) {
            Ok(plain) => Some(plain),
            Err(_) if legacy => key.open(legacy_bound, blob).ok(),
            Err(_) => {
                tracing::warn!(row = r.id, "search: a sealed row did not open");
                None
            }
        }
    }

    fn case_entry(&self, t: i64, r: &SealedRow) -> CaseEntry {
        let s: Sealed = self
            .open_row(r, &record_aad(t, &r.name), &aad(&r.name))
            .and_then(|json| serde_json::from_slice(&json).ok())
            .unwrap_or_default();
        let story: String = s.story.chars().take(STORY_AS_SUBJECT).collect();
        CaseEntry {
            subject: super::work::short_subject(&s.subject, &s.story),
            version: r.version,
            citizen_id: r.citizen_id,
            compact: compact(&r.name),
            text: format!(
                "{}\n{}\n{}",
                name_key(&r.name),
                name_key(&s.subject),
                name_key(&story)
            ),
            reference: r.name.clone(),
        }
    }

    fn person_entry(&self, t: i64, r: &SealedRow) -> PersonEntry {
        let p: super::SealedPerson = self
            .open_row(r, &person_aad(t, &r.name), &legacy_person_aad(&r.name))
            .and_then(|json| serde_json::from_slice(&json).ok())
            .unwrap_or_default();
        let email = p.email.trim().to_lowercase();
        PersonEntry {
            version: r.version,
            text: format!("{}\n{}\n{}", name_key(&p.name), email, name_key(&email)),
            phone: phone_key(&p.phone)
                .unwrap_or_else(|| p.phone.chars().filter(char::is_ascii_digit).collect()),
            name: p.name.trim().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(reference: &str, subject: &str) -> CaseEntry {
        CaseEntry {
            version: 1,
            citizen_id: Some(1),
            reference: reference.into(),
            compact: compact(reference),
            text: format!("{}\n{}", name_key(reference), name_key(subject)),
            subject: subject.into(),
        }
    }

    fn henk() -> PersonEntry {
        let email = "henk.deboer@voorbeeld.nl";
        PersonEntry {
            version: 1,
            text: format!(
                "{}\n{}\n{}",
                name_key("Henk de Boer"),
                email,
                name_key(email)
            ),
            phone: phone_key("06-41 52 63 74").unwrap_or_default(),
            name: "Henk de Boer".into(),
        }
    }

    #[test]
    fn finds_as_people_type() {
        let c = case("NST-RZSC-7K2M", "Bijstand teruggevorderd");
        let p = henk();
        for q in [
            "de Boer",
            "henk",
            "DE BOER",
            "Bóer",
            "henk boer",
            "06-41 52 63 74",
            "0641526374",
            "+31 6 41526374",
            "0031 6 4152 6374",
            "41526374",
            "RZSC",
            "nst-rzsc",
            "rzsc7k",
            "NST-RZSC-7K2M",
            "nstrzsc7k2m",
            "deboer@voorbeeld",
            "henk.deboer@voorbeeld.nl",
            "bijstand",
            "teruggevorderd henk",
        ] {
            assert!(Query::parse(q).matches(&c, Some(&p)), "{q}");
        }
        for q in ["jansen", "henk jansen", "0612345678", "9999", "", "   "] {
            assert!(!Query::parse(q).matches(&c, Some(&p)), "{q}");
        }
    }

    #[test]
    fn a_kwestie_without_citizen_is_found_by_its_own_fields_only() {
        let c = case("NST-RZSC-7K2M", "Parkeervergunning");
        assert!(Query::parse("parkeer").matches(&c, None));
        assert!(!Query::parse("henk").matches(&c, None));
        assert!(!Query::parse("41526374").matches(&c, None));
    }
}

#[cfg(test)]
mod timing {
    use super::*;

    #[test]
    #[ignore = "a measurement: cargo test --release -p naast-app --lib timing -- --ignored --nocapture"]
    fn matching_100k() {
        let mut rows = Vec::new();
        for i in (0..100_000i64).rev() {
            let reference = format!("NST-{:04}-{:04}", i % 9999, i % 7777);
            let case = CaseEntry {
                version: 1,
                citizen_id: Some(i),
                compact: compact(&reference),
                text: format!(
                    "{}\n\n{}",
                    name_key(&reference),
                    name_key(
                        "Bijstand teruggevorderd. De inwoner vertelt wat er gebeurde en wat hij wil."
                    )
                ),
                reference,
                subject: "Bijstand teruggevorderd".into(),
            };
            let email = format!("henk.jansen{i}@voorbeeld.nl");
            let person = PersonEntry {
                version: 1,
                text: format!(
                    "{}\n{}\n{}",
                    name_key("Henk Jansen"),
                    email,
                    name_key(&email)
                ),
                phone: format!("06{:08}", i * 7919 % 100_000_000),
                name: "Henk Jansen".into(),
            };
            rows.push(Row {
                id: i,
                case: Arc::new(case),
                person: Some(Arc::new(person)),
            });
        }
        for q in ["de boer", "henk", "0641526374", "rzsc", "xyzzy"] {
            let query = Query::parse(q);
            let t = std::time::Instant::now();
            let n = rows
                .iter()
                .filter(|r| query.matches(&r.case, r.person.as_deref()))
                .take(MAX_FOUND)
                .count();
            println!("{q}: {n} in {:?}", t.elapsed());
        }
    }
}
