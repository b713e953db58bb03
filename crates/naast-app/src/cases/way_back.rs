//! A way back for phone and walk-in intakes: the citizen who called or came by gets their
//! status link too, e-mailed from the kwestie or printed on a small slip with a QR code.
//!
//! The status link's token is the only key to one kwestie and is stored as its SHA-256, with a
//! copy sealed under the case key. When that copy is there, the same link is handed out again;
//! when the kwestie has no link yet (every staff intake), a new one is made; when it only has a
//! link whose token was not kept (stored hashed only), a new one replaces it and the old one
//! stops working, which the page says beforehand.

use super::status_code::{Way, code_lines};
use super::{Loaded, status_token_aad};
use crate::{App, AppError, Principal, Result};
use naast_core::case::Contact;
use naast_core::{CaseStatus, EmailAddress, Lang, Msg};
use naast_crypto as crypto;
use naast_store::{Tx, status_links, tenants};

/// The status link handed out.
#[derive(Debug, Clone)]
pub struct HandedLink {
    /// The absolute status URL.
    pub url: String,
    /// An older link was replaced: it no longer works.
    pub replaced: bool,
    /// The language the link's page and messages use.
    pub lang: Lang,
}

/// What the slip for the citizen shows.
#[derive(Debug, Clone)]
pub struct StatusSlip {
    pub reference: String,
    pub url: String,
    /// The six-digit code that opens the status page with the reference, grouped `123 456`.
    pub code: String,
    /// Where the reference and the code are typed (`…/{slug}/status`).
    pub status_page: String,
    /// The municipality's name.
    pub tenant_name: String,
    /// The confidant's phone number and walk-in hours, when the tenant has them.
    pub phone: String,
    pub hours: String,
    pub lang: Lang,
    pub replaced: bool,
}

/// What the case page says before a link is handed out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkState {
    /// No link yet: a new one is made.
    None,
    /// A link whose token is kept: the same link is handed out again.
    Kept,
    /// A link stored hashed only: a new one replaces it, the old one stops working.
    Replaced,
}

impl LinkState {
    /// `none`, `kept` or `replaced`, for templates.
    pub fn code(self) -> &'static str {
        match self {
            LinkState::None => "none",
            LinkState::Kept => "kept",
            LinkState::Replaced => "replaced",
        }
    }
}

/// The language of a kwestie for the citizen: the status link's, else the one the citizen's
/// details name (free text: "Engels", "English", "en"), else Dutch.
pub(crate) fn citizen_lang(link_lang: Option<&str>, person_language: &str) -> Lang {
    if let Some(l) = link_lang.and_then(Lang::parse) {
        return l;
    }
    let p = person_language.trim().to_lowercase();
    if ["en", "eng", "english", "engels"].contains(&p.as_str()) {
        Lang::En
    } else {
        Lang::Nl
    }
}

impl App {
    /// Whether handing out the status link of `c` makes a new one, and whether that ends an old.
    pub(crate) async fn link_state(&self, c: &Loaded) -> Result<LinkState> {
        let links = status_links::of_case(self.db.pool(), c.row.id).await?;
        Ok(if links.is_empty() {
            LinkState::None
        } else if links.iter().any(|l| l.sealed_token.is_some()) {
            LinkState::Kept
        } else {
            LinkState::Replaced
        })
    }

    /// The kwestie's status link to hand out, in `tx`: the kept one, else a new one (replacing
    /// any whose token was not kept).
    pub(crate) async fn hand_out_link(&self, tx: &mut Tx, c: &Loaded) -> Result<HandedLink> {
        let links = status_links::of_case(&mut **tx, c.row.id).await?;
        let person_language = match c.row.citizen_id {
            Some(id) => self
                .person_view(id)
                .await?
                .map(|(_, p)| p.language)
                .unwrap_or_default(),
            None => String::new(),
        };
        for l in &links {
            if let Some(sealed) = &l.sealed_token
                && let Ok(token) = c.status_token(sealed)
            {
                return Ok(HandedLink {
                    url: self.status_url(&token),
                    replaced: false,
                    lang: citizen_lang(Some(&l.lang), &person_language),
                });
            }
        }
        let lang = citizen_lang(links.first().map(|l| l.lang.as_str()), &person_language);
        let replaced = !links.is_empty();
        if replaced {
            status_links::delete_of_case(&mut **tx, c.row.id).await?;
        }
        let key = c.key.as_ref().ok_or(AppError::Conflict(Msg::CaseClosed))?;
        let token = crypto::random_token();
        let sealed = key.seal(
            &status_token_aad(c.row.tenant_id, &c.row.reference),
            token.as_bytes(),
        );
        status_links::insert(
            &mut **tx,
            &crypto::hash_token(&token),
            c.row.id,
            &sealed,
            lang.code(),
        )
        .await?;
        Ok(HandedLink {
            url: self.status_url(&token),
            replaced,
            lang,
        })
    }

