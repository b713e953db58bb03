//! The case page in parts: every part at its own address with the case's header and a tab bar,
//! every save back on its own part saying "Opgeslagen", a refused save keeping what was typed,
//! and a timeline that says what happened in words, never as stored codes.

use crate::cases::confidant;
use crate::harness::*;

const PARTS: [(&str, &str); 6] = [
    ("", "Overzicht"),
    ("/tijdlijn", "Tijdlijn"),
    ("/taken", "Taken en termijnen"),
    ("/brieven", "Brieven en documenten"),
    ("/procedures", "Procedures"),
    ("/betrokkenen", "Betrokkenen en toestemming"),
];

/// Everything in `html` after the first `marker`.
fn rest<'a>(html: &'a str, marker: &str) -> &'a str {
    let i = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not in page"));
    &html[i + marker.len()..]
}

/// The `value` of the hidden `version` field on a page.
fn version(page: &str) -> String {
    after(page, "name=\"version\" value=\"")
        .split('"')
        .next()
        .unwrap()
        .to_string()
}

/// Where a save went: the part's address, and that it says "saved" and where to look.
fn saved_on(res: &reqwest::Response, part: &str) -> String {
    assert_eq!(res.status().as_u16(), 303, "a save redirects");
    let to = location(res);
    assert!(
        to.starts_with(&format!("{part}?saved=")) && to.ends_with("#saved"),
        "{to} is not on {part}"
    );
    to
}

