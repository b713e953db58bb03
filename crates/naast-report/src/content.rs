//! What one report shows, frozen at publication: its own tables (as in the release), the
//! throughput times and hours of groups large enough, outreach, and the comparison with
//! earlier periods. Numbers only; labels are added when the report is rendered.

use crate::plan::{Basis, Pop};
use crate::protect::{Extra, Protection};
use crate::release::Table;
use crate::series::{Series, Unit};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Content {
    pub year: i32,
    /// 1–4, or 0 for the annual report.
    pub quarter: u8,
    pub k: u64,
    pub basis: Basis,
    /// Per dimension, the categories shown on their own this year (the plan); every other code
    /// is counted in the dimension's residual category.
    pub kept: BTreeMap<String, Vec<String>>,
    /// Grand totals of this period: kwesties opened, citizens, kwesties closed, activities.
    pub kwesties: u64,
    pub citizens: u64,
    pub closed: u64,
    pub activities: u64,
    /// Signals to the municipality sent in this period; `None` in a report published before
    /// signals were counted (it has no signal section).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signals: Option<u64>,
    pub tables: Vec<Table>,
    /// Ids of breakdowns left out because the period counted fewer than `k`.
    pub left_out: Vec<String>,
    /// Ids of this period's breakdowns left out whole to protect numbers of earlier quarters
    /// (only their totals are shown).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withheld: Vec<String>,
    /// What was hidden in this period beyond the usual repair, and why, for the notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra: Vec<Extra>,
    /// Throughput and hours of kwesties closed in the period: all, then per area.
    pub stats: Vec<Stat>,
    /// `(kind, times, attendance)` per outreach kind.
    pub outreach: Vec<(String, u64, u64)>,
    /// Earlier periods as published: `(label, kwesties, citizens, closed)`.
    pub comparison: Vec<Comparison>,
    /// How many numbers this report shows and how many of them are hidden.
    pub numbers: u64,
    pub hidden: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub year: i32,
    pub quarter: u8,
    pub kwesties: u64,
    pub citizens: u64,
    pub closed: u64,
}

/// Throughput (days from the first contact to closing) and hours, for a group of at least `k`
/// closed kwesties; smaller groups show nothing but their name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stat {
    /// `None` for all kwesties, else the area code.
    pub area: Option<String>,
    pub shown: bool,
    pub median_days: Option<u32>,
    pub p90_days: Option<u32>,
    pub hours_total: Option<u64>,
    pub median_hours: Option<f64>,
}

/// The `p`-th percentile (0–100) by the nearest-rank method, on sorted values.
pub fn percentile(sorted: &[u32], p: u32) -> Option<u32> {
    if sorted.is_empty() {
        return None;
    }
    let n = sorted.len();
    let rank = (u64::from(p) * n as u64).div_ceil(100).max(1) as usize;
    sorted.get(rank.min(n) - 1).copied()
}

fn median_f(sorted: &[u32]) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    Some(if n % 2 == 1 {
        f64::from(sorted[n / 2])
    } else {
        (f64::from(sorted[n / 2 - 1]) + f64::from(sorted[n / 2])) / 2.0
    })
}

/// The throughput and hours rows of a period: units closed in `quarter` (0: the whole year).
pub fn stats(series: &Series, units: &[Unit], quarter: u8, k: u64) -> Vec<Stat> {
    let in_period = |u: &&Unit| match u.closed {
        Some(q) => quarter == 0 || q == quarter,
        None => false,
    };
    let closed: Vec<&Unit> = units.iter().filter(in_period).collect();
    let plan_areas = series.categories.get("area").cloned().unwrap_or_default();
    let residual = crate::plan::residual("area");
    let fold = |u: &Unit| {
        let c = u.code("area");
        if plan_areas.iter().any(|a| a == c) {
            c.to_string()
        } else {
            residual.to_string()
        }
    };
    let mut out = vec![stat(None, &closed, k)];
    for a in &plan_areas {
        let group: Vec<&Unit> = closed.iter().copied().filter(|u| &fold(u) == a).collect();
        out.push(stat(Some(a.clone()), &group, k));
    }
    out
}

