//! The `naast-sdc-release/1` format (`shared/SDC_RELEASE_FORMAT.md`): every number of one
//! tenant's report series for one year, exactly as readers see it, so that anyone can audit it.
//! Naast writes `cells` and `margins` only; reading also accepts the `grid` shorthand.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const FORMAT: &str = "naast-sdc-release/1";

/// The symbol for every hidden number, primary or secondary alike.
pub const HIDDEN: &str = "x";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Release {
    pub format: String,
    pub release: String,
    #[serde(default)]
    pub policy: Policy,
    pub dimensions: BTreeMap<String, Dimension>,
    pub tables: Vec<Table>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Policy {
    #[serde(default = "default_k")]
    pub k: u64,
    #[serde(default = "default_min_width")]
    pub min_width: u64,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub protect_zeros: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub allow_zero_interval: bool,
    #[serde(default = "yes", skip_serializing_if = "Clone::clone")]
    pub check_margins: bool,
}

fn default_k() -> u64 {
    5
}
fn default_min_width() -> u64 {
    2
}
fn yes() -> bool {
    true
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            k: default_k(),
            min_width: default_min_width(),
            protect_zeros: false,
            allow_zero_interval: false,
            check_margins: true,
        }
    }
}

/// A dimension: its finest categories and, optionally, named unions of categories or of other
/// groups.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Dimension {
    Plain(Vec<String>),
    Grouped {
        categories: Vec<String>,
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        groups: BTreeMap<String, Vec<String>>,
    },
}

impl Dimension {
    pub fn categories(&self) -> &[String] {
        match self {
            Dimension::Plain(c) => c,
            Dimension::Grouped { categories, .. } => categories,
        }
    }

    pub fn groups(&self) -> Option<&BTreeMap<String, Vec<String>>> {
        match self {
            Dimension::Plain(_) => None,
            Dimension::Grouped { groups, .. } => Some(groups),
        }
    }

    /// The finest categories a code stands for: itself, or a group's members, recursively.
    /// `None` for an unknown code (or a group that contains itself).
    pub fn expand(&self, code: &str) -> Option<Vec<String>> {
        fn go(d: &Dimension, code: &str, depth: usize, out: &mut Vec<String>) -> bool {
            if depth > 32 {
                return false;
            }
            if d.categories().iter().any(|c| c == code) {
                out.push(code.to_string());
                return true;
            }
            match d.groups().and_then(|g| g.get(code)) {
                Some(members) => members.iter().all(|m| go(d, m, depth + 1, out)),
                None => false,
            }
        }
        let mut out = Vec::new();
        go(self, code, 0, &mut out).then(|| {
            out.sort();
            out.dedup();
            out
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub id: String,
    pub dimensions: Vec<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fixed: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cells: Vec<Entry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub margins: Vec<Entry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grid: Option<Grid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<BTreeMap<String, Vec<String>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub omitted_cells: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertainty: Option<Uncertainty>,
}

impl Table {
    pub fn population(&self) -> &str {
        self.population.as_deref().unwrap_or("cases")
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Uncertainty {
    pub plus_minus: u64,
}

/// One published or hidden number: an interior cell (every table dimension in `at`) or a margin
/// (a strict subset; `{}` is the grand total).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub at: BTreeMap<String, String>,
    pub value: Value,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exempt: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Count(u64),
    Interval {
        min: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<u64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        shown_as: Option<String>,
    },
    /// `null`, `"suppressed"`, `"x"`, `"X"`, `"*"`, `"?"`, or `"<5"` style text (read as an
    /// interval by [`Value::known`]).
    Hidden(Option<String>),
}

impl Value {
    pub fn hidden() -> Value {
        Value::Hidden(Some(HIDDEN.to_string()))
    }

    /// What the reader knows: `(min, max)`, `max` `None` when unbounded. A hidden number is
    /// `(0, None)`; `"<5"` is `(0, Some(4))`.
    pub fn known(&self) -> (u64, Option<u64>) {
        match self {
            Value::Count(n) => (*n, Some(*n)),
            Value::Interval { min, max, .. } => (*min, *max),
            Value::Hidden(Some(s)) => match s.trim().strip_prefix('<').map(str::trim) {
                Some(n) => match n.parse::<u64>() {
                    Ok(n) if n > 0 => (0, Some(n - 1)),
                    _ => (0, None),
                },
                None => (0, None),
            },
            Value::Hidden(None) => (0, None),
        }
    }

    pub fn is_exact(&self) -> bool {
        matches!(self, Value::Count(_))
    }
}

/// The `grid` shorthand for 1-D and 2-D tables.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Grid {
    pub rows: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cols: Option<Vec<String>>,
    pub values: Vec<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row_totals: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub col_totals: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub total_exempt: bool,
}
