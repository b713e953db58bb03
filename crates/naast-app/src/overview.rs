//! The coordinator's start page: what needs them at a glance, each a number with the screen
//! that handles it — open kwesties per confidant, statutory terms coming up, reports waiting
//! for a second person, signals waiting for a review or an answer, and accounts whose set-up
//! is not finished. Counts and names of staff only: nothing of a citizen is read.

use crate::clock::today;
use crate::{App, Principal, Result};
use naast_core::Role;
use naast_core::state::{ReportStatus, SignalStatus};
use naast_store::{reports, signals, tenants, work};

/// How far ahead statutory terms count as coming up (as on "Mijn werk").
const TERMS_AHEAD_DAYS: i64 = 14;

/// How much work there is, counted the same way on every screen (the coordinator's start page,
/// "Mijn werk"): `open` kwesties are the ones not closed, whatever they wait for; `overdue` is
/// how many of those have a statutory term whose last day passed and that is not done.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Workload {
    pub open: i64,
    pub overdue: i64,
}

/// The workload of one person (`user_id` `None`: nobody yet).
#[derive(Debug, Clone, serde::Serialize)]
pub struct OwnerCount {
    pub user_id: Option<i64>,
    pub name: String,
    pub open: i64,
    /// Of the open kwesties, those over a statutory term ([`Workload`]).
    pub overdue: i64,
}

/// A report version that waits for a coordinator to check and publish it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WaitingReport {
    pub id: i64,
    pub tenant_name: String,
    pub period: String,
    pub year: i64,
    /// 1–4, or 0 for the year.
    pub quarter: i64,
}

/// Signals of one municipality waiting for someone.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SignalCounts {
    pub tenant: String,
    pub tenant_name: String,
    /// Written, waiting for a colleague's review before they go out.
    pub in_review: usize,
    /// Sent, waiting for the addressee's answer.
    pub awaiting: usize,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Overview {
    /// Every open kwestie of the coordinator's municipalities ([`Workload`]).
    pub total: Workload,
    /// Open kwesties per person, most first; nobody's first of all when there are any.
    pub per_owner: Vec<OwnerCount>,
    /// Statutory terms on open kwesties that end today or in the next two weeks (those whose
    /// last day passed count in [`Workload::overdue`]).
    pub terms: usize,
    pub reports: Vec<WaitingReport>,
    /// Only municipalities with a signal waiting.
    pub signals: Vec<SignalCounts>,
    /// Invited accounts (not disabled) without a password yet.
    pub invited: usize,
}

impl App {
    /// What a coordinator needs at a glance (coordinators only).
    pub async fn coordinator_overview(&self, who: &Principal) -> Result<Overview> {
        who.require(Role::Coordinator)?;
        let pool = self.db.pool();
        let all = tenants::list(pool).await?;
        let mine: Vec<&tenants::TenantRow> =
            all.iter().filter(|t| who.may_see_tenant(t.id)).collect();
        let ids: Vec<i64> = mine.iter().map(|t| t.id).collect();
        let users = self.list_users(who).await?;

        let mut per_owner: Vec<OwnerCount> =
            work::workload_per_owner(pool, &ids, &today().to_string())
                .await?
                .into_iter()
                .map(|(user_id, open, overdue)| OwnerCount {
                    user_id,
                    name: user_id
                        .and_then(|id| users.iter().find(|u| u.id == id))
                        .map(|u| u.shown_name().to_string())
                        .unwrap_or_default(),
                    open,
                    overdue,
                })
                .collect();
        let total = Workload {
            open: per_owner.iter().map(|o| o.open).sum(),
            overdue: per_owner.iter().map(|o| o.overdue).sum(),
        };
        per_owner.sort_by(|a, b| {
            (
                a.user_id.is_some(),
                std::cmp::Reverse(a.open),
                a.name.to_lowercase(),
            )
                .cmp(&(
                    b.user_id.is_some(),
                    std::cmp::Reverse(b.open),
                    b.name.to_lowercase(),
                ))
        });

        let today = today();
        let until = today
            .checked_add(jiff::Span::new().days(TERMS_AHEAD_DAYS))
            .unwrap_or(today)
            .to_string();
        let terms = work::terms_until(pool, &ids, &until).await?;
        let today = today.to_string();
        let terms = terms.iter().filter(|t| t.due_on >= today).count();

        let mut waiting = Vec::new();
        let mut signal_counts = Vec::new();
        for t in &mine {
            for r in reports::list(pool, t.id).await? {
                if r.status == ReportStatus::Review {
                    waiting.push(WaitingReport {
                        id: r.id,
                        tenant_name: t.name.clone(),
                        period: naast_report::period_label(r.year as i32, r.quarter as u8),
                        year: r.year,
                        quarter: r.quarter,
                    });
                }
            }
            let (mut in_review, mut awaiting) = (0, 0);
            for s in signals::list(pool, t.id).await? {
                match SignalStatus::parse(&s.status) {
                    Some(SignalStatus::InReview) => in_review += 1,
                    Some(st) if st.is_awaiting() => awaiting += 1,
                    _ => {}
                }
            }
            if in_review + awaiting > 0 {
                signal_counts.push(SignalCounts {
                    tenant: t.slug.clone(),
                    tenant_name: t.name.clone(),
                    in_review,
                    awaiting,
                });
            }
        }

        Ok(Overview {
            total,
            per_owner,
            terms,
            reports: waiting,
            signals: signal_counts,
            invited: users
                .iter()
                .filter(|u| !u.disabled && !u.password_set)
                .count(),
        })
    }
}

impl App {
    /// The workload of the one asking: the open kwesties they hold in the municipalities they
    /// may see, counted as the coordinator's start page counts them ([`Workload`]).
    pub async fn my_workload(&self, who: &Principal) -> Result<Workload> {
        let Some(uid) = who.user_id else {
            return Ok(Workload::default());
        };
        let pool = self.db.pool();
        let ids: Vec<i64> = tenants::list(pool)
            .await?
            .iter()
            .filter(|t| who.may_see_tenant(t.id))
            .map(|t| t.id)
            .collect();
        Ok(work::workload_per_owner(pool, &ids, &today().to_string())
            .await?
            .into_iter()
            .find(|(owner, _, _)| *owner == Some(uid))
            .map(|(_, open, overdue)| Workload { open, overdue })
            .unwrap_or_default())
    }
}