fn stat(area: Option<String>, group: &[&Unit], k: u64) -> Stat {
    if (group.len() as u64) < k {
        return Stat {
            area,
            shown: false,
            median_days: None,
            p90_days: None,
            hours_total: None,
            median_hours: None,
        };
    }
    let mut days: Vec<u32> = group.iter().filter_map(|u| u.days).collect();
    days.sort_unstable();
    let mut minutes: Vec<u32> = group.iter().map(|u| u.minutes).collect();
    minutes.sort_unstable();
    let total: u64 = minutes.iter().map(|m| u64::from(*m)).sum();
    Stat {
        area,
        shown: true,
        median_days: percentile(&days, 50),
        p90_days: percentile(&days, 90),
        hours_total: Some((total + 30) / 60),
        median_hours: median_f(&minutes).map(|m| (m / 6.0).round() / 10.0),
    }
}

impl Content {
    /// The content of the report for `quarter` (0: annual) from a protected series.
    pub fn new(
        series: &Series,
        protection: &Protection,
        units: &[Unit],
        quarter: u8,
        k: u64,
        basis: Basis,
        kept: BTreeMap<String, Vec<String>>,
    ) -> Content {
        let ids: Vec<String> = series
            .tables
            .iter()
            .filter(|t| t.quarter == quarter)
            .map(|t| t.id.clone())
            .collect();
        let in_period = |id: &String| ids.contains(id);
        let withheld: Vec<String> = protection
            .withheld
            .iter()
            .filter(|id| in_period(id))
            .cloned()
            .collect();
        let extra: Vec<Extra> = protection
            .extra
            .iter()
            .filter(|e| in_period(&e.table))
            .cloned()
            .collect();
        let tables: Vec<Table> = protection
            .release
            .tables
            .iter()
            .filter(|t| ids.contains(&t.id))
            .cloned()
            .collect();
        let (mut numbers, mut hidden) = (0, 0);
        for t in &tables {
            for e in t.cells.iter().chain(&t.margins) {
                numbers += 1;
                if !e.value.is_exact() {
                    hidden += 1;
                }
            }
        }
        let total = |p: Pop| {
            series
                .totals
                .get(&p)
                .map(|t| t[usize::from(quarter)])
                .unwrap_or(0)
        };
        Content {
            year: series.year,
            quarter,
            k,
            basis,
            kept,
            kwesties: total(Pop::Cases),
            citizens: total(Pop::Citizens),
            closed: total(Pop::Closed),
            activities: total(Pop::Activities),
            signals: Some(total(Pop::Signals)),
            tables,
            left_out: series
                .left_out
                .iter()
                .filter(|t| t.quarter == quarter)
                .map(|t| t.id.clone())
                .collect(),
            withheld,
            extra,
            stats: stats(series, units, quarter, k),
            outreach: Vec::new(),
            comparison: Vec::new(),
            numbers,
            hidden,
        }
    }

    /// This period as a row of a later report's comparison.
    pub fn as_comparison(&self) -> Comparison {
        Comparison {
            year: self.year,
            quarter: self.quarter,
            kwesties: self.kwesties,
            citizens: self.citizens,
            closed: self.closed,
        }
    }
}

/// The confidant's words in a report: themes, anonymized case stories, recommendations, and how
/// what was agreed last time was followed up. De-identified before publication.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Narrative {
    #[serde(default)]
    pub themes: String,
    #[serde(default)]
    pub stories: String,
    #[serde(default)]
    pub recommendations: String,
    #[serde(default)]
    pub follow_up: String,
    /// The confidant has checked these texts for personal data (de-identification review)
    /// since they were last changed.
    #[serde(default)]
    pub checked: bool,
}

impl Narrative {
    /// The texts by field name, in the order they are shown.
    pub fn fields(&self) -> [(&'static str, &str); 4] {
        [
            ("themes", &self.themes),
            ("stories", &self.stories),
            ("recommendations", &self.recommendations),
            ("follow_up", &self.follow_up),
        ]
    }

    pub fn field_mut(&mut self, name: &str) -> Option<&mut String> {
        match name {
            "themes" => Some(&mut self.themes),
            "stories" => Some(&mut self.stories),
            "recommendations" => Some(&mut self.recommendations),
            "follow_up" => Some(&mut self.follow_up),
            _ => None,
        }
    }

    pub fn same_text(&self, other: &Narrative) -> bool {
        self.fields() == other.fields()
    }

    pub fn is_empty(&self) -> bool {
        self.fields().iter().all(|(_, t)| t.trim().is_empty())
    }
}
