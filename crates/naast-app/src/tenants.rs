//! Tenants: the municipalities served. Coordinators manage them; confidants and municipality
//! users see only their own.

use crate::{App, AppError, Principal, Result};
use naast_core::tenant::TenantForm;
use naast_core::{Msg, Role, TenantInput};
use naast_store::tenants::{self, ProviderRow, TenantRow, TenantValues};

#[derive(Debug, Clone, serde::Serialize)]
pub struct Tenant {
    pub slug: String,
    pub name: String,
    pub areas: Vec<String>,
    pub threshold_k: i64,
    pub quarterly_reports: bool,
    pub retention_months: i64,
    /// Weeks the municipality has to answer a signal before a reminder.
    pub signal_weeks: i64,
    /// Days after which a web intake nobody opened is destroyed.
    pub unopened_days: i64,
    pub contact_phone: String,
    pub contact_email: String,
    pub contact_address: String,
    pub walk_in_hours: String,
    pub providers: Vec<Provider>,
    pub version: i64,
    #[serde(skip)]
    pub id: i64,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Provider {
    pub code: String,
    pub name: String,
    pub active: bool,
}

impl Tenant {
    fn from_rows(t: TenantRow, providers: Vec<ProviderRow>) -> Tenant {
        Tenant {
            id: t.id,
            slug: t.slug,
            name: t.name,
            areas: t
                .areas
                .split(',')
                .filter(|a| !a.is_empty())
                .map(String::from)
                .collect(),
            threshold_k: t.threshold_k,
            quarterly_reports: t.quarterly_reports,
            retention_months: t.retention_months,
            signal_weeks: t.signal_weeks,
            unopened_days: t.unopened_days,
            contact_phone: t.contact_phone,
            contact_email: t.contact_email,
            contact_address: t.contact_address,
            walk_in_hours: t.walk_in_hours,
            providers: providers
                .into_iter()
                .map(|p| Provider {
                    code: p.code,
                    name: p.name,
                    active: p.active,
                })
                .collect(),
            version: t.version,
        }
    }

    /// The form pre-filled with this tenant's settings, for editing.
    pub fn to_form(&self) -> TenantForm {
        TenantForm {
            slug: self.slug.clone(),
            name: self.name.clone(),
            areas: self.areas.clone(),
            threshold_k: self.threshold_k.to_string(),
            quarterly_reports: self.quarterly_reports,
            retention_months: self.retention_months.to_string(),
            signal_weeks: self.signal_weeks.to_string(),
            unopened_days: self.unopened_days.to_string(),
            contact_phone: self.contact_phone.clone(),
            contact_email: self.contact_email.clone(),
            contact_address: self.contact_address.clone(),
            walk_in_hours: self.walk_in_hours.clone(),
            providers: self
                .providers
                .iter()
                .filter(|p| p.active)
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

fn values<'a>(t: &'a TenantInput, areas: &'a str) -> TenantValues<'a> {
    TenantValues {
        slug: t.slug.as_str(),
        name: &t.name,
        areas,
        threshold_k: i64::from(t.threshold_k),
        quarterly_reports: t.quarterly_reports,
        retention_months: i64::from(t.retention_months),
        signal_weeks: i64::from(t.signal_weeks),
        unopened_days: i64::from(t.unopened_days),
        contact_phone: &t.contact_phone,
        contact_email: t.contact_email.as_ref().map(|e| e.as_str()).unwrap_or(""),
        contact_address: &t.contact_address,
        walk_in_hours: &t.walk_in_hours,
    }
}

impl App {
    pub async fn list_tenants(&self, who: &Principal) -> Result<Vec<Tenant>> {
        let mut out = Vec::new();
        for t in tenants::list(self.db.pool()).await? {
            if who.may_see_tenant(t.id) {
                let providers = tenants::providers(self.db.pool(), t.id).await?;
                out.push(Tenant::from_rows(t, providers));
            }
        }
        Ok(out)
    }

    pub async fn tenant(&self, who: &Principal, slug: &str) -> Result<Tenant> {
        let t = tenants::by_slug(self.db.pool(), slug)
            .await?
            .ok_or(AppError::NotFound)?;
        if !who.may_see_tenant(t.id) {
            return Err(AppError::NotFound);
        }
        let providers = tenants::providers(self.db.pool(), t.id).await?;
        Ok(Tenant::from_rows(t, providers))
    }

    /// Creates a tenant (coordinators only). A duplicate slug is refused on the slug field.
    pub async fn create_tenant(&self, who: &Principal, form: &TenantForm) -> Result<Tenant> {
        who.require(Role::Coordinator)?;
        let input = form.parse()?;
        let areas = input.areas.join(",");
        let mut tx = self.db.begin().await?;
        if tenants::by_slug(&mut *tx, input.slug.as_str())
            .await?
            .is_some()
        {
            return Err(AppError::field("slug", Msg::SlugTaken));
        }
        let id = match tenants::insert(&mut *tx, &values(&input, &areas)).await {
            Err(naast_store::StoreError::Conflict) => {
                return Err(AppError::field("slug", Msg::SlugTaken));
            }
            r => r?,
        };
        for (code, name) in &input.providers {
            tenants::upsert_provider(&mut *tx, id, code, name).await?;
        }
        self.audit_in(&mut tx, who, "tenant.create", "tenant", &id.to_string())
            .await?;
        tx.commit().await?;
        self.tenant(who, input.slug.as_str()).await
    }

    /// Updates a tenant's settings if nobody changed them since `version` was read.
    pub async fn update_tenant(
        &self,
        who: &Principal,
        slug: &str,
        version: i64,
        form: &TenantForm,
    ) -> Result<Tenant> {
        who.require(Role::Coordinator)?;
        let current = self.tenant(who, slug).await?;
        let mut form = form.clone();
        form.slug = current.slug.clone();
        let input = form.parse()?;
        let areas = input.areas.join(",");
        let mut tx = self.db.begin().await?;
        if !tenants::update(&mut *tx, current.id, version, &values(&input, &areas)).await? {
            return Err(AppError::Conflict(Msg::Conflict));
        }
        tenants::deactivate_providers(&mut *tx, current.id).await?;
        for (code, name) in &input.providers {
            tenants::upsert_provider(&mut *tx, current.id, code, name).await?;
        }
        self.audit_in(
            &mut tx,
            who,
            "tenant.update",
            "tenant",
            &current.id.to_string(),
        )
        .await?;
        tx.commit().await?;
        self.tenant(who, slug).await
    }
}
