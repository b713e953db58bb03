//! The states of a kwestie, a signal and a report, and the moves between them. The codes are
//! stored in the `status` columns, exported and shown through the vocabulary lists, so each
//! state parses from and prints as exactly that code; the moves are the ones the app performs.

use std::fmt;

macro_rules! states {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $(#[serde(rename = $code)] $variant,)+
        }

        impl $name {
            /// Every state, in the order of the vocabulary list.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The state a stored code names; `None` for anything else.
            pub fn parse(code: &str) -> Option<Self> {
                match code {
                    $($code => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// The stored code.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = UnknownState;
            fn from_str(code: &str) -> Result<Self, UnknownState> {
                Self::parse(code).ok_or(UnknownState)
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.as_str()
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                self == other.as_str()
            }
        }
    };
}

/// A code that names no state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("unknown state")]
pub struct UnknownState;

states! {
    /// Where a kwestie stands (`vocab::STATUSES`).
    CaseStatus {
        New = "new",
        InProgress = "in_progress",
        WaitingCitizen = "waiting_citizen",
        WaitingOrganisation = "waiting_organisation",
        Closed = "closed",
    }
}

impl CaseStatus {
    /// Not closed: the kwestie can still be worked on.
    pub fn is_open(self) -> bool {
        self != CaseStatus::Closed
    }

    /// The states a confidant sets by hand on an open kwestie.
    pub fn is_settable(self) -> bool {
        matches!(
            self,
            CaseStatus::InProgress | CaseStatus::WaitingCitizen | CaseStatus::WaitingOrganisation
        )
    }

    /// Whether a kwestie in this state may move to `next`: an open one to a state set by hand
    /// (again to the same one too) or to closed; a closed one only back to in progress
    /// (reopening). Nothing goes back to new.
    pub fn can_move_to(self, next: CaseStatus) -> bool {
        use CaseStatus::*;
        match self {
            Closed => next == InProgress,
            _ => next.is_settable() || next == Closed,
        }
    }
}

states! {
    /// The steps of a signal (`signal::STATUSES`).
    SignalStatus {
        Draft = "draft",
        InReview = "in_review",
        Sent = "sent",
        Acknowledged = "acknowledged",
        Answered = "answered",
        FollowUp = "follow_up",
        Closed = "closed",
    }
}

impl SignalStatus {
    /// Still being written or checked: editable, and not visible outside the office.
    pub fn is_concept(self) -> bool {
        matches!(self, SignalStatus::Draft | SignalStatus::InReview)
    }

    /// Sent and waiting for the addressee's answer.
    pub fn is_awaiting(self) -> bool {
        matches!(self, SignalStatus::Sent | SignalStatus::Acknowledged)
    }

    /// Whether a signal at this step may move to `next`: a concept is saved back to draft,
    /// submitted for review and sent; the addressee acknowledges and answers; a follow-up is
    /// agreed (again) after an answer; anything sent may be closed.
    pub fn can_move_to(self, next: SignalStatus) -> bool {
        use SignalStatus::*;
        matches!(
            (self, next),
            (Draft | InReview, Draft)
                | (Draft, InReview)
                | (InReview, Sent)
                | (Sent, Acknowledged)
                | (Sent | Acknowledged, Answered)
                | (Answered | FollowUp, FollowUp)
                | (Sent | Acknowledged | Answered | FollowUp, Closed)
        )
    }
}

states! {
    /// The states of a quarterly report.
    ReportStatus {
        Draft = "draft",
        Review = "review",
        Published = "published",
        Discussed = "discussed",
    }
}

impl ReportStatus {
    /// Published (and perhaps discussed since): its numbers are frozen and the municipality
    /// sees it.
    pub fn is_published(self) -> bool {
        matches!(self, ReportStatus::Published | ReportStatus::Discussed)
    }

    /// Whether a report in this state may move to `next`: a concept is saved back to draft and
    /// submitted; a report in review is sent back or published; a published one is discussed
    /// (again).
    pub fn can_move_to(self, next: ReportStatus) -> bool {
        use ReportStatus::*;
        matches!(
            (self, next),
            (Draft | Review, Draft)
                | (Draft, Review)
                | (Review, Published)
                | (Published | Discussed, Discussed)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{signal, vocab};

    fn codes(list: vocab::List) -> Vec<&'static str> {
        list.iter().map(|(code, _, _)| *code).collect()
    }

    #[test]
    fn case_statuses_round_trip_and_match_the_vocabulary() {
        let all: Vec<_> = CaseStatus::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(all, codes(vocab::STATUSES));
        for s in CaseStatus::ALL {
            assert_eq!(CaseStatus::parse(s.as_str()), Some(*s));
            assert_eq!(s.as_str().parse::<CaseStatus>(), Ok(*s));
            let json = format!("\"{}\"", s.as_str());
            assert_eq!(serde_json::to_string(s).ok(), Some(json.clone()));
            assert_eq!(serde_json::from_str::<CaseStatus>(&json).ok(), Some(*s));
        }
        assert_eq!(CaseStatus::parse("Closed"), None);
        assert_eq!(CaseStatus::parse(""), None);
        assert!(serde_json::from_str::<CaseStatus>("\"open\"").is_err());
    }

    #[test]
    fn signal_steps_round_trip_and_match_the_vocabulary() {
        let all: Vec<_> = SignalStatus::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(all, codes(signal::STATUSES));
        for s in SignalStatus::ALL {
            assert_eq!(SignalStatus::parse(s.as_str()), Some(*s));
            let json = format!("\"{}\"", s.as_str());
            assert_eq!(serde_json::to_string(s).ok(), Some(json.clone()));
            assert_eq!(serde_json::from_str::<SignalStatus>(&json).ok(), Some(*s));
        }
        assert_eq!(SignalStatus::parse("follow-up"), None);
    }

    #[test]
    fn report_statuses_round_trip() {
        for s in ReportStatus::ALL {
            assert_eq!(ReportStatus::parse(s.as_str()), Some(*s));
            assert_eq!(s.to_string(), s.as_str());
            let json = format!("\"{}\"", s.as_str());
            assert_eq!(serde_json::to_string(s).ok(), Some(json.clone()));
            assert_eq!(serde_json::from_str::<ReportStatus>(&json).ok(), Some(*s));
        }
        assert_eq!(ReportStatus::parse("overview"), None);
    }

    #[test]
    fn case_moves_the_app_performs_are_allowed() {
        use CaseStatus::*;
        // The first contact or clarification takes a new kwestie in hand.
        assert!(New.can_move_to(InProgress));
        // Set by hand on an open kwestie, the same state again included.
        for from in [New, InProgress, WaitingCitizen, WaitingOrganisation] {
            for to in [InProgress, WaitingCitizen, WaitingOrganisation, Closed] {
                assert!(from.can_move_to(to), "{from} → {to}");
            }
        }
        // The citizen answers through the status link; reopening.
        assert!(WaitingCitizen.can_move_to(InProgress));
        assert!(Closed.can_move_to(InProgress));
    }

    #[test]
    fn case_moves_that_must_not_happen_are_refused() {
        use CaseStatus::*;
        for from in CaseStatus::ALL {
            assert!(!from.can_move_to(New), "{from} → new");
        }
        assert!(!Closed.can_move_to(Closed));
        assert!(!Closed.can_move_to(WaitingCitizen));
        assert!(!Closed.can_move_to(WaitingOrganisation));
    }

    #[test]
    fn signal_moves_the_app_performs_are_allowed() {
        use SignalStatus::*;
        for (from, to) in [
            (Draft, Draft),
            (InReview, Draft),
            (Draft, InReview),
            (InReview, Sent),
            (Sent, Acknowledged),
            (Sent, Answered),
            (Acknowledged, Answered),
            (Answered, FollowUp),
            (FollowUp, FollowUp),
            (Sent, Closed),
            (Acknowledged, Closed),
            (Answered, Closed),
            (FollowUp, Closed),
        ] {
            assert!(from.can_move_to(to), "{from} → {to}");
        }
    }

    #[test]
    fn signal_moves_that_must_not_happen_are_refused() {
        use SignalStatus::*;
        for (from, to) in [
            (Draft, Sent),
            (Draft, Closed),
            (InReview, Closed),
            (Sent, Draft),
            (Acknowledged, Sent),
            (Sent, FollowUp),
            (Closed, Sent),
            (Closed, Draft),
            (Closed, Closed),
        ] {
            assert!(!from.can_move_to(to), "{from} → {to}");
        }
    }

    #[test]
    fn report_moves() {
        use ReportStatus::*;
        for (from, to) in [
            (Draft, Review),
            (Review, Draft),
            (Draft, Draft),
            (Review, Published),
            (Published, Discussed),
            (Discussed, Discussed),
        ] {
            assert!(from.can_move_to(to), "{from} → {to}");
        }
        for (from, to) in [
            (Draft, Published),
            (Published, Draft),
            (Published, Review),
            (Discussed, Published),
        ] {
            assert!(!from.can_move_to(to), "{from} → {to}");
        }
        assert!(Published.is_published() && Discussed.is_published());
        assert!(!Draft.is_published() && !Review.is_published());
    }
}
