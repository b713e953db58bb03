//! Assembling a year's series from the statistical records and what earlier publications
//! froze, and protecting it.

use crate::{App, Result};
use jiff::civil::Date;
use naast_report::content::{Comparison, Content};
use naast_report::plan::{DIMENSIONS, Plan, Pop};
use naast_report::protect::{Extra, Frozen, Protection, Steps, protect, protect_with};
use naast_report::series::{Key, Series, SignalRecord, Unit};
use naast_store::cases::StatRecord;
use naast_store::reports::{self as store, ReportRow};
use naast_store::tenants::TenantRow;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// A unit as frozen at publication: the kwestie's statistical key (a signal's id), which
/// population it was counted in, and what was counted.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FrozenUnit {
    pub key: i64,
    pub pop: Pop,
    pub unit: Unit,
}

pub struct Prepared {
    pub protection: Protection,
    pub content: Content,
    /// What this publication freezes.
    pub frozen: Vec<FrozenUnit>,
    /// Kwesties registered after every quarter they could count in was published.
    pub late: u64,
    /// When the audit gate refuses and more was not agreed yet: what hiding more in this
    /// period would hide, if that makes it pass.
    pub fix: Option<Vec<Extra>>,
}

fn quarter_of(d: Date) -> u8 {
    ((d.month() - 1) / 3 + 1) as u8
}

fn parse_day(s: &str) -> Option<Date> {
    s.parse().ok()
}

/// `code:count,…` as stored in the statistical record.
fn activities(s: &str) -> Vec<(String, u32)> {
    s.split(',')
        .filter_map(|p| {
            let (c, n) = p.split_once(':')?;
            Some((c.to_string(), n.parse().ok()?))
        })
        .collect()
}

fn cases_unit(r: &StatRecord, q: u8) -> Unit {
    Unit {
        citizen: r.stat_citizen_id.clone(),
        area: r.area.clone(),
        organisation: r.organisation.clone(),
        nature: r.primary_nature.clone(),
        channel: Some(r.channel.clone()),
        found_via: r.found_via.clone(),
        activities: activities(&r.activities),
        minutes: u32::try_from(r.minutes).unwrap_or(0),
        opened: Some(q),
        ..Unit::default()
    }
}

fn closed_unit(r: &StatRecord, q: u8) -> Unit {
    let days = match (
        parse_day(&r.opened_on),
        r.closed_on.as_deref().and_then(parse_day),
    ) {
        (Some(a), Some(b)) => (b - a).get_days().try_into().ok(),
        _ => None,
    };
    Unit {
        area: r.area.clone(),
        outcome: r.outcome.clone(),
        external: r.external_outcome.clone(),
        minutes: u32::try_from(r.minutes).unwrap_or(0),
        days,
        closed: Some(q),
        ..Unit::default()
    }
}

/// The plan of `year` from the previous year's statistical records and signals (`signals` may
/// hold other years too: only the previous year's count). Signals of the previous year give the
/// signal register categories of its own (see [`Plan::decide`]).
fn plan_from(records: &[StatRecord], signals: &[SignalRecord], year: i32, k: u64) -> Plan {
    let prev = year - 1;
    let mut counts: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for s in signals.iter().filter(|s| s.quarter_in(prev).is_some()) {
        let u = s.unit(1);
        for dim in ["signal_area", "theme"] {
            *counts
                .entry(dim.to_string())
                .or_default()
                .entry(u.code(dim).to_string())
                .or_default() += 1;
        }
    }
    let mut cases = 0;
    let in_prev = |d: &str| d.starts_with(&format!("{prev:04}-"));
    for r in records {
        let mut units = Vec::new();
        if in_prev(&r.opened_on) {
            cases += 1;
            units.push((Pop::Cases, cases_unit(r, 1)));
        }
        if r.closed_on.as_deref().is_some_and(in_prev) {
            units.push((Pop::Closed, closed_unit(r, 1)));
        }
        for (pop, u) in units {
            for (dim, p, _) in DIMENSIONS {
                if *p != pop {
                    continue;
                }
                if *dim == "activity" {
                    continue;
                }
                *counts
                    .entry(dim.to_string())
                    .or_default()
                    .entry(u.code(dim).to_string())
                    .or_default() += 1;
            }
            if pop == Pop::Cases {
                for (a, n) in &u.activities {
                    *counts
                        .entry("activity".into())
                        .or_default()
                        .entry(a.clone())
                        .or_default() += u64::from(*n);
                }
            }
        }
    }
    // A previous year the tenant only partly worked in (it started mid-year) says too little
    // as it stands. Half a year or more: its counts are taken at the rate of the part covered,
    // so that a category that will reach the threshold in an average quarter is kept. Less:
    // too few to go on, and the default plan applies.
    let first = records
        .iter()
        .filter(|r| in_prev(&r.opened_on))
        .filter_map(|r| parse_day(&r.opened_on))
        .min();
    if let (Some(first), Ok(end)) = (first, jiff::civil::Date::new(prev as i16, 12, 31)) {
        let covered = (end - first).get_days() as u64 + 1;
        if covered < 182 {
            cases = 0;
        } else if covered < 365 {
            let scale = |n: u64| (n * 365).div_ceil(covered);
            cases = scale(cases);
            for codes in counts.values_mut() {
                for n in codes.values_mut() {
                    *n = scale(*n);
                }
            }
        }
    }
    Plan::decide(year, k, &counts, cases)
}

