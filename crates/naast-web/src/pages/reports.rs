//! Reports in the back office: every version per period of a municipality, starting a period's
//! report, and one report rendered from its document beside the workflow (the narrative, review,
//! publication, the talk with the municipality, a correction). Also what the portal and the API
//! share: the report as HTML and its files (PDF, XLSX, CSV, a standalone HTML page).

use super::rerender;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::reports::{Narrative, ReportSummary, ReportView};
use naast_app::tenants::Tenant;
use naast_app::{AppError, Principal};
use naast_core::{Lang, Role};

pub(crate) use super::report_shared::*;

#[derive(Template)]
#[template(path = "reports/list.html")]
struct ListPage {
    page: Page,
    tenants: Vec<Tenant>,
    tenant: String,
    tenant_name: String,
    reports: Vec<ReportSummary>,
    /// Periods over without a report: `(code, words)`.
    open: Vec<(String, String)>,
    period: String,
    /// Closed periods to choose from: `(code, words)`, newest first.
    choices: Vec<(String, String)>,
}

impl ListPage {
    /// The period chosen in the list (then the typed field stays empty).
    fn chosen(&self) -> Option<&str> {
        let p = self.period.trim();
        self.choices
            .iter()
            .find(|(c, _)| c == p)
            .map(|(c, _)| c.as_str())
    }

    fn status(&self, s: &str) -> &'static str {
        status_label(s, self.page.lang)
    }

    fn period_words(&self, r: &ReportSummary) -> String {
        period_words(r.year, r.quarter, self.page.lang)
    }

    fn published(&self, r: &ReportSummary) -> String {
        ts_words(&r.published_at)
    }

    fn discussed(&self, r: &ReportSummary) -> String {
        r.discussed_on.as_deref().map(day_words).unwrap_or_default()
    }

    /// `vervangt versie 1 van …` for a correction, else nothing.
    fn replaces(&self, r: &ReportSummary) -> String {
        r.replaces
            .as_ref()
            .map(|o| replaces_words(o, self.page.lang))
            .unwrap_or_default()
    }

    /// The first row of a period (versions of one period share a period cell).
    fn first_of_period(&self, i: &usize) -> bool {
        let i = *i;
        i == 0
            || self.reports.get(i - 1).map(|p| (p.year, p.quarter))
                != self.reports.get(i).map(|r| (r.year, r.quarter))
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    tenant: String,
    /// A period to start, chosen already (from the overview of every municipality).
    period: String,
}

/// The closed periods a tenant can start a report for, in words (`2026-Q3 — 2026 kwartaal 3`),
/// with a mark where a report exists.
fn period_choices(t: &Tenant, reports: &[ReportSummary], lang: Lang) -> Vec<(String, String)> {
    super::report_status::recent_periods(t.quarterly_reports, true)
        .into_iter()
        .map(|(y, q)| {
            let code = naast_report::period_label(y, q);
            let words = period_words(i64::from(y), i64::from(q), lang);
            let started = reports
                .iter()
                .any(|r| r.year == i64::from(y) && r.quarter == i64::from(q));
            let mark = if started {
                lang.pick(" (al gestart: openen)", " (started: open)")
            } else {
                ""
            };
            (code, format!("{words}{mark}"))
        })
        .collect()
}

/// Periods over that have no report yet: the quarters (when the tenant reports quarterly) and
/// years of this year and the year before, newest first.
fn open_periods(t: &Tenant, reports: &[ReportSummary]) -> Vec<String> {
    let today = naast_app::clock::today();
    let this = i32::from(today.year());
    let mut out = Vec::new();
    for year in (this - 1..=this).rev() {
        let quarters: &[u8] = if t.quarterly_reports {
            &[0, 4, 3, 2, 1]
        } else {
            &[0]
        };
        for &q in quarters {
            let (_, last) = naast_report::period_days(year, q);
            let started = reports
                .iter()
                .any(|r| r.year == i64::from(year) && r.quarter == i64::from(q));
            if today.to_string() > last && !started {
                out.push(naast_report::period_label(year, q));
            }
        }
    }
    out
}

/// Confidants and coordinators; a municipality is sent to its portal.
fn staff_only(ctx: &Ctx, portal: &str) -> Result<Principal, WebError> {
    let who = ctx.staff()?;
    if who.is(Role::Municipality) {
        return Err(WebError::Redirect(portal.to_string()));
    }
    Ok(who.clone())
}