    /// A kwestie the citizen can still be given a way back to: open, personal data present.
    async fn open_for_link(&self, who: &Principal, reference: &str) -> Result<Loaded> {
        let c = self.load_case(who, reference).await?;
        if c.key.is_none() || c.row.status == CaseStatus::Closed {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        Ok(c)
    }

    /// E-mails the status link to `email` (the citizen's, as typed on the case page). A citizen
    /// without an e-mail address keeps this one (sealed with their details); the address is in
    /// the outbox and the timeline entry only, both sealed under the case key, never in a log.
    pub async fn email_status_link(
        &self,
        who: &Principal,
        reference: &str,
        email: &str,
    ) -> Result<HandedLink> {
        let to = EmailAddress::parse("email", email)?;
        let c = self.open_for_link(who, reference).await?;
        let (tenant_name, slug) = tenants::by_id(self.db.pool(), c.row.tenant_id)
            .await?
            .map(|t| (t.name, t.slug))
            .unwrap_or_default();
        let known_email = match c.row.citizen_id {
            Some(id) => self.person_view(id).await?.map(|(_, p)| p.email),
            None => None,
        };
        let mut tx = self.db.begin().await?;
        let link = self.hand_out_link(&mut tx, &c).await?;
        if let (Some(id), Some(known)) = (c.row.citizen_id, &known_email)
            && known.trim().is_empty()
        {
            let contact = Contact {
                email: Some(to.clone()),
                ..Default::default()
            };
            self.update_known_person(&mut tx, id, &contact).await?;
        }
        let code = self.kept_or_new_status_code(&mut tx, &c).await?;
        let way = Way {
            tenant: &tenant_name,
            slug: &slug,
            reference: &c.row.reference,
            code: &code,
            url: &link.url,
            public_url: &self.settings.public_url,
        };
        let (subject, body) = link_mail(link.lang, &way);
        self.queue_case_mail(&mut tx, &c, to.as_str(), &subject, &body)
            .await?;
        super::entry_today(&mut tx, &c, "status_link_mailed", who.user_id, to.as_str()).await?;
        self.audit_in(
            &mut tx,
            who,
            "case.status_link_mail",
            "case",
            &c.row.id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(link)
    }

    /// What the slip with the status link shows; handing it out is audited and on the timeline.
    pub async fn status_slip(&self, who: &Principal, reference: &str) -> Result<StatusSlip> {
        let c = self.open_for_link(who, reference).await?;
        let t = tenants::by_id(self.db.pool(), c.row.tenant_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let mut tx = self.db.begin().await?;
        let link = self.hand_out_link(&mut tx, &c).await?;
        let code = self.kept_or_new_status_code(&mut tx, &c).await?;
        super::entry_today(&mut tx, &c, "status_link_slip", who.user_id, "").await?;
        self.audit_in(
            &mut tx,
            who,
            "case.status_link_slip",
            "case",
            &c.row.id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(StatusSlip {
            reference: c.row.reference.clone(),
            url: link.url,
            code,
            status_page: format!("{}/{}/status", self.settings.public_url, t.slug),
            tenant_name: t.name,
            phone: t.contact_phone,
            hours: t.walk_in_hours,
            lang: link.lang,
            replaced: link.replaced,
        })
    }
}

/// The e-mail with the status link, for a kwestie registered by the confidant (no case content
/// but the reference the citizen was told).
fn link_mail(lang: Lang, w: &Way) -> (String, String) {
    let (tenant, reference, url) = (w.tenant, w.reference, w.url);
    let short = code_lines(lang.code(), w);
    match lang {
        Lang::Nl => (
            "Uw persoonlijke link bij de vertrouwenspersoon".into(),
            format!(
                "Goedendag,\n\nU hebt contact gehad met de onafhankelijke vertrouwenspersoon voor {tenant}. Uw kenmerk is {reference}. Met deze persoonlijke link ziet u hoe het ermee staat, en kunt u reageren:\n\n{url}\n\n{short}Geef deze link en de code niet aan anderen: wie ze heeft, kan uw melding lezen.\n\nMet vriendelijke groet,\nde onafhankelijke vertrouwenspersoon"
            ),
        ),
        Lang::En => (
            "Your personal link from the confidant".into(),
            format!(
                "Hello,\n\nYou were in touch with the independent confidant for {tenant}. Your reference is {reference}. With this personal link you can see how things stand and reply:\n\n{url}\n\n{short}Do not share this link or the code: anyone who has them can read your message.\n\nKind regards,\nthe independent confidant"
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_citizens_language_comes_from_the_link_then_their_details() {
        assert_eq!(citizen_lang(Some("en"), ""), Lang::En);
        assert_eq!(citizen_lang(Some("nl"), "English"), Lang::Nl);
        assert_eq!(citizen_lang(None, " Engels "), Lang::En);
        assert_eq!(citizen_lang(None, "english"), Lang::En);
        assert_eq!(citizen_lang(None, "Arabisch"), Lang::Nl);
        assert_eq!(citizen_lang(Some("xx"), ""), Lang::Nl);
    }

    #[test]
    fn the_mail_names_the_reference_and_the_link_but_nothing_of_the_case() {
        let w = Way {
            tenant: "Maasdal",
            slug: "maasdal",
            reference: "NST-AAAA-BBBB",
            code: "123 456",
            url: "https://x/status/t",
            public_url: "https://x",
        };
        let (subject, body) = link_mail(Lang::Nl, &w);
        assert!(subject.contains("link"));
        assert!(body.contains("NST-AAAA-BBBB") && body.contains("https://x/status/t"));
        assert!(body.contains("Maasdal"));
        assert!(body.contains("https://x/maasdal/status") && body.contains("Code: 123 456"));
        let (_, en) = link_mail(
            Lang::En,
            &Way {
                reference: "R",
                code: "",
                ..w
            },
        );
        assert!(en.contains("Your reference is R") && !en.contains("Code:"));
    }
}
