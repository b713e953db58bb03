//! Kwesties, the people on them, their timeline and tasks, and their statistical records.
//! Everything personal arrives sealed; this module stores codes, dates and blobs.

use crate::Result;
use crate::row::{i, ob, oi, os, s};
use sqlx::any::AnyRow;
use sqlx::{Any, Executor};

#[derive(Debug, Clone, Default)]
pub struct CaseRow {
    pub id: i64,
    pub tenant_id: i64,
    pub reference: String,
    pub data_key_id: i64,
    pub status: String,
    pub channel: String,
    pub citizen_id: Option<i64>,
    pub owner_user_id: Option<i64>,
    pub area: Option<String>,
    pub organisation: Option<String>,
    pub primary_nature: Option<String>,
    pub natures: String,
    pub found_via: Option<String>,
    pub decision_kind: Option<String>,
    pub decision_date: Option<String>,
    pub decision_sent_on: Option<String>,
    pub options: String,
    pub option_chosen: Option<String>,
    pub opened_on: String,
    pub closed_on: Option<String>,
    pub outcome: Option<String>,
    pub external_outcome: Option<String>,
    pub sealed: Option<Vec<u8>>,
    pub version: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

const COLS: &str = "id, tenant_id, reference, data_key_id, status, channel, citizen_id, owner_user_id, area, \
    organisation, primary_nature, natures, found_via, decision_kind, decision_date, decision_sent_on, options, \
    option_chosen, opened_on, closed_on, outcome, external_outcome, sealed, version, created_at, updated_at";

/// The list's columns: everything but the sealed content, which a list never shows (and which
/// would otherwise be read and sorted for every matching row).
const LIST_COLS: &str = "id, tenant_id, reference, data_key_id, status, channel, citizen_id, owner_user_id, area, \
    organisation, primary_nature, natures, found_via, decision_kind, decision_date, decision_sent_on, options, \
    option_chosen, opened_on, closed_on, outcome, external_outcome, version, created_at, updated_at";

fn map_listed(r: &AnyRow) -> Result<CaseRow> {
    map_with(r, false)
}

fn map(r: &AnyRow) -> Result<CaseRow> {
    map_with(r, true)
}

fn map_with(r: &AnyRow, sealed: bool) -> Result<CaseRow> {
    Ok(CaseRow {
        id: i(r, "id")?,
        tenant_id: i(r, "tenant_id")?,
        reference: s(r, "reference")?,
        data_key_id: i(r, "data_key_id")?,
        status: s(r, "status")?,
        channel: s(r, "channel")?,
        citizen_id: oi(r, "citizen_id")?,
        owner_user_id: oi(r, "owner_user_id")?,
        area: os(r, "area")?,
        organisation: os(r, "organisation")?,
        primary_nature: os(r, "primary_nature")?,
        natures: s(r, "natures")?,
        found_via: os(r, "found_via")?,
        decision_kind: os(r, "decision_kind")?,
        decision_date: os(r, "decision_date")?,
        decision_sent_on: os(r, "decision_sent_on")?,
        options: s(r, "options")?,
        option_chosen: os(r, "option_chosen")?,
        opened_on: s(r, "opened_on")?,
        closed_on: os(r, "closed_on")?,
        outcome: os(r, "outcome")?,
        external_outcome: os(r, "external_outcome")?,
        sealed: if sealed { ob(r, "sealed")? } else { None },
        version: i(r, "version")?,
        created_at: i(r, "created_at")?,
        updated_at: i(r, "updated_at")?,
    })
}

/// Inserts a new case; returns its id. `reference` is unique: a clash is a `Conflict`.
pub async fn insert(ex: impl Executor<'_, Database = Any>, c: &CaseRow) -> Result<i64> {
    let now = crate::now();
    let r = sqlx::query(
        "INSERT INTO cases (tenant_id, reference, data_key_id, status, channel, citizen_id, owner_user_id, area, \
         found_via, opened_on, sealed, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
    )
    .bind(c.tenant_id)
    .bind(&c.reference)
    .bind(c.data_key_id)
    .bind(&c.status)
    .bind(&c.channel)
    .bind(c.citizen_id)
    .bind(c.owner_user_id)
    .bind(&c.area)
    .bind(&c.found_via)
    .bind(&c.opened_on)
    .bind(&c.sealed)
    .bind(now)
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

pub async fn by_reference(
    ex: impl Executor<'_, Database = Any>,
    reference: &str,
) -> Result<Option<CaseRow>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLS} FROM cases WHERE reference = $1"));
    sqlx::query(sql)
        .bind(reference)
        .fetch_optional(ex)
        .await?
        .as_ref()
        .map(map)
        .transpose()
}

