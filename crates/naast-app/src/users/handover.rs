//! Disabling a user without surprises: first what will happen (how many open kwesties they
//! hold, which colleagues could take them), then the disabling with the kwesties handed to the
//! colleague chosen — one for all, one per kwestie, or spread over colleagues — or left
//! unassigned, each kwestie with an audit entry and a timeline entry, and each receiver told
//! under "Mijn werk".

use super::User;
use crate::cases::ENTRIES;
use crate::clock::today;
use crate::{App, AppError, Principal, Result};
use naast_core::{FieldError, Msg, Role};
use naast_store::{cases as store, handover_notices, sessions, tenants, users, work};
use std::collections::BTreeMap;

/// One open kwestie of the user being disabled, with what it is about (in codes staff see on
/// every list, nothing of the citizen), its next date, and who may take it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct OpenCase {
    pub reference: String,
    pub tenant_name: String,
    /// The domain (`wmo`, `jeugd`, …), when known.
    pub area: Option<String>,
    pub status: String,
    /// Its next date: the open task, term or appointment due first.
    pub next_due: Option<NextDue>,
    /// The ids of the active colleagues who may see this kwestie's municipality.
    pub fits: Vec<i64>,
}

/// A kwestie's next date and what it is (`term`, `appointment` or `task`: see
/// `cases::TaskView::kind`); its title is not read (sealed).
#[derive(Debug, Clone, serde::Serialize)]
pub struct NextDue {
    pub due_on: String,
    pub kind: &'static str,
    pub overdue: bool,
}

/// What disabling a user will do.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DisablePlan {
    pub user: User,
    /// The references of the open kwesties they hold.
    pub open_cases: Vec<String>,
    /// Active confidants and coordinators who may see every one of those kwesties (never an
    /// invited user who has not finished set-up: nobody could work on them).
    pub colleagues: Vec<User>,
    /// Each open kwestie with the colleagues who may take it.
    pub cases: Vec<OpenCase>,
    /// Active confidants and coordinators who may take at least one of them.
    pub candidates: Vec<User>,
    /// The open kwesties each candidate holds now (by user id), counted as every screen counts
    /// them (`overview::Workload`).
    pub load: BTreeMap<i64, i64>,
    /// Above this many open kwesties a receiver is warned about
    /// (`naast_core::workload::limit`); `None` without confidants to compare with.
    pub load_limit: Option<i64>,
}

impl DisablePlan {
    /// The open kwesties `user` holds now.
    pub fn load_of(&self, user: i64) -> i64 {
        self.load.get(&user).copied().unwrap_or(0)
    }
}

/// What disabling did: the user, and how many open kwesties went to whom.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Disabled {
    pub user: User,
    /// The number of open kwesties handed over (or left unassigned).
    pub handed: usize,
    /// The colleague who took them all; `None` when they were left unassigned or went to
    /// several colleagues.
    pub to: Option<User>,
}

