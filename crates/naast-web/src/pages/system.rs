//! The overview, the outbox and the audit log.

use super::rerender;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::view::{Page, render};
use askama::Template;
use axum::extract::Query;
use axum::response::Response;
use naast_app::AppError;
use naast_app::mail::Mail;
use naast_app::system::{AuditLine, AuditPage, AuditQuery, JobRow, Verdict};
use naast_app::tenants::Tenant;
use naast_core::Role;

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct Dashboard {
    page: Page,
    name: String,
    tenants: Vec<Tenant>,
    /// A coordinator's: what needs them, each with the screen that handles it.
    overview: Option<naast_app::overview::Overview>,
}

impl Dashboard {
    fn workload_hint(&self) -> &'static str {
        super::workload::hint(self.page.lang)
    }

    /// "4e kwartaal 2024", never the code.
    fn period_words(&self, r: &naast_app::overview::WaitingReport) -> String {
        super::report_shared::period_words(r.year, r.quarter, self.page.lang)
    }
}

pub async fn dashboard(ctx: Ctx) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
    let name = who.shown_name().to_string();
    let overview = if who.is(Role::Coordinator) {
        Some(ctx.app.coordinator_overview(who).await.lang(ctx.lang)?)
    } else {
        None
    };
    Ok(render(&Dashboard {
        page: Page::new(&ctx, "Overzicht", "Overview"),
        name,
        tenants,
        overview,
    }))
}

#[derive(Template)]
#[template(path = "admin/outbox.html")]
struct Outbox {
    page: Page,
    mails: Vec<Mail>,
    smtp: bool,
}

pub async fn outbox(ctx: Ctx) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let mails = ctx.app.outbox(who).await.lang(ctx.lang)?;
    let smtp = ctx.app.settings.smtp_url.is_some();
    Ok(render(&Outbox {
        page: Page::new(&ctx, "Uitgaande e-mail", "Outbox"),
        mails,
        smtp,
    }))
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct Audit {
    page: Page,
    q: AuditQuery,
    /// `None` after a bad filter (nothing is shown then, the filters stay as typed).
    log: Option<AuditPage>,
    users: Vec<(i64, String)>,
    verdict: String,
}

