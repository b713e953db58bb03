//! Signals in the back office: the list per municipality, a new draft, one signal with its
//! texts, the kwesties it rests on and the consent rule, and the workflow (check, review, send,
//! follow-up, close). Every rule lives in the use cases; these pages show and ask.

use super::rerender;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, render};
use askama::Template;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::signals::SignalView;
use naast_app::tenants::Tenant;
use naast_app::{AppError, Principal};
use naast_core::Role;
use naast_core::SignalStatus;
use naast_core::signal::{FollowUpForm, SignalForm};
use naast_core::vocab;

/// Confidants and coordinators; a municipality is sent to its portal.
fn staff_only(ctx: &Ctx) -> Result<Principal, WebError> {
    let who = ctx.staff()?;
    if who.is(Role::Municipality) {
        return Err(WebError::Redirect("/portal".into()));
    }
    Ok(who.clone())
}

/// Labels the signal pages share.
pub(crate) struct Labels {
    pub lang: naast_core::Lang,
    /// Provider codes → names of the signal's tenant.
    pub providers: Vec<(String, String)>,
}

impl Labels {
    pub fn status(&self, code: &str) -> String {
        naast_core::signal::status_label(code, self.lang).to_string()
    }

    pub fn urgency(&self, code: &str) -> String {
        naast_core::signal::urgency_label(code, self.lang).to_string()
    }

    pub fn theme(&self, code: &str) -> String {
        vocab::label(vocab::NATURES, code, self.lang).to_string()
    }

    pub fn area(&self, code: &str) -> String {
        vocab::area_label(code, self.lang).to_string()
    }

    pub fn org(&self, code: &str) -> String {
        if code == "municipality" {
            return self
                .lang
                .pick("De gemeente", "The municipality")
                .to_string();
        }
        if let Some(team) = code.strip_prefix("municipality:") {
            return format!(
                "{} ({team})",
                self.lang.pick("De gemeente", "The municipality")
            );
        }
        self.providers
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| code.to_string())
    }

    /// The addressee inside a sentence ("aan de gemeente").
    pub fn to(&self, code: &str) -> String {
        if code == "municipality" {
            return self
                .lang
                .pick("de gemeente", "the municipality")
                .to_string();
        }
        self.org(code)
    }

    pub fn day(&self, iso: &str) -> String {
        iso.parse::<jiff::civil::Date>()
            .map(|d| match self.lang {
                naast_core::Lang::Nl => naast_core::terms::dutch(d),
                naast_core::Lang::En => d.strftime("%-d %B %Y").to_string(),
            })
            .unwrap_or_else(|_| iso.to_string())
    }
}

fn providers_of(t: &Tenant) -> Vec<(String, String)> {
    t.providers
        .iter()
        .filter(|p| p.active)
        .map(|p| (p.code.clone(), p.name.clone()))
        .collect()
}

