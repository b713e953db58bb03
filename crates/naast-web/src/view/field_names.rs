//! The names of form fields in the error summary at the top of a page: "Resultaat: Vul dit veld
//! in." instead of a bare "Vul dit veld in." that leaves the reader guessing which field it is.
//! Only names that mean one thing on every form that uses them are listed; a field without one
//! shows its message as before (its own error still stands beside it).

use super::Page;

impl Page {
    /// The name of a form field for the error summary, in the reader's language.
    pub fn error_field_name(&self, field: &str) -> Option<&'static str> {
        if let Some((_, nl, en)) = self.field_names.iter().find(|(f, _, _)| *f == field) {
            return Some(self.lang.pick(nl, en));
        }
        let (nl, en) = match field {
            // Closing and reopening a kwestie.
            "outcome" => ("Resultaat", "Outcome"),
            "external_outcome" => (
                "Uitkomst van klacht of bezwaar",
                "Outcome of the complaint or objection",
            ),
            "closed_on" => ("Datum van afsluiten", "Closing date"),
            "reason" => ("Toelichting of reden", "Explanation or reason"),
            "filed_letter" => ("Brief nog een concept", "Letter still a draft"),
            "filed_letter_sent_on" => ("Brief verstuurd op", "Letter sent on"),
            // Clarifying the question.
            "case_subject" => ("Onderwerp", "Subject"),
            "problem" => ("Het probleem", "The problem"),
            "area" => ("Domein", "Area"),
            "organisation" => ("Organisatie", "Organisation"),
            "natures" => ("Soort onvrede", "Kind of dissatisfaction"),
            "primary_nature" => (
                "Belangrijkste soort onvrede",
                "Main kind of dissatisfaction",
            ),
            "decision_kind" => ("Besluit", "Decision"),
            "decision_reference" => ("Kenmerk van het besluit", "Reference of the decision"),
            "decision_date" | "letter_decision_date" => {
                ("Datum van het besluit", "Date of the decision")
            }
            "decision_sent_on" => ("Besluit verzonden op", "Decision sent on"),
            "goal" => ("Wat de inwoner wil bereiken", "What the citizen wants"),
            "option_chosen" => ("Gekozen weg", "Option chosen"),
            "found_via" => ("Hoe bij ons gekomen", "How they found us"),
            // Contact moments, tasks, letters, people and procedures on a kwestie.
            "story" => ("Het verhaal", "The story"),
            "due_on" => ("Uiterlijk op", "Due on"),
            "minutes" | "held_minutes" => ("Minuten", "Minutes"),
            "letter_on" => ("Datum op de brief", "Date on the letter"),
            "sent_on" => ("Verstuurd op", "Sent on"),
            "direction" => ("Verstuurd of ontvangen", "Sent or received"),
            "sender" => ("Van", "From"),
            "correspondent" => ("Van of aan", "From or to"),
            "subject" => ("Onderwerp", "Subject"),
            "body" => ("Tekst van de brief", "Text of the letter"),
            "message" => ("Bericht", "Message"),
            "meeting_on" => ("Datum gesprek", "Date of the meeting"),
            "follow_up_on" => ("Vervolgafspraak op", "Follow-up on"),
            "mediation_parties" => ("Wie waren erbij", "Who took part"),
            "planned_on" => ("Op welke dag", "On which day"),
            "planned_kind" => ("Wat plant u", "What are you planning"),
            "planned_at" => ("Hoe laat", "What time"),
            "planned_minutes" => ("Hoe lang (minuten)", "How long (minutes)"),
            "planned_what" => ("Wie komen er", "Who comes"),
            "planned_place" => ("Waar", "Where"),
            "party_name" => ("Naam", "Name"),
            "party_phone" | "phone" => ("Telefoon", "Phone"),
            "party_email" | "email" => ("E-mailadres", "E-mail address"),
            "filed_on" => ("Datum ingediend of ontvangen", "Date filed or received"),
            "received_on" => ("Ontvangen op", "Received on"),
            "given_on" => ("Gegeven op", "Given on"),
            "opened_on" => ("Datum eerste contact", "Date of first contact"),
            "file" => ("Bestand", "File"),
            _ => return None,
        };
        Some(self.lang.pick(nl, en))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use naast_core::Lang;

    #[test]
    fn the_close_forms_fields_have_names_in_both_languages() {
        let page = Page {
            lang: Lang::Nl,
            title: String::new(),
            demo: false,
            user: None,
            csrf: String::new(),
            path: String::new(),
            errors: Vec::new(),
            notice: None,
            work_count: 0,
            field_names: Vec::new(),
        };
        assert_eq!(page.error_field_name("outcome"), Some("Resultaat"));
        assert_eq!(page.error_field_name("unknown_field"), None);
        // As the forms label them: the letter drafted in Naast and the one recorded.
        assert_eq!(page.error_field_name("correspondent"), Some("Van of aan"));
        let mut page = page.naming(
            "correspondent",
            "Aan (naam en adres)",
            "To (name and address)",
        );
        assert_eq!(
            page.error_field_name("correspondent"),
            Some("Aan (naam en adres)")
        );
        page.lang = Lang::En;
        assert_eq!(page.error_field_name("closed_on"), Some("Closing date"));
        assert_eq!(
            page.error_field_name("correspondent"),
            Some("To (name and address)")
        );
    }
}
