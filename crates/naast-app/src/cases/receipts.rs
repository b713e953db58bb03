//! The acknowledgement of receipt (ontvangstbevestiging) of a filed procedure: the date the
//! body says it received the complaint or objection, and the acknowledgement itself, uploaded
//! and sealed as any attachment of the kwestie. Shown with the procedure as proof of timeliness.
//!
//! Legal basis: Awb art. 6:9 — a bezwaarschrift is on time when it was received before the end
//! of the term (lid 1), or, sent by post, posted before the end and received no later than a
//! week after it (lid 2). The date the citizen filed counts as the posting date; the body's
//! date of receipt is what the acknowledgement proves.

use super::{ATTACHMENTS, Loaded, today};
use crate::{App, AppError, Principal, Result};
use naast_core::terms::{DeadlineRequest, answer};
use naast_core::validation::past_date;
use naast_core::{CaseStatus, Msg};
use naast_store::cases::{self as cases_store, CaseRow};
use naast_store::procedure_receipts::{self as store, ReceiptRow};
use naast_store::procedures::{self as procedures_store, ProcedureRow};

/// A procedure's acknowledgement of receipt as the case shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ReceiptView {
    pub received_on: String,
    /// The attachment that is the acknowledgement, with its name.
    pub attachment_id: Option<i64>,
    pub attachment_name: String,
    /// For an objection whose decision date is known: on time by this date of receipt.
    pub timely: Option<bool>,
    /// How that was decided (Dutch, from the terms engine).
    pub explanation: String,
}

/// An objection's timeliness by the body's date of receipt (Awb 6:9), the filing date standing
/// for the posting date; `None` for another kind or without the decision's date.
fn timeliness(row: &CaseRow, p: &ProcedureRow, received_on: &str) -> Option<(bool, String)> {
    if p.kind != "objection" {
        return None;
    }
    let decision = row
        .decision_sent_on
        .clone()
        .or_else(|| row.decision_date.clone())?;
    let a = answer(&DeadlineRequest {
        rule: "awb-6:9-tijdig".into(),
        date: decision,
        received_on: Some(received_on.to_string()),
        posted_on: Some(p.filed_on.clone()),
        ..Default::default()
    })
    .ok()?;
    Some((a.timely?, a.explanation))
}

/// The view of `p`'s acknowledgement among `receipts`, naming its file from `names`.
pub(crate) fn receipt_view(
    row: &CaseRow,
    p: &ProcedureRow,
    receipts: &[ReceiptRow],
    names: &[(i64, String)],
) -> Option<ReceiptView> {
    let r = receipts.iter().find(|r| r.procedure_id == p.id)?;
    let t = timeliness(row, p, &r.received_on);
    let attachment_name = r
        .attachment_id
        .and_then(|a| names.iter().find(|(id, _)| *id == a))
        .map(|(_, n)| n.clone())
        .unwrap_or_default();
    Some(ReceiptView {
        received_on: r.received_on.clone(),
        attachment_id: r.attachment_id.filter(|_| !attachment_name.is_empty()),
        attachment_name,
        timely: t.as_ref().map(|(ok, _)| *ok),
        explanation: t.map(|(_, why)| why).unwrap_or_default(),
    })
}

impl App {
    /// The acknowledgements of a kwestie's procedures and the names of its attachments.
    pub(crate) async fn receipts_of(
        &self,
        c: &Loaded,
    ) -> Result<(Vec<ReceiptRow>, Vec<(i64, String)>)> {
        let receipts = store::of_case(self.db.pool(), c.row.id).await?;
        if receipts.iter().all(|r| r.attachment_id.is_none()) {
            return Ok((receipts, Vec::new()));
        }
        let (table, name_field, _) = ATTACHMENTS;
        let names = cases_store::attachments(self.db.pool(), c.row.id)
            .await?
            .into_iter()
            .filter(|a| receipts.iter().any(|r| r.attachment_id == Some(a.id)))
            .map(|a| (a.id, c.open_at(table, name_field, a.id, &a.sealed_name)))
            .filter(|(_, n)| !n.is_empty())
            .collect();
        Ok((receipts, names))
    }

