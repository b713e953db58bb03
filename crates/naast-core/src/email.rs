//! E-mail addresses, parsed once at the edge.

use crate::{FieldError, Msg};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// Accepts `local@domain.tld` (trimmed, domain lower-cased); refuses spaces, a missing `@`,
    /// a domain without a dot and anything longer than 254 characters.
    pub fn parse(field: &'static str, input: &str) -> Result<EmailAddress, FieldError> {
        let s = input.trim();
        let bad = || FieldError::new(field, Msg::EmailInvalid);
        if s.is_empty() {
            return Err(FieldError::new(field, Msg::Required));
        }
        if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad());
        }
        let (local, domain) = s.rsplit_once('@').ok_or_else(bad)?;
        if local.is_empty() || local.contains('@') || domain.len() < 3 {
            return Err(bad());
        }
        let domain = domain.to_ascii_lowercase();
        let labels: Vec<&str> = domain.split('.').collect();
        if labels.len() < 2 || labels.iter().any(|l| l.is_empty() || l.starts_with('-')) {
            return Err(bad());
        }
        Ok(EmailAddress(format!("{local}@{domain}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The canonical form used to find an account: the whole address lower-cased.
    pub fn lookup_key(&self) -> String {
        self.0.to_lowercase()
    }
}

impl std::fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_addresses_are_accepted_and_domains_lowercased() {
        let e = EmailAddress::parse("email", "  Anna.de.Vries@Maasdal.NL ");
        assert_eq!(
            e.map(|e| e.to_string()),
            Ok("Anna.de.Vries@maasdal.nl".into())
        );
    }

    #[test]
    fn invalid_addresses_are_refused_with_a_message() {
        for bad in [
            "",
            "anna",
            "anna@",
            "@x.nl",
            "anna@nl",
            "an na@x.nl",
            "a@b@c.nl",
            "a@.nl",
        ] {
            assert!(EmailAddress::parse("email", bad).is_err(), "{bad} accepted");
        }
    }
}
