//! Coordinators invite, disable and re-enable staff.

use super::rerender;
use crate::ctx::Ctx;
use crate::error::{LangExt, WebError};
use crate::form::Form;
use crate::view::{Page, VOCAB, Vocab, render};
use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use naast_app::AppError;
use naast_app::tenants::Tenant;
use naast_app::users::{DisablePlan, HandoverNotice, InviteForm, OpenCase, User};
use naast_core::Role;
use std::collections::BTreeMap;

#[derive(Template)]
#[template(path = "admin/users.html")]
struct List {
    page: Page,
    users: Vec<User>,
    tenants: Vec<Tenant>,
    me: Option<i64>,
    /// After disabling: which kwesties went to whom, per receiver.
    handed: Vec<HandoverNotice>,
}

impl List {
    /// A receiver's name.
    fn user_name(&self, id: &i64) -> &str {
        self.users
            .iter()
            .find(|u| u.id == *id)
            .map(|u| u.shown_name())
            .unwrap_or_default()
    }

    fn is_me(&self, u: &User) -> bool {
        self.me == Some(u.id)
    }

    /// The names of a user's municipalities, for people (the API keeps slugs).
    fn tenant_names(&self, u: &User) -> String {
        self.tenants
            .iter()
            .filter(|t| u.tenants.contains(&t.slug))
            .map(|t| t.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Active users who signed up but have no second factor yet: outside the demo they must
    /// link an authenticator app at their next sign-in; until then a password alone opens
    /// their account.
    fn without_factor(&self) -> Vec<&User> {
        self.users
            .iter()
            .filter(|u| !u.disabled && u.password_set && !u.second_factor)
            .collect()
    }
}

/// After disabling: who was disabled, how many open kwesties went, and to whom (`to` empty:
/// left unassigned).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct DisabledQuery {
    disabled: Option<i64>,
    handed: usize,
    to: String,
    /// The kwesties went to more than one colleague.
    spread: bool,
}

/// "Vera Vos is uitgeschakeld. 3 kwesties overgedragen aan Anna Jansen." — what disabling
/// did, from the list of users (nothing when the address names no disabled user).
fn disabled_notice(page: &Page, q: &DisabledQuery, users: &[User]) -> Option<String> {
    let gone = users
        .iter()
        .find(|u| Some(u.id) == q.disabled && u.disabled)?;
    let mut text = format!(
        "{} {}",
        gone.shown_name(),
        page.t("is uitgeschakeld.", "is disabled.")
    );
    if q.handed > 0 {
        let cases = page.count(q.handed, "kwestie", "kwesties", "case", "cases");
        let to =
            q.to.parse::<i64>()
                .ok()
                .and_then(|id| users.iter().find(|u| u.id == id));
        text.push(' ');
        text.push_str(&match to {
            None if q.spread => page
                .t(
                    "De open kwesties zijn verdeeld; zie hieronder.",
                    "The open cases were spread; see below.",
                )
                .to_string(),
            Some(u) => format!(
                "{cases} {} {}.",
                page.t("overgedragen aan", "handed over to"),
                u.shown_name()
            ),
            None => format!(
                "{cases} {}",
                if q.handed == 1 {
                    page.t("staat nu zonder behandelaar.", "now has no one assigned.")
                } else {
                    page.t("staan nu zonder behandelaar.", "now have no one assigned.")
                }
            ),
        });
    }
    Some(text)
}

async fn list_view(
    ctx: &Ctx,
    who: &naast_app::Principal,
    error: Option<&AppError>,
) -> Result<Response, WebError> {
    list_with(ctx, who, error, &DisabledQuery::default()).await
}

async fn list_with(
    ctx: &Ctx,
    who: &naast_app::Principal,
    error: Option<&AppError>,
    q: &DisabledQuery,
) -> Result<Response, WebError> {
    let users = ctx.app.list_users(who).await.lang(ctx.lang)?;
    let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
    let mut page = Page::new(ctx, "Gebruikers", "Users");
    if let Some(e) = error {
        page = page.with_error(e);
    }
    if let Some(n) = disabled_notice(&page, q, &users) {
        page = page.with_notice(n);
    }
    let handed = match q.disabled {
        Some(from) if q.handed > 0 => ctx.app.handover_done(who, from).await.lang(ctx.lang)?,
        _ => Vec::new(),
    };
    let view = List {
        page,
        users,
        tenants,
        me: who.user_id,
        handed,
    };
    Ok(match error {
        Some(e) => rerender(e, &view),
        None => render(&view),
    })
}

pub async fn list(
    ctx: Ctx,
    axum::extract::Query(q): axum::extract::Query<DisabledQuery>,
) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    list_with(&ctx, who, None, &q).await
}

