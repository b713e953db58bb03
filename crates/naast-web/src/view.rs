//! What every page shares: the layout's data ([`Page`]) and rendering.

use crate::ctx::Ctx;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use naast_app::AppError;
use naast_core::{Lang, Role};

mod field_names;
mod timeline;

pub struct Page {
    pub lang: Lang,
    pub title: String,
    pub demo: bool,
    pub user: Option<(String, Role)>,
    pub csrf: String,
    pub path: String,
    pub errors: Vec<(Option<&'static str>, String)>,
    pub notice: Option<String>,
    /// The number beside "Mijn werk" in the menu.
    pub work_count: i64,
    /// Fields this form labels otherwise than elsewhere: `(field, nl, en)` (see [`Page::naming`]).
    pub field_names: Vec<(&'static str, &'static str, &'static str)>,
}

impl Page {
    pub fn new(ctx: &Ctx, title_nl: &str, title_en: &str) -> Page {
        Page {
            lang: ctx.lang,
            title: ctx.lang.pick(title_nl, title_en).to_string(),
            demo: ctx.app.is_demo(),
            user: ctx
                .session
                .as_ref()
                .filter(|s| s.stage == naast_app::auth::Stage::Full)
                .map(|s| {
                    let p = &s.principal;
                    (
                        if p.display_name.is_empty() {
                            p.email.clone()
                        } else {
                            p.display_name.clone()
                        },
                        p.role,
                    )
                }),
            csrf: ctx.csrf.clone(),
            path: ctx.path.clone(),
            errors: Vec::new(),
            notice: None,
            work_count: ctx.work_count,
            field_names: Vec::new(),
        }
    }

    /// A page without session, title or messages (error pages, tests).
    pub fn bare(lang: Lang) -> Page {
        Page {
            lang,
            title: String::new(),
            demo: false,
            user: None,
            csrf: String::new(),
            path: String::new(),
            errors: Vec::new(),
            notice: None,
            work_count: 0,
            field_names: Vec::new(),
        }
    }

    pub fn with_error(mut self, e: &AppError) -> Page {
        self.errors = crate::error::messages(e, self.lang);
        self
    }

    /// Names `field` in the error summary as this form labels it (`nl`, `en`), where the same
    /// field is labelled otherwise on another form.
    pub fn naming(mut self, field: &'static str, nl: &'static str, en: &'static str) -> Page {
        self.field_names.push((field, nl, en));
        self
    }

    pub fn with_notice(mut self, n: impl Into<String>) -> Page {
        self.notice = Some(n.into());
        self
    }

    /// Dutch or English.
    pub fn t<'a>(&self, nl: &'a str, en: &'a str) -> &'a str {
        self.lang.pick(nl, en)
    }

    /// The error message for a form field.
    pub fn err(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| *f == Some(field))
            .map(|(_, m)| m.as_str())
    }

    /// Every message, for the summary at the top of a form.
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    pub fn is_coordinator(&self) -> bool {
        matches!(self.user, Some((_, Role::Coordinator)))
    }

    pub fn other_lang(&self) -> (&'static str, &'static str) {
        match self.lang {
            Lang::Nl => ("en", "English"),
            Lang::En => ("nl", "Nederlands"),
        }
    }

    pub fn role_label(&self, role: &Role) -> &'static str {
        role.label(self.lang)
    }

