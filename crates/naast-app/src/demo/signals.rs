//! Signals for the demo: over the two years, each through the same steps people take (written
//! by a confidant, checked for personal data, sent by the coordinator, answered in the portal),
//! with their dates moved into the past; a few still waiting, one overdue, one in review and
//! one draft. In the larger municipality one signal goes to a provider's complaints desk by
//! e-mail and is answered through the link it got.

use crate::auth::principal_of;
use crate::clock::today;
use crate::{App, Principal, Result};
use naast_core::signal::{AnswerForm, FollowUpForm, SignalForm};
use naast_store::{cases, signals as store, tenants};

/// `(area, theme, title, description, proposal, answer)`.
const SIGNALS: [(&str, &str, &str, &str, &str, &str); 6] = [
    (
        "jeugd",
        "waiting_time",
        "Lange wachttijd voor een besluit over jeugdhulp",
        "Sinds het voorjaar wachtten meerdere gezinnen langer dan acht weken op een besluit over jeugdhulp. Zij wisten niet bij wie ze konden navragen hoe het ervoor stond.",
        "Noem in de ontvangstbevestiging de verwachte behandelduur en een vast telefoonnummer.",
        "Dank voor het signaal. Vanaf volgende maand staat in elke ontvangstbevestiging de verwachte behandelduur en het nummer van het team Jeugd.",
    ),
    (
        "participatie",
        "lack_of_information",
        "Brieven over terugvordering zijn moeilijk te begrijpen",
        "Inwoners schrikken van brieven over terugvordering van bijstand. Zij lezen niet dat een betalingsregeling mogelijk is en nemen geen contact op.",
        "Schrijf de brief in eenvoudige taal (B1) en zet de mogelijkheid van een betalingsregeling bovenaan.",
        "Het team Inkomen herschrijft de voorbeeldbrieven en legt ze voor aan de vertrouwenspersoon.",
    ),
    (
        "wmo",
        "agreements",
        "Huishoudelijke hulp valt vaak uit zonder bericht",
        "Inwoners met huishoudelijke hulp melden dat de hulp regelmatig niet komt, zonder dat zij bericht krijgen. Vervanging is er meestal niet.",
        "Spreek met de aanbieders af dat inwoners altijd vooraf bericht krijgen en dat er vervanging komt.",
        "We bespreken dit in het contractoverleg met de aanbieders en komen erop terug.",
    ),
    (
        "wmo",
        "reachability",
        "Het Wmo-loket is slecht bereikbaar",
        "Inwoners komen telefonisch niet door bij het Wmo-loket en krijgen geen terugbelafspraak.",
        "Bied een terugbelafspraak aan als het druk is.",
        "Sinds deze maand kunnen inwoners een terugbelafspraak maken.",
    ),
    (
        "schuldhulp",
        "treatment",
        "Inwoners voelen zich niet serieus genomen bij schuldhulp",
        "Meerdere inwoners vertelden dat zij zich bij het intakegesprek voor schuldhulp beoordeeld voelden in plaats van geholpen.",
        "Besteed in het team aandacht aan de toon van het eerste gesprek.",
        "We nemen dit mee in de teamdag over klantcontact.",
    ),
    (
        "jeugd",
        "decision_process",
        "Jeugdhulp stopt bij overgang naar een nieuwe aanbieder",
        "Bij de overgang naar een nieuwe jeugdhulpaanbieder liepen afspraken niet door. Kinderen zaten weken zonder hulp.",
        "Maak één persoon verantwoordelijk voor een warme overdracht.",
        "De regisseur jeugd wordt verantwoordelijk voor de overdracht tussen aanbieders.",
    ),
];

/// Ten in the morning (UTC) of a day, as a timestamp.
fn at_ten(d: jiff::civil::Date) -> i64 {
    d.to_zoned(jiff::tz::TimeZone::UTC)
        .map(|z| z.timestamp().as_second() + 10 * 3600)
        .unwrap_or(0)
}

