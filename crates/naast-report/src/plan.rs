//! Which categories a year's tables show. Decided once per year, from the previous year's
//! counts, before the first quarter is published, so that a published quarter never changes
//! shape: a category that will rarely reach the threshold is folded into the residual category
//! of its dimension ("overig"; organisations: "other providers").

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The dimensions of the reports: `(name, population, residual code)`.
pub const DIMENSIONS: &[(&str, Pop, &str)] = &[
    ("area", Pop::Cases, "overig"),
    ("organisation", Pop::Cases, "other_providers"),
    ("nature", Pop::Cases, "other"),
    ("channel", Pop::Cases, "other"),
    ("found_via", Pop::Cases, "other"),
    ("outcome", Pop::Closed, "other"),
    ("duration", Pop::Closed, "other"),
    ("external", Pop::Closed, "other"),
    ("activity", Pop::Activities, "other"),
    ("signal_area", Pop::Signals, "overig"),
    ("theme", Pop::Signals, "other"),
    ("answer", Pop::Signals, "open"),
];

/// Duration bands from the first contact to closing (`shared/VOCABULARY.md`).
pub const DURATION_BANDS: [&str; 4] = ["lt_2w", "2_6w", "6_12w", "gt_12w"];

/// The time a signal waited for the municipality's answer: the duration bands (days from
/// sending to the answer), then `open` for a signal not answered (yet), the residual of the
/// `answer` dimension. Every year and every plan shows all five.
pub const ANSWER_BANDS: [&str; 5] = ["lt_2w", "2_6w", "6_12w", "gt_12w", "open"];

/// What is counted. Tables of different populations are never linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pop {
    /// Kwesties opened in the period, each once (primary area, organisation, nature).
    Cases,
    /// Kwesties closed in the period: outcome, duration, what a supported complaint or
    /// objection led to.
    Closed,
    /// Activities on the kwesties opened in the period: a separate population.
    Activities,
    /// Distinct citizens with a kwestie opened in the period.
    Citizens,
    /// Signals to the municipality sent in the period, each once: area, theme and how long the
    /// answer took. Signals are about patterns, never about one kwestie: a separate population.
    Signals,
}

impl Pop {
    pub fn code(self) -> &'static str {
        match self {
            Pop::Cases => "cases",
            Pop::Closed => "closed",
            Pop::Activities => "activities",
            Pop::Citizens => "citizens",
            Pop::Signals => "signals",
        }
    }
}

/// The dimension whose plan a dimension follows: a signal's area and theme are folded into the
/// same categories as the kwesties' area and nature of the year, so that they read alike and a
/// plan fixed (and stored) before signals were counted still decides them.
pub fn planned_as(dim: &str) -> &str {
    match dim {
        "signal_area" => "area",
        "theme" => "nature",
        d => d,
    }
}

pub fn residual(dim: &str) -> &'static str {
    DIMENSIONS
        .iter()
        .find(|(d, _, _)| *d == dim)
        .map(|(_, _, r)| *r)
        .unwrap_or("other")
}

/// A year's plan: per dimension the categories shown on their own, in display order; everything
/// else is counted in the dimension's residual category, which always comes last.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub year: i32,
    pub k: u64,
    /// Where the plan came from, for the report's notes: the previous year's counts, or the
    /// default when there was too little to go on.
    pub basis: Basis,
    pub kept: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    PreviousYear,
    Default,
}

/// A category is shown on its own when the previous year counted at least this many times `k`
/// of it: on average a quarter then counts one and a half times the threshold, so that most
/// quarters show it. (Until 2026-12-07 the factor was 4, a quarter reaching `k` on average:
/// about half the quarters then hid the category, and a fifth to a third of all numbers were
/// hidden; see the README's sweep.)
pub const KEEP_FACTOR: u64 = 6;

impl Plan {
    /// The plan for `year` from the previous year's counts per dimension and code (codes already
    /// normalised by [`normalise`]). Without any kwestie in the previous year (nothing to go on),
    /// the default plan: the codes of `default` that exist, nothing else. A small previous year
    /// is still a basis: it keeps few categories (before 2026-12-07 a previous year of fewer
    /// than `4·k` kwesties gave the default plan, which broke a small municipality's few
    /// kwesties down into many categories, most of them hidden).
    pub fn decide(
        year: i32,
        k: u64,
        previous: &BTreeMap<String, BTreeMap<String, u64>>,
        previous_cases: u64,
    ) -> Plan {
        Plan::decide_with(year, k, previous, previous_cases, KEEP_FACTOR, 1)
    }

