//! The confidant's casework: intake and the case page with its forms (the list and "my work"
//! are in `case_list`).

use super::case_parts::Part;
use super::rerender;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, VOCAB, Vocab, render};
use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::cases::{CaseView, PossibleMatch};
use naast_app::tenants::Tenant;
use naast_app::{AppError, Principal};
use naast_core::case::{ClarifyForm, CloseForm, ContactForm, IntakeForm, TaskForm};
use naast_core::case_more::{LetterForm, MediationForm, PartyForm};
use naast_core::consent::ConsentForm;
use naast_core::procedure::ProcedureForm;

#[derive(Template)]
#[template(path = "cases/new.html")]
struct New {
    page: Page,
    form: IntakeForm,
    tenants: Vec<Tenant>,
    v: Vocab,
}

/// The `?saved=` after an intake: the case page says the kwestie was registered.
pub(super) const REGISTERED: &str = "registered";

pub(super) fn caseworker(ctx: &Ctx) -> Result<&Principal, WebError> {
    let who = ctx.staff()?;
    if who.is(naast_core::Role::Municipality) {
        return Err(WebError::App(AppError::NotFound, ctx.lang));
    }
    Ok(who)
}

pub async fn new(ctx: Ctx) -> Result<Response, WebError> {
    let who = caseworker(&ctx)?;
    let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
    let form = IntakeForm {
        channel: "phone".into(),
        ..Default::default()
    };
    Ok(render(&New {
        page: Page::new(&ctx, "Nieuwe kwestie", "New case"),
        form,
        tenants,
        v: VOCAB,
    }))
}

fn read_intake(f: &Form) -> Result<IntakeForm, WebError> {
    let mut input: IntakeForm = f.fields_but(&["anonymous"])?;
    input.anonymous = f.checked("anonymous");
    Ok(input)
}

