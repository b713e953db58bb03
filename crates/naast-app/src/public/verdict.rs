//! The citizen's verdict on a closed kwestie, given on the status page (only the holder of the
//! link or the reference and code sees the form): three short questions and a comment, once
//! per kwestie. The answers go into the statistical record; the comment is sealed with the
//! case key, shown to staff on the kwestie, and can only be quoted once it passed the
//! personal-data check (`deid_review`). "Ik ben nog niet klaar" makes a task for the
//! confidant, who decides whether to reopen.
//!
//! Erasure and retention remove the verdict with its comment (AVG art. 17, art. 5(1)(e)); the
//! answer codes stay in the statistical record, which holds nothing personal.

use crate::cases::{Loaded, seal_task};
use crate::{App, AppError, Principal, Result};
use naast_core::verdict::{CommentReview, VerdictForm};
use naast_core::{CaseStatus, Lang, Msg};
use naast_store::verdicts;

/// The title of the task "Ik ben nog niet klaar" makes (sealed like every task title), in the
/// confidants' language.
pub const NOT_DONE_TASK_TITLE: &str = "Inwoner is nog niet klaar: besluit of u heropent";

/// Where the comment is sealed: table and field (the row id is the kwestie's).
const COMMENT: (&str, &str) = ("case_verdicts", "sealed_comment");
/// Where the checked comment is sealed.
const QUOTE: (&str, &str) = ("case_verdicts", "sealed_quote");

/// The verdict part of a status page.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct CitizenVerdict {
    /// The questions are asked: the kwestie is closed, not withdrawn, its data still held.
    pub asked: bool,
    /// The verdict was given (the page thanks, and asks nothing more).
    pub given: bool,
    /// "Ik ben nog niet klaar" was pressed and the confidant has not decided yet.
    pub not_done: bool,
}

/// A verdict as staff see it on the kwestie.
#[derive(Debug, Clone, serde::Serialize)]
pub struct VerdictView {
    pub heard: String,
    pub knows_next: String,
    pub recommend: String,
    /// The comment as the citizen wrote it (empty: none).
    pub comment: String,
    /// `unchecked`, `cleared` or `refused` ([`CommentReview`]).
    pub review: String,
    /// The checked text that may be quoted (cleared comments only).
    pub quote: String,
}

fn askable(c: &Loaded) -> bool {
    c.row.status == CaseStatus::Closed
        && c.key.is_some()
        // not a state: an outcome code
        && c.row.outcome.as_deref() != Some("withdrawn")
}

impl App {
    /// The verdict part of `c`'s status page.
    pub(crate) async fn citizen_verdict_state(&self, c: &Loaded) -> Result<CitizenVerdict> {
        if !askable(c) {
            return Ok(CitizenVerdict::default());
        }
        Ok(CitizenVerdict {
            asked: true,
            given: verdicts::of_case(self.db.pool(), c.row.id).await?.is_some(),
            not_done: verdicts::has_open_not_done(self.db.pool(), c.row.id).await?,
        })
    }

