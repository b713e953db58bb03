//! Staff roles. Citizens have no account: they hold a private token per kwestie.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Manages users, tenants, lists and retention; publishes reports.
    Coordinator,
    /// Registers and works kwesties of the tenants assigned to them.
    Confidant,
    /// The municipality's own staff: reads published reports and answers signals of exactly one
    /// tenant. Never sees a kwestie.
    Municipality,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Coordinator, Role::Confidant, Role::Municipality];

    pub fn code(self) -> &'static str {
        match self {
            Role::Coordinator => "coordinator",
            Role::Confidant => "confidant",
            Role::Municipality => "municipality",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == s.trim())
    }

    pub fn label(self, lang: crate::Lang) -> &'static str {
        match self {
            Role::Coordinator => lang.pick("Coördinator", "Coordinator"),
            Role::Confidant => lang.pick("Vertrouwenspersoon", "Confidant"),
            Role::Municipality => lang.pick("Gemeente (opdrachtgever)", "Municipality"),
        }
    }
}
