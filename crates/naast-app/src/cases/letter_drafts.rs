//! Drafting a letter from a case (filled from the tenant's template), and the data to typeset
//! a stored letter as PDF or DOCX. Reads are audited like every read of a case.

use super::{Loaded, today};
use crate::letter_templates::{default_subject, render};
use crate::{App, AppError, Principal, Result};
use naast_core::case::LetterForm;
use naast_core::case::letter::{LetterWarning, warnings};
use naast_core::procedure::{LETTER_KINDS, RegisterEntry, route_kind};
use naast_core::terms::{DeadlineRequest, answer};
use naast_core::{Msg, vocab};
use naast_store::{cases as store, procedures, tenants};

/// A letter ready for the confidant to edit (or, once sent, to read).
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct LetterDraft {
    pub kind: String,
    pub label: String,
    pub form: LetterForm,
    /// The timeline entry of a saved letter; `None` for a new one.
    pub entry_id: Option<i64>,
    /// The day a saved letter went out; `None` while it is a draft.
    pub sent_on: Option<String>,
    /// What the letter still misses (Awb 6:5, 9:4).
    pub warnings: Vec<LetterWarning>,
    /// Where the letter goes electronically, from the register (Awb 2:13): the channel and web
    /// address, when known.
    pub channel: String,
    pub web: String,
    /// The tenant has its own text for this kind of letter.
    pub tenant_text: bool,
    /// Drafted from Naast's own text (rather than the tenant's).
    pub naast_text: bool,
    /// The versions saved before the current text, oldest first.
    pub versions: Vec<VersionView>,
}

/// An earlier version of a letter.
#[derive(Debug, Clone, serde::Serialize)]
pub struct VersionView {
    pub id: i64,
    pub number: usize,
    pub at: i64,
    pub author: String,
}

/// A stored letter, ready to typeset.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LetterDoc {
    /// Naast's reference of the kwestie (in the file name, not on the letter).
    pub reference: String,
    /// The decision's own reference and date, quoted on the letter ("Uw kenmerk").
    pub decision_reference: String,
    pub decision_date: String,
    /// The citizen's name under the signature line.
    pub signer: String,
    /// The date on the letter, written out ("23 november 2026").
    pub date: String,
    pub sender: Vec<String>,
    pub recipient: Vec<String>,
    pub subject: String,
    pub body: String,
    /// A safe file name without extension.
    pub file_stem: String,
}

/// "2 maart 2026" from an ISO date (the weekday left out, as in a letter).
fn long_date(iso: &str) -> String {
    iso.parse::<jiff::civil::Date>()
        .map(|d| {
            let s = naast_core::terms::dutch(d);
            s.split_once(' ')
                .map(|(_, rest)| rest.to_string())
                .unwrap_or(s)
        })
        .unwrap_or_default()
}

/// The grounds of a letter: the clarified problem when there is one, else the citizen's story,
/// else a placeholder to write them in.
fn grounds_of(problem: &str, story: &str) -> String {
    [problem, story]
        .into_iter()
        .map(str::trim)
        .find(|t| !t.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| {
            "[Schrijf hier in de eigen woorden van de inwoner waarom hij of zij het er niet mee eens is.]"
                .to_string()
        })
}

/// What the citizen asks for, as a sentence in the first person, from what they want to
/// achieve (recorded at the intake or while clarifying): "Ik wil ..." as written, "dat ..." as
/// "Ik vraag u ervoor te zorgen dat ...", anything else as "Ik vraag u: ...". Empty without a
/// goal (the letter then asks only what the template asks).
fn request_of(goal: &str) -> String {
    let goal = goal
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', ';', ',', ':'])
        .trim()
        .to_string();
    if goal.is_empty() {
        return String::new();
    }
    let lower = goal.to_lowercase();
    let end = if goal.ends_with(['!', '?']) { "" } else { "." };
    // A word in lower case after a capital (not an abbreviation such as "WMO") starts a
    // sentence and goes lower case inside one.
    let mut chars = goal.chars();
    let inside = match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase() => {
            format!("{}{}", a.to_lowercase(), &goal[a.len_utf8()..])
        }
        _ => goal.clone(),
    };
    if lower.starts_with("ik ") {
        let mut c = goal.chars();
        let first = c
            .next()
            .map(|f| f.to_uppercase().to_string())
            .unwrap_or_default();
        format!("{first}{}{end}", c.as_str())
    } else if lower.starts_with("dat ") {
        format!("Ik vraag u ervoor te zorgen {inside}{end}")
    } else {
        format!("Ik vraag u: {inside}{end}")
    }
}

