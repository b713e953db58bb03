//! From tables to numbers: every published or hidden number of a release, as a sum over a set
//! of finest categories per dimension.

use super::AuditError;
use crate::release::{Dimension, Entry, Grid, Release, Table, Value};
use std::collections::{BTreeMap, HashMap, HashSet};

/// A set of finest categories per dimension (dimension index → sorted category indices). An
/// absent dimension is unrestricted.
pub(super) type Spec = BTreeMap<usize, Vec<u32>>;

/// The most interior cells an `omitted_cells: "zero"` table may imply.
const MAX_INTERIOR: usize = 1_000_000;

/// One number of the release, as the reader knows it.
#[derive(Debug, Clone)]
pub(super) struct Number {
    /// Index into `release.tables`.
    pub table: usize,
    pub at: BTreeMap<String, String>,
    /// A margin (its `at` is a strict subset of the table's dimensions).
    pub margin: bool,
    pub exempt: bool,
    /// Published exactly: the true value is `lo`.
    pub exact: bool,
    /// What the reader knows: the true value lies in `lo..=hi` (`hi` `None`: unbounded).
    pub lo: u64,
    pub hi: Option<u64>,
    /// What the number counts; `None` when some dimension's set is empty (the number is 0).
    pub spec: Option<Spec>,
}

impl Number {
    /// Hidden, or published only partially (an interval, or with uncertainty).
    pub fn audited(&self) -> bool {
        !self.exact
    }

    /// Published at all (a fully hidden number constrains nothing).
    pub fn constrains(&self) -> bool {
        self.lo > 0 || self.hi.is_some()
    }
}

/// The release's dimensions, indexed.
pub(super) struct Dims<'a> {
    index: HashMap<&'a str, usize>,
    defs: Vec<&'a Dimension>,
    categories: Vec<HashMap<&'a str, u32>>,
}

impl<'a> Dims<'a> {
    pub fn new(release: &'a Release) -> Self {
        let mut index = HashMap::new();
        let mut defs = Vec::new();
        let mut categories = Vec::new();
        for (i, (name, def)) in release.dimensions.iter().enumerate() {
            index.insert(name.as_str(), i);
            defs.push(def);
            categories.push(
                def.categories()
                    .iter()
                    .enumerate()
                    .map(|(j, c)| (c.as_str(), j as u32))
                    .collect(),
            );
        }
        Dims {
            index,
            defs,
            categories,
        }
    }

    /// The number of finest categories of dimension `dim`.
    pub fn size(&self, dim: usize) -> usize {
        self.categories[dim].len()
    }

    fn dimension(&self, table: &Table, name: &str) -> Result<usize, AuditError> {
        self.index
            .get(name)
            .copied()
            .ok_or_else(|| AuditError::UnknownDimension {
                table: table.id.clone(),
                dimension: name.to_string(),
            })
    }

    /// The finest categories (indices, sorted) a code of dimension `dim` stands for.
    fn expand(
        &self,
        table: &Table,
        dim: usize,
        name: &str,
        code: &str,
    ) -> Result<Vec<u32>, AuditError> {
        let unknown = || AuditError::UnknownCategory {
            table: table.id.clone(),
            dimension: name.to_string(),
            code: code.to_string(),
        };
        let finest = self.defs[dim].expand(code).ok_or_else(unknown)?;
        let mut out = finest
            .iter()
            .map(|c| {
                self.categories[dim]
                    .get(c.as_str())
                    .copied()
                    .ok_or_else(unknown)
            })
            .collect::<Result<Vec<_>, _>>()?;
        out.sort_unstable();
        out.dedup();
        Ok(out)
    }
}

/// Restricts `spec` on `dim` to `cats` (intersecting with an earlier restriction).
fn restrict(spec: &mut Spec, dim: usize, cats: &[u32]) {
    match spec.get_mut(&dim) {
        Some(have) => have.retain(|c| cats.binary_search(c).is_ok()),
        None => {
            spec.insert(dim, cats.to_vec());
        }
    }
}

/// Drops unrestricted dimensions; `None` when a dimension's set is empty.
fn normalise(mut spec: Spec, dims: &Dims) -> Option<Spec> {
    if spec.values().any(Vec::is_empty) {
        return None;
    }
    spec.retain(|&dim, cats| cats.len() < dims.size(dim));
    Some(spec)
}

