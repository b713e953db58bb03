//! Published reports for the demo: every quarter that is over and, once a year is over, its
//! annual report, each through the same draft → review → publish steps (and the audit gate) a
//! coordinator takes; the older ones discussed with the municipality. Four eyes: a confidant
//! writes, checks and submits each report, the coordinator reads and publishes it.

use crate::clock::today;
use crate::reports::Narrative;
use crate::{App, Principal, Result};
use jiff::ToSpan;

const THEMES: [&str; 3] = [
    "Veel inwoners wachtten lang op een besluit over hun aanvraag. Zij wisten niet bij wie ze konden navragen hoe het ervoor stond.\n\nBij jeugdhulp ging het vaak over de overgang naar een nieuwe aanbieder: afspraken liepen niet door.",
    "Brieven over terugvordering van bijstand waren voor veel inwoners moeilijk te begrijpen. Zij schrokken van het bedrag en wisten niet dat een betalingsregeling kan.",
    "Inwoners waren vaak tevreden over het eerste gesprek met het wijkteam, maar hoorden daarna lang niets.",
];

const STORIES: [&str; 2] = [
    "Een inwoner met een hulpmiddel wachtte maanden op een reparatie. Na een gesprek met de aanbieder, waarbij de vertrouwenspersoon aanwezig was, is de reparatie binnen twee weken gedaan.",
    "Een ouder begreep niet waarom de jeugdhulp voor haar kind stopte. De vertrouwenspersoon heeft de beschikking samen met haar doorgelopen en geholpen bij een bezwaar. De gemeente heeft het besluit heroverwogen.",
];

const RECOMMENDATIONS: &str = "Laat inwoners weten hoe lang een aanvraag duurt en bij wie zij terechtkunnen.\n\nSchrijf brieven over terugvordering in eenvoudige taal en noem de mogelijkheid van een betalingsregeling.";

const AGREED: &str = "De gemeente zet in elke ontvangstbevestiging de verwachte behandelduur en een telefoonnummer. Het team schuldhulp bekijkt de voorbeeldbrieven met de vertrouwenspersoon.";

impl App {
    pub(super) async fn demo_reports(&self) -> Result<()> {
        let cli = Principal::cli();
        let writer = crate::auth::principal_of(self, "confidant@demo.example").await?;
        let publisher = crate::auth::principal_of(self, "coordinator@demo.example").await?;
        let today = today();
        let first_year = i32::from(today.year()) - 1;
        for slug in ["maasdal", "lindeveld"] {
            let mut n = 0usize;
            for year in first_year..=i32::from(today.year()) {
                for quarter in [1u8, 2, 3, 4, 0] {
                    let (_, last) = naast_report::period_days(year, quarter);
                    if today.to_string() <= last {
                        continue;
                    }
                    let period = naast_report::period_label(year, quarter);
                    let id = self.start_report(&cli, slug, &period).await?;
                    let narrative = Narrative {
                        themes: THEMES[n % THEMES.len()].to_string(),
                        stories: STORIES[n % STORIES.len()].to_string(),
                        recommendations: RECOMMENDATIONS.to_string(),
                        follow_up: if n > 0 {
                            "De gemeente heeft de ontvangstbevestiging aangepast. De voorbeeldbrieven zijn herschreven; de vertrouwenspersoon heeft meegelezen.".into()
                        } else {
                            String::new()
                        },
                        checked: false,
                    };
                    n += 1;
                    let r = self.report(&writer, id).await?;
                    self.save_report_text(&writer, id, &narrative, "", r.updated_at)
                        .await?;
                    // The de-identification review: every finding accepted, in general words
                    // ("een inwoner"), so that the text can be submitted at once.
                    let review = self.report_privacy(&writer, id).await?;
                    let accepted: Vec<String> = review
                        .fields
                        .iter()
                        .flat_map(|f| &f.segments)
                        .filter_map(|s| s.finding.as_ref().map(|f| f.key.clone()))
                        .collect();
                    let words = std::collections::HashMap::new();
                    self.apply_report_privacy(
                        &writer,
                        id,
                        &accepted,
                        "",
                        &words,
                        review.updated_at,
                    )
                    .await?;
                    self.submit_report(&writer, id).await?;
                    // Should the audit gate refuse, the report waits in review, as it would
                    // for a coordinator; the demo goes on.
                    let read = self.report(&publisher, id).await?;
                    let mut published = self
                        .publish_report(&publisher, id, Some(read.updated_at))
                        .await;
                    if matches!(published, Err(crate::AppError::Invalid(_))) {
                        // The gate refuses with the quarters published: the extra protection
                        // the page offers, taken as a coordinator would, then publish.
                        let r = self.report(&publisher, id).await?;
                        if r.fix.is_some() {
                            self.protect_report_more(&publisher, id, r.updated_at)
                                .await?;
                            let read = self.report(&publisher, id).await?;
                            published = self
                                .publish_report(&publisher, id, Some(read.updated_at))
                                .await;
                        }
                    }
                    match published {
                        Ok(()) => {}
                        Err(crate::AppError::Invalid(e)) => {
                            tracing::warn!(slug, period, "demo report not published: {e:?}");
                            continue;
                        }
                        Err(e) => return Err(e),
                    }
                    // Published about two weeks after the period (when that day has passed),
                    // discussed about six weeks after it: in that order, as it happens.
                    let (_, last) = naast_report::period_days(year, quarter);
                    let end = last.parse::<jiff::civil::Date>().ok();
                    if let Some(published) = end.and_then(|e| e.checked_add(14.days()).ok())
                        && published < today
                        && let Ok(at) = published
                            .at(10, 0, 0, 0)
                            .to_zoned(jiff::tz::TimeZone::UTC)
                            .map(|z| z.timestamp().as_second())
                    {
                        naast_store::reports::backdate_published(self.db.pool(), id, at).await?;
                    }
                    if let Some(end) = end
                        && let Ok(on) = end.checked_add(45.days())
                        && on < today
                    {
                        self.report_discussed(&cli, id, &on.to_string(), AGREED)
                            .await?;
                    }
                }
            }
        }
        Ok(())
    }
}
