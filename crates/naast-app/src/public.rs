//! The citizen's door: the public information of a tenant, the intake through the public form
//! or API (with a private status link), and following up through that link — messages both
//! ways, adding a document, withdrawing. Nobody signs in: the status link's token is the key
//! to one kwestie and nothing else; only its hash is looked up. E-mails to the citizen never
//! carry case content — only that there is news, and the link.

use crate::cases::batch::{Pending, PublicExtra};
use crate::cases::status_code::Way;
use crate::cases::{Loaded, RegisterView};
use crate::clock::today;
use crate::{App, AppError, Principal, Result};
use naast_core::CaseStatus;
use naast_core::case::{CloseForm, STORY_MAX};
use naast_core::msg::LinkLimit;
use naast_core::public::PublicIntakeForm;
use naast_core::theme::ThemeForm;
use naast_core::{Lang, Msg};
use naast_crypto as crypto;
use naast_store::{cases as store, door, status_links, tenants};

mod mail;
mod outcome;
mod verdict;

use mail::{link_mail, news_mail};
pub use outcome::{CitizenOption, Outcome};
pub use verdict::{CitizenVerdict, NOT_DONE_TASK_TITLE, VerdictView};

/// Messages a status link may send in any 24 hours.
pub const MESSAGES_PER_DAY: u32 = 30;
/// Documents the citizen may add to one kwestie through the link.
pub const DOCUMENTS_PER_CASE: u32 = 10;
/// Megabytes of documents the citizen may add to one kwestie through the link.
pub const MEGABYTES_PER_CASE: u32 = 50;
/// Seconds between two audited reads of one status page.
const READ_AUDIT_EVERY: i64 = 3600;
const DAY: i64 = 86_400;

/// What the public pages show of a tenant: nothing that is not meant for everyone.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PublicTenant {
    pub slug: String,
    pub name: String,
    pub areas: Vec<String>,
    pub contact_phone: String,
    pub contact_email: String,
    pub contact_address: String,
    pub walk_in_hours: String,
    /// `(code, name)` of the active providers.
    pub providers: Vec<(String, String)>,
    /// The tenant set a logo (served at `/{slug}/logo`).
    pub has_logo: bool,
}

/// What the citizen gets back: shown once.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Receipt {
    pub reference: String,
    pub token: String,
    /// The six-digit code that opens the status page with the reference, grouped `123 456`
    /// (empty when it could not be made; the link still works).
    pub code: String,
}

/// One message on the status page.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CitizenMessage {
    /// From the confidant (true) or from the citizen.
    pub from_us: bool,
    pub on: String,
    pub at: i64,
    pub text: String,
    /// Documents sent with it (from the confidant only).
    pub documents: Vec<crate::public_documents::SentDocument>,
}

/// Where a kwestie stands, as its citizen sees it through the status link.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CitizenStatus {
    pub reference: String,
    pub tenant_slug: String,
    pub tenant_name: String,
    /// `new`, `in_progress`, `waiting_citizen`, `waiting_organisation` or `closed`.
    pub status: String,
    pub opened_on: String,
    pub closed_on: Option<String>,
    pub withdrawn: bool,
    pub messages: Vec<CitizenMessage>,
    /// Names of the documents the citizen added.
    pub documents: Vec<String>,
    /// The language chosen at intake.
    pub lang: String,
    /// False once the personal data was destroyed (nothing can be added any more).
    pub open: bool,
    /// The six-digit code, grouped `123 456`, for the page right after the intake (empty when
    /// the kwestie has none).
    pub code: String,
    /// Once closed: what came of it and what the citizen can still do.
    pub outcome: Option<Outcome>,
    /// Once closed: the three questions, or thanks for the answers.
    pub verdict: CitizenVerdict,
}

impl App {
    /// The tenants served, for the public start page.
    pub async fn public_tenants(&self) -> Result<Vec<(String, String)>> {
        Ok(tenants::list(self.db.pool())
            .await?
            .into_iter()
            .map(|t| (t.slug, t.name))
            .collect())
    }

