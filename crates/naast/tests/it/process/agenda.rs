//! The agenda (issue 28): an appointment planned with a time, a length, a place and who comes
//! shows in "Mijn agenda" by day and week; bad times are refused and kept; the private calendar
//! feed, fetched without a session, is read by an iCalendar parser and holds kind and reference
//! only (no name, no story, no place); renewing kills the old address and revoking the new one;
//! a confidant cannot open a colleague's agenda, a coordinator can.

use super::{contact_done, day, intake, submit};
use crate::harness::*;
use icalendar::{Component, EventLike};

#[tokio::test]
async fn an_appointment_shows_in_the_agenda_and_the_feed_without_personal_data() {
    for store in Store::all().await {
        let label = store.label;
        let (server, c) = super::setup(&store).await;
        let base = server.url.clone();
        let (reference, _) = intake(&base, "Jan Jansen", "Mijn traplift is geweigerd").await;
        contact_done(&c, &base, &reference).await;
        let tomorrow = day(1);

        // Bad input first: a time that is none and a length in words are refused, kept.
        let (status, body) = submit(
            &c,
            &base,
            &reference,
            "/planned",
            &[
                ("planned_kind", "home_visit"),
                ("planned_on", &tomorrow),
                ("planned_at", "25:99"),
                ("planned_minutes", "anderhalf uur"),
                ("planned_place", "Dorpsstraat 12, Maasdal"),
                ("planned_what", "met dochter Anna Jansen"),
            ],
        )
        .await;
        assert_eq!(status, 422, "{label}");
        assert!(body.contains("Vul een tijd in zoals 14:30."), "{label}");
        assert!(body.contains("Vul de duur in minuten in"), "{label}");
        assert!(body.contains("value=\"Dorpsstraat 12, Maasdal\""), "kept");
        assert!(body.contains("value=\"anderhalf uur\""), "kept");

        let (status, _) = submit(
            &c,
            &base,
            &reference,
            "/planned",
            &[
                ("planned_kind", "home_visit"),
                ("planned_on", &tomorrow),
                ("planned_at", "14:30"),
                ("planned_minutes", "90"),
                ("planned_place", "Dorpsstraat 12, Maasdal"),
                ("planned_what", "met dochter Anna Jansen"),
            ],
        )
        .await;
        assert_eq!(status, 303, "{label}");
        let (status, _) = submit(
            &c,
            &base,
            &reference,
            "/planned",
            &[("planned_kind", "phone"), ("planned_on", &tomorrow)],
        )
        .await;
        assert_eq!(status, 303, "{label}");

        // The day and the week show both, the timed one with its hours, who and where.
        for view in ["", "&view=week"] {
            let (status, page) =
                get(&c, &format!("{base}/admin/agenda?day={tomorrow}{view}")).await;
            assert_eq!(status, 200, "{label}");
            assert!(page.contains("14:30–16:00"), "{label}: {view}");
            assert!(page.contains("Huisbezoek"), "{label}");
            assert!(page.contains("Telefonische afspraak"), "{label}");
            assert!(page.contains("Hele dag"), "{label}");
            assert!(page.contains(&reference), "{label}");
            assert!(
                page.contains("Dorpsstraat 12, Maasdal"),
                "the place, in Naast"
            );
            assert!(page.contains("2 afspraken"), "{label}");
        }
        let (status, _) = get(&c, &format!("{base}/admin/agenda?day=gisteren")).await;
        assert_eq!(status, 422, "an unreadable day: {label}");

        // The feed: made, shown once, fetched without a session, parsed.
        let (_, page) = get(&c, &format!("{base}/admin/agenda?view=week")).await;
        let res = post(&c, &format!("{base}/admin/agenda/feed"), &page, &[]).await;
        assert_eq!(res.status().as_u16(), 200, "{label}");
        let page = res.text().await.unwrap();
        let url = after(&page, "id=\"feed-url\">").to_string();
        let path = &url[url.find("/admin/agenda/feed/").unwrap()..];
        let anonymous = browser();
        let res = anonymous.get(format!("{base}{path}")).send().await.unwrap();
        assert_eq!(res.status().as_u16(), 200, "{label}");
        assert!(
            res.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/calendar")
        );
        let ics = res.text().await.unwrap();
        for secret in [
            "Jansen",
            "Anna",
            "Dorpsstraat",
            "dochter",
            "traplift",
            "Maasdal,",
        ] {
            assert!(!ics.contains(secret), "{label}: the feed holds {secret}");
        }
        let cal: icalendar::Calendar = ics.parse().expect("an iCalendar a parser reads");
        let events: Vec<&icalendar::Event> =
            cal.components.iter().filter_map(|c| c.as_event()).collect();
        assert_eq!(events.len(), 2, "{label}");
        let visit = events
            .iter()
            .find(|e| e.get_summary().is_some_and(|s| s.starts_with("Huisbezoek")))
            .expect("the home visit");
        assert!(visit.get_summary().unwrap().contains(&reference));
        assert!(visit.get_location().is_none(), "no place: it is a home");
        let compact = tomorrow.replace('-', "");
        assert!(ics.contains(&format!("DTSTART;TZID=Europe/Amsterdam:{compact}T143000")));
        assert!(ics.contains(&format!("DTEND;TZID=Europe/Amsterdam:{compact}T160000")));
        assert!(ics.contains("BEGIN:VTIMEZONE"), "{label}");
        assert!(
            ics.contains(&format!("DTSTART;VALUE=DATE:{compact}")),
            "all day"
        );

        // Renewing: the old address is dead; revoking: the new one too.
        let (_, page) = get(&c, &format!("{base}/admin/agenda?view=week")).await;
        assert!(
            page.contains("U heeft een agenda-koppeling sinds"),
            "{label}"
        );
        let res = post(&c, &format!("{base}/admin/agenda/feed"), &page, &[]).await;
        let page = res.text().await.unwrap();
        let renewed = after(&page, "id=\"feed-url\">").to_string();
        assert_ne!(renewed, url);
        let res = anonymous.get(format!("{base}{path}")).send().await.unwrap();
        assert_eq!(
            res.status().as_u16(),
            404,
            "{label}: the old address is dead"
        );
        let (_, page) = get(&c, &format!("{base}/admin/agenda?view=week")).await;
        let res = post(&c, &format!("{base}/admin/agenda/feed/revoke"), &page, &[]).await;
        assert_eq!(res.status().as_u16(), 303, "{label}");
        let renewed_path = &renewed[renewed.find("/admin/agenda/feed/").unwrap()..];
        let res = anonymous
            .get(format!("{base}{renewed_path}"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 404, "{label}: revoked");

        // A confidant sees only their own agenda; the coordinator may open the confidant's.
        let vera = signed_in_user(&store, &server, "vera@x.example", "confidant").await;
        let (status, page) = get(&vera, &format!("{base}/admin/agenda")).await;
        assert_eq!(status, 200, "{label}");
        assert!(page.contains("Mijn agenda"));
        let (_, coordinator_page) = get(&c, &format!("{base}/admin/agenda?view=week")).await;
        let vera_id = coordinator_page
            .split("<option value=\"")
            .skip(1)
            .find(|o| o.contains("vera@x.example"))
            .and_then(|o| o.split('"').next())
            .expect("the coordinator can choose Vera")
            .to_string();
        let cor_id = coordinator_page
            .split("<option value=\"")
            .skip(1)
            .find(|o| o.contains(" selected"))
            .and_then(|o| o.split('"').next())
            .expect("the coordinator's own agenda is chosen")
            .to_string();
        let (status, _) = get(&vera, &format!("{base}/admin/agenda?user={cor_id}")).await;
        assert_eq!(status, 403, "{label}: not a colleague's agenda");
        let (status, page) = get(&c, &format!("{base}/admin/agenda?user={vera_id}")).await;
        assert_eq!(status, 200, "{label}");
        assert!(page.contains("Agenda van vera@x.example"), "{label}");
    }
}