    pub fn area_label<'a>(&self, code: &'a str) -> &'a str {
        naast_core::vocab::area_label(code, self.lang)
    }

    pub fn date(&self, ts: &i64) -> String {
        fmt_time(*ts)
    }

    /// The label of a vocabulary code.
    pub fn label<'a>(&self, list: naast_core::vocab::List, code: &'a str) -> &'a str {
        naast_core::vocab::label(list, code, self.lang)
    }

    /// What a drafted letter still misses, in the reader's language.
    pub fn letter_warning(&self, w: &naast_core::case::LetterWarning) -> &'static str {
        w.text(self.lang)
    }

    /// Today as an ISO date, the default of a date field.
    pub fn today(&self) -> String {
        naast_app::clock::today().to_string()
    }

    /// An ISO date as Dutch people read it (`23-11-2026`).
    pub fn day(&self, iso: &str) -> String {
        match iso.parse::<jiff::civil::Date>() {
            Ok(d) => d.strftime("%d-%m-%Y").to_string(),
            Err(_) => iso.to_string(),
        }
    }

    /// A count as people read it: thousands grouped (Dutch `1.234`, English `1,234`). For
    /// screens and PDFs only; CSV, XLSX and JSON keep plain numbers.
    pub fn num<N: Whole>(&self, n: N) -> String {
        group_digits(n.whole(), self.lang)
    }

    /// The singular or the plural by `n`: `page.count(n, "kwestie", "kwesties", "case",
    /// "cases")` gives "1 kwestie", "1.234 kwesties".
    pub fn count<N: Whole>(
        &self,
        n: N,
        one_nl: &str,
        many_nl: &str,
        one_en: &str,
        many_en: &str,
    ) -> String {
        let n = n.whole();
        let word = match (self.lang, n == 1) {
            (Lang::Nl, true) => one_nl,
            (Lang::Nl, false) => many_nl,
            (Lang::En, true) => one_en,
            (Lang::En, false) => many_en,
        };
        format!("{} {word}", group_digits(n, self.lang))
    }

    pub fn is_caseworker(&self) -> bool {
        matches!(self.user, Some((_, Role::Coordinator | Role::Confidant)))
    }

    pub fn entry_label(&self, kind: &str) -> &'static str {
        let lang = self.lang;
        match kind {
            "contact" => lang.pick("Contactmoment", "Contact moment"),
            "note" => lang.pick("Notitie", "Note"),
            "status" => lang.pick("Status gewijzigd", "Status changed"),
            "closed" => lang.pick("Afgesloten", "Closed"), // not a state: the entry kind
            "reopened" => lang.pick("Heropend", "Reopened"),
            "mediation" => lang.pick("Bemiddeling", "Mediation"),
            "letter" => lang.pick("Brief", "Letter"),
            "attachment" => lang.pick("Bijlage", "Attachment"),
            "message_out" => lang.pick("Bericht aan de inwoner", "Message to the citizen"),
            "message_in" => lang.pick("Bericht van de inwoner", "Message from the citizen"),
            "clarified" => lang.pick("Vraagverheldering opgeslagen", "Clarified question saved"),
            "tasks_done" => lang.pick("Taken afgerond", "Tasks done"),
            "planned" => lang.pick("Afspraak gepland", "Appointment planned"),
            "handover" => lang.pick("Overgedragen aan collega", "Handed to a colleague"),
            "status_link_mailed" => lang.pick("Statuslink gemaild", "Status link e-mailed"),
            "status_link_slip" => lang.pick(
                "Briefje met statuslink meegegeven",
                "Slip with status link given",
            ),
            "unassigned" => lang.pick(
                "Niet meer toegewezen: vertrouwenspersoon uitgeschakeld",
                "No longer assigned: confidant disabled",
            ),
            _ => lang.pick("Gebeurtenis", "Event"),
        }
    }
}

