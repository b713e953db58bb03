//! A tenant's look on its public pages: design tokens in the NL Design System style (colours
//! and a font stack), checked when saved so that every pair the pages use keeps the contrast
//! WCAG 2.2 asks for (1.4.3: 4.5:1 for text). Values are checked strictly, so that nothing but
//! a colour or a font list can reach the style sheet.

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

/// `#rrggbb` (or `#rgb`) as red, green, blue.
pub fn parse_hex(s: &str) -> Option<(u8, u8, u8)> {
    let h = s.trim().strip_prefix('#')?;
    let full: String = match h.len() {
        3 => h.chars().flat_map(|c| [c, c]).collect(),
        6 => h.to_string(),
        _ => return None,
    };
    let v = u32::from_str_radix(&full, 16).ok()?;
    Some(((v >> 16) as u8, (v >> 8) as u8, v as u8))
}

/// Relative luminance (WCAG 2.2, definition "relative luminance").
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// The contrast ratio of two colours, 1 to 21.
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

const WHITE: (u8, u8, u8) = (255, 255, 255);

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
        let mut pair = |field: &'static str, a: Option<(u8, u8, u8)>, b: Option<(u8, u8, u8)>| {
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
    fn contrast_follows_wcag() {
        assert!((contrast((0, 0, 0), WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 0.01);
        // #767676 on white is the classic 4.5:1 boundary.
        let grey = parse_hex("#767676").unwrap_or_default();
        assert!(contrast(grey, WHITE) >= 4.5);
        assert_eq!(parse_hex("#0af"), Some((0, 0xaa, 0xff)));
        assert_eq!(parse_hex("red"), None);
    }

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
