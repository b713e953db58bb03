//! Word lists: first names, surnames and place names, and the common words that are never
//! names on their own. They come from outside (e.g. the lists in the PyPI package `deduce`,
//! LGPL-3.0, compiled by `naast deid --build-lists`), never from this repository. They are
//! stored as finite-state sets (`fst`): compact on disk. Looked up in a hash table made from
//! them when they are loaded, which tells in one look-up which lists a word is on (a walk
//! through an `fst` per list was a fifth of the time of `find_with`).
//! Pure: bytes in, bytes out; reading files is the caller's business.

use crate::words::FastHash;
use fst::{Set, Streamer};
use std::collections::HashMap;

/// The lists, each a set of lower-case words or phrases.
pub struct Lists {
    first_names: Set<Vec<u8>>,
    surnames: Set<Vec<u8>>,
    places: Set<Vec<u8>>,
    common: Set<Vec<u8>>,
    /// Every word of the lists, with the lists it is on (`FIRST_NAME` | `SURNAME` | …).
    on: HashMap<Box<[u8]>, u8, FastHash>,
}

/// The sizes of the lists only: a debug print never lists thousands of names.
impl std::fmt::Debug for Lists {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lists")
            .field("first_names", &self.first_names.len())
            .field("surnames", &self.surnames.len())
            .field("places", &self.places.len())
            .field("common", &self.common.len())
            .finish()
    }
}

const FIRST_NAME: u8 = 1;
const SURNAME: u8 = 2;
const PLACE: u8 = 4;
const COMMON: u8 = 8;

/// Which lists each word is on.
fn index(sets: [(&Set<Vec<u8>>, u8); 4]) -> HashMap<Box<[u8]>, u8, FastHash> {
    let mut on: HashMap<Box<[u8]>, u8, FastHash> = HashMap::default();
    for (set, bit) in sets {
        let mut words = set.stream();
        while let Some(w) = words.next() {
            *on.entry(Box::from(w)).or_insert(0) |= bit;
        }
    }
    on
}

#[derive(Debug)]
pub enum ListsError {
    Format,
}

impl std::fmt::Display for ListsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a word-list file of naast-deid")
    }
}

impl std::error::Error for ListsError {}

const MAGIC: &[u8; 8] = b"NAASTWL1";

fn set<'a>(words: impl IntoIterator<Item = &'a str>) -> Set<Vec<u8>> {
    let mut v: Vec<String> = words
        .into_iter()
        .map(|w| w.trim().to_lowercase())
        .filter(|w| !w.is_empty() && !w.starts_with('#'))
        .collect();
    v.sort();
    v.dedup();
    Set::from_iter(v).unwrap_or_default()
}

impl Lists {
    /// Builds the lists from lines of words.
    pub fn build<'a>(
        first_names: impl IntoIterator<Item = &'a str>,
        surnames: impl IntoIterator<Item = &'a str>,
        places: impl IntoIterator<Item = &'a str>,
        common: impl IntoIterator<Item = &'a str>,
    ) -> Lists {
        Lists::new(set(first_names), set(surnames), set(places), set(common))
    }

    fn new(
        first_names: Set<Vec<u8>>,
        surnames: Set<Vec<u8>>,
        places: Set<Vec<u8>>,
        common: Set<Vec<u8>>,
    ) -> Lists {
        let on = index([
            (&first_names, FIRST_NAME),
            (&surnames, SURNAME),
            (&places, PLACE),
            (&common, COMMON),
        ]);
        Lists {
            first_names,
            surnames,
            places,
            common,
            on,
        }
    }

    /// One file: a magic, then four length-prefixed sets.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        for s in [
            &self.first_names,
            &self.surnames,
            &self.places,
            &self.common,
        ] {
            let b = s.as_fst().as_bytes();
            out.extend_from_slice(&(b.len() as u64).to_le_bytes());
            out.extend_from_slice(b);
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Lists, ListsError> {
        let rest = bytes
            .strip_prefix(MAGIC.as_slice())
            .ok_or(ListsError::Format)?;
        let mut sets = Vec::new();
        let mut at = 0;
        for _ in 0..4 {
            let len_bytes: [u8; 8] = rest
                .get(at..at + 8)
                .and_then(|b| b.try_into().ok())
                .ok_or(ListsError::Format)?;
            let len = u64::from_le_bytes(len_bytes) as usize;
            at += 8;
            let b = rest.get(at..at + len).ok_or(ListsError::Format)?;
            at += len;
            sets.push(Set::new(b.to_vec()).map_err(|_| ListsError::Format)?);
        }
        let mut it = sets.into_iter();
        match (it.next(), it.next(), it.next(), it.next()) {
            (Some(first_names), Some(surnames), Some(places), Some(common)) => {
                Ok(Lists::new(first_names, surnames, places, common))
            }
            _ => Err(ListsError::Format),
        }
    }

    /// The lists that `w` (in lower case) is on.
    fn on(&self, w: &str) -> u8 {
        lower(w, |l| self.on.get(l).copied().unwrap_or(0))
    }

    pub fn is_first_name(&self, w: &str) -> bool {
        self.on(w) & (FIRST_NAME | COMMON) == FIRST_NAME
    }

    pub fn is_surname(&self, w: &str) -> bool {
        self.on(w) & SURNAME != 0
    }

    /// A common word of the language (`roos`, `bank`): never a name or place on its own.
    pub fn is_common(&self, w: &str) -> bool {
        self.on(w) & COMMON != 0
    }

    pub fn is_place(&self, w: &str) -> bool {
        self.on(w) & (PLACE | COMMON) == PLACE
    }

    /// Sizes, for the build report: first names, surnames, places, common words.
    pub fn sizes(&self) -> (usize, usize, usize, usize) {
        (
            self.first_names.len(),
            self.surnames.len(),
            self.places.len(),
            self.common.len(),
        )
    }
}

/// Calls `f` with `w` in lower case, without allocating for the usual short ASCII word.
fn lower<R>(w: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    crate::with_lower(w, |l| f(l.as_bytes()))
}