#[derive(Template)]
#[template(path = "admin/user_new.html")]
struct New {
    page: Page,
    form: InviteForm,
    roles: [Role; 3],
    tenants: Vec<Tenant>,
    /// The account that has the address typed already, to link to.
    taken: Option<User>,
}

pub async fn new(ctx: Ctx) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    who.require(Role::Coordinator).lang(ctx.lang)?;
    let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
    let form = InviteForm {
        role: "confidant".into(),
        ..Default::default()
    };
    Ok(render(&New {
        page: Page::new(&ctx, "Gebruiker uitnodigen", "Invite a user"),
        form,
        roles: Role::ALL,
        tenants,
        taken: None,
    }))
}

#[derive(Template)]
#[template(path = "admin/link_shown.html")]
struct LinkShown {
    page: Page,
    email: String,
    link: String,
    /// No mail server is set: the e-mail with the link stays in the outbox, unsent.
    mail_off: bool,
}

pub async fn invite(form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    let input: InviteForm = form.fields()?;
    match ctx.app.invite_user_complete(who, &input).await {
        Ok(inv) => {
            let page = Page::new(ctx, "Uitnodiging gemaakt", "Invitation created");
            Ok(render(&LinkShown {
                page,
                email: inv.user.email,
                link: inv.setup_link,
                mail_off: ctx.app.settings.smtp_url.is_none(),
            }))
        }
        Err(e @ AppError::Invalid(_)) => {
            let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
            let page = Page::new(ctx, "Gebruiker uitnodigen", "Invite a user").with_error(&e);
            let taken = match page.err("email") {
                Some(_) => ctx.app.user_by_email(who, &input.email).await.ok(),
                None => None,
            };
            Ok(rerender(
                &e,
                &New {
                    page,
                    form: input,
                    roles: Role::ALL,
                    tenants,
                    taken,
                },
            ))
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

async fn set_disabled(id: i64, form: Form, disabled: bool) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    match ctx.app.set_user_disabled(who, id, disabled).await {
        Ok(_) => Ok(Redirect::to("/admin/users").into_response()),
        Err(e @ AppError::Invalid(_)) => list_view(ctx, who, Some(&e)).await,
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

#[derive(Template)]
#[template(path = "admin/user_disable.html")]
struct Disable {
    page: Page,
    plan: DisablePlan,
    /// The choice made: a user id, empty for nobody, `per_case` or `spread`.
    chosen: String,
    /// The colleague chosen per kwestie (by reference), when choosing per kwestie.
    per_case: BTreeMap<String, Option<i64>>,
    v: Vocab,
}

impl Disable {
    fn name<'a>(&self, u: &'a User) -> &'a str {
        u.shown_name()
    }

    /// The colleagues who may take this kwestie.
    fn fits(&self, c: &OpenCase) -> Vec<&User> {
        self.plan
            .candidates
            .iter()
            .filter(|u| c.fits.contains(&u.id))
            .collect()
    }

    /// How many open kwesties `u` would hold with every one handed over.
    fn with_all(&self, u: &User) -> i64 {
        self.plan.load_of(u.id) + self.plan.open_cases.len() as i64
    }

    /// Whether holding `open` kwesties is more than the warning line.
    fn too_much(&self, open: &i64) -> bool {
        naast_core::workload::too_much(*open, self.plan.load_limit)
    }

    /// How many open kwesties `u` holds now.
    fn load_now(&self, u: &User) -> i64 {
        self.plan.load_of(u.id)
    }

    /// The receivers of the choice per kwestie: `(colleague, open now, handed to them)`.
    fn receivers(&self) -> Vec<(&User, i64, i64)> {
        self.plan
            .candidates
            .iter()
            .filter_map(|u| {
                let n = self.per_case.values().filter(|t| **t == Some(u.id)).count() as i64;
                (n > 0).then(|| (u, self.plan.load_of(u.id), n))
            })
            .collect()
    }

    /// Whether `u` is chosen for kwestie `c`.
    fn picked(&self, c: &OpenCase, u: &User) -> bool {
        self.per_case.get(&c.reference).copied().flatten() == Some(u.id)
    }
}

/// The choice per kwestie from the form: `case-REFERENCE` = a user id or empty.
fn per_case_from(form: &Form, plan: &DisablePlan) -> BTreeMap<String, Option<i64>> {
    plan.cases
        .iter()
        .map(|c| {
            let v = form.get(&format!("case-{}", c.reference));
            (c.reference.clone(), v.trim().parse::<i64>().ok())
        })
        .collect()
}

async fn disable_view(
    ctx: &Ctx,
    id: i64,
    chosen: String,
    per_case: BTreeMap<String, Option<i64>>,
    error: Option<&AppError>,
    notice: Option<&str>,
) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    let plan = ctx.app.disable_plan(who, id).await.lang(ctx.lang)?;
    let mut page = Page::new(ctx, "Gebruiker uitschakelen", "Disable a user");
    if let Some(e) = error {
        page = page.with_error(e);
    }
    if let Some(n) = notice {
        page = page.with_notice(n);
    }
    let view = Disable {
        page,
        plan,
        chosen,
        per_case,
        v: VOCAB,
    };
    Ok(match error {
        Some(e) => rerender(e, &view),
        None => render(&view),
    })
}

/// Asks before disabling: what will happen, the open kwesties and to whom they can go.
pub async fn disable_page(ctx: Ctx, Path(id): Path<i64>) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    who.require(Role::Coordinator).lang(ctx.lang)?;
    if who.user_id == Some(id) {
        let e = AppError::general(naast_core::Msg::CannotDisableSelf);
        return list_view(&ctx, who, Some(&e)).await;
    }
    disable_view(&ctx, id, String::new(), BTreeMap::new(), None, None).await
}