async fn show_list(
    ctx: &Ctx,
    slug: &str,
    period: String,
    error: Option<&AppError>,
) -> Result<Response, WebError> {
    let who = staff_only(ctx, "/portal")?;
    let tenants = ctx.app.list_tenants(&who).await.lang(ctx.lang)?;
    let Some(t) = (if slug.is_empty() {
        tenants.first()
    } else {
        tenants.iter().find(|t| t.slug == slug)
    })
    .cloned() else {
        if tenants.is_empty() {
            let page = Page::new(ctx, "Rapportages", "Reports");
            return Ok(render(&ListPage {
                page,
                tenants,
                tenant: String::new(),
                tenant_name: String::new(),
                reports: Vec::new(),
                open: Vec::new(),
                period,
                choices: Vec::new(),
            }));
        }
        return Err(WebError::App(AppError::NotFound, ctx.lang));
    };
    let mut reports = ctx.app.reports(&who, &t.slug).await.lang(ctx.lang)?;
    // Newest period first (a year after its fourth quarter), each period's versions newest first.
    reports.sort_by_key(|r| {
        std::cmp::Reverse((
            r.year,
            if r.quarter == 0 { 5 } else { r.quarter },
            r.version,
        ))
    });
    let open = open_periods(&t, &reports)
        .into_iter()
        .filter_map(|code| {
            let (y, q) = naast_report::parse_period(&code)?;
            Some((code, period_words(i64::from(y), i64::from(q), ctx.lang)))
        })
        .collect();
    let choices = period_choices(&t, &reports, ctx.lang);
    let mut page = Page::new(ctx, "Rapportages", "Reports");
    page.title = format!("{} {}", page.title, t.name);
    if let Some(e) = error {
        page = page.with_error(e);
    }
    let view = ListPage {
        page,
        tenant: t.slug.clone(),
        tenant_name: t.name.clone(),
        tenants,
        reports,
        open,
        period,
        choices,
    };
    Ok(match error {
        Some(e) => rerender(e, &view),
        None => render(&view),
    })
}

