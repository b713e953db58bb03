//! A published report's CSV as open data: the Frictionless Data Package (`datapackage.json`,
//! <https://specs.frictionlessdata.io/data-package/>) that describes it. One tabular resource,
//! the CSV next to it, with a schema naming every column (type, title, description in the
//! report's language), the values that stand for "no number" (`x`: hidden to protect small
//! groups; empty: no median for no kwesties), and the licence.

use crate::export::CSV_HEADER;
use naast_core::Lang;
use serde_json::{Value, json};

/// The file name of the CSV beside `datapackage.json`.
pub const CSV_FILE: &str = "cijfers.csv";

/// What the package describes.
#[derive(Debug, Clone, Copy)]
pub struct Package<'a> {
    pub lang: Lang,
    /// The tenant's slug (`maasdal`).
    pub tenant: &'a str,
    pub tenant_name: &'a str,
    pub year: i32,
    /// 1–4, or 0 for the annual report.
    pub quarter: u8,
    pub version: i64,
    /// `YYYY-MM-DD`.
    pub published_on: Option<&'a str>,
    /// Where the report's page is, for `homepage` (an absolute URL, or empty).
    pub homepage: &'a str,
}

/// A column: its type and, in Dutch and English, its title and description.
struct Column {
    kind: &'static str,
    required: bool,
    nl: (&'static str, &'static str),
    en: (&'static str, &'static str),
}

const fn col(
    kind: &'static str,
    required: bool,
    nl: (&'static str, &'static str),
    en: (&'static str, &'static str),
) -> Column {
    Column {
        kind,
        required,
        nl,
        en,
    }
}

/// The columns, in the order of [`CSV_HEADER`].
const COLUMNS: [Column; CSV_HEADER.len()] = [
    col(
        "string",
        true,
        (
            "Tabel (code)",
            "Vaste naam van de tabel: periode, wat geteld wordt en naar welke kenmerken.",
        ),
        (
            "Table (code)",
            "Fixed name of the table: period, what is counted and by which characteristics.",
        ),
    ),
    col(
        "string",
        true,
        (
            "Periode",
            "Jaar (2026) of kwartaal (2026-Q2) waarover geteld is.",
        ),
        ("Period", "Year (2026) or quarter (2026-Q2) counted."),
    ),
    col(
        "string",
        true,
        (
            "Wat geteld wordt (code)",
            "cases: kwesties; closed: afgesloten kwesties; citizens: burgers; activities: werkzaamheden; signals: signalen; outreach: spreekuren en voorlichting.",
        ),
        (
            "What is counted (code)",
            "cases, closed cases, citizens, activities, signals, outreach sessions.",
        ),
    ),
    col(
        "string",
        false,
        (
            "Kenmerk van de rij (code)",
            "Het kenmerk waarnaar de rijen zijn ingedeeld, bijvoorbeeld area (domein).",
        ),
        (
            "Row characteristic (code)",
            "The characteristic the rows are divided by, for example area.",
        ),
    ),
    col(
        "string",
        false,
        (
            "Rij (code)",
            "Code van de rij uit de vaste woordenlijst; leeg voor het totaal.",
        ),
        (
            "Row (code)",
            "The row's code from the fixed vocabulary; empty for the total.",
        ),
    ),
    col(
        "string",
        false,
        ("Rij", "Naam van de rij, zoals in de rapportage."),
        ("Row", "Name of the row, as in the report."),
    ),
    col(
        "string",
        false,
        (
            "Kenmerk van de kolom (code)",
            "Het kenmerk waarnaar de kolommen zijn ingedeeld; leeg als de tabel één kolom heeft.",
        ),
        (
            "Column characteristic (code)",
            "The characteristic the columns are divided by; empty for a table of one column.",
        ),
    ),
    col(
        "string",
        false,
        (
            "Kolom (code)",
            "Code van de kolom; leeg voor het totaal of een tabel van één kolom.",
        ),
        (
            "Column (code)",
            "The column's code; empty for the total or a table of one column.",
        ),
    ),
    col(
        "string",
        false,
        ("Kolom", "Naam van de kolom, zoals in de rapportage."),
        ("Column", "Name of the column, as in the report."),
    ),
    col(
        "number",
        false,
        (
            "Aantal",
            "Het getal. x: niet getoond, omdat het om te weinig mensen gaat om anoniem te blijven. Leeg: geen getal (geen kwesties om een mediaan van te nemen).",
        ),
        (
            "Value",
            "The number. x: not shown, because it concerns too few people to stay anonymous. Empty: no number (no cases to take a median of).",
        ),
    ),
    col(
        "string",
        false,
        ("Tabel", "Naam van de tabel, zoals in de rapportage."),
        ("Table", "Name of the table, as in the report."),
    ),
    col(
        "string",
        false,
        ("Wat geteld wordt", "Wat de tabel telt, in woorden."),
        ("What is counted", "What the table counts, in words."),
    ),
    col(
        "string",
        false,
        ("Kenmerk van de rij", "Naam van het kenmerk van de rijen."),
        ("Row characteristic", "Name of the rows' characteristic."),
    ),
    col(
        "string",
        false,
        (
            "Kenmerk van de kolom",
            "Naam van het kenmerk van de kolommen.",
        ),
        (
            "Column characteristic",
            "Name of the columns' characteristic.",
        ),
    ),
];

