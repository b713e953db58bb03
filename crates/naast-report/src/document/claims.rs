//! Sentences from typed claims. A sentence that names a number says which number it is (a
//! measure of a period: the grand total of one population's table) and, when it compares, with
//! the same measure of which earlier period: like with like by construction, since an earlier
//! value is looked up by the claim's own measure. Kwesties closed are compared with kwesties
//! closed, never with new ones.

use super::labels::{count, period_phrase, t};
use crate::content::{Comparison, Content};
use crate::plan::Pop;
use naast_core::Lang;
use std::cmp::Ordering;

/// A number a sentence may name: a grand total of the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// New kwesties (opened in the period).
    Opened,
    /// Citizens with a new kwestie.
    Citizens,
    /// Kwesties closed in the period.
    Closed,
    /// Signals sent to the municipality.
    Signals,
}

impl Measure {
    /// The population whose table holds the number (its grand total).
    pub fn pop(self) -> Pop {
        match self {
            Measure::Opened => Pop::Cases,
            Measure::Citizens => Pop::Citizens,
            Measure::Closed => Pop::Closed,
            Measure::Signals => Pop::Signals,
        }
    }

    /// The number in a report's content.
    pub fn of(self, c: &Content) -> Option<u64> {
        match self {
            Measure::Opened => Some(c.kwesties),
            Measure::Citizens => Some(c.citizens),
            Measure::Closed => Some(c.closed),
            Measure::Signals => c.signals,
        }
    }

    /// The number in an earlier period's row of the comparison, when it has it.
    pub fn of_earlier(self, e: &Comparison) -> Option<u64> {
        match self {
            Measure::Opened => Some(e.kwesties),
            Measure::Citizens => Some(e.citizens),
            Measure::Closed => Some(e.closed),
            Measure::Signals => None,
        }
    }
}

/// One number a sentence names, and what it is compared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub measure: Measure,
    pub year: i32,
    /// 1–4, or 0 for the year.
    pub quarter: u8,
    pub value: u64,
    /// The same measure of an earlier period: `(year, quarter, value)`.
    pub than: Option<(i32, u8, u64)>,
}

impl Claim {
    /// The claim of `measure` in the report's own period.
    pub fn of(measure: Measure, c: &Content) -> Option<Claim> {
        Some(Claim {
            measure,
            year: c.year,
            quarter: c.quarter,
            value: measure.of(c)?,
            than: None,
        })
    }

    /// The claim compared with the same measure of an earlier period, if that has it.
    pub fn than(self, earlier: &Comparison) -> Option<Claim> {
        let v = self.measure.of_earlier(earlier)?;
        Some(Claim {
            than: Some((earlier.year, earlier.quarter, v)),
            ..self
        })
    }
}

/// A sentence and the numbers it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub text: String,
    pub claims: Vec<Claim>,
    /// The sentence compares its claim with the earlier period (and names only that number).
    pub compares: bool,
}

/// "In this period 30 new cases came in, from 28 citizens."
pub fn came(opened: &Claim, citizens: &Claim, lang: Lang) -> Sentence {
    let text = match (lang, opened.value) {
        (Lang::Nl, 0) => "In deze periode kwamen er geen nieuwe kwesties binnen.".to_string(),
        (Lang::En, 0) => "No new cases came in during this period.".to_string(),
        (Lang::Nl, n) => format!(
            "In deze periode {} {} binnen, van {}.",
            if n == 1 { "kwam" } else { "kwamen" },
            count(lang, n, "nieuwe kwestie", "nieuwe kwesties"),
            count(lang, citizens.value, "inwoner", "inwoners"),
        ),
        (Lang::En, n) => format!(
            "In this period {} came in, from {}.",
            count(lang, n, "new case", "new cases"),
            count(lang, citizens.value, "citizen", "citizens"),
        ),
    };
    let claims = if opened.value == 0 {
        vec![opened.clone()]
    } else {
        vec![opened.clone(), citizens.clone()]
    };
    Sentence {
        text,
        claims,
        compares: false,
    }
}

/// "The confidant closed 30 cases."
pub fn closed(closed: &Claim, lang: Lang) -> Sentence {
    let text = match (lang, closed.value) {
        (Lang::Nl, 0) => "De vertrouwenspersoon sloot geen kwesties af.".to_string(),
        (Lang::En, 0) => "The confidant closed no cases.".to_string(),
        (Lang::Nl, n) => format!(
            "De vertrouwenspersoon sloot {} af.",
            count(lang, n, "kwestie", "kwesties")
        ),
        (Lang::En, n) => format!("The confidant closed {}.", count(lang, n, "case", "cases")),
    };
    Sentence {
        text,
        claims: vec![closed.clone()],
        compares: false,
    }
}

/// "That is fewer than in the second quarter of 2026 (31)." Right after the sentence that
/// names the claim's own number; `None` when the claim compares with nothing.
pub fn compared(claim: &Claim, lang: Lang) -> Option<Sentence> {
    let (y, q, n) = claim.than?;
    let when = period_phrase(y, q, lang);
    let text = match claim.value.cmp(&n) {
        Ordering::Greater => t(
            lang,
            &format!("Dat zijn er meer dan in {when} ({n})."),
            &format!("That is more than in {when} ({n})."),
        ),
        Ordering::Less => t(
            lang,
            &format!("Dat zijn er minder dan in {when} ({n})."),
            &format!("That is fewer than in {when} ({n})."),
        ),
        Ordering::Equal => t(
            lang,
            &format!("Dat zijn er evenveel als in {when}."),
            &format!("That is as many as in {when}."),
        ),
    };
    Some(Sentence {
        text,
        claims: vec![claim.clone()],
        compares: true,
    })
}

/// "In this period the confidant sent 3 signals to the municipality."
pub fn sent(signals: &Claim, lang: Lang) -> Sentence {
    let text = match lang {
        Lang::Nl => format!(
            "In deze periode stuurde de vertrouwenspersoon {} aan de gemeente.",
            count(lang, signals.value, "signaal", "signalen")
        ),
        Lang::En => format!(
            "In this period the confidant sent {} to the municipality.",
            count(lang, signals.value, "signal", "signals")
        ),
    };
    Sentence {
        text,
        claims: vec![signals.clone()],
        compares: false,
    }
}
