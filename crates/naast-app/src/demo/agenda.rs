//! The demo's agenda: the first confidant's week holds each kind of appointment, with times,
//! places and who comes, and one from yesterday that still asks "Hoe ging het?".

use crate::cases::Loaded;
use crate::clock::today;
use crate::{App, Principal, Result};
use jiff::civil::Time;
use naast_core::{CaseStatus, Lang, Role};
use naast_store::cases::{self as store, Filter};
use naast_store::users;

/// A demo appointment: days from today, kind, start (hour, minute), minutes, who comes, where.
type DemoPlan = (
    i64,
    &'static str,
    Option<(i8, i8)>,
    u32,
    &'static str,
    &'static str,
);

impl App {
    pub(super) async fn demo_agenda(&self) -> Result<()> {
        let Some(u) = users::by_email(self.db.pool(), "confidant@demo.example").await? else {
            return Ok(());
        };
        let who = Principal {
            user_id: Some(u.id),
            email: u.email.clone(),
            display_name: u.display_name.clone(),
            role: Role::Confidant,
            tenant_ids: users::tenant_ids(self.db.pool(), u.id).await?,
            lang: Lang::Nl,
            via: crate::principal::Via::Cli,
            read_only: false,
        };
        let (rows, _) = store::list(
            self.db.pool(),
            &Filter {
                tenant_ids: who.tenant_ids.clone(),
                owner_user_id: who.user_id,
                status: Some(CaseStatus::InProgress.as_str().into()),
                limit: 6,
                sort: "updated_desc".into(),
                ..Default::default()
            },
        )
        .await?;
        let now = today();
        // (days from today, kind, start, minutes, who comes, where)
        let plans: [DemoPlan; 6] = [
            (
                -1,
                "walk_in",
                Some((10, 0)),
                45,
                "",
                "Spreekuur wijkcentrum De Linde",
            ),
            (
                1,
                "home_visit",
                Some((14, 30)),
                90,
                "met de dochter",
                "bij de inwoner thuis",
            ),
            (2, "phone", Some((9, 30)), 20, "", ""),
            (
                3,
                "accompanying",
                Some((13, 0)),
                60,
                "met de Wmo-consulent",
                "Gemeentehuis, balie 3",
            ),
            (
                6,
                "mediation",
                Some((10, 0)),
                90,
                "met de aanbieder",
                "Wijkcentrum De Linde, zaal 2",
            ),
            (8, "home_visit", None, 0, "", ""),
        ];
        for (row, (offset, kind, at, minutes, what, place)) in rows.into_iter().zip(plans) {
            let key = self.data_key(row.data_key_id).await?;
            let legacy = self.legacy_aad();
            let c = Loaded { row, key, legacy };
            let at = at.and_then(|(h, m)| Time::new(h, m, 0, 0).ok());
            let plan = naast_core::case::Plan {
                kind: kind.into(),
                on: now
                    .checked_add(jiff::Span::new().days(offset))
                    .unwrap_or(now),
                minutes: at.map(|_| minutes),
                at,
                what: what.into(),
                place: place.into(),
            };
            self.plan_loaded(&who, &c, &plan).await?;
        }
        Ok(())
    }
}
