//! Closing a kwestie with planned appointments still ahead: the confidant is told first that
//! they lapse ("2 geplande afspraken vervallen"), the kwestie shows them as lapsed, the
//! timeline says so and they leave Mijn werk. And minutes as people read them: none shown when
//! there are none, "1 minuut", "5 minuten". And a document in the timeline is named by its
//! file name and by who sent it.

use super::{case_page, contact_done, day, intake, open_tasks, setup, submit};
use crate::harness::*;

#[tokio::test]
async fn closing_lets_planned_appointments_ahead_lapse_and_says_so() {
    for store in Store::all().await {
        let label = store.label;
        let (server, c) = setup(&store).await;
        let base = server.url.clone();
        let (reference, _) = intake(&base, "Jan Jansen", "Mijn hulp is gestopt").await;
        contact_done(&c, &base, &reference).await;
        let case_url = format!("{base}/admin/cases/{reference}");
        for (kind, on, what) in [
            ("home_visit", day(7), "bij meneer thuis"),
            ("mediation", day(9), "met de Wmo-consulent"),
        ] {
            let (status, _) = submit(
                &c,
                &base,
                &reference,
                "/planned",
                &[
                    ("planned_kind", kind),
                    ("planned_on", &on),
                    ("planned_what", what),
                ],
            )
            .await;
            assert_eq!(status, 303, "{label}");
        }
        let visit = "Huisbezoek (gepland): bij meneer thuis";
        let meeting = "Bemiddelingsgesprek (gepland): met de Wmo-consulent";
        let (_, work) = get(&c, &format!("{base}/admin/work")).await;
        assert!(work.contains(visit), "{label}: planned, on Mijn werk");

        // Closing first says what lapses, without asking a choice for it; nothing closed yet.
        let (status, confirm) = submit(
            &c,
            &base,
            &reference,
            "/close",
            &[("outcome", "resolved"), ("reason", "Opgelost")],
        )
        .await;
        assert_eq!(status, 200, "{label}");
        assert!(
            confirm.contains("2 geplande afspraken vervallen"),
            "{label}: {confirm}"
        );
        assert!(confirm.contains(visit) && confirm.contains(meeting));
        assert!(
            !confirm.contains("value=\"keep\""),
            "{label}: no choice for an appointment that cannot happen"
        );
        let (_, page) = case_page(&c, &case_url).await;
        assert!(page.contains("Kwestie afsluiten"), "{label}: still open");

        // Confirmed: closed, the appointments marked lapsed, the timeline says so.
        let res = post(
            &c,
            &format!("{case_url}/close"),
            &confirm,
            &[
                ("confirm", "1"),
                ("outcome", "resolved"),
                ("reason", "Opgelost"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303, "{label}");
        let (_, page) = case_page(&c, &case_url).await;
        assert!(page.contains("Heropenen"), "{label}: closed");
        assert!(open_tasks(&page, &reference).is_empty(), "{label}");
        assert_eq!(
            page.matches("Vervallen: de kwestie is afgesloten").count(),
            2,
            "{label}: both marked lapsed"
        );
        assert!(
            page.contains("2 geplande afspraken vervallen bij het afsluiten: Huisbezoek (gepland): bij meneer thuis — "),
            "{label}: the timeline says so"
        );
        let (_, work) = get(&c, &format!("{base}/admin/work")).await;
        assert!(
            !work.contains(visit) && !work.contains(meeting),
            "{label}: gone from Mijn werk"
        );

        // One appointment ahead: singular.
        let (other, _) = intake(&base, "Piet Peters", "Een vraag over de bijstand").await;
        contact_done(&c, &base, &other).await;
        let (status, _) = submit(
            &c,
            &base,
            &other,
            "/planned",
            &[("planned_kind", "home_visit"), ("planned_on", &day(3))],
        )
        .await;
        assert_eq!(status, 303, "{label}");
        let (status, confirm) =
            submit(&c, &base, &other, "/close", &[("outcome", "resolved")]).await;
        assert_eq!(status, 200, "{label}");
        assert!(
            confirm.contains("1 geplande afspraak vervalt"),
            "{label}: {confirm}"
        );
        server.stop();
    }
}

#[tokio::test]
async fn minutes_are_left_out_when_there_are_none_and_counted_in_words() {
    for store in Store::all().await {
        let label = store.label;
        let (server, c) = setup(&store).await;
        let base = server.url.clone();
        let (reference, _) = intake(&base, "Jan Jansen", "Mijn hulp is gestopt").await;
        let case_url = format!("{base}/admin/cases/{reference}");
        let today = day(0);

        // A contact moment without a duration: no "0 minuten" anywhere.
        let (status, _) = submit(
            &c,
            &base,
            &reference,
            "/contacts",
            &[
                ("channel", "phone"),
                ("on", &today),
                ("note", "Kort gebeld"),
            ],
        )
        .await;
        assert_eq!(status, 303, "{label}");
        let (_, page) = case_page(&c, &case_url).await;
        assert!(page.contains("Kort gebeld"), "{label}");
        assert!(
            !page.contains("0 minuten") && !page.contains("0 min"),
            "{label}"
        );

        // One minute, then four more: the singular on the entry, the plural in the total.
        for (minutes, note) in [("1", "Even teruggebeld"), ("4", "Afspraak gemaakt")] {
            let (status, _) = submit(
                &c,
                &base,
                &reference,
                "/contacts",
                &[
                    ("channel", "phone"),
                    ("on", &today),
                    ("minutes", minutes),
                    ("note", note),
                ],
            )
            .await;
            assert_eq!(status, 303, "{label}");
        }
        let (_, page) = case_page(&c, &case_url).await;
        assert!(page.contains(" · 1 minuut · "), "{label}: the entry");
        assert!(page.contains(" · 4 minuten · "), "{label}: the entry");
        assert!(page.contains(" · 5 minuten</p>"), "{label}: the total");
        server.stop();
    }
}

#[tokio::test]
async fn a_document_in_the_timeline_is_named_by_its_file_name() {
    for store in Store::all().await {
        let label = store.label;
        let (server, c) = setup(&store).await;
        let base = server.url.clone();
        let (reference, token) = intake(&base, "Jan Jansen", "Mijn hulp is gestopt").await;
        let pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".to_vec();
        let form = reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(pdf)
                .file_name("besluit-gemeente.pdf")
                .mime_str("application/pdf")
                .unwrap(),
        );
        let r = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
            .post(format!("{base}/status/{token}/document"))
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303, "{label}");
        let (_, timeline) = get(&c, &format!("{base}/admin/cases/{reference}/tijdlijn")).await;
        assert!(
            timeline.contains(
                "<strong>Document van de inwoner (via de statuslink): besluit-gemeente.pdf</strong>"
            ),
            "{label}: {timeline}"
        );
        assert!(!timeline.contains(" · </p>"), "{label}: no empty author");
        server.stop();
    }
}
