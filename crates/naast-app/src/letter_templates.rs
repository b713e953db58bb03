//! Letter templates: a complaint, a pro-forma objection, an objection with grounds, a request
//! for information and a notice of default. Naast ships a plain-Dutch text for each; a
//! coordinator can replace it per tenant. Templates are minijinja with a fuel limit and no
//! loader: a template reads only the case's context and cannot include files or run long.
//! The output is plain text; the PDF and DOCX are typeset from it by the document crate.

use crate::{App, AppError, Principal, Result};
use naast_core::procedure::LETTER_KINDS;
use naast_core::{FieldError, Invalid, Msg, Role, vocab};
use naast_store::procedures as store;

/// The longest template a coordinator may save.
pub const TEMPLATE_MAX: usize = 20_000;

/// Naast's own text for a kind of letter.
pub fn builtin(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "complaint" => include_str!("letters/complaint.txt"),
        "objection_pro_forma" => include_str!("letters/objection_pro_forma.txt"),
        "objection" => include_str!("letters/objection.txt"),
        "information_request" => include_str!("letters/information_request.txt"),
        "notice_of_default" => include_str!("letters/notice_of_default.txt"),
        _ => return None,
    })
}

/// The subject line a letter of this kind starts with.
pub fn default_subject(kind: &str) -> &'static str {
    match kind {
        "complaint" => "Klacht",
        "objection_pro_forma" => "Bezwaarschrift (de gronden volgen)",
        "objection" => "Bezwaarschrift",
        "information_request" => "Verzoek om informatie",
        "notice_of_default" => "Ingebrekestelling (artikel 4:17 Awb)",
        _ => "",
    }
}

/// The names a template can use, with what they hold (shown on the editing page).
pub const VARIABLES: &[(&str, &str)] = &[
    ("burger.naam", "naam van de inwoner"),
    ("burger.adres", "adres van de inwoner"),
    ("burger.email", "e-mailadres van de inwoner"),
    ("burger.telefoon", "telefoonnummer van de inwoner"),
    ("organisatie.naam", "de organisatie waar het over gaat"),
    (
        "organisatie.is_gemeente",
        "waar als het om de gemeente gaat",
    ),
    ("gemeente.naam", "naam van de gemeente"),
    ("besluit.soort", "soort besluit"),
    ("besluit.datum", "datum van het besluit"),
    ("besluit.verzonden", "datum waarop het besluit is verstuurd"),
    (
        "besluit.kenmerk",
        "kenmerk van het besluit (zoals de organisatie het schreef)",
    ),
    ("bezwaartermijn", "laatste dag om bezwaar te maken"),
    ("aanvraag.datum", "datum van de laatste aanvraag of melding"),
    ("klacht.datum", "datum van de laatste klacht"),
    (
        "probleem",
        "het probleem, zoals de vertrouwenspersoon het in de kwestie beschreef",
    ),
    (
        "gronden",
        "waarom de inwoner het er niet mee eens is, in de eigen woorden van de inwoner (het verhaal bij de aanmelding)",
    ),
    ("wens", "wat de inwoner wil bereiken"),
    ("doel", "wat de inwoner wil bereiken (oude naam van wens)"),
    (
        "verzoek",
        "wat de inwoner vraagt, als zin in de ik-vorm (\"Ik vraag u: ...\"), gemaakt van wat de inwoner wil bereiken; leeg als dat niet is ingevuld",
    ),
    ("kenmerk", "kenmerk van de kwestie"),
    ("vertrouwenspersoon.naam", "naam van de vertrouwenspersoon"),
    ("vandaag", "de datum van vandaag"),
];

/// Renders a template with a context; errors name the line.
pub fn render(template: &str, ctx: &serde_json::Value) -> std::result::Result<String, Msg> {
    let mut env = minijinja::Environment::new();
    env.set_fuel(Some(100_000));
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
    env.render_str(template, minijinja::value::Serde(ctx))
        .map(|s| s.trim().to_string())
        .map_err(|e| {
            let line = e.line().map(|l| format!("regel {l}: ")).unwrap_or_default();
            let detail = e
                .detail()
                .unwrap_or("")
                .chars()
                .take(200)
                .collect::<String>();
            Msg::TemplateError(format!("{line}{}{detail}", e.kind()).trim().to_string())
        })
}

