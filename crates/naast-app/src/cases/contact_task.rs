//! The contact a web intake is promised: the public form says "we contact you within three
//! working days". Every web intake that left a telephone number or an e-mail address gets a
//! stored task for it, due three working days after it came in (counted on the terms engine's
//! calendar: weekends and the holidays of the Algemene termijnenwet art. 3 skipped). It shows on
//! the case's tasks and in "Mijn werk" under "Contact opnemen", and is done by hand or when a
//! contact moment is recorded.
//!
//! Web intakes from before the task existed (migration 0020) keep the computed line in "Mijn
//! werk" (`naast_store::work::awaiting_contact`, which leaves out kwesties with such a task).

use super::{Loaded, seal_task};
use crate::{App, Result};
use naast_core::case::Intake;
use naast_crypto::DataKey;
use naast_store::Tx;
use naast_store::cases::{self as store, CaseRow};

/// Working days within which the web form promises contact ("binnen drie werkdagen").
pub const CONTACT_WORKING_DAYS: u32 = 3;

/// The task's title (sealed like every task title), in the confidants' language.
pub const CONTACT_TASK_TITLE: &str = "Contact opnemen met inwoner";

/// The day the contact is due for an intake that came in on `opened`.
pub fn contact_due(opened: jiff::civil::Date) -> jiff::civil::Date {
    naast_core::terms::add_working_days(opened, CONTACT_WORKING_DAYS)
}

impl App {
    /// Adds the contact task to a new web intake with a telephone number or e-mail address
    /// (same transaction as the intake); nothing for other intakes.
    pub(crate) async fn promise_contact(
        &self,
        tx: &mut Tx,
        row: &CaseRow,
        key: &DataKey,
        intake: &Intake,
    ) -> Result<()> {
        let reachable = intake
            .contact
            .as_ref()
            .is_some_and(|c| c.email.is_some() || !c.phone.trim().is_empty());
        if intake.channel != "web_form" || !reachable {
            return Ok(());
        }
        let due = contact_due(intake.opened_on).to_string();
        let id = store::insert_purpose_task(&mut **tx, row.id, &due, store::CONTACT).await?;
        let loaded = Loaded {
            row: row.clone(),
            key: Some(key.clone()),
            legacy: false,
        };
        seal_task(tx, &loaded, id, CONTACT_TASK_TITLE).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_is_due_three_working_days_later_weekends_and_holidays_skipped() {
        let day = |s: &str| s.parse::<jiff::civil::Date>().unwrap_or_default();
        // Monday: Thursday. Friday: over the weekend to Wednesday.
        assert_eq!(contact_due(day("2026-11-23")), day("2026-11-26"));
        assert_eq!(contact_due(day("2026-11-27")), day("2026-12-02"));
        // Saturday counts from the next working day on.
        assert_eq!(contact_due(day("2026-11-28")), day("2026-12-02"));
        // Thursday before Easter: Good Friday and Easter Monday are skipped (Atw art. 3).
        assert_eq!(contact_due(day("2026-04-02")), day("2026-04-09"));
    }
}