fn decision_reference_of(ctx: &serde_json::Value) -> String {
    ctx["besluit"]["kenmerk"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

impl App {
    async fn organisation_label(&self, c: &Loaded, tenant_name: &str) -> Result<(String, bool)> {
        Ok(match c.row.organisation.as_deref() {
            None => (String::new(), false),
            Some(o) if o.starts_with("municipality") => (format!("Gemeente {tenant_name}"), true),
            Some(o) => (
                tenants::providers(self.db.pool(), c.row.tenant_id)
                    .await?
                    .into_iter()
                    .find(|p| p.code == o)
                    .map(|p| p.name)
                    .unwrap_or_else(|| o.to_string()),
                false,
            ),
        })
    }

    /// The register's entry of the case's organisation (the municipality's for any of its
    /// departments), if the coordinator filled one in.
    pub(crate) async fn register_entry_of(&self, c: &Loaded) -> Result<RegisterEntry> {
        let Some(org) = c.row.organisation.as_deref() else {
            return Ok(RegisterEntry::default());
        };
        let key = if org.starts_with("municipality") {
            "municipality"
        } else {
            org
        };
        Ok(procedures::info(self.db.pool(), c.row.tenant_id)
            .await?
            .into_iter()
            .find(|r| r.organisation == key)
            .and_then(|r| serde_json::from_str(&r.body).ok())
            .unwrap_or_default())
    }

    /// The decision's reference as typed on the case's latest letter that had one.
    async fn known_decision_reference(&self, c: &Loaded) -> Result<String> {
        for e in store::entries(self.db.pool(), c.row.id).await? {
            if e.kind != "letter" {
                continue;
            }
            let l: LetterForm = serde_json::from_str(&c.open_at(
                super::ENTRIES.0,
                super::ENTRIES.1,
                e.id,
                &e.sealed,
            ))
            .unwrap_or_default();
            if !l.decision_reference.is_empty() {
                return Ok(l.decision_reference);
            }
        }
        Ok(String::new())
    }

    /// A new letter of `kind`, filled from the case with the tenant's template (or Naast's
    /// own text with `naast_text`), addressed as the register says for the case's
    /// organisation and this kind of procedure.
    pub async fn draft_letter(
        &self,
        who: &Principal,
        reference: &str,
        kind: &str,
    ) -> Result<LetterDraft> {
        self.draft_letter_from(who, reference, kind, false).await
    }

    /// [`App::draft_letter`], choosing Naast's own text or the tenant's.
    pub async fn draft_letter_from(
        &self,
        who: &Principal,
        reference: &str,
        kind: &str,
        naast_text: bool,
    ) -> Result<LetterDraft> {
        let c = self.load_case(who, reference).await?;
        if c.key.is_none() {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        if !vocab::has(LETTER_KINDS, kind) {
            return Err(AppError::NotFound);
        }
        let tenant = tenants::by_id(self.db.pool(), c.row.tenant_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let sealed = c.sealed()?;
        let person = match c.row.citizen_id {
            Some(id) => self.person_view(id).await?.map(|(_, p)| p),
            None => None,
        }
        .unwrap_or_default();
        let (org_name, is_municipality) = self.organisation_label(&c, &tenant.name).await?;
        let route = self.register_entry_of(&c).await?.route(route_kind(kind));
        // The decision's reference as recorded while clarifying; else as typed on an earlier
        // letter (before the clarify step had the field).
        let decision_reference = if sealed.decision_reference.trim().is_empty() {
            self.known_decision_reference(&c).await?
        } else {
            sealed.decision_reference.trim().to_string()
        };
        let decision_from = c
            .row
            .decision_sent_on
            .clone()
            .or_else(|| c.row.decision_date.clone());
        let objection_end = decision_from
            .and_then(|d| {
                answer(&DeadlineRequest {
                    rule: "awb-6:7-bezwaar".into(),
                    date: d,
                    ..Default::default()
                })
                .ok()
            })
            .map(|a| long_date(&a.last_day))
            .unwrap_or_default();
        let procs = procedures::of_case(self.db.pool(), c.row.id).await?;
        let latest = |kinds: &[&str]| {
            procs
                .iter()
                .filter(|p| kinds.contains(&p.kind.as_str()))
                .map(|p| p.filed_on.clone())
                .max()
                .map(|d| long_date(&d))
                .unwrap_or_default()
        };
        // The grounds: the problem as the confidant wrote it down after clarifying it with the
        // citizen (the question made clear, what the letter is about), else the story told at
        // the intake, else a place to write them. The template around them speaks as "ik".
        let grounds = grounds_of(&sealed.problem, &sealed.story);
        let wish = if sealed.goal.trim().is_empty() {
            "[Schrijf hier wat de inwoner wil bereiken.]".to_string()
        } else {
            sealed.goal.trim().to_string()
        };
        let ctx = serde_json::json!({
            "burger": {"naam": person.name, "adres": person.address, "email": person.email, "telefoon": person.phone},
            "organisatie": {"naam": org_name, "is_gemeente": is_municipality},
            "gemeente": {"naam": tenant.name},
            "besluit": {
                "soort": c.row.decision_kind.as_deref().map(|k| vocab::label(vocab::DECISION_KINDS, k, naast_core::Lang::Nl)).unwrap_or(""),
                "datum": c.row.decision_date.as_deref().map(long_date).unwrap_or_default(),
                "verzonden": c.row.decision_sent_on.as_deref().map(long_date).unwrap_or_default(),
                "kenmerk": decision_reference,
            },
            "bezwaartermijn": objection_end,
            "aanvraag": {"datum": latest(&["application", "melding", "debt_request"])},
            "klacht": {"datum": latest(&["complaint"])},
            "probleem": if sealed.problem.is_empty() { sealed.story.clone() } else { sealed.problem.clone() },
            "gronden": grounds,
            "wens": wish,
            "verzoek": request_of(&sealed.goal),
            "doel": sealed.goal,
            "kenmerk": c.row.reference,
            "vertrouwenspersoon": {"naam": who.shown_name()},
            "vandaag": long_date(&today().to_string()),
        });
        let (template, tenant_text) = self.template_for(c.row.tenant_id, kind, naast_text).await?;
        // A tenant's template that no longer renders falls back to Naast's own text, so
        // the confidant can always draft; the coordinator sees the error when editing.
        let body = match render(&template, &ctx) {
            Ok(b) => b,
            Err(_) => render(crate::letter_templates::builtin(kind).unwrap_or(""), &ctx)
                .unwrap_or_default(),
        };
        let correspondent = if route.addressee.is_empty() {
            std::iter::once(org_name)
                .chain(route.address.lines().map(str::to_string))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            format!("{}\n{}", route.addressee, route.address)
        };
        let form = LetterForm {
            direction: "sent".into(), // not a state: the letter's direction
            on: today().to_string(),
            correspondent: correspondent.trim().to_string(),
            sender: std::iter::once(person.name.trim())
                .chain(person.address.lines().map(str::trim))
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("\n"),
            subject: default_subject(kind).into(),
            summary: String::new(),
            body,
            kind: kind.into(),
            decision_reference: decision_reference_of(&ctx),
            decision_date: c.row.decision_date.clone().unwrap_or_default(),
        };
        self.audit(who, "case.letter_draft", "case", &c.row.id.to_string())
            .await?;
        Ok(LetterDraft {
            kind: kind.into(),
            label: vocab::label(LETTER_KINDS, kind, who.lang).into(),
            warnings: warnings(&form),
            form,
            channel: route.channel,
            web: route.web,
            tenant_text,
            naast_text: naast_text || !tenant_text,
            ..Default::default()
        })
    }

    /// Records that a letter drafted in Naast went out today: a timeline entry "letter sent"
    /// with its addressee (the first line) and subject; the draft stays as it was.
    pub async fn letter_sent(
        &self,
        who: &Principal,
        reference: &str,
        entry_id: i64,
    ) -> Result<i64> {
        let c = self.load_case(who, reference).await?;
        if c.row.status == naast_core::CaseStatus::Closed || c.key.is_none() {
            return Err(AppError::Conflict(Msg::CaseClosed));
        }
        let entry = store::entries(self.db.pool(), c.row.id)
            .await?
            .into_iter()
            .find(|e| e.id == entry_id && e.kind == "letter")
            .ok_or(AppError::NotFound)?;
        let draft: LetterForm = serde_json::from_str(&c.open_at(
            super::ENTRIES.0,
            super::ENTRIES.1,
            entry.id,
            &entry.sealed,
        ))
        .unwrap_or_default();
        if draft.body.is_empty() {
            return Err(AppError::NotFound);
        }
        self.record_letter_sent(who, reference, &draft).await
    }

    /// The entry "letter sent" for a letter already loaded and opened (`draft`): its addressee
    /// (the first line) and subject.
    pub(crate) async fn record_letter_sent(
        &self,
        who: &Principal,
        reference: &str,
        draft: &LetterForm,
    ) -> Result<i64> {
        let to = draft
            .correspondent
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or_default();
        let sent = LetterForm {
            direction: "sent".into(), // not a state: the letter's direction
            correspondent: to.into(),
            subject: draft.subject.clone(),
            ..Default::default()
        };
        self.add_letter(who, reference, &sent).await
    }

    /// A stored letter with its full text, to typeset (the read is audited).
    pub async fn letter_document(
        &self,
        who: &Principal,
        reference: &str,
        entry_id: i64,
    ) -> Result<LetterDoc> {
        let c = self.load_case(who, reference).await?;
        let doc = self.letter_doc(&c, entry_id).await?;
        self.audit(who, "case.letter_read", "entry", &entry_id.to_string())
            .await?;
        Ok(doc)
    }

    /// A stored letter of a loaded case with its full text (`NotFound` for anything else: a
    /// letter recorded without a text drafted in Naast, another entry). Not audited here.
    pub(crate) async fn letter_doc(&self, c: &super::Loaded, entry_id: i64) -> Result<LetterDoc> {
        let entry = store::entries(self.db.pool(), c.row.id)
            .await?
            .into_iter()
            .find(|e| e.id == entry_id && e.kind == "letter")
            .ok_or(AppError::NotFound)?;
        let letter: LetterForm = serde_json::from_str(&c.open_at(
            super::ENTRIES.0,
            super::ENTRIES.1,
            entry.id,
            &entry.sealed,
        ))
        .unwrap_or_default();
        if letter.body.is_empty() {
            return Err(AppError::NotFound);
        }
        let person = match c.row.citizen_id {
            Some(id) => self.person_view(id).await?.map(|(_, p)| p),
            None => None,
        }
        .unwrap_or_default();
        // The sender as on the letter; a letter saved before it had one: the citizen's details.
        let sender: Vec<String> = if letter.sender.trim().is_empty() {
            std::iter::once(person.name)
                .chain(person.address.lines().map(|l| l.trim().to_string()))
                .filter(|l| !l.is_empty())
                .collect()
        } else {
            letter
                .sender
                .lines()
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty())
                .collect()
        };
        let signer = sender.first().cloned().unwrap_or_default();
        let stem: String = letter
            .subject
            .chars()
            .map(|ch| {
                if ch.is_alphanumeric() {
                    ch.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect::<String>()
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        Ok(LetterDoc {
            file_stem: format!(
                "{}-{}",
                if stem.is_empty() {
                    "brief".into()
                } else {
                    stem
                },
                c.row.reference
            ),
            reference: c.row.reference.clone(),
            decision_reference: letter.decision_reference,
            decision_date: long_date(&letter.decision_date),
            signer,
            date: long_date(&letter.on),
            sender,
            recipient: letter
                .correspondent
                .lines()
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty())
                .collect(),
            subject: letter.subject,
            body: letter.body,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{grounds_of, request_of};

    #[test]
    fn the_request_is_the_citizens_goal_in_the_first_person() {
        assert_eq!(request_of("  "), "");
        assert_eq!(
            request_of("Hulp bij het huishouden terug"),
            "Ik vraag u: hulp bij het huishouden terug."
        );
        assert_eq!(
            request_of("WMO-vervoer voor mijn moeder."),
            "Ik vraag u: WMO-vervoer voor mijn moeder."
        );
        assert_eq!(
            request_of("dat de traplift wordt vergoed"),
            "Ik vraag u ervoor te zorgen dat de traplift wordt vergoed."
        );
        assert_eq!(
            request_of("ik wil mijn\nhulp terug"),
            "Ik wil mijn hulp terug."
        );
    }

    #[test]
    fn the_grounds_are_the_clarified_problem_else_the_story() {
        assert_eq!(
            grounds_of(" De traplift is nodig. ", "Mijn moeder valt."),
            "De traplift is nodig."
        );
        assert_eq!(grounds_of("  ", "Mijn moeder valt."), "Mijn moeder valt.");
        assert!(grounds_of("", "").starts_with("[Schrijf hier"));
    }
}