impl App {
    /// What disabling user `id` would do (coordinators only; never oneself).
    pub async fn disable_plan(&self, who: &Principal, id: i64) -> Result<DisablePlan> {
        who.require(Role::Coordinator)?;
        if who.user_id == Some(id) {
            return Err(AppError::general(Msg::CannotDisableSelf));
        }
        let user = self.user(who, id).await?;
        let open = users::open_cases_of(self.db.pool(), id).await?;
        let all_tenants = tenants::list(self.db.pool()).await?;
        let mut needed: Vec<i64> = open.iter().map(|(_, _, t)| *t).collect();
        needed.sort_unstable();
        needed.dedup();
        let mut candidates: Vec<(User, Option<Vec<i64>>)> = Vec::new();
        for u in self.list_users(who).await? {
            if u.id == id || u.disabled || !u.password_set {
                continue;
            }
            match u.role {
                // A coordinator sees every municipality.
                Role::Coordinator => candidates.push((u, None)),
                Role::Confidant => {
                    let theirs = users::tenant_ids(self.db.pool(), u.id).await?;
                    if needed.iter().any(|t| theirs.contains(t)) || needed.is_empty() {
                        candidates.push((u, Some(theirs)));
                    }
                }
                Role::Municipality => {}
            }
        }
        candidates.sort_by_key(|(u, _)| u.display_name.to_lowercase());
        let may =
            |c: &(User, Option<Vec<i64>>), t: i64| c.1.as_ref().is_none_or(|ts| ts.contains(&t));
        let colleagues = candidates
            .iter()
            .filter(|c| needed.iter().all(|t| may(c, *t)))
            .map(|(u, _)| u.clone())
            .collect();
        let today_date = today();
        let lapsed_before = today_date
            .checked_sub(jiff::Span::new().days(naast_core::lapsed::SHOWN_DAYS_AFTER))
            .unwrap_or(today_date)
            .to_string();
        let mut rows = Vec::new();
        for (case_id, _, _) in &open {
            let row = store::by_id(self.db.pool(), *case_id).await?;
            let due = work::next_due(self.db.pool(), *case_id, &lapsed_before).await?;
            rows.push((row, due));
        }
        let due_ids: Vec<i64> = rows
            .iter()
            .filter_map(|(_, d)| d.as_ref().map(|t| t.id))
            .collect();
        let terms: Vec<i64> = work::task_rules(self.db.pool(), &due_ids)
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        let planned = work::planned_ids(self.db.pool(), &due_ids).await?;
        let today_s = today_date.to_string();
        let ids: Vec<i64> = all_tenants.iter().map(|t| t.id).collect();
        let mut load: BTreeMap<i64, i64> = BTreeMap::new();
        for (owner, n, _) in work::workload_per_owner(self.db.pool(), &ids, &today_s).await? {
            if let Some(o) = owner {
                load.insert(o, n);
            }
        }
        let confidant_loads: Vec<i64> = candidates
            .iter()
            .filter(|(u, _)| u.role == Role::Confidant)
            .map(|(u, _)| load.get(&u.id).copied().unwrap_or(0))
            .collect();
        let load_limit = naast_core::workload::limit(&confidant_loads, open.len() as i64);
        let cases = open
            .iter()
            .zip(rows)
            .map(|((_, reference, t), (row, due))| OpenCase {
                area: row.as_ref().and_then(|r| r.area.clone()),
                status: row.map(|r| r.status).unwrap_or_default(),
                next_due: due.map(|d| NextDue {
                    kind: crate::cases::task_kind(terms.contains(&d.id), planned.contains(&d.id)),
                    overdue: d.due_on < today_s,
                    due_on: d.due_on,
                }),
                reference: reference.clone(),
                tenant_name: all_tenants
                    .iter()
                    .find(|x| x.id == *t)
                    .map(|x| x.name.clone())
                    .unwrap_or_default(),
                fits: candidates
                    .iter()
                    .filter(|c| may(c, *t))
                    .map(|(u, _)| u.id)
                    .collect(),
            })
            .collect();
        Ok(DisablePlan {
            user,
            open_cases: open.into_iter().map(|(_, r, _)| r).collect(),
            colleagues,
            cases,
            candidates: candidates.into_iter().map(|(u, _)| u).collect(),
            load,
            load_limit,
        })
    }

    /// A proposal to spread the open kwesties over colleagues: each kwestie, in order, to the
    /// confidant who may take it and holds the fewest open kwesties (counting the ones given so
    /// far); a coordinator only when no confidant may. A preview: nothing changes.
    pub async fn spread_plan(
        &self,
        who: &Principal,
        plan: &DisablePlan,
    ) -> Result<BTreeMap<String, Option<i64>>> {
        who.require(Role::Coordinator)?;
        let mut load = plan.load.clone();
        let role_of = |id: i64| plan.candidates.iter().find(|u| u.id == id).map(|u| u.role);
        let mut out = BTreeMap::new();
        for c in &plan.cases {
            let confidants: Vec<i64> = c
                .fits
                .iter()
                .copied()
                .filter(|id| role_of(*id) == Some(Role::Confidant))
                .collect();
            let pool = if confidants.is_empty() {
                c.fits.clone()
            } else {
                confidants
            };
            let pick = pool
                .iter()
                .copied()
                .min_by_key(|id| (load.get(id).copied().unwrap_or(0), *id));
            if let Some(p) = pick {
                *load.entry(p).or_insert(0) += 1;
            }
            out.insert(c.reference.clone(), pick);
        }
        Ok(out)
    }

    /// Disables user `id` and hands their open kwesties to colleague `to` (one of the plan's
    /// colleagues) or leaves them unassigned (`None`). Their sessions end at once.
    pub async fn disable_with_handover(
        &self,
        who: &Principal,
        id: i64,
        to: Option<i64>,
    ) -> Result<Disabled> {
        let plan = self.disable_plan(who, id).await?;
        if !plan.user.disabled
            && let Some(t) = to
            && !plan.colleagues.iter().any(|u| u.id == t)
        {
            return Err(AppError::field("handover", Msg::HandoverTargetInvalid));
        }
        let assign = plan.open_cases.iter().map(|r| (r.clone(), to)).collect();
        self.disable_assigning(who, plan, &assign).await
    }

    /// Disables user `id`, each open kwestie going to the colleague `assign` names for its
    /// reference (one who may see it), or unassigned (`None` or not named).
    pub async fn disable_with_assignments(
        &self,
        who: &Principal,
        id: i64,
        assign: &BTreeMap<String, Option<i64>>,
    ) -> Result<Disabled> {
        let plan = self.disable_plan(who, id).await?;
        self.disable_assigning(who, plan, assign).await
    }

