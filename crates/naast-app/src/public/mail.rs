//! The e-mails the citizen's door sends: the status link (with the reference and the code) and
//! "there is news". Neither carries case content.

use crate::cases::status_code::{Way, code_lines};

/// The e-mail with the status link, the reference and the code (no case content).
pub(super) fn link_mail(lang: &str, w: &Way) -> (String, String) {
    let (tenant, url) = (w.tenant, w.url);
    let short = code_lines(lang, w);
    if lang == "nl" {
        (
            "Uw melding bij de vertrouwenspersoon".into(),
            format!(
                "Goedendag,\n\nU hebt een melding gedaan bij de onafhankelijke vertrouwenspersoon voor {tenant}. Met deze persoonlijke link ziet u hoe het ermee staat, en kunt u reageren:\n\n{url}\n\n{short}Geef deze link en de code niet aan anderen: wie ze heeft, kan uw melding lezen.\n\nMet vriendelijke groet,\nde onafhankelijke vertrouwenspersoon"
            ),
        )
    } else {
        (
            "Your message to the confidant".into(),
            format!(
                "Hello,\n\nYou contacted the independent confidant for {tenant}. With this personal link you can see how things stand and reply:\n\n{url}\n\n{short}Do not share this link or the code: anyone who has them can read your message.\n\nKind regards,\nthe independent confidant"
            ),
        )
    }
}

/// The e-mail that says there is news (no case content).
pub(super) fn news_mail(lang: &str, tenant: &str, url: &str) -> (String, String) {
    if lang == "nl" {
        (
            "Er is nieuws over uw melding".into(),
            format!(
                "Goedendag,\n\nDe onafhankelijke vertrouwenspersoon voor {tenant} heeft u een bericht gestuurd. U leest het via uw persoonlijke link:\n\n{url}\n\nMet vriendelijke groet,\nde onafhankelijke vertrouwenspersoon"
            ),
        )
    } else {
        (
            "There is news about your message".into(),
            format!(
                "Hello,\n\nThe independent confidant for {tenant} sent you a message. Read it through your personal link:\n\n{url}\n\nKind regards,\nthe independent confidant"
            ),
        )
    }
}
