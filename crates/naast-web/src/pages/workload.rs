//! The words around the workload counts ("open kwesties: 36; over de termijn: 2"), the same on
//! the coordinator's start page and on "Mijn werk" (`naast_app::overview::Workload`).

use naast_core::Lang;

/// What the two numbers mean, in one sentence.
pub(crate) fn hint(lang: Lang) -> &'static str {
    lang.pick(
        "Open: alle kwesties die niet zijn afgesloten, ook als ze wachten. Over de termijn: open kwesties met een wettelijke termijn waarvan de laatste dag voorbij is.",
        "Open: every case not closed, waiting ones included. Over the term: open cases with a statutory term whose last day has passed.",
    )
}
