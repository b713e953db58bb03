//! A closed kwestie says what came of it: the outcome in the citizen's words (the page holds
//! the words; here the code) and what the citizen can still do, taken from the procedures
//! register for the organisation involved only.
//!
//! Which ways apply: a complaint at any organisation (Awb 9:1 for the municipality, the Wkkgz
//! art. 13 for care providers); an objection only against a decision of the municipality
//! (Awb 6:4, 7:1; [`objection_applies`]); the ombudsman only after a complaint about the
//! municipality, a bestuursorgaan (Awb 9:18); a provider's dispute committee when the register
//! names one (Wkkgz art. 18).

use crate::cases::Loaded;
use crate::{App, Result};
use naast_core::CaseStatus;
use naast_core::procedure::objection_applies;

/// What came of a closed kwestie, for its status page.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Outcome {
    /// The outcome code (`resolved`, `partly_resolved`, `citizen_continues`, …; empty when
    /// none was recorded).
    pub code: String,
    /// The organisation involved, by name (empty when none was recorded).
    pub organisation: String,
    /// What the citizen can still do, in this order.
    pub options: Vec<CitizenOption>,
}

/// One way the citizen can still go.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CitizenOption {
    /// `complaint`, `objection`, `ombudsman` or `committee`.
    pub kind: String,
    /// Where: the organisation's (or the ombudsman's, the committee's) name.
    pub to: String,
    /// How, from the procedures register (Dutch, as the register holds it; may be empty).
    pub how: String,
}

impl App {
    /// What came of `c` and what its citizen can still do; `None` while it is open.
    pub(crate) async fn citizen_outcome(
        &self,
        c: &Loaded,
        tenant_name: &str,
    ) -> Result<Option<Outcome>> {
        if c.row.status != CaseStatus::Closed {
            return Ok(None);
        }
        let mut names = self.organisations(c.row.tenant_id).await?;
        if let Some(m) = names.first_mut() {
            m.1 = format!("Gemeente {tenant_name}");
        }
        // Without an organisation recorded, the municipality is the one to turn to.
        let org = match c.row.organisation.as_deref() {
            Some(o) if !o.starts_with("municipality") && !o.is_empty() => o.to_string(),
            _ => "municipality".to_string(),
        };
        let name_of = |code: &str| {
            names
                .iter()
                .find(|(c, _)| c == code)
                .map(|(_, n)| n.clone())
                .unwrap_or_default()
        };
        let register = self
            .register_for(c.row.tenant_id, Some(&org), &names)
            .await?;
        let entry = register.iter().find(|r| r.organisation == org);
        let how = |kind: &str| entry.map(|r| r.entry.summary(kind)).unwrap_or_default();
        let organisation = name_of(&org);
        let mut options = vec![CitizenOption {
            kind: "complaint".into(),
            to: organisation.clone(),
            how: how("complaint"),
        }];
        if objection_applies(&org) {
            options.push(CitizenOption {
                kind: "objection".into(),
                to: organisation.clone(),
                how: how("objection"),
            });
            let ombudsman = register.iter().find(|r| r.organisation == "ombudsman");
            options.push(CitizenOption {
                kind: "ombudsman".into(),
                to: ombudsman.map(|r| r.name.clone()).unwrap_or_default(),
                how: ombudsman
                    .map(|r| {
                        [r.entry.summary("complaint"), r.entry.contact.clone()]
                            .into_iter()
                            .filter(|s| !s.trim().is_empty())
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .unwrap_or_default(),
            });
        } else if let Some(e) = entry.filter(|e| !e.entry.committee.trim().is_empty()) {
            options.push(CitizenOption {
                kind: "committee".into(),
                to: e.entry.committee.clone(),
                how: String::new(),
            });
        }
        Ok(Some(Outcome {
            code: c.row.outcome.clone().unwrap_or_default(),
            organisation: if c.row.organisation.is_some() {
                organisation
            } else {
                String::new()
            },
            options,
        }))
    }
}
