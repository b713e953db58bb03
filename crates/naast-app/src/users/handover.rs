//! Disabling a user without surprises: first what will happen (how many open kwesties they
//! hold, which colleagues could take them), then the disabling with the kwesties handed to the
//! colleague chosen or left unassigned, each kwestie with an audit entry and a timeline entry.

use super::User;
use crate::cases::ENTRIES;
use crate::clock::today;
use crate::{App, AppError, Principal, Result};
use naast_core::{FieldError, Msg, Role};
use naast_store::{cases as store, sessions, users};

/// What disabling a user will do.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DisablePlan {
    pub user: User,
    /// The references of the open kwesties they hold.
    pub open_cases: Vec<String>,
    /// Active confidants and coordinators who may see every one of those kwesties (never an
    /// invited user who has not finished set-up: nobody could work on them).
    pub colleagues: Vec<User>,
}

/// What disabling did: the user, and how many open kwesties went to whom.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Disabled {
    pub user: User,
    /// The number of open kwesties handed over (or left unassigned).
    pub handed: usize,
    /// The colleague who took them; `None` when they were left unassigned.
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
        let mut needed: Vec<i64> = open.iter().map(|(_, _, t)| *t).collect();
        needed.sort_unstable();
        needed.dedup();
        let mut colleagues = Vec::new();
        for u in self.list_users(who).await? {
            if u.id == id || u.disabled || !u.password_set {
                continue;
            }
            let fits = match u.role {
                Role::Coordinator => true,
                Role::Confidant => {
                    let theirs = users::tenant_ids(self.db.pool(), u.id).await?;
                    needed.iter().all(|t| theirs.contains(t))
                }
                Role::Municipality => false,
            };
            if fits {
                colleagues.push(u);
            }
        }
        colleagues.sort_by_key(|u| u.display_name.to_lowercase());
        Ok(DisablePlan {
            user,
            open_cases: open.into_iter().map(|(_, r, _)| r).collect(),
            colleagues,
        })
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
        if plan.user.disabled {
            return Ok(Disabled {
                user: plan.user,
                handed: 0,
                to: None,
            });
        }
        let to_user = match to {
            Some(t) => Some(
                plan.colleagues
                    .iter()
                    .find(|u| u.id == t)
                    .cloned()
                    .ok_or_else(|| AppError::field("handover", Msg::HandoverTargetInvalid))?,
            ),
            None => None,
        };
        let name = |u: &User| u.shown_name().to_string();
        let from_name = name(&plan.user);
        let to_name = to_user.as_ref().map(name).unwrap_or_default();
        let mut loaded = Vec::new();
        for reference in &plan.open_cases {
            loaded.push(self.load_case(who, reference).await?);
        }
        let mut handed = 0;
        let mut tx = self.db.begin().await?;
        for mut c in loaded {
            if c.row.owner_user_id != Some(id) {
                continue;
            }
            handed += 1;
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
        users::set_disabled(&mut *tx, id, Some(naast_store::now())).await?;
        sessions::delete_for_user(&mut *tx, id).await?;
        self.audit_in(&mut tx, who, "user.disable", "user", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(Disabled {
            user: self.user(who, id).await?,
            handed,
            to: to_user,
        })
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