    /// Records (or corrects) the acknowledgement of receipt of procedure `id`: the date the body
    /// received it and, when given, the acknowledgement as a file (`(name, bytes)`), stored as an
    /// attachment of the kwestie. Without a file, a file recorded earlier stays linked.
    pub async fn set_procedure_receipt(
        &self,
        who: &Principal,
        reference: &str,
        id: i64,
        received_on: &str,
        file: Option<(&str, &[u8])>,
    ) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        if c.row.status == CaseStatus::Closed || c.key.is_none() {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        let p = procedures_store::of_case(self.db.pool(), c.row.id)
            .await?
            .into_iter()
            .find(|p| p.id == id)
            .ok_or(AppError::NotFound)?;
        let field = "received_on";
        let on = past_date(field, received_on, today(), true)?
            .ok_or_else(|| AppError::field(field, Msg::Required))?;
        if on.to_string() < p.filed_on {
            return Err(AppError::field(field, Msg::ReceivedBeforeFiled));
        }
        let mut tx = self.db.begin().await?;
        let attachment = match file {
            Some((name, bytes)) if !bytes.is_empty() => {
                Some(self.attach_in(&mut tx, who, &c, name, bytes).await?)
            }
            _ => None,
        };
        store::set(
            &mut tx,
            c.row.id,
            id,
            &on.to_string(),
            attachment,
            who.user_id,
        )
        .await?;
        self.audit_in(
            &mut tx,
            who,
            "case.procedure_receipt",
            "case",
            &c.row.id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn procedure(kind: &str, filed_on: &str) -> ProcedureRow {
        ProcedureRow {
            id: 7,
            case_id: 1,
            kind: kind.into(),
            organisation: None,
            filed_on: filed_on.into(),
            committee: false,
            outcome: None,
            outcome_on: None,
            created_at: 0,
        }
    }

    fn case(decision_sent_on: Option<&str>) -> CaseRow {
        CaseRow {
            decision_sent_on: decision_sent_on.map(String::from),
            ..Default::default()
        }
    }

    #[test]
    fn an_objection_received_within_six_weeks_is_on_time() {
        // Sent 2 March 2026: the term ends 13 April 2026 (Awb 6:7, 6:8).
        let row = case(Some("2026-03-02"));
        let t = timeliness(&row, &procedure("objection", "2026-04-10"), "2026-04-13");
        assert_eq!(t.as_ref().map(|(ok, _)| *ok), Some(true));
        assert!(t.is_some_and(|(_, why)| why.contains("6:9")));
    }

    #[test]
    fn posted_in_time_and_received_within_a_week_after_is_on_time_later_is_not() {
        let row = case(Some("2026-03-02"));
        let p = procedure("objection", "2026-04-13");
        assert_eq!(
            timeliness(&row, &p, "2026-04-20").map(|(ok, _)| ok),
            Some(true)
        );
        assert_eq!(
            timeliness(&row, &p, "2026-04-21").map(|(ok, _)| ok),
            Some(false)
        );
    }

    #[test]
    fn a_complaint_or_an_unknown_decision_date_says_nothing_about_time() {
        assert!(
            timeliness(
                &case(Some("2026-03-02")),
                &procedure("complaint", "2026-03-05"),
                "2026-03-06"
            )
            .is_none()
        );
        assert!(
            timeliness(
                &case(None),
                &procedure("objection", "2026-03-05"),
                "2026-03-06"
            )
            .is_none()
        );
    }

    #[test]
    fn the_view_names_the_file_and_hides_a_file_that_is_gone() {
        let row = case(None);
        let p = procedure("complaint", "2026-03-05");
        let r = ReceiptRow {
            procedure_id: 7,
            received_on: "2026-03-06".into(),
            attachment_id: Some(3),
        };
        let v = receipt_view(
            &row,
            &p,
            std::slice::from_ref(&r),
            &[(3, "ontvangst.pdf".into())],
        );
        assert_eq!(v.as_ref().and_then(|v| v.attachment_id), Some(3));
        assert_eq!(
            v.map(|v| v.attachment_name),
            Some("ontvangst.pdf".to_string())
        );
        let gone = receipt_view(&row, &p, &[r], &[]);
        assert_eq!(gone.and_then(|v| v.attachment_id), None);
        assert!(receipt_view(&row, &procedure("complaint", "x"), &[], &[]).is_none());
    }
}
