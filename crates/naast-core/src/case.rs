//! A kwestie's input forms, parsed at the edge into valid values, one form to a module: the
//! intake ([`intake`]), clarifying the question ([`clarify`]), contact moments
//! ([`contact_moment`]), tasks ([`task`]), closing ([`closing`]), others involved ([`party`]),
//! mediation ([`mediation`]), letters ([`letter`]) and attachments ([`attachment`]); the fields
//! they share ([`fields`]) and the reference a citizen quotes ([`reference`](mod@reference)).
//! Every parser reports every problem at once and takes "today" as an argument, so it stays
//! pure.
//!
//! Everything is re-exported here: callers write `naast_core::case::IntakeForm`.

pub mod attachment;
pub mod clarify;
pub mod closing;
pub mod contact_moment;
pub mod fields;
pub mod intake;
pub mod letter;
pub mod mediation;
pub mod party;
pub mod planned;
pub mod reference;
pub mod status_code;
pub mod task;

pub use attachment::{ATTACHMENT_MAX, attachment_type};
pub use clarify::{Clarified, ClarifyForm};
pub use closing::{CloseForm, Closing};
pub use contact_moment::{ContactForm, ContactMoment};
pub use fields::{any_date, past_date, phone};
pub use intake::{CONTACT_PREFERENCES, Contact, Intake, IntakeForm, STORY_MAX};
pub(crate) use intake::{IntakeFormContact, contact};
pub use letter::{LetterForm, LetterWarning};
pub use mediation::MediationForm;
pub use party::PartyForm;
pub use planned::{
    DEFAULT_MINUTES, Held, HeldForm, PLANNED_KINDS, Plan, PlanForm, future_date, parse_time,
    planned_kind_of,
};
pub use reference::{normalise_reference, reference_from};
pub use status_code::{code_from, group_code, normalise_code};
pub use task::{Task, TaskForm};
