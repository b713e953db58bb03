//! Anonymized quarterly and annual reports: draft → review → published (frozen, versioned) →
//! discussed with the municipality.
//!
//! Who may: confidants (their tenants) draft and edit; coordinators review and publish, mark a
//! report discussed, and start a corrected version. Municipality users read the published
//! versions of their own tenant and nothing else — here, not only in the pages. Every
//! publication passes the audit gate first ([`naast_report::protect`]).

pub(crate) mod narrative;
mod narrative_review;
mod open;
mod prepare;
mod signal_records;
mod versions;
mod workflow;

pub use versions::{OtherVersion, ReportSummary};
use versions::{day_of, no_placeholders, replaced_by, replaces, summary, texts_checked};
pub use workflow::FourEyes;
use workflow::submit_from;

pub use crate::deid_review::{FieldReview, FindingRef, Segment};
pub use narrative_review::PrivacyReview;

pub use open::OpenReport;
pub use prepare::FrozenUnit;

use crate::{App, AppError, Principal, Result};
use naast_core::ReportStatus;
use naast_core::{Msg, Role};
use naast_report::audit::Finding;
use naast_report::content::Content;
pub use naast_report::content::Narrative;
use naast_report::release::Release;
use naast_store::reports::{self as store, ReportRow};
use naast_store::tenants::TenantRow;
use serde::Serialize;

/// The longest a narrative field may be.
pub const NARRATIVE_MAX: usize = 20_000;

fn check_narrative(n: &Narrative) -> Result<()> {
    {
        let mut c = naast_core::validation::Collector::default();
        for (field, v) in [
            ("themes", &n.themes),
            ("stories", &n.stories),
            ("recommendations", &n.recommendations),
            ("follow_up", &n.follow_up), // not a state: a narrative field
        ] {
            if let Err(e) = naast_core::validation::free_text(field, v, NARRATIVE_MAX, false) {
                c.push(e);
            }
        }
        c.finish().map_err(AppError::from)
    }
}

/// One version of a report with everything its pages, files and API show.
#[derive(Debug, Clone, Serialize)]
pub struct ReportView {
    pub id: i64,
    pub tenant: String,
    pub tenant_name: String,
    pub year: i64,
    pub quarter: i64,
    pub period: String,
    pub version: i64,
    pub status: String,
    /// Not (yet) published: shown with a CONCEPT mark.
    pub concept: bool,
    pub content: Content,
    pub narrative: Narrative,
    pub correction: String,
    pub discussed_on: Option<String>,
    pub agreed: String,
    /// What was agreed when the previous report was discussed: `(period, text)`.
    pub previous_agreed: Option<(String, String)>,
    /// Drafts only: what the audit gate still finds (empty: it would pass).
    pub findings: Vec<Finding>,
    /// Drafts only: kwesties registered after every quarter they belong to was published.
    pub late: u64,
    /// Drafts the audit gate refuses: what hiding more in this period would hide (tables and
    /// how many numbers), if that lets it pass; offered on the page as one step.
    pub fix: Option<Vec<naast_report::protect::Extra>>,
    /// A coordinator agreed to hide more in this period than the usual repair does.
    pub extra_protection: bool,
    /// Not published and its period not over: the first day it can be submitted (`dd-mm-yyyy`).
    pub submit_from: Option<String>,
    /// The same day, for the sentence that says it ([`ReportView::submit_from_text`]).
    #[serde(skip)]
    pub submit_day: Option<jiff::civil::Date>,
    pub updated_at: i64,
    pub published_at: Option<i64>,
    /// Provider codes → names, for the labels.
    pub providers: std::collections::BTreeMap<String, String>,
    /// The tenant's accent colour (its link colour), `#rrggbb`.
    pub colour: Option<String>,
    /// Published after a second person's check (`Some(true)`) or alone in a one-person
    /// practice (`Some(false)`); `None` while not published (or published before this was kept).
    pub second_check: Option<bool>,
    /// The published version this one replaces (a correction), if any.
    pub replaces: Option<OtherVersion>,
    /// The latest published version, when a later one replaced this one.
    pub replaced_by: Option<OtherVersion>,
    /// Who wrote, last changed and submitted it (none of them may publish it).
    #[serde(skip)]
    pub authors: [Option<i64>; 3],
}

