//! Attachments: the size limit and the type, decided from the contents.

use crate::{FieldError, Msg};

/// The largest attachment accepted.
pub const ATTACHMENT_MAX: usize = 10 * 1024 * 1024;

/// Decides an attachment's type from its first bytes (never from the name or what the browser
/// claims): PDF, JPEG, PNG, the Office and OpenDocument formats (zip), or plain UTF-8 text.
pub fn attachment_type(name: &str, bytes: &[u8]) -> Result<&'static str, FieldError> {
    if bytes.is_empty() {
        return Err(FieldError::new("file", Msg::Required));
    }
    if bytes.len() > ATTACHMENT_MAX {
        return Err(FieldError::new(
            "file",
            Msg::AttachmentTooLarge(ATTACHMENT_MAX / (1024 * 1024)),
        ));
    }
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit('.').next().unwrap_or("");
    let kind = if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(b"PK\x03\x04") {
        match ext {
            "docx" => {
                Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            }
            "xlsx" => Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "odt" => Some("application/vnd.oasis.opendocument.text"),
            _ => None,
        }
    } else if matches!(ext, "txt" | "eml") && std::str::from_utf8(bytes).is_ok() {
        Some("text/plain; charset=utf-8")
    } else {
        None
    };
    kind.ok_or_else(|| FieldError::new("file", Msg::AttachmentType))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attachments_are_typed_by_their_contents_not_their_name() {
        assert_eq!(
            attachment_type("brief.pdf", b"%PDF-1.7 ..."),
            Ok("application/pdf")
        );
        assert!(attachment_type("brief.pdf", b"MZ\x90\x00 not a pdf").is_err());
        assert!(attachment_type("virus.exe", b"MZ\x90\x00").is_err());
        assert!(attachment_type("leeg.txt", b"").is_err());
        assert!(attachment_type("groot.pdf", &vec![b'%'; ATTACHMENT_MAX + 1]).is_err());
        assert_eq!(
            attachment_type("notitie.txt", "Hé".as_bytes()),
            Ok("text/plain; charset=utf-8")
        );
    }
}