pub async fn by_id(ex: impl Executor<'_, Database = Any>, id: i64) -> Result<Option<CaseRow>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLS} FROM cases WHERE id = $1"));
    sqlx::query(sql)
        .bind(id)
        .fetch_optional(ex)
        .await?
        .as_ref()
        .map(map)
        .transpose()
}

/// Writes every mutable column if the row is still at `c.version`; false when someone else
/// saved first. The version goes up by one.
pub async fn update(ex: impl Executor<'_, Database = Any>, c: &CaseRow) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE cases SET status = $1, owner_user_id = $2, area = $3, organisation = $4, primary_nature = $5, \
         natures = $6, found_via = $7, decision_kind = $8, decision_date = $9, decision_sent_on = $10, options = $11, \
         option_chosen = $12, closed_on = $13, outcome = $14, external_outcome = $15, sealed = $16, citizen_id = $17, \
         updated_at = $18, version = version + 1 WHERE id = $19 AND version = $20",
    )
    .bind(&c.status)
    .bind(c.owner_user_id)
    .bind(&c.area)
    .bind(&c.organisation)
    .bind(&c.primary_nature)
    .bind(&c.natures)
    .bind(&c.found_via)
    .bind(&c.decision_kind)
    .bind(&c.decision_date)
    .bind(&c.decision_sent_on)
    .bind(&c.options)
    .bind(&c.option_chosen)
    .bind(&c.closed_on)
    .bind(&c.outcome)
    .bind(&c.external_outcome)
    .bind(&c.sealed)
    .bind(c.citizen_id)
    .bind(crate::now())
    .bind(c.id)
    .bind(c.version)
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// The case list counts matches up to this many; more shows as "more than".
pub const COUNT_CAP: i64 = 1000;

/// Filters for the case list; `None` means any.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub tenant_ids: Vec<i64>,
    pub status: Option<String>,
    /// Only cases that are not closed.
    pub open_only: bool,
    pub area: Option<String>,
    pub organisation: Option<String>,
    pub owner_user_id: Option<i64>,
    pub opened_from: Option<String>,
    pub opened_to: Option<String>,
    pub citizen_ids: Option<Vec<i64>>,
    pub reference: Option<String>,
    /// `opened_desc` (default), `opened_asc`, `updated_desc`.
    pub sort: String,
    pub limit: i64,
    pub offset: i64,
}

