//! The forms that used to live here (parties, mediation, letters, attachments) are now modules of
//! [`crate::case`]; this module only keeps the old paths working until every caller says
//! `naast_core::case::…`.

pub use crate::case::{ATTACHMENT_MAX, LetterForm, MediationForm, PartyForm, attachment_type};
