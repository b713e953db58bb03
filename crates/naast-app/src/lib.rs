//! Naast's use cases. Every action a person or a script can take — sign in, invite a user,
//! create a tenant, issue a token — is one method on [`App`], taking the [`Principal`] who asks.
//! The web pages, the JSON API and the CLI are thin adapters over these methods, so that
//! authorization, validation and the audit trail happen here, once.
//!
//! Error policy: methods return [`AppError`]; validation problems carry field-level messages
//! ([`naast_core::Invalid`]) that the adapters render in the user's language; storage failures
//! become [`AppError::Internal`], logged once at the edge and never shown.

mod at_rest;
pub mod bind_aad;
mod error;
mod principal;

pub mod auth;
pub mod backup;
pub mod cases;
pub mod clock;
pub mod deid_review;
pub mod demo;
pub mod fault;
pub mod jobs;
pub mod keys;
pub mod letter_templates;
pub mod mail;
pub mod metrics;
pub mod notify;
pub mod outreach;
pub mod overview;
pub mod public;
pub mod public_documents;
pub mod reports;
pub mod signals;
pub mod system;
pub mod tenants;
pub mod tokens;
pub mod users;

pub use error::AppError;
pub use principal::{Principal, Via};

/// The old name of [`deid_review`], kept until `signals.rs` and `signals/flow.rs` (being changed
/// elsewhere) use the new one.
use naast_crypto::KeyRing;
use naast_store::Db;
use std::sync::Arc;

pub type Result<T, E = AppError> = std::result::Result<T, E>;

/// Settings the use cases need; the binary builds them from flags and environment.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Absolute base URL for links in messages and e-mails, without a trailing slash.
    pub public_url: String,
    /// Seconds of inactivity after which a session ends.
    pub idle_timeout: i64,
    /// Seconds after sign-in after which a session ends however active it was
    /// (`NAAST_SESSION_MAX_HOURS`, default 12): a stolen session cookie does not live forever.
    pub session_max_age: i64,
    /// Whether the public form's limits per address and tenant are on (`NAAST_RATE_LIMITS=off`
    /// turns them off for tests and benchmarks). Sign-in and TOTP throttling are always on.
    pub rate_limits: bool,
    /// SMTP server URL (`smtp://host:port`); `None` keeps e-mail in the outbox.
    pub smtp_url: Option<String>,
    /// Sender address for e-mail.
    pub mail_from: String,
    /// Seconds between e-mails to confidants about new web intakes, at most one per period.
    pub notify_every: i64,
    /// Reverse proxies whose `X-Forwarded-For` is believed (`NAAST_TRUSTED_PROXIES`); from
    /// anyone else the header is ignored, so a client cannot choose its own address.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Days an outbox message is kept (`NAAST_OUTBOX_KEEP_DAYS`): after that every message goes
    /// when there is no SMTP relay, and sent ones go when there is.
    pub outbox_keep_days: i64,
    /// The de-identifier's word lists (`NAAST_DEID_LISTS`); `None`: the personal-data check
    /// runs on patterns and context alone, and its page says so.
    pub deid_lists: Option<Arc<naast_deid::Lists>>,
    /// The case list sorts on the sealed columns (citizen, subject) in memory when at most this
    /// many kwesties match (`NAAST_SEALED_SORT_MAX`, 1 to 1,000, default 1,000); above it the
    /// page asks for a narrower filter.
    pub sealed_sort_max: i64,
    /// The daily backup of the embedded database (`NAAST_BACKUP_DIR`, `NAAST_BACKUP_KEEP`);
    /// `None`: no scheduled backup.
    pub backup: Option<backup::Schedule>,
    /// The bearer token of `/metrics` (`NAAST_METRICS_TOKEN`); `None`: no `/metrics` at all.
    pub metrics_token: Option<String>,
    /// A one-person practice (`NAAST_ONE_PERSON_PRACTICE=on`): the one confidant may publish a
    /// report and send a signal without a second person's check; the report's colophon then
    /// says so. Off by default: whoever wrote, last changed or submitted it cannot publish or
    /// send it.
    pub one_person_practice: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            public_url: "http://127.0.0.1:8080".into(),
            idle_timeout: 30 * 60,
            session_max_age: 12 * 3600,
            rate_limits: true,
            smtp_url: None,
            mail_from: "naast@localhost".into(),
            notify_every: 300,
            trusted_proxies: Vec::new(),
            outbox_keep_days: 30,
            deid_lists: None,
            sealed_sort_max: 1000,
            backup: None,
            metrics_token: None,
            one_person_practice: false,
        }
    }
}

