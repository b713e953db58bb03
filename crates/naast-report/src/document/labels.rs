//! What readers see instead of codes: labels of categories, dimensions, tables and periods, in
//! Dutch or English.

use crate::plan::{planned_as, residual};
use naast_core::Lang;
use naast_core::vocab::{self, List};
use std::collections::BTreeMap;

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `Nl` or `En` text.
pub(crate) fn t(lang: Lang, nl: &str, en: &str) -> String {
    lang.pick(nl, en).to_string()
}

/// The first letter in upper case (English labels are lower case in the vocabulary).
pub(crate) fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A label without its trailing explanation in brackets: `Wmo (ondersteuning thuis, …)` →
/// `Wmo`. For charts and wide tables, where space is short; one-way tables show the whole
/// label.
pub(crate) fn short(label: &str) -> String {
    match label.find(" (") {
        Some(i) if label.ends_with(')') && i > 0 => label[..i].to_string(),
        _ => label.to_string(),
    }
}

fn list_of(dim: &str) -> Option<List> {
    Some(match dim {
        "area" => &vocab::AREAS,
        "nature" => vocab::NATURES,
        "channel" => vocab::CHANNELS,
        "found_via" => vocab::FOUND_VIA,
        "outcome" => vocab::OUTCOMES,
        "external" => vocab::EXTERNAL_OUTCOMES,
        "activity" => vocab::ACTIVITIES,
        "kind" => naast_core::outreach::KINDS,
        _ => return None,
    })
}

/// The codes of a dimension's vocabulary (empty for organisations and unknown dimensions).
pub(crate) fn vocabulary(dim: &str) -> Vec<&'static str> {
    match dim {
        "duration" => return crate::plan::DURATION_BANDS.to_vec(),
        "answer" => return crate::plan::ANSWER_BANDS.to_vec(),
        _ => {}
    }
    list_of(planned_as(dim))
        .map(|l| l.iter().map(|(c, _, _)| *c).collect())
        .unwrap_or_default()
}

/// The label of `code` in dimension `dim`. The residual category of a dimension (what the plan
/// folds other codes into) reads "Overig"; providers are named from `providers`. A signal's
/// area and theme read as a kwestie's area and nature.
pub(crate) fn category(
    dim: &str,
    code: &str,
    lang: Lang,
    providers: &BTreeMap<String, String>,
) -> String {
    if dim == "answer" {
        let (nl, en) = match code {
            "lt_2w" => ("Binnen 2 weken", "Within 2 weeks"),
            "2_6w" => ("2 tot 6 weken", "2 to 6 weeks"),
            "6_12w" => ("6 tot 12 weken", "6 to 12 weeks"),
            "gt_12w" => ("Meer dan 12 weken", "More than 12 weeks"),
            "open" => ("Nog niet beantwoord", "Not answered yet"),
            _ => (code, code),
        };
        return t(lang, nl, en);
    }
    let dim = planned_as(dim);
    if dim == "organisation" {
        return match code {
            "municipality" => t(lang, "Gemeente", "Municipality"),
            "other_providers" => t(lang, "Overige aanbieders", "Other providers"),
            "other" => t(lang, "Overig", "Other"),
            _ => providers
                .get(code)
                .filter(|n| !n.trim().is_empty())
                .cloned()
                .unwrap_or_else(|| code.to_string()),
        };
    }
    if code == residual(dim) && dim != "kind" {
        return t(lang, "Overig", "Other");
    }
    match (dim, code) {
        ("external", "none") => t(lang, "Geen klacht of bezwaar", "No complaint or objection"),
        ("duration", "lt_2w") => t(lang, "Korter dan 2 weken", "Less than 2 weeks"),
        ("duration", "2_6w") => t(lang, "2 tot 6 weken", "2 to 6 weeks"),
        ("duration", "6_12w") => t(lang, "6 tot 12 weken", "6 to 12 weeks"),
        ("duration", "gt_12w") => t(lang, "Langer dan 12 weken", "More than 12 weeks"),
        _ => match list_of(dim) {
            Some(list) => capital(vocab::label(list, code, lang)),
            None => code.to_string(),
        },
    }
}

/// The name of a dimension, as a column heading.
pub(crate) fn dimension(dim: &str, lang: Lang) -> String {
    let (nl, en) = match dim {
        "area" => ("Domein", "Area"),
        "organisation" => ("Organisatie", "Organisation"),
        "nature" => ("Aard van de onvrede", "Nature of the dissatisfaction"),
        "channel" => ("Hoe binnengekomen", "How it came in"),
        "found_via" => ("Hoe gevonden", "How they found us"),
        "outcome" => ("Resultaat", "Outcome"),
        "duration" => ("Doorlooptijd", "Duration"),
        "external" => (
            "Uitkomst klacht of bezwaar",
            "Result of complaint or objection",
        ),
        "activity" => ("Werkzaamheid", "Activity"),
        "kind" => ("Activiteit", "Activity"),
        "signal_area" => ("Domein", "Area"),
        "theme" => ("Thema", "Theme"),
        "answer" => ("Tijd tot antwoord", "Time to answer"),
        _ => (dim, dim),
    };
    t(lang, nl, en)
}

