//! The public site's texts, in translation files: `locales/nl.toml` and `locales/en.toml` ship
//! with Naast; a tenant adds a language (Turkish, Arabic, Polish, Tigrinya, …) by putting
//! `xx.toml` in `NAAST_LOCALES_DIR` — no code changes. Keys a file lacks fall back to Dutch, so
//! a partial translation still gives whole pages. Placeholders are `{name}`.

use std::collections::HashMap;
use std::sync::OnceLock;

/// One language's texts.
#[derive(Debug, Clone)]
pub struct Texts {
    /// The language code (`nl`, `en`, `tr`, …), used in `lang` attributes.
    pub code: String,
    /// The language's own name ("Nederlands", "Türkçe").
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    map: HashMap<String, String>,
}

/// All languages offered; Dutch first.
#[derive(Debug)]
pub struct Locales {
    list: Vec<Texts>,
}

static LOCALES: OnceLock<Locales> = OnceLock::new();

fn flatten(prefix: &str, v: &toml::Value, out: &mut HashMap<String, String>) {
    match v {
        toml::Value::Table(t) => {
            for (k, v) in t {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        toml::Value::String(s) => {
            out.insert(prefix.to_string(), s.clone());
        }
        other => {
            out.insert(prefix.to_string(), other.to_string());
        }
    }
}

/// Parses one translation file.
pub fn parse(code: &str, source: &str) -> Result<Texts, String> {
    let value: toml::Value = toml::from_str(source).map_err(|e| format!("{code}.toml: {e}"))?;
    let mut map = HashMap::new();
    flatten("", &value, &mut map);
    Ok(Texts {
        code: code.to_string(),
        name: map
            .get("meta.name")
            .cloned()
            .unwrap_or_else(|| code.to_string()),
        dir: map
            .get("meta.dir")
            .filter(|d| *d == "rtl")
            .cloned()
            .unwrap_or_else(|| "ltr".into()),
        map,
    })
}

fn builtin() -> Vec<Texts> {
    [
        ("nl", include_str!("../locales/nl.toml")),
        ("en", include_str!("../locales/en.toml")),
    ]
    .iter()
    .filter_map(|(c, s)| parse(c, s).ok())
    .collect()
}

/// Loads the built-in languages and, from `dir`, every `xx.toml` (two or three letters).
/// Returns the languages added, or the first file that does not parse.
pub fn init(dir: Option<&std::path::Path>) -> Result<Vec<String>, String> {
    let mut list = builtin();
    let mut added = Vec::new();
    if let Some(dir) = dir {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let mut files: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        files.sort();
        for path in files {
            let Some(code) = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".toml"))
                .filter(|c| {
                    (2..=3).contains(&c.len()) && c.chars().all(|ch| ch.is_ascii_lowercase())
                })
                .map(String::from)
            else {
                continue;
            };
            let source =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let texts = parse(&code, &source)?;
            list.retain(|t| t.code != code);
            list.push(texts);
            added.push(code);
        }
    }
    let _ = LOCALES.set(Locales { list });
    Ok(added)
}

fn locales() -> &'static Locales {
    LOCALES.get_or_init(|| Locales { list: builtin() })
}

/// The codes of every language offered, Dutch first.
pub fn codes() -> Vec<String> {
    locales().list.iter().map(|t| t.code.clone()).collect()
}

/// `(code, own name)` of every language, for the language switch.
pub fn choices() -> Vec<(String, String)> {
    locales()
        .list
        .iter()
        .map(|t| (t.code.clone(), t.name.clone()))
        .collect()
}

/// Used only if the built-in files failed to parse (a test guards against that).
static EMPTY: OnceLock<Texts> = OnceLock::new();

/// The texts of `code`, or Dutch.
pub fn get(code: &str) -> &'static Texts {
    let l = locales();
    l.list
        .iter()
        .find(|t| t.code == code)
        .or_else(|| l.list.first())
        .unwrap_or_else(|| {
            EMPTY.get_or_init(|| Texts {
                code: "nl".into(),
                name: "Nederlands".into(),
                dir: "ltr".into(),
                map: HashMap::new(),
            })
        })
}

impl Texts {
    /// The text for `key`; Dutch when this language lacks it; the key itself when both do.
    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        if let Some(s) = self.map.get(key) {
            return s;
        }
        if self.code != "nl"
            && let Some(s) = get("nl").map.get(key)
        {
            return s;
        }
        key
    }

    /// The text for `key` with `{name}` placeholders filled in.
    pub fn f(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut s = self.t(key).to_string();
        for (k, v) in args {
            s = s.replace(&format!("{{{k}}}"), v);
        }
        s
    }

    /// The Naast core language for messages from validation (Dutch or English).
    pub fn core_lang(&self) -> naast_core::Lang {
        if self.code == "nl" {
            naast_core::Lang::Nl
        } else {
            naast_core::Lang::En
        }
    }

    pub fn has(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_languages_parse_and_english_has_every_dutch_key() {
        let list = builtin();
        assert_eq!(list.len(), 2);
        let (nl, en) = (&list[0], &list[1]);
        let mut missing: Vec<&String> =
            nl.map.keys().filter(|k| !en.map.contains_key(*k)).collect();
        missing.sort();
        assert!(missing.is_empty(), "missing in en.toml: {missing:?}");
    }

    #[test]
    fn a_partial_translation_falls_back_to_dutch() {
        let tr = parse(
            "tr",
            "[meta]\nname = \"Türkçe\"\n[home]\ntitle = \"Merhaba\"\n",
        )
        .map_err(|e| e.to_string());
        let Ok(tr) = tr else { panic!("parses") };
        assert_eq!(tr.t("home.title"), "Merhaba");
        assert_eq!(tr.t("nav.home"), get("nl").t("nav.home"));
        assert_eq!(tr.name, "Türkçe");
        let ar = parse("ar", "[meta]\ndir = \"rtl\"\n").map_err(|e| e.to_string());
        assert_eq!(ar.map(|a| a.dir), Ok("rtl".to_string()));
    }
}
