//! The integer model of one population: a junction tree of clique tables over merged
//! categories, with one non-negative variable per cell of every clique table.

use super::AuditError;
use super::expand::{Number, Spec};
use super::presolve::{Compactor, zero_variables};
use std::collections::{BTreeSet, HashMap};

/// A spec over merged categories: `(dimension, sorted classes)` for every restricted dimension.
type ClassSpec = Vec<(usize, Vec<u32>)>;

/// `lo <= Σ pos − Σ neg <= hi`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct Row {
    pub pos: Vec<u32>,
    pub neg: Vec<u32>,
    pub lo: u64,
    pub hi: Option<u64>,
}

/// A distinct hidden sum and the numbers that are this sum.
#[derive(Debug, Clone)]
pub(super) struct Target {
    pub vars: Vec<u32>,
    pub numbers: Vec<usize>,
}

/// The model of one population: independent blocks of variables.
#[derive(Debug, Clone)]
pub(super) struct Model {
    pub blocks: Vec<Block>,
    /// Audited numbers whose interval is known without solving.
    pub settled: Vec<(usize, (u64, Option<u64>))>,
}

/// Variables and rows that no other block's variables share a row with.
#[derive(Debug, Clone)]
pub(super) struct Block {
    /// Bounds of every variable.
    pub bounds: Vec<(u64, Option<u64>)>,
    pub rows: Vec<Row>,
    pub targets: Vec<Target>,
}

pub(super) fn inconsistent() -> AuditError {
    AuditError::Inconsistent { table: None }
}

/// One clique table: its dimensions, their number of classes, and where its variables start.
struct Clique {
    dims: Vec<usize>,
    sizes: Vec<usize>,
    offset: usize,
    len: usize,
}

impl Clique {
    /// The variables whose classes lie in `spec` (dimensions of `spec` must be in the clique).
    fn vars(&self, spec: &ClassSpec) -> Vec<u32> {
        // The allowed classes on each clique dimension, then their Cartesian product.
        let allowed: Vec<Vec<u32>> = self
            .dims
            .iter()
            .zip(&self.sizes)
            .map(|(d, &n)| match spec.iter().find(|(sd, _)| sd == d) {
                Some((_, classes)) => classes.clone(),
                None => (0..n as u32).collect(),
            })
            .collect();
        let mut out = vec![0u32];
        for (classes, &n) in allowed.iter().zip(&self.sizes) {
            let mut next = Vec::with_capacity(out.len() * classes.len());
            for &base in &out {
                for &c in classes {
                    next.push(base * n as u32 + c);
                }
            }
            out = next;
        }
        out.iter()
            .map(|&i| (self.offset + i as usize) as u32)
            .collect()
    }

    /// The class of dimension position `pos` of local variable index `i`.
    fn class_of(&self, mut i: usize, pos: usize) -> usize {
        for p in (pos + 1..self.dims.len()).rev() {
            i /= self.sizes[p];
        }
        i % self.sizes[pos]
    }
}

impl Model {
    /// The model of the numbers `members` (one population), built in six steps: merge the
    /// categories no number separates, triangulate the interaction graph into cliques, lay out
    /// one table of variables per clique, join the tables in a junction tree, add the published
    /// numbers as rows, and presolve into independent blocks ([`super::presolve`]).
    pub fn build(
        numbers: &[Number],
        members: &[usize],
        sizes: &[usize],
    ) -> Result<Model, AuditError> {
        let (class, classes) = merge_categories(numbers, members, sizes);
        let specs: Vec<Option<ClassSpec>> = members
            .iter()
            .map(|&i| {
                numbers[i]
                    .spec
                    .as_ref()
                    .map(|spec| class_spec(&class, &classes, spec))
            })
            .collect();
        let cliques = triangulate(&specs, &classes, sizes.len());
        let tables = clique_tables(&cliques, &classes)?;
        let nvars = tables.iter().map(|t| t.len).sum();
        let pinned = pinned_cells(numbers, members, &specs);
        let tree = junction_tree(&cliques, &tables, &classes, &pinned, nvars);
        let mut rows = tree.rows;
        let targets = published_rows(numbers, members, &specs, &tables, &mut rows)?;
        let zero = zero_variables(&rows, nvars)?;
        let compactor = Compactor::new(zero, tree.var_block, tree.blocks);
        let mut blocks = compactor.empty_blocks();
        compactor.place_rows(rows, &mut blocks)?;
        let settled = compactor.place_targets(targets, &mut blocks);
        blocks.retain(|b| !b.rows.is_empty() || !b.targets.is_empty());
        Ok(Model { blocks, settled })
    }
}