impl App {
    pub(super) async fn demo_signals(&self) -> Result<()> {
        let writer = principal_of(self, "confidant@demo.example").await?;
        let sender = principal_of(self, "coordinator@demo.example").await?;
        let today = today();
        for slug in ["maasdal", "lindeveld"] {
            let Some(t) = tenants::by_slug(self.db.pool(), slug).await? else {
                continue;
            };
            let municipality = principal_of(self, &format!("gemeente.{slug}@demo.example")).await?;
            let areas: Vec<&str> = t.areas.split(',').collect();
            let count = SIGNALS.len();
            // The larger municipality hears from the confidant more often: earlier rounds of
            // the same themes, all sent and (nearly all) answered.
            let rounds = if slug == "lindeveld" { 4 } else { 1 };
            for round in (0..rounds).rev() {
                for (i, (area, theme, title, description, proposal, answer)) in
                    SIGNALS.iter().enumerate()
                {
                    let older = round > 0;
                    if !areas.contains(area) {
                        continue;
                    }
                    // Resting on enough of the tenant's kwesties of that area: no consent needed.
                    let (rows, _) = cases::list(
                        self.db.pool(),
                        &cases::Filter {
                            tenant_ids: vec![t.id],
                            area: Some((*area).to_string()),
                            sort: "opened_asc".into(),
                            limit: t.threshold_k.max(5) * 2,
                            ..Default::default()
                        },
                    )
                    .await?;
                    if (rows.len() as i64) < t.threshold_k {
                        continue;
                    }
                    let refs: Vec<String> = rows.into_iter().map(|r| r.reference).collect();
                    let form = SignalForm {
                        title: (*title).to_string(),
                        description: (*description).to_string(),
                        proposal: (*proposal).to_string(),
                        area: (*area).to_string(),
                        theme: (*theme).to_string(),
                        urgency: if i == 0 { "high" } else { "normal" }.into(),
                        organisations: vec!["municipality".into()],
                        addressee: "municipality".into(),
                        addressee_email: String::new(),
                        cases: refs.join("\n"),
                    };
                    let id = self.create_signal(&writer, slug, &form).await?;
                    // The last is left as a draft, the one before in review.
                    if i + 1 == count && !older {
                        continue;
                    }
                    self.demo_check_signal(&writer, id).await?;
                    // Should the kwesties be about fewer than k citizens, the signal waits as a
                    // draft for consent, as it would for a confidant; the demo goes on.
                    match self.submit_signal(&writer, id).await {
                        Ok(()) => {}
                        Err(crate::AppError::Invalid(_)) => continue,
                        Err(e) => return Err(e),
                    }
                    if i + 2 == count && !older {
                        continue;
                    }
                    self.send_signal(&sender, id, None).await?;
                    // Spread over the two years, oldest first; the newest two still wait (the
                    // older of them overdue).
                    let weeks_ago = if older {
                        8 + 22 * round as i64 + 3 * i as i64
                    } else {
                        [80i64, 55, 30, 10, 3][i.min(4)]
                    };
                    let sent = today
                        .checked_sub(jiff::Span::new().weeks(weeks_ago))
                        .unwrap_or(today);
                    let answered = if older { i != 4 } else { i < 3 };
                    if answered {
                        self.portal_signal(&municipality, id).await?;
                        self.portal_answer(
                            &municipality,
                            id,
                            &AnswerForm {
                                answer: (*answer).to_string(),
                            },
                        )
                        .await?;
                        if i < 2 {
                            self.portal_follow_up(
                                &municipality,
                                id,
                                &FollowUpForm {
                                    follow_up:
                                        "We bespreken de voortgang in het volgende kwartaaloverleg."
                                            .into(),
                                    follow_up_on: String::new(),
                                    not_personal: false,
                                },
                            )
                            .await?;
                        }
                        if i == 0 || round >= 2 {
                            self.close_signal(&sender, id).await?;
                        }
                    }
                    let answered_on = sent
                        .checked_add(jiff::Span::new().days(12 + 9 * i as i64))
                        .unwrap_or(sent);
                    let at = at_ten;
                    let sent_s = sent.to_string();
                    let answered_s = answered_on.to_string();
                    let mut tx = self.db.begin().await?;
                    store::backdate(
                        &mut tx,
                        id,
                        (&sent_s, at(sent)),
                        answered.then_some((answered_s.as_str(), at(answered_on))),
                    )
                    .await?;
                    tx.commit().await?;
                }
            }
        }
        self.demo_provider_signal(&writer, &sender).await?;
        Ok(())
    }

