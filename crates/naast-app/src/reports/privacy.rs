//! The de-identification review of a report's narrative: before free text leaves the office,
//! the confidant sees every finding of `naast-deid` highlighted, accepts or rejects each one,
//! marks what was missed, and only then can the report go on to review and publication.

use super::{Narrative, check_narrative, is_published, staff};
use crate::{App, AppError, Principal, Result};
use naast_core::Msg;
use naast_deid::{Span, find_with, redact_spans};
use naast_store::reports as store;
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

#[derive(Debug, Clone, Serialize)]
pub struct PrivacyReview {
    pub id: i64,
    pub updated_at: i64,
    pub checked: bool,
    pub fields: Vec<FieldReview>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FieldReview {
    pub field: &'static str,
    pub segments: Vec<Segment>,
    pub findings: usize,
}

/// A piece of a text: plain, or a finding with the key its checkbox sends back.
#[derive(Debug, Clone, Serialize)]
pub struct Segment {
    pub text: String,
    pub finding: Option<FindingRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingRef {
    /// `field:start:end:LABEL`, code points.
    pub key: String,
    pub label: &'static str,
    pub placeholder: &'static str,
}

/// Name and place lists for the de-identifier, when `NAAST_DEID_LISTS` names a file made with
/// `naast deid --build-lists`; without them it works on patterns and context alone.
fn lists() -> Option<&'static naast_deid::Lists> {
    static LISTS: OnceLock<Option<naast_deid::Lists>> = OnceLock::new();
    LISTS
        .get_or_init(|| {
            let path = std::env::var_os("NAAST_DEID_LISTS")?;
            let bytes = std::fs::read(path).ok()?;
            naast_deid::Lists::from_bytes(&bytes).ok()
        })
        .as_ref()
}

fn spans(text: &str) -> Vec<Span> {
    find_with(text, lists())
}

fn key(field: &str, s: &Span) -> String {
    format!("{field}:{}:{}:{}", s.start, s.end, s.label.as_str())
}

fn segments(field: &'static str, text: &str) -> (Vec<Segment>, usize) {
    let found = spans(text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut at = 0;
    for s in &found {
        if s.start < at || s.end > chars.len() {
            continue;
        }
        if s.start > at {
            out.push(Segment {
                text: chars[at..s.start].iter().collect(),
                finding: None,
            });
        }
        out.push(Segment {
            text: chars[s.start..s.end].iter().collect(),
            finding: Some(FindingRef {
                key: key(field, s),
                label: s.label.as_str(),
                placeholder: s.label.placeholder(),
            }),
        });
        at = s.end;
    }
    if at < chars.len() {
        out.push(Segment {
            text: chars[at..].iter().collect(),
            finding: None,
        });
    }
    (out, found.len())
}

/// Replaces every occurrence (any case) of each phrase with `[VERBORGEN-n]`.
fn hide_missed(text: &str, phrases: &[String]) -> String {
    let mut out = text.to_string();
    for (n, p) in phrases.iter().enumerate() {
        let needle = p.to_lowercase();
        let mut result = String::with_capacity(out.len());
        let mut rest = out.as_str();
        loop {
            // Case-insensitive search on a lowercased copy with the same char boundaries:
            // only where lowercasing keeps byte lengths, else an exact search.
            let lower = rest.to_lowercase();
            let pos = if lower.len() == rest.len() {
                lower.find(&needle)
            } else {
                rest.find(p.as_str())
            };
            match pos {
                Some(i) if rest.is_char_boundary(i) && rest.is_char_boundary(i + p.len()) => {
                    result.push_str(&rest[..i]);
                    result.push_str(&format!("[VERBORGEN-{}]", n + 1));
                    rest = &rest[i + p.len()..];
                }
                _ => break,
            }
        }
        result.push_str(rest);
        out = result;
    }
    out
}

impl App {
    /// The narrative of a draft with every finding of the de-identifier.
    pub async fn report_privacy(&self, who: &Principal, id: i64) -> Result<PrivacyReview> {
        staff(who)?;
        let (_, r) = self.report_row(who, id).await?;
        if is_published(&r.status) {
            return Err(AppError::general(Msg::ReportState));
        }
        let n: Narrative = serde_json::from_str(&r.narrative).unwrap_or_default();
        let fields = n
            .fields()
            .into_iter()
            .filter(|(_, t)| !t.trim().is_empty())
            .map(|(field, text)| {
                let (segments, findings) = segments(field, text);
                FieldReview {
                    field,
                    segments,
                    findings,
                }
            })
            .collect();
        Ok(PrivacyReview {
            id,
            updated_at: r.updated_at,
            checked: n.checked,
            fields,
        })
    }

    /// Applies the review: the accepted findings (their keys) become placeholders, the phrases
    /// marked as missed (one per line) become `[VERBORGEN-n]`, and the narrative counts as
    /// checked until it is changed again.
    pub async fn apply_report_privacy(
        &self,
        who: &Principal,
        id: i64,
        accepted: &[String],
        missed: &str,
        updated_at: i64,
    ) -> Result<()> {
        staff(who)?;
        let (_, r) = self.report_row(who, id).await?;
        if is_published(&r.status) {
            return Err(AppError::general(Msg::ReportState));
        }
        if missed.chars().count() > 2_000 {
            return Err(AppError::field("missed", Msg::TooLong(2_000)));
        }
        let accepted: HashSet<&str> = accepted.iter().map(String::as_str).collect();
        let phrases: Vec<String> = missed
            .lines()
            .map(str::trim)
            .filter(|l| l.chars().count() >= 2)
            .map(String::from)
            .collect();
        let mut n: Narrative = serde_json::from_str(&r.narrative).unwrap_or_default();
        let mut texts: BTreeMap<&'static str, String> = BTreeMap::new();
        for (field, text) in n.fields() {
            let keep: Vec<Span> = spans(text)
                .into_iter()
                .filter(|s| accepted.contains(key(field, s).as_str()))
                .collect();
            texts.insert(field, hide_missed(&redact_spans(text, &keep), &phrases));
        }
        for (field, text) in texts {
            if let Some(f) = n.field_mut(field) {
                *f = text;
            }
        }
        n.checked = true;
        check_narrative(&n)?;
        let json =
            serde_json::to_string(&n).map_err(|e| AppError::Internal(format!("narrative: {e}")))?;
        let mut tx = self.db.begin().await?;
        if !store::save_text(&mut *tx, id, &json, &r.correction, updated_at).await? {
            return Err(AppError::Conflict(Msg::Conflict));
        }
        self.audit_in(&mut tx, who, "report.privacy", "report", &id.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missed_phrases_are_hidden_everywhere_in_any_case() {
        let t = "Mevrouw Pietersen belde. pietersen wacht al lang op de Taxi Snel.";
        let out = hide_missed(t, &["Pietersen".into(), "Taxi Snel".into()]);
        assert_eq!(
            out,
            "Mevrouw [VERBORGEN-1] belde. [VERBORGEN-1] wacht al lang op de [VERBORGEN-2]."
        );
    }

    #[test]
    fn findings_become_segments_that_rebuild_the_text() {
        let t = "Bel mevrouw Jansen op 06-12345678 over de Wmo.";
        let (segs, n) = segments("themes", t);
        assert!(n >= 2, "a name and a phone number: {segs:?}");
        let rebuilt: String = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(rebuilt, t);
        assert!(
            segs.iter()
                .any(|s| s.finding.as_ref().is_some_and(|f| f.label == "PHONE"))
        );
        assert!(
            !segs
                .iter()
                .any(|s| s.text.contains("Wmo") && s.finding.is_some()),
            "a law is not personal data"
        );
    }
}
