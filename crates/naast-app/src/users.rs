//! Staff accounts: invite, list, assign tenants, disable. Coordinators only.

use crate::{App, AppError, Principal, Result};
use naast_core::validation::Collector;
use naast_core::{EmailAddress, FieldError, Msg, Role};
use naast_store::{sessions, tenants, users};

mod handover;
pub use handover::{DisablePlan, Disabled, HandoverNotice, NextDue, OpenCase, parse_handover};

#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct InviteForm {
    pub email: String,
    pub display_name: String,
    pub role: String,
    /// Tenant slugs.
    pub tenants: Vec<String>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub tenants: Vec<String>,
    pub disabled: bool,
    pub second_factor: bool,
    pub password_set: bool,
}

impl User {
    /// The name people see: the display name, else the e-mail address.
    pub fn shown_name(&self) -> &str {
        if self.display_name.is_empty() {
            &self.email
        } else {
            &self.display_name
        }
    }
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Invited {
    pub user: User,
    /// The one-time set-up link (also e-mailed).
    pub setup_link: String,
}

impl App {
    async fn tenant_ids_for(&self, slugs: &[String], c: &mut Collector) -> Result<Vec<i64>> {
        let mut ids = Vec::new();
        for slug in slugs.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
            match tenants::by_slug(self.db.pool(), slug).await? {
                Some(t) if !ids.contains(&t.id) => ids.push(t.id),
                Some(_) => {}
                None => c.push(FieldError::new(
                    "tenants",
                    Msg::TenantUnknown(slug.chars().take(40).collect()),
                )),
            }
        }
        Ok(ids)
    }

    /// A user with the slugs of their tenants (`all` is every tenant, read once by the caller).
    async fn user_view(&self, u: users::UserRow, all: &[tenants::TenantRow]) -> Result<User> {
        let ids = users::tenant_ids(self.db.pool(), u.id).await?;
        Ok(User {
            id: u.id,
            role: Role::parse(&u.role).ok_or_else(|| AppError::Internal("role".into()))?,
            tenants: all
                .iter()
                .filter(|t| ids.contains(&t.id))
                .map(|t| t.slug.clone())
                .collect(),
            disabled: u.disabled_at.is_some(),
            second_factor: u.totp_secret.is_some(),
            password_set: u.password_hash.is_some(),
            email: u.email,
            display_name: u.display_name,
        })
    }

    pub async fn list_users(&self, who: &Principal) -> Result<Vec<User>> {
        who.require(Role::Coordinator)?;
        let all = tenants::list(self.db.pool()).await?;
        let mut out = Vec::new();
        for u in users::list(self.db.pool()).await? {
            out.push(self.user_view(u, &all).await?);
        }
        Ok(out)
    }

