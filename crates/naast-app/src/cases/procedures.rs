//! Formal procedures on a kwestie and the tasks their statutory terms make; the procedures
//! register per tenant (how to complain or object at each organisation), shown in a case.

use super::{Loaded, today};
use crate::{App, AppError, Principal, Result};
use naast_core::CaseStatus;
use naast_core::procedure::{
    OutcomeForm, ProcedureForm, REGISTER_EXTRA, RegisterEntry, ombudsman_open, rule_for,
};
use naast_core::terms::{DeadlineRequest, answer};
use naast_core::{Role, vocab};
use naast_store::procedures as store;

/// A procedure as the case shows it, with its term.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ProcedureView {
    pub id: i64,
    pub kind: String,
    pub organisation: Option<String>,
    pub filed_on: String,
    pub committee: bool,
    pub outcome: Option<String>,
    pub outcome_on: Option<String>,
    /// The last day of the term the procedure started, and how it was counted.
    pub due_on: Option<String>,
    pub explanation: String,
    pub warnings: Vec<String>,
    /// For an objection: filed in time (Awb 6:9), when the decision's date is known.
    pub timely: Option<bool>,
    /// For a complaint not upheld: the last day to turn to the ombudsman (Awb 9:24).
    pub ombudsman_until: Option<String>,
    /// The acknowledgement of receipt, when recorded (`receipts.rs`).
    pub receipt: Option<super::ReceiptView>,
}

/// One organisation's entry in the register.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RegisterView {
    pub organisation: String,
    pub name: String,
    pub entry: RegisterEntry,
}

fn rule_key(id: i64) -> String {
    format!("procedure:{id}")
}

fn ombudsman_key(id: i64) -> String {
    format!("procedure:{id}:ombudsman")
}

/// The term a procedure starts. An objection counts from the contested decision's sending
/// date (Awb 6:8, 7:10), or the date on the letter when that is all that is known; without
/// either, from the filing (and says so).
fn term(
    row: &naast_store::cases::CaseRow,
    p: &store::ProcedureRow,
) -> Option<(&'static str, naast_core::terms::Answer)> {
    let (rule, title) = rule_for(&p.kind, row.area.as_deref(), p.committee)?;
    let decision = row
        .decision_sent_on
        .clone()
        .or_else(|| row.decision_date.clone());
    let date = match (p.kind.as_str(), &decision) {
        ("objection", Some(d)) => d.clone(),
        _ => p.filed_on.clone(),
    };
    let mut a = answer(&DeadlineRequest {
        rule: rule.into(),
        date,
        committee: p.committee,
        ..Default::default()
    })
    .ok()?;
    if p.kind == "objection" {
        match decision {
            Some(d) => {
                if let Ok(t) = answer(&DeadlineRequest {
                    rule: "awb-6:9-tijdig".into(),
                    date: d,
                    received_on: Some(p.filed_on.clone()),
                    ..Default::default()
                }) {
                    a.timely = t.timely;
                }
            }
            None => a.warnings.push(
                "De datum van het besluit staat niet in de kwestie; Naast telt vanaf de dag van het bezwaar. Vul de datum van het besluit in voor de juiste termijn.".into(),
            ),
        }
    }
    Some((title, a))
}

/// The last day to turn to the ombudsman after a complaint that was not upheld (Awb 9:24).
fn ombudsman_until(p: &store::ProcedureRow) -> Option<String> {
    match (&p.outcome, &p.outcome_on) {
        (Some(o), Some(on)) if ombudsman_open(&p.kind, o) => answer(&DeadlineRequest {
            rule: "awb-9:24-ombudsman".into(),
            date: on.clone(),
            ..Default::default()
        })
        .ok()
        .map(|a| a.last_day),
        _ => None,
    }
}

