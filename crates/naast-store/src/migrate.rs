//! Versioned migrations, one folder per backend, embedded in the binary and applied at start-up
//! (and by `naast migrate`). Each migration runs in its own transaction and is recorded in
//! `naast_migrations`; a database newer than the program is refused.

use crate::backend::Backend;
use crate::{Db, Result, StoreError};
use sqlx::Row;

pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

pub(crate) static SQLITE: &[Migration] = &[
    Migration {
        version: 1,
        name: "foundation",
        sql: include_str!("../migrations/sqlite/0001_foundation.sql"),
    },
    Migration {
        version: 2,
        name: "cases",
        sql: include_str!("../migrations/sqlite/0002_cases.sql"),
    },
    Migration {
        version: 3,
        name: "imports",
        sql: include_str!("../migrations/sqlite/0003_imports.sql"),
    },
    Migration {
        version: 4,
        name: "parties_attachments",
        sql: include_str!("../migrations/sqlite/0004_parties_attachments.sql"),
    },
    Migration {
        version: 5,
        name: "list_indexes",
        sql: include_str!("../migrations/sqlite/0005_list_indexes.sql"),
    },
    Migration {
        version: 6,
        name: "task_rules",
        sql: include_str!("../migrations/sqlite/0006_task_rules.sql"),
    },
    Migration {
        version: 7,
        name: "procedures_letters",
        sql: include_str!("../migrations/sqlite/0007_procedures_letters.sql"),
    },
    Migration {
        version: 8,
        name: "status_links",
        sql: include_str!("../migrations/sqlite/0008_status_links.sql"),
    },
    Migration {
        version: 9,
        name: "outreach",
        sql: include_str!("../migrations/sqlite/0009_outreach.sql"),
    },
    Migration {
        version: 10,
        name: "reports",
        sql: include_str!("../migrations/sqlite/0010_reports.sql"),
    },
    Migration {
        version: 11,
        name: "consents",
        sql: include_str!("../migrations/sqlite/0011_consents.sql"),
    },
    Migration {
        version: 12,
        name: "signals",
        sql: include_str!("../migrations/sqlite/0012_signals.sql"),
    },
    Migration {
        version: 13,
        name: "citizen_door",
        sql: include_str!("../migrations/sqlite/0013_citizen_door.sql"),
    },
    Migration {
        version: 14,
        name: "outbox_cases",
        sql: include_str!("../migrations/sqlite/0014_outbox_cases.sql"),
    },
    Migration {
        version: 15,
        name: "seal_texts",
        sql: include_str!("../migrations/sqlite/0015_seal_texts.sql"),
    },
    Migration {
        version: 16,
        name: "token_scope",
        sql: include_str!("../migrations/sqlite/0016_token_scope.sql"),
    },
    Migration {
        version: 17,
        name: "keyed_audit",
        sql: include_str!("../migrations/sqlite/0017_keyed_audit.sql"),
    },
    Migration {
        version: 18,
        name: "citizen_news",
        sql: include_str!("../migrations/sqlite/0018_citizen_news.sql"),
    },
    Migration {
        version: 19,
        name: "person_version",
        sql: include_str!("../migrations/sqlite/0019_person_version.sql"),
    },
    Migration {
        version: 20,
        name: "contact_task",
        sql: include_str!("../migrations/sqlite/0020_contact_task.sql"),
    },
    Migration {
        version: 23,
        name: "planned_tasks",
        sql: include_str!("../migrations/sqlite/0023_planned_tasks.sql"),
    },
    Migration {
        version: 24,
        name: "message_documents",
        sql: include_str!("../migrations/sqlite/0024_message_documents.sql"),
    },
    Migration {
        version: 25,
        name: "audit_filters",
        sql: include_str!("../migrations/sqlite/0025_audit_filters.sql"),
    },
    Migration {
        version: 26,
        name: "register_routes",
        sql: include_str!("../migrations/sqlite/0026_register_routes.sql"),
    },
    Migration {
        version: 27,
        name: "letter_drafts",
        sql: include_str!("../migrations/sqlite/0027_letter_drafts.sql"),
    },
    Migration {
        version: 28,
        name: "procedure_receipts",
        sql: include_str!("../migrations/sqlite/0028_procedure_receipts.sql"),
    },
    Migration {
        version: 29,
        name: "report_extra_protection",
        sql: include_str!("../migrations/sqlite/0029_report_extra_protection.sql"),
    },
    Migration {
        version: 30,
        name: "report_four_eyes",
        sql: include_str!("../migrations/sqlite/0030_report_four_eyes.sql"),
    },
    Migration {
        version: 31,
        name: "lapsed_tasks",
        sql: include_str!("../migrations/sqlite/0031_lapsed_tasks.sql"),
    },
    Migration {
        version: 32,
        name: "open_reports",
        sql: include_str!("../migrations/sqlite/0032_open_reports.sql"),
    },
    Migration {
        version: 34,
        name: "jobs_once",
        sql: include_str!("../migrations/sqlite/0034_jobs_once.sql"),
    },
    Migration {
        version: 37,
        name: "handover_notices",
        sql: include_str!("../migrations/sqlite/0037_handover_notices.sql"),
    },
    Migration {
        version: 39,
        name: "status_codes",
        sql: include_str!("../migrations/sqlite/0039_status_codes.sql"),
    },
    Migration {
        version: 41,
        name: "open_cases_index",
        sql: include_str!("../migrations/sqlite/0041_open_cases_index.sql"),
    },
    Migration {
        version: 42,
        name: "appointment_times",
        sql: include_str!("../migrations/sqlite/0042_appointment_times.sql"),
    },
    Migration {
        version: 43,
        name: "calendar_feeds",
        sql: include_str!("../migrations/sqlite/0043_calendar_feeds.sql"),
    },
    Migration {
        version: 44,
        name: "verdicts",
        sql: include_str!("../migrations/sqlite/0044_verdicts.sql"),
    },
];