/// The cases matching `f`, newest first, and how many match in all.
pub async fn list(ex: &sqlx::AnyPool, f: &Filter) -> Result<(Vec<CaseRow>, i64)> {
    if f.tenant_ids.is_empty() {
        return Ok((Vec::new(), 0));
    }
    // Every value is bound; only fixed SQL fragments and placeholder numbers are formatted in.
    let mut conds = Vec::new();
    let mut binds: Vec<Bind> = Vec::new();
    let tenants: Vec<String> = f
        .tenant_ids
        .iter()
        .map(|t| {
            binds.push(Bind::I(*t));
            format!("${}", binds.len())
        })
        .collect();
    conds.push(format!("tenant_id IN ({})", tenants.join(", ")));
    let mut eq = |col: &str, v: &Option<String>, binds: &mut Vec<Bind>| {
        if let Some(v) = v {
            binds.push(Bind::S(v.clone()));
            conds.push(format!("{col} = ${}", binds.len()));
        }
    };
    eq("status", &f.status, &mut binds);
    eq("area", &f.area, &mut binds);
    eq("organisation", &f.organisation, &mut binds);
    eq("reference", &f.reference, &mut binds);
    if let Some(from) = &f.opened_from {
        binds.push(Bind::S(from.clone()));
        conds.push(format!("opened_on >= ${}", binds.len()));
    }
    if let Some(to) = &f.opened_to {
        binds.push(Bind::S(to.clone()));
        conds.push(format!("opened_on <= ${}", binds.len()));
    }
    if let Some(o) = f.owner_user_id {
        binds.push(Bind::I(o));
        conds.push(format!("owner_user_id = ${}", binds.len()));
    }
    if f.open_only {
        conds.push("status <> 'closed'".into());
    }
    if let Some(ids) = &f.citizen_ids {
        if ids.is_empty() {
            return Ok((Vec::new(), 0));
        }
        let ph: Vec<String> = ids
            .iter()
            .map(|id| {
                binds.push(Bind::I(*id));
                format!("${}", binds.len())
            })
            .collect();
        conds.push(format!("citizen_id IN ({})", ph.join(", ")));
    }
    let order = match f.sort.as_str() {
        "opened_asc" => "opened_on ASC, id ASC",
        "updated_desc" => "updated_at DESC, id DESC",
        _ => "opened_on DESC, id DESC",
    };
    let wher = conds.join(" AND ");
    // Counting stops at COUNT_CAP: beyond that a person needs a narrower filter, not a number,
    // and counting every match of a broad filter over 100,000 cases costs more than the page.
    let count_sql = sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) AS n FROM (SELECT 1 FROM cases WHERE {wher} LIMIT {}) AS matched",
        COUNT_CAP + 1
    ));
    let mut q = sqlx::query(count_sql);
    for b in &binds {
        q = b.bind(q);
    }
    let total = i(&q.fetch_one(ex).await?, "n")?;
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {LIST_COLS} FROM cases WHERE {wher} ORDER BY {order} LIMIT {} OFFSET {}",
        f.limit.clamp(1, 500),
        f.offset.max(0)
    ));
    let mut q = sqlx::query(sql);
    for b in &binds {
        q = b.bind(q);
    }
    let rows = q.fetch_all(ex).await?;
    Ok((
        rows.iter().map(map_listed).collect::<Result<Vec<_>>>()?,
        total,
    ))
}

enum Bind {
    I(i64),
    S(String),
}

impl Bind {
    fn bind<'q>(
        &self,
        q: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments>,
    ) -> sqlx::query::Query<'q, Any, sqlx::any::AnyArguments> {
        match self {
            Bind::I(v) => q.bind(*v),
            Bind::S(v) => q.bind(v.clone()),
        }
    }
}

/// The other cases of the same citizen.
pub async fn of_citizen(
    ex: impl Executor<'_, Database = Any>,
    citizen_id: i64,
) -> Result<Vec<CaseRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLS} FROM cases WHERE citizen_id = $1 ORDER BY opened_on DESC"
    ));
    sqlx::query(sql)
        .bind(citizen_id)
        .fetch_all(ex)
        .await?
        .iter()
        .map(map)
        .collect()
}

// ---- timeline ----

#[derive(Debug, Clone)]
pub struct EntryRow {
    pub id: i64,
    pub kind: String,
    pub on_date: String,
    pub channel: Option<String>,
    pub activities: String,
    pub minutes: i64,
    pub sealed: Option<Vec<u8>>,
    pub author_user_id: Option<i64>,
    pub created_at: i64,
}

#[expect(clippy::too_many_arguments, reason = "one column each")]
pub async fn insert_entry(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    kind: &str,
    on_date: &str,
    channel: Option<&str>,
    activities: &str,
    minutes: i64,
    sealed: Option<&[u8]>,
    author: Option<i64>,
) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO case_entries (case_id, kind, on_date, channel, activities, minutes, sealed, author_user_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(case_id)
    .bind(kind)
    .bind(on_date)
    .bind(channel)
    .bind(activities)
    .bind(minutes)
    .bind(sealed)
    .bind(author)
    .bind(crate::now())
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

pub async fn entries(ex: impl Executor<'_, Database = Any>, case_id: i64) -> Result<Vec<EntryRow>> {
    let rows = sqlx::query(
        "SELECT id, kind, on_date, channel, activities, minutes, sealed, author_user_id, created_at \
         FROM case_entries WHERE case_id = $1 ORDER BY on_date DESC, id DESC",
    )
    .bind(case_id)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(EntryRow {
                id: i(r, "id")?,
                kind: s(r, "kind")?,
                on_date: s(r, "on_date")?,
                channel: os(r, "channel")?,
                activities: s(r, "activities")?,
                minutes: i(r, "minutes")?,
                sealed: ob(r, "sealed")?,
                author_user_id: oi(r, "author_user_id")?,
                created_at: i(r, "created_at")?,
            })
        })
        .collect()
}