impl Page {
    /// Labels of the fields of structured timeline entries.
    pub fn field_label(&self, code: &str) -> &'static str {
        let lang = self.lang;
        match code {
            "parties" => lang.pick("Partijen", "Parties"),
            "meeting_on" => lang.pick("Gesprek op", "Meeting on"),
            "agreements" => lang.pick("Afspraken", "Agreements"),
            "follow_up_on" => lang.pick("Vervolg op", "Follow-up on"),
            "result" => lang.pick("Resultaat", "Result"),
            "direction" => lang.pick("Richting", "Direction"),
            "correspondent" => lang.pick("Van of aan", "From or to"),
            "subject" => lang.pick("Onderwerp", "Subject"),
            "summary" => lang.pick("Samenvatting", "Summary"),
            "procedure_kind" => lang.pick("Soort", "Kind"),
            "filed_on" => lang.pick("Ingediend of ontvangen op", "Filed or received on"),
            "handed_from" => lang.pick("Van", "From"),
            "handed_to" => lang.pick("Aan", "To"),
            _ => "",
        }
    }

    pub fn field_value<'a>(&self, code: &str, value: &'a str) -> std::borrow::Cow<'a, str> {
        match (code, value) {
            // not a state: a letter's direction
            ("direction", "sent") => self.lang.pick("uitgaand", "outgoing").into(),
            ("direction", "received") => self.lang.pick("inkomend", "incoming").into(),
            ("meeting_on" | "follow_up_on" | "filed_on", d) => self.day(d).into(),
            ("procedure_kind", k) => {
                naast_core::vocab::label(naast_core::procedure::KINDS, k, self.lang).into()
            }
            (_, v) => v.into(),
        }
    }

    /// Days left in plain words: "nog 3 dagen", "vandaag", "2 dagen te laat".
    /// The name of an organisation code among `(code, name)` pairs.
    pub fn org_label(&self, orgs: &[(String, String)], code: &str) -> String {
        orgs.iter()
            .find(|(c, _)| c == code)
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| code.to_string())
    }

    pub fn days_left(&self, n: &i64) -> String {
        let n = *n;
        match (self.lang, n) {
            (naast_core::Lang::Nl, 0) => "vandaag".into(),
            (naast_core::Lang::Nl, 1) => "morgen".into(),
            (naast_core::Lang::Nl, -1) => "1 dag te laat".into(),
            (naast_core::Lang::Nl, n) if n < 0 => format!("{} dagen te laat", -n),
            (naast_core::Lang::Nl, n) => format!("nog {n} dagen"),
            (naast_core::Lang::En, 0) => "today".into(),
            (naast_core::Lang::En, 1) => "tomorrow".into(),
            (naast_core::Lang::En, -1) => "1 day late".into(),
            (naast_core::Lang::En, n) if n < 0 => format!("{} days late", -n),
            (naast_core::Lang::En, n) => format!("{n} days left"),
        }
    }

    /// A file size people read: `120 kB`, `2,4 MB`.
    pub fn size(&self, bytes: &i64) -> String {
        let b = *bytes as f64;
        if b < 1024.0 * 1024.0 {
            format!("{} kB", (b / 1024.0).ceil() as i64)
        } else {
            let mb = format!("{:.1}", b / (1024.0 * 1024.0));
            if self.lang == naast_core::Lang::Nl {
                format!("{} MB", mb.replace('.', ","))
            } else {
                format!("{mb} MB")
            }
        }
    }
}

/// The vocabularies, for forms and labels in templates.
pub struct Vocab {
    pub areas: naast_core::vocab::List,
    pub natures: naast_core::vocab::List,
    pub channels: naast_core::vocab::List,
    pub activities: naast_core::vocab::List,
    pub outcomes: naast_core::vocab::List,
    pub external_outcomes: naast_core::vocab::List,
    pub statuses: naast_core::vocab::List,
    pub options: naast_core::vocab::List,
    pub decision_kinds: naast_core::vocab::List,
    pub found_via: naast_core::vocab::List,
    pub preferences: naast_core::vocab::List,
    pub party_roles: naast_core::vocab::List,
    pub procedure_kinds: naast_core::vocab::List,
    pub letter_kinds: naast_core::vocab::List,
    pub consent_scopes: naast_core::vocab::List,
    pub consent_how: naast_core::vocab::List,
}

