//! The audit log's action codes in words, Dutch and English, for the log page. The log itself
//! keeps the codes (`case.read`); people read the words ("Kwestie ingezien"). A test in
//! `naast-app` finds every code the program writes and fails when one has no words here.

use crate::Lang;

/// Every action code with its Dutch and English words, sorted by code.
pub const ACTIONS: &[(&str, &str, &str)] = &[
    (
        "agenda.feed_new",
        "Agenda-koppeling gemaakt of vernieuwd",
        "Calendar feed made or renewed",
    ),
    (
        "agenda.feed_revoke",
        "Agenda-koppeling ingetrokken",
        "Calendar feed revoked",
    ),
    ("agenda.read", "Agenda bekeken", "Agenda viewed"),
    ("case.attachment", "Bijlage toegevoegd", "Attachment added"),
    (
        "case.attachment_read",
        "Bijlage geopend",
        "Attachment opened",
    ),
    (
        "case.citizen_document_read",
        "Document gedownload door de inwoner",
        "Document downloaded by the citizen",
    ),
    (
        "case.citizen_keep_apart",
        "Inwoners apart gehouden",
        "Citizens kept apart",
    ),
    (
        "case.citizen_link",
        "Kwestie aan bekende inwoner gekoppeld",
        "Case linked to a known citizen",
    ),
    (
        "case.citizen_message",
        "Bericht van de inwoner ontvangen",
        "Message from the citizen received",
    ),
    (
        "case.citizen_message_sent",
        "Bericht aan de inwoner gestuurd",
        "Message to the citizen sent",
    ),
    ("case.clarify", "Kwestie verduidelijkt", "Case clarified"),
    ("case.close", "Kwestie afgesloten", "Case closed"),
    (
        "case.consent_add",
        "Toestemming vastgelegd",
        "Consent recorded",
    ),
    (
        "case.consent_revoke",
        "Toestemming ingetrokken",
        "Consent revoked",
    ),
    (
        "case.consents_read",
        "Toestemmingen ingezien",
        "Consents viewed",
    ),
    (
        "case.contact",
        "Contactmoment vastgelegd",
        "Contact moment logged",
    ),
    ("case.create", "Kwestie aangemaakt", "Case created"),
    (
        "case.handover",
        "Kwestie overgedragen aan collega",
        "Case handed to a colleague",
    ),
    ("case.import", "Kwestie geïmporteerd", "Case imported"),
    ("case.letter", "Brief vastgelegd", "Letter recorded"),
    ("case.letter_draft", "Brief opgesteld", "Letter drafted"),
    (
        "case.letter_edit",
        "Conceptbrief gewijzigd",
        "Draft letter changed",
    ),
    ("case.letter_read", "Brief geopend", "Letter opened"),
    ("case.letter_sent", "Brief verstuurd", "Letter sent"),
    (
        "case.list",
        "Lijst van kwesties met namen bekeken",
        "Case list with names viewed",
    ),
    (
        "case.mediation",
        "Bemiddeling vastgelegd",
        "Mediation logged",
    ),
    (
        "case.not_done",
        "Inwoner is nog niet klaar (taak gemaakt)",
        "Citizen is not done yet (task made)",
    ),
    ("case.note", "Notitie toegevoegd", "Note added"),
    ("case.party_add", "Betrokkene toegevoegd", "Party added"),
    (
        "case.party_remove",
        "Betrokkene verwijderd",
        "Party removed",
    ),
    ("case.plan", "Afspraak gepland", "Appointment planned"),
    (
        "case.planned_held",
        "Geplande afspraak gehouden",
        "Planned appointment held",
    ),
    (
        "case.procedure_add",
        "Klacht of bezwaar toegevoegd",
        "Complaint or objection added",
    ),
    (
        "case.procedure_outcome",
        "Uitkomst van klacht of bezwaar vastgelegd",
        "Outcome of complaint or objection recorded",
    ),
    (
        "case.procedure_receipt",
        "Ontvangstbevestiging vastgelegd",
        "Acknowledgement of receipt recorded",
    ),
    (
        "case.procedure_remove",
        "Klacht of bezwaar verwijderd",
        "Complaint or objection removed",
    ),
    ("case.read", "Kwestie ingezien", "Case viewed"),
    ("case.reopen", "Kwestie heropend", "Case reopened"),
    ("case.search", "Kwesties gezocht", "Cases searched"),
    ("case.status", "Status gewijzigd", "Status changed"),
    (
        "case.status_code_new",
        "Nieuwe code voor de inwoner gemaakt",
        "New code for the citizen made",
    ),
    (
        "case.status_code_shown",
        "Huidige code van de inwoner opnieuw getoond",
        "The citizen's current code shown again",
    ),
    (
        "case.status_code_used",
        "Statuspagina geopend met kenmerk en code",
        "Status page opened with reference and code",
    ),
    (
        "case.status_link_mail",
        "Statuslink gemaild aan de inwoner",
        "Status link e-mailed to the citizen",
    ),
    (
        "case.status_link_slip",
        "Briefje met statuslink gemaakt",
        "Slip with status link made",
    ),
    (
        "case.status_read",
        "Statuspagina bekeken door inwoner",
        "Status page viewed by the citizen",
    ),
    ("case.task", "Taak toegevoegd", "Task added"),
    ("case.task_done", "Taak afgerond", "Task done"),
    (
        "case.verdict",
        "Mening van de inwoner gegeven",
        "Citizen's verdict given",
    ),
    (
        "case.verdict_review",
        "Opmerking van de inwoner gecontroleerd",
        "Citizen's comment checked",
    ),
    ("keys.rotate", "Sleutels vernieuwd", "Keys rotated"),
    ("outbox.read", "Uitgaande e-mail ingezien", "Outbox viewed"),
    (
        "outreach.add",
        "Voorlichtingsactiviteit toegevoegd",
        "Outreach activity added",
    ),
    (
        "outreach.remove",
        "Voorlichtingsactiviteit verwijderd",
        "Outreach activity removed",
    ),
    (
        "person.erase",
        "Gegevens van inwoner gewist",
        "Citizen's data erased",
    ),
    (
        "person.export",
        "Gegevens van inwoner uitgevoerd",
        "Citizen's data exported",
    ),
    (
        "report.correct",
        "Rapportage gecorrigeerd",
        "Report corrected",
    ),
    (
        "report.discussed",
        "Rapportage besproken",
        "Report discussed",
    ),
    (
        "report.privacy",
        "Privacycontrole van rapportage",
        "Privacy check of report",
    ),
    (
        "report.protect_more",
        "Extra cijfers verborgen in rapportage",
        "More numbers hidden in report",
    ),
    (
        "report.publish",
        "Rapportage gepubliceerd",
        "Report published",
    ),
    ("report.read", "Rapportage ingezien", "Report viewed"),
    (
        "report.reject",
        "Rapportage teruggestuurd",
        "Report sent back",
    ),
    ("report.start", "Rapportage begonnen", "Report started"),
    (
        "report.submit",
        "Rapportage ter goedkeuring aangeboden",
        "Report submitted for approval",
    ),
    (
        "report.text",
        "Tekst van rapportage gewijzigd",
        "Report text changed",
    ),
    (
        "retention.destroy",
        "Gegevens vernietigd na bewaartermijn",
        "Data destroyed after retention period",
    ),
    (
        "retention.destroy_unopened",
        "Ongeopende aanmelding vernietigd",
        "Unopened intake destroyed",
    ),
    (
        "signal.acknowledge",
        "Signaal ontvangen gemeld",
        "Signal acknowledged",
    ),
    ("signal.answer", "Signaal beantwoord", "Signal answered"),
    ("signal.close", "Signaal afgesloten", "Signal closed"),
    ("signal.create", "Signaal aangemaakt", "Signal created"),
    ("signal.edit", "Signaal gewijzigd", "Signal edited"),
    (
        "signal.follow_up",
        "Signaal opgevolgd",
        "Signal followed up",
    ),
    (
        "signal.privacy",
        "Privacycontrole van signaal",
        "Privacy check of signal",
    ),
    ("signal.read", "Signaal ingezien", "Signal viewed"),
    ("signal.reject", "Signaal teruggestuurd", "Signal sent back"),
    (
        "signal.relink",
        "Nieuwe link voor signaal",
        "New link for signal",
    ),
    (
        "signal.remind",
        "Herinnering voor signaal gestuurd",
        "Reminder for signal sent",
    ),
    ("signal.send", "Signaal verstuurd", "Signal sent"),
    (
        "signal.submit",
        "Signaal ter goedkeuring aangeboden",
        "Signal submitted for approval",
    ),
    ("tenant.create", "Gemeente toegevoegd", "Municipality added"),
    (
        "tenant.letter_template",
        "Briefsjabloon gewijzigd",
        "Letter template changed",
    ),
    ("tenant.logo", "Logo gewijzigd", "Logo changed"),
    (
        "tenant.open_reports",
        "Publicatie van rapportages voor inwoners gewijzigd",
        "Publication of reports for residents changed",
    ),
    (
        "tenant.register",
        "Register van procedures gewijzigd",
        "Procedures register changed",
    ),
    ("tenant.theme", "Huisstijl gewijzigd", "Look changed"),
    (
        "tenant.update",
        "Gemeente gewijzigd",
        "Municipality changed",
    ),
    (
        "token.create",
        "Koppelsleutel (API-sleutel) gemaakt",
        "API token created",
    ),
    (
        "token.revoke",
        "Koppelsleutel (API-sleutel) ingetrokken",
        "API token revoked",
    ),
    (
        "upgrade.aad",
        "Versleutelde gegevens extra beveiligd: ze zijn alleen nog te openen op hun eigen plek",
        "Encrypted data protected further: it only opens in its own place",
    ),
    (
        "upgrade.seal",
        "Gegevens opnieuw versleuteld",
        "Data sealed anew",
    ),
    (
        "user.bootstrap",
        "Eerste coördinator aangemaakt",
        "First coordinator created",
    ),
    ("user.disable", "Gebruiker uitgeschakeld", "User disabled"),
    ("user.enable", "Gebruiker ingeschakeld", "User enabled"),
    ("user.invite", "Gebruiker uitgenodigd", "User invited"),
    (
        "user.password_change",
        "Wachtwoord gewijzigd",
        "Password changed",
    ),
    (
        "user.password_ok",
        "Wachtwoord juist, tweede stap gevraagd",
        "Password correct, second step asked",
    ),
    (
        "user.reset_link",
        "Nieuwe inloglink gemaakt",
        "New set-up link made",
    ),
    ("user.setup", "Account ingesteld", "Account set up"),
    ("user.sign_in", "Ingelogd", "Signed in"),
    ("user.sign_in_failed", "Inloggen mislukt", "Sign-in failed"),
    ("user.sign_out", "Uitgelogd", "Signed out"),
    (
        "user.sign_out_everywhere",
        "Overal uitgelogd",
        "Signed out everywhere",
    ),
    (
        "user.tenants",
        "Gemeenten van gebruiker gewijzigd",
        "User's municipalities changed",
    ),
    (
        "user.totp_enrolled",
        "App voor tweede stap gekoppeld",
        "Second-step app linked",
    ),
    ("work.read", "Mijn werk bekeken", "My work viewed"),
];

/// The words for an action code in `lang`; `None` for a code without words.
pub fn label(code: &str, lang: Lang) -> Option<&'static str> {
    ACTIONS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, nl, en)| lang.pick(nl, en))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_sorted_and_every_one_has_words() {
        for w in ACTIONS.windows(2) {
            assert!(w[0].0 < w[1].0, "{} before {}", w[0].0, w[1].0);
        }
        for (code, nl, en) in ACTIONS {
            assert!(!nl.is_empty() && !en.is_empty(), "{code}");
            assert_ne!(nl, en, "{code} has the same words in both languages");
        }
        assert_eq!(label("case.read", Lang::Nl), Some("Kwestie ingezien"));
        assert_eq!(label("case.read", Lang::En), Some("Case viewed"));
        assert_eq!(label("nothing.here", Lang::Nl), None);
    }
}