    async fn disable_assigning(
        &self,
        who: &Principal,
        plan: DisablePlan,
        assign: &BTreeMap<String, Option<i64>>,
    ) -> Result<Disabled> {
        let id = plan.user.id;
        if plan.user.disabled {
            return Ok(Disabled {
                user: plan.user,
                handed: 0,
                to: None,
            });
        }
        // Every target may take its kwestie.
        for c in &plan.cases {
            if let Some(Some(t)) = assign.get(&c.reference)
                && !c.fits.contains(t)
            {
                return Err(AppError::field("handover", Msg::HandoverTargetInvalid));
            }
        }
        let target = |reference: &str| assign.get(reference).copied().flatten();
        let name = |u: &User| u.shown_name().to_string();
        let from_name = name(&plan.user);
        let mut loaded = Vec::new();
        for reference in &plan.open_cases {
            loaded.push(self.load_case(who, reference).await?);
        }
        let mut handed = 0;
        let mut given: BTreeMap<i64, Vec<String>> = BTreeMap::new();
        let mut tx = self.db.begin().await?;
        for mut c in loaded {
            if c.row.owner_user_id != Some(id) {
                continue;
            }
            handed += 1;
            let to = target(&c.row.reference);
            let to_name = to
                .and_then(|t| plan.candidates.iter().find(|u| u.id == t))
                .map(name)
                .unwrap_or_default();
            if let Some(t) = to {
                given.entry(t).or_default().push(c.row.reference.clone());
            }
            c.row.owner_user_id = to;
            let kind = if to.is_some() {
                "handover"
            } else {
                "unassigned"
            };
            let entry = store::insert_entry(
                &mut *tx,
                c.row.id,
                kind,
                &today().to_string(),
                None,
                "",
                0,
                None,
                who.user_id,
            )
            .await?;
            if c.key.is_some() {
                let text = serde_json::json!({
                    "handed_from": from_name,
                    "handed_to": to_name,
                })
                .to_string();
                let sealed = c.seal_at(ENTRIES.0, ENTRIES.1, entry, &text)?;
                store::set_entry_sealed(&mut *tx, entry, Some(&sealed)).await?;
            }
            self.write_case(&mut tx, who, &c.row, "case.handover")
                .await?;
        }
        let now = naast_store::now();
        for (to, refs) in &given {
            handover_notices::insert(&mut *tx, *to, id, &from_name, refs, now).await?;
        }
        users::set_disabled(&mut *tx, id, Some(now)).await?;
        sessions::delete_for_user(&mut *tx, id).await?;
        self.audit_in(&mut tx, who, "user.disable", "user", &id.to_string())
            .await?;
        tx.commit().await?;
        let everyone = handed > 0 && given.len() == 1 && given.values().all(|r| r.len() == handed);
        let to = if everyone {
            given
                .keys()
                .next()
                .and_then(|t| plan.candidates.iter().find(|u| u.id == *t))
                .cloned()
        } else {
            None
        };
        Ok(Disabled {
            user: self.user(who, id).await?,
            handed,
            to,
        })
    }

    /// The kwesties handed to the one asking that they have not marked seen, newest first.
    pub async fn my_handover_notices(&self, who: &Principal) -> Result<Vec<HandoverNotice>> {
        let Some(uid) = who.user_id else {
            return Ok(Vec::new());
        };
        Ok(handover_notices::unseen(self.db.pool(), uid)
            .await?
            .into_iter()
            .map(HandoverNotice::from)
            .collect())
    }

    /// The one asking saw notice `notice` (their own only).
    pub async fn handover_notice_seen(&self, who: &Principal, notice: i64) -> Result<()> {
        let uid = who.user_id.ok_or(AppError::NotFound)?;
        if handover_notices::mark_seen(self.db.pool(), notice, uid, naast_store::now()).await? {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }

    /// Where the kwesties of the last disabling of `from` went: one notice per receiver
    /// (coordinators only).
    pub async fn handover_done(&self, who: &Principal, from: i64) -> Result<Vec<HandoverNotice>> {
        who.require(Role::Coordinator)?;
        Ok(handover_notices::last_from(self.db.pool(), from)
            .await?
            .into_iter()
            .map(HandoverNotice::from)
            .collect())
    }
}

/// Kwesties handed to a colleague: to whom, from whom, which.
#[derive(Debug, Clone, serde::Serialize)]
pub struct HandoverNotice {
    pub id: i64,
    pub to_user_id: i64,
    pub from_name: String,
    pub references: Vec<String>,
}

impl From<handover_notices::NoticeRow> for HandoverNotice {
    fn from(n: handover_notices::NoticeRow) -> Self {
        HandoverNotice {
            id: n.id,
            to_user_id: n.user_id,
            from_name: n.from_name,
            references: n.refs,
        }
    }
}

/// The field a handover choice is given in, for forms: `""` is nobody.
pub fn parse_handover(value: &str) -> std::result::Result<Option<i64>, FieldError> {
    match value.trim() {
        "" | "none" => Ok(None),
        v => v
            .parse::<i64>()
            .map(Some)
            .map_err(|_| FieldError::new("handover", Msg::HandoverTargetInvalid)),
    }
}