/// The latest published (or discussed) version of each period of a year.
pub(crate) fn published_of_year(rows: &[ReportRow], year: i64) -> BTreeMap<u8, &ReportRow> {
    let mut out: BTreeMap<u8, &ReportRow> = BTreeMap::new();
    for r in rows
        .iter()
        .filter(|r| r.year == year && super::is_published(&r.status))
    {
        let q = u8::try_from(r.quarter).unwrap_or(0);
        match out.get(&q) {
            Some(o) if o.version >= r.version => {}
            _ => {
                out.insert(q, r);
            }
        }
    }
    out
}

impl App {
    /// The year's plan: the one fixed before, or one decided now from the previous year.
    pub(crate) async fn report_plan(&self, t: &TenantRow, year: i32) -> Result<Plan> {
        if let Some(p) = store::plan(self.db.pool(), t.id, i64::from(year)).await?
            && let Ok(plan) = serde_json::from_str::<Plan>(&p)
        {
            return Ok(plan);
        }
        let prev = year - 1;
        let records = store::stat_records(
            self.db.pool(),
            t.id,
            &format!("{prev:04}-01-01"),
            &format!("{prev:04}-12-31"),
        )
        .await?;
        let k = u64::try_from(t.threshold_k).unwrap_or(5);
        let signals = self.signal_records(t.id).await?;
        Ok(plan_from(&records, &signals, year, k))
    }

