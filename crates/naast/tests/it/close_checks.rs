//! Trust in letters and closing (usability round 3): a letter drafted from a template is never
//! saved without its text (it was recorded as "sent"); the letter form names its fields as
//! labelled; closing checks every field before the confirmation page, carries every answer
//! through it, and writes the letter sent, the filing and the close in one go — a close with
//! a bad field changes nothing.

use crate::harness::*;
use crate::leftovers::{api, count, summary, with_draft_objection};
use serde_json::json;

/// The id of the first task choice (`name="task_<id>"`) on a confirmation page.
fn first_task(page: &str) -> String {
    after(page, "name=\"task_")
        .split('"')
        .next()
        .unwrap()
        .to_string()
}

const OPEN_TASKS: &str = "SELECT COUNT(*) FROM tasks WHERE done_at IS NULL";

/// A kwestie before closing: what must still hold after a close that was refused.
struct Before<'a> {
    raw: &'a sqlx::AnyPool,
    base: &'a str,
    reference: &'a str,
    token: &'a str,
    letter: i64,
    open_tasks: i64,
    label: &'a str,
}

impl Before<'_> {
    /// Open, the letter a draft, no filing, the tasks as they were.
    async fn unchanged(&self, what: &str) {
        let (base, reference, token, label) = (self.base, self.reference, self.token, self.label);
        let case = api_get(&format!("{base}/api/v1/cases/{reference}"), token).await;
        assert_ne!(case["status"], "closed", "{label} {what}: still open");
        let saved = api_get(
            &format!("{base}/api/v1/cases/{reference}/letters/{}", self.letter),
            token,
        )
        .await;
        assert!(saved["sent_on"].is_null(), "{label} {what}: still a draft");
        assert_eq!(
            count(self.raw, "SELECT COUNT(*) FROM case_procedures").await,
            0,
            "{label} {what}: no filing recorded"
        );
        assert_eq!(
            count(self.raw, OPEN_TASKS).await,
            self.open_tasks,
            "{label} {what}: tasks untouched"
        );
    }
}