/// Step 1: merges the categories that no number separates (partition refinement). Returns the
/// class of every category of every dimension, and the number of classes per dimension.
fn merge_categories(
    numbers: &[Number],
    members: &[usize],
    sizes: &[usize],
) -> (Vec<Vec<u32>>, Vec<usize>) {
    let mut class: Vec<Vec<u32>> = sizes.iter().map(|&n| vec![0; n]).collect();
    let mut seen: Vec<BTreeSet<&[u32]>> = vec![BTreeSet::new(); sizes.len()];
    for &i in members {
        for (&dim, cats) in numbers[i].spec.iter().flatten() {
            if !seen[dim].insert(cats.as_slice()) {
                continue;
            }
            let mut inside = vec![false; class[dim].len()];
            for &c in cats {
                inside[c as usize] = true;
            }
            let mut renumber = HashMap::new();
            for (c, k) in class[dim].iter_mut().enumerate() {
                let next = renumber.len() as u32;
                *k = *renumber.entry((*k, inside[c])).or_insert(next);
            }
        }
    }
    let classes: Vec<usize> = class
        .iter()
        .map(|k| k.iter().max().map_or(0, |m| *m as usize + 1))
        .collect();
    (class, classes)
}

/// A number's spec over merged classes; a dimension whose every class is allowed is left out.
fn class_spec(class: &[Vec<u32>], classes: &[usize], spec: &Spec) -> ClassSpec {
    spec.iter()
        .filter_map(|(&dim, cats)| {
            let mut ks: Vec<u32> = cats.iter().map(|&c| class[dim][c as usize]).collect();
            ks.sort_unstable();
            ks.dedup();
            (ks.len() < classes[dim]).then_some((dim, ks))
        })
        .collect()
}

/// Step 2: the interaction graph of the dimensions (two are adjacent when one number restricts
/// both), triangulated by greedy min-fill elimination; returns its maximal cliques (one empty
/// clique when no number restricts anything).
fn triangulate(
    specs: &[Option<ClassSpec>],
    classes: &[usize],
    dims_len: usize,
) -> Vec<BTreeSet<usize>> {
    let mut adjacent: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); dims_len];
    let mut active = BTreeSet::new();
    for spec in specs.iter().flatten() {
        for (a, _) in spec {
            active.insert(*a);
            for (b, _) in spec {
                if a != b {
                    adjacent[*a].insert(*b);
                }
            }
        }
    }
    let weight = |set: &BTreeSet<usize>| set.iter().map(|&d| classes[d] as f64).product::<f64>();
    let mut remaining = active.clone();
    let mut cliques: Vec<BTreeSet<usize>> = Vec::new();
    while !remaining.is_empty() {
        let mut best: Option<(usize, f64, usize)> = None;
        for &v in &remaining {
            let neighbours: Vec<usize> = adjacent[v].iter().copied().collect();
            let mut fill = 0;
            for (x, &a) in neighbours.iter().enumerate() {
                for &b in &neighbours[x + 1..] {
                    if !adjacent[a].contains(&b) {
                        fill += 1;
                    }
                }
            }
            let mut clique = adjacent[v].clone();
            clique.insert(v);
            let w = weight(&clique);
            if best.is_none_or(|(f, bw, _)| (fill, w) < (f, bw)) {
                best = Some((fill, w, v));
            }
        }
        let Some((_, _, v)) = best else { break };
        let neighbours: Vec<usize> = adjacent[v].iter().copied().collect();
        for &a in &neighbours {
            for &b in &neighbours {
                if a != b {
                    adjacent[a].insert(b);
                }
            }
            adjacent[a].remove(&v);
        }
        let mut clique: BTreeSet<usize> = neighbours.into_iter().collect();
        clique.insert(v);
        remaining.remove(&v);
        if !cliques.iter().any(|c| clique.is_subset(c)) {
            cliques.retain(|c| !c.is_subset(&clique));
            cliques.push(clique);
        }
    }
    if cliques.is_empty() {
        cliques.push(BTreeSet::new());
    }
    cliques
}

