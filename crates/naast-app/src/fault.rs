//! Failures that come from outside (the mail server, the database) as a code and a fixed text.
//!
//! A mail server's reply may quote the recipient (`550 <jan@…> unknown user`) and a database's
//! message the value it refused, so neither is logged nor stored in `jobs.last_error` or
//! `outbox.last_error`: they are mapped here first, and only the code and our own words go on.

use crate::AppError;

/// A failure from outside, as `code: text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Fault {
    /// The mail server answered 5xx: it will not take this message.
    #[error("smtp.rejected: the mail server refused the message{}", status(*.0))]
    SmtpRejected(Option<u16>),
    /// The mail server answered 4xx: try again later.
    #[error("smtp.deferred: the mail server asked to try again later{}", status(*.0))]
    SmtpDeferred(Option<u16>),
    /// No connection, a timeout, or the connection broke off.
    #[error("smtp.unreachable: the mail server could not be reached")]
    SmtpUnreachable,
    /// The conversation with the mail server went wrong in another way.
    #[error("smtp.failed: sending through the mail server failed")]
    SmtpFailed,
    /// `NAAST_SMTP_URL` or `NAAST_MAIL_FROM` cannot be used.
    #[error("smtp.config: the mail settings (NAAST_SMTP_URL, NAAST_MAIL_FROM) are not valid")]
    SmtpConfig,
    /// The recipient's address is not one a mail server accepts.
    #[error("mail.recipient: the recipient's address is not valid")]
    MailRecipient,
    /// The message could not be put together.
    #[error("mail.build: the message could not be built")]
    MailBuild,
    /// A constraint in the database refused the change.
    #[error("db.constraint: the database refused the change")]
    DbConstraint,
    /// The database could not be reached.
    #[error("db.unavailable: the database could not be reached")]
    DbUnavailable,
    /// Sealed data could not be read back (a wrong key, or damage).
    #[error("data.unreadable: sealed data could not be read")]
    DataUnreadable,
}

fn status(code: Option<u16>) -> String {
    code.map(|c| format!(" ({c})")).unwrap_or_default()
}

impl Fault {
    /// The code alone (`smtp.rejected`).
    pub fn code(&self) -> &'static str {
        match self {
            Fault::SmtpRejected(_) => "smtp.rejected",
            Fault::SmtpDeferred(_) => "smtp.deferred",
            Fault::SmtpUnreachable => "smtp.unreachable",
            Fault::SmtpFailed => "smtp.failed",
            Fault::SmtpConfig => "smtp.config",
            Fault::MailRecipient => "mail.recipient",
            Fault::MailBuild => "mail.build",
            Fault::DbConstraint => "db.constraint",
            Fault::DbUnavailable => "db.unavailable",
            Fault::DataUnreadable => "data.unreadable",
        }
    }

    /// Maps an error of the SMTP client, keeping only the reply's number.
    pub(crate) fn from_smtp(e: &lettre::transport::smtp::Error) -> Fault {
        let number = e.status().and_then(|c| c.to_string().parse::<u16>().ok());
        if e.is_permanent() {
            Fault::SmtpRejected(number)
        } else if e.is_transient() {
            Fault::SmtpDeferred(number)
        } else if e.is_timeout() || e.is_transport_shutdown() || is_connection(e) {
            Fault::SmtpUnreachable
        } else {
            Fault::SmtpFailed
        }
    }
}

/// Whether the SMTP error stems from the network (an I/O error somewhere in its sources).
fn is_connection(e: &lettre::transport::smtp::Error) -> bool {
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        if s.downcast_ref::<std::io::Error>().is_some() {
            return true;
        }
        source = s.source();
    }
    false
}

impl From<Fault> for AppError {
    fn from(f: Fault) -> AppError {
        AppError::Outside(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fault_reads_as_its_code_and_our_own_words() {
        assert_eq!(
            Fault::SmtpRejected(Some(550)).to_string(),
            "smtp.rejected: the mail server refused the message (550)"
        );
        assert_eq!(Fault::SmtpRejected(None).code(), "smtp.rejected");
        assert!(
            Fault::SmtpUnreachable
                .to_string()
                .starts_with("smtp.unreachable: ")
        );
    }
}
