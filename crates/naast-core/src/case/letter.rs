//! A letter sent or received on a kwestie, with its text when drafted in Naast.

use super::fields::{collected_text, past_date};
use crate::validation::Collector;
use crate::{FieldError, Invalid, Msg, vocab};
use jiff::civil::Date;

/// A letter sent or received.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize, PartialEq, Eq)]
#[serde(default)]
pub struct LetterForm {
    /// `sent` or `received`.
    pub direction: String,
    pub on: String,
    pub correspondent: String,
    /// Who sends a letter drafted in Naast: the citizen's name and address, one line each
    /// (filled from the citizen's details; what is missing can be typed here).
    pub sender: String,
    pub subject: String,
    pub summary: String,
    /// The letter's full text, when drafted in Naast (then it can be downloaded).
    pub body: String,
    /// The template it was drafted from (`crate::procedure::LETTER_KINDS`), if any.
    pub kind: String,
    /// The reference (kenmerk) of the decision the letter is about, as the organisation wrote
    /// it: the letter quotes it as "Uw kenmerk" (Awb 6:5 lid 1 onder c: the objection names the
    /// decision it is against).
    pub decision_reference: String,
    /// The date of that decision (ISO), when the letter is about one.
    pub decision_date: String,
}

impl LetterForm {
    pub fn parse(&self, today: Date) -> Result<(Date, LetterForm), Invalid> {
        let mut c = Collector::default();
        let direction = self.direction.trim();
        // not a state: a letter's direction
        if !matches!(direction, "sent" | "received") {
            c.push(FieldError::new("direction", Msg::Required));
        }
        let on = c
            .take(past_date("letter_on", &self.on, today, false))
            .flatten()
            .unwrap_or(today);
        let correspondent = collected_text(&mut c, "correspondent", &self.correspondent, 300, true);
        let sender = collected_text(&mut c, "sender", &self.sender, 500, false);
        let subject = collected_text(&mut c, "subject", &self.subject, 300, true);
        let summary = collected_text(&mut c, "summary", &self.summary, 10_000, false);
        let body = collected_text(&mut c, "body", &self.body, 50_000, false);
        let decision_reference = collected_text(
            &mut c,
            "decision_reference",
            &self.decision_reference,
            100,
            false,
        );
        let decision_date = c
            .take(past_date(
                "letter_decision_date",
                &self.decision_date,
                today,
                false,
            ))
            .flatten()
            .map(|d| d.to_string())
            .unwrap_or_default();
        let kind = self.kind.trim();
        if !kind.is_empty() && !vocab::has(crate::procedure::LETTER_KINDS, kind) {
            c.push(FieldError::new(
                "kind",
                Msg::CodeUnknown(kind.chars().take(40).collect()),
            ));
        }
        // A letter drafted from a template is its text: without one there is nothing to keep
        // as a draft, to download or to send (it was stored as if it had been sent).
        if !kind.is_empty() && body.is_empty() {
            c.push(FieldError::new("body", Msg::Required));
        }
        c.finish()?;
        Ok((
            on,
            LetterForm {
                direction: direction.into(),
                on: on.to_string(),
                correspondent,
                sender,
                subject,
                summary,
                body,
                kind: kind.into(),
                decision_reference,
                decision_date,
            },
        ))
    }
}

/// What a letter drafted in Naast still misses before it can go out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum LetterWarning {
    /// Awb 6:5 lid 1 onder a (bezwaar) and 9:4 lid 2 onder a (klacht): the name of the one who
    /// files it (the first line of the sender).
    NameMissing,
    /// The same articles: the address of the one who files it.
    AddressMissing,
    /// Awb 6:5 lid 1 onder c: the decision the objection is against (its date or kenmerk).
    DecisionUnknown,
    /// Only a name to send it to, no postal address.
    RecipientAddressMissing,
    /// A part between [square brackets] is still to be filled in.
    Placeholder,
}

