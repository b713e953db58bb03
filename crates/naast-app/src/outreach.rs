//! The outreach register: confidants record walk-in hours held, information sessions and
//! presentations; the annual report counts them beside "how did you find us?".

use crate::at_rest::OutreachTexts;
use crate::{App, AppError, Principal, Result};
use naast_core::Role;
use naast_core::outreach::{KINDS, OutreachForm};
use naast_store::outreach::{self as store, NewOutreach};

#[derive(Debug, Clone, serde::Serialize)]
pub struct OutreachView {
    pub id: i64,
    pub kind: String,
    pub held_on: String,
    pub place: String,
    pub audience: String,
    pub attendance: i64,
    pub minutes: i64,
    pub note: String,
}

/// A year of outreach for one tenant, with totals per kind `(kind, activities, attendance)`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct OutreachYear {
    pub tenant: String,
    pub year: i16,
    pub items: Vec<OutreachView>,
    pub totals: Vec<(String, i64, i64)>,
}

fn caseworker(who: &Principal) -> Result<()> {
    match who.role {
        Role::Confidant | Role::Coordinator => Ok(()),
        Role::Municipality => Err(AppError::Forbidden),
    }
}

impl App {
    async fn outreach_tenant(&self, who: &Principal, slug: &str) -> Result<i64> {
        caseworker(who)?;
        let t = naast_store::tenants::by_slug(self.db.pool(), slug)
            .await?
            .filter(|t| who.may_see_tenant(t.id))
            .ok_or(AppError::NotFound)?;
        Ok(t.id)
    }

    pub async fn outreach_year(
        &self,
        who: &Principal,
        slug: &str,
        year: i16,
    ) -> Result<OutreachYear> {
        let tenant_id = self.outreach_tenant(who, slug).await?;
        let rows = store::list(
            self.db.pool(),
            tenant_id,
            &format!("{year:04}-01-01"),
            &format!("{year:04}-12-31"),
        )
        .await?;
        let totals = KINDS
            .iter()
            .map(|(k, _, _)| {
                let of: Vec<_> = rows.iter().filter(|r| r.kind == *k).collect();
                (
                    k.to_string(),
                    of.len() as i64,
                    of.iter().map(|r| r.attendance).sum(),
                )
            })
            .filter(|(_, n, _)| *n > 0)
            .collect();
        let mut items = Vec::with_capacity(rows.len());
        for r in rows {
            let texts = self.open_outreach(&r)?;
            items.push(OutreachView {
                id: r.id,
                kind: r.kind,
                held_on: r.held_on,
                place: texts.place,
                audience: texts.audience,
                attendance: r.attendance,
                minutes: r.minutes,
                note: texts.note,
            });
        }
        Ok(OutreachYear {
            tenant: slug.to_string(),
            year,
            totals,
            items,
        })
    }

    pub async fn add_outreach(
        &self,
        who: &Principal,
        slug: &str,
        form: &OutreachForm,
    ) -> Result<i64> {
        let tenant_id = self.outreach_tenant(who, slug).await?;
        let o = form.parse(crate::clock::today())?;
        let mut tx = self.db.begin().await?;
        let id = store::insert(
            &mut *tx,
            &NewOutreach {
                tenant_id,
                kind: &o.kind,
                held_on: &o.held_on.to_string(),
                attendance: o.attendance,
                minutes: o.minutes,
                created_by: who.user_id,
            },
        )
        .await?;
        let texts = OutreachTexts {
            place: o.place,
            audience: o.audience,
            note: o.note,
        };
        let sealed = self.seal_outreach(tenant_id, id, &texts)?;
        store::set_sealed(&mut *tx, id, &sealed).await?;
        self.audit_in(&mut tx, who, "outreach.add", "outreach", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn remove_outreach(&self, who: &Principal, slug: &str, id: i64) -> Result<()> {
        let tenant_id = self.outreach_tenant(who, slug).await?;
        let mut tx = self.db.begin().await?;
        if !store::delete(&mut *tx, tenant_id, id).await? {
            return Err(AppError::NotFound);
        }
        self.audit_in(&mut tx, who, "outreach.remove", "outreach", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