    /// A tenant's public information, or `NotFound`.
    pub async fn public_tenant(&self, slug: &str) -> Result<PublicTenant> {
        let t = tenants::by_slug(self.db.pool(), slug)
            .await?
            .ok_or(AppError::NotFound)?;
        let providers: Vec<(String, String)> = tenants::providers(self.db.pool(), t.id)
            .await?
            .into_iter()
            .filter(|p| p.active)
            .map(|p| (p.code, p.name))
            .collect();
        let has_logo = naast_store::settings::get(self.db.pool(), &format!("logo:{}", t.id))
            .await?
            .is_some_and(|v| !v.is_empty());
        Ok(PublicTenant {
            has_logo,
            slug: t.slug,
            name: t.name,
            areas: t
                .areas
                .split(',')
                .filter(|a| !a.is_empty())
                .map(String::from)
                .collect(),
            contact_phone: t.contact_phone,
            contact_email: t.contact_email,
            contact_address: t.contact_address,
            walk_in_hours: t.walk_in_hours,
            providers,
        })
    }

    /// How to complain or object at each of a tenant's organisations (filled entries only),
    /// for the public pages on the citizen's options.
    pub async fn public_register(&self, slug: &str) -> Result<Vec<RegisterView>> {
        let t = tenants::by_slug(self.db.pool(), slug)
            .await?
            .ok_or(AppError::NotFound)?;
        let mut names = vec![("municipality".to_string(), format!("Gemeente {}", t.name))];
        names.extend(
            tenants::providers(self.db.pool(), t.id)
                .await?
                .into_iter()
                .filter(|p| p.active)
                .map(|p| (p.code, p.name)),
        );
        Ok(self
            .register_for(t.id, None, &names)
            .await?
            .into_iter()
            .filter(|r| !r.entry.is_empty())
            .collect())
    }

    /// A citizen's own intake. The receipt is returned only after the commit: a citizen who
    /// saw a reference never loses their story. With `email_link`, the status link is also
    /// e-mailed to the address given (in the same transaction's outbox).
    pub async fn public_intake(
        &self,
        slug: &str,
        form: &PublicIntakeForm,
        languages: &[String],
        email_link: bool,
    ) -> Result<Receipt> {
        let t = tenants::by_slug(self.db.pool(), slug)
            .await?
            .ok_or(AppError::NotFound)?;
        let ok = self.organisation_ok(t.id).await?;
        let p = form.parse(today(), ok, |l| languages.iter().any(|x| x == l))?;
        let token = crypto::random_token();
        let lang = Lang::parse(&p.language).unwrap_or(Lang::Nl);
        let email = p
            .intake
            .contact
            .as_ref()
            .and_then(|c| c.email.as_ref())
            .map(|e| e.to_string());
        let reference = self
            .submit_intake(Pending {
                who: Principal::citizen(t.id, lang),
                tenant_id: t.id,
                intake: p.intake,
                citizen: None,
                first_contact: false,
                public: Some(PublicExtra {
                    organisation: p.organisation,
                    call_when: p.call_when,
                    language: p.language.clone(),
                    token: token.clone(),
                }),
            })
            .await?;
        // The short way back, and the first e-mail with it, in one transaction after the
        // intake's: the story is safe already whatever happens here.
        let case = self.load_any_case(&reference).await?;
        let mut tx = self.db.begin().await?;
        let code = naast_core::case::group_code(&self.new_status_code(&mut tx, &case).await?);
        if email_link && let Some(to) = email {
            let way = Way {
                tenant: &t.name,
                slug: &t.slug,
                reference: &reference,
                code: &code,
                url: &self.status_url(&token),
                public_url: &self.settings.public_url,
            };
            let (subject, body) = link_mail(&p.language, &way);
            self.queue_case_mail(&mut tx, &case, &to, &subject, &body)
                .await?;
        }
        tx.commit().await?;
        Ok(Receipt {
            reference,
            token,
            code,
        })
    }

    /// The citizen's private link.
    pub fn status_url(&self, token: &str) -> String {
        format!("{}/status/{token}", self.settings.public_url)
    }

    pub(crate) async fn by_token(&self, token: &str) -> Result<(Loaded, String)> {
        if token.len() < 20 || token.len() > 100 {
            return Err(AppError::NotFound);
        }
        let link = status_links::by_hash(self.db.pool(), &crypto::hash_token(token))
            .await?
            .ok_or(AppError::NotFound)?;
        let c = self.load_any_case(&link.reference).await?;
        Ok((c, link.lang))
    }

