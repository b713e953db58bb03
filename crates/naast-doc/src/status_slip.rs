//! The slip with a citizen's status link (A6): for a citizen who called or came by, the way to
//! their status page on paper, with a QR code.

use crate::{DocError, render};

/// The template of the slip.
pub const STATUS_SLIP: &str = include_str!("../templates/status_slip.typ");

/// The slip as a tagged A6 PDF. `data` holds `lang`, `reference`, `code` and `status_page`
/// (may be absent), `url`, `qr_svg`, `qr_alt`,
/// `contact` ([label, value] pairs, may be empty) and `texts` (`title`, `sender`,
/// `reference_label`, `code_label`, `code_how`, `how`, `private`).
pub fn status_slip_pdf(
    data: &serde_json::Value,
    today: (i32, u8, u8),
) -> Result<Vec<u8>, DocError> {
    render(STATUS_SLIP, data, today)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slip_is_one_a6_page() {
        let data = serde_json::json!({
            "lang": "nl",
            "reference": "NST-7K4M-2Q9D",
            "code": "123 456",
            "status_page": "https://naast.example/maasdal/status",
            "url": "https://naast.example/status/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
            "qr_svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>",
            "qr_alt": "QR-code",
            "contact": [["Telefoon", "0800 123"], ["Inloopspreekuur", "di 9-12"]],
            "texts": {"title": "Uw melding", "sender": "Vertrouwenspersoon", "reference_label": "Kenmerk",
                      "how": "Scan de code.", "code_label": "Uw code",
                      "code_how": "Ga naar deze pagina:", "private": "Geef dit niet aan anderen."}
        });
        let pdf = match status_slip_pdf(&data, (2026, 1, 2)) {
            Ok(p) => p,
            Err(e) => panic!("{e}"),
        };
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("/Count 1"), "one page");
        assert!(
            text.contains("297.6") && text.contains("419.5"),
            "A6 media box"
        );
    }
}