/// A context with every variable filled, to check a template before it is saved.
pub fn sample_context() -> serde_json::Value {
    serde_json::json!({
        "burger": {"naam": "A. de Vries", "adres": "Dorpsstraat 1, 1234 AB Maasdal", "email": "a@example.org", "telefoon": "06 12345678"},
        "organisatie": {"naam": "Gemeente Maasdal", "is_gemeente": true},
        "gemeente": {"naam": "Maasdal"},
        "besluit": {"soort": "Wmo-besluit", "datum": "2 maart 2026", "verzonden": "2 maart 2026", "kenmerk": "WMO-2026-0042"},
        "bezwaartermijn": "13 april 2026",
        "aanvraag": {"datum": "5 januari 2026"},
        "klacht": {"datum": "18 november 2026"},
        "probleem": "Het probleem.",
        "gronden": "Mijn hulp is zonder gesprek gestopt.",
        "wens": "Ik wil mijn hulp terug.",
        "doel": "Het doel.",
        "verzoek": "Ik vraag u: mijn hulp terug.",
        "kenmerk": "NST-ABCD-EFGH",
        "vertrouwenspersoon": {"naam": "J. Jansen"},
        "vandaag": "23 november 2026",
    })
}

/// One kind of letter as a coordinator sees it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TemplateView {
    pub kind: String,
    pub label: String,
    pub body: String,
    /// The tenant replaced Naast's text.
    pub custom: bool,
}

impl App {
    /// The text a tenant drafts this kind of letter from, and whether the tenant has a text of
    /// its own for it. `naast_text`: Naast's own text even when the tenant has its own, so
    /// that a new text of Naast is offered beside a coordinator's, never silently replacing it.
    pub(crate) async fn template_for(
        &self,
        tenant_id: i64,
        kind: &str,
        naast_text: bool,
    ) -> Result<(String, bool)> {
        let own = store::template(self.db.pool(), tenant_id, kind).await?;
        let custom = own.is_some();
        match own {
            Some((body, _)) if !naast_text => Ok((body, custom)),
            _ => builtin(kind)
                .map(|b| (b.to_string(), custom))
                .ok_or(AppError::NotFound),
        }
    }

    /// Every kind of letter with the tenant's text (coordinators only).
    pub async fn letter_templates(&self, who: &Principal, slug: &str) -> Result<Vec<TemplateView>> {
        who.require(Role::Coordinator)?;
        let t = self.tenant(who, slug).await?;
        let mut out = Vec::new();
        for (kind, _, _) in LETTER_KINDS {
            let own = store::template(self.db.pool(), t.id, kind).await?;
            out.push(TemplateView {
                kind: kind.to_string(),
                label: vocab::label(LETTER_KINDS, kind, who.lang).to_string(),
                custom: own.is_some(),
                body: own
                    .map(|(b, _)| b)
                    .or_else(|| builtin(kind).map(String::from))
                    .unwrap_or_default(),
            });
        }
        Ok(out)
    }

    /// Saves a tenant's text for a kind of letter after checking it renders; an empty text
    /// returns to Naast's own.
    pub async fn set_letter_template(
        &self,
        who: &Principal,
        slug: &str,
        kind: &str,
        body: &str,
    ) -> Result<()> {
        who.require(Role::Coordinator)?;
        let t = self.tenant(who, slug).await?;
        if !vocab::has(LETTER_KINDS, kind) {
            return Err(AppError::NotFound);
        }
        let body = naast_core::validation::free_text("body", body, TEMPLATE_MAX, false)?;
        let body = body.as_str();
        if !body.is_empty() {
            render(body, &sample_context())
                .map_err(|m| AppError::Invalid(Invalid(vec![FieldError::new("body", m)])))?;
        }
        let mut tx = self.db.begin().await?;
        let stored =
            (!body.is_empty() && Some(body) != builtin(kind).map(str::trim)).then_some(body);
        store::set_template(&mut tx, t.id, kind, stored, who.user_id).await?;
        self.audit_in(
            &mut tx,
            who,
            "tenant.letter_template",
            "tenant",
            &t.id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_template_renders_with_every_variable() {
        for (kind, _, _) in LETTER_KINDS {
            let Some(text) = builtin(kind) else {
                panic!("no built-in text for {kind}")
            };
            let out = match render(text, &sample_context()) {
                Ok(o) => o,
                Err(e) => panic!("{kind}: {e:?}"),
            };
            assert!(out.contains("Met vriendelijke groet,"), "{kind}");
            assert!(!out.contains("{{"), "{kind}");
            // The citizen speaks: no third person, no reference of Naast's own.
            assert!(!out.contains("NST-"), "{kind}");
            assert!(!out.contains("Inwoner "), "{kind}");
            assert!(!default_subject(kind).is_empty());
        }
    }

    #[test]
    fn a_broken_template_names_its_line_and_a_runaway_one_stops() {
        let e = render("Hallo\n{{ burger.naam ", &sample_context()).err();
        assert!(
            matches!(&e, Some(Msg::TemplateError(d)) if d.contains("regel 2")),
            "{e:?}"
        );
        let e = render(
            "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
            &sample_context(),
        )
        .err();
        assert!(matches!(e, Some(Msg::TemplateError(_))));
        // Missing values render as nothing rather than failing.
        assert_eq!(
            render("[{{ nope.deeper }}]", &sample_context())
                .ok()
                .as_deref(),
            Some("[]")
        );
    }
}