#[derive(Template)]
#[template(path = "signals/list.html")]
struct ListPage {
    page: Page,
    tenants: Vec<Tenant>,
    tenant: String,
    signals: Vec<SignalView>,
    l: Labels,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct TenantQuery {
    tenant: String,
}

/// The tenant chosen (or the first the user works for).
async fn tenant_of(
    ctx: &Ctx,
    who: &Principal,
    slug: &str,
) -> Result<(Vec<Tenant>, Option<Tenant>), WebError> {
    let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
    let t = if slug.is_empty() {
        tenants.first().cloned()
    } else {
        Some(
            tenants
                .iter()
                .find(|t| t.slug == slug)
                .cloned()
                .ok_or(WebError::App(AppError::NotFound, ctx.lang))?,
        )
    };
    Ok((tenants, t))
}

/// `/admin/signals`: a municipality's signals, newest first.
pub async fn list(ctx: Ctx, Query(q): Query<TenantQuery>) -> Result<Response, WebError> {
    let who = staff_only(&ctx)?;
    let (tenants, t) = tenant_of(&ctx, &who, &q.tenant).await?;
    let mut page = Page::new(&ctx, "Signalen", "Signals");
    let (signals, tenant, providers) = match &t {
        Some(t) => {
            page.title = format!("{} {}", page.title, t.name);
            (
                ctx.app.signals(&who, &t.slug).await.lang(ctx.lang)?,
                t.slug.clone(),
                providers_of(t),
            )
        }
        None => (Vec::new(), String::new(), Vec::new()),
    };
    let l = Labels {
        lang: ctx.lang,
        providers,
    };
    Ok(render(&ListPage {
        page,
        tenants,
        tenant,
        signals,
        l,
    }))
}

#[derive(Template)]
#[template(path = "signals/new.html")]
struct NewPage {
    page: Page,
    tenant: Tenant,
    form: SignalForm,
    natures: vocab::List,
    urgencies: vocab::List,
    l: Labels,
}

async fn show_new(
    ctx: &Ctx,
    who: &Principal,
    slug: &str,
    form: SignalForm,
    error: Option<&AppError>,
) -> Result<Response, WebError> {
    let (_, t) = tenant_of(ctx, who, slug).await?;
    let tenant = t.ok_or(WebError::App(AppError::NotFound, ctx.lang))?;
    let mut page = Page::new(ctx, "Nieuw signaal", "New signal");
    page.title = format!("{} — {}", page.title, tenant.name);
    if let Some(e) = error {
        page = page.with_error(e);
    }
    let l = Labels {
        lang: ctx.lang,
        providers: providers_of(&tenant),
    };
    let view = NewPage {
        page,
        tenant,
        form,
        natures: vocab::NATURES,
        urgencies: naast_core::signal::URGENCIES,
        l,
    };
    Ok(match error {
        Some(e) => rerender(e, &view),
        None => render(&view),
    })
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct NewQuery {
    tenant: String,
    /// A kwestie to start from (the case page links here).
    case: String,
}

/// `/admin/signals/new?tenant=…&case=…`.
pub async fn new(ctx: Ctx, Query(q): Query<NewQuery>) -> Result<Response, WebError> {
    let who = staff_only(&ctx)?;
    let form = SignalForm {
        addressee: "municipality".into(),
        urgency: "normal".into(),
        cases: q.case.trim().chars().take(20).collect(),
        ..Default::default()
    };
    show_new(&ctx, &who, &q.tenant, form, None).await
}

/// `POST /admin/signals`: a new draft.
pub async fn create(form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = staff_only(ctx)?;
    let slug = form.get("tenant");
    let input: SignalForm = form.fields()?;
    match ctx.app.create_signal(&who, &slug, &input).await {
        Ok(id) => Ok(Redirect::to(&format!("/admin/signals/{id}")).into_response()),
        Err(e @ AppError::Invalid(_)) => show_new(ctx, &who, &slug, input, Some(&e)).await,
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

#[derive(Template)]
#[template(path = "signals/show.html")]
struct ShowPage {
    page: Page,
    v: SignalView,
    tenant: Tenant,
    form: SignalForm,
    follow: FollowUpForm,
    natures: vocab::List,
    urgencies: vocab::List,
    l: Labels,
    /// The signed-in user wrote it (and so may not send it).
    own: bool,
    /// Open the edit form (after a failed save).
    editing: bool,
}

impl ShowPage {
    fn can_edit(&self) -> bool {
        SignalStatus::parse(&self.v.status).is_some_and(SignalStatus::is_concept)
    }

    fn below_k(&self) -> bool {
        self.v.people < self.v.k
    }
}

fn form_of(v: &SignalView) -> SignalForm {
    SignalForm {
        title: v.texts.title.clone(),
        description: v.texts.description.clone(),
        proposal: v.texts.proposal.clone(),
        area: v.area.clone(),
        theme: v.theme.clone(),
        urgency: v.urgency.clone(),
        organisations: v.organisations.clone(),
        addressee: v.addressee.clone(),
        addressee_email: v.addressee_email.clone(),
        cases: v.cases.join("\n"),
    }
}

struct Typed {
    form: Option<SignalForm>,
    follow: Option<FollowUpForm>,
}

async fn show_one(
    ctx: &Ctx,
    id: i64,
    typed: Typed,
    error: Option<&AppError>,
    notice: Option<(&str, &str)>,
) -> Result<Response, WebError> {
    let who = staff_only(ctx)?;
    let v = ctx.app.signal(&who, id).await.lang(ctx.lang)?;
    let (_, t) = tenant_of(ctx, &who, &v.tenant).await?;
    let tenant = t.ok_or(WebError::App(AppError::NotFound, ctx.lang))?;
    let mut page = Page::new(ctx, "Signaal", "Signal");
    page.title = format!("{} — {}", v.texts.title, tenant.name);
    if let Some(e) = error {
        page = page.with_error(e);
    }
    if let Some((nl, en)) = notice {
        page = page.with_notice(ctx.lang.pick(nl, en));
    }
    let editing = typed.form.is_some();
    let form = typed.form.unwrap_or_else(|| form_of(&v));
    let follow = typed.follow.unwrap_or_else(|| FollowUpForm {
        follow_up: v.reply.follow_up.clone(),
        follow_up_on: v.follow_up_on.clone().unwrap_or_default(),
        not_personal: false,
    });
    let l = Labels {
        lang: ctx.lang,
        providers: providers_of(&tenant),
    };
    let view = ShowPage {
        page,
        own: who.user_id.is_some() && who.user_id == v.created_by,
        v,
        tenant,
        form,
        follow,
        natures: vocab::NATURES,
        urgencies: naast_core::signal::URGENCIES,
        l,
        editing,
    };
    Ok(match error {
        Some(e) => rerender(e, &view),
        None => render(&view),
    })
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ShowQuery {
    done: String,
}

/// `/admin/signals/{id}`.
pub async fn show(
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<ShowQuery>,
) -> Result<Response, WebError> {
    let notice = match q.done.as_str() {
        "saved" => Some(("Opgeslagen.", "Saved.")),
        "checked" => Some((
            "De tekst is gecontroleerd en opgeslagen.",
            "The text was checked and saved.",
        )),
        "submit" => Some((
            "Het signaal ligt klaar voor controle door een collega.",
            "The signal is ready for a colleague to review.",
        )),
        "reject" => Some(("Teruggestuurd naar concept.", "Sent back to draft.")),
        "send" => Some(("Het signaal is verstuurd.", "The signal was sent.")),
        "follow-up" => Some(("Het vervolg is vastgelegd.", "The follow-up was recorded.")),
        "close" => Some(("Het signaal is afgesloten.", "The signal was closed.")),
        "relink" => Some((
            "Er is een nieuwe link gestuurd; de oude werkt niet meer.",
            "A new link was sent; the old one no longer works.",
        )),
        _ => None,
    };
    show_one(
        &ctx,
        id,
        Typed {
            form: None,
            follow: None,
        },
        None,
        notice,
    )
    .await
}

/// `POST /admin/signals/{id}`: saves the draft.
pub async fn save(Path(id): Path<i64>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = staff_only(ctx)?;
    let input: SignalForm = form.fields()?;
    let updated_at = form.get("updated_at").parse().unwrap_or(-1);
    match ctx.app.save_signal(&who, id, &input, updated_at).await {
        Ok(()) => Ok(Redirect::to(&format!("/admin/signals/{id}?done=saved")).into_response()),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            let typed = Typed {
                form: Some(input),
                follow: None,
            };
            show_one(ctx, id, typed, Some(&e), None).await
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

/// `POST /admin/signals/{id}/{step}`: submit, reject, send, follow-up, close.
pub async fn step(Path((id, step)): Path<(i64, String)>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = staff_only(ctx)?;
    let app = &ctx.app;
    let mut follow = None;
    let r = match step.as_str() {
        "submit" => app.submit_signal(&who, id).await,
        "reject" => app.reject_signal(&who, id).await,
        "send" => {
            app.send_signal(&who, id, form.get("updated_at").parse().ok())
                .await
        }
        "close" => app.close_signal(&who, id).await,
        "relink" => {
            app.resend_signal_link(&who, id, &form.get("addressee_email"))
                .await
        }
        "follow-up" => {
            let f = FollowUpForm {
                follow_up: form.get("follow_up"),
                follow_up_on: form.get("follow_up_on"),
                not_personal: false,
            };
            let r = app.signal_follow_up(&who, id, &f).await;
            follow = Some(f);
            r
        }
        _ => Err(AppError::NotFound),
    };
    match r {
        Ok(()) => Ok(Redirect::to(&format!("/admin/signals/{id}?done={step}")).into_response()),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            let typed = Typed { form: None, follow };
            show_one(ctx, id, typed, Some(&e), None).await
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}