    /// Where the kwestie of this link stands, in the citizen's words; `NotFound` for a link
    /// that does not exist (or no longer does).
    pub async fn citizen_status(&self, token: &str) -> Result<CitizenStatus> {
        let (c, lang) = self.by_token(token).await?;
        let t = tenants::by_id(self.db.pool(), c.row.tenant_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let entries = store::entries(self.db.pool(), c.row.id).await?;
        let mut sent = self.sent_documents(&c).await?;
        let messages = entries
            .iter()
            .filter(|e| e.kind == "message_out" || e.kind == "message_in")
            .map(|e| CitizenMessage {
                from_us: e.kind == "message_out",
                on: e.on_date.clone(),
                at: e.created_at,
                text: c.open_at(
                    crate::cases::ENTRIES.0,
                    crate::cases::ENTRIES.1,
                    e.id,
                    &e.sealed,
                ),
                documents: sent.remove(&e.id).unwrap_or_default(),
            })
            .collect();
        let documents = entries
            .iter()
            .filter(|e| e.kind == "attachment" && e.author_user_id.is_none())
            .map(|e| {
                c.open_at(
                    crate::cases::ENTRIES.0,
                    crate::cases::ENTRIES.1,
                    e.id,
                    &e.sealed,
                )
            })
            .collect();
        let withdrawn = c.row.outcome.as_deref() == Some("withdrawn");
        // At most one audit entry per link an hour: a page reloaded in a loop must not fill
        // the log (the claim is one conditional update, so instances agree).
        let mut tx = self.db.begin().await?;
        if door::claim_read_audit(&mut *tx, &crypto::hash_token(token), READ_AUDIT_EVERY).await? {
            self.audit_in(
                &mut tx,
                &Principal::citizen(c.row.tenant_id, Lang::Nl),
                "case.status_read",
                "case",
                &c.row.id.to_string(),
            )
            .await?;
        }
        tx.commit().await?;
        let outcome = self.citizen_outcome(&c, &t.name).await?;
        Ok(CitizenStatus {
            reference: c.row.reference.clone(),
            tenant_slug: t.slug,
            tenant_name: t.name,
            status: c.row.status.clone(),
            opened_on: c.row.opened_on.clone(),
            closed_on: c.row.closed_on.clone(),
            withdrawn,
            messages,
            documents,
            lang,
            open: c.key.is_some() && c.row.status != CaseStatus::Closed,
            code: self.kept_status_code(&c).await?,
            verdict: self.citizen_verdict_state(&c).await?,
            outcome,
        })
    }

    fn writable(c: &Loaded) -> Result<()> {
        if c.key.is_none() || c.row.status == CaseStatus::Closed {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        Ok(())
    }

    /// The citizen answers through the link; a kwestie waiting for them is picked up again.
    pub async fn citizen_reply(&self, token: &str, text: &str) -> Result<()> {
        let (mut c, _) = self.by_token(token).await?;
        Self::writable(&c)?;
        let text = naast_core::validation::free_text("message", text, STORY_MAX, true)?;
        let text = text.as_str();
        let now = naast_store::now();
        let (sent, oldest) = door::messages_in_since(self.db.pool(), c.row.id, now - DAY).await?;
        if sent >= i64::from(MESSAGES_PER_DAY) {
            let retry = oldest.map_or(DAY, |o| (o + DAY - now).max(1));
            return Err(AppError::Limited(
                Msg::LinkLimit(LinkLimit::MessagesPerDay(MESSAGES_PER_DAY)),
                retry as u64,
            ));
        }
        let who = Principal::citizen(c.row.tenant_id, Lang::Nl);
        let sealed = text.to_string();
        if c.row.status == CaseStatus::WaitingCitizen {
            c.row.status = CaseStatus::InProgress.as_str().into();
        }
        let mut tx = self.db.begin().await?;
        let entry = store::insert_entry(
            &mut *tx,
            c.row.id,
            "message_in",
            &today().to_string(),
            Some("web_form"),
            "",
            0,
            None,
            None,
        )
        .await?;
        crate::cases::seal_entry(&mut tx, &c, entry, &sealed).await?;
        naast_store::work::mark_news(&mut *tx, c.row.id).await?;
        self.write_case(&mut tx, &who, &c.row, "case.citizen_message")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The citizen adds a document through the link (type and size checked like any).
    pub async fn citizen_document(&self, token: &str, name: &str, bytes: &[u8]) -> Result<()> {
        let (c, _) = self.by_token(token).await?;
        Self::writable(&c)?;
        let (count, total) = door::attachment_totals(self.db.pool(), c.row.id).await?;
        let limit = if count >= i64::from(DOCUMENTS_PER_CASE) {
            Some(LinkLimit::Documents(DOCUMENTS_PER_CASE))
        } else if total + bytes.len() as i64 > i64::from(MEGABYTES_PER_CASE) * 1024 * 1024 {
            Some(LinkLimit::Megabytes(MEGABYTES_PER_CASE))
        } else {
            None
        };
        if let Some(limit) = limit {
            return Err(AppError::Limited(Msg::LinkLimit(limit), DAY as u64));
        }
        let who = Principal::citizen(c.row.tenant_id, Lang::Nl);
        self.store_attachment(&who, &c, name, bytes).await?;
        naast_store::work::mark_news(self.db.pool(), c.row.id).await?;
        Ok(())
    }

    /// The citizen withdraws: the kwestie is closed with the outcome `withdrawn`.
    pub async fn citizen_withdraw(&self, token: &str) -> Result<()> {
        let (c, _) = self.by_token(token).await?;
        Self::writable(&c)?;
        let who = Principal::citizen(c.row.tenant_id, Lang::Nl);
        self.close_loaded(
            &who,
            c,
            &CloseForm {
                outcome: "withdrawn".into(),
                external_outcome: String::new(),
                reason: "Ingetrokken door de inwoner via de statuslink.".into(),
                closed_on: String::new(),
                ..Default::default()
            },
        )
        .await
    }

    /// The confidant writes to the citizen: the message shows on the status page, and when
    /// the citizen left an e-mail address, an e-mail says there is news (and nothing more).
    pub async fn message_citizen(
        &self,
        who: &Principal,
        reference: &str,
        text: &str,
    ) -> Result<()> {
        self.message_citizen_with(who, reference, text, "").await
    }

    /// A message to the citizen carrying `document` (`attachment:{id}` or `letter:{id}` of
    /// this kwestie; empty: none), which the citizen downloads from the status page.
    pub async fn message_citizen_with(
        &self,
        who: &Principal,
        reference: &str,
        text: &str,
        document: &str,
    ) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        Self::writable(&c)?;
        let text = naast_core::validation::free_text("message", text, STORY_MAX, true)?;
        let chosen = self.chosen_document(&c, document).await?;
        let text = text.as_str();
        let links = status_links::of_case(self.db.pool(), c.row.id).await?;
        let Some(link) = links.first() else {
            return Err(AppError::Conflict(Msg::NoStatusLink));
        };
        let email = match c.row.citizen_id {
            Some(id) => self
                .person_view(id)
                .await?
                .map(|(_, p)| p.email)
                .filter(|e| !e.is_empty()),
            None => None,
        };
        let token = match (&c.key, &link.sealed_token) {
            (Some(_), Some(s)) => Some(c.status_token(s)?),
            _ => None,
        };
        let tenant_name = tenants::by_id(self.db.pool(), c.row.tenant_id)
            .await?
            .map(|t| t.name)
            .unwrap_or_default();
        let sealed = text.to_string();
        let mut tx = self.db.begin().await?;
        let entry = store::insert_entry(
            &mut *tx,
            c.row.id,
            "message_out",
            &today().to_string(),
            Some("web_form"),
            "",
            0,
            None,
            who.user_id,
        )
        .await?;
        crate::cases::seal_entry(&mut tx, &c, entry, &sealed).await?;
        if let Some(chosen) = chosen {
            self.attach_to_message(&mut tx, &c, entry, chosen).await?;
        }
        if let (Some(to), Some(token)) = (email, token) {
            let (subject, body) = news_mail(&link.lang, &tenant_name, &self.status_url(&token));
            self.queue_case_mail(&mut tx, &c, &to, &subject, &body)
                .await?;
        }
        self.write_case(&mut tx, who, &c.row, "case.citizen_message_sent")
            .await?;
        tx.commit().await?;
        Ok(())
    }
}

impl App {
    /// The design tokens a tenant set for its public pages (`[(name, value)]`; empty: defaults).
    pub async fn public_theme(&self, slug: &str) -> Result<Vec<(String, String)>> {
        let Some(t) = tenants::by_slug(self.db.pool(), slug).await? else {
            return Ok(Vec::new());
        };
        let Some(json) =
            naast_store::settings::get(self.db.pool(), &format!("theme:{}", t.id)).await?
        else {
            return Ok(Vec::new());
        };
        Ok(serde_json::from_str(&json).unwrap_or_default())
    }

    /// The look as a coordinator edits it: what was saved, else Naast's defaults.
    pub async fn theme_form(&self, who: &Principal, slug: &str) -> Result<ThemeForm> {
        who.require(naast_core::Role::Coordinator)?;
        self.tenant(who, slug).await?;
        let tokens = self.public_theme(slug).await?;
        let get = |k: &str, d: &str| {
            tokens
                .iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_else(|| d.to_string())
        };
        Ok(ThemeForm {
            primary: get("--naast-link-color", "#00558c"),
            primary_dark: get("--naast-button-hover-background-color", "#003a60"),
            text: get("--naast-document-color", "#1a1a1a"),
            background: get("--naast-document-background-color", "#ffffff"),
            font_family: get(
                "--naast-document-font-family",
                "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif",
            ),
        })
    }

    /// Saves the look after the contrast check (coordinators only).
    pub async fn set_theme(&self, who: &Principal, slug: &str, form: &ThemeForm) -> Result<()> {
        who.require(naast_core::Role::Coordinator)?;
        let t = self.tenant(who, slug).await?;
        let tokens: Vec<(String, String)> = form
            .parse()?
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        let json = serde_json::to_string(&tokens).map_err(|e| AppError::Internal(e.to_string()))?;
        let mut tx = self.db.begin().await?;
        naast_store::settings::set(&mut *tx, &format!("theme:{}", t.id), &json).await?;
        self.audit_in(&mut tx, who, "tenant.theme", "tenant", &t.id.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The tenant's logo for its public pages: `(content type, bytes)`, if one was set.
    pub async fn public_logo(&self, slug: &str) -> Result<Option<(String, Vec<u8>)>> {
        let Some(t) = tenants::by_slug(self.db.pool(), slug).await? else {
            return Ok(None);
        };
        let Some(v) = naast_store::settings::get(self.db.pool(), &format!("logo:{}", t.id)).await?
        else {
            return Ok(None);
        };
        let Some((kind, b64)) = v.split_once(';') else {
            return Ok(None);
        };
        use base64::Engine as _;
        Ok(base64::engine::general_purpose::STANDARD
            .decode(b64)
            .ok()
            .map(|bytes| (kind.to_string(), bytes)))
    }

    /// Sets (or with no bytes, removes) the logo: PNG or JPEG only (decided by its first
    /// bytes; no SVG, which can carry script), at most 200 kB (coordinators only).
    pub async fn set_logo(&self, who: &Principal, slug: &str, bytes: &[u8]) -> Result<()> {
        who.require(naast_core::Role::Coordinator)?;
        let t = self.tenant(who, slug).await?;
        let key = format!("logo:{}", t.id);
        let mut tx = self.db.begin().await?;
        if bytes.is_empty() {
            naast_store::settings::set(&mut *tx, &key, "").await?;
        } else {
            let kind = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
                "image/png"
            } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
                "image/jpeg"
            } else {
                return Err(AppError::field("logo", Msg::LogoType));
            };
            if bytes.len() > LOGO_MAX {
                return Err(AppError::field("logo", Msg::LogoType));
            }
            use base64::Engine as _;
            let v = format!(
                "{kind};{}",
                base64::engine::general_purpose::STANDARD.encode(bytes)
            );
            naast_store::settings::set(&mut *tx, &key, &v).await?;
        }
        self.audit_in(&mut tx, who, "tenant.logo", "tenant", &t.id.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }
}

/// The largest logo accepted.
pub const LOGO_MAX: usize = 200 * 1024;
