//! Charts as self-contained, accessible SVG: no scripts, no external fonts or images, every text
//! escaped. They render the same in a browser and in the PDF (typst draws SVG text in the
//! document's own font).

use crate::release::HIDDEN;
use naast_core::{Lang, colour};
use std::fmt::Write;

/// The bar colour when none or no usable one is given.
pub const DEFAULT_COLOUR: &str = "#1f4e79";

const FONT: u32 = 14;
/// Estimated width of a character at [`FONT`]; generous, so that labels never overflow.
const CHAR_W: f64 = 8.2;
const ROW: u32 = 30;
const BAR_H: u32 = 20;
const PAD: u32 = 10;
const GAP: u32 = 10;
/// The width of every chart, unless its labels need more: charts scaled to the page's width
/// then all show text at the same size.
const WIDTH: u32 = 640;
/// The least room for the bars.
const BAR_MIN: u32 = 200;
const TEXT: &str = "#1a1a1a";

/// Text for XML: `&`, `<`, `>`, `"` and `'` escaped, control characters dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// `#rrggbb` (or `#rgb`), darkened if needed so that bars have 3:1 contrast with white (WCAG
/// 1.4.11); anything else gives [`DEFAULT_COLOUR`].
pub fn bar_colour(colour: &str) -> String {
    match colour::parse_hex(colour) {
        // WCAG 2.2, 1.4.11: 3:1 for the parts of a graphic.
        Some(rgb) => colour::to_hex(colour::darken_for_white(rgb, 3.0)),
        None => DEFAULT_COLOUR.to_string(),
    }
}

fn text_width(s: &str) -> u32 {
    (s.chars().count() as f64 * CHAR_W).ceil() as u32
}

/// A horizontal bar chart: a row per `(label, value)`, the value printed at the end of its bar;
/// a hidden value (`None`) gets no bar and the text `x`. `title` is the chart's accessible name.
pub fn bar_chart(title: &str, bars: &[(String, Option<u64>)], colour: &str) -> String {
    let fill = bar_colour(colour);
    let label_w = bars.iter().map(|(l, _)| text_width(l)).max().unwrap_or(0);
    let max = bars.iter().filter_map(|(_, v)| *v).max().unwrap_or(0);
    let value_w = text_width(&max.to_string()).max(text_width(HIDDEN)) + GAP;
    let x0 = PAD + label_w + GAP;
    let bar_max = WIDTH.saturating_sub(x0 + value_w + PAD).max(BAR_MIN);
    let width = x0 + bar_max + value_w + PAD;
    let height = 2 * PAD + ROW * bars.len().max(1) as u32;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" font-family="sans-serif" font-size="{FONT}">"#
    );
    let _ = write!(s, "<title>{}</title>", escape(title));
    for (i, (label, value)) in bars.iter().enumerate() {
        let top = PAD + ROW * i as u32 + (ROW - BAR_H) / 2;
        let baseline = top + BAR_H / 2 + FONT * 7 / 20;
        let _ = write!(
            s,
            r#"<text x="{}" y="{baseline}" text-anchor="end" fill="{TEXT}">{}</text>"#,
            x0 - GAP,
            escape(label)
        );
        let (bar_w, shown) = match value {
            Some(v) if max > 0 => {
                let w = (*v as f64 / max as f64 * f64::from(bar_max)).round() as u32;
                (if *v > 0 { w.max(2) } else { 0 }, v.to_string())
            }
            Some(v) => (0, v.to_string()),
            None => (0, HIDDEN.to_string()),
        };
        if bar_w > 0 {
            let _ = write!(
                s,
                r#"<rect x="{x0}" y="{top}" width="{bar_w}" height="{BAR_H}" fill="{fill}"/>"#
            );
        }
        let _ = write!(
            s,
            r#"<text x="{}" y="{baseline}" fill="{TEXT}">{shown}</text>"#,
            x0 + bar_w + 6
        );
    }
    let _ = write!(
        s,
        r##"<line x1="{x0}" y1="{PAD}" x2="{x0}" y2="{}" stroke="#595959" stroke-width="1"/>"##,
        height - PAD
    );
    s.push_str("</svg>");
    s
}