/// Disables after the confirmation page, handing the open kwesties to the colleague chosen.
pub async fn disable(Path(id): Path<i64>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    let chosen = form.get("handover");
    let mut per_case = BTreeMap::new();
    let result = match chosen.trim() {
        // A proposal to check first: nothing is disabled yet.
        "spread" => {
            let plan = ctx.app.disable_plan(who, id).await.lang(ctx.lang)?;
            let proposal = ctx.app.spread_plan(who, &plan).await.lang(ctx.lang)?;
            let notice = ctx.lang.pick(
                "Voorstel: elke kwestie gaat naar de collega die haar mag zien en de minste open kwesties heeft. Nog niets is veranderd. Pas aan waar nodig en klik dan op Uitschakelen.",
                "Proposal: each case goes to the colleague who may see it and holds the fewest open cases. Nothing has changed yet. Adjust where needed, then click Disable.",
            );
            return disable_view(ctx, id, "per_case".into(), proposal, None, Some(notice)).await;
        }
        "per_case" => {
            let plan = ctx.app.disable_plan(who, id).await.lang(ctx.lang)?;
            per_case = per_case_from(&form, &plan);
            ctx.app.disable_with_assignments(who, id, &per_case).await
        }
        _ => match naast_app::users::parse_handover(&chosen) {
            Ok(to) => ctx.app.disable_with_handover(who, id, to).await,
            Err(e) => Err(AppError::Invalid(naast_core::Invalid(vec![e]))),
        },
    };
    match result {
        Ok(done) => {
            let to = done
                .to
                .as_ref()
                .map(|u| u.id.to_string())
                .unwrap_or_default();
            let spread = if done.to.is_none() && chosen.trim() == "per_case" {
                "&spread=true"
            } else {
                ""
            };
            Ok(Redirect::to(&format!(
                "/admin/users?disabled={}&handed={}&to={to}{spread}",
                done.user.id, done.handed
            ))
            .into_response())
        }
        Err(e @ AppError::Invalid(_)) if who.user_id == Some(id) => {
            list_view(ctx, who, Some(&e)).await
        }
        Err(e @ AppError::Invalid(_)) => {
            disable_view(ctx, id, chosen, per_case, Some(&e), None).await
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

/// The reader saw that kwesties were handed to them: the notice leaves "Mijn werk".
pub async fn handover_seen(Path(id): Path<i64>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    ctx.app.handover_notice_seen(who, id).await.lang(ctx.lang)?;
    Ok(Redirect::to("/admin/work").into_response())
}

pub async fn enable(Path(id): Path<i64>, form: Form) -> Result<Response, WebError> {
    set_disabled(id, form, false).await
}

pub async fn reset_link(Path(id): Path<i64>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    let link = ctx.app.reset_link(who, id).await.lang(ctx.lang)?;
    let user = ctx.app.user(who, id).await.lang(ctx.lang)?;
    let page = Page::new(ctx, "Nieuwe inloglink", "New set-up link");
    Ok(render(&LinkShown {
        page,
        email: user.email,
        link,
        mail_off: ctx.app.settings.smtp_url.is_none(),
    }))
}

#[derive(Template)]
#[template(path = "admin/user_edit.html")]
struct Edit {
    page: Page,
    user: User,
    tenants: Vec<Tenant>,
    chosen: Vec<String>,
}

pub async fn edit(ctx: Ctx, Path(id): Path<i64>) -> Result<Response, WebError> {
    let who = ctx.staff()?;
    who.require(Role::Coordinator).lang(ctx.lang)?;
    let user = ctx.app.user(who, id).await.lang(ctx.lang)?;
    let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
    let mut page = Page::new(&ctx, "Gebruiker", "User");
    if !user.display_name.is_empty() {
        page.title = user.display_name.clone();
    }
    let chosen = user.tenants.clone();
    Ok(render(&Edit {
        page,
        user,
        tenants,
        chosen,
    }))
}

pub async fn set_tenants(Path(id): Path<i64>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = ctx.staff()?;
    let chosen = form.all("tenants");
    match ctx.app.set_user_tenants(who, id, &chosen).await {
        Ok(_) => Ok(Redirect::to("/admin/users").into_response()),
        Err(e @ AppError::Invalid(_)) => {
            let user = ctx.app.user(who, id).await.lang(ctx.lang)?;
            let tenants = ctx.app.list_tenants(who).await.lang(ctx.lang)?;
            let page = Page::new(ctx, "Gebruiker", "User").with_error(&e);
            Ok(rerender(
                &e,
                &Edit {
                    page,
                    user,
                    tenants,
                    chosen,
                },
            ))
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use naast_core::Lang;

    fn u(id: i64, name: &str, disabled: bool) -> User {
        User {
            id,
            email: format!("{id}@x.example"),
            display_name: name.into(),
            role: Role::Confidant,
            tenants: Vec::new(),
            disabled,
            second_factor: true,
            password_set: true,
        }
    }

    #[test]
    fn the_notice_counts_the_kwesties_handed_over_in_the_readers_language() {
        let users = [u(1, "Vera Vos", true), u(2, "Anna Jansen", false)];
        let q = |handed: usize, to: &str| DisabledQuery {
            disabled: Some(1),
            handed,
            to: to.into(),
            spread: false,
        };
        let nl = Page::bare(Lang::Nl);
        let en = Page::bare(Lang::En);
        let say = |p: &Page, q: DisabledQuery| disabled_notice(p, &q, &users).unwrap_or_default();
        assert_eq!(
            say(&nl, q(3, "2")),
            "Vera Vos is uitgeschakeld. 3 kwesties overgedragen aan Anna Jansen."
        );
        assert_eq!(
            say(&nl, q(1, "2")),
            "Vera Vos is uitgeschakeld. 1 kwestie overgedragen aan Anna Jansen."
        );
        assert_eq!(
            say(&en, q(3, "2")),
            "Vera Vos is disabled. 3 cases handed over to Anna Jansen."
        );
        assert_eq!(
            say(&en, q(1, "2")),
            "Vera Vos is disabled. 1 case handed over to Anna Jansen."
        );
        assert_eq!(
            say(&nl, q(1, "")),
            "Vera Vos is uitgeschakeld. 1 kwestie staat nu zonder behandelaar."
        );
        assert_eq!(say(&nl, q(0, "")), "Vera Vos is uitgeschakeld.");
        // An address that names nobody disabled says nothing.
        let other = DisabledQuery {
            disabled: Some(2),
            handed: 3,
            to: "2".into(),
            spread: false,
        };
        assert_eq!(disabled_notice(&nl, &other, &users), None);
    }
}