    pub async fn user(&self, who: &Principal, id: i64) -> Result<User> {
        if who.user_id != Some(id) {
            who.require(Role::Coordinator)?;
        }
        let u = users::by_id(self.db.pool(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        self.user_view(u, &tenants::list(self.db.pool()).await?)
            .await
    }

    /// Creates an account and its one-time set-up link, and e-mails the link. The API and the
    /// command line may leave the name and a confidant's municipalities for later.
    pub async fn invite_user(&self, who: &Principal, form: &InviteForm) -> Result<Invited> {
        self.invite(who, form, false).await
    }

    /// The invitation form on screen: the person's name is required, and a confidant works for
    /// at least one municipality (a confidant without one sees no kwestie at all). Every field's
    /// problem is named at once, an address in use with the name of the one who has it.
    pub async fn invite_user_complete(
        &self,
        who: &Principal,
        form: &InviteForm,
    ) -> Result<Invited> {
        self.invite(who, form, true).await
    }

    async fn invite(&self, who: &Principal, form: &InviteForm, complete: bool) -> Result<Invited> {
        who.require(Role::Coordinator)?;
        let mut c = Collector::default();
        let email = c.take(EmailAddress::parse("email", &form.email));
        if complete
            && let Some(e) = &email
            && let Some(u) = users::by_email(self.db.pool(), &e.lookup_key()).await?
        {
            let name = if u.display_name.is_empty() {
                u.email
            } else {
                u.display_name
            };
            c.push(FieldError::new("email", Msg::EmailTakenBy(name)));
        }
        let role = Role::parse(&form.role);
        if role.is_none() {
            c.push(FieldError::new("role", Msg::RoleUnknown));
        }
        if complete && form.display_name.trim().is_empty() {
            c.push(FieldError::new("display_name", Msg::UserNameRequired));
        } else {
            c.take(naast_core::validation::line(
                "display_name",
                &form.display_name,
                100,
                false,
            ));
        }
        let tenant_ids = self.tenant_ids_for(&form.tenants, &mut c).await?;
        if role == Some(Role::Municipality) && tenant_ids.len() != 1 {
            c.push(FieldError::new("tenants", Msg::MunicipalityNeedsOneTenant));
        }
        if complete && role == Some(Role::Confidant) && tenant_ids.is_empty() {
            c.push(FieldError::new("tenants", Msg::ConfidantNeedsTenant));
        }
        c.finish()?;
        let (Some(email), Some(role)) = (email, role) else {
            return Err(AppError::Internal("parsed invite incomplete".into()));
        };
        let mut tx = self.db.begin().await?;
        if users::by_email(&mut *tx, &email.lookup_key())
            .await?
            .is_some()
        {
            return Err(AppError::field("email", Msg::EmailTaken));
        }
        let id = match users::insert(
            &mut *tx,
            &email.lookup_key(),
            form.display_name.trim(),
            role.code(),
        )
        .await
        {
            Err(naast_store::StoreError::Conflict) => {
                return Err(AppError::field("email", Msg::EmailTaken));
            }
            r => r?,
        };
        for t in &tenant_ids {
            users::add_tenant(&mut *tx, id, *t).await?;
        }
        let link = self.account_link(&mut tx, id).await?;
        self.queue_mail(
            &mut tx,
            email.as_str(),
            "Uw account voor Naast / Your Naast account",
            &format!(
                "Welkom bij Naast.\n\nMaak uw account af via deze link (7 dagen geldig, één keer te gebruiken):\n{link}\n\n\
                 Welcome to Naast. Finish setting up your account with this link (valid for 7 days, once):\n{link}\n"
            ),
        )
        .await?;
        self.audit_in(&mut tx, who, "user.invite", "user", &id.to_string())
            .await?;
        tx.commit().await?;
        let user = self.user(who, id).await?;
        Ok(Invited {
            user,
            setup_link: link,
        })
    }

    /// A new one-time link for an account (forgotten password, lost authenticator), voiding
    /// earlier ones.
    pub async fn reset_link(&self, who: &Principal, id: i64) -> Result<String> {
        who.require(Role::Coordinator)?;
        let mut tx = self.db.begin().await?;
        users::by_id(&mut *tx, id)
            .await?
            .ok_or(AppError::NotFound)?;
        let link = self.account_link(&mut tx, id).await?;
        self.audit_in(&mut tx, who, "user.reset_link", "user", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(link)
    }

    /// Disables (or enables) an account; a disabled account's sessions end at once and its
    /// tokens stop working.
    pub async fn set_user_disabled(
        &self,
        who: &Principal,
        id: i64,
        disabled: bool,
    ) -> Result<User> {
        who.require(Role::Coordinator)?;
        if disabled && who.user_id == Some(id) {
            return Err(AppError::general(Msg::CannotDisableSelf));
        }
        let mut tx = self.db.begin().await?;
        users::by_id(&mut *tx, id)
            .await?
            .ok_or(AppError::NotFound)?;
        users::set_disabled(
            &mut *tx,
            id,
            if disabled {
                Some(naast_store::now())
            } else {
                None
            },
        )
        .await?;
        if disabled {
            sessions::delete_for_user(&mut *tx, id).await?;
        }
        self.audit_in(
            &mut tx,
            who,
            if disabled {
                "user.disable"
            } else {
                "user.enable"
            },
            "user",
            &id.to_string(),
        )
        .await?;
        tx.commit().await?;
        self.user(who, id).await
    }

    /// Replaces the tenants a user works for.
    pub async fn set_user_tenants(
        &self,
        who: &Principal,
        id: i64,
        slugs: &[String],
    ) -> Result<User> {
        who.require(Role::Coordinator)?;
        let user = self.user(who, id).await?;
        let mut c = Collector::default();
        let ids = self.tenant_ids_for(slugs, &mut c).await?;
        if user.role == Role::Municipality && ids.len() != 1 {
            c.push(FieldError::new("tenants", Msg::MunicipalityNeedsOneTenant));
        }
        c.finish()?;
        let mut tx = self.db.begin().await?;
        users::clear_tenants(&mut *tx, id).await?;
        for t in ids {
            users::add_tenant(&mut *tx, id, t).await?;
        }
        self.audit_in(&mut tx, who, "user.tenants", "user", &id.to_string())
            .await?;
        tx.commit().await?;
        self.user(who, id).await
    }

    pub async fn user_by_email(&self, who: &Principal, email: &str) -> Result<User> {
        who.require(Role::Coordinator)?;
        let u = users::by_email(self.db.pool(), &email.trim().to_lowercase())
            .await?
            .ok_or(AppError::NotFound)?;
        self.user_view(u, &tenants::list(self.db.pool()).await?)
            .await
    }

    /// The coordinators who can be the second person for something these `authors` wrote,
    /// changed or submitted: active (not disabled, set-up finished) and none of them. Staff
    /// names only, for a report page saying who can publish it.
    pub async fn second_coordinators(
        &self,
        who: &Principal,
        authors: &[Option<i64>],
    ) -> Result<Vec<(i64, String)>> {
        if who.is(Role::Municipality) || who.user_id.is_none() {
            return Ok(Vec::new());
        }
        let mut out: Vec<(i64, String)> = users::list(self.db.pool())
            .await?
            .into_iter()
            .filter(|u| {
                u.role == Role::Coordinator.code()
                    && u.disabled_at.is_none()
                    && u.password_hash.is_some()
                    && !authors.contains(&Some(u.id))
            })
            .map(|u| {
                let name = if u.display_name.is_empty() {
                    u.email
                } else {
                    u.display_name
                };
                (u.id, name)
            })
            .collect();
        out.sort_by_key(|(_, n)| n.to_lowercase());
        Ok(out)
    }
}
