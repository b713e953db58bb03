//! Who is asking: a signed-in staff member (browser or API token) or the server's command line.

use crate::{AppError, Result};
use naast_core::{Lang, Role};
use naast_store::audit::Actor;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Session,
    Token(i64),
    /// The operator on the server itself, with a coordinator's powers.
    Cli,
    /// A citizen at the public door (form, public API, status link): no staff powers at all.
    Public,
    /// A provider at a signal's link: sees that one signal, nothing else.
    Link,
}

#[derive(Debug, Clone)]
pub struct Principal {
    pub user_id: Option<i64>,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub tenant_ids: Vec<i64>,
    pub lang: Lang,
    pub via: Via,
    /// A read-only API token: every write is refused (403).
    pub read_only: bool,
}

impl Principal {
    /// The name people see: the display name, else the e-mail address.
    pub fn shown_name(&self) -> &str {
        if self.display_name.is_empty() {
            &self.email
        } else {
            &self.display_name
        }
    }

    pub fn cli() -> Principal {
        Principal {
            user_id: None,
            email: String::new(),
            display_name: "command line".into(),
            role: Role::Coordinator,
            tenant_ids: Vec::new(),
            lang: Lang::En,
            via: Via::Cli,
            read_only: false,
        }
    }

    /// A citizen at the public door of one tenant. The role is the least of all (it sees no
    /// case); the use cases for citizens decide access by the status link, not by role.
    pub fn citizen(tenant_id: i64, lang: Lang) -> Principal {
        Principal {
            user_id: None,
            email: String::new(),
            display_name: "inwoner".into(),
            role: Role::Municipality,
            tenant_ids: vec![tenant_id],
            lang,
            via: Via::Public,
            read_only: false,
        }
    }

    /// A provider at the link of one signal of one tenant.
    pub fn provider(tenant_id: i64, lang: Lang) -> Principal {
        Principal {
            user_id: None,
            email: String::new(),
            display_name: "aanbieder".into(),
            role: Role::Municipality,
            tenant_ids: vec![tenant_id],
            lang,
            via: Via::Link,
            read_only: false,
        }
    }

    /// A staff member or municipality user with an account (session, token) or the CLI; not a
    /// citizen at the public door, not a provider at a signal's link.
    pub fn signed_in(&self) -> bool {
        matches!(self.via, Via::Session | Via::Token(_) | Via::Cli)
    }

    pub fn is(&self, role: Role) -> bool {
        self.role == role
    }

    /// Refuses unless the principal has `role`.
    pub fn require(&self, role: Role) -> Result<()> {
        if self.role == role {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// Coordinators see every tenant; others only those assigned to them.
    pub fn may_see_tenant(&self, tenant_id: i64) -> bool {
        self.role == Role::Coordinator || self.tenant_ids.contains(&tenant_id)
    }

    pub(crate) fn audit_actor(&self) -> Actor {
        match (self.via, self.user_id) {
            (Via::Public, _) => Actor::Citizen,
            (Via::Link, _) => Actor::Provider,
            (Via::Cli, _) | (_, None) => Actor::Cli,
            (Via::Token(_), Some(id)) => Actor::Token(id),
            (Via::Session, Some(id)) => Actor::User(id),
        }
    }
}
