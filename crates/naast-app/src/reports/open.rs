//! Published reports for residents: when the municipality agrees (a coordinator sets
//! [`OpenReports`] for the tenant; off by default), its public page lists the published annual
//! reports (and, if chosen, the quarterly ones) as PDF and as open data. Only published
//! reports, only the latest version of each period: a corrected report replaces the version
//! it corrects, and a report no longer chosen (the setting off, or quarterly reports no longer
//! listed) is gone from the page and its files answer `NotFound`.
//!
//! The numbers are the frozen numbers of the published version, exactly. What was agreed when
//! a report was discussed is left out: it is written after publication, and only the report's
//! own text passed the personal-data check.

use super::*;
use naast_core::open_reports::OpenReports;

/// One report as the public page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct OpenReport {
    pub year: i64,
    /// 1–4, or 0 for the annual report.
    pub quarter: i64,
    /// `2026` or `2026-Q2`.
    pub period: String,
    pub version: i64,
    /// `YYYY-MM-DD`.
    pub published_on: String,
}

impl ReportView {
    /// Every number of the report as the CSV's lines.
    pub fn lines(&self, lang: naast_core::Lang) -> Vec<naast_report::export::Line> {
        naast_report::export::lines(&self.content, lang, &self.providers)
    }
}

impl App {
    /// The tenant's choice (coordinators).
    pub async fn open_reports_setting(&self, who: &Principal, slug: &str) -> Result<OpenReports> {
        who.require(Role::Coordinator)?;
        let t = self.report_tenant(who, slug).await?;
        self.open_choice(t.id).await
    }

    /// Sets the tenant's choice (coordinators); an unknown code is refused on the field
    /// `open_reports` and nothing changes.
    pub async fn set_open_reports(&self, who: &Principal, slug: &str, code: &str) -> Result<()> {
        who.require(Role::Coordinator)?;
        let t = self.report_tenant(who, slug).await?;
        let choice = OpenReports::parse(code).ok_or_else(|| {
            let shown: String = code.chars().take(40).collect();
            AppError::field("open_reports", Msg::CodeUnknown(shown))
        })?;
        let mut tx = self.db.begin().await?;
        if !naast_store::open_reports::set(&mut *tx, t.id, choice.as_str()).await? {
            return Err(AppError::NotFound);
        }
        self.audit_in(
            &mut tx,
            who,
            "tenant.open_reports",
            "tenant",
            &t.id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn open_choice(&self, tenant_id: i64) -> Result<OpenReports> {
        let code = naast_store::open_reports::get(self.db.pool(), tenant_id)
            .await?
            .unwrap_or_default();
        Ok(OpenReports::parse(&code).unwrap_or_default())
    }

    /// The tenant and the report rows listed for residents, newest period first: the latest
    /// published version of each period the tenant chose. `NotFound` for an unknown tenant.
    async fn open_rows(&self, slug: &str) -> Result<(TenantRow, Vec<ReportRow>)> {
        let t = naast_store::tenants::by_slug(self.db.pool(), slug)
            .await?
            .ok_or(AppError::NotFound)?;
        let choice = self.open_choice(t.id).await?;
        if choice == OpenReports::Off {
            return Ok((t, Vec::new()));
        }
        let mut latest: std::collections::BTreeMap<(i64, i64), ReportRow> = Default::default();
        for r in store::list(self.db.pool(), t.id).await? {
            if !is_published(&r.status) || !choice.lists(r.quarter) {
                continue;
            }
            let key = (r.year, r.quarter);
            if latest.get(&key).is_none_or(|o| o.version < r.version) {
                latest.insert(key, r);
            }
        }
        let mut rows: Vec<ReportRow> = latest.into_values().collect();
        rows.sort_by_key(|r| std::cmp::Reverse((end_key(r.year, r.quarter), r.quarter == 0)));
        Ok((t, rows))
    }

    /// The reports a tenant's public page lists (empty when the tenant chose none).
    pub async fn public_reports(&self, slug: &str) -> Result<Vec<OpenReport>> {
        let (_, rows) = self.open_rows(slug).await?;
        Ok(rows
            .iter()
            .map(|r| OpenReport {
                year: r.year,
                quarter: r.quarter,
                period: naast_report::period_label(r.year as i32, r.quarter as u8),
                version: r.version,
                published_on: r
                    .published_at
                    .and_then(|t| jiff::Timestamp::from_second(t).ok())
                    .map(|ts| ts.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
                    .unwrap_or_default(),
            })
            .collect())
    }

    /// A listed report of a period (`2026`, `2026-Q2`) as residents see it; `NotFound` for
    /// anything not listed.
    pub async fn public_report(&self, slug: &str, period: &str) -> Result<ReportView> {
        let (year, quarter) = naast_report::parse_period(period).ok_or(AppError::NotFound)?;
        let (t, rows) = self.open_rows(slug).await?;
        let r = rows
            .iter()
            .find(|r| r.year == i64::from(year) && r.quarter == i64::from(quarter))
            .ok_or(AppError::NotFound)?;
        let mut v = self.view(&t, r).await?;
        v.agreed = String::new();
        v.previous_agreed = None;
        Ok(v)
    }
}
