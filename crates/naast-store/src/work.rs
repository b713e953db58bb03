//! What "Mijn werk" asks of the kwesties beyond the list: which have news from the citizen
//! (`cases.citizen_news_at`, or a web intake nobody opened yet), which web intakes still wait
//! for the first contact, the statutory terms coming up, and a kwestie's next deadline.

use crate::Result;
use crate::cases::TaskRow;
use crate::row::{i, s};
use crate::sql::Params;
use sqlx::{Any, Executor};

/// Open kwesties with something new from the citizen: a reply or document through the status
/// link not yet opened by the owner, or a web intake nobody opened.
const NEWS: &str = "status <> 'closed' AND (citizen_news_at IS NOT NULL \
    OR (channel = 'web_form' AND first_opened_at IS NULL))";

/// The citizen sent something through the status link: the kwestie has news (the oldest
/// unread moment is kept).
pub async fn mark_news(ex: impl Executor<'_, Database = Any>, case_id: i64) -> Result<()> {
    sqlx::query("UPDATE cases SET citizen_news_at = COALESCE(citizen_news_at, $1) WHERE id = $2")
        .bind(crate::now())
        .bind(case_id)
        .execute(ex)
        .await?;
    Ok(())
}

/// The owner (or anyone, when the kwestie has none) opened it: nothing is unread any more.
pub async fn clear_news(ex: impl Executor<'_, Database = Any>, case_id: i64) -> Result<()> {
    sqlx::query(
        "UPDATE cases SET citizen_news_at = NULL WHERE id = $1 AND citizen_news_at IS NOT NULL",
    )
    .bind(case_id)
    .execute(ex)
    .await?;
    Ok(())
}

/// Ids of the open kwesties of these tenants with news from the citizen, oldest news first.
pub async fn with_news(
    ex: impl Executor<'_, Database = Any>,
    tenant_ids: &[i64],
) -> Result<Vec<i64>> {
    if tenant_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut p = Params::default();
    let tenants = p.ints(tenant_ids);
    p.bind(sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT id FROM cases WHERE tenant_id IN ({tenants}) AND {NEWS} \
         ORDER BY COALESCE(citizen_news_at, created_at), id LIMIT 200"
    ))))
    .fetch_all(ex)
    .await?
    .iter()
    .map(|r| Ok(i(r, "id")?))
    .collect()
}

/// The number beside "Mijn werk" in the menu, in one query: open kwesties with news from the
/// citizen that are the user's or nobody's (in these tenants; `None`: every tenant), plus the
/// user's overdue tasks.
/// A term (a task a statutory rule made) that ran out before `lapsed_before` is no longer
/// counted: "Mijn werk" no longer shows it.
pub async fn menu_count(
    ex: impl Executor<'_, Database = Any>,
    tenant_ids: Option<&[i64]>,
    user_id: i64,
    today: &str,
    lapsed_before: &str,
) -> Result<i64> {
    let mut p = Params::default();
    let tenants = match tenant_ids {
        None => "1 = 1".to_string(),
        Some([]) => "1 = 0".to_string(),
        Some(ids) => format!("tenant_id IN ({})", p.ints(ids)),
    };
    let user = p.int(user_id);
    let today = p.text(today);
    let lapsed_before = p.text(lapsed_before);
    let r = p
        .bind(sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT (SELECT COUNT(*) FROM cases WHERE {tenants} AND {NEWS} \
             AND (owner_user_id IS NULL OR owner_user_id = {user})) \
             + (SELECT COUNT(*) FROM tasks WHERE owner_user_id = {user} AND done_at IS NULL \
             AND due_on < {today} AND (rule IS NULL OR due_on >= {lapsed_before})) AS n"
        ))))
        .fetch_one(ex)
        .await?;
    Ok(i(&r, "n")?)
}

/// The open contact tasks (`tasks.purpose = 'contact'`) on open kwesties of these tenants,
/// soonest first: the contact the web form promised.
pub async fn contact_tasks(
    ex: impl Executor<'_, Database = Any>,
    tenant_ids: &[i64],
) -> Result<Vec<TaskRow>> {
    if tenant_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut p = Params::default();
    let tenants = p.ints(tenant_ids);
    let purpose = p.text(crate::cases::CONTACT);
    Ok(p.bind_as(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT t.id, t.case_id, t.sealed, t.due_on, t.owner_user_id, t.done_at FROM tasks t \
             JOIN cases c ON c.id = t.case_id WHERE c.tenant_id IN ({tenants}) \
             AND c.status <> 'closed' AND t.purpose = {purpose} AND t.done_at IS NULL \
             ORDER BY t.due_on, t.id LIMIT 200"
    ))))
    .fetch_all(ex)
    .await?)
}