    /// The protected series with `quarter` (0: the annual report) as the report being prepared,
    /// and its content; `rows` are the tenant's report versions and `signals` its signals, as
    /// the caller read them. Published quarters stay exactly as they were published, and so
    /// does a published year while its last quarter is prepared. `extra`: a coordinator agreed
    /// to hide more in this period when the usual repair leaves the audit gate refusing.
    pub(crate) async fn prepare_report(
        &self,
        t: &TenantRow,
        rows: &[ReportRow],
        signals: &[SignalRecord],
        year: i32,
        quarter: u8,
        extra: bool,
    ) -> Result<Prepared> {
        let k = u64::try_from(t.threshold_k).unwrap_or(5);
        let plan = self.report_plan(t, year).await?;
        let published = published_of_year(rows, i64::from(year));
        // The annual report published before this quarter: the year's numbers and the kwesties
        // it counted are frozen; this quarter counts what the year counted in it.
        let year_frozen = quarter != 0 && published.contains_key(&0);
        let published_q: Vec<u8> = published
            .keys()
            .copied()
            .filter(|q| *q != 0 && *q != quarter)
            .collect();
        let mut frozen = Frozen {
            quarters: published_q.clone(),
            year: year_frozen,
            ..Frozen::default()
        };
        let mut units: Vec<FrozenUnit> = Vec::new();
        let (mut seen_cases, mut seen_closed, mut seen_signals) =
            (HashSet::new(), HashSet::new(), HashSet::new());
        let frozen_periods: Vec<u8> = if year_frozen {
            // The year's units hold every quarter's; its hidden numbers include theirs.
            let mut v = published_q.clone();
            v.push(0);
            v
        } else {
            published_q.clone()
        };
        for q in &frozen_periods {
            let Some(r) = published.get(q) else { continue };
            if let Some(h) = &r.hidden {
                let keys: Vec<Key> = serde_json::from_str(h).map_err(|e| {
                    crate::AppError::Internal(format!("report {} hidden: {e}", r.id))
                })?;
                frozen.hidden.extend(keys);
            }
            // Breakdowns a published quarter left out whole stay left out.
            if let Some(c) = r
                .content
                .as_deref()
                .and_then(|c| serde_json::from_str::<Content>(c).ok())
            {
                frozen.withheld.extend(c.withheld);
            }
            if let Some(u) = store::units(self.db.pool(), r.id).await? {
                let us: Vec<FrozenUnit> = serde_json::from_str(&u).map_err(|e| {
                    crate::AppError::Internal(format!("report {} units: {e}", r.id))
                })?;
                for fu in us {
                    // The year's units repeat those of its published quarters.
                    if *q == 0
                        && published_q
                            .iter()
                            .any(|p| fu.unit.quarter_of(fu.pop) == Some(*p))
                    {
                        continue;
                    }
                    match fu.pop {
                        Pop::Cases => seen_cases.insert(fu.key),
                        Pop::Signals => seen_signals.insert(fu.key),
                        _ => seen_closed.insert(fu.key),
                    };
                    units.push(fu);
                }
            }
        }
        let records = store::stat_records(
            self.db.pool(),
            t.id,
            &format!("{year:04}-01-01"),
            &format!("{year:04}-12-31"),
        )
        .await?;
        // A quarter already published takes nothing more: a kwestie registered late counts in
        // the next quarter not yet published; after the year was published, in none.
        let assign = |q: u8| {
            (q..=4)
                .find(|x| !published_q.contains(x))
                .filter(|_| !year_frozen)
        };
        let mut late = 0;
        for r in &records {
            if let Some(d) = parse_day(&r.opened_on).filter(|d| i32::from(d.year()) == year)
                && !seen_cases.contains(&r.case_key)
            {
                match assign(quarter_of(d)) {
                    Some(q) => units.push(FrozenUnit {
                        key: r.case_key,
                        pop: Pop::Cases,
                        unit: cases_unit(r, q),
                    }),
                    None => late += 1,
                }
            }
            if let Some(d) = r
                .closed_on
                .as_deref()
                .and_then(parse_day)
                .filter(|d| i32::from(d.year()) == year)
                && !seen_closed.contains(&r.case_key)
                && let Some(q) = assign(quarter_of(d))
            {
                units.push(FrozenUnit {
                    key: r.case_key,
                    pop: Pop::Closed,
                    unit: closed_unit(r, q),
                });
            }
        }
        // Signals likewise: one sent after its quarter was published counts in the next.
        for s in signals {
            if let Some(sent) = s.quarter_in(year)
                && !seen_signals.contains(&s.id)
                && let Some(q) = assign(sent)
            {
                units.push(FrozenUnit {
                    key: s.id,
                    pop: Pop::Signals,
                    unit: s.unit(q),
                });
            }
        }
        let mut quarters = published_q.clone();
        if quarter != 0 {
            quarters.push(quarter);
        }
        quarters.sort_unstable();
        let plain: Vec<Unit> = units.iter().map(|f| f.unit.clone()).collect();
        let series = Series::build(&plan, &plain, &quarters, quarter == 0 || year_frozen);
        let title = format!("{} — {}", t.name, naast_report::period_label(year, quarter));
        let fail = |e: naast_report::protect::ProtectError| {
            crate::AppError::Internal(format!("report protection: {e}"))
        };
        let steps = Steps {
            escalate: extra,
            ..Steps::default()
        };
        let protection = protect_with(&series, k, &frozen, &title, steps).map_err(fail)?;
        // Refused: would hiding more in this period make it pass? That is the fix offered.
        let fix = if protection.findings.is_empty() || extra {
            None
        } else {
            let more = protect(&series, k, &frozen, &title).map_err(fail)?;
            more.findings.is_empty().then_some(more.extra)
        };
        let mut content = Content::new(
            &series,
            &protection,
            &plain,
            quarter,
            k,
            plan.basis,
            plan.kept.clone(),
        );
        content.outreach = self.outreach_totals(t.id, year, quarter).await?;
        content.comparison = comparison(rows, year, quarter);
        let frozen_units = units
            .into_iter()
            .filter(|f| {
                quarter == 0
                    || match f.pop {
                        Pop::Cases => f.unit.opened == Some(quarter),
                        Pop::Signals => f.unit.sent == Some(quarter),
                        _ => f.unit.closed == Some(quarter),
                    }
            })
            .collect();
        Ok(Prepared {
            protection,
            content,
            frozen: frozen_units,
            late,
            fix,
        })
    }