/// The licence the open data is published under: public domain (CC0 1.0), as the Dutch
/// government's open data policy recommends.
pub const LICENCE: (&str, &str, &str) = (
    "CC0-1.0",
    "Creative Commons Zero v1.0 Universal",
    "https://creativecommons.org/publicdomain/zero/1.0/",
);

/// The `datapackage.json` of a published report's CSV ([`CSV_FILE`], next to it).
pub fn datapackage(p: &Package) -> Value {
    let lang = p.lang;
    let period = crate::period_label(p.year, p.quarter);
    let title = if p.quarter == 0 {
        format!(
            "{} {} {}",
            lang.pick("Jaarrapportage", "Annual report"),
            p.year,
            p.tenant_name
        )
    } else {
        format!(
            "{} {} Q{} {}",
            lang.pick("Kwartaalrapportage", "Quarterly report"),
            p.year,
            p.quarter,
            p.tenant_name
        )
    };
    let fields: Vec<Value> = CSV_HEADER
        .iter()
        .zip(COLUMNS.iter())
        .map(|(name, c)| {
            let (t, d) = match lang {
                Lang::Nl => c.nl,
                Lang::En => c.en,
            };
            let mut f = json!({"name": name, "type": c.kind, "title": t, "description": d});
            if *name == "period" {
                f["constraints"] = json!({"required": true, "pattern": "[0-9]{4}(-Q[1-4])?"});
            } else if c.required {
                f["constraints"] = json!({"required": true});
            }
            f
        })
        .collect();
    let slug_part: String = p
        .tenant
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let name = format!("naast-{slug_part}-{}", period.to_lowercase());
    let mut package = json!({
        "profile": "tabular-data-package",
        "name": name,
        "title": title,
        "description": lang.pick(
            "Geanonimiseerde cijfers van de onafhankelijke vertrouwenspersoon sociaal domein: elk getal van de gepubliceerde rapportage op een eigen regel. Getallen over te weinig mensen zijn niet getoond (x).",
            "Anonymized numbers of the independent confidant for the social domain: every number of the published report on a line of its own. Numbers about too few people are not shown (x).",
        ),
        "version": p.version.to_string(),
        "language": lang.code(),
        "keywords": [lang.pick("sociaal domein", "social domain"), lang.pick("vertrouwenspersoon", "confidant"), p.tenant_name],
        "licenses": [{"name": LICENCE.0, "title": LICENCE.1, "path": LICENCE.2}],
        "contributors": [{"title": p.tenant_name, "role": "publisher"}],
        "resources": [{
            "name": "cijfers",
            "path": CSV_FILE,
            "profile": "tabular-data-resource",
            "title": title,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": "\"", "doubleQuote": true, "header": true},
            "schema": {"fields": fields, "missingValues": ["", "x"]},
        }],
    });
    if let Some(d) = p.published_on {
        package["created"] = json!(format!("{d}T00:00:00Z"));
    }
    if !p.homepage.is_empty() {
        package["homepage"] = json!(p.homepage);
    }
    package
}

#[cfg(test)]
mod tests {
    use super::*;

    fn package(lang: Lang) -> Value {
        datapackage(&Package {
            lang,
            tenant: "maasdal",
            tenant_name: "Maasdal",
            year: 2026,
            quarter: 0,
            version: 2,
            published_on: Some("2027-01-20"),
            homepage: "https://naast.example/maasdal/rapportages",
        })
    }

    #[test]
    fn every_column_is_described_in_the_language() {
        let p = package(Lang::Nl);
        let r = &p["resources"][0];
        assert_eq!(r["path"], CSV_FILE);
        assert_eq!(r["mediatype"], "text/csv");
        assert_eq!(r["encoding"], "utf-8");
        let fields = r["schema"]["fields"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let names: Vec<&str> = fields.iter().filter_map(|f| f["name"].as_str()).collect();
        assert_eq!(names, CSV_HEADER);
        for f in &fields {
            for key in ["type", "title", "description"] {
                assert!(f[key].as_str().is_some_and(|s| !s.is_empty()), "{f}");
            }
        }
        assert_eq!(fields[9]["type"], "number");
        assert_eq!(fields[5]["title"], "Rij");
        assert_eq!(p["licenses"][0]["name"], "CC0-1.0");
        assert_eq!(p["name"], "naast-maasdal-2026");
        assert_eq!(p["created"], "2027-01-20T00:00:00Z");
        assert_eq!(
            package(Lang::En)["resources"][0]["schema"]["fields"][5]["title"],
            "Row"
        );
    }
}