#[tokio::test]
async fn a_close_with_a_bad_field_changes_nothing_and_choices_are_kept() {
    for store in Store::all().await {
        let label = store.label;
        let (server, c, token) = maasdal_with_coordinator(&store).await;
        let base = server.url.clone();
        let raw = store.raw().await;
        let (reference, page, letter) = with_draft_objection(&base, &c, &token, label).await;
        let case_url = format!("{base}/admin/cases/{reference}");
        let close_url = format!("{case_url}/close");
        let sent_day = naast_app::clock::today()
            .checked_sub(jiff::Span::new().days(1))
            .unwrap()
            .to_string();
        let future = naast_app::clock::today()
            .checked_add(jiff::Span::new().days(5))
            .unwrap()
            .to_string();
        let tasks_before = count(&raw, OPEN_TASKS).await;
        assert!(tasks_before >= 1, "{label}: the term to object is open");
        let at = Before {
            raw: &raw,
            base: &base,
            reference: &reference,
            token: &token,
            letter,
            open_tasks: tasks_before,
            label,
        };
        let unchanged = |what: &'static str| at.unchanged(what);

        // First step, no Resultaat and a closing day ahead: both named at once on the form
        // itself, before any confirmation page, the choices kept.
        let res = post(
            &c,
            &close_url,
            &page,
            &[
                ("outcome", ""),
                ("closed_on", future.as_str()),
                ("reason", "Alles besproken."),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
        let again = res.text().await.unwrap();
        let s = summary(&again);
        assert!(s.contains("Resultaat: Vul dit veld in."), "{label}: {s}");
        assert!(s.contains("Datum van afsluiten:"), "{label}: {s}");
        assert!(
            !again.contains("name=\"confirm\""),
            "{label}: no confirmation"
        );
        assert!(again.contains("Alles besproken."), "{label}: kept");
        unchanged("no outcome").await;

        // "Objection filed", the letter sent yesterday, but the closing day ahead: the form
        // comes back with the letter's answer still chosen; nothing is marked sent.
        let res = post(
            &c,
            &close_url,
            &page,
            &[
                ("outcome", "objection_filed"),
                ("closed_on", future.as_str()),
                ("filed_letter", "sent"),
                ("filed_letter_sent_on", sent_day.as_str()),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
        let again = res.text().await.unwrap();
        let s = summary(&again);
        assert!(s.contains("Datum van afsluiten:"), "{label}: {s}");
        assert!(!again.contains("name=\"confirm\""), "{label}");
        assert!(
            again.contains("<option value=\"objection_filed\" selected>"),
            "{label}: outcome kept"
        );
        assert!(
            again.contains("id=\"filed_letter-sent\" name=\"filed_letter\" value=\"sent\" checked"),
            "{label}: the letter's answer kept"
        );
        assert!(
            again.contains(&format!("value=\"{sent_day}\"")),
            "{label}: its day kept"
        );
        unchanged("a day ahead").await;

        // A good first step: the confirmation page, carrying every answer, with a choice for
        // the open term; still nothing changed.
        let res = post(
            &c,
            &close_url,
            &page,
            &[
                ("outcome", "objection_filed"),
                ("filed_letter", "sent"),
                ("filed_letter_sent_on", sent_day.as_str()),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 200, "{label}");
        let confirm = res.text().await.unwrap();
        assert!(confirm.contains("name=\"confirm\" value=\"1\""), "{label}");
        assert!(
            confirm.contains("name=\"filed_letter\" value=\"sent\""),
            "{label}"
        );
        assert!(
            confirm.contains(&format!(
                "name=\"filed_letter_sent_on\" value=\"{sent_day}\""
            )),
            "{label}"
        );
        assert!(
            !confirm.contains("<strong></strong>"),
            "{label}: an outcome"
        );
        let task = first_task(&confirm);
        let choice = format!("task_{task}");
        unchanged("the confirmation page").await;

        // Confirmed with a bad field (the day changed on the way): nothing happens at all.
        let res = post(
            &c,
            &close_url,
            &confirm,
            &[
                ("confirm", "1"),
                ("outcome", "objection_filed"),
                ("closed_on", future.as_str()),
                ("filed_letter", "sent"),
                ("filed_letter_sent_on", sent_day.as_str()),
                (choice.as_str(), "keep"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
        unchanged("a bad confirmation").await;

        // Confirmed without a choice for the term: the confirmation again, nothing changed.
        let res = post(
            &c,
            &close_url,
            &confirm,
            &[
                ("confirm", "1"),
                ("outcome", "objection_filed"),
                ("filed_letter", "sent"),
                ("filed_letter_sent_on", sent_day.as_str()),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 409, "{label}");
        unchanged("an undecided term").await;

        // Confirmed in full, the term kept as a reminder: closed, the letter sent that day,
        // the objection filed that day, and the term still open as chosen.
        let res = post(
            &c,
            &close_url,
            &confirm,
            &[
                ("confirm", "1"),
                ("outcome", "objection_filed"),
                ("filed_letter", "sent"),
                ("filed_letter_sent_on", sent_day.as_str()),
                (choice.as_str(), "keep"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303, "{label}");
        let case = api_get(&format!("{base}/api/v1/cases/{reference}"), &token).await;
        assert_eq!(case["status"], "closed", "{label}");
        assert_eq!(case["outcome"], "objection_filed", "{label}");
        assert_eq!(
            case["procedures"][0]["filed_on"],
            sent_day.as_str(),
            "{label}"
        );
        let saved = api_get(
            &format!("{base}/api/v1/cases/{reference}/letters/{letter}"),
            &token,
        )
        .await;
        assert_eq!(saved["sent_on"], sent_day.as_str(), "{label}");
        assert_eq!(
            count(
                &raw,
                &format!("SELECT COUNT(*) FROM tasks WHERE id = {task} AND done_at IS NULL")
            )
            .await,
            1,
            "{label}: kept as a reminder, as chosen"
        );
    }
}

#[tokio::test]
async fn a_template_letter_without_text_is_refused_and_the_form_names_its_fields() {
    for store in Store::all().await {
        let label = store.label;
        let (server, c, token) = maasdal_with_coordinator(&store).await;
        let base = server.url.clone();
        let raw = store.raw().await;
        let (reference, _, _) = with_draft_objection(&base, &c, &token, label).await;
        let letters = "SELECT COUNT(*) FROM case_entries WHERE kind = 'letter'";
        let before = count(&raw, letters).await;
        let (_, form) = get(
            &c,
            &format!("{base}/admin/cases/{reference}/letters/new?kind=complaint"),
        )
        .await;

        // The page: an empty text and no addressee are refused, each named as labelled, what
        // was typed kept, nothing stored.
        let res = post(
            &c,
            &format!("{base}/admin/cases/{reference}/letters/draft"),
            &form,
            &[
                ("kind", "complaint"),
                ("correspondent", ""),
                ("subject", "Klacht over de Wmo-consulent"),
                ("body", "   "),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{label}");
        let again = res.text().await.unwrap();
        let s = summary(&again);
        assert!(
            s.contains("Tekst van de brief: Vul dit veld in."),
            "{label}: {s}"
        );
        assert!(
            s.contains("Aan (naam en adres): Vul dit veld in."),
            "{label}: {s}"
        );
        assert!(!s.contains("Aan of van"), "{label}: {s}");
        assert!(again.contains("href=\"#correspondent\""), "{label}");
        assert!(
            again.contains("value=\"Klacht over de Wmo-consulent\""),
            "{label}: kept"
        );
        assert_eq!(
            count(&raw, letters).await,
            before,
            "{label}: nothing stored"
        );

        // The API, both ways in: 422 naming the text.
        for path in ["letters", "letters/drafts"] {
            let res = api(
                reqwest::Method::POST,
                &format!("{base}/api/v1/cases/{reference}/{path}"),
                &token,
                Some(json!({"direction": "sent", "kind": "complaint", "body": "",
                    "correspondent": "Gemeente Maasdal", "subject": "Klacht"})),
            )
            .await;
            assert_eq!(res.status().as_u16(), 422, "{label} {path}");
            let body: serde_json::Value = res.json().await.unwrap();
            assert!(
                body["errors"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|e| e["field"] == "body"),
                "{label} {path}: {body}"
            );
        }
        assert_eq!(
            count(&raw, letters).await,
            before,
            "{label}: nothing stored"
        );

        // A letter written elsewhere is still recorded without its text.
        let res = api(
            reqwest::Method::POST,
            &format!("{base}/api/v1/cases/{reference}/letters"),
            &token,
            Some(
                json!({"direction": "received", "correspondent": "Gemeente Maasdal",
                "subject": "Ontvangstbevestiging"}),
            ),
        )
        .await;
        assert!(res.status().is_success(), "{label}");
    }
}