#[tokio::test]
async fn each_part_has_its_address_and_every_save_comes_back_to_its_part_saying_so() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let vera = confidant(&store, &server).await;
        let base = &server.url;
        // Through the public form: a new kwestie with a status link, so it can take a message.
        let citizen = browser();
        let res = citizen
            .post(format!("{base}/maasdal/melden"))
            .form(&[
                ("language", "nl"),
                ("story", "Mijn vader krijgt geen hulp bij het douchen meer."),
                ("name", "Fatima El Amrani"),
                ("email", "fatima@example.org"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 303, "{}", store.label);
        let (_, status_page) = get(&citizen, &format!("{base}{}", location(&res))).await;
        let reference = after(&status_page, "class=\"reference\">")
            .split('<')
            .next()
            .unwrap()
            .to_string();
        let case = format!("/admin/cases/{reference}");

        // Every part: its own address, the case's header, the tab bar with the current part.
        for (slug, label) in PARTS {
            let (status, page) = get(&vera, &format!("{base}{case}{slug}")).await;
            assert_eq!(status, 200, "{slug}");
            assert!(
                page.contains(&reference) && page.contains("Fatima El Amrani"),
                "{slug}"
            );
            let nav = rest(&page, "<nav class=\"case-parts\"")
                .split("</nav>")
                .next()
                .unwrap();
            assert!(
                nav.contains("aria-label=\"Onderdelen van de kwestie\""),
                "{slug}"
            );
            assert!(
                nav.contains(&format!(
                    "<a href=\"{case}{slug}\" aria-current=\"page\">{label}</a>"
                )),
                "{slug}: the current part is marked: {}",
                &nav[..nav.len().min(900)]
            );
            assert_eq!(nav.matches("aria-current").count(), 1, "{slug}");
            assert!(
                !page.contains("role=\"status\" id=\"saved\""),
                "{slug}: nothing saved yet"
            );
        }
        let (_, overview) = get(&vera, &format!("{base}{case}")).await;
        assert!(overview.contains("id=\"h-clarify\"") && overview.contains("Binnengekomen"));
        let (_, people) = get(&vera, &format!("{base}{case}/betrokkenen")).await;
        assert!(people.contains("id=\"h-consents\"") && !people.contains("id=\"h-clarify\""));

        // A refused save shows its own part again with what was typed and the problem named.
        let res = post(
            &vera,
            &format!("{base}{case}/clarify"),
            &overview,
            &[
                ("version", version(&overview).as_str()),
                ("problem", "Douchehulp gestopt zonder besluit"),
                ("area", "wmo"),
                ("organisation", "nowhere_care"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422);
        let body = res.text().await.unwrap();
        assert!(
            body.contains("Douchehulp gestopt zonder besluit") && body.contains("id=\"h-clarify\"")
        );
        assert!(
            body.contains("href=\"#organisation\""),
            "the problem is named"
        );
        let res = post(
            &vera,
            &format!("{base}{case}/tasks"),
            &overview,
            &[("title", "Terugbellen"), ("due_on", "morgen")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422);
        let body = res.text().await.unwrap();
        assert!(
            body.contains("value=\"Terugbellen\"")
                && body.contains("aria-current=\"page\">Taken en termijnen<"),
            "the tasks part again, with the title kept"
        );

        // Saves, each back on its part: clarify (overview), contact (timeline), status
        // (overview), procedure (procedures), a task (tasks), a drafted letter and its sending
        // (letters, pointing at the letter), a message to the citizen (timeline).
        let res = post(
            &vera,
            &format!("{base}{case}/clarify"),
            &overview,
            &[
                ("version", version(&overview).as_str()),
                ("case_subject", "Douchehulp"),
                ("problem", "Douchehulp gestopt zonder besluit"),
                ("area", "wmo"),
                ("organisation", "municipality"),
                ("natures", "treatment"),
                ("primary_nature", "treatment"),
            ],
        )
        .await;
        let to = saved_on(&res, &case);
        let (_, page) = get(&vera, &format!("{base}{to}")).await;
        assert!(
            page.contains("role=\"status\" id=\"saved\" tabindex=\"-1\">Opgeslagen."),
            "the part says it saved"
        );
        let res = post(
            &vera,
            &format!("{base}{case}/contacts"),
            &page,
            &[
                ("channel", "phone"),
                ("activities", "listening"),
                ("minutes", "15"),
            ],
        )
        .await;
        saved_on(&res, &format!("{case}/tijdlijn"));
        let res = post(
            &vera,
            &format!("{base}{case}/status"),
            &page,
            &[("status", "waiting_organisation")],
        )
        .await;
        saved_on(&res, &case);
        let res = post(
            &vera,
            &format!("{base}{case}/procedures"),
            &page,
            &[
                ("kind", "complaint"),
                ("filed_on", "2026-11-18"),
                ("procedure_organisation", "municipality"),
            ],
        )
        .await;
        saved_on(&res, &format!("{case}/procedures"));
        let res = post(
            &vera,
            &format!("{base}{case}/tasks"),
            &page,
            &[("title", "Terugbellen"), ("due_on", "2026-12-31")],
        )
        .await;
        saved_on(&res, &format!("{case}/taken"));
        let res = post(
            &vera,
            &format!("{base}{case}/letters/draft"),
            &page,
            &[
                ("kind", "complaint"),
                ("correspondent", "Gemeente Maasdal\nPostbus 1"),
                ("subject", "Klacht over de douchehulp"),
                ("body", "Geachte heer, mevrouw,\n\nIk dien een klacht in."),
            ],
        )
        .await;
        let to = saved_on(&res, &format!("{case}/brieven"));
        let drafted: i64 = after(&to, "saved=entry-")
            .split('#')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let (_, letters) = get(&vera, &format!("{base}{to}")).await;
        assert!(
            letters.contains(&format!("<a href=\"#entry-{drafted}\">")),
            "points at the letter"
        );
        assert!(letters.contains(&format!("id=\"entry-{drafted}\"")));
        assert!(letters.contains(&format!("action=\"{case}/letters/{drafted}/sent\"")));
        let res = post(
            &vera,
            &format!("{base}{case}/letters/{drafted}/sent"),
            &letters,
            &[],
        )
        .await;
        let to = saved_on(&res, &format!("{case}/brieven"));
        assert!(
            to.contains(&format!("entry-{drafted}#")),
            "the draft itself is marked sent"
        );
        let res = post(
            &vera,
            &format!("{base}{case}/messages"),
            &page,
            &[("message", "Ik heb de klacht voor u verstuurd.")],
        )
        .await;
        saved_on(&res, &format!("{case}/tijdlijn"));

        // The timeline says all of it in words: no stored code shows.
        let (_, timeline) = get(&vera, &format!("{base}{case}/tijdlijn")).await;
        let list = rest(&timeline, "<ol class=\"timeline\">")
            .split("</ol>")
            .next()
            .unwrap();
        for words in [
            "Status: binnengekomen → in behandeling",
            "Status: in behandeling → wacht op organisatie",
            "Vraagverheldering opgeslagen",
            "Douchehulp",
            "Klacht ingediend",
            "18-11-2026",
            "Brief verstuurd",
            "Klacht over de douchehulp",
            "Bericht aan de inwoner",
            "Ik heb de klacht voor u verstuurd.",
            "Contactmoment",
        ] {
            assert!(list.contains(words), "{words:?} on the timeline: {list}");
        }
        for code in [
            "in_progress",
            "waiting_organisation",
            "new →",
            "complaint",
            "web_form",
            "Webformulier",
            "Status gewijzigd",
        ] {
            assert!(
                !list.contains(code),
                "{code:?} shows on the timeline: {list}"
            );
        }
        // In English, the same in English words.
        let back = format!("{case}/tijdlijn");
        let res = post(
            &vera,
            &format!("{base}/lang"),
            &timeline,
            &[("to", "en"), ("back", back.as_str())],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        let (_, en) = get(&vera, &format!("{base}{case}/tijdlijn")).await;
        assert!(en.contains("<html lang=\"en\""));
        assert!(
            en.contains("Status: new → in progress")
                && en.contains("Status: in progress → waiting for the organisation")
                && en.contains("Message to the citizen")
                && en.contains("Letter sent")
                && en.contains("Complaint filed"),
            "{en}"
        );
    }
}
