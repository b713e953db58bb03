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

/// The per-tenant search strings of one instance, in RAM only.
#[derive(Clone, Default)]
pub(crate) struct Cache(Arc<tokio::sync::Mutex<HashMap<i64, Tenant>>>);

#[derive(Default)]
struct Tenant {
    /// The marker the cache was filled at; `None` before the first fill.
    marker: Option<Marker>,
    cases: HashMap<i64, CaseEntry>,
    persons: HashMap<i64, PersonEntry>,
}

struct CaseEntry {
    version: i64,
    citizen_id: Option<i64>,
    reference: String,
    /// The reference's letters and digits only, lower case (`nstrzsc1234`).
    compact: String,
    /// Normalised reference, subject and the story's first words.
    text: String,
}

struct PersonEntry {
    version: i64,
    /// Normalised name and e-mail address.
    text: String,
    /// The phone number's digits in national form (`0641526374`).
    phone: String,
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
        let mut cache = self.search.0.lock().await;
        let mut found = Vec::new();
        for t in tenant_ids {
            let tenant = cache.entry(*t).or_default();
            self.refresh(tenant, *t).await?;
            found.extend(
                tenant
                    .cases
                    .iter()
                    .filter(|(_, c)| {
                        query.matches(c, c.citizen_id.and_then(|p| tenant.persons.get(&p)))
                    })
                    .map(|(id, _)| *id),
            );
        }
        found.sort_unstable_by(|a, b| b.cmp(a));
        found.truncate(MAX_FOUND);
        Ok(found)
    }

    /// Brings one tenant's cache up to date with the database: nothing when the marker did not
    /// move, else the changed rows only.
    async fn refresh(&self, tenant: &mut Tenant, t: i64) -> Result<()> {
        let pool = self.db.pool();
        let marker = store::marker(pool, t).await?;
        if tenant.marker == Some(marker) {
            return Ok(());
        }
        for persons in [false, true] {
            let versions = store::versions(pool, t, persons).await?;
            let present: HashSet<i64> = versions.iter().map(|(id, _)| *id).collect();
            let changed: Vec<i64> = versions
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
            let mut rows = Vec::new();
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
                    tenant.persons.insert(r.id, self.person_entry(t, &r));
                } else {
                    tenant.cases.insert(r.id, self.case_entry(t, &r));
                }
            }
        }
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
        let mut cases = HashMap::new();
        let mut persons = HashMap::new();
        for i in 0..100_000i64 {
            let reference = format!("NST-{:04}-{:04}", i % 9999, i % 7777);
            cases.insert(
                i,
                CaseEntry {
                    version: 1,
                    citizen_id: Some(i),
                    compact: compact(&reference),
                    text: format!(
                        "{}\n\n{}",
                        name_key(&reference),
                        name_key("Bijstand teruggevorderd. De inwoner vertelt wat er gebeurde en wat hij wil.")
                    ),
                    reference,
                },
            );
            let email = format!("henk.jansen{i}@voorbeeld.nl");
            persons.insert(
                i,
                PersonEntry {
                    version: 1,
                    text: format!(
                        "{}\n{}\n{}",
                        name_key("Henk Jansen"),
                        email,
                        name_key(&email)
                    ),
                    phone: format!("06{:08}", i * 7919 % 100_000_000),
                },
            );
        }
        for q in ["de boer", "henk", "0641526374", "rzsc", "xyzzy"] {
            let query = Query::parse(q);
            let t = std::time::Instant::now();
            let n = cases
                .iter()
                .filter(|(_, c)| query.matches(c, c.citizen_id.and_then(|p| persons.get(&p))))
                .count();
            println!("{q}: {n} in {:?}", t.elapsed());
        }
    }
}