impl ReportView {
    /// "U kunt deze rapportage indienen vanaf 1 april 2027.": the sentence a refused submit
    /// gives too, while the period is not over.
    pub fn submit_from_text(&self, lang: &naast_core::Lang) -> Option<String> {
        self.submit_day
            .map(|d| Msg::SubmitFrom(d.to_string()).text(*lang))
    }

    /// The report as a document, for the page, the PDF, the XLSX and the HTML file.
    pub fn doc(&self, lang: naast_core::Lang) -> naast_report::document::Doc {
        let published_on = day_of(self.published_at);
        let replaced_on = self.replaces.as_ref().and_then(OtherVersion::published_on);
        naast_report::document::document(&naast_report::document::DocInput {
            lang,
            tenant_name: &self.tenant_name,
            year: self.year as i32,
            quarter: self.quarter as u8,
            version: self.version,
            concept: self.concept,
            correction: &self.correction,
            published_on: published_on.as_deref(),
            discussed_on: self.discussed_on.as_deref(),
            agreed: &self.agreed,
            previous_agreed: self
                .previous_agreed
                .as_ref()
                .map(|(p, a)| (p.as_str(), a.as_str())),
            content: &self.content,
            narrative: &self.narrative,
            colour: self.colour.as_deref(),
            providers: &self.providers,
            replaces: self
                .replaces
                .as_ref()
                .map(|o| (o.version, replaced_on.as_deref().unwrap_or(""))),
            second_check: self.second_check,
        })
    }

    /// Every number of the report as CSV.
    pub fn csv(&self, lang: naast_core::Lang) -> Result<Vec<u8>> {
        naast_report::export::csv(&self.content, lang, &self.providers)
            .map_err(|e| AppError::Internal(format!("report csv: {e}")))
    }

    /// The report as an XLSX workbook.
    pub fn xlsx(&self, lang: naast_core::Lang) -> Result<Vec<u8>> {
        naast_report::export::xlsx(&self.doc(lang), &self.lines(lang))
            .map_err(|e| AppError::Internal(format!("report xlsx: {e}")))
    }
}

fn staff(who: &Principal) -> Result<()> {
    match who.role {
        Role::Confidant | Role::Coordinator => Ok(()),
        Role::Municipality => Err(AppError::Forbidden),
    }
}

/// A municipality user signed in (not a citizen at the public door).
fn municipality(who: &Principal) -> bool {
    who.role == Role::Municipality && who.signed_in()
}

fn is_published(status: &str) -> bool {
    ReportStatus::parse(status).is_some_and(ReportStatus::is_published)
}

impl App {
    async fn report_tenant(&self, who: &Principal, slug: &str) -> Result<TenantRow> {
        if !who.signed_in() {
            return Err(AppError::NotFound);
        }
        naast_store::tenants::by_slug(self.db.pool(), slug)
            .await?
            .filter(|t| who.may_see_tenant(t.id))
            .ok_or(AppError::NotFound)
    }

