//! The timeline in words: what each entry is called, in the reader's language, never as a
//! stored code ("Status: binnengekomen → in behandeling", "Brief opgesteld", "Bericht aan
//! inwoner").

use super::Page;
use naast_app::cases::EntryView;
use naast_core::vocab;

/// A vocabulary label inside a sentence: its first letter in lower case.
fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A vocabulary label as a title: its first letter in upper case.
fn capitalised(label: &str) -> String {
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl Page {
    /// What a timeline entry is called: a status change with both statuses in words, a letter
    /// as drafted, sent or received, a procedure by what was done ("Bezwaar ingediend").
    pub fn entry_title(&self, e: &EntryView) -> String {
        let lang = self.lang;
        match e.kind.as_str() {
            "status" => match e.text.split_once('→') {
                Some((from, to)) => format!(
                    "{}: {} → {}",
                    lang.pick("Status", "Status"),
                    in_sentence(vocab::label(vocab::STATUSES, from.trim(), lang)),
                    in_sentence(vocab::label(vocab::STATUSES, to.trim(), lang)),
                ),
                None => lang.pick("Status gewijzigd", "Status changed").into(),
            },
            "letter" => {
                let received = e
                    .fields
                    .iter()
                    .any(|(k, v)| k == "direction" && v == "received");
                if e.draft {
                    lang.pick(
                        "Conceptbrief (nog niet verstuurd)",
                        "Draft letter (not sent yet)",
                    )
                    .into()
                } else if e.empty_draft {
                    lang.pick(
                        "Conceptbrief zonder tekst (niet verstuurd)",
                        "Draft letter without text (not sent)",
                    )
                    .into()
                } else if e.document && e.sent_on.is_some() {
                    lang.pick("Brief verstuurd", "Letter sent").into()
                } else if e.document {
                    lang.pick("Brief opgesteld", "Letter drafted").into()
                } else if received {
                    lang.pick("Brief ontvangen", "Letter received").into()
                } else {
                    lang.pick("Brief verstuurd", "Letter sent").into()
                }
            }
            "procedure" => {
                let kind = e
                    .fields
                    .iter()
                    .find(|(k, _)| k == "procedure_kind")
                    .map(|(_, v)| v.as_str())
                    .unwrap_or_default();
                match vocab::label(naast_core::procedure::KINDS, kind, lang) {
                    "" => lang
                        .pick("Procedure vastgelegd", "Procedure recorded")
                        .into(),
                    label => capitalised(label),
                }
            }
            // A document names itself: its file name (sealed like every entry's text, opened
            // for display), and whether the citizen sent it through the status link.
            "attachment" => {
                let what = if e.author.is_empty() {
                    lang.pick(
                        "Document van de inwoner (via de statuslink)",
                        "Document from the citizen (through the status link)",
                    )
                } else {
                    lang.pick("Bijlage toegevoegd", "Attachment added")
                };
                match e.text.trim() {
                    "" => what.into(),
                    name => format!("{what}: {name}"),
                }
            }
            kind => self.entry_label(kind).into(),
        }
    }

    /// The entry's free text as shown (a status change says it all in its title).
    pub fn entry_text<'a>(&self, e: &'a EntryView) -> &'a str {
        match e.kind.as_str() {
            "status" if e.text.contains('→') => "",
            // The file name is in the title.
            "attachment" => "",
            _ => &e.text,
        }
    }

    /// The channel worth naming on an entry: only how a contact moment went. A message or a
    /// letter is named by what it is, not by the channel it was stored with.
    pub fn entry_channel<'a>(&self, e: &'a EntryView) -> Option<&'a str> {
        match e.kind.as_str() {
            "contact" => e.channel.as_deref(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use naast_core::Lang;

    fn entry(kind: &str, text: &str, fields: &[(&str, &str)], document: bool) -> EntryView {
        EntryView {
            id: 1,
            document,
            draft: false,
            empty_draft: false,
            sent_on: None,
            kind: kind.into(),
            on: "2026-12-07".into(),
            channel: Some("web_form".into()),
            activities: Vec::new(),
            minutes: 0,
            text: text.into(),
            fields: fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            author: String::new(),
            at: 0,
        }
    }

    #[test]
    fn a_status_change_is_told_in_words_in_either_language() {
        let e = entry("status", "new → in_progress", &[], false);
        let nl = Page::bare(Lang::Nl);
        assert_eq!(nl.entry_title(&e), "Status: binnengekomen → in behandeling");
        assert_eq!(nl.entry_text(&e), "");
        let en = Page::bare(Lang::En);
        assert_eq!(en.entry_title(&e), "Status: new → in progress");
    }

    #[test]
    fn letters_and_messages_are_named_by_what_they_are() {
        let nl = Page::bare(Lang::Nl);
        let drafted = entry("letter", "", &[("direction", "sent")], true);
        assert_eq!(nl.entry_title(&drafted), "Brief opgesteld");
        let received = entry("letter", "", &[("direction", "received")], false);
        assert_eq!(nl.entry_title(&received), "Brief ontvangen");
        let sent = entry("letter", "", &[("direction", "sent")], false);
        assert_eq!(nl.entry_title(&sent), "Brief verstuurd");
        // A template letter saved without its text never went out.
        let mut empty = entry("letter", "", &[("direction", "sent")], false);
        empty.empty_draft = true;
        assert_eq!(
            nl.entry_title(&empty),
            "Conceptbrief zonder tekst (niet verstuurd)"
        );
        let message = entry("message_out", "Hallo", &[], false);
        assert_eq!(nl.entry_title(&message), "Bericht aan de inwoner");
        assert_eq!(nl.entry_channel(&message), None);
        let procedure = entry("procedure", "", &[("procedure_kind", "objection")], false);
        assert_eq!(nl.entry_title(&procedure), "Bezwaar ingediend");
    }

    #[test]
    fn a_document_is_named_by_its_file_name_and_who_sent_it() {
        let nl = Page::bare(Lang::Nl);
        let mut upload = entry("attachment", "besluit.pdf", &[], false);
        assert_eq!(
            nl.entry_title(&upload),
            "Document van de inwoner (via de statuslink): besluit.pdf"
        );
        assert_eq!(nl.entry_text(&upload), "", "not twice");
        upload.author = "Vera Vos".into();
        assert_eq!(nl.entry_title(&upload), "Bijlage toegevoegd: besluit.pdf");
        let en = Page::bare(Lang::En);
        assert_eq!(en.entry_title(&upload), "Attachment added: besluit.pdf");
    }

    #[test]
    fn a_letters_direction_is_outgoing_or_incoming_whatever_its_state() {
        let nl = Page::bare(Lang::Nl);
        assert_eq!(nl.field_value("direction", "sent"), "uitgaand");
        assert_eq!(nl.field_value("direction", "received"), "inkomend");
        let en = Page::bare(Lang::En);
        assert_eq!(en.field_value("direction", "sent"), "outgoing");
        let reply = entry("message_in", "Dank u", &[], false);
        assert_eq!(nl.entry_title(&reply), "Bericht van de inwoner");
    }
}
