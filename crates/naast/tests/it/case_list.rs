//! The case list to work from: every column sorts both ways through its header link (citizen
//! and subject in memory, refused with a plain message above the limit), filters stay in the
//! links, an unknown order is the default without an error, names are shown and audited by id,
//! and the API's list stays without names.

use crate::harness::*;
use serde_json::json;

/// The references in the order the list page shows them.
fn shown(page: &str) -> Vec<String> {
    page.split("class=\"reference\" href=\"/admin/cases/")
        .skip(1)
        .filter_map(|s| s.split('"').next().map(String::from))
        .collect()
}

/// The `<th>` of a column (by its Dutch label) on the list page.
fn header<'a>(page: &'a str, label: &str) -> &'a str {
    let head = page.find("<thead").expect("a table");
    let at = head
        + page[head..]
            .find(&format!(">{label}"))
            .unwrap_or_else(|| panic!("no header {label}"));
    let start = page[..at].rfind("<th").unwrap();
    let end = at + page[at..].find("</th>").unwrap();
    &page[start..end]
}

async fn staff_intake(base: &str, token: &str, name: &str, story: &str) -> String {
    let mut body = json!({"tenant": "maasdal", "channel": "phone", "story": story});
    if name.is_empty() {
        body["anonymous"] = json!(true);
    } else {
        body["name"] = json!(name);
        body["phone"] = json!("0612345678");
    }
    let r = reqwest::Client::new()
        .post(format!("{base}/api/v1/cases"))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201, "{}", r.text().await.unwrap());
    r.json::<serde_json::Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn the_case_list_sorts_on_every_column_and_keeps_the_filters() {
    for store in Store::all().await {
        store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let base = server.url.clone();
        let label = store.label;
        let (web, _) = first_coordinator(&server, "cor@naast.example").await;
        let cor = store
            .run(&["token", "create", "--user", "cor@naast.example"])
            .1
            .trim()
            .to_string();
        let vera = store.token_for("vera@naast.example", "confidant", Some("maasdal"));

        let a = staff_intake(&base, &cor, "Anna Visser", "Zorg thuis gestopt").await;
        let b = staff_intake(&base, &cor, "Bram Bakker", "Afval niet opgehaald").await;
        let c = staff_intake(&base, &vera, "Cor de Wit", "Bijstand teruggevorderd").await;
        let d = staff_intake(&base, &cor, "", "Parkeervergunning geweigerd").await;
        let raw = store.raw().await;
        for (r, area, opened, status, org) in [
            (
                &a,
                Some("jeugd"),
                "2026-01-10",
                "in_progress",
                Some("municipality"),
            ),
            (&b, Some("wmo"), "2026-03-01", "in_progress", None),
            (
                &c,
                Some("participatie"),
                "2026-02-01",
                "waiting_citizen",
                None,
            ),
            (&d, None, "2026-04-01", "new", None),
        ] {
            sqlx::query(
                "UPDATE cases SET area = $1, opened_on = $2, status = $3, organisation = $4 \
                 WHERE reference = $5",
            )
            .bind(area)
            .bind(opened)
            .bind(status)
            .bind(org)
            .bind(r.as_str())
            .execute(&raw)
            .await
            .unwrap();
        }
        for r in [&b, &d] {
            sqlx::query("UPDATE cases SET owner_user_id = NULL WHERE reference = $1")
                .bind(r.as_str())
                .execute(&raw)
                .await
                .unwrap();
        }
        for (r, due) in [(&a, "2026-12-20"), (&c, "2026-12-10")] {
            sqlx::query(
                "INSERT INTO tasks (case_id, due_on, created_at) \
                 SELECT id, $1, 0 FROM cases WHERE reference = $2",
            )
            .bind(due)
            .bind(r.as_str())
            .execute(&raw)
            .await
            .unwrap();
        }

        // Every column, both ways; empty values (anonymous, no area, no deadline, no owner) go
        // last both ways; ties newest first.
        let (a, b, c, d) = (a.as_str(), b.as_str(), c.as_str(), d.as_str());
        for (sort, want) in [
            ("citizen_asc", [a, b, c, d]),
            ("citizen_desc", [c, b, a, d]),
            ("subject_asc", [b, c, d, a]),
            ("subject_desc", [a, d, c, b]),
            ("area_asc", [c, a, b, d]),
            ("area_desc", [b, a, c, d]),
            ("organisation_asc", [a, d, c, b]),
            ("organisation_desc", [a, d, c, b]),
            ("status_asc", [d, b, a, c]),
            ("status_desc", [c, b, a, d]),
            ("opened_asc", [a, c, b, d]),
            ("opened_desc", [d, b, c, a]),
            ("deadline_asc", [c, a, d, b]),
            ("deadline_desc", [a, c, d, b]),
            ("owner_asc", [a, c, d, b]),
            ("owner_desc", [c, a, d, b]),
        ] {
            let (status, page) = get(&web, &format!("{base}/admin/cases?sort={sort}")).await;
            assert_eq!(status, 200, "{sort} ({label})");
            assert_eq!(shown(&page), want, "{sort} ({label})");
            assert!(!page.contains("id=\"sort-refused\""), "{sort}");
        }
        // The old orders still work; an unknown one is the default, no error.
        for sort in [
            "updated_desc",
            "reference_asc",
            "bogus",
            "citizen_up",
            "x%27%3B",
        ] {
            let (status, page) = get(&web, &format!("{base}/admin/cases?sort={sort}")).await;
            assert_eq!(status, 200, "{sort}");
            assert_eq!(shown(&page).len(), 4, "{sort}");
        }
        let (_, page) = get(&web, &format!("{base}/admin/cases?sort=bogus")).await;
        assert_eq!(shown(&page), [d, b, c, a], "unknown: newest first");
        assert!(header(&page, "Geopend").contains("aria-sort=\"descending\""));

        // The page names the citizens and subjects; anonymous says so.
        let (_, page) = get(&web, &format!("{base}/admin/cases")).await;
        for text in [
            "Anna Visser",
            "Zorg thuis gestopt",
            "anoniem",
            "Jeugdhulp",
            "Gemeente",
            "Wacht op inwoner",
            "Cor Coördinator",
        ] {
            assert!(page.contains(text), "{text} ({label})");
        }
        // Sorted column: aria-sort on its header, whose link turns the order round; other
        // headers keep every filter and start on page 1.
        let (_, page) = get(
            &web,
            &format!("{base}/admin/cases?status=open&owner=me&area=jeugd&sort=subject_desc&page=0"),
        )
        .await;
        assert_eq!(shown(&page), [a]);
        let h = header(&page, "Onderwerp");
        assert!(h.contains("aria-sort=\"descending\""), "{h}");
        assert!(h.contains("sort=subject_asc"), "{h}");
        let h = header(&page, "Inwoner");
        assert!(!h.contains("aria-sort"), "{h}");
        assert!(
            h.contains("status=open&#38;area=jeugd&#38;owner=me&#38;sort=citizen_asc"),
            "{h}"
        );
        assert!(
            page.contains("name=\"sort\" value=\"subject_desc\""),
            "the form keeps it"
        );

        // The audit names the kwesties shown by id, never by name.
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT object_id FROM audit_log WHERE action = 'case.list'")
                .fetch_all(&raw)
                .await
                .unwrap();
        assert!(!rows.is_empty(), "case.list audited ({label})");
        for (ids,) in &rows {
            assert!(ids.split(',').all(|id| id.parse::<i64>().is_ok()), "{ids}");
        }

        // The API's list shows no names.
        let list = api_get(&format!("{base}/api/v1/cases?sort=citizen_asc"), &cor).await;
        assert_eq!(list["total"], 4);
        assert!(!list.to_string().contains("Anna"), "{list}");
        server.stop();

        // Above the limit the sealed columns are not sorted: the page says so and keeps the
        // filters; other columns still sort, and a narrower filter sorts again.
        let server = Server::start(
            &store,
            &[("NAAST_RATE_LIMITS", "off"), ("NAAST_SEALED_SORT_MAX", "3")],
        );
        let base = server.url.clone();
        // The session lives in the database: the same browser goes on.
        let (status, page) = get(
            &web,
            &format!("{base}/admin/cases?status=open&sort=citizen_asc"),
        )
        .await;
        assert_eq!(status, 200);
        assert!(page.contains("id=\"sort-refused\""), "{label}");
        assert!(page.contains("hoogstens 3 kwesties"), "{page}");
        assert_eq!(shown(&page), [d, b, c, a], "newest first instead");
        assert!(
            page.contains("<option value=\"open\" selected"),
            "filter kept"
        );
        assert!(header(&page, "Geopend").contains("status=open"));
        let (_, page) = get(
            &web,
            &format!("{base}/admin/cases?status=open&sort=owner_desc"),
        )
        .await;
        assert!(!page.contains("id=\"sort-refused\""));
        let (_, page) = get(
            &web,
            &format!("{base}/admin/cases?status=in_progress&sort=citizen_desc"),
        )
        .await;
        assert!(!page.contains("id=\"sort-refused\""));
        assert_eq!(shown(&page), [b, a]);
        server.stop();
    }
}