/// Step 3: one table of variables per clique, numbered one after the other; refused when the
/// model grows too large to solve.
fn clique_tables(
    cliques: &[BTreeSet<usize>],
    classes: &[usize],
) -> Result<Vec<Clique>, AuditError> {
    let mut offset = 0;
    let mut tables = Vec::new();
    for c in cliques {
        let dims: Vec<usize> = c.iter().copied().collect();
        let sizes: Vec<usize> = dims.iter().map(|&d| classes[d]).collect();
        let len = sizes
            .iter()
            .try_fold(1usize, |a, &n| a.checked_mul(n))
            .filter(|&n| n <= u32::MAX as usize / 4);
        let Some(len) = len.filter(|&n| offset + n <= 50_000_000) else {
            return Err(AuditError::Solver("the model is too large".to_string()));
        };
        tables.push(Clique {
            dims,
            sizes,
            offset,
            len,
        });
        offset += len;
    }
    Ok(tables)
}

/// The cells published exactly (`lo == hi`), by their spec over merged classes.
fn pinned_cells<'a>(
    numbers: &[Number],
    members: &[usize],
    specs: &'a [Option<ClassSpec>],
) -> HashMap<&'a ClassSpec, u64> {
    let mut pinned: HashMap<&ClassSpec, u64> = HashMap::new();
    for (&i, spec) in members.iter().zip(specs) {
        let number = &numbers[i];
        if let (Some(spec), Some(hi)) = (spec, number.hi)
            && hi == number.lo
        {
            pinned.entry(spec).or_insert(hi);
        }
    }
    pinned
}

/// What the junction tree gives: the rows joining the clique tables, and which independent
/// block every variable belongs to.
struct Tree {
    rows: Vec<Row>,
    var_block: Vec<usize>,
    blocks: usize,
}

/// The representative of clique `c`'s block (union-find with path halving).
fn root(block_of: &mut [usize], mut c: usize) -> usize {
    while block_of[c] != c {
        block_of[c] = block_of[block_of[c]];
        c = block_of[c];
    }
    c
}