/// The caption of a table of `pop` by `dims`.
pub(crate) fn caption(pop: &str, dims: &[&str], lang: Lang) -> String {
    let (nl, en) = match (pop, dims) {
        ("cases", ["area"]) => ("Kwesties naar domein", "Cases by area"),
        ("cases", ["organisation"]) => ("Kwesties naar organisatie", "Cases by organisation"),
        ("cases", ["nature"]) => (
            "Kwesties naar aard van de onvrede",
            "Cases by nature of the dissatisfaction",
        ),
        ("cases", ["channel"]) => ("Hoe kwesties binnenkwamen", "How cases came in"),
        ("cases", ["found_via"]) => ("Hoe inwoners ons vonden", "How citizens found us"),
        ("cases", ["area", "organisation"]) => (
            "Kwesties naar domein en organisatie",
            "Cases by area and organisation",
        ),
        ("cases", ["area", "nature"]) => (
            "Kwesties naar domein en aard van de onvrede",
            "Cases by area and nature of the dissatisfaction",
        ),
        ("closed", ["outcome"]) => (
            "Afgesloten kwesties naar resultaat",
            "Closed cases by outcome",
        ),
        ("closed", ["duration"]) => (
            "Afgesloten kwesties naar doorlooptijd",
            "Closed cases by duration",
        ),
        ("closed", ["external"]) => (
            "Wat klachten en bezwaren opleverden",
            "What complaints and objections led to",
        ),
        ("closed", ["area", "outcome"]) => (
            "Afgesloten kwesties naar domein en resultaat",
            "Closed cases by area and outcome",
        ),
        ("activities", ["activity"]) => ("Werkzaamheden naar soort", "Activities by kind"),
        ("citizens", []) => ("Burgers geholpen", "Citizens helped"),
        ("signals", ["signal_area"]) => ("Signalen naar domein", "Signals by area"),
        ("signals", ["theme"]) => ("Signalen naar thema", "Signals by theme"),
        ("signals", ["answer"]) => (
            "Signalen naar tijd tot antwoord van de gemeente",
            "Signals by time to the municipality's answer",
        ),
        _ => {
            let what = population(pop, lang);
            let by: Vec<String> = dims
                .iter()
                .map(|d| dimension(d, lang).to_lowercase())
                .collect();
            let joiner = t(lang, " en ", " and ");
            return if by.is_empty() {
                what
            } else {
                format!("{what} {} {}", t(lang, "naar", "by"), by.join(&joiner))
            };
        }
    };
    t(lang, nl, en)
}

/// What a population counts, as a noun phrase starting with a capital.
pub(crate) fn population(pop: &str, lang: Lang) -> String {
    match pop {
        "cases" => t(lang, "Kwesties", "Cases"),
        "closed" => t(lang, "Afgesloten kwesties", "Closed cases"),
        "activities" => t(lang, "Werkzaamheden", "Activities"),
        "citizens" => t(lang, "Burgers geholpen", "Citizens helped"),
        "signals" => t(lang, "Signalen", "Signals"),
        _ => pop.to_string(),
    }
}

/// A table id (`2026-Q2 cases by area x organisation`) as `(population, dimensions)`.
pub(crate) fn parse_table_id(id: &str) -> Option<(&str, Vec<&str>)> {
    let (_, rest) = id.split_once(' ')?;
    Some(match rest.split_once(" by ") {
        Some((pop, dims)) => (pop, dims.split(" x ").collect()),
        None => (rest, Vec::new()),
    })
}

/// `2026 Q2` or `2026`.
pub(crate) fn period_short(year: i32, quarter: u8) -> String {
    if quarter == 0 {
        year.to_string()
    } else {
        format!("{year} Q{quarter}")
    }
}

/// `1 april – 30 juni 2026`.
pub(crate) fn period_long(year: i32, quarter: u8, lang: Lang) -> String {
    let (first, last) = match quarter {
        1..=4 => (
            usize::from(quarter - 1) * 3,
            usize::from(quarter - 1) * 3 + 2,
        ),
        _ => (0, 11),
    };
    let last_day = match last {
        2 | 11 => 31,
        5 | 8 => 30,
        _ => 31,
    };
    let months = match lang {
        Lang::Nl => MONTHS_NL,
        Lang::En => MONTHS_EN,
    };
    format!("1 {} – {last_day} {} {year}", months[first], months[last])
}

