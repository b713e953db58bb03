//! Sending one message over SMTP: the only place that talks to the mail relay.

use super::Mail;
use crate::fault::Fault;
use std::time::Duration;

/// Sends a message over SMTP (`smtp://host[:port]`, a relay inside the operator's network).
/// Failures come back as a [`Fault`]: the server's own reply (which may quote the recipient)
/// goes no further than this function.
pub(super) async fn smtp_send(
    url: &str,
    from: &str,
    mail: &Mail,
) -> std::result::Result<(), Fault> {
    use lettre::message::{Mailbox, header::ContentType};
    use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
    let hostport = url.trim_start_matches("smtp://").trim_end_matches('/');
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) => (h, p.parse::<u16>().map_err(|_| Fault::SmtpConfig)?),
        None => (hostport, 25),
    };
    let from: Mailbox = from.parse().map_err(|_| Fault::SmtpConfig)?;
    let to: Mailbox = mail.to.parse().map_err(|_| Fault::MailRecipient)?;
    let msg = Message::builder()
        .from(from)
        .to(to)
        .subject(mail.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body.clone())
        .map_err(|_| Fault::MailBuild)?;
    let transport = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
        .port(port)
        .timeout(Some(Duration::from_secs(20)))
        .build();
    transport
        .send(msg)
        .await
        .map(|_| ())
        .map_err(|e| Fault::from_smtp(&e))
}