/// The text alternative of a bar chart: "Staafdiagram. Kwesties naar domein: Wmo 12, Jeugdhulp
/// x, Overig 3. x = niet gepubliceerd: kleine aantallen."
pub fn alt_text(title: &str, bars: &[(String, Option<u64>)], lang: Lang) -> String {
    let kind = lang.pick("Staafdiagram", "Bar chart");
    if bars.is_empty() {
        return format!(
            "{kind}. {title}: {}.",
            lang.pick("geen gegevens", "no data")
        );
    }
    let items: Vec<String> = bars
        .iter()
        .map(|(l, v)| match v {
            Some(n) => format!("{l} {n}"),
            None => format!("{l} {HIDDEN}"),
        })
        .collect();
    let mut out = format!("{kind}. {title}: {}.", items.join(", "));
    if bars.iter().any(|(_, v)| v.is_none()) {
        out.push(' ');
        out.push_str(footnote(lang));
    }
    out
}

/// What `x` means, in one line.
pub fn footnote(lang: Lang) -> &'static str {
    lang.pick(
        "x = niet gepubliceerd: kleine aantallen",
        "x = not published: small numbers",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bars() -> Vec<(String, Option<u64>)> {
        vec![
            ("Wmo".to_string(), Some(12)),
            ("Jeugd <18> & \"zo\"".to_string(), None),
            ("Overig".to_string(), Some(0)),
            ("Schuldhulp".to_string(), Some(6)),
        ]
    }

    #[test]
    fn a_chart_is_self_contained_and_escaped() {
        let svg = bar_chart("Kwesties naar domein & <meer>", &bars(), "#ff0");
        assert!(svg.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 "#));
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains("<title>Kwesties naar domein &amp; &lt;meer&gt;</title>"));
        assert!(svg.contains("Jeugd &lt;18&gt; &amp; &quot;zo&quot;"));
        assert!(!svg.contains("<18>"));
        assert!(!svg.contains("<script"));
        assert!(!svg.contains("href"));
        assert!(!svg.contains("@font-face"));
        assert!(svg.contains(r#"font-family="sans-serif""#));
        // Two bars drawn (12 and 6), none for the hidden one or for zero.
        assert_eq!(svg.matches("<rect").count(), 2);
        assert!(svg.contains(">x</text>"));
        assert!(svg.contains(">12</text>") && svg.contains(">0</text>"));
        // Tags balance.
        assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
        // Yellow darkened until bars stand out on white.
        assert!(!svg.contains("#ffff00"));
    }

    #[test]
    fn the_chart_is_wide_enough_for_its_labels() {
        let long = vec![("a".repeat(80), Some(3))];
        let svg = bar_chart("t", &long, "bad");
        let width: u32 = svg
            .split("width=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .and_then(|w| w.parse().ok())
            .unwrap_or(0);
        assert!(width >= 80 * 8 + BAR_MIN, "{width}");
        let short = bar_chart("t", &bars(), "#000000");
        assert!(
            short.contains(&format!("viewBox=\"0 0 {WIDTH} ")),
            "{short}"
        );
        assert!(svg.contains(DEFAULT_COLOUR));
        assert!(bar_chart("leeg", &[], "#000000").contains("<title>leeg</title>"));
    }

    #[test]
    fn alt_text_names_every_bar() {
        assert_eq!(
            alt_text("Kwesties naar domein", &bars()[..1], Lang::Nl),
            "Staafdiagram. Kwesties naar domein: Wmo 12."
        );
        let en = alt_text("Cases by area", &bars(), Lang::En);
        assert!(en.starts_with("Bar chart. Cases by area: Wmo 12, Jeugd <18> & \"zo\" x,"));
        assert!(en.ends_with("x = not published: small numbers"));
    }
}