pub(crate) static POSTGRES: &[Migration] = &[
    Migration {
        version: 1,
        name: "foundation",
        sql: include_str!("../migrations/postgres/0001_foundation.sql"),
    },
    Migration {
        version: 2,
        name: "cases",
        sql: include_str!("../migrations/postgres/0002_cases.sql"),
    },
    Migration {
        version: 3,
        name: "imports",
        sql: include_str!("../migrations/postgres/0003_imports.sql"),
    },
    Migration {
        version: 4,
        name: "parties_attachments",
        sql: include_str!("../migrations/postgres/0004_parties_attachments.sql"),
    },
    Migration {
        version: 5,
        name: "list_indexes",
        sql: include_str!("../migrations/postgres/0005_list_indexes.sql"),
    },
    Migration {
        version: 6,
        name: "task_rules",
        sql: include_str!("../migrations/postgres/0006_task_rules.sql"),
    },
    Migration {
        version: 7,
        name: "procedures_letters",
        sql: include_str!("../migrations/postgres/0007_procedures_letters.sql"),
    },
    Migration {
        version: 8,
        name: "status_links",
        sql: include_str!("../migrations/postgres/0008_status_links.sql"),
    },
    Migration {
        version: 9,
        name: "outreach",
        sql: include_str!("../migrations/postgres/0009_outreach.sql"),
    },
    Migration {
        version: 10,
        name: "reports",
        sql: include_str!("../migrations/postgres/0010_reports.sql"),
    },
    Migration {
        version: 11,
        name: "consents",
        sql: include_str!("../migrations/postgres/0011_consents.sql"),
    },
    Migration {
        version: 12,
        name: "signals",
        sql: include_str!("../migrations/postgres/0012_signals.sql"),
    },
    Migration {
        version: 13,
        name: "citizen_door",
        sql: include_str!("../migrations/postgres/0013_citizen_door.sql"),
    },
    Migration {
        version: 14,
        name: "outbox_cases",
        sql: include_str!("../migrations/postgres/0014_outbox_cases.sql"),
    },
    Migration {
        version: 15,
        name: "seal_texts",
        sql: include_str!("../migrations/postgres/0015_seal_texts.sql"),
    },
    Migration {
        version: 16,
        name: "token_scope",
        sql: include_str!("../migrations/postgres/0016_token_scope.sql"),
    },
    Migration {
        version: 17,
        name: "keyed_audit",
        sql: include_str!("../migrations/postgres/0017_keyed_audit.sql"),
    },
    Migration {
        version: 18,
        name: "citizen_news",
        sql: include_str!("../migrations/postgres/0018_citizen_news.sql"),
    },
    Migration {
        version: 19,
        name: "person_version",
        sql: include_str!("../migrations/postgres/0019_person_version.sql"),
    },
    Migration {
        version: 20,
        name: "contact_task",
        sql: include_str!("../migrations/postgres/0020_contact_task.sql"),
    },
    Migration {
        version: 23,
        name: "planned_tasks",
        sql: include_str!("../migrations/postgres/0023_planned_tasks.sql"),
    },
    Migration {
        version: 24,
        name: "message_documents",
        sql: include_str!("../migrations/postgres/0024_message_documents.sql"),
    },
    Migration {
        version: 25,
        name: "audit_filters",
        sql: include_str!("../migrations/postgres/0025_audit_filters.sql"),
    },
    Migration {
        version: 26,
        name: "register_routes",
        sql: include_str!("../migrations/postgres/0026_register_routes.sql"),
    },
    Migration {
        version: 27,
        name: "letter_drafts",
        sql: include_str!("../migrations/postgres/0027_letter_drafts.sql"),
    },
    Migration {
        version: 28,
        name: "procedure_receipts",
        sql: include_str!("../migrations/postgres/0028_procedure_receipts.sql"),
    },
    Migration {
        version: 29,
        name: "report_extra_protection",
        sql: include_str!("../migrations/postgres/0029_report_extra_protection.sql"),
    },
    Migration {
        version: 30,
        name: "report_four_eyes",
        sql: include_str!("../migrations/postgres/0030_report_four_eyes.sql"),
    },
    Migration {
        version: 31,
        name: "lapsed_tasks",
        sql: include_str!("../migrations/postgres/0031_lapsed_tasks.sql"),
    },
    Migration {
        version: 32,
        name: "open_reports",
        sql: include_str!("../migrations/postgres/0032_open_reports.sql"),
    },
    Migration {
        version: 34,
        name: "jobs_once",
        sql: include_str!("../migrations/postgres/0034_jobs_once.sql"),
    },
    Migration {
        version: 37,
        name: "handover_notices",
        sql: include_str!("../migrations/postgres/0037_handover_notices.sql"),
    },
    Migration {
        version: 39,
        name: "status_codes",
        sql: include_str!("../migrations/postgres/0039_status_codes.sql"),
    },
    Migration {
        version: 41,
        name: "open_cases_index",
        sql: include_str!("../migrations/postgres/0041_open_cases_index.sql"),
    },
    Migration {
        version: 42,
        name: "appointment_times",
        sql: include_str!("../migrations/postgres/0042_appointment_times.sql"),
    },
    Migration {
        version: 43,
        name: "calendar_feeds",
        sql: include_str!("../migrations/postgres/0043_calendar_feeds.sql"),
    },
    Migration {
        version: 44,
        name: "verdicts",
        sql: include_str!("../migrations/postgres/0044_verdicts.sql"),
    },
];