    /// The confidant organisation's own overview of a period across `tenants`: every
    /// kwestie as it stands now (nothing of it is published, so nothing is frozen), the
    /// strictest threshold of them all, the plan from the previous year of them all; `signals`
    /// are theirs.
    pub(crate) async fn prepare_overview(
        &self,
        tenants: &[TenantRow],
        signals: &[SignalRecord],
        year: i32,
        quarter: u8,
    ) -> Result<Content> {
        let k = tenants
            .iter()
            .map(|t| u64::try_from(t.threshold_k).unwrap_or(5))
            .max()
            .unwrap_or(5);
        let (mut previous, mut records) = (Vec::new(), Vec::new());
        let mut outreach: BTreeMap<String, (u64, u64)> = BTreeMap::new();
        for t in tenants {
            let prev = year - 1;
            previous.extend(
                store::stat_records(
                    self.db.pool(),
                    t.id,
                    &format!("{prev:04}-01-01"),
                    &format!("{prev:04}-12-31"),
                )
                .await?,
            );
            records.extend(
                store::stat_records(
                    self.db.pool(),
                    t.id,
                    &format!("{year:04}-01-01"),
                    &format!("{year:04}-12-31"),
                )
                .await?,
            );
            for (kind, n, people) in self.outreach_totals(t.id, year, quarter).await? {
                let e = outreach.entry(kind).or_default();
                e.0 += n;
                e.1 += people;
            }
        }
        let plan = plan_from(&previous, signals, year, k);
        let in_year = |d: &str| parse_day(d).filter(|d| i32::from(d.year()) == year);
        let mut units = Vec::new();
        for r in &records {
            if let Some(d) = in_year(&r.opened_on) {
                units.push(cases_unit(r, quarter_of(d)));
            }
            if let Some(d) = r.closed_on.as_deref().and_then(in_year) {
                units.push(closed_unit(r, quarter_of(d)));
            }
        }
        for s in signals {
            if let Some(q) = s.quarter_in(year) {
                units.push(s.unit(q));
            }
        }
        let quarters: Vec<u8> = if quarter == 0 {
            Vec::new()
        } else {
            vec![quarter]
        };
        let series = Series::build(&plan, &units, &quarters, quarter == 0);
        let protection = protect(&series, k, &Frozen::default(), "overview")
            .map_err(|e| crate::AppError::Internal(format!("overview protection: {e}")))?;
        let mut content = Content::new(
            &series,
            &protection,
            &units,
            quarter,
            k,
            plan.basis,
            plan.kept.clone(),
        );
        content.outreach = naast_core::outreach::KINDS
            .iter()
            .map(|(kind, _, _)| {
                let (n, people) = outreach.get(*kind).copied().unwrap_or_default();
                (kind.to_string(), n, people)
            })
            .collect();
        Ok(content)
    }

    async fn outreach_totals(
        &self,
        tenant_id: i64,
        year: i32,
        quarter: u8,
    ) -> Result<Vec<(String, u64, u64)>> {
        let (from, to) = naast_report::period_days(year, quarter);
        let rows = naast_store::outreach::list(self.db.pool(), tenant_id, &from, &to).await?;
        Ok(naast_core::outreach::KINDS
            .iter()
            .map(|(kind, _, _)| {
                let of: Vec<_> = rows.iter().filter(|r| r.kind == *kind).collect();
                (
                    kind.to_string(),
                    of.len() as u64,
                    of.iter()
                        .map(|r| u64::try_from(r.attendance).unwrap_or(0))
                        .sum(),
                )
            })
            .collect())
    }
}

/// Earlier periods as they were published: the quarters before this one and the same period
/// a year earlier.
fn comparison(rows: &[ReportRow], year: i32, quarter: u8) -> Vec<Comparison> {
    let mut out = Vec::new();
    for y in [year - 1, year] {
        for (q, r) in published_of_year(rows, i64::from(y)) {
            let wanted = if quarter == 0 {
                q == 0 && y < year
            } else {
                q != 0 && ((y == year && q < quarter) || (y < year && q == quarter))
            };
            if !wanted {
                continue;
            }
            if let Some(c) = r
                .content
                .as_deref()
                .and_then(|c| serde_json::from_str::<Content>(c).ok())
            {
                out.push(c.as_comparison());
            }
        }
    }
    out
}
