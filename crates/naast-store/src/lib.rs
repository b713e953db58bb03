//! Naast's persistence. One storage layer, [`Db`], over two backends chosen from the URL at
//! start-up: embedded SQLite (the zero-configuration default) and PostgreSQL (several stateless
//! instances sharing one database). Each backend has its own migrations (`migrations/sqlite`,
//! `migrations/postgres`) and its own [`Backend`] implementation for what differs between them
//! (connection set-up, how a write transaction starts, how the audit chain is locked); the SQL of
//! the repositories is written once in the dialect both understand (`$1` parameters, `RETURNING`,
//! `ON CONFLICT`), so there are no per-backend branches in the queries.
//!
//! This crate stores what it is given. Personal data arrives here already sealed by
//! `naast-crypto`; nothing in this crate logs values, only ids.
//!
//! Error policy: every function returns [`StoreError`]; a unique-constraint violation becomes
//! [`StoreError::Conflict`], a missing row [`StoreError::NotFound`]; the rest is
//! [`StoreError::Db`], which callers map to a generic 500.

mod backend;
mod db;
mod error;
mod migrate;
mod row;
mod sql;

pub mod agenda;
pub mod audit;
pub mod cases;
pub mod consents;
pub mod door;
pub mod handover_notices;
pub mod jobs;
pub mod keys;
pub mod letters;
pub mod open_reports;
pub mod ops;
pub mod outbox;
pub mod outreach;
pub mod persons;
pub mod procedure_receipts;
pub mod procedures;
pub mod rebind;
pub mod reports;
pub mod search;
pub mod sessions;
pub mod settings;
pub mod signals;
pub mod status_codes;
pub mod status_links;
pub mod tenants;
pub mod throttle;
pub mod tokens;
pub mod users;
pub mod verdicts;
pub mod work;

pub use backend::{Backend, BackendKind};
pub use db::{Db, Tx, now};
pub use error::{DbFault, StoreError};
/// The driver error, for `?` on transaction commits in callers.
pub use sqlx::Error as DbError;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
