//! The languages of the user interface: Dutch first, English second.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the first supported language from an `Accept-Language` header; Dutch when none fits.
    pub fn from_accept_language(header: &str) -> Lang {
        preferred(header, &["nl", "en"])
            .and_then(Lang::parse)
            .unwrap_or_default()
    }

    /// A whole number as people read it: thousands grouped, `1.234` in Dutch and `1,234` in
    /// English. For screens and documents only; CSV, XLSX and JSON keep plain digits.
    pub fn num(self, n: i128) -> String {
        let sep = match self {
            Lang::Nl => '.',
            Lang::En => ',',
        };
        let digits = n.unsigned_abs().to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
        if n < 0 {
            out.push('-');
        }
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(d);
        }
        out
    }

    /// A text that is a whole number (`"1234"`) with its thousands grouped; any other text
    /// (`x`, `12,5`, a label) as it is.
    pub fn num_text(self, text: &str) -> String {
        let t = text.trim();
        if !t.is_empty() && t.len() < 30 && t.bytes().all(|b| b.is_ascii_digit()) {
            t.parse::<i128>()
                .map(|n| self.num(n))
                .unwrap_or_else(|_| text.to_string())
        } else {
            text.to_string()
        }
    }

    /// Picks the Dutch or the English text.
    pub fn pick<'a>(self, nl: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

/// The one reader of an `Accept-Language` header (RFC 9110, section 12.5.4): of the `offered`
/// language codes, the one the client prefers. A tag counts by its primary subtag (`nl-NL` asks
/// for `nl`), case-blind; the highest `q` wins (1 when absent or unreadable), the earlier on a
/// tie. `None` when the header asks for nothing offered.
pub fn preferred<'a, S: AsRef<str>>(header: &str, offered: &'a [S]) -> Option<&'a str> {
    let mut best: Option<(f32, &'a str)> = None;
    for part in header.split(',') {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or("").trim();
        let q = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.parse::<f32>().ok())
            .unwrap_or(1.0);
        let primary = tag.split('-').next().unwrap_or("");
        let found = offered
            .iter()
            .map(AsRef::as_ref)
            .find(|code| !primary.is_empty() && code.eq_ignore_ascii_case(primary));
        if let Some(code) = found
            && best.is_none_or(|(bq, _)| q > bq)
        {
            best = Some((q, code));
        }
    }
    best.map(|(_, code)| code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_thousands_by_language_and_other_text_stays() {
        assert_eq!(Lang::Nl.num(1234), "1.234");
        assert_eq!(Lang::En.num(1234), "1,234");
        assert_eq!(Lang::Nl.num(999), "999");
        assert_eq!(Lang::Nl.num(-1_234_567), "-1.234.567");
        assert_eq!(Lang::Nl.num_text("12345"), "12.345");
        assert_eq!(Lang::En.num_text("12345"), "12,345");
        for other in ["x", "12,5", "Wmo", "", "1.234"] {
            assert_eq!(Lang::Nl.num_text(other), other);
        }
    }

    #[test]
    fn accept_language_picks_the_preferred_supported_language() {
        assert_eq!(
            Lang::from_accept_language("en-GB,en;q=0.9,nl;q=0.8"),
            Lang::En
        );
        assert_eq!(
            Lang::from_accept_language("de-DE, nl;q=0.5, en;q=0.4"),
            Lang::Nl
        );
        assert_eq!(Lang::from_accept_language("fr"), Lang::Nl);
        assert_eq!(Lang::from_accept_language(""), Lang::Nl);
        assert_eq!(Lang::from_accept_language("nl-NL"), Lang::Nl);
        assert_eq!(Lang::from_accept_language("EN-us"), Lang::En);
    }

    #[test]
    fn the_highest_quality_wins_and_the_earlier_on_a_tie() {
        let offered = ["nl", "en", "tr"];
        assert_eq!(preferred("en-GB,en;q=0.9", &offered), Some("en"));
        assert_eq!(preferred("nl;q=0.5, en;q=0.8", &offered), Some("en"));
        assert_eq!(preferred("tr;q=0.7, nl;q=0.7", &offered), Some("tr"));
        assert_eq!(preferred("nl-NL,nl;q=0.9,en;q=0.8", &offered), Some("nl"));
        assert_eq!(preferred("de, tr;q=0.2", &offered), Some("tr"));
    }

    #[test]
    fn garbage_and_empty_headers_ask_for_nothing() {
        let offered = ["nl", "en"];
        assert_eq!(preferred("", &offered), None);
        assert_eq!(preferred(",,;;;q=", &offered), None);
        assert_eq!(preferred("*", &offered), None);
        assert_eq!(preferred("fr-FR, de;q=0.9", &offered), None);
        // An unreadable quality counts as 1.
        assert_eq!(preferred("nl;q=x, en;q=0.9", &offered), Some("nl"));
        assert_eq!(preferred("en", &[] as &[&str]), None);
    }
}