impl Audit {
    /// The words for an action code (the code itself only for one without words).
    fn action_words<'a>(&self, code: &'a str) -> &'a str {
        naast_core::audit_action::label(code, self.page.lang).unwrap_or(code)
    }

    /// Every action code with its words in the reader's language, sorted by the words.
    fn actions(&self) -> Vec<(&'static str, &'static str)> {
        let mut all: Vec<(&'static str, &'static str)> = naast_core::audit_action::ACTIONS
            .iter()
            .map(|(c, nl, en)| (*c, self.page.lang.pick(nl, en)))
            .collect();
        all.sort_by_key(|(_, w)| w.to_lowercase());
        all
    }

    /// Who acted, in words.
    fn who(&self, l: &AuditLine) -> String {
        let t = |nl, en| self.page.t(nl, en).to_string();
        match (l.entry.actor.as_str(), &l.actor_name) {
            ("token", Some(n)) => {
                format!(
                    "{n} ({})",
                    self.page.t("via een koppeling", "via API token")
                )
            }
            (_, Some(n)) => n.clone(),
            ("cli", _) => t("Beheerder (opdrachtregel)", "Operator (command line)"),
            ("system", _) => t("Naast zelf", "Naast itself"),
            ("citizen", _) => t("Inwoner", "Citizen"),
            ("provider", _) => t("Aanbieder", "Provider"),
            _ => t("Onbekend", "Unknown"),
        }
    }

    /// What was acted on, in words (a kwestie is linked separately).
    fn object(&self, l: &AuditLine) -> String {
        let e = &l.entry;
        let t = |nl, en| self.page.t(nl, en).to_string();
        if let Some(n) = l.object_user.as_ref().or(l.object_name.as_ref()) {
            return n.clone();
        }
        match e.object_kind.as_str() {
            "" => String::new(),
            "case" if e.object_id.contains(',') => self.page.count(
                e.object_id.split(',').count(),
                "kwestie",
                "kwesties",
                "case",
                "cases",
            ),
            "case" => t("Kwestie (niet meer te vinden)", "Case (no longer found)"),
            "user" => t("Gebruiker", "User"),
            "tenant" => t(
                "Gemeente (niet meer te vinden)",
                "Municipality (no longer found)",
            ),
            "register" => t("Register van procedures", "Procedures register"),
            "report" => format!("{} {}", t("Rapportage", "Report"), e.object_id),
            "signal" => format!("{} {}", t("Signaal", "Signal"), e.object_id),
            "token" => format!("{} {}", t("Koppelsleutel", "API token"), e.object_id),
            "person" => t("Inwoner", "Citizen"),
            "outreach" => t("Voorlichtingsactiviteit", "Outreach activity"),
            "attachment" => t("Bijlage", "Attachment"),
            _ => t("Overig", "Other"),
        }
    }

    /// When a line happened: its time, or for folded reads the span ("07-12-2026 14:02 –
    /// 14:30").
    fn when(&self, l: &AuditLine) -> String {
        let last = self.page.date(&l.entry.at);
        if l.repeats < 2 {
            return last;
        }
        let first = self.page.date(&l.earliest_at);
        let time = last.rsplit(' ').next().unwrap_or_default();
        if first == last {
            last
        } else if first.split(' ').next() == last.split(' ').next() {
            format!("{first} – {time}")
        } else {
            format!("{first} – {last}")
        }
    }

    /// Shortcuts for the period, with the other filters kept: `(Dutch, English, from, to)`.
    fn periods(&self) -> Vec<(&'static str, &'static str, String, String)> {
        let today = naast_app::clock::today();
        let back = |n: i64| {
            today
                .checked_sub(jiff::Span::new().days(n))
                .unwrap_or(today)
        };
        let monday = back(i64::from(today.weekday().to_monday_zero_offset()));
        let last_monday = monday
            .checked_sub(jiff::Span::new().days(7))
            .unwrap_or(monday);
        let last_sunday = monday.yesterday().unwrap_or(monday);
        let first_of_month = today.first_of_month();
        vec![
            ("Vandaag", "Today", today.to_string(), today.to_string()),
            (
                "Deze week",
                "This week",
                monday.to_string(),
                today.to_string(),
            ),
            (
                "Vorige week",
                "Last week",
                last_monday.to_string(),
                last_sunday.to_string(),
            ),
            (
                "Deze maand",
                "This month",
                first_of_month.to_string(),
                today.to_string(),
            ),
        ]
    }

    /// The URL of the log with the other filters and this period.
    fn period_url(&self, from: &str, to: &str) -> String {
        let q = &self.q;
        let mut s = form_urlencoded::Serializer::new(String::new());
        s.append_pair("kwestie", &q.kwestie)
            .append_pair("user", &q.user)
            .append_pair("action", &q.action)
            .append_pair("from", from)
            .append_pair("to", to);
        format!("/admin/audit?{}", s.finish())
    }

    /// Whether this period is the one filtered on (only the first of shortcuts that are the
    /// same, as "Vandaag" and "Deze week" on a Monday).
    fn is_period(&self, nl: &str) -> bool {
        self.periods()
            .into_iter()
            .find(|(_, _, f, t)| f == self.q.from.trim() && t == self.q.to.trim())
            .is_some_and(|(label, ..)| label == nl)
    }

    /// The log of one kwestie (its reference links here, not to the kwestie itself, whose
    /// opening would add a line of its own).
    fn kwestie_url(&self, reference: &str) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        s.append_pair("kwestie", reference);
        format!("/admin/audit?{}", s.finish())
    }

    /// The URL of another page with the same filters.
    fn page_url(&self, n: i64) -> String {
        let q = &self.q;
        let mut s = form_urlencoded::Serializer::new(String::new());
        s.append_pair("kwestie", &q.kwestie)
            .append_pair("user", &q.user)
            .append_pair("action", &q.action)
            .append_pair("from", &q.from)
            .append_pair("to", &q.to)
            .append_pair("page", &n.to_string());
        format!("/admin/audit?{}", s.finish())
    }
}

