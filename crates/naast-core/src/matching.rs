//! Finding a citizen again. One normaliser, shared by the case search and by the "possibly the
//! same citizen" suggestion on a new kwestie, so that what search finds and what is suggested
//! agree. The normalised forms only ever go into a keyed blind index; they are never stored.
//!
//! Nothing here decides that two records are one person: a match is a suggestion that the
//! confidant confirms or rejects (two people can share a name, a household shares a phone).

use crate::validation::Collector;
use crate::{FieldError, Invalid, Msg};
use unicode_normalization::UnicodeNormalization;

/// A name as it is compared: lower case, accents removed (`Çelik` = `celik`, `Müller` =
/// `muller`), punctuation that people type either way (`.`, `,`) dropped, hyphens and runs of
/// spaces made one space.
#[must_use]
pub fn name_key(name: &str) -> String {
    let folded: String = name
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            '-' | '\u{2010}' | '\u{2011}' | '_' => ' ',
            c => c,
        })
        .filter(|c| !matches!(c, '.' | ','))
        .flat_map(char::to_lowercase)
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A phone number as it is compared: digits only, Dutch numbers in their national form
/// (`+31 6 1234 5678`, `0031-6-12345678`, `+31 (0)6 12345678` and `06 12 34 56 78` are all
/// `0612345678`), other international numbers with `00` in front. `None` for anything that
/// is too short to be a phone number (fewer than six digits).
#[must_use]
pub fn phone_key(phone: &str) -> Option<String> {
    let trimmed = phone.trim();
    let mut digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    if trimmed.starts_with('+') {
        digits.insert_str(0, "00");
    }
    if let Some(national) = digits.strip_prefix("0031") {
        let national = national.strip_prefix('0').unwrap_or(national);
        digits = format!("0{national}");
    }
    (digits.len() >= 6).then_some(digits)
}

/// The confidant links a kwestie's citizen to a known person: whose kwestie (`with`, a
/// reference) and, per contact detail, whether to keep the known value (`known`, the default)
/// or the one the intake brought (`new`).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct LinkForm {
    pub with: String,
    pub keep_name: String,
    pub keep_email: String,
    pub keep_phone: String,
    pub keep_address: String,
}

/// Which of the intake's details replace the known ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Keep(Vec<&'static str>);

impl Keep {
    /// True when the intake's value of `field` is to be kept.
    #[must_use]
    pub fn take_new(&self, field: &str) -> bool {
        self.0.contains(&field)
    }
}

impl LinkForm {
    pub fn parse(&self) -> Result<Keep, Invalid> {
        let mut c = Collector::default();
        if self.with.trim().is_empty() {
            c.push(FieldError::new("with", Msg::Required));
        }
        let mut new = Vec::new();
        for (field, form_field, value) in [
            ("name", "keep_name", &self.keep_name),
            ("email", "keep_email", &self.keep_email),
            ("phone", "keep_phone", &self.keep_phone),
            ("address", "keep_address", &self.keep_address),
        ] {
            match value.trim() {
                "" | "known" => {}
                "new" => new.push(field), // not a state: keep the new value
                other => c.push(FieldError::new(
                    form_field,
                    Msg::CodeUnknown(other.chars().take(20).collect()),
                )),
            }
        }
        c.finish()?;
        Ok(Keep(new))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_across_case_accents_and_spacing() {
        assert_eq!(name_key("  Henk   de Boer "), "henk de boer");
        assert_eq!(name_key("HENK DE BOER"), name_key("henk de boer"));
        assert_eq!(name_key("Ayşe Çelik"), "ayse celik");
        assert_eq!(
            name_key("Zoë Müller-Lüdenscheidt"),
            "zoe muller ludenscheidt"
        );
        assert_eq!(name_key("J.P. van der Berg"), "jp van der berg");
        assert_ne!(name_key("Henk de Boer"), name_key("Henk de Vries"));
    }

    #[test]
    fn dutch_phone_numbers_are_one_form_however_written() {
        for written in [
            "0612345678",
            "06-12345678",
            "06 12 34 56 78",
            "+31 6 12345678",
            "+31612345678",
            "0031 6 1234 5678",
            "+31 (0)6 12345678",
        ] {
            assert_eq!(
                phone_key(written).as_deref(),
                Some("0612345678"),
                "{written}"
            );
        }
        assert_eq!(phone_key("(010) 123 45 67").as_deref(), Some("0101234567"));
        assert_eq!(
            phone_key("+32 2 123 45 67").as_deref(),
            Some("003221234567")
        );
        assert_eq!(phone_key("112"), None);
        assert_eq!(phone_key(""), None);
        assert_ne!(phone_key("0612345678"), phone_key("0612345679"));
    }

    #[test]
    fn a_link_keeps_the_known_details_unless_told_otherwise() {
        let form = LinkForm {
            with: "NST-7K4M-2Q9D".into(),
            keep_phone: "new".into(),
            ..Default::default()
        };
        let Ok(keep) = form.parse() else {
            panic!("a valid form")
        };
        assert!(keep.take_new("phone"));
        assert!(!keep.take_new("name") && !keep.take_new("email"));
        let bad = LinkForm {
            keep_email: "both".into(),
            ..Default::default()
        };
        let Err(err) = bad.parse() else {
            panic!("two problems")
        };
        assert!(err.for_field("with").is_some() && err.for_field("keep_email").is_some());
    }
}
