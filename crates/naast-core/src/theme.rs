//! A tenant's look on its public pages: design tokens in the NL Design System style (colours
//! and a font stack), checked when saved so that every pair the pages use keeps the contrast
//! WCAG 2.2 asks for (1.4.3: 4.5:1 for text). Values are checked strictly, so that nothing but
//! a colour or a font list can reach the style sheet.

use crate::colour::{Rgb, WHITE, contrast, parse_hex};
use crate::validation::Collector;
use crate::{FieldError, Invalid, Msg};

/// The look as typed (`#rrggbb` colours, a font stack).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct ThemeForm {
    pub primary: String,
    pub primary_dark: String,
    pub text: String,
    pub background: String,
    pub font_family: String,
}

/// WCAG 2.2 1.4.3: the least contrast for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

impl ThemeForm {
    /// The tokens to serve, `(css custom property, value)`, or the problems found.
    pub fn parse(&self) -> Result<Vec<(&'static str, String)>, Invalid> {
        let mut c = Collector::default();
        let mut colour = |field: &'static str, s: &str| {
            let v = parse_hex(s);
            if v.is_none() {
                c.push(FieldError::new(field, Msg::ColourInvalid));
            }
            v
        };
        let primary = colour("primary", &self.primary);
        let primary_dark = colour("primary_dark", &self.primary_dark);
        let text = colour("text", &self.text);
        let background = colour("background", &self.background);
        let mut pair = |field: &'static str, a: Option<Rgb>, b: Option<Rgb>| {
            if let (Some(a), Some(b)) = (a, b) {
                let r = contrast(a, b);
                if r < MIN_CONTRAST {
                    c.push(FieldError::new(
                        field,
                        Msg::ContrastTooLow(format!("{r:.1}")),
                    ));
                }
            }
        };
        // Text and links on the background; white button text on both button colours.
        pair("text", text, background);
        pair("primary", primary, background);
        pair("primary", Some(WHITE), primary);
        pair("primary_dark", Some(WHITE), primary_dark);
        let font = self.font_family.trim();
        let font_ok = !font.is_empty()
            && font.chars().count() <= 200
            && font
                .chars()
                .all(|ch| ch.is_alphanumeric() || " ,-\"'".contains(ch));
        if !font_ok {
            c.push(FieldError::new("font_family", Msg::FontInvalid));
        }
        c.finish()?;
        let hex = |s: &str| s.trim().to_ascii_lowercase();
        Ok(vec![
            ("--naast-link-color", hex(&self.primary)),
            (
                "--naast-button-hover-background-color",
                hex(&self.primary_dark),
            ),
            ("--naast-document-color", hex(&self.text)),
            ("--naast-document-background-color", hex(&self.background)),
            ("--naast-document-font-family", font.to_string()),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_look_with_too_little_contrast_or_a_strange_font_is_refused() {
        let good = ThemeForm {
            primary: "#00558c".into(),
            primary_dark: "#003a60".into(),
            text: "#1a1a1a".into(),
            background: "#ffffff".into(),
            font_family: "\"Fira Sans\", Arial, sans-serif".into(),
        };
        assert_eq!(good.parse().map(|t| t.len()), Ok(5));
        let pale = ThemeForm {
            primary: "#7fb2e5".into(),
            font_family: "Arial; } body { background: url(x)".into(),
            ..good.clone()
        };
        let fields: Vec<_> = pale
            .parse()
            .err()
            .map(|e| e.0.into_iter().filter_map(|f| f.field).collect())
            .unwrap_or_default();
        assert_eq!(fields, vec!["primary", "primary", "font_family"]);
    }
}