pub const VOCAB: Vocab = Vocab {
    areas: &naast_core::vocab::AREAS,
    natures: naast_core::vocab::NATURES,
    channels: naast_core::vocab::CHANNELS,
    activities: naast_core::vocab::ACTIVITIES,
    outcomes: naast_core::vocab::OUTCOMES,
    external_outcomes: naast_core::vocab::EXTERNAL_OUTCOMES,
    statuses: naast_core::vocab::STATUSES,
    options: naast_core::vocab::OPTIONS,
    decision_kinds: naast_core::vocab::DECISION_KINDS,
    found_via: naast_core::vocab::FOUND_VIA,
    preferences: naast_core::case::CONTACT_PREFERENCES,
    party_roles: naast_core::vocab::PARTY_ROLES,
    procedure_kinds: naast_core::procedure::KINDS,
    letter_kinds: naast_core::procedure::LETTER_KINDS,
    consent_scopes: naast_core::consent::SCOPES,
    consent_how: naast_core::consent::HOW,
};

/// A timestamp (seconds since the epoch) as Dutch staff read it: `23-11-2026 20:00`, in
/// Europe/Amsterdam time.
/// A whole number of any width, for [`Page::num`] (templates pass values and references).
pub trait Whole {
    fn whole(&self) -> i128;
}

macro_rules! whole {
    ($($t:ty),*) => {$(
        impl Whole for $t {
            fn whole(&self) -> i128 {
                i128::from(*self)
            }
        }
    )*};
}
whole!(i32, i64, u32, u64);

impl Whole for usize {
    fn whole(&self) -> i128 {
        i128::try_from(*self).unwrap_or(i128::MAX)
    }
}

impl<T: Whole + ?Sized> Whole for &T {
    fn whole(&self) -> i128 {
        (**self).whole()
    }
}

/// Groups the digits of `n` by three with the language's thousands separator.
pub fn group_digits(n: i128, lang: Lang) -> String {
    lang.num(n)
}

pub fn fmt_time(ts: i64) -> String {
    let tz = jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap_or(jiff::tz::TimeZone::UTC);
    match jiff::Timestamp::from_second(ts) {
        Ok(t) => t.to_zoned(tz).strftime("%d-%m-%Y %H:%M").to_string(),
        Err(_) => String::from("—"),
    }
}

pub fn render<T: Template>(t: &T) -> Response {
    render_status(StatusCode::OK, t)
}

pub fn render_status<T: Template>(status: StatusCode, t: &T) -> Response {
    match t.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "Internal error").into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Page,
    message: String,
    /// The request's id (`x-request-id`), to quote when asking the administrator.
    request_id: Option<String>,
}

/// A plain error page (no session details, no internals).
pub fn error_page(status: StatusCode, lang: Lang, message: &str) -> Response {
    let mut page = Page::bare(lang);
    page.title = lang
        .pick("Er ging iets mis", "Something went wrong")
        .to_string();
    render_status(
        status,
        &ErrorPage {
            page,
            message: message.to_string(),
            request_id: crate::observe::request_id(),
        },
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn timestamps_show_in_amsterdam_time() {
        assert_eq!(super::fmt_time(0), "01-01-1970 01:00");
        // 21:00 UTC in November is 22:00 in Amsterdam (CET); in July (CEST) two hours ahead.
        assert_eq!(super::fmt_time(1_795_467_600), "23-11-2026 22:00");
        assert_eq!(super::fmt_time(1_783_000_800), "02-07-2026 16:00");
    }

    #[test]
    fn numbers_group_thousands_in_the_readers_language() {
        use naast_core::Lang;
        let g = super::group_digits;
        assert_eq!(g(0, Lang::Nl), "0");
        assert_eq!(g(999, Lang::Nl), "999");
        assert_eq!(g(1234, Lang::Nl), "1.234");
        assert_eq!(g(1234, Lang::En), "1,234");
        assert_eq!(g(1_234_567, Lang::Nl), "1.234.567");
        assert_eq!(g(-12_345, Lang::En), "-12,345");
        assert_eq!(g(100_000, Lang::Nl), "100.000");
    }
}
