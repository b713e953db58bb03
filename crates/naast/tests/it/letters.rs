//! Letters that go out as they are: addressed from the procedures register, the decision's
//! own reference quoted, a missing address warned about (Awb 6:5), a draft that can be changed
//! (every version kept) until it is marked sent with its date, a DOCX with real paragraphs and
//! headings, and a letter on the citizen's status page to sign and send.

use crate::harness::*;
use std::io::Read;

/// The `value` of the hidden `version` field on a page.
fn version(page: &str) -> String {
    after(page, "name=\"version\" value=\"")
        .split('"')
        .next()
        .unwrap()
        .to_string()
}

/// The text of a textarea with this id.
fn textarea(page: &str, id: &str) -> String {
    let start = format!("<textarea id=\"{id}\"");
    let i = page
        .find(&start)
        .unwrap_or_else(|| panic!("{id} not in page"));
    let rest = &page[i..];
    let open = rest.find('>').unwrap() + 1;
    let close = rest.find("</textarea>").unwrap();
    rest[open..close]
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

/// The paragraphs of a DOCX's body, with their style (empty when none).
fn docx_paragraphs(bytes: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml.split("<w:p>")
        .skip(1)
        .chain(xml.split("<w:p ").skip(1))
        .map(|p| {
            let p = p.split("</w:p>").next().unwrap_or_default();
            let style = p
                .split("<w:pStyle w:val=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .unwrap_or_default()
                .to_string();
            let text: String = p
                .split("<w:t")
                .skip(1)
                .filter_map(|t| t.split_once('>').map(|(_, r)| r))
                .map(|r| r.split("</w:t>").next().unwrap_or_default())
                .collect();
            (style, text)
        })
        .collect()
}

#[tokio::test]
async fn a_letter_is_addressed_from_the_register_stays_a_draft_until_sent_and_reaches_the_status_page()
 {
    for store in Store::all().await {
        let server = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let (cor, _) = first_coordinator(&server, "cor@naast.example").await;
        let (code, _, err) =
            store.run(&["tenant", "add", "--slug", "maasdal", "--name", "Maasdal"]);
        assert_eq!(code, 0, "{err}");
        let base = &server.url;

        // The register: a bad web address is refused, named, and keeps what was typed;
        // nothing is stored. Then the structured fields are saved.
        let register = format!("{base}/admin/tenants/maasdal/register");
        let (_, page) = get(&cor, &register).await;
        assert!(
            page.contains("name=\"objection_addressee\""),
            "{}",
            store.label
        );
        let res = post(
            &cor,
            &format!("{register}/municipality"),
            &page,
            &[
                (
                    "objection_addressee",
                    "College van burgemeester en wethouders",
                ),
                ("objection_address", "Postbus 100\n1000 AA Maasdal"),
                ("objection_web", "maasdal bezwaar"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422);
        let refused = res.text().await.unwrap();
        assert!(
            refused.contains("Gemeente Maasdal, Bezwaar maken, Webadres: Vul een webadres in"),
            "the error says what is wrong, and where"
        );
        assert!(
            refused.contains("value=\"maasdal bezwaar\""),
            "what was typed stays"
        );
        let (_, page) = get(&cor, &register).await;
        assert!(!page.contains("Postbus 100"), "nothing was stored");
        let res = post(
            &cor,
            &format!("{register}/municipality"),
            &page,
            &[
                (
                    "objection_addressee",
                    "College van burgemeester en wethouders",
                ),
                ("objection_address", "Postbus 100\n1000 AA Maasdal"),
                (
                    "objection_channel",
                    "Het bezwaarformulier op www.maasdal.nl (met DigiD)",
                ),
                ("objection_web", "https://www.maasdal.nl/bezwaar"),
                ("committee", "Commissie bezwaarschriften sociaal domein"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);

        // A web intake: a name, no address; its decision of 2 March 2026.
        let citizen = browser();
        let res = citizen
            .post(format!("{base}/maasdal/melden"))
            .form(&[
                ("language", "nl"),
                ("story", "Mijn hulp bij het douchen is zonder gesprek gestopt. Ik kan niet meer veilig douchen."),
                ("name", "Fatima El Amrani"),
                ("email", "fatima@example.org"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 303);
        let status_url = format!("{base}{}", location(&res));
        let token = location(&res)
            .trim_start_matches("/status/")
            .trim_end_matches("?nieuw=1")
            .to_string();
        let (_, status_page) = get(&citizen, &status_url).await;
        let reference = after(&status_page, "class=\"reference\">").to_string();
        let case = format!("{base}/admin/cases/{reference}");
        let (_, overview) = get(&cor, &case).await;
        // Before the way is chosen, drafting offers the complaint first, as always.
        let (_, letters) = get(&cor, &format!("{case}/brieven")).await;
        assert!(
            letters.contains("<option value=\"complaint\" selected>"),
            "{letters}"
        );
        let res = post(
            &cor,
            &format!("{case}/clarify"),
            &overview,
            &[
                ("version", version(&overview).as_str()),
                (
                    "problem",
                    "Mijn douchehulp is gestopt zonder dat iemand met mij heeft gesproken.",
                ),
                ("options", "objection"),
                ("option_chosen", "objection"),
                ("area", "wmo"),
                ("organisation", "municipality"),
                ("natures", "treatment"),
                ("primary_nature", "treatment"),
                ("decision_kind", "wmo_decision"),
                ("decision_date", "2026-03-02"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);

        // The way chosen is objection: "Brief opstellen" offers the objection first.
        let (_, letters) = get(&cor, &format!("{case}/brieven")).await;
        assert!(
            letters.contains("<option value=\"objection\" selected>"),
            "{letters}"
        );
        assert!(!letters.contains("<option value=\"complaint\" selected>"));

        // The objection letter: to the college at its postal address, with the problem as
        // clarified with the citizen as its grounds (not the raw story), and a warning that
        // the address (Awb 6:5) is missing.
        let (status, draft) = get(&cor, &format!("{case}/letters/new?kind=objection")).await;
        assert_eq!(status, 200);
        let to = textarea(&draft, "correspondent");
        assert_eq!(
            to,
            "College van burgemeester en wethouders\nPostbus 100\n1000 AA Maasdal"
        );
        let body = textarea(&draft, "body");
        assert!(
            body.contains("Ik maak bezwaar tegen uw besluit van 2 maart 2026"),
            "{body}"
        );
        assert!(
            body.contains("Mijn douchehulp is gestopt zonder dat iemand met mij heeft gesproken."),
            "{body}"
        );
        assert!(
            !body.contains("Mijn hulp bij het douchen is zonder gesprek gestopt."),
            "the clarified problem, not the story: {body}"
        );
        assert!(
            !body.contains(&reference),
            "Naast's reference is not in the letter"
        );
        assert!(draft.contains("id=\"letter-warnings\""));
        assert!(draft.contains("Het adres van de inwoner ontbreekt"));
        assert!(draft.contains("6:5"));
        assert!(
            draft.contains("Het bezwaarformulier op www.maasdal.nl (met DigiD)"),
            "the channel (Awb 2:13)"
        );
        assert_eq!(textarea(&draft, "sender"), "Fatima El Amrani");

        // Saved as a draft with the decision's reference and the address typed.
        let res = post(
            &cor,
            &format!("{case}/letters/draft"),
            &draft,
            &[
                ("kind", "objection"),
                ("sender", "Fatima El Amrani\nDorpsstraat 1\n1234 AB Maasdal"),
                ("correspondent", &to),
                ("on", "2026-03-20"),
                ("subject", "Bezwaarschrift"),
                ("decision_reference", "WMO-2026-0042"),
                ("decision_date", "2026-03-02"),
                ("body", &body.replace('\n', "\r\n")),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        let saved = location(&res);
        let id: i64 = saved
            .split("saved=entry-")
            .nth(1)
            .unwrap()
            .split('#')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let letter = format!("{case}/letters/{id}");
        let (_, letters) = get(&cor, &format!("{case}/brieven")).await;
        assert!(letters.contains("Conceptbrief (nog niet verstuurd)"));
        let (_, timeline) = get(&cor, &format!("{case}/tijdlijn")).await;
        assert!(!timeline.contains("Brief verstuurd"), "a draft is not sent");

        // Edited: the earlier text is kept as a version, readable; the warnings are gone.
        let (status, page) = get(&cor, &letter).await;
        assert_eq!(status, 200);
        assert!(!page.contains("id=\"letter-warnings\""), "{page}");
        let res = post(
            &cor,
            &letter,
            &page,
            &[
                ("sender", "Fatima El Amrani\nDorpsstraat 1\n1234 AB Maasdal"),
                ("correspondent", &to),
                ("on", "2026-03-21"),
                ("subject", "Bezwaarschrift"),
                ("decision_reference", "WMO-2026-0042"),
                ("decision_date", "2026-03-02"),
                (
                    "body",
                    &format!("{body}\n\nIk kan niet zonder hulp douchen."),
                ),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        let (_, page) = get(&cor, &letter).await;
        assert!(page.contains("Ik kan niet zonder hulp douchen."));
        let v: String = after(
            &page,
            &format!("href=\"/admin/cases/{reference}/letters/{id}/versions/"),
        )
        .split('"')
        .next()
        .unwrap()
        .to_string();
        let (status, old) = get(&cor, &format!("{letter}/versions/{v}")).await;
        assert_eq!(status, 200);
        assert!(old.contains("Versie 1"));
        assert!(
            !old.contains("Ik kan niet zonder hulp douchen."),
            "the version is the old text"
        );
        assert!(old.contains("Mijn douchehulp is gestopt"));

        // Bad input on the edit: a date ahead is refused and changes nothing.
        let res = post(
            &cor,
            &letter,
            &page,
            &[
                ("correspondent", &to),
                ("on", "2099-01-01"),
                ("subject", "Bezwaarschrift"),
                ("body", "Iets anders"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422);
        assert!(
            res.text().await.unwrap().contains("Iets anders"),
            "what was typed stays"
        );
        let (_, page) = get(&cor, &letter).await;
        assert!(page.contains("Ik kan niet zonder hulp douchen."));

        // The DOCX: a paragraph per paragraph, the subject a heading 1, the headings heading 2,
        // the decision's reference quoted, Naast's own not.
        let docx = cor
            .get(format!("{letter}/docx"))
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        let paras = docx_paragraphs(&docx);
        assert!(paras.len() >= 15, "{paras:?}");
        assert!(
            paras.contains(&("Heading1".into(), "Bezwaarschrift".into())),
            "{paras:?}"
        );
        assert!(
            paras.contains(&(
                "Heading2".into(),
                "Waarom ik het niet eens ben met het besluit".into()
            )),
            "{paras:?}"
        );
        assert!(paras.iter().any(|(_, t)| t == "Uw kenmerk: WMO-2026-0042"));
        assert!(paras.iter().any(|(_, t)| t == "Postbus 100"));
        assert!(paras.iter().any(|(_, t)| t.starts_with("Handtekening")));
        assert!(paras.iter().any(|(_, t)| t == "Naam: Fatima El Amrani"));
        assert!(
            !paras.iter().any(|(_, t)| t.contains(&reference)),
            "{paras:?}"
        );
        let pdf = cor.get(format!("{letter}/pdf")).send().await.unwrap();
        assert_eq!(pdf.status().as_u16(), 200);
        assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF-"));

        // On the status page: the citizen downloads it through the status link.
        let (_, page) = get(&cor, &letter).await;
        let res = post(&cor, &format!("{letter}/status-page"), &page, &[]).await;
        assert_eq!(res.status().as_u16(), 303);
        let (_, status_page) = get(&citizen, &format!("{base}/status/{token}")).await;
        assert!(
            status_page.contains("Uw brief staat klaar"),
            "{status_page}"
        );
        let doc: String = after(&status_page, &format!("href=\"/status/{token}/documents/"))
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let r = citizen
            .get(format!("{base}/status/{token}/documents/{doc}"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200);
        assert!(r.bytes().await.unwrap().starts_with(b"%PDF-"));

        // Marked sent on 23 March: on the timeline as sent that day, the objection recorded as
        // filed that day, and no longer editable.
        let (_, page) = get(&cor, &letter).await;
        let res = post(
            &cor,
            &format!("{letter}/sent"),
            &page,
            &[("sent_on", "2099-01-01")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "a day ahead is refused");
        let res = post(
            &cor,
            &format!("{letter}/sent"),
            &page,
            &[("sent_on", "2026-03-23")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 303);
        let (_, timeline) = get(&cor, &format!("{case}/tijdlijn")).await;
        assert!(timeline.contains("Brief verstuurd"), "{timeline}");
        assert!(timeline.contains("Bezwaar ingediend"));
        let (_, procedures) = get(&cor, &format!("{case}/procedures")).await;
        assert!(procedures.contains("23-03-2026"), "filed on the day sent");
        // The register names an objection committee: the decision term is the one with the
        // advisory committee (12 weeks, Awb 7:10 lid 1), not the plain 6 weeks.
        assert!(procedures.contains("adviescommissie"), "{procedures}");
        let (_, page) = get(&cor, &letter).await;
        assert!(page.contains("Verstuurd op 23-03-2026"));
        assert!(!page.contains("name=\"body\""), "no form to change it");
        let res = post(
            &cor,
            &letter,
            &page,
            &[
                ("correspondent", &to),
                ("subject", "X"),
                ("body", "Een heel andere tekst"),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 409);
        let (_, page) = get(&cor, &letter).await;
        assert!(!page.contains("Een heel andere tekst"));
        let res = post(
            &cor,
            &format!("{letter}/sent"),
            &page,
            &[("sent_on", "2026-03-24")],
        )
        .await;
        assert_eq!(res.status().as_u16(), 409, "sent once");
    }
}