/// Every number of the release, table by table, entries in order (cells, then margins, then
/// omitted cells read as zero).
pub(super) fn numbers(release: &Release) -> Result<Vec<Number>, AuditError> {
    let dims = Dims::new(release);
    let mut ids = HashSet::new();
    let mut out = Vec::new();
    for (i, table) in release.tables.iter().enumerate() {
        if !ids.insert(table.id.as_str()) {
            return Err(invalid(table, "another table has the same id".to_string()));
        }
        table_numbers(&dims, i, table, &mut out)?;
    }
    Ok(out)
}

fn invalid(table: &Table, problem: String) -> AuditError {
    AuditError::InvalidTable {
        table: table.id.clone(),
        problem,
    }
}

fn table_numbers(
    dims: &Dims,
    ti: usize,
    table: &Table,
    out: &mut Vec<Number>,
) -> Result<(), AuditError> {
    let table_dims = table
        .dimensions
        .iter()
        .map(|name| dims.dimension(table, name))
        .collect::<Result<Vec<_>, _>>()?;
    if table_dims.iter().collect::<HashSet<_>>().len() < table_dims.len() {
        return Err(invalid(table, "a dimension is listed twice".to_string()));
    }
    let mut fixed = Spec::new();
    for (name, code) in &table.fixed {
        let dim = dims.dimension(table, name)?;
        let cats = dims.expand(table, dim, name, code)?;
        restrict(&mut fixed, dim, &cats);
    }
    let plus_minus = table.uncertainty.as_ref().map_or(0, |u| u.plus_minus);

    let (mut entries, axes) = match &table.grid {
        Some(grid) => grid_entries(table, grid)?,
        None => (Vec::new(), Vec::new()),
    };
    entries.extend(table.cells.iter().cloned());
    entries.extend(table.margins.iter().cloned());

    // Interior cells as listed: the finest categories of each table dimension, in table order.
    let mut listed: Vec<Vec<Vec<u32>>> = Vec::new();
    for entry in &entries {
        let mut spec = fixed.clone();
        let mut interior = vec![Vec::new(); table_dims.len()];
        for (name, code) in &entry.at {
            let dim = dims.dimension(table, name)?;
            let Some(pos) = table_dims.iter().position(|&d| d == dim) else {
                return Err(invalid(
                    table,
                    format!("an entry is at {name:?}, which is not one of the table's dimensions"),
                ));
            };
            let cats = dims.expand(table, dim, name, code)?;
            restrict(&mut spec, dim, &cats);
            interior[pos] = cats;
        }
        let margin = entry.at.len() < table_dims.len();
        if !margin {
            listed.push(interior);
        }
        let (lo, hi, exact) = known(table, &entry.value, plus_minus)?;
        out.push(Number {
            table: ti,
            at: entry.at.clone(),
            margin,
            exempt: entry.exempt,
            exact,
            lo,
            hi,
            spec: normalise(spec, dims),
        });
    }

    match table.omitted_cells.as_deref() {
        None | Some("zero") => {}
        Some("unknown") => return Ok(()),
        Some(other) => {
            return Err(invalid(
                table,
                format!("omitted_cells is {other:?}, expected \"zero\" or \"unknown\""),
            ));
        }
    }
    if table_dims.is_empty() {
        return Ok(());
    }
    // The table's categories per dimension: `categories`, else the grid's rows and columns,
    // else all categories of the dimension.
    let mut codes: Vec<Vec<(String, Vec<u32>)>> = Vec::new();
    for (pos, (&dim, name)) in table_dims.iter().zip(&table.dimensions).enumerate() {
        let list: Vec<String> = match (
            table.categories.as_ref().and_then(|c| c.get(name)),
            axes.get(pos),
        ) {
            (Some(list), _) => list.clone(),
            (None, Some(axis)) => axis.clone(),
            (None, None) => dims.defs[dim].categories().to_vec(),
        };
        let expanded = list
            .into_iter()
            .map(|code| {
                let cats = dims.expand(table, dim, name, &code)?;
                Ok((code, cats))
            })
            .collect::<Result<Vec<_>, AuditError>>()?;
        codes.push(expanded);
    }
    let total: usize = codes
        .iter()
        .map(Vec::len)
        .try_fold(1usize, |a, n| a.checked_mul(n))
        .unwrap_or(usize::MAX);
    if total > MAX_INTERIOR {
        return Err(invalid(
            table,
            format!("{total} interior cells is too many"),
        ));
    }
    let overlaps = |a: &[u32], b: &[u32]| a.iter().any(|c| b.binary_search(c).is_ok());
    let (lo, hi, exact) = known(table, &Value::Count(0), plus_minus)?;
    let mut pick = vec![0usize; codes.len()];
    'combos: for _ in 0..total {
        let covered = listed.iter().any(|cell| {
            cell.iter()
                .zip(&pick)
                .zip(&codes)
                .all(|((cats, &p), axis)| overlaps(cats, &axis[p].1))
        });
        if !covered {
            let mut spec = fixed.clone();
            let mut at = BTreeMap::new();
            for ((&p, axis), (&dim, name)) in pick
                .iter()
                .zip(&codes)
                .zip(table_dims.iter().zip(&table.dimensions))
            {
                restrict(&mut spec, dim, &axis[p].1);
                at.insert(name.clone(), axis[p].0.clone());
            }
            out.push(Number {
                table: ti,
                at,
                margin: false,
                exempt: false,
                exact,
                lo,
                hi,
                spec: normalise(spec, dims),
            });
        }
        // Next combination (the last dimension fastest).
        for pos in (0..pick.len()).rev() {
            pick[pos] += 1;
            if pick[pos] < codes[pos].len() {
                continue 'combos;
            }
            pick[pos] = 0;
        }
    }
    Ok(())
}

