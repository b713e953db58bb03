//! Form bodies as the web layer reads them (`naast-web` `form.rs`): the urlencoded body into
//! pairs (`form_urlencoded`), into a form struct (`serde_html_form`, every field a string, a
//! checkbox group a list), and the form's own `parse` — the checks a handler runs before the
//! use case. The public intake comes as a web form or as JSON (the public API).

use crate::{pick, today};
use naast_core::case::{
    ClarifyForm, CloseForm, ContactForm, HeldForm, IntakeForm, LetterForm, MediationForm,
    PLANNED_KINDS, PartyForm, PlanForm, TaskForm,
};
use naast_core::consent::ConsentForm;
use naast_core::matching::LinkForm;
use naast_core::outreach::OutreachForm;
use naast_core::procedure::{OutcomeForm, ProcedureForm, RegisterEntry};
use naast_core::public::PublicIntakeForm;
use naast_core::signal::{AnswerForm, FollowUpForm, Known, SignalForm};
use naast_core::tenant::TenantForm;
use naast_core::theme::ThemeForm;
use serde::de::DeserializeOwned;

/// The body as pairs, as `Form` reads it; re-encoding the pairs (what `Form::fields_but`
/// does) must give the same pairs back.
pub fn pairs(body: &[u8]) -> Vec<(String, String)> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let again = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs.iter())
        .finish();
    let back: Vec<(String, String)> = form_urlencoded::parse(again.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    assert_eq!(pairs, back, "pairs change when encoded again");
    pairs
}

/// The body into `T` as `Form::fields` reads it; `None` when the web layer answers 400.
pub fn fields<T: DeserializeOwned>(body: &[u8]) -> Option<T> {
    serde_html_form::from_bytes(body).ok()
}

fn check<T: DeserializeOwned>(body: &[u8], parse: impl FnOnce(&T)) {
    if let Some(form) = fields::<T>(body) {
        parse(&form);
    }
}

/// The staff forms: the first byte picks one.
pub fn staff(data: &[u8]) {
    let (which, body) = pick(data, 20);
    let _ = pairs(body);
    let day = today();
    let any_org = |s: &str| s.len() <= 60;
    let areas = ["wmo".to_string(), "x_eigen".to_string()];
    let providers = ["zorg_b_v".to_string()];
    let known = Known {
        areas: &areas,
        providers: &providers,
    };
    match which {
        0 => check(body, |f: &IntakeForm| drop(f.parse(day))),
        1 => check(body, |f: &ClarifyForm| drop(f.parse(day, any_org))),
        2 => check(body, |f: &ContactForm| drop(f.parse(day))),
        3 => check(body, |f: &TaskForm| drop(f.parse())),
        4 => check(body, |f: &PartyForm| drop(f.parse())),
        5 => check(body, |f: &MediationForm| drop(f.parse(day))),
        6 => check(body, |f: &PlanForm| drop(f.parse(day))),
        7 => check(body, |f: &HeldForm| {
            for kind in PLANNED_KINDS {
                drop(f.parse(kind.0));
            }
        }),
        8 => check(body, |f: &CloseForm| {
            drop(f.parse(day, day));
            drop(f.parse(day, jiff::civil::date(2020, 1, 1)));
        }),
        9 => check(body, |f: &LetterForm| drop(f.parse(day))),
        10 => check(body, |f: &SignalForm| drop(f.parse(&known))),
        11 => check(body, |f: &AnswerForm| drop(f.parse())),
        12 => check(body, |f: &FollowUpForm| drop(f.parse())),
        13 => check(body, |f: &ProcedureForm| drop(f.parse(day, any_org))),
        14 => check(body, |f: &OutcomeForm| drop(f.parse(day))),
        15 => check(body, |f: &RegisterEntry| drop(f.parse())),
        16 => check(body, |f: &ConsentForm| drop(f.parse(day, any_org))),
        17 => check(body, |f: &OutreachForm| drop(f.parse(day))),
        18 => check(body, |f: &TenantForm| drop(f.parse())),
        _ => {
            check(body, |f: &ThemeForm| drop(f.parse()));
            check(body, |f: &LinkForm| drop(f.parse()));
            check(body, |_: &naast_app::users::InviteForm| {});
            check(body, |_: &naast_app::auth::SetupForm| {});
        }
    }
}

/// The public intake: a web form (even first byte) or the public API's JSON (odd).
pub fn public(data: &[u8]) {
    let (which, body) = pick(data, 2);
    let form = if which == 0 {
        let pairs = pairs(body);
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let language = get("language");
        PublicIntakeForm::from_fields(get, language)
    } else {
        let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) else {
            return;
        };
        let Ok(form) = serde_json::from_value::<PublicIntakeForm>(value) else {
            return;
        };
        form
    };
    let languages = |l: &str| matches!(l, "nl" | "en" | "pl" | "tr" | "ar");
    if let Ok(ok) = form.parse(today(), |o| o.starts_with("zorg"), languages) {
        assert!(!ok.language.is_empty(), "a valid intake without a language");
    }
}