    /// The citizen gives their verdict through the link: once per kwestie, closed kwesties
    /// only. The answers go into the statistical record in the same transaction.
    pub async fn citizen_verdict(&self, token: &str, form: &VerdictForm) -> Result<()> {
        let (c, _) = self.by_token(token).await?;
        if !askable(&c) {
            return Err(AppError::Conflict(Msg::CaseNotClosed));
        }
        let v = form.parse()?;
        let sealed = if v.comment.is_empty() {
            None
        } else {
            Some(c.seal_at(COMMENT.0, COMMENT.1, c.row.id, &v.comment)?)
        };
        let answers = (v.heard, v.knows_next, v.recommend);
        let mut tx = self.db.begin().await?;
        if !verdicts::insert(&mut *tx, c.row.id, answers, sealed.as_deref()).await? {
            return Err(AppError::Conflict(Msg::VerdictGiven));
        }
        verdicts::set_stat(&mut *tx, c.row.id, answers).await?;
        self.audit_in(
            &mut tx,
            &Principal::citizen(c.row.tenant_id, Lang::Nl),
            "case.verdict",
            "case",
            &c.row.id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// "Ik ben nog niet klaar": a task for the kwestie's confidant (due today; "Mijn werk" shows
    /// it under the own tasks), who decides
    /// whether to reopen. Pressed again while that task is open, nothing more is made.
    pub async fn citizen_not_done(&self, token: &str) -> Result<()> {
        let (c, _) = self.by_token(token).await?;
        if !askable(&c) {
            return Err(AppError::Conflict(Msg::CaseNotClosed));
        }
        if verdicts::has_open_not_done(self.db.pool(), c.row.id).await? {
            return Ok(());
        }
        let today = crate::clock::today().to_string();
        // The kwestie's confidant; without one, whoever closed it.
        let owner = match c.row.owner_user_id {
            Some(o) => Some(o),
            None => verdicts::closed_by(self.db.pool(), c.row.id).await?,
        };
        let mut tx = self.db.begin().await?;
        let id = verdicts::insert_not_done_task(&mut *tx, c.row.id, &today, owner).await?;
        seal_task(&mut tx, &c, id, NOT_DONE_TASK_TITLE).await?;
        self.audit_in(
            &mut tx,
            &Principal::citizen(c.row.tenant_id, Lang::Nl),
            "case.not_done",
            "case",
            &c.row.id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// On closing: the e-mail asking for the verdict, with the status link, for a citizen who
    /// left an e-mail address and has a status link (the same ones that get "there is news"):
    /// `(to, subject, body)`, queued by the caller in the closing transaction. It names no case
    /// content. A withdrawn kwestie is not asked.
    pub(crate) async fn verdict_mail_for(
        &self,
        c: &Loaded,
    ) -> Result<Option<(String, String, String)>> {
        if !askable(c) {
            return Ok(None);
        }
        let links = naast_store::status_links::of_case(self.db.pool(), c.row.id).await?;
        let (Some(link), Some(pid)) = (links.first(), c.row.citizen_id) else {
            return Ok(None);
        };
        // A token that cannot be opened any more means no mail, never a refused closing.
        let Some(token) = link
            .sealed_token
            .as_ref()
            .and_then(|s| c.status_token(s).ok())
        else {
            return Ok(None);
        };
        let Some(to) = self
            .person_view(pid)
            .await?
            .map(|(_, p)| p.email)
            .filter(|e| !e.is_empty())
        else {
            return Ok(None);
        };
        let tenant = naast_store::tenants::by_id(self.db.pool(), c.row.tenant_id)
            .await?
            .map(|t| t.name)
            .unwrap_or_default();
        let (subject, body) = verdict_mail(&link.lang, &tenant, &self.status_url(&token));
        Ok(Some((to, subject, body)))
    }

    /// The verdict on `c` as staff see it (the caller authorized and audits the read).
    pub(crate) async fn verdict_view(&self, c: &Loaded) -> Result<Option<VerdictView>> {
        let Some(v) = verdicts::of_case(self.db.pool(), c.row.id).await? else {
            return Ok(None);
        };
        Ok(Some(VerdictView {
            comment: c.open_at(COMMENT.0, COMMENT.1, c.row.id, &v.sealed_comment),
            quote: c.open_at(QUOTE.0, QUOTE.1, c.row.id, &v.sealed_quote),
            heard: v.heard,
            knows_next: v.knows_next,
            recommend: v.recommend,
            review: v.comment_review,
        }))
    }

    /// The confidant's decision on the comment after the personal-data check: `cleared` with
    /// the checked text (the de-identifier's findings and what the confidant marked as missed
    /// are replaced by placeholders), or `refused` (never quoted).
    pub async fn review_verdict_comment(
        &self,
        who: &Principal,
        reference: &str,
        clear: bool,
        missed: &str,
    ) -> Result<()> {
        let c = self.load_case(who, reference).await?;
        let Some(v) = verdicts::of_case(self.db.pool(), c.row.id).await? else {
            return Err(AppError::NotFound);
        };
        let comment = c.open_at(COMMENT.0, COMMENT.1, c.row.id, &v.sealed_comment);
        if comment.is_empty() {
            return Err(AppError::NotFound);
        }
        let (review, quote) = if clear {
            // Every finding of the de-identifier is replaced: a quote leaves the office.
            // The municipality's own name is no finding in a quote for its own report.
            let own = naast_store::tenants::by_id(self.db.pool(), c.row.tenant_id)
                .await?
                .map(|t| t.name)
                .unwrap_or_default();
            let review =
                crate::deid_review::review_field("comment", &comment, self.word_lists(), &own);
            let accepted: std::collections::HashSet<&str> = review
                .segments
                .iter()
                .filter_map(|s| s.finding.as_ref().map(|f| f.key.as_str()))
                .collect();
            let checked = crate::deid_review::redact_fields(
                &[("comment", comment.as_str())],
                &accepted,
                &crate::deid_review::missed_phrases(missed),
                self.word_lists(),
                &own,
            )
            .into_iter()
            .next()
            .unwrap_or_default();
            let sealed = c.seal_at(QUOTE.0, QUOTE.1, c.row.id, &checked)?;
            (CommentReview::Cleared, Some(sealed))
        } else {
            (CommentReview::Refused, None)
        };
        let mut tx = self.db.begin().await?;
        verdicts::set_review(&mut *tx, c.row.id, review.as_str(), quote.as_deref()).await?;
        self.audit_in(
            &mut tx,
            who,
            "case.verdict_review",
            "case",
            &c.row.id.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The comments of a tenant's kwesties that passed the check, in their checked form: the
    /// only ones that may be chosen as a quote in a report.
    pub async fn verdict_quotes(&self, who: &Principal, tenant_id: i64) -> Result<Vec<String>> {
        if !who.may_see_tenant(tenant_id) {
            return Err(AppError::NotFound);
        }
        let ids =
            verdicts::cleared_of_tenant(self.db.pool(), tenant_id, CommentReview::Cleared.as_str())
                .await?;
        let mut out = Vec::new();
        for id in ids {
            let Some(row) = naast_store::cases::by_id(self.db.pool(), id).await? else {
                continue;
            };
            let c = self.load_any_case(&row.reference).await?;
            if let Some(v) = verdicts::of_case(self.db.pool(), id).await? {
                let q = c.open_at(QUOTE.0, QUOTE.1, id, &v.sealed_quote);
                if !q.is_empty() {
                    out.push(q);
                }
            }
        }
        Ok(out)
    }
}

/// The e-mail that asks for the verdict (no case content: only that the kwestie was closed,
/// and the link).
fn verdict_mail(lang: &str, tenant: &str, url: &str) -> (String, String) {
    if lang == "nl" {
        (
            "Wat vond u van de vertrouwenspersoon?".into(),
            format!(
                "Goedendag,\n\nDe onafhankelijke vertrouwenspersoon voor {tenant} heeft uw melding afgesloten. Via uw persoonlijke link leest u wat eruit is gekomen.\n\nWilt u ons laten weten wat u ervan vond? Het zijn drie korte vragen, op dezelfde pagina:\n\n{url}\n\nBent u nog niet klaar? Dat kunt u daar ook laten weten.\n\nMet vriendelijke groet,\nde onafhankelijke vertrouwenspersoon"
            ),
        )
    } else {
        (
            "What did you think of the confidant?".into(),
            format!(
                "Hello,\n\nThe independent confidant for {tenant} has closed your case. Through your personal link you can read what came of it.\n\nWould you tell us what you thought? There are three short questions, on the same page:\n\n{url}\n\nNot done yet? You can tell us there too.\n\nKind regards,\nthe independent confidant"
            ),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verdict_mail_holds_the_link_and_no_case_content() {
        let (subject, body) = verdict_mail("nl", "Maasdal", "https://x.example/status/abc");
        assert!(subject.contains("vertrouwenspersoon"));
        assert!(body.contains("https://x.example/status/abc"));
        assert!(body.contains("Maasdal"));
        let (_, en) = verdict_mail("en", "Maasdal", "https://x.example/status/abc");
        assert!(en.contains("three short questions"));
    }
}