/// Ids of the open web intakes of these tenants with a known citizen, no contact recorded yet
/// and no contact task (those came in before the task existed): the form promised contact
/// within three working days.
pub async fn awaiting_contact(
    ex: impl Executor<'_, Database = Any>,
    tenant_ids: &[i64],
) -> Result<Vec<i64>> {
    if tenant_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut p = Params::default();
    let tenants = p.ints(tenant_ids);
    p.bind(sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT id FROM cases c WHERE tenant_id IN ({tenants}) AND channel = 'web_form' \
         AND status <> 'closed' AND citizen_id IS NOT NULL \
         AND NOT EXISTS (SELECT 1 FROM case_entries e WHERE e.case_id = c.id AND e.kind = 'contact') \
         AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.case_id = c.id AND t.purpose = 'contact') \
         ORDER BY created_at, id LIMIT 200"
    ))))
    .fetch_all(ex)
    .await?
    .iter()
    .map(|r| Ok(i(r, "id")?))
    .collect()
}

/// The open tasks a statutory rule made on open kwesties of these tenants, due on or before
/// `until` (overdue ones included), soonest first.
pub async fn terms_until(
    ex: impl Executor<'_, Database = Any>,
    tenant_ids: &[i64],
    until: &str,
) -> Result<Vec<TaskRow>> {
    if tenant_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut p = Params::default();
    let tenants = p.ints(tenant_ids);
    let until = p.text(until);
    Ok(p.bind_as(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT t.id, t.case_id, t.sealed, t.due_on, t.owner_user_id, t.done_at FROM tasks t \
             JOIN cases c ON c.id = t.case_id WHERE c.tenant_id IN ({tenants}) \
             AND c.status <> 'closed' AND t.rule IS NOT NULL AND t.done_at IS NULL \
             AND t.due_on <= {until} ORDER BY t.due_on, t.id LIMIT 200"
    ))))
    .fetch_all(ex)
    .await?)
}

/// The statutory rule of each of these tasks that has one: `(task id, rule id)`.
pub async fn task_rules(
    ex: impl Executor<'_, Database = Any>,
    task_ids: &[i64],
) -> Result<Vec<(i64, String)>> {
    if task_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut p = Params::default();
    let ids = p.ints(task_ids);
    p.bind(sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT id, rule FROM tasks WHERE id IN ({ids}) AND rule IS NOT NULL"
    ))))
    .fetch_all(ex)
    .await?
    .iter()
    .map(|r| Ok((i(r, "id")?, s(r, "rule")?)))
    .collect()
}

/// Of these tasks, the ids of the planned activities (appointments: `tasks.planned` set).
pub async fn planned_ids(
    ex: impl Executor<'_, Database = Any>,
    task_ids: &[i64],
) -> Result<Vec<i64>> {
    if task_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut p = Params::default();
    let ids = p.ints(task_ids);
    p.bind(sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT id FROM tasks WHERE id IN ({ids}) AND planned IS NOT NULL"
    ))))
    .fetch_all(ex)
    .await?
    .iter()
    .map(|r| Ok(i(r, "id")?))
    .collect()
}

/// A kwestie's next deadline: its open task due first, leaving out terms (tasks a statutory
/// rule made) that ran out before `lapsed_before` (off the day; shown on the kwestie only).
pub async fn next_due(
    ex: impl Executor<'_, Database = Any>,
    case_id: i64,
    lapsed_before: &str,
) -> Result<Option<TaskRow>> {
    Ok(sqlx::query_as(
        "SELECT id, case_id, sealed, due_on, owner_user_id, done_at FROM tasks \
         WHERE case_id = $1 AND done_at IS NULL AND (rule IS NULL OR due_on >= $2) \
         ORDER BY due_on, id LIMIT 1",
    )
    .bind(case_id)
    .bind(lapsed_before)
    .fetch_optional(ex)
    .await?)
}

/// The workload of these tenants per owner: `(owner's user id, or None for nobody yet, open
/// kwesties, of which over the term)`. One definition for every screen that counts
/// (`naast_app::overview::Workload`): an open kwestie is one not closed; it is over the term when
/// one of its statutory terms (a task a rule made, not done) had its last day before `today`.
pub async fn workload_per_owner(
    ex: impl Executor<'_, Database = Any>,
    tenant_ids: &[i64],
    today: &str,
) -> Result<Vec<(Option<i64>, i64, i64)>> {
    if tenant_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut p = Params::default();
    let tenants = p.ints(tenant_ids);
    let today = p.text(today);
    p.bind(sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT c.owner_user_id, COUNT(*) AS n, \
         SUM(CASE WHEN EXISTS (SELECT 1 FROM tasks t WHERE t.case_id = c.id \
         AND t.rule IS NOT NULL AND t.done_at IS NULL AND t.due_on < {today}) \
         THEN 1 ELSE 0 END) AS late \
         FROM cases c WHERE c.tenant_id IN ({tenants}) AND c.status <> 'closed' \
         GROUP BY c.owner_user_id"
    ))))
    .fetch_all(ex)
    .await?
    .iter()
    .map(|r| {
        Ok((
            crate::row::oi(r, "owner_user_id")?,
            i(r, "n")?,
            i(r, "late")?,
        ))
    })
    .collect()
}