pub async fn create(form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = caseworker(ctx)?;
    let input = read_intake(&form)?;
    match ctx.app.intake(who, &input).await {
        // The case page confirms: "Kwestie NST-… geregistreerd."
        Ok(reference) => Ok(Redirect::to(&format!(
            "/admin/cases/{reference}?saved={REGISTERED}#saved"
        ))
        .into_response()),
        Err(e @ AppError::Invalid(_)) => {
            let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
            let page = Page::new(ctx, "Nieuwe kwestie", "New case").with_error(&e);
            Ok(rerender(
                &e,
                &New {
                    page,
                    form: input,
                    tenants,
                    v: VOCAB,
                },
            ))
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

#[derive(Template)]
#[template(path = "cases/view.html")]
struct View {
    page: Page,
    c: CaseView,
    v: Vocab,
    clarify: ClarifyForm,
    contact: ContactForm,
    task: TaskForm,
    close: CloseForm,
    note: String,
    reopen: String,
    party: PartyForm,
    mediation: MediationForm,
    letter: LetterForm,
    procedure: ProcedureForm,
    consent: ConsentForm,
    message: String,
    process: super::process::ProcessTyped,
    /// The date typed into a procedure's acknowledgement form: `(procedure id, date)`.
    receipt: Option<(i64, String)>,
    /// The address the status link is e-mailed to (the citizen's, until something is typed).
    link_email: String,
    /// No mail server is set (`NAAST_SMTP_URL`): e-mails wait in the outbox and do not arrive.
    mail_off: bool,
    /// The signals that rest on this kwestie: `(id, status)`.
    signals: Vec<(i64, String)>,
    /// The part of the page shown (`Part::code`).
    part: &'static str,
    /// The tab bar: `(code, address, label)` of every part.
    tabs: Vec<(&'static str, String, &'static str)>,
    /// After a save: `Some("")`, or `Some(id)` of the element saved.
    saved: Option<String>,
}

impl View {
    /// The date typed into procedure `id`'s acknowledgement form, when that form was refused.
    fn receipt_typed(&self, id: &i64) -> Option<&str> {
        self.receipt
            .as_ref()
            .filter(|(p, _)| p == id)
            .map(|(_, d)| d.as_str())
    }

    /// The date the acknowledgement form shows: as typed, else as recorded.
    fn receipt_value(&self, p: &naast_app::cases::ProcedureView) -> String {
        match self.receipt_typed(&p.id) {
            Some(d) => d.to_string(),
            None => p
                .receipt
                .as_ref()
                .map(|r| r.received_on.clone())
                .unwrap_or_default(),
        }
    }

    /// For the header: the first open term, appointment and task, each under its own name (an
    /// appointment is no statutory term), soonest first.
    fn next_of_each(&self) -> Vec<&naast_app::cases::TaskView> {
        let mut first: Vec<&naast_app::cases::TaskView> = Vec::new();
        for t in self.next_tasks_all() {
            if !first.iter().any(|f| f.kind == t.kind) {
                first.push(t);
            }
        }
        first
    }

    /// The open tasks due first (at most three), for the overview's "what's next".
    fn next_tasks(&self) -> Vec<&naast_app::cases::TaskView> {
        let mut open = self.next_tasks_all();
        open.truncate(3);
        open
    }

    fn next_tasks_all(&self) -> Vec<&naast_app::cases::TaskView> {
        let mut open: Vec<_> = self.c.tasks.iter().filter(|t| !t.done).collect();
        open.sort_by(|a, b| a.due_on.cmp(&b.due_on));
        open
    }

    /// Terms of procedures still running: no outcome yet and a last day known, or the time to
    /// turn to the ombudsman after a complaint (Awb 9:24).
    fn running_terms(&self) -> Vec<&naast_app::cases::ProcedureView> {
        self.c
            .procedures
            .iter()
            .filter(|p| (p.outcome.is_none() && p.due_on.is_some()) || p.ombudsman_until.is_some())
            .collect()
    }

    /// The open task of the term to object (Awb 6:7), shown among the running terms.
    fn objection_term(&self) -> Option<&naast_app::cases::TaskView> {
        let id = self.c.objection_term?;
        self.c.tasks.iter().find(|t| t.id == id && !t.done)
    }

    /// What can still be done now the term to object ran out (Awb 6:11).
    fn objection_hint(&self) -> &'static str {
        naast_core::lapsed::hint(naast_core::procedure::OBJECTION_TERM_RULE, self.page.lang)
    }

    /// The letters on the timeline: drafted in Naast, sent or received.
    fn letters(&self) -> Vec<&naast_app::cases::EntryView> {
        self.c
            .timeline
            .iter()
            .filter(|e| e.kind == "letter")
            .collect()
    }

    /// The letter "Brief opstellen" offers first: the one for the way chosen.
    fn letter_first(&self) -> &'static str {
        naast_core::procedure::letter_kind_for(self.c.option_chosen.as_deref())
    }

    fn signal_status(&self, code: &str) -> String {
        naast_core::signal::status_label(code, self.page.lang).to_string()
    }

    /// The rows of a possible match's comparison: `(field, label, known value, this case's)`.
    fn compare_rows(&self, m: &PossibleMatch) -> Vec<(&'static str, String, String, String)> {
        let Some(p) = &self.c.citizen else {
            return Vec::new();
        };
        let t = |nl: &str, en: &str| self.page.t(nl, en).to_string();
        vec![
            ("name", t("Naam", "Name"), m.name.clone(), p.name.clone()),
            (
                "email",
                t("E-mail", "E-mail"),
                m.email.clone(),
                p.email.clone(),
            ),
            (
                "phone",
                t("Telefoon", "Phone"),
                m.phone.clone(),
                p.phone.clone(),
            ),
            (
                "address",
                t("Adres", "Address"),
                m.address.clone(),
                p.address.clone(),
            ),
        ]
    }

    /// What a possible match has in common with this case, in words.
    fn matched_on(&self, m: &PossibleMatch) -> String {
        m.matched_on
            .iter()
            .map(|on| match *on {
                "email" => self.page.t("e-mailadres", "e-mail address"),
                "phone" => self.page.t("telefoonnummer", "phone number"),
                _ => self.page.t("naam", "name"),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn clarify_of(c: &CaseView) -> ClarifyForm {
    ClarifyForm {
        subject: Some(c.subject.clone()),
        problem: c.problem.clone(),
        area: c.area.clone().unwrap_or_default(),
        organisation: c.organisation.clone().unwrap_or_default(),
        natures: c.natures.clone(),
        primary_nature: c.primary_nature.clone().unwrap_or_default(),
        decision_kind: c.decision_kind.clone().unwrap_or_default(),
        decision_reference: Some(c.decision_reference.clone()),
        decision_date: c.decision_date.clone().unwrap_or_default(),
        decision_sent_on: c.decision_sent_on.clone().unwrap_or_default(),
        goal: c.goal.clone(),
        options: c.options.clone(),
        option_chosen: c.option_chosen.clone().unwrap_or_default(),
        found_via: c.found_via.clone().unwrap_or_default(),
        version: c.version,
    }
}

/// What was typed into one of the case page's forms, kept when it is refused.
#[derive(Default)]
pub(super) struct Typed {
    pub(super) clarify: Option<ClarifyForm>,
    pub(super) contact: Option<ContactForm>,
    pub(super) task: Option<TaskForm>,
    pub(super) close: Option<CloseForm>,
    pub(super) note: String,
    pub(super) reopen: String,
    pub(super) party: Option<PartyForm>,
    pub(super) mediation: Option<MediationForm>,
    pub(super) letter: Option<LetterForm>,
    pub(super) procedure: Option<ProcedureForm>,
    pub(super) consent: Option<ConsentForm>,
    pub(super) message: String,
    pub(super) process: super::process::ProcessTyped,
    pub(super) link_email: Option<String>,
    pub(super) receipt: Option<(i64, String)>,
    /// After a save: `Some("")`, or `Some(id)` of the element saved.
    pub(super) saved: Option<String>,
}

pub(super) async fn view_page(
    ctx: &Ctx,
    who: &Principal,
    reference: &str,
    typed: Typed,
    error: Option<&AppError>,
    part: Part,
) -> Result<Response, WebError> {
    let c = ctx.app.case(who, reference).await.lang(ctx.lang)?;
    let signals = ctx
        .app
        .signals_of_case(who, reference)
        .await
        .lang(ctx.lang)?;
    let mut page = Page::new(ctx, "Kwestie", "Case");
    page.title = format!(
        "{} — {} {}",
        part.label(ctx.lang),
        ctx.lang.pick("Kwestie", "Case"),
        c.reference
    );
    let tabs = Part::ALL
        .iter()
        .map(|p| (p.code(), p.path(&c.reference), p.label(ctx.lang)))
        .collect();
    if let Some(e) = error {
        page = page.with_error(e);
    }
    let view = View {
        clarify: typed.clarify.unwrap_or_else(|| clarify_of(&c)),
        contact: typed.contact.unwrap_or_else(|| ContactForm {
            channel: c.channel.clone(),
            ..Default::default()
        }),
        task: typed.task.unwrap_or_default(),
        close: typed.close.unwrap_or_default(),
        note: typed.note,
        reopen: typed.reopen,
        party: typed.party.unwrap_or_else(|| PartyForm {
            role: "representative".into(),
            ..Default::default()
        }),
        mediation: typed.mediation.unwrap_or_default(),
        letter: typed.letter.unwrap_or_else(|| LetterForm {
            direction: "received".into(),
            ..Default::default()
        }),
        procedure: typed.procedure.unwrap_or_else(|| ProcedureForm {
            organisation: c.organisation.clone().unwrap_or_default(),
            ..Default::default()
        }),
        consent: typed.consent.unwrap_or_default(),
        message: typed.message,
        process: typed.process,
        receipt: typed.receipt,
        link_email: typed.link_email.unwrap_or_else(|| {
            c.citizen
                .as_ref()
                .map(|p| p.email.clone())
                .unwrap_or_default()
        }),
        mail_off: ctx.app.settings.smtp_url.is_none(),
        saved: typed.saved,
        part: part.code(),
        tabs,
        signals,
        page,
        c,
        v: VOCAB,
    };
    Ok(match error {
        Some(e) => rerender(e, &view),
        None => render(&view),
    })
}

/// Runs a change on the case page: back to its part saying "Opgeslagen" when it worked, that
/// part again with the problems (and what was typed) when it was refused.
pub(super) async fn change(
    form: &Form,
    reference: &str,
    part: Part,
    typed: Typed,
    result: Result<(), AppError>,
) -> Result<Response, WebError> {
    saved_or_again(&form.ctx, reference, part, typed, result.map(|()| None)).await
}

/// After a change: to `part` saying "Opgeslagen" (pointing at the element saved, if any) when
/// it worked, `part` again with the problems and what was typed when it was refused.
pub(super) async fn saved_or_again(
    ctx: &Ctx,
    reference: &str,
    part: Part,
    typed: Typed,
    result: Result<Option<String>, AppError>,
) -> Result<Response, WebError> {
    let who = caseworker(ctx)?;
    match result {
        Ok(item) => Ok(Redirect::to(&part.saved(reference, item.as_deref())).into_response()),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            view_page(ctx, who, reference, typed, Some(&e), part).await
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

pub async fn clarify(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let mut input: ClarifyForm = form.fields_but(&["version"])?;
    input.version = form.get("version").parse().unwrap_or(-1);
    let r = form.ctx.app.clarify(who, &reference, &input).await;
    change(
        &form,
        &reference,
        Part::Overview,
        Typed {
            clarify: Some(input),
            ..Default::default()
        },
        r,
    )
    .await
}

pub async fn contact(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let input: ContactForm = form.fields()?;
    let r = form.ctx.app.add_contact(who, &reference, &input).await;
    change(
        &form,
        &reference,
        Part::Timeline,
        Typed {
            contact: Some(input),
            ..Default::default()
        },
        r,
    )
    .await
}

pub async fn note(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let text = form.get("note");
    let r = form.ctx.app.add_note(who, &reference, &text).await;
    change(
        &form,
        &reference,
        Part::Timeline,
        Typed {
            note: text,
            ..Default::default()
        },
        r,
    )
    .await
}

pub async fn task(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let input: TaskForm = form.fields()?;
    let r = form.ctx.app.add_task(who, &reference, &input).await;
    change(
        &form,
        &reference,
        Part::Tasks,
        Typed {
            task: Some(input),
            ..Default::default()
        },
        r,
    )
    .await
}

pub async fn task_done(
    Path((reference, id)): Path<(String, i64)>,
    form: Form,
) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let r = form.ctx.app.complete_task(who, &reference, id).await;
    change(&form, &reference, Part::Tasks, Typed::default(), r).await
}

pub async fn status(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let r = form
        .ctx
        .app
        .set_status(who, &reference, &form.get("status"))
        .await;
    change(&form, &reference, Part::Overview, Typed::default(), r).await
}

pub async fn close(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    super::process::close(reference, form).await
}

pub async fn reopen(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let reason = form.get("reason");
    let r = form.ctx.app.reopen_case(who, &reference, &reason).await;
    change(
        &form,
        &reference,
        Part::Overview,
        Typed {
            reopen: reason,
            ..Default::default()
        },
        r,
    )
    .await
}

/// Erases the case's citizen on request, after an explicit confirmation.
pub async fn erase(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let r = if form.checked("confirm") {
        form.ctx.app.erase_person(who, &reference).await.map(|_| ())
    } else {
        Err(AppError::field("confirm", naast_core::Msg::ConfirmErase))
    };
    change(&form, &reference, Part::People, Typed::default(), r).await
}

pub async fn party(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let input: PartyForm = form.fields()?;
    let r = form.ctx.app.add_party(who, &reference, &input).await;
    change(
        &form,
        &reference,
        Part::People,
        Typed {
            party: Some(input),
            ..Default::default()
        },
        r,
    )
    .await
}

pub async fn party_remove(
    Path((reference, id)): Path<(String, i64)>,
    form: Form,
) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let r = form.ctx.app.remove_party(who, &reference, id).await;
    change(&form, &reference, Part::People, Typed::default(), r).await
}

pub async fn mediation(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let input: MediationForm = form.fields()?;
    let r = form.ctx.app.add_mediation(who, &reference, &input).await;
    change(
        &form,
        &reference,
        Part::Procedures,
        Typed {
            mediation: Some(input),
            ..Default::default()
        },
        r,
    )
    .await
}

/// A message to the citizen, read through their status link.
pub async fn message(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    super::process::message(reference, form).await
}

pub async fn letter(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    // A letter recorded here has no text drafted in Naast (that is `procedures::save`).
    let input = LetterForm {
        body: String::new(),
        kind: String::new(),
        ..form.fields()?
    };
    let r = form
        .ctx
        .app
        .add_letter(who, &reference, &input)
        .await
        .map(|_| ());
    change(
        &form,
        &reference,
        Part::Letters,
        Typed {
            letter: Some(input),
            ..Default::default()
        },
        r,
    )
    .await
}