pub(crate) async fn run(db: &Db, backend: &dyn Backend) -> Result<usize> {
    sqlx::raw_sql(
        "CREATE TABLE IF NOT EXISTS naast_migrations (
            version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
    )
    .execute(&db.pool)
    .await?;
    let mut applied = 0;
    for m in backend.migrations() {
        let mut tx = db.begin().await?;
        if let Some(lock) = backend.lock_migrations() {
            sqlx::query(lock).execute(&mut *tx).await?;
        }
        let done = sqlx::query("SELECT version FROM naast_migrations WHERE version = $1")
            .bind(m.version)
            .fetch_optional(&mut *tx)
            .await?;
        if done.is_some() {
            tx.rollback().await?;
            continue;
        }
        sqlx::raw_sql(m.sql)
            .execute(&mut *tx)
            .await
            .map_err(|source| StoreError::Migration {
                version: m.version,
                source,
            })?;
        sqlx::query("INSERT INTO naast_migrations (version, name, applied_at) VALUES ($1, $2, $3)")
            .bind(m.version)
            .bind(m.name)
            .bind(crate::now())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        tracing::info!(migration.version = m.version, "migration applied");
        applied += 1;
    }
    let newest: i64 = sqlx::query("SELECT COALESCE(MAX(version), 0) AS v FROM naast_migrations")
        .fetch_one(&db.pool)
        .await?
        .try_get("v")?;
    let known = backend.migrations().last().map(|m| m.version).unwrap_or(0);
    if newest > known {
        return Err(StoreError::TooNew(newest));
    }
    Ok(applied)
}
