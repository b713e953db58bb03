//! Moving in: cases from spreadsheets and old systems. Every row is checked first; if any is
//! bad, nothing is imported and every bad row is named by its line. What was imported once is
//! never imported twice (by the old reference, or by the whole line when there is none).

use super::{Sealed, today};
use crate::{App, AppError, Principal, Result};
use naast_core::CaseStatus;
use naast_core::case::Contact;
use naast_core::import::{ImportRow, ImportedCase};
use naast_core::{Lang, Msg, Role};
use naast_store::cases::{self as store, CaseRow};
use naast_store::tenants::{self, TenantRow};
use std::collections::HashSet;

/// One line of the input: its number, what identifies it as a whole, and the row read from it
/// (or why it could not be read).
#[derive(Debug, Clone)]
pub struct ImportLine {
    pub line: usize,
    pub identity: String,
    pub row: std::result::Result<ImportRow, String>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ImportProblem {
    pub line: usize,
    pub field: Option<&'static str>,
    pub message: String,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct ImportReport {
    pub imported: u64,
    pub duplicates: u64,
    pub providers_added: Vec<String>,
}

impl App {
    /// Whether `who` may import into the tenant (coordinators only, as on the page), and which
    /// tenant that is. Adapters call this before they read the file, so that nobody else gets
    /// to make the server take in an upload.
    pub async fn import_target(&self, who: &Principal, tenant_slug: &str) -> Result<TenantRow> {
        who.require(Role::Coordinator)?;
        tenants::by_slug(self.db.pool(), tenant_slug.trim())
            .await?
            .filter(|t| who.may_see_tenant(t.id))
            .ok_or_else(|| {
                AppError::field(
                    "tenant",
                    Msg::TenantUnknown(tenant_slug.chars().take(40).collect()),
                )
            })
    }

    /// Imports cases into a tenant (coordinators). Returns the problems instead when any row is
    /// bad — then nothing was written.
    pub async fn import_cases(
        &self,
        who: &Principal,
        tenant_slug: &str,
        lines: Vec<ImportLine>,
        lang: Lang,
    ) -> Result<std::result::Result<ImportReport, Vec<ImportProblem>>> {
        let tenant = self.import_target(who, tenant_slug).await?;
        let known = self.organisation_ok(tenant.id).await?;
        let today = today();
        let mut problems = Vec::new();
        let mut parsed: Vec<(String, ImportedCase)> = Vec::new();
        for l in lines {
            match l.row {
                Err(e) => problems.push(ImportProblem {
                    line: l.line,
                    field: None,
                    message: Msg::Malformed(e).text(lang),
                }),
                Ok(row) => match row.parse(today, &known) {
                    Ok(case) => {
                        let key = match &case.reference {
                            Some(r) => format!("ref:{r}"),
                            None => format!("line:{}", naast_crypto::hash_token(&l.identity)),
                        };
                        parsed.push((key, case));
                    }
                    Err(errs) => problems.extend(errs.into_iter().map(|e| ImportProblem {
                        line: l.line,
                        field: e.field,
                        message: e.text(lang),
                    })),
                },
            }
        }
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        let mut report = ImportReport::default();
        let mut seen = HashSet::new();
        let mut tx = self.db.begin().await?;
        for (key, case) in parsed {
            if !seen.insert(key.clone())
                || store::import_key_exists(&mut *tx, tenant.id, &key).await?
            {
                report.duplicates += 1;
                continue;
            }
            if case.new_provider && !report.providers_added.contains(&case.organisation) {
                tenants::upsert_provider(
                    &mut *tx,
                    tenant.id,
                    &case.organisation,
                    &case.organisation,
                )
                .await?;
                report.providers_added.push(case.organisation.clone());
            }
            let contact = Contact {
                name: case.name.clone(),
                email: case.email.clone(),
                phone: case.phone.clone(),
                ..Default::default()
            };
            let citizen_id = if contact.is_empty() {
                None
            } else {
                Some(self.insert_person(&mut tx, tenant.id, &contact).await?)
            };
            let (key_id, data_key) = self.new_data_key(&mut tx).await?;
            let closed = case.closed_on.is_some();
            let mut row = CaseRow {
                tenant_id: tenant.id,
                data_key_id: key_id,
                status: if closed {
                    CaseStatus::Closed.as_str().into()
                } else {
                    CaseStatus::InProgress.as_str().into()
                },
                channel: case.channel.clone(),
                citizen_id,
                owner_user_id: who.user_id,
                area: Some(case.area.clone()),
                opened_on: case.opened_on.to_string(),
                version: 1,
                ..Default::default()
            };
            let id = self
                .insert_case(
                    &mut tx,
                    &mut row,
                    &data_key,
                    &Sealed {
                        story: case.story.clone(),
                        ..Default::default()
                    },
                )
                .await?;
            row.id = id;
            row.organisation = Some(case.organisation.clone());
            row.primary_nature = Some(case.nature.clone());
            row.natures = case.nature.clone();
            row.closed_on = case.closed_on.map(|d| d.to_string());
            row.outcome = case.outcome.clone();
            if case.minutes > 0 {
                store::insert_entry(
                    &mut *tx,
                    id,
                    "contact",
                    &row.opened_on,
                    Some(&case.channel),
                    "",
                    i64::from(case.minutes),
                    None,
                    who.user_id,
                )
                .await?;
            }
            store::insert_import_key(&mut *tx, tenant.id, &key, id).await?;
            if !store::update(&mut *tx, &row).await? {
                return Err(AppError::Internal("imported case changed under us".into()));
            }
            row.version += 1;
            self.refresh_stat(&mut tx, &row).await?;
            self.audit_in(&mut tx, who, "case.import", "case", &id.to_string())
                .await?;
            report.imported += 1;
        }
        tx.commit().await?;
        Ok(Ok(report))
    }
}