impl LetterWarning {
    /// The warning in the reader's language.
    pub fn text(self, lang: crate::Lang) -> &'static str {
        let (nl, en) = match self {
            Self::NameMissing => (
                "De naam van de inwoner ontbreekt. Een bezwaarschrift of klacht moet de naam en het adres van de indiener hebben en ondertekend zijn (artikel 6:5 lid 1 en 9:4 lid 2 Awb). Vul de naam in bij 'Van'.",
                "The citizen's name is missing. An objection or complaint must hold the name and address of the one filing it and be signed (Awb 6:5(1), 9:4(2)). Enter the name under 'From'.",
            ),
            Self::AddressMissing => (
                "Het adres van de inwoner ontbreekt. Een bezwaarschrift of klacht moet de naam en het adres van de indiener hebben (artikel 6:5 lid 1 en 9:4 lid 2 Awb). Vul het adres in bij 'Van', onder de naam.",
                "The citizen's address is missing. An objection or complaint must hold the name and address of the one filing it (Awb 6:5(1), 9:4(2)). Enter the address under 'From', below the name.",
            ),
            Self::DecisionUnknown => (
                "Het besluit is niet genoemd: vul de datum of het kenmerk van het besluit in. Een bezwaarschrift zegt tegen welk besluit het is (artikel 6:5 lid 1 Awb).",
                "The decision is not named: enter the decision's date or reference. An objection says which decision it is against (Awb 6:5(1)).",
            ),
            Self::RecipientAddressMissing => (
                "Er staat alleen een naam bij 'Aan', geen adres. Vul het adres in, of zet het in het register van klacht- en bezwaarregelingen.",
                "'To' holds only a name, no address. Enter the address, or add it to the register of complaint and objection procedures.",
            ),
            Self::Placeholder => (
                "In de brief staat nog iets tussen [haken] om in te vullen.",
                "The letter still holds something between [brackets] to fill in.",
            ),
        };
        if lang == crate::Lang::En { en } else { nl }
    }
}

/// Whether a letter kind is an objection (a bezwaarschrift, with or without its grounds).
pub fn is_objection(kind: &str) -> bool {
    matches!(kind, "objection" | "objection_pro_forma")
}

/// What a drafted letter still misses before it goes out.
pub fn warnings(letter: &LetterForm) -> Vec<LetterWarning> {
    let mut out = Vec::new();
    let sender: Vec<&str> = letter
        .sender
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if sender.is_empty() {
        out.push(LetterWarning::NameMissing);
    }
    if sender.len() < 2 {
        out.push(LetterWarning::AddressMissing);
    }
    if is_objection(&letter.kind)
        && letter.decision_date.trim().is_empty()
        && letter.decision_reference.trim().is_empty()
    {
        out.push(LetterWarning::DecisionUnknown);
    }
    if letter
        .correspondent
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count()
        < 2
    {
        out.push(LetterWarning::RecipientAddressMissing);
    }
    let open = letter.body.find('[');
    if open.is_some_and(|i| letter.body[i..].contains(']')) {
        out.push(LetterWarning::Placeholder);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_without_name_address_or_decision_is_warned_about() {
        let mut l = LetterForm {
            kind: "objection".into(),
            correspondent: "College van B&W".into(),
            body: "Ik maak bezwaar.\n\n[Schrijf hier waarom.]".into(),
            ..Default::default()
        };
        assert_eq!(
            warnings(&l),
            vec![
                LetterWarning::NameMissing,
                LetterWarning::AddressMissing,
                LetterWarning::DecisionUnknown,
                LetterWarning::RecipientAddressMissing,
                LetterWarning::Placeholder,
            ]
        );
        l.correspondent = "College van B&W\nPostbus 100".into();
        l.decision_reference = "WMO-2026-1".into();
        l.body = "Ik maak bezwaar.".into();
        l.sender = "A. de Vries".into();
        assert_eq!(warnings(&l), vec![LetterWarning::AddressMissing]);
        l.sender = "A. de Vries\nDorpsstraat 1\n1234 AB Maasdal".into();
        assert!(warnings(&l).is_empty());
        assert!(
            LetterWarning::AddressMissing
                .text(crate::Lang::Nl)
                .contains("6:5")
        );
    }

    #[test]
    fn a_drafted_letter_without_text_is_refused_on_its_text() {
        let today = Date::new(2026, 11, 23).unwrap_or_default();
        let drafted = LetterForm {
            direction: "sent".into(),
            correspondent: "College van B&W".into(),
            subject: "Bezwaarschrift".into(),
            kind: "objection".into(),
            body: "  \n ".into(),
            ..Default::default()
        };
        let e = drafted.parse(today).err().unwrap_or(Invalid(Vec::new()));
        assert_eq!(
            e.0.iter().map(|e| e.field).collect::<Vec<_>>(),
            vec![Some("body")]
        );
        // A letter written elsewhere is recorded without its text.
        let recorded = LetterForm {
            kind: String::new(),
            ..drafted
        };
        assert!(recorded.parse(today).is_ok());
    }
}