pub async fn audit(ctx: Ctx, Query(q): Query<AuditQuery>) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    who.require(Role::Coordinator).lang(ctx.lang)?;
    let mut page = Page::new(&ctx, "Logboek", "Audit log");
    let (log, error) = match ctx.app.audit_page(who, &q).await {
        Ok(log) => (Some(log), None),
        Err(e @ AppError::Invalid(_)) => (None, Some(e)),
        Err(e) => return Err(WebError::App(e, ctx.lang)),
    };
    let verdict = log.as_ref().map(|l| match &l.verdict {
        Verdict::Ok { entries, .. } => format!(
            "{} ({}).",
            ctx.lang.pick("De keten is intact", "The chain is intact"),
            page.count(*entries, "gebeurtenis", "gebeurtenissen", "event", "events"),
        ),
        Verdict::Broken { seq, .. } => format!(
            "{} {}.",
            ctx.lang.pick(
                "Let op: de keten is verbroken bij gebeurtenis",
                "Warning: the chain is broken at event"
            ),
            page.num(*seq)
        ),
    });
    let users = match &log {
        Some(l) => l.users.clone(),
        None => ctx
            .app
            .list_users(who)
            .await
            .lang(ctx.lang)?
            .into_iter()
            .map(|u| (u.id, u.shown_name().to_string()))
            .collect(),
    };
    if let Some(e) = &error {
        page = page.with_error(e);
    }
    let view = Audit {
        page,
        q,
        log,
        users,
        verdict: verdict.unwrap_or_default(),
    };
    Ok(match &error {
        Some(e) => rerender(e, &view),
        None => render(&view),
    })
}

#[derive(Template)]
#[template(path = "admin/jobs.html")]
struct Jobs {
    page: Page,
    jobs: Vec<JobRow>,
}

impl Jobs {
    /// A background job's kind in words (the code only for one without words).
    fn kind<'a>(&self, code: &'a str) -> &'a str {
        let t = |nl: &'static str, en: &'static str| self.page.t(nl, en);
        match code {
            "email.send" => t("E-mail versturen", "Send e-mail"),
            "outbox.purge" => t("Verstuurde e-mail opruimen", "Clear sent e-mail"),
            "sessions.purge" => t("Verlopen sessies opruimen", "Clear expired sessions"),
            "retention.run" => t("Bewaartermijnen toepassen", "Apply retention periods"),
            "audit.head" => t(
                "Stand van het logboek vastleggen",
                "Record the audit log's head",
            ),
            "signals.remind" => t("Herinneringen voor signalen", "Reminders for signals"),
            "intakes.notify" => t("Nieuwe aanmeldingen melden", "Announce new intakes"),
            "backup.run" => t("Reservekopie maken", "Make a backup"),
            other => other,
        }
    }

    /// A job's last error in words: the fault's code gets the reader's language, the rest
    /// (the mail server's reply number) stays.
    fn error(&self, text: &str) -> String {
        let (code, rest) = text.split_once(':').unwrap_or((text, ""));
        let t = |nl: &'static str, en: &'static str| self.page.t(nl, en).to_string();
        let number = rest
            .rsplit_once('(')
            .and_then(|(_, n)| n.strip_suffix(')'))
            .filter(|n| n.chars().all(|c| c.is_ascii_digit()))
            .map(|n| format!(" ({n})"))
            .unwrap_or_default();
        let words = match code.trim() {
            "smtp.rejected" => t(
                "De mailserver weigerde het bericht",
                "The mail server refused the message",
            ),
            "smtp.deferred" => t(
                "De mailserver vroeg het later opnieuw te proberen",
                "The mail server asked to try again later",
            ),
            "smtp.unreachable" => t(
                "De mailserver was niet bereikbaar",
                "The mail server could not be reached",
            ),
            "smtp.failed" => t(
                "Versturen via de mailserver mislukte",
                "Sending through the mail server failed",
            ),
            "smtp.config" => t(
                "De mailinstellingen kloppen niet; vraag de beheerder ze na te kijken",
                "The mail settings are not valid (NAAST_SMTP_URL, NAAST_MAIL_FROM)",
            ),
            "mail.recipient" => t(
                "Het adres van de ontvanger is ongeldig",
                "The recipient's address is not valid",
            ),
            "mail.build" => t(
                "Het bericht kon niet worden opgesteld",
                "The message could not be built",
            ),
            "db.constraint" => t(
                "De database weigerde de wijziging",
                "The database refused the change",
            ),
            "db.unavailable" => t(
                "De database was niet bereikbaar",
                "The database could not be reached",
            ),
            "backup.failed" => t(
                "De reservekopie mislukte; het logboek van de server zegt waarom",
                "The backup failed; the server's log says why",
            ),
            "data.unreadable" => t(
                "Versleutelde gegevens waren niet te lezen",
                "Sealed data could not be read",
            ),
            _ => return text.to_string(),
        };
        format!("{words}{number}")
    }
}

pub async fn jobs(ctx: Ctx) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let jobs = ctx.app.jobs_overview(who).await.lang(ctx.lang)?;
    Ok(render(&Jobs {
        page: Page::new(&ctx, "Achtergrondtaken", "Background jobs"),
        jobs,
    }))
}