/// What the reader knows of a value: `(lo, hi, exact)`, widened by the table's uncertainty.
fn known(
    table: &Table,
    value: &Value,
    plus_minus: u64,
) -> Result<(u64, Option<u64>, bool), AuditError> {
    let (lo, hi) = value.known();
    if hi.is_some_and(|hi| hi < lo) {
        return Err(AuditError::Inconsistent {
            table: Some(table.id.clone()),
        });
    }
    if (lo, hi) == (0, None) {
        return Ok((0, None, false));
    }
    let exact = hi == Some(lo) && plus_minus == 0;
    Ok((
        lo.saturating_sub(plus_minus),
        hi.map(|hi| hi.saturating_add(plus_minus)),
        exact,
    ))
}

fn grid_value(table: &Table, value: &serde_json::Value) -> Result<Value, AuditError> {
    serde_json::from_value(value.clone()).map_err(|_| {
        invalid(
            table,
            format!("{value} is not a count, a hidden mark or an interval"),
        )
    })
}

/// The grid's cells and margins, and its axes (rows, then columns).
fn grid_entries(table: &Table, grid: &Grid) -> Result<(Vec<Entry>, Vec<Vec<String>>), AuditError> {
    let entry = |at: Vec<(&String, &String)>, value: &serde_json::Value, exempt: bool| {
        Ok::<_, AuditError>(Entry {
            at: at
                .into_iter()
                .map(|(d, c)| (d.clone(), c.clone()))
                .collect(),
            value: grid_value(table, value)?,
            exempt,
        })
    };
    let mismatch = |what: &str| {
        invalid(
            table,
            format!("the grid's {what} do not match its rows and columns"),
        )
    };
    let mut entries = Vec::new();
    match (table.dimensions.as_slice(), &grid.cols) {
        ([d0], None) => {
            if grid.values.len() != grid.rows.len() {
                return Err(mismatch("values"));
            }
            if grid.row_totals.is_some() || grid.col_totals.is_some() {
                return Err(invalid(table, "a 1-D grid has only a total".to_string()));
            }
            for (row, value) in grid.rows.iter().zip(&grid.values) {
                entries.push(entry(vec![(d0, row)], value, false)?);
            }
        }
        ([d0, d1], Some(cols)) => {
            if grid.values.len() != grid.rows.len() {
                return Err(mismatch("values"));
            }
            for (row, values) in grid.rows.iter().zip(&grid.values) {
                let values = values
                    .as_array()
                    .filter(|v| v.len() == cols.len())
                    .ok_or_else(|| mismatch("values"))?;
                for (col, value) in cols.iter().zip(values) {
                    entries.push(entry(vec![(d0, row), (d1, col)], value, false)?);
                }
            }
            if let Some(totals) = &grid.row_totals {
                if totals.len() != grid.rows.len() {
                    return Err(mismatch("row_totals"));
                }
                for (row, value) in grid.rows.iter().zip(totals) {
                    entries.push(entry(vec![(d0, row)], value, false)?);
                }
            }
            if let Some(totals) = &grid.col_totals {
                if totals.len() != cols.len() {
                    return Err(mismatch("col_totals"));
                }
                for (col, value) in cols.iter().zip(totals) {
                    entries.push(entry(vec![(d1, col)], value, false)?);
                }
            }
        }
        _ => {
            return Err(invalid(
                table,
                "a grid needs one dimension (rows) or two (rows and cols)".to_string(),
            ));
        }
    }
    if let Some(total) = &grid.total {
        entries.push(entry(Vec::new(), total, grid.total_exempt)?);
    }
    let mut axes = vec![grid.rows.clone()];
    axes.extend(grid.cols.clone());
    Ok((entries, axes))
}