pub async fn list(ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response, WebError> {
    show_list(&ctx, &q.tenant, q.period, None).await
}

/// Starts the report of a period (or opens the draft that exists).
pub async fn start(form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = staff_only(ctx, "/portal")?;
    let slug = form.get("tenant");
    // A period typed wins over the one chosen in the list (the typed field is the contract).
    let typed = form.get("period");
    let period = if typed.trim().is_empty() {
        form.get("period_choice")
    } else {
        typed
    };
    match ctx.app.start_report(&who, &slug, &period).await {
        Ok(id) => Ok(Redirect::to(&format!("/admin/reports/{id}")).into_response()),
        Err(e @ AppError::Invalid(_)) => show_list(ctx, &slug, period, Some(&e)).await,
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

// ---- One report with its workflow ------------------------------------------------------------

/// The narrative as typed.
#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub(crate) struct TextForm {
    pub themes: String,
    pub stories: String,
    pub recommendations: String,
    pub follow_up: String,
    pub correction: String,
    pub updated_at: i64,
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub(crate) struct DiscussedForm {
    pub discussed_on: String,
    pub agreed: String,
}

#[derive(Template)]
#[template(path = "reports/report.html")]
struct ReportPage {
    page: Page,
    v: ReportView,
    doc: DocHtml,
    findings: Vec<FindingText>,
    /// The audit gate refuses: what hiding more in this period would hide, in words.
    fix: Option<Vec<FixText>>,
    text: TextForm,
    discussed: DiscussedForm,
    /// The other save that a stale save ran into is shown in the report.
    stale: bool,
    state: ReportState,
    /// Whether the one reading may publish it: a second person, alone (a one-person
    /// practice), or not at all.
    four_eyes: naast_app::reports::FourEyes,
    /// Active coordinators who can be the second person: `(user id, name)`.
    reviewers: Vec<(i64, String)>,
    /// The reader's user id (to mark themselves among the reviewers).
    me: Option<i64>,
}

impl ReportPage {
    /// The reviewers' names, the reader's own as "u".
    fn reviewer_names(&self) -> String {
        self.reviewers
            .iter()
            .map(|(id, name)| {
                if Some(*id) == self.me {
                    format!("{name} ({})", self.page.t("u", "you"))
                } else {
                    name.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Something typed in the narrative form was refused.
    fn text_errors(&self) -> bool {
        [
            "themes",
            "stories",
            "recommendations",
            "follow_up", // not a state: a narrative field
            "correction",
        ]
        .iter()
        .any(|f| self.page.err(f).is_some())
    }

    /// The narrative (or a correction's note) has text that was not checked for personal data
    /// since it last changed.
    fn needs_check(&self) -> bool {
        let nothing_to_check = self.v.narrative.is_empty() && self.v.correction.trim().is_empty();
        !self.v.narrative.checked && !nothing_to_check
    }

    /// The reader wrote, last changed or submitted it: a second person must publish it.
    fn not_you(&self) -> bool {
        self.four_eyes == naast_app::reports::FourEyes::NotYou
    }

    /// A one-person practice: the reader publishes without a second check.
    fn alone(&self) -> bool {
        self.four_eyes == naast_app::reports::FourEyes::Alone
    }
}

/// What a page shows of a report: the view, its document, and the tenant's logo.
pub(crate) async fn view_and_doc(
    ctx: &Ctx,
    who: &Principal,
    id: i64,
) -> Result<(ReportView, DocHtml), WebError> {
    let v = ctx.app.report(who, id).await.lang(ctx.lang)?;
    // The logo through the tenant's public logo route.
    let logo = crate::files::logo(&ctx.app, &v.tenant)
        .await
        .lang(ctx.lang)?
        .map(|_| format!("/{}/logo", v.tenant));
    let html = DocHtml::new(&v.doc(ctx.lang), logo);
    Ok((v, html))
}

async fn show_report(
    ctx: &Ctx,
    id: i64,
    text: Option<TextForm>,
    discussed: Option<DiscussedForm>,
    error: Option<&AppError>,
    notice: Option<&str>,
) -> Result<Response, WebError> {
    let who = staff_only(ctx, &format!("/portal/reports/{id}"))?;
    let (v, doc) = view_and_doc(ctx, &who, id).await?;
    let mut page = Page::new(ctx, "Rapportage", "Report");
    page.title = format!("{} — {}", doc.title, v.tenant_name);
    if let Some(e) = error {
        page = page.with_error(e);
    }
    if let Some(n) = notice {
        page = page.with_notice(n);
    }
    let stale = matches!(error, Some(AppError::Conflict(_)));
    let text = match text {
        // After a stale save: what was typed, to be saved over the other save deliberately.
        Some(t) => TextForm {
            updated_at: v.updated_at,
            ..t
        },
        None => TextForm {
            themes: v.narrative.themes.clone(),
            stories: v.narrative.stories.clone(),
            recommendations: v.narrative.recommendations.clone(),
            follow_up: v.narrative.follow_up.clone(),
            // A published version's own note is not the next correction's.
            correction: if v.concept {
                v.correction.clone()
            } else {
                String::new()
            },
            updated_at: v.updated_at,
        },
    };
    let discussed = discussed.unwrap_or_else(|| DiscussedForm {
        discussed_on: v.discussed_on.clone().unwrap_or_default(),
        agreed: v.agreed.clone(),
    });
    let findings = v
        .findings
        .iter()
        .map(|f| finding_text(f, ctx.lang, &v.providers))
        .collect();
    let fix = v
        .fix
        .as_ref()
        .map(|extra| extra.iter().map(|e| fix_text(e, ctx.lang)).collect());
    let four_eyes = ctx.app.four_eyes(&who, &v.authors);
    let reviewers = ctx
        .app
        .second_coordinators(&who, &v.authors)
        .await
        .lang(ctx.lang)?;
    let view = ReportPage {
        four_eyes,
        reviewers,
        me: who.user_id,
        fix,
        state: ReportState::of(&v, ctx.lang, "/admin/reports"),
        page,
        v,
        doc,
        findings,
        text,
        discussed,
        stale,
    };
    Ok(match error {
        Some(e) => rerender(e, &view),
        None => render(&view),
    })
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct Done {
    klaar: String,
    /// Back from the check for personal data.
    checked: Option<String>,
}

fn done_notice(code: &str, lang: Lang) -> Option<&'static str> {
    Some(match code {
        "opgeslagen" => lang.pick("De tekst is opgeslagen.", "The text was saved."),
        "aangeboden" => lang.pick(
            "De rapportage is ter beoordeling aangeboden.",
            "The report was submitted for review.",
        ),
        "teruggezet" => lang.pick(
            "De rapportage is terug naar concept.",
            "The report is back to draft.",
        ),
        "gepubliceerd" => lang.pick(
            "De rapportage is gepubliceerd. De gemeente kan haar nu lezen.",
            "The report is published. The municipality can read it now.",
        ),
        "besproken" => lang.pick(
            "Vastgelegd dat de rapportage met de gemeente is besproken.",
            "Recorded that the report was discussed with the municipality.",
        ),
        "verborgen" => lang.pick(
            "De extra cijfers zijn verborgen. Lees de rapportage na; daarna kunt u haar publiceren.",
            "The extra numbers are hidden. Read the report through; then you can publish it.",
        ),
        "correctie" => lang.pick(
            "Een nieuwe versie is gemaakt, met uw uitleg bovenaan. Pas de tekst aan, controleer hem op persoonsgegevens en bied de versie aan. Een tweede persoon publiceert haar.",
            "A new version was made, with your note at the top. Change the text, check it for personal data and submit the version. A second person publishes it.",
        ),
        _ => return None,
    })
}

pub async fn show(
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<Done>,
) -> Result<Response, WebError> {
    let notice = match q.checked {
        Some(_) => Some(ctx.lang.pick(
            "De tekst is gecontroleerd op persoonsgegevens.",
            "The text was checked for personal data.",
        )),
        None => done_notice(&q.klaar, ctx.lang),
    };
    show_report(&ctx, id, None, None, None, notice).await
}

fn back(id: i64, done: &str) -> Response {
    Redirect::to(&format!("/admin/reports/{id}?klaar={done}")).into_response()
}

pub async fn save_text(Path(id): Path<i64>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = staff_only(ctx, &format!("/portal/reports/{id}"))?;
    let mut typed: TextForm = form.fields_but(&["updated_at"])?;
    typed.updated_at = form.get("updated_at").trim().parse().unwrap_or(0);
    let narrative = Narrative {
        themes: typed.themes.clone(),
        stories: typed.stories.clone(),
        recommendations: typed.recommendations.clone(),
        follow_up: typed.follow_up.clone(),
        // Worked out by the use case: checked text stays checked while it is unchanged.
        checked: false,
    };
    match ctx
        .app
        .save_report_text(&who, id, &narrative, &typed.correction, typed.updated_at)
        .await
    {
        Ok(()) => Ok(back(id, "opgeslagen")),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            show_report(ctx, id, Some(typed), None, Some(&e), None).await
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

/// A step of the workflow without fields: submit, reject, publish. A refusal (the period is not
/// over, the audit gate finds cells) shows the report again with the reason.
pub async fn step(
    Path((id, action)): Path<(i64, String)>,
    form: Form,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = staff_only(ctx, &format!("/portal/reports/{id}"))?;
    let (result, done) = match action.as_str() {
        "submit" => (ctx.app.submit_report(&who, id).await, "aangeboden"),
        "reject" => (ctx.app.reject_report(&who, id).await, "teruggezet"),
        "publish" => {
            // The version read: a report changed since is not published.
            let read: Option<i64> = form.get("updated_at").trim().parse().ok();
            // The button on the report asks first (a page, not a script); the one who may
            // not publish it gets the reason at once.
            let may = ctx.app.four_eyes(
                &who,
                &ctx.app.report(&who, id).await.lang(ctx.lang)?.authors,
            ) != naast_app::reports::FourEyes::NotYou;
            if may && form.get("confirmed") != "yes" {
                return super::report_publish::confirm(ctx, &who, id, read).await;
            }
            (ctx.app.publish_report(&who, id, read).await, "gepubliceerd")
        }
        "protect" => {
            let read: i64 = form.get("updated_at").trim().parse().unwrap_or(0);
            (
                ctx.app.protect_report_more(&who, id, read).await,
                "verborgen",
            )
        }
        "correct" => {
            let note = form.get("correction");
            return match ctx.app.correct_report(&who, id, &note).await {
                Ok(new) => Ok(back(new, "correctie")),
                Err(e @ AppError::Invalid(_)) => {
                    // What was typed stays in the form, with the reason beside it.
                    let typed = TextForm {
                        correction: note,
                        ..TextForm::default()
                    };
                    show_report(ctx, id, Some(typed), None, Some(&e), None).await
                }
                Err(e) => Err(WebError::App(e, ctx.lang)),
            };
        }
        _ => return Err(WebError::App(AppError::NotFound, ctx.lang)),
    };
    match result {
        Ok(()) => Ok(back(id, done)),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            show_report(ctx, id, None, None, Some(&e), None).await
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

pub async fn discussed(Path(id): Path<i64>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = staff_only(ctx, &format!("/portal/reports/{id}"))?;
    let typed: DiscussedForm = form.fields()?;
    match ctx
        .app
        .report_discussed(&who, id, &typed.discussed_on, &typed.agreed)
        .await
    {
        Ok(()) => Ok(back(id, "besproken")),
        Err(e @ AppError::Invalid(_)) => {
            show_report(ctx, id, None, Some(typed), Some(&e), None).await
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

/// `/admin/reports/{id}/{file}`: `report.pdf`, `report.xlsx`, `report.csv`, `report.html`.
pub async fn download(
    ctx: Ctx,
    Path((id, file)): Path<(i64, String)>,
) -> Result<Response, WebError> {
    let who = staff_only(&ctx, &format!("/portal/reports/{id}"))?;
    report_file(&ctx.app, &who, id, &file, ctx.lang)
        .await
        .lang(ctx.lang)
}

#[cfg(test)]
#[path = "reports_tests.rs"]
mod tests;