    /// A signal to the first provider of `lindeveld`, sent to its complaints desk and answered
    /// through the provider's link, about four months ago.
    async fn demo_provider_signal(&self, writer: &Principal, sender: &Principal) -> Result<()> {
        let Some(t) = tenants::by_slug(self.db.pool(), "lindeveld").await? else {
            return Ok(());
        };
        let Some(p) = tenants::providers(self.db.pool(), t.id)
            .await?
            .into_iter()
            .find(|p| p.active)
        else {
            return Ok(());
        };
        let (rows, _) = cases::list(
            self.db.pool(),
            &cases::Filter {
                tenant_ids: vec![t.id],
                area: Some("wmo".into()),
                sort: "opened_asc".into(),
                limit: t.threshold_k.max(5) * 2,
                ..Default::default()
            },
        )
        .await?;
        if (rows.len() as i64) < t.threshold_k {
            return Ok(());
        }
        let refs: Vec<String> = rows.into_iter().map(|r| r.reference).collect();
        let form = SignalForm {
            title: "Vervoer naar de dagbesteding komt vaak te laat".into(),
            description: "Inwoners die met het Wmo-vervoer naar de dagbesteding gaan, worden vaak meer dan een half uur te laat opgehaald, zonder bericht.".into(),
            proposal: "Laat de chauffeur of de planning bellen als de rit later komt.".into(),
            area: "wmo".into(),
            theme: "agreements".into(),
            urgency: "normal".into(),
            organisations: vec![p.code.clone()],
            addressee: p.code.clone(),
            addressee_email: format!("klachten@{}.example", p.code.replace('_', "-")),
            cases: refs.join("\n"),
        };
        let id = self.create_signal(writer, "lindeveld", &form).await?;
        self.demo_check_signal(writer, id).await?;
        match self.submit_signal(writer, id).await {
            Ok(()) => {}
            Err(crate::AppError::Invalid(_)) => return Ok(()),
            Err(e) => return Err(e),
        }
        self.send_signal(sender, id, None).await?;
        let row = store::get(self.db.pool(), id).await?;
        if let Some((r, sealed)) = row.and_then(|r| r.sealed_token.clone().map(|s| (r, s))) {
            let token =
                self.open_signal_value(&r, "sealed_token", crate::signals::AAD_TOKEN, &sealed)?;
            self.link_answer(
                &token,
                &AnswerForm {
                    answer:
                        "De planning belt voortaan als een rit meer dan een kwartier later komt."
                            .into(),
                },
            )
            .await?;
        }
        let today = today();
        let sent = today
            .checked_sub(jiff::Span::new().weeks(17))
            .unwrap_or(today);
        let answered = sent.checked_add(jiff::Span::new().days(16)).unwrap_or(sent);
        let mut tx = self.db.begin().await?;
        store::backdate(
            &mut tx,
            id,
            (&sent.to_string(), at_ten(sent)),
            Some((&answered.to_string(), at_ten(answered))),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The personal-data check with every finding accepted.
    async fn demo_check_signal(&self, who: &Principal, id: i64) -> Result<()> {
        let review = self.signal_privacy(who, id).await?;
        let accepted: Vec<String> = review
            .fields
            .iter()
            .flat_map(|f| &f.segments)
            .filter_map(|s| s.finding.as_ref().map(|f| f.key.clone()))
            .collect();
        self.apply_signal_privacy(who, id, &accepted, "", review.updated_at)
            .await
    }
}