/// Step 4: the junction tree (a maximum spanning tree on separator size). Where every cell of a
/// separator is published exactly, the two sides are independent given those numbers: the edge
/// is cut, and each side gets the published numbers as rows. Otherwise the marginals of both
/// sides are equal.
fn junction_tree(
    cliques: &[BTreeSet<usize>],
    tables: &[Clique],
    classes: &[usize],
    pinned: &HashMap<&ClassSpec, u64>,
    nvars: usize,
) -> Tree {
    let mut rows: Vec<Row> = Vec::new();
    let mut block_of: Vec<usize> = (0..tables.len()).collect();
    let mut in_tree = vec![false; tables.len()];
    in_tree[0] = true;
    for _ in 1..tables.len() {
        let mut best: Option<(usize, usize, usize)> = None;
        for (a, _) in in_tree.iter().enumerate().filter(|(_, t)| **t) {
            for (b, _) in in_tree.iter().enumerate().filter(|(_, t)| !**t) {
                let shared = cliques[a].intersection(&cliques[b]).count();
                if best.is_none_or(|(s, _, _)| shared > s) {
                    best = Some((shared, a, b));
                }
            }
        }
        let Some((_, a, b)) = best else { break };
        in_tree[b] = true;
        let separator: Vec<usize> = cliques[a].intersection(&cliques[b]).copied().collect();
        let sep_len: usize = separator.iter().map(|&d| classes[d]).product();
        // The separator's cells and their published values, if all are published.
        let values: Option<Vec<u64>> = (0..sep_len)
            .map(|mut s| {
                let mut cell: ClassSpec = Vec::with_capacity(separator.len());
                for &d in separator.iter().rev() {
                    cell.push((d, vec![(s % classes[d]) as u32]));
                    s /= classes[d];
                }
                cell.reverse();
                pinned.get(&cell).copied()
            })
            .collect();
        if values.is_none() {
            let (ra, rb) = (root(&mut block_of, a), root(&mut block_of, b));
            block_of[rb] = ra;
        }
        let mut sums: Vec<[Vec<u32>; 2]> = vec![[Vec::new(), Vec::new()]; sep_len];
        for (side, t) in [a, b].into_iter().enumerate() {
            let table = &tables[t];
            let positions: Vec<usize> = separator
                .iter()
                .filter_map(|d| table.dims.iter().position(|x| x == d))
                .collect();
            for i in 0..table.len {
                let mut s = 0;
                for (&p, &d) in positions.iter().zip(&separator) {
                    s = s * classes[d] + table.class_of(i, p);
                }
                sums[s][side].push((table.offset + i) as u32);
            }
        }
        for (s, [pos, neg]) in sums.into_iter().enumerate() {
            match &values {
                Some(values) => {
                    for side in [pos, neg] {
                        rows.push(Row {
                            pos: side,
                            neg: Vec::new(),
                            lo: values[s],
                            hi: Some(values[s]),
                        });
                    }
                }
                None => rows.push(Row {
                    pos,
                    neg,
                    lo: 0,
                    hi: Some(0),
                }),
            }
        }
    }
    // The block of every variable.
    let mut var_block = vec![0usize; nvars];
    let mut block_ids: HashMap<usize, usize> = HashMap::new();
    for (c, table) in tables.iter().enumerate() {
        let r = root(&mut block_of, c);
        let next = block_ids.len();
        let id = *block_ids.entry(r).or_insert(next);
        var_block[table.offset..table.offset + table.len].fill(id);
    }
    Tree {
        rows,
        var_block,
        blocks: block_ids.len(),
    }
}

/// A number audited, with its variables (`None` for the population total).
pub(super) type Audited = (usize, Option<Vec<u32>>);

/// Step 5: the published numbers, added to `rows`; returns the audited ones with their
/// variables.
fn published_rows(
    numbers: &[Number],
    members: &[usize],
    specs: &[Option<ClassSpec>],
    tables: &[Clique],
    rows: &mut Vec<Row>,
) -> Result<Vec<Audited>, AuditError> {
    let mut var_cache: HashMap<ClassSpec, Vec<u32>> = HashMap::new();
    let mut vars_of = |spec: &ClassSpec| -> Vec<u32> {
        if let Some(vars) = var_cache.get(spec) {
            return vars.clone();
        }
        let table = tables
            .iter()
            .filter(|t| spec.iter().all(|(d, _)| t.dims.contains(d)))
            .min_by_key(|t| t.len);
        let vars = table.map(|t| t.vars(spec)).unwrap_or_default();
        var_cache.insert(spec.clone(), vars.clone());
        vars
    };
    let mut targets: Vec<Audited> = Vec::new();
    for (&i, spec) in members.iter().zip(specs) {
        let number = &numbers[i];
        let vars = spec.as_ref().map(&mut vars_of);
        if number.constrains() {
            match &vars {
                Some(vars) => rows.push(Row {
                    pos: vars.clone(),
                    neg: Vec::new(),
                    lo: number.lo,
                    hi: number.hi,
                }),
                None if number.lo > 0 => return Err(inconsistent()),
                None => {}
            }
        }
        if number.audited() {
            targets.push((i, vars));
        }
    }
    Ok(targets)
}
