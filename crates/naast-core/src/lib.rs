//! Naast's domain core: the types every other crate speaks (roles, tenants, e-mail addresses,
//! vocabulary codes), the validation rules that turn outside input into those types, and the
//! user-facing messages in Dutch and English. Pure: no IO, no clock, no randomness.

pub mod audit_action;
pub mod case;
pub mod case_more;
pub mod colour;
pub mod consent;
pub mod email;
pub mod ics;
pub mod import;
pub mod lang;
pub mod lapsed;
pub mod matching;
pub mod msg;
pub mod open_reports;
pub mod outreach;
pub mod placeholders;
pub mod procedure;
pub mod public;
pub mod role;
pub mod signal;
pub mod state;
pub mod tenant;
pub mod terms;
pub mod theme;
pub mod validation;
pub mod verdict;
pub mod vocab;
pub mod workload;

pub use email::EmailAddress;
pub use lang::Lang;
pub use msg::Msg;
pub use role::Role;
pub use state::{CaseStatus, ReportStatus, SignalStatus};
pub use tenant::{TenantInput, TenantSlug};
pub use validation::{FieldError, Invalid};