    /// [`Plan::decide`] with another keep factor, and the default plan below `min_cases`
    /// kwesties in the previous year (the sweep measures the rules before 2026-12-07: factor 4,
    /// and the default plan below `4·k`).
    pub fn decide_with(
        year: i32,
        k: u64,
        previous: &BTreeMap<String, BTreeMap<String, u64>>,
        previous_cases: u64,
        keep_factor: u64,
        min_cases: u64,
    ) -> Plan {
        let enough = previous_cases >= min_cases.max(1);
        let mut kept = BTreeMap::new();
        for (dim, pop, resid) in DIMENSIONS {
            // A signal's area and theme follow the kwesties' area and nature (see
            // [`planned_as`]) unless the previous year counted signals: then they keep the
            // categories that register reached. The register is a population forty times
            // smaller than the kwesties: broken down by the kwesties' categories, nearly every
            // number of it was below `k` and hidden (half of all numbers hidden at 2,000
            // kwesties a year and k = 10, see the README's sweep). The answer bands are fixed
            // ([`ANSWER_BANDS`]).
            if *pop == Pop::Signals && (*dim == "answer" || !previous.contains_key(*dim)) {
                continue;
            }
            let mut codes: Vec<(String, u64)> = if enough {
                previous
                    .get(*dim)
                    .map(|m| {
                        m.iter()
                            .filter(|(c, n)| c.as_str() != *resid && **n >= keep_factor * k)
                            .map(|(c, n)| (c.clone(), *n))
                            .collect()
                    })
                    .unwrap_or_default()
            } else {
                default_kept(dim)
                    .iter()
                    .map(|c| (c.to_string(), 0))
                    .collect()
            };
            // Largest first; ties keep their order (by code, or the default's order), so the same
            // counts always give the same plan.
            codes.sort_by_key(|c| std::cmp::Reverse(c.1));
            kept.insert(dim.to_string(), codes.into_iter().map(|(c, _)| c).collect());
        }
        Plan {
            year,
            k,
            basis: if enough {
                Basis::PreviousYear
            } else {
                Basis::Default
            },
            kept,
        }
    }

    /// The categories of a dimension as shown: the kept ones, then the residual.
    pub fn categories(&self, dim: &str) -> Vec<String> {
        if dim == "answer" {
            return ANSWER_BANDS.iter().map(|c| c.to_string()).collect();
        }
        let mut out = self.kept_of(dim).cloned().unwrap_or_default();
        out.push(residual(dim).to_string());
        out
    }

    /// The categories kept in a dimension: its own, else (a signal's area and theme in a plan
    /// without signal categories) those of the dimension it follows.
    fn kept_of(&self, dim: &str) -> Option<&Vec<String>> {
        self.kept
            .get(dim)
            .or_else(|| self.kept.get(planned_as(dim)))
    }

    /// The category a (normalised) code is counted in.
    pub fn fold<'a>(&'a self, dim: &str, code: &'a str) -> &'a str {
        let kept = if dim == "answer" {
            ANSWER_BANDS.contains(&code)
        } else {
            self.kept_of(dim)
                .is_some_and(|k| k.iter().any(|c| c == code))
        };
        if kept { code } else { residual(dim) }
    }
}

/// Without a previous year to go on: the large areas, the municipality itself, and the
/// commonest natures, channels and outcomes.
fn default_kept(dim: &str) -> &'static [&'static str] {
    match dim {
        "area" => &["wmo", "jeugd", "participatie", "schuldhulp"],
        "organisation" => &["municipality"],
        "nature" => &["decision_process", "treatment", "waiting_time"],
        "channel" => &["phone", "email", "walk_in"],
        "found_via" => &["municipality_website", "wijkteam", "word_of_mouth"],
        "outcome" => &["resolved", "partly_resolved", "citizen_continues"],
        "duration" => &["lt_2w", "2_6w", "6_12w"],
        "external" => &["none"],
        "activity" => &[
            "listening",
            "clarifying",
            "information",
            "advice",
            "procedures_info",
        ],
        _ => &[],
    }
}

/// A raw code as counted: a municipal team counts as the municipality, a missing code as the
/// residual, a kwestie without a supported complaint or objection as `none`.
pub fn normalise<'a>(dim: &str, code: Option<&'a str>) -> &'a str {
    match code {
        Some(c) if dim == "organisation" && c.starts_with("municipality") => "municipality",
        Some(c) if !c.is_empty() => c,
        _ if dim == "external" => "none",
        _ => residual(dim),
    }
}

/// The answer band of a signal answered after `days` days, or not (yet) answered: the duration
/// bands, or `open`.
pub fn answer_band(days: Option<u32>) -> &'static str {
    days.map_or("open", duration_band)
}

/// The duration band of a kwestie open for `days` days.
pub fn duration_band(days: u32) -> &'static str {
    match days {
        0..14 => "lt_2w",
        14..42 => "2_6w",
        42..84 => "6_12w",
        _ => "gt_12w",
    }
}