impl App {
    /// Keeps the tasks of a case's procedures in step with their dates (and the decision's).
    pub(crate) async fn procedure_tasks(&self, tx: &mut naast_store::Tx, c: &Loaded) -> Result<()> {
        for p in store::of_case(&mut **tx, c.row.id).await? {
            let open = p.outcome.is_none();
            let due = term(&c.row, &p).filter(|_| open);
            if c.key.is_none() {
                return Err(AppError::Conflict(naast_core::Msg::CaseClosed));
            }
            let title = due.as_ref().map(|d| d.0).unwrap_or("");
            if let Some(id) = naast_store::cases::set_rule_task(
                tx,
                c.row.id,
                &rule_key(p.id),
                b"",
                due.as_ref().map(|(_, a)| a.last_day.as_str()),
                c.row.owner_user_id,
            )
            .await?
            {
                crate::cases::seal_task(tx, c, id, title).await?;
            }
            let ombudsman = ombudsman_until(&p);
            let title = "Laatste dag om naar de ombudsman te gaan (Awb 9:24)";
            if let Some(id) = naast_store::cases::set_rule_task(
                tx,
                c.row.id,
                &ombudsman_key(p.id),
                b"",
                ombudsman.as_deref(),
                c.row.owner_user_id,
            )
            .await?
            {
                crate::cases::seal_task(tx, c, id, title).await?;
            }
        }
        Ok(())
    }