/// "het tweede kwartaal van 2026" / "the second quarter of 2026" / "2026".
pub(crate) fn period_phrase(year: i32, quarter: u8, lang: Lang) -> String {
    let nth = |q: u8| match (lang, q) {
        (Lang::Nl, 1) => "eerste",
        (Lang::Nl, 2) => "tweede",
        (Lang::Nl, 3) => "derde",
        (Lang::Nl, _) => "vierde",
        (Lang::En, 1) => "first",
        (Lang::En, 2) => "second",
        (Lang::En, 3) => "third",
        (Lang::En, _) => "fourth",
    };
    match (lang, quarter) {
        (_, 0) => year.to_string(),
        (Lang::Nl, q) => format!("het {} kwartaal van {year}", nth(q)),
        (Lang::En, q) => format!("the {} quarter of {year}", nth(q)),
    }
}

/// A date `YYYY-MM-DD` (a time after it is ignored) as `3 augustus 2026`; anything else as given.
pub(crate) fn date(s: &str, lang: Lang) -> String {
    let s = s.trim();
    let parsed = s.get(..10).and_then(|d| {
        let mut parts = d.split('-');
        let y: i32 = parts.next()?.parse().ok()?;
        let m: usize = parts.next()?.parse().ok()?;
        let day: u32 = parts.next()?.parse().ok()?;
        ((1..=12).contains(&m) && (1..=31).contains(&day)).then_some((y, m, day))
    });
    match parsed {
        Some((y, m, day)) => {
            let months = match lang {
                Lang::Nl => MONTHS_NL,
                Lang::En => MONTHS_EN,
            };
            format!("{day} {} {y}", months[m - 1])
        }
        None => s.to_string(),
    }
}

/// A number with a word in singular or plural: `1 kwestie`, `3 kwesties`.
pub(crate) fn count(lang: Lang, n: u64, one: &str, many: &str) -> String {
    format!(
        "{} {}",
        lang.num(i128::from(n)),
        if n == 1 { one } else { many }
    )
}

/// A decimal number with one digit after the decimal sign, which is a comma in Dutch.
pub(crate) fn decimal(x: f64, lang: Lang) -> String {
    let s = format!("{x:.1}");
    let s = s.strip_suffix(".0").map(str::to_string).unwrap_or(s);
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}

/// Items joined as `a, b en c`.
pub(crate) fn join_and(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), t(lang, "en", "and")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_periods() {
        let p = BTreeMap::from([("linde".to_string(), "Linde Thuiszorg".to_string())]);
        assert_eq!(category("area", "overig", Lang::Nl, &p), "Overig");
        assert_eq!(category("area", "jeugd", Lang::En, &p), "Youth care");
        assert_eq!(
            category("organisation", "linde", Lang::Nl, &p),
            "Linde Thuiszorg"
        );
        assert_eq!(
            category("organisation", "x_unknown", Lang::Nl, &p),
            "x_unknown"
        );
        assert_eq!(
            category("external", "none", Lang::Nl, &p),
            "Geen klacht of bezwaar"
        );
        assert_eq!(category("found_via", "other", Lang::Nl, &p), "Overig");
        assert_eq!(category("kind", "other", Lang::Nl, &p), "Anders");
        // Signals: area and theme read as a kwestie's area and nature; answer bands.
        assert_eq!(
            category("signal_area", "jeugd", Lang::Nl, &p),
            "Jeugdhulp (Jeugdwet)"
        );
        assert_eq!(category("signal_area", "overig", Lang::En, &p), "Other");
        assert_eq!(category("theme", "waiting_time", Lang::Nl, &p), "Wachttijd");
        assert_eq!(category("theme", "other", Lang::Nl, &p), "Overig");
        assert_eq!(category("answer", "lt_2w", Lang::Nl, &p), "Binnen 2 weken");
        assert_eq!(
            category("answer", "gt_12w", Lang::En, &p),
            "More than 12 weeks"
        );
        assert_eq!(
            category("answer", "open", Lang::Nl, &p),
            "Nog niet beantwoord"
        );
        assert_eq!(category("answer", "open", Lang::En, &p), "Not answered yet");
        assert_eq!(dimension("theme", Lang::Nl), "Thema");
        assert_eq!(
            caption("signals", &["signal_area"], Lang::En),
            "Signals by area"
        );
        assert_eq!(vocabulary("theme"), vocabulary("nature"));
        assert_eq!(short("Wmo (ondersteuning thuis, hulpmiddelen)"), "Wmo");
        assert_eq!(period_long(2026, 2, Lang::Nl), "1 april – 30 juni 2026");
        assert_eq!(
            period_long(2026, 0, Lang::En),
            "1 January – 31 December 2026"
        );
        assert_eq!(period_long(2026, 3, Lang::Nl), "1 juli – 30 september 2026");
        assert_eq!(date("2026-08-03", Lang::Nl), "3 augustus 2026");
        assert_eq!(date("volgende week", Lang::Nl), "volgende week");
        assert_eq!(decimal(1.5, Lang::Nl), "1,5");
        assert_eq!(decimal(2.0, Lang::En), "2");
        assert_eq!(
            parse_table_id("2026 cases by area x organisation"),
            Some(("cases", vec!["area", "organisation"]))
        );
        assert_eq!(
            parse_table_id("2026-Q1 citizens"),
            Some(("citizens", vec![]))
        );
    }
}
