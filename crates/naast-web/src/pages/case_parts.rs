//! The case page in parts: each part has its own address, a tab bar of ordinary links leads
//! between them, and every save comes back to the part it was made on with "Opgeslagen".

use super::cases::{Typed, caseworker, view_page};
use crate::ctx::Ctx;
use crate::error::WebError;
use axum::extract::{Path, Query};
use axum::response::Response;
use naast_core::Lang;

/// One part of the case page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    /// Who, how to reach them, what's next, status, the story and the clarified question.
    Overview,
    /// The timeline, with contact moments, notes and messages to the citizen.
    Timeline,
    /// Tasks and statutory terms.
    Tasks,
    /// Letters, drafts and attachments.
    Letters,
    /// Complaints, objections, mediation, signals and where the citizen can go.
    Procedures,
    /// Others involved, the citizen's consents, access and erasure.
    People,
}

impl Part {
    pub(crate) const ALL: [Part; 6] = [
        Part::Overview,
        Part::Timeline,
        Part::Tasks,
        Part::Letters,
        Part::Procedures,
        Part::People,
    ];

    /// The code the templates compare against.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Part::Overview => "overview",
            Part::Timeline => "timeline",
            Part::Tasks => "tasks",
            Part::Letters => "letters",
            Part::Procedures => "procedures",
            Part::People => "people",
        }
    }

    /// The last segment of the part's address (empty for the overview).
    fn slug(self) -> &'static str {
        match self {
            Part::Overview => "",
            Part::Timeline => "tijdlijn",
            Part::Tasks => "taken",
            Part::Letters => "brieven",
            Part::Procedures => "procedures",
            Part::People => "betrokkenen",
        }
    }

    pub(crate) fn label(self, lang: Lang) -> &'static str {
        match self {
            Part::Overview => lang.pick("Overzicht", "Overview"),
            Part::Timeline => lang.pick("Tijdlijn", "Timeline"),
            Part::Tasks => lang.pick("Taken en termijnen", "Tasks and terms"),
            Part::Letters => lang.pick("Brieven en documenten", "Letters and documents"),
            Part::Procedures => lang.pick("Procedures", "Procedures"),
            Part::People => lang.pick("Betrokkenen en toestemming", "People and consent"),
        }
    }

    /// The part's address on the case `reference`.
    pub(crate) fn path(self, reference: &str) -> String {
        match self.slug() {
            "" => format!("/admin/cases/{reference}"),
            slug => format!("/admin/cases/{reference}/{slug}"),
        }
    }

    /// Where a successful save goes: the part, saying "Opgeslagen" (`saved` names the element
    /// saved, when there is one to point to).
    pub(crate) fn saved(self, reference: &str, item: Option<&str>) -> String {
        let what = item.filter(|i| anchor_ok(i)).unwrap_or("1");
        format!("{}?saved={what}#saved", self.path(reference))
    }
}

/// An element id we put in an address ourselves: letters, digits and hyphens.
fn anchor_ok(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The `?saved=` of an address: after a save, the element saved (when there is one).
#[derive(serde::Deserialize, Default)]
pub struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

impl SavedQuery {
    /// `None` without a save; `Some("")` after a save, `Some(id)` with an element to point to.
    fn into_saved(self) -> Option<String> {
        self.saved.map(|s| {
            if anchor_ok(&s) && s != "1" {
                s
            } else {
                String::new()
            }
        })
    }
}

async fn show(
    ctx: Ctx,
    reference: String,
    q: SavedQuery,
    part: Part,
) -> Result<Response, WebError> {
    let who = caseworker(&ctx)?;
    let typed = Typed {
        saved: q.into_saved(),
        ..Default::default()
    };
    view_page(&ctx, who, &reference, typed, None, part).await
}

pub async fn overview(
    ctx: Ctx,
    Path(reference): Path<String>,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    show(ctx, reference, q, Part::Overview).await
}

pub async fn timeline(
    ctx: Ctx,
    Path(reference): Path<String>,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    show(ctx, reference, q, Part::Timeline).await
}

pub async fn tasks(
    ctx: Ctx,
    Path(reference): Path<String>,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    show(ctx, reference, q, Part::Tasks).await
}

pub async fn letters(
    ctx: Ctx,
    Path(reference): Path<String>,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    show(ctx, reference, q, Part::Letters).await
}

pub async fn procedures(
    ctx: Ctx,
    Path(reference): Path<String>,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    show(ctx, reference, q, Part::Procedures).await
}

pub async fn people(
    ctx: Ctx,
    Path(reference): Path<String>,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    show(ctx, reference, q, Part::People).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_has_its_own_address() {
        let paths: Vec<String> = Part::ALL.iter().map(|p| p.path("NST-AAAA-BBBB")).collect();
        assert_eq!(paths[0], "/admin/cases/NST-AAAA-BBBB");
        assert_eq!(paths[1], "/admin/cases/NST-AAAA-BBBB/tijdlijn");
        let mut unique = paths.clone();
        unique.dedup();
        assert_eq!(unique.len(), Part::ALL.len());
    }

    #[test]
    fn a_save_points_only_to_a_plain_element_id() {
        assert_eq!(
            Part::Letters.saved("R", Some("entry-12")),
            "/admin/cases/R/brieven?saved=entry-12#saved"
        );
        assert_eq!(
            Part::Tasks.saved("R", Some("x\"><script>")),
            "/admin/cases/R/taken?saved=1#saved"
        );
        let q = SavedQuery {
            saved: Some("<b>".into()),
        };
        assert_eq!(q.into_saved(), Some(String::new()));
        assert_eq!(SavedQuery::default().into_saved(), None);
    }
}
