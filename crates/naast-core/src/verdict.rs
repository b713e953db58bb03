//! The citizen's verdict on a closed kwestie: three short questions on the status page — did
//! you feel heard, do you know what to do next, would you recommend the confidant — and an
//! optional comment. The answers are codes that go into the statistical record; the comment is
//! free text, sealed with the case key, and passes the personal-data check before it can be
//! quoted in a report (AVG art. 5(1)(c), data minimisation: nothing personal leaves the office).

use crate::{FieldError, Invalid, Msg};

/// The longest comment, in characters.
pub const COMMENT_MAX: usize = 1_000;

/// "Voelde u zich gehoord?"
pub const HEARD: &[&str] = &["yes", "somewhat", "no"];
/// "Weet u wat u nu kunt doen?"
pub const KNOWS_NEXT: &[&str] = &["yes", "no"];
/// "Zou u de vertrouwenspersoon aanraden aan anderen?"
pub const RECOMMEND: &[&str] = &["yes", "maybe", "no"];

/// The three questions: the form field and the codes it takes, in the order asked.
pub const QUESTIONS: &[(&str, &[&str])] = &[
    ("heard", HEARD),
    ("knows_next", KNOWS_NEXT),
    ("recommend", RECOMMEND),
];

/// A verdict as typed on the status page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerdictForm {
    pub heard: String,
    pub knows_next: String,
    pub recommend: String,
    pub comment: String,
}

/// A checked verdict: three answer codes and the comment (trimmed; empty: none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub heard: &'static str,
    pub knows_next: &'static str,
    pub recommend: &'static str,
    pub comment: String,
}

fn pick(
    field: &'static str,
    codes: &'static [&'static str],
    given: &str,
    errors: &mut Vec<FieldError>,
) -> &'static str {
    match codes.iter().find(|c| **c == given.trim()) {
        Some(c) => c,
        None => {
            errors.push(FieldError::new(field, Msg::VerdictChoose(field)));
            ""
        }
    }
}

impl VerdictForm {
    /// Every question answered with one of its codes, the comment at most [`COMMENT_MAX`]
    /// characters; each problem named at its field.
    pub fn parse(&self) -> Result<Verdict, Invalid> {
        let mut errors = Vec::new();
        let heard = pick("heard", HEARD, &self.heard, &mut errors);
        let knows_next = pick("knows_next", KNOWS_NEXT, &self.knows_next, &mut errors);
        let recommend = pick("recommend", RECOMMEND, &self.recommend, &mut errors);
        let comment = self.comment.trim().to_string();
        if comment.chars().count() > COMMENT_MAX {
            errors.push(FieldError::new("comment", Msg::TooLong(COMMENT_MAX)));
        }
        if !errors.is_empty() {
            return Err(Invalid(errors));
        }
        Ok(Verdict {
            heard,
            knows_next,
            recommend,
            comment,
        })
    }
}

/// Where a verdict's comment stands in the personal-data check: only a `Cleared` comment (its
/// checked text) may be chosen as a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum CommentReview {
    /// Not yet checked (every new comment).
    Unchecked,
    /// Checked; its redacted text may be quoted.
    Cleared,
    /// Checked and kept in the office: never quoted.
    Refused,
}

impl CommentReview {
    pub const fn as_str(self) -> &'static str {
        match self {
            CommentReview::Unchecked => "unchecked",
            CommentReview::Cleared => "cleared",
            CommentReview::Refused => "refused",
        }
    }

    pub fn parse(code: &str) -> Option<CommentReview> {
        [
            CommentReview::Unchecked,
            CommentReview::Cleared,
            CommentReview::Refused,
        ]
        .into_iter()
        .find(|r| r.as_str() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(h: &str, k: &str, r: &str, c: &str) -> VerdictForm {
        VerdictForm {
            heard: h.into(),
            knows_next: k.into(),
            recommend: r.into(),
            comment: c.into(),
        }
    }

    #[test]
    fn three_answers_and_a_trimmed_comment_pass() {
        let v = form("somewhat", "yes", "maybe", "  Fijn geholpen.  ")
            .parse()
            .unwrap_or_else(|_| panic!("valid"));
        assert_eq!(
            (v.heard, v.knows_next, v.recommend, v.comment.as_str()),
            ("somewhat", "yes", "maybe", "Fijn geholpen.")
        );
    }

    #[test]
    fn each_missing_or_unknown_answer_is_named_at_its_field() {
        let Err(Invalid(e)) = form("", "maybe", "no", "").parse() else {
            panic!("must fail")
        };
        let fields: Vec<_> = e.iter().filter_map(|e| e.field).collect();
        assert_eq!(fields, vec!["heard", "knows_next"]);
        assert_eq!(e[0].msg, Msg::VerdictChoose("heard"));
    }

    #[test]
    fn a_comment_past_the_limit_is_refused() {
        let long = "a".repeat(COMMENT_MAX + 1);
        let Err(Invalid(e)) = form("yes", "yes", "yes", &long).parse() else {
            panic!("must fail")
        };
        assert_eq!(e[0].field, Some("comment"));
        assert!(
            form("yes", "no", "no", &"a".repeat(COMMENT_MAX))
                .parse()
                .is_ok()
        );
    }

    #[test]
    fn review_codes_round_trip() {
        for r in [
            CommentReview::Unchecked,
            CommentReview::Cleared,
            CommentReview::Refused,
        ] {
            assert_eq!(CommentReview::parse(r.as_str()), Some(r));
        }
        assert_eq!(CommentReview::parse("x"), None);
    }
}
