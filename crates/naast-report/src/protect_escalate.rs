//! Steps beyond the usual repair, for a period that hiding numbers one by one cannot protect:
//! more numbers of the annual tables, then a population's breakdowns of the period left out
//! whole. Only tables of the period being prepared change; published quarters never do.

use super::{Ctx, Extra, ExtraKind, ProtectError, State, ctx_withheld_keys};
use crate::audit::Finding;
use crate::plan::Pop;
use crate::release::Release;
use crate::series::{Key, TableDef};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// Takes the steps until the audit passes or nothing is left to hide; `extra` receives what
/// they hid. Returns the last release and what the audit still finds.
pub(super) fn escalate(
    ctx: &Ctx,
    st: &mut State,
    findings: Vec<Finding>,
    extra: &mut Vec<Extra>,
) -> Result<(Release, Vec<Finding>), ProtectError> {
    let series = ctx.series;
    let before: HashSet<Key> = st.hidden.clone();
    let table = |id: &str| series.tables.iter().find(|t| t.id == id);
    let prepared = |t: &TableDef| !ctx.frozen.is_frozen_table(t.quarter);
    let mut findings = findings;
    let mut release = None;
    let mut protects: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    // 1. Every number of the annual tables near the findings, then of all the population's
    //    annual tables; the repair then shows again what a reader works out anyway.
    if series.annual && !ctx.frozen.year {
        for wide in [false, true] {
            let mut targets: Vec<&TableDef> = Vec::new();
            for f in &findings {
                let Some(ft) = table(&f.table) else { continue };
                for t in series.tables.iter().filter(|t| {
                    t.quarter == 0
                        && t.pop == ft.pop
                        && !t.dims.is_empty()
                        && !st.withheld.contains(&t.id)
                        && (wide || t.dims == ft.dims)
                }) {
                    protects
                        .entry(t.id.clone())
                        .or_default()
                        .insert(f.table.clone());
                    if !targets.iter().any(|x| x.id == t.id) {
                        targets.push(t);
                    }
                }
            }
            if targets.is_empty() {
                continue;
            }
            let mut added = false;
            for t in &targets {
                for (key, _, _) in series.entries(t) {
                    if ctx.can_hide(&key, &st.shown) {
                        added |= st.hidden.insert(key);
                    }
                }
                if !extra.iter().any(|e| e.table == t.id) {
                    extra.push(Extra {
                        kind: ExtraKind::Hidden,
                        table: t.id.clone(),
                        numbers: 0,
                        protects: Vec::new(),
                    });
                }
            }
            if !added {
                continue;
            }
            let (r, f) = ctx.repair(st)?;
            release = Some(r);
            findings = f;
            if findings.is_empty() {
                break;
            }
        }
    }
    // 2. The population's breakdowns of the period left out whole: only its totals remain.
    while !findings.is_empty() {
        let pops: BTreeSet<Pop> = findings
            .iter()
            .filter_map(|f| table(&f.table).map(|t| t.pop))
            .collect();
        let mut ids = Vec::new();
        for t in series.tables.iter().filter(|t| {
            pops.contains(&t.pop)
                && prepared(t)
                && !t.dims.is_empty()
                && !st.withheld.contains(&t.id)
        }) {
            for f in findings
                .iter()
                .filter(|f| table(&f.table).is_some_and(|ft| ft.pop == t.pop))
            {
                protects
                    .entry(t.id.clone())
                    .or_default()
                    .insert(f.table.clone());
            }
            ids.push(t.id.clone());
        }
        if ids.is_empty() {
            break;
        }
        for key in ctx_withheld_keys(ctx, &ids) {
            st.shown.remove(&key);
            st.hidden.insert(key);
        }
        for id in &ids {
            extra.retain(|e| &e.table != id);
            extra.push(Extra {
                kind: ExtraKind::Withheld,
                table: id.clone(),
                numbers: 0,
                protects: Vec::new(),
            });
        }
        st.withheld.extend(ids);
        let (r, f) = ctx.repair(st)?;
        release = Some(r);
        findings = f;
    }
    // What each step hid in the end (the repair may have shown some again).
    for e in extra.iter_mut() {
        let Some(t) = table(&e.table) else { continue };
        let keys: Vec<Key> = series.entries(t).into_iter().map(|(k, _, _)| k).collect();
        e.numbers = match e.kind {
            ExtraKind::Withheld => keys.iter().filter(|k| !k.at.is_empty()).count(),
            ExtraKind::Hidden => keys
                .iter()
                .filter(|k| st.hidden.contains(*k) && !before.contains(*k))
                .count(),
        };
        let mut p: Vec<String> = protects
            .get(&e.table)
            .into_iter()
            .flatten()
            .cloned()
            .collect();
        p.sort_by_key(|id| (id != &e.table, id.clone()));
        e.protects = p;
    }
    extra.retain(|e| e.numbers > 0);
    let release = match release {
        Some(r) => r,
        None => ctx.audit(st)?.0,
    };
    Ok((release, findings))
}