/// The application: database, keys and settings. Cheap to clone.
#[derive(Clone)]
pub struct App {
    pub db: Db,
    pub keys: Arc<KeyRing>,
    pub settings: Arc<Settings>,
    system: Arc<naast_crypto::DataKey>,
    demo: bool,
    /// True while the data may hold values sealed with the old AADs ([`bind_aad`]).
    legacy_aad: Arc<std::sync::atomic::AtomicBool>,
    /// The group-commit writer for intakes, started on first use.
    intake_writer: Arc<std::sync::OnceLock<cases::batch::Writer>>,
    /// The case search's per-tenant cache of normalised search strings, in RAM only.
    search: cases::search::Cache,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("db", &self.db)
            .field("demo", &self.demo)
            .finish()
    }
}

impl App {
    /// Builds the application over a migrated database.
    pub async fn new(db: Db, keys: KeyRing, settings: Settings) -> Result<App> {
        let demo = naast_store::settings::get(db.pool(), naast_store::settings::DEMO_MODE)
            .await?
            .is_some_and(|v| v == "1");
        let legacy = bind_aad::legacy(&db).await?;
        let system = keys::load_system_key(&db, &keys, legacy).await?;
        let app = App {
            legacy_aad: Arc::new(std::sync::atomic::AtomicBool::new(legacy)),
            intake_writer: Arc::new(std::sync::OnceLock::new()),
            search: cases::search::Cache::default(),
            system: Arc::new(system),
            db,
            keys: Arc::new(keys),
            settings: Arc::new(settings),
            demo,
        };
        let n = app.reindex_persons_once().await?;
        if n > 0 {
            tracing::info!(persons = n, "look-up indexes of persons recomputed");
        }
        // Values from before they were sealed are sealed now, once.
        app.seal_plain_rows().await?;
        // Values sealed before they were bound to their row are re-sealed now, once.
        app.bind_aad().await?;
        Ok(app)
    }

    /// Demo mode: shown as a banner on every page; staff may sign in without a second factor.
    pub fn is_demo(&self) -> bool {
        self.demo
    }

    pub(crate) fn set_demo(&mut self, on: bool) {
        self.demo = on;
    }

    pub(crate) fn link(&self, path: &str) -> String {
        format!("{}{}", self.settings.public_url.trim_end_matches('/'), path)
    }

    /// True when the database answers.
    pub async fn healthy(&self) -> bool {
        self.db.ping().await
    }

    /// Appends an audit entry inside the caller's transaction, so that the entry and the change
    /// it records commit together.
    pub(crate) async fn audit_in(
        &self,
        tx: &mut naast_store::Tx,
        who: &Principal,
        action: &str,
        kind: &str,
        id: &str,
    ) -> Result<()> {
        self.audit_as(tx, who.audit_actor(), action, kind, id).await
    }

    /// Like [`App::audit_in`], for an actor that is not a principal (a user signing in, Naast itself).
    pub(crate) async fn audit_as(
        &self,
        tx: &mut naast_store::Tx,
        actor: naast_store::audit::Actor,
        action: &str,
        kind: &str,
        id: &str,
    ) -> Result<()> {
        naast_store::audit::append(
            &self.db,
            tx,
            &self.audit_key(),
            &naast_store::audit::Event {
                actor,
                action,
                object_kind: kind,
                object_id: id,
            },
        )
        .await?;
        Ok(())
    }

    /// Appends an audit entry in a transaction of its own (reads, exports).
    pub(crate) async fn audit(
        &self,
        who: &Principal,
        action: &str,
        kind: &str,
        id: &str,
    ) -> Result<()> {
        naast_store::audit::record(
            &self.db,
            &self.audit_key(),
            &naast_store::audit::Event {
                actor: who.audit_actor(),
                action,
                object_kind: kind,
                object_id: id,
            },
        )
        .await?;
        Ok(())
    }
}