    async fn report_row(&self, who: &Principal, id: i64) -> Result<(TenantRow, ReportRow)> {
        if !who.signed_in() {
            return Err(AppError::NotFound);
        }
        let r = store::get(self.db.pool(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        let t = naast_store::tenants::by_id(self.db.pool(), r.tenant_id)
            .await?
            .filter(|t| who.may_see_tenant(t.id))
            .ok_or(AppError::NotFound)?;
        // A municipality never learns that a draft exists.
        if municipality(who) && !is_published(&r.status) {
            return Err(AppError::NotFound);
        }
        Ok((t, r))
    }

    /// The reports of a tenant: per period the latest published version (a replaced one stays
    /// reachable by its link) and, for staff, the version being prepared; for its
    /// municipality the published ones only.
    pub async fn reports(&self, who: &Principal, slug: &str) -> Result<Vec<ReportSummary>> {
        let t = self.report_tenant(who, slug).await?;
        let rows = store::list(self.db.pool(), t.id).await?;
        Ok(rows
            .iter()
            .filter(|r| !municipality(who) || is_published(&r.status))
            .filter(|r| replaced_by(r, &rows).is_none())
            .map(|r| summary(r, &rows))
            .collect())
    }

    /// One version, with its numbers: frozen when published, computed now (and audited) when
    /// not.
    pub async fn report(&self, who: &Principal, id: i64) -> Result<ReportView> {
        let (t, r) = self.report_row(who, id).await?;
        if municipality(who) {
            self.audit(who, "report.read", "report", &id.to_string())
                .await?;
        }
        self.view(&t, &r).await
    }

    async fn view(&self, t: &TenantRow, r: &ReportRow) -> Result<ReportView> {
        let rows = store::list(self.db.pool(), t.id).await?;
        let narrative: Narrative = self.open_narrative(r);
        let (content, findings, late, fix) = match (&r.content, is_published(&r.status)) {
            (Some(c), true) => (
                serde_json::from_str::<Content>(c)
                    .map_err(|e| AppError::Internal(format!("report {} content: {e}", r.id)))?,
                Vec::new(),
                0,
                None,
            ),
            _ => {
                let signals = self.signal_records(t.id).await?;
                let p = self
                    .prepare_report(
                        t,
                        &rows,
                        &signals,
                        r.year as i32,
                        r.quarter as u8,
                        r.extra_protection,
                    )
                    .await?;
                (p.content, p.protection.findings, p.late, p.fix)
            }
        };
        let mut previous: Vec<(&ReportRow, String)> = Vec::new();
        for o in rows.iter().filter(|o| {
            o.status == ReportStatus::Discussed
                && (o.year, o.quarter) != (r.year, r.quarter)
                && before((o.year, o.quarter), (r.year, r.quarter))
        }) {
            let agreed = self.open_agreed(o)?;
            if !agreed.trim().is_empty() {
                previous.push((o, agreed));
            }
        }
        let previous_agreed = previous
            .into_iter()
            .max_by_key(|(o, _)| (end_key(o.year, o.quarter), o.version))
            .map(|(o, agreed)| {
                (
                    naast_report::period_label(o.year as i32, o.quarter as u8),
                    agreed,
                )
            });
        let providers = naast_store::tenants::providers(self.db.pool(), t.id)
            .await?
            .into_iter()
            .map(|p| (p.code, p.name))
            .collect();
        let colour = self
            .public_theme(&t.slug)
            .await?
            .into_iter()
            .find(|(k, _)| k == "--naast-link-color")
            .map(|(_, v)| v);
        let submit_day = if is_published(&r.status) {
            None
        } else {
            submit_from(r.year as i32, r.quarter as u8)
        };
        Ok(ReportView {
            providers,
            colour,
            id: r.id,
            tenant: t.slug.clone(),
            tenant_name: t.name.clone(),
            year: r.year,
            quarter: r.quarter,
            period: naast_report::period_label(r.year as i32, r.quarter as u8),
            version: r.version,
            status: r.status.clone(),
            concept: !is_published(&r.status),
            content,
            narrative,
            correction: self.open_correction(r)?,
            discussed_on: r.discussed_on.clone(),
            agreed: self.open_agreed(r)?,
            previous_agreed,
            findings,
            late,
            fix,
            extra_protection: r.extra_protection,
            submit_from: submit_day.map(|d| d.strftime("%d-%m-%Y").to_string()),
            submit_day,
            updated_at: r.updated_at,
            published_at: r.published_at,
            second_check: r.second_check.filter(|_| is_published(&r.status)),
            replaces: replaces(r, &rows),
            replaced_by: replaced_by(r, &rows),
            authors: [r.created_by, r.edited_by, r.submitted_by],
        })
    }

    /// The report of a period as it stands: the open draft if there is one, else the latest
    /// published version, else a preview that is not saved (a CONCEPT like any draft).
    pub async fn report_for_period(
        &self,
        who: &Principal,
        slug: &str,
        period: &str,
    ) -> Result<ReportView> {
        let t = self.report_tenant(who, slug).await?;
        let (year, quarter) = naast_report::parse_period(period)
            .ok_or_else(|| AppError::field("period", Msg::PeriodInvalid))?;
        let rows = store::list(self.db.pool(), t.id).await?;
        let of_period =
            |r: &&ReportRow| r.year == i64::from(year) && r.quarter == i64::from(quarter);
        let open = rows
            .iter()
            .filter(of_period)
            .find(|r| !is_published(&r.status) && !municipality(who));
        let latest = rows
            .iter()
            .filter(of_period)
            .filter(|r| is_published(&r.status))
            .max_by_key(|r| r.version);
        if let Some(r) = open.or(latest) {
            return self.report(who, r.id).await;
        }
        if municipality(who) {
            return Err(AppError::NotFound);
        }
        let row = ReportRow {
            id: 0,
            tenant_id: t.id,
            year: i64::from(year),
            quarter: i64::from(quarter),
            version: 1,
            status: ReportStatus::Draft.as_str().into(),
            narrative: "{}".into(),
            correction: String::new(),
            correction_sealed: None,
            content: None,
            hidden: None,
            discussed_on: None,
            agreed: String::new(),
            agreed_sealed: None,
            created_by: None,
            reviewed_by: None,
            published_by: None,
            published_at: None,
            updated_at: 0,
            extra_protection: false,
            edited_by: None,
            submitted_by: None,
            second_check: None,
        };
        self.view(&t, &row).await
    }

    /// The confidant organisation's own overview of a period (`2026` or `2026-Q2`) across every
    /// municipality the staff member works for: anonymized like a report, never published.
    pub async fn report_overview(&self, who: &Principal, period: &str) -> Result<ReportView> {
        staff(who)?;
        if !who.signed_in() {
            return Err(AppError::NotFound);
        }
        let (year, quarter) = naast_report::parse_period(period)
            .ok_or_else(|| AppError::field("period", Msg::PeriodInvalid))?;
        let tenants: Vec<TenantRow> = naast_store::tenants::list(self.db.pool())
            .await?
            .into_iter()
            .filter(|t| who.may_see_tenant(t.id))
            .collect();
        if tenants.is_empty() {
            return Err(AppError::NotFound);
        }
        let mut signals = Vec::new();
        for t in &tenants {
            signals.extend(self.signal_records(t.id).await?);
        }
        let content = self
            .prepare_overview(&tenants, &signals, year, quarter)
            .await?;
        let mut providers = std::collections::BTreeMap::new();
        for t in &tenants {
            for p in naast_store::tenants::providers(self.db.pool(), t.id).await? {
                providers.entry(p.code).or_insert(p.name);
            }
        }
        let names: Vec<&str> = tenants.iter().map(|t| t.name.as_str()).collect();
        Ok(ReportView {
            id: 0,
            tenant: String::new(),
            tenant_name: who
                .lang
                .pick("Alle gemeenten", "All municipalities")
                .to_string(),
            year: i64::from(year),
            quarter: i64::from(quarter),
            period: naast_report::period_label(year, quarter),
            version: 1,
            status: "overview".into(),
            concept: false,
            content,
            narrative: Narrative::default(),
            correction: format!(
                "{} {}.",
                who.lang.pick(
                    "Overzicht voor de eigen organisatie, niet gepubliceerd, over:",
                    "Overview for the organisation itself, not published, of:"
                ),
                names.join(", ")
            ),
            discussed_on: None,
            agreed: String::new(),
            previous_agreed: None,
            findings: Vec::new(),
            late: 0,
            fix: None,
            extra_protection: false,
            submit_from: None,
            submit_day: None,
            updated_at: 0,
            published_at: None,
            providers,
            colour: None,
            second_check: None,
            replaces: None,
            replaced_by: None,
            authors: [None; 3],
        })
    }

    /// Starts the report of a period (`2026` or `2026-Q2`), or returns the draft that exists.
    /// Fixes the year's plan if it was not fixed yet.
    pub async fn start_report(&self, who: &Principal, slug: &str, period: &str) -> Result<i64> {
        staff(who)?;
        let t = self.report_tenant(who, slug).await?;
        let (year, quarter) = naast_report::parse_period(period)
            .ok_or_else(|| AppError::field("period", Msg::PeriodInvalid))?;
        if quarter != 0 && !t.quarterly_reports {
            return Err(AppError::field(
                "period",
                Msg::NoQuarterlyReports(t.name.clone()),
            ));
        }
        let rows = store::list(self.db.pool(), t.id).await?;
        let same: Vec<&ReportRow> = rows
            .iter()
            .filter(|r| r.year == i64::from(year) && r.quarter == i64::from(quarter))
            .collect();
        if let Some(open) = same.iter().find(|r| !is_published(&r.status)) {
            return Ok(open.id);
        }
        if !same.is_empty() {
            // Published already: a correction is started with `correct_report`.
            return Err(AppError::general(Msg::ReportState));
        }
        let plan = self.report_plan(&t, year).await?;
        let plan_json =
            serde_json::to_string(&plan).map_err(|e| AppError::Internal(format!("plan: {e}")))?;
        let mut tx = self.db.begin().await?;
        store::fix_plan(&mut *tx, t.id, i64::from(year), &plan_json).await?;
        let id = store::insert_draft(
            &mut *tx,
            t.id,
            i64::from(year),
            i64::from(quarter),
            "{}",
            who.user_id,
        )
        .await?;
        self.audit_in(&mut tx, who, "report.start", "report", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Saves the narrative (and, for a correction, its note). A report in review goes back to
    /// draft. `updated_at` guards against overwriting someone else's save.
    pub async fn save_report_text(
        &self,
        who: &Principal,
        id: i64,
        narrative: &Narrative,
        correction: &str,
        updated_at: i64,
    ) -> Result<()> {
        staff(who)?;
        let (_, r) = self.report_row(who, id).await?;
        if is_published(&r.status) {
            return Err(AppError::general(Msg::ReportState));
        }
        check_narrative(narrative)?;
        let correction = naast_core::validation::free_text("correction", correction, 2_000, false)?;
        if correction.trim().is_empty() && self.is_correction(&r).await? {
            return Err(AppError::field("correction", Msg::CorrectionNoteNeeded));
        }
        // Checked text (the narrative and the note) stays checked only while it is not changed.
        let before: Narrative = self.open_narrative(&r);
        let mut narrative = narrative.clone();
        narrative.checked = before.checked
            && before.same_text(&narrative)
            && self.open_correction(&r)?.trim() == correction.trim();
        let narrative = &narrative;
        let json = self.seal_narrative(r.tenant_id, r.id, narrative)?;
        let correction = self.seal_correction(&r, &correction);
        let mut tx = self.db.begin().await?;
        if !store::save_text(
            &mut *tx,
            id,
            &json,
            correction.as_deref(),
            updated_at,
            who.user_id,
        )
        .await?
        {
            return Err(AppError::Conflict(Msg::Conflict));
        }
        self.audit_in(&mut tx, who, "report.text", "report", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The release file of a tenant's year: every published number of the year's series plus
    /// the report being prepared (the open draft of the year, if any), as readers see them.
    pub async fn report_release(&self, who: &Principal, slug: &str, year: i32) -> Result<Release> {
        staff(who)?;
        let t = self.report_tenant(who, slug).await?;
        let rows = store::list(self.db.pool(), t.id).await?;
        let open = rows
            .iter()
            .filter(|r| r.year == i64::from(year) && !is_published(&r.status))
            .filter(|r| {
                // A correction keeps its numbers: it adds nothing to the series.
                !rows
                    .iter()
                    .any(|o| o.year == r.year && o.quarter == r.quarter && is_published(&o.status))
            })
            .min_by_key(|r| end_key(r.year, r.quarter));
        let published = prepare::published_of_year(&rows, i64::from(year));
        let target = match open {
            Some(r) => r.quarter as u8,
            // Nothing being prepared: the last published period shows everything published.
            None => match published
                .keys()
                .copied()
                .max_by_key(|q| if *q == 0 { 5 } else { *q })
            {
                Some(q) => q,
                None => return Err(AppError::NotFound),
            },
        };
        let signals = self.signal_records(t.id).await?;
        // A draft's extra protection as agreed; published periods as they were published.
        let extra = open.is_none_or(|r| r.extra_protection);
        let p = self
            .prepare_report(&t, &rows, &signals, year, target, extra)
            .await?;
        Ok(p.protection.release)
    }
}

/// Orders periods by their last day: Q1 < Q2 < Q3 < Q4 = the year.
fn end_key(year: i64, quarter: i64) -> (i64, i64) {
    (year, if quarter == 0 { 4 } else { quarter })
}

fn before(a: (i64, i64), b: (i64, i64)) -> bool {
    end_key(a.0, a.1) <= end_key(b.0, b.1)
}