    /// Records a procedure (a complaint filed, an objection, an application, ...); its term
    /// becomes a task on the case.
    pub async fn add_procedure(
        &self,
        who: &Principal,
        reference: &str,
        form: &ProcedureForm,
    ) -> Result<i64> {
        let c = self.load_case(who, reference).await?;
        if c.row.status == CaseStatus::Closed || c.key.is_none() {
            return Err(AppError::Conflict(naast_core::Msg::CaseClosed));
        }
        let ok = self.organisation_ok(c.row.tenant_id).await?;
        let p = form.parse(today(), ok)?;
        let mut tx = self.db.begin().await?;
        let id = store::insert(
            &mut tx,
            c.row.id,
            &p.kind,
            p.organisation.as_deref(),
            &p.filed_on.to_string(),
            p.committee,
        )
        .await?;
        self.procedure_tasks(&mut tx, &c).await?;
        // The filing answers a term (an objection: the term to object, Awb 6:7).
        self.complete_answered_term(&mut tx, who, &c, &p.kind)
            .await?;
        // The timeline tells that it was recorded (the kind and date; the page says them in words).
        let fields =
            serde_json::json!({ "procedure_kind": p.kind, "filed_on": p.filed_on.to_string() });
        super::entry_today(&mut tx, &c, "procedure", who.user_id, &fields.to_string()).await?;
        self.write_case(&mut tx, who, &c.row, "case.procedure_add")
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Records (or clears) the external outcome of a procedure; the case's external outcome
    /// follows the latest one recorded.
    pub async fn set_procedure_outcome(
        &self,
        who: &Principal,
        reference: &str,
        id: i64,
        form: &OutcomeForm,
    ) -> Result<()> {
        let mut c = self.load_case(who, reference).await?;
        let outcome = form.parse(today())?;
        let mut tx = self.db.begin().await?;
        let on = outcome.as_ref().map(|(_, d)| d.to_string());
        if !store::set_outcome(
            &mut tx,
            c.row.id,
            id,
            outcome.as_ref().map(|(o, _)| o.as_str()),
            on.as_deref(),
        )
        .await?
        {
            return Err(AppError::NotFound);
        }
        let latest = store::of_case(&mut *tx, c.row.id)
            .await?
            .into_iter()
            .filter_map(|p| Some((p.outcome_on?, p.id, p.outcome?)))
            .max()
            .map(|(_, _, o)| o);
        if latest.is_some() || c.row.external_outcome.is_some() {
            c.row.external_outcome = latest;
        }
        self.procedure_tasks(&mut tx, &c).await?;
        self.write_case(&mut tx, who, &c.row, "case.procedure_outcome")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn remove_procedure(&self, who: &Principal, reference: &str, id: i64) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        let mut tx = self.db.begin().await?;
        if !store::delete(&mut tx, c.row.id, id).await? {
            return Err(AppError::NotFound);
        }
        for key in [rule_key(id), ombudsman_key(id)] {
            naast_store::cases::set_rule_task(&mut tx, c.row.id, &key, &[], None, None).await?;
        }
        // Without the objection, the term to object runs again (when the case is open).
        if c.row.status != CaseStatus::Closed && c.key.is_some() {
            self.objection_task(&mut tx, &c).await?;
        }
        self.write_case(&mut tx, who, &c.row, "case.procedure_remove")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub(crate) async fn procedures_view(&self, c: &Loaded) -> Result<Vec<ProcedureView>> {
        let (receipts, files) = self.receipts_of(c).await?;
        Ok(store::of_case(self.db.pool(), c.row.id)
            .await?
            .into_iter()
            .map(|p| {
                let receipt = super::receipts::receipt_view(&c.row, &p, &receipts, &files);
                let t = term(&c.row, &p);
                let ombudsman_until = ombudsman_until(&p);
                ProcedureView {
                    id: p.id,
                    due_on: t.as_ref().map(|(_, a)| a.last_day.clone()),
                    explanation: t
                        .as_ref()
                        .map(|(_, a)| a.explanation.clone())
                        .unwrap_or_default(),
                    warnings: t
                        .as_ref()
                        .map(|(_, a)| a.warnings.clone())
                        .unwrap_or_default(),
                    timely: t.as_ref().and_then(|(_, a)| a.timely),
                    ombudsman_until,
                    receipt,
                    kind: p.kind,
                    organisation: p.organisation,
                    filed_on: p.filed_on,
                    committee: p.committee,
                    outcome: p.outcome,
                    outcome_on: p.outcome_on,
                }
            })
            .collect())
    }

    /// The register's entries that matter for a case: the organisation concerned first, then
    /// the municipality (objections go there), then the ombudsman, legal aid and client support.
    pub(crate) async fn register_for(
        &self,
        tenant_id: i64,
        organisation: Option<&str>,
        names: &[(String, String)],
    ) -> Result<Vec<RegisterView>> {
        let all = self.register_entries(tenant_id, names).await?;
        let org = organisation.map(|o| {
            if o.starts_with("municipality") {
                "municipality"
            } else {
                o
            }
        });
        let mut order: Vec<&str> = Vec::new();
        if let Some(o) = org {
            order.push(o);
        }
        for o in ["municipality", "ombudsman", "legal_aid", "client_support"] {
            if !order.contains(&o) {
                order.push(o);
            }
        }
        Ok(order
            .into_iter()
            .filter_map(|o| all.iter().find(|r| r.organisation == o).cloned())
            .collect())
    }

    /// Every entry of the register (empty ones included, so a coordinator sees what is missing).
    async fn register_entries(
        &self,
        tenant_id: i64,
        names: &[(String, String)],
    ) -> Result<Vec<RegisterView>> {
        let stored = store::info(self.db.pool(), tenant_id).await?;
        let mut out = Vec::new();
        let extra = REGISTER_EXTRA
            .iter()
            .map(|(c, nl, _)| (c.to_string(), nl.to_string()));
        for (code, name) in names.iter().cloned().chain(extra) {
            let entry = stored
                .iter()
                .find(|s| s.organisation == code)
                .and_then(|s| serde_json::from_str(&s.body).ok())
                .unwrap_or_default();
            out.push(RegisterView {
                organisation: code,
                name,
                entry,
            });
        }
        Ok(out)
    }

    /// The whole register of a tenant, for the coordinator's page.
    pub async fn register(&self, who: &Principal, slug: &str) -> Result<Vec<RegisterView>> {
        who.require(Role::Coordinator)?;
        let t = self.tenant(who, slug).await?;
        let mut names = vec![("municipality".to_string(), format!("Gemeente {}", t.name))];
        names.extend(
            t.providers
                .iter()
                .filter(|p| p.active)
                .map(|p| (p.code.clone(), p.name.clone())),
        );
        self.register_entries(t.id, &names).await
    }

    /// Saves one organisation's entry (coordinators only).
    pub async fn set_register_entry(
        &self,
        who: &Principal,
        slug: &str,
        organisation: &str,
        form: &RegisterEntry,
    ) -> Result<()> {
        who.require(Role::Coordinator)?;
        let t = self.tenant(who, slug).await?;
        let known = organisation == "municipality"
            || vocab::has(REGISTER_EXTRA, organisation)
            || t.providers.iter().any(|p| p.code == organisation);
        if !known {
            return Err(AppError::NotFound);
        }
        let entry = form.parse()?;
        let body = serde_json::to_string(&entry).map_err(|e| AppError::Internal(e.to_string()))?;
        let mut tx = self.db.begin().await?;
        store::set_info(&mut tx, t.id, organisation, &body).await?;
        // The entry is named by tenant and organisation code (no personal data), so the log
        // can say "Maasdal — Taxi Maas & Waal".
        self.audit_in(
            &mut tx,
            who,
            "tenant.register",
            "register",
            &format!("{}:{organisation}", t.id),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