// ---- tasks ----

#[derive(Debug, Clone)]
pub struct TaskRow {
    pub id: i64,
    pub case_id: i64,
    pub sealed: Option<Vec<u8>>,
    pub due_on: String,
    pub owner_user_id: Option<i64>,
    pub done_at: Option<i64>,
}

fn map_task(r: &AnyRow) -> Result<TaskRow> {
    Ok(TaskRow {
        id: i(r, "id")?,
        case_id: i(r, "case_id")?,
        sealed: ob(r, "sealed")?,
        due_on: s(r, "due_on")?,
        owner_user_id: oi(r, "owner_user_id")?,
        done_at: oi(r, "done_at")?,
    })
}

pub async fn insert_task(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    sealed: &[u8],
    due_on: &str,
    owner: Option<i64>,
) -> Result<i64> {
    let r = sqlx::query("INSERT INTO tasks (case_id, sealed, due_on, owner_user_id, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(case_id)
        .bind(sealed)
        .bind(due_on)
        .bind(owner)
        .bind(crate::now())
        .fetch_one(ex)
        .await?;
    Ok(i(&r, "id")?)
}

pub async fn tasks_of_case(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<Vec<TaskRow>> {
    let rows = sqlx::query("SELECT id, case_id, sealed, due_on, owner_user_id, done_at FROM tasks WHERE case_id = $1 ORDER BY done_at IS NOT NULL, due_on, id")
        .bind(case_id)
        .fetch_all(ex)
        .await?;
    rows.iter().map(map_task).collect()
}

/// Open tasks of a user due on or before `until`.
pub async fn due_tasks(
    ex: impl Executor<'_, Database = Any>,
    owner: i64,
    until: &str,
) -> Result<Vec<TaskRow>> {
    let rows = sqlx::query(
        "SELECT id, case_id, sealed, due_on, owner_user_id, done_at FROM tasks \
         WHERE owner_user_id = $1 AND done_at IS NULL AND due_on <= $2 ORDER BY due_on, id",
    )
    .bind(owner)
    .bind(until)
    .fetch_all(ex)
    .await?;
    rows.iter().map(map_task).collect()
}

/// Marks every open task of a case done (the case was closed).
pub async fn complete_open_tasks(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<u64> {
    let r = sqlx::query("UPDATE tasks SET done_at = $1 WHERE case_id = $2 AND done_at IS NULL")
        .bind(crate::now())
        .bind(case_id)
        .execute(ex)
        .await?;
    Ok(r.rows_affected())
}

pub async fn complete_task(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    case_id: i64,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE tasks SET done_at = $1 WHERE id = $2 AND case_id = $3 AND done_at IS NULL",
    )
    .bind(crate::now())
    .bind(id)
    .bind(case_id)
    .execute(ex)
    .await?;
    Ok(r.rows_affected() == 1)
}

// ---- statistical records ----

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatRecord {
    pub case_key: i64,
    pub tenant_id: i64,
    pub stat_citizen_id: Option<String>,
    pub area: Option<String>,
    pub organisation: Option<String>,
    pub primary_nature: Option<String>,
    pub channel: String,
    pub found_via: Option<String>,
    pub opened_on: String,
    pub closed_on: Option<String>,
    pub outcome: Option<String>,
    pub external_outcome: Option<String>,
    /// `code:count` pairs, comma-separated, sorted by code.
    pub activities: String,
    pub minutes: i64,
}

pub async fn upsert_stat(ex: impl Executor<'_, Database = Any>, r: &StatRecord) -> Result<()> {
    sqlx::query(
        "INSERT INTO stat_records (case_key, tenant_id, stat_citizen_id, area, organisation, primary_nature, channel, \
         found_via, opened_on, closed_on, outcome, external_outcome, activities, minutes, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) \
         ON CONFLICT (case_key) DO UPDATE SET stat_citizen_id = excluded.stat_citizen_id, area = excluded.area, \
         organisation = excluded.organisation, primary_nature = excluded.primary_nature, channel = excluded.channel, \
         found_via = excluded.found_via, opened_on = excluded.opened_on, closed_on = excluded.closed_on, \
         outcome = excluded.outcome, external_outcome = excluded.external_outcome, activities = excluded.activities, \
         minutes = excluded.minutes, updated_at = excluded.updated_at",
    )
    .bind(r.case_key)
    .bind(r.tenant_id)
    .bind(&r.stat_citizen_id)
    .bind(&r.area)
    .bind(&r.organisation)
    .bind(&r.primary_nature)
    .bind(&r.channel)
    .bind(&r.found_via)
    .bind(&r.opened_on)
    .bind(&r.closed_on)
    .bind(&r.outcome)
    .bind(&r.external_outcome)
    .bind(&r.activities)
    .bind(r.minutes)
    .bind(crate::now())
    .execute(ex)
    .await?;
    Ok(())
}

pub async fn stat(
    ex: impl Executor<'_, Database = Any>,
    case_key: i64,
) -> Result<Option<StatRecord>> {
    let r = sqlx::query(
        "SELECT case_key, tenant_id, stat_citizen_id, area, organisation, primary_nature, channel, found_via, opened_on, \
         closed_on, outcome, external_outcome, activities, minutes FROM stat_records WHERE case_key = $1",
    )
    .bind(case_key)
    .fetch_optional(ex)
    .await?;
    r.map(|r| {
        Ok(StatRecord {
            case_key: i(&r, "case_key")?,
            tenant_id: i(&r, "tenant_id")?,
            stat_citizen_id: os(&r, "stat_citizen_id")?,
            area: os(&r, "area")?,
            organisation: os(&r, "organisation")?,
            primary_nature: os(&r, "primary_nature")?,
            channel: s(&r, "channel")?,
            found_via: os(&r, "found_via")?,
            opened_on: s(&r, "opened_on")?,
            closed_on: os(&r, "closed_on")?,
            outcome: os(&r, "outcome")?,
            external_outcome: os(&r, "external_outcome")?,
            activities: s(&r, "activities")?,
            minutes: i(&r, "minutes")?,
        })
    })
    .transpose()
}

/// Activity codes and minutes over a case's contact moments, for its statistical record.
pub async fn activity_totals(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<(Vec<String>, i64)> {
    let rows = sqlx::query(
        "SELECT activities, minutes FROM case_entries WHERE case_id = $1 AND kind IN ('contact', 'mediation')",
    )
    .bind(case_id)
    .fetch_all(ex)
    .await?;
    let mut acts = Vec::new();
    let mut minutes = 0;
    for r in rows {
        minutes += i(&r, "minutes")?;
        acts.extend(
            s(&r, "activities")?
                .split(',')
                .filter(|a| !a.is_empty())
                .map(String::from),
        );
    }
    Ok((acts, minutes))
}

// ---- retention and erasure ----

/// Closed cases of a tenant closed before `before` whose personal data still exists.
pub async fn expired(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    before: &str,
) -> Result<Vec<CaseRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {} FROM cases c WHERE c.tenant_id = $1 AND c.status = 'closed' AND c.closed_on < $2 \
         AND EXISTS (SELECT 1 FROM data_keys k WHERE k.id = c.data_key_id AND k.wrapped IS NOT NULL) ORDER BY c.id",
        COLS.split(", ")
            .map(|c| format!("c.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    sqlx::query(sql)
        .bind(tenant_id)
        .bind(before)
        .fetch_all(ex)
        .await?
        .iter()
        .map(map)
        .collect()
}

/// Removes the sealed personal fields of a case, its timeline and its tasks (the key is
/// shredded separately; this also frees the space).
pub async fn destroy_personal(tx: &mut crate::Tx, case_id: i64) -> Result<()> {
    sqlx::query("UPDATE case_parties SET sealed = NULL WHERE case_id = $1")
        .bind(case_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE attachments SET sealed_name = NULL, sealed_data = NULL WHERE case_id = $1")
        .bind(case_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE cases SET sealed = NULL WHERE id = $1")
        .bind(case_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE case_entries SET sealed = NULL WHERE case_id = $1")
        .bind(case_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE tasks SET sealed = NULL WHERE case_id = $1")
        .bind(case_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Whether any case of this person still holds personal data.
pub async fn person_still_needed(
    ex: impl Executor<'_, Database = Any>,
    person_id: i64,
) -> Result<bool> {
    let r = sqlx::query(
        "SELECT COUNT(*) AS n FROM cases c JOIN data_keys k ON k.id = c.data_key_id \
         WHERE c.citizen_id = $1 AND k.wrapped IS NOT NULL",
    )
    .bind(person_id)
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "n")? > 0)
}

// ---- imports ----

pub async fn import_key_exists(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    key: &str,
) -> Result<bool> {
    let r = sqlx::query("SELECT COUNT(*) AS n FROM import_keys WHERE tenant_id = $1 AND key = $2")
        .bind(tenant_id)
        .bind(key)
        .fetch_one(ex)
        .await?;
    Ok(i(&r, "n")? > 0)
}

pub async fn insert_import_key(
    ex: impl Executor<'_, Database = Any>,
    tenant_id: i64,
    key: &str,
    case_id: i64,
) -> Result<()> {
    sqlx::query("INSERT INTO import_keys (tenant_id, key, case_id) VALUES ($1, $2, $3)")
        .bind(tenant_id)
        .bind(key)
        .bind(case_id)
        .execute(ex)
        .await?;
    Ok(())
}

// ---- parties ----

#[derive(Debug, Clone)]
pub struct PartyRow {
    pub id: i64,
    pub role: String,
    pub sealed: Option<Vec<u8>>,
}

pub async fn insert_party(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    role: &str,
    sealed: &[u8],
) -> Result<i64> {
    let r = sqlx::query("INSERT INTO case_parties (case_id, role, sealed, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
        .bind(case_id)
        .bind(role)
        .bind(sealed)
        .bind(crate::now())
        .fetch_one(ex)
        .await?;
    Ok(i(&r, "id")?)
}

pub async fn parties(ex: impl Executor<'_, Database = Any>, case_id: i64) -> Result<Vec<PartyRow>> {
    let rows =
        sqlx::query("SELECT id, role, sealed FROM case_parties WHERE case_id = $1 ORDER BY id")
            .bind(case_id)
            .fetch_all(ex)
            .await?;
    rows.iter()
        .map(|r| {
            Ok(PartyRow {
                id: i(r, "id")?,
                role: s(r, "role")?,
                sealed: ob(r, "sealed")?,
            })
        })
        .collect()
}

pub async fn delete_party(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    id: i64,
) -> Result<bool> {
    let r = sqlx::query("DELETE FROM case_parties WHERE id = $1 AND case_id = $2")
        .bind(id)
        .bind(case_id)
        .execute(ex)
        .await?;
    Ok(r.rows_affected() == 1)
}

// ---- attachments ----

#[derive(Debug, Clone)]
pub struct AttachmentRow {
    pub id: i64,
    pub content_type: String,
    pub size: i64,
    pub sealed_name: Option<Vec<u8>>,
    pub sealed_data: Option<Vec<u8>>,
    pub author_user_id: Option<i64>,
    pub created_at: i64,
}

pub async fn insert_attachment(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    content_type: &str,
    size: i64,
    sealed_name: &[u8],
    sealed_data: &[u8],
    author: Option<i64>,
) -> Result<i64> {
    let r = sqlx::query(
        "INSERT INTO attachments (case_id, content_type, size, sealed_name, sealed_data, author_user_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(case_id)
    .bind(content_type)
    .bind(size)
    .bind(sealed_name)
    .bind(sealed_data)
    .bind(author)
    .bind(crate::now())
    .fetch_one(ex)
    .await?;
    Ok(i(&r, "id")?)
}

/// The attachments of a case, without their contents.
pub async fn attachments(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
) -> Result<Vec<AttachmentRow>> {
    let rows = sqlx::query(
        "SELECT id, content_type, size, sealed_name, author_user_id, created_at FROM attachments WHERE case_id = $1 ORDER BY id",
    )
    .bind(case_id)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(AttachmentRow {
                id: i(r, "id")?,
                content_type: s(r, "content_type")?,
                size: i(r, "size")?,
                sealed_name: ob(r, "sealed_name")?,
                sealed_data: None,
                author_user_id: oi(r, "author_user_id")?,
                created_at: i(r, "created_at")?,
            })
        })
        .collect()
}

/// One attachment with its contents.
pub async fn attachment(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    id: i64,
) -> Result<Option<AttachmentRow>> {
    let r = sqlx::query(
        "SELECT id, content_type, size, sealed_name, sealed_data, author_user_id, created_at FROM attachments WHERE case_id = $1 AND id = $2",
    )
    .bind(case_id)
    .bind(id)
    .fetch_optional(ex)
    .await?;
    r.map(|r| {
        Ok(AttachmentRow {
            id: i(&r, "id")?,
            content_type: s(&r, "content_type")?,
            size: i(&r, "size")?,
            sealed_name: ob(&r, "sealed_name")?,
            sealed_data: ob(&r, "sealed_data")?,
            author_user_id: oi(&r, "author_user_id")?,
            created_at: i(&r, "created_at")?,
        })
    })
    .transpose()
}

/// Replaces the open task a statutory rule made on a case (none when `due_on` is `None`).
pub async fn set_rule_task(
    tx: &mut crate::Tx,
    case_id: i64,
    rule: &str,
    sealed_title: &[u8],
    due_on: Option<&str>,
    owner: Option<i64>,
) -> Result<Option<i64>> {
    sqlx::query("DELETE FROM tasks WHERE case_id = $1 AND rule = $2 AND done_at IS NULL")
        .bind(case_id)
        .bind(rule)
        .execute(&mut **tx)
        .await?;
    if let Some(due) = due_on {
        let r = sqlx::query("INSERT INTO tasks (case_id, sealed, due_on, owner_user_id, created_at, rule) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
            .bind(case_id)
            .bind(sealed_title)
            .bind(due)
            .bind(owner)
            .bind(crate::now())
            .bind(rule)
            .fetch_one(&mut **tx)
            .await?;
        return Ok(Some(i(&r, "id")?));
    }
    Ok(None)
}

/// Seals a task's title after its row exists (its id is in the AAD).
pub async fn set_task_sealed(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    sealed: &[u8],
) -> Result<()> {
    sqlx::query("UPDATE tasks SET sealed = $1 WHERE id = $2")
        .bind(sealed)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

/// New web intakes per tenant with an id above `after`: `(tenant_id, count, highest id)`.
pub async fn new_web_intakes_after(
    ex: impl Executor<'_, Database = Any>,
    after: i64,
) -> Result<Vec<(i64, i64, i64)>> {
    let rows = sqlx::query(
        "SELECT tenant_id, COUNT(*) AS n, MAX(id) AS last FROM cases WHERE channel = 'web_form' \
         AND status = 'new' AND id > $1 GROUP BY tenant_id",
    )
    .bind(after)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| Ok((i(r, "tenant_id")?, i(r, "n")?, i(r, "last")?)))
        .collect()
}

/// Seals a timeline entry's text after its row exists (its id is in the AAD).
pub async fn set_entry_sealed(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    sealed: Option<&[u8]>,
) -> Result<()> {
    sqlx::query("UPDATE case_entries SET sealed = $1 WHERE id = $2")
        .bind(sealed)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

/// Up to `limit` kwesties with an id above `after`, in id order, as `(id, tenant, reference,
/// data key)` (batches of a one-time upgrade).
pub async fn keyed_after(
    ex: impl Executor<'_, Database = Any>,
    after: i64,
    limit: i64,
) -> Result<Vec<(i64, i64, String, i64)>> {
    let rows = sqlx::query(
        "SELECT id, tenant_id, reference, data_key_id FROM cases WHERE id > $1 ORDER BY id LIMIT $2",
    )
    .bind(after)
    .bind(limit)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                i(r, "id")?,
                i(r, "tenant_id")?,
                s(r, "reference")?,
                i(r, "data_key_id")?,
            ))
        })
        .collect()
}

/// How many kwesties there are.
pub async fn count_cases(ex: impl Executor<'_, Database = Any>) -> Result<i64> {
    let r = sqlx::query("SELECT COUNT(*) AS n FROM cases")
        .fetch_one(ex)
        .await?;
    Ok(i(&r, "n")?)
}

/// Seals a party's details after its row exists (its id is in the AAD).
pub async fn set_party_sealed(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    sealed: &[u8],
) -> Result<()> {
    sqlx::query("UPDATE case_parties SET sealed = $1 WHERE id = $2")
        .bind(sealed)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

/// Seals an attachment's name and contents after its row exists (its id is in the AAD).
pub async fn set_attachment_sealed(
    ex: impl Executor<'_, Database = Any>,
    id: i64,
    name: &[u8],
    data: &[u8],
) -> Result<()> {
    sqlx::query("UPDATE attachments SET sealed_name = $1, sealed_data = $2 WHERE id = $3")
        .bind(name)
        .bind(data)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}
