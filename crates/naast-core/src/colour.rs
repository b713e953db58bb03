//! Colours and their contrast, computed once for every place that checks or adjusts one: the
//! tenant's look (`crate::theme`), the report's chart bars and the PDF's accent colour. The
//! formulas are WCAG 2.2's definitions "relative luminance" and "contrast ratio" (unchanged
//! since WCAG 2.0).

/// Red, green, blue.
pub type Rgb = [u8; 3];

/// White, the paper and the button text the checks measure against.
pub const WHITE: Rgb = [255, 255, 255];

/// `#rrggbb` or `#rgb` (surrounding spaces ignored), else `None`.
pub fn parse_hex(s: &str) -> Option<Rgb> {
    let h = s.trim().strip_prefix('#')?;
    if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let full: String = match h.len() {
        3 => h.chars().flat_map(|c| [c, c]).collect(),
        6 => h.to_string(),
        _ => return None,
    };
    let channel = |i: usize| u8::from_str_radix(full.get(i..i + 2)?, 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// `#rrggbb`, lower case.
pub fn to_hex([r, g, b]: Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Relative luminance, 0 (black) to 1 (white) (WCAG 2.2, definition "relative luminance").
pub fn luminance(rgb: Rgb) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2])
}

/// The contrast ratio of two colours, 1 to 21 (WCAG 2.2, definition "contrast ratio").
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// `rgb` darkened step by step (each channel to nine tenths, so the hue stays) until it has at
/// least `ratio` contrast with white.
pub fn darken_for_white(mut rgb: Rgb, ratio: f64) -> Rgb {
    while contrast(rgb, WHITE) < ratio {
        rgb = rgb.map(|c| (u16::from(c) * 9 / 10) as u8);
    }
    rgb
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast([0, 0, 0], WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(WHITE, [0, 0, 0]) - 21.0).abs() < 1e-9);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 1e-9);
        assert!(luminance([0, 0, 0]).abs() < 1e-12);
        assert!((luminance(WHITE) - 1.0).abs() < 1e-12);
        // #767676 on white is the classic 4.5:1 boundary; #777777 just misses it.
        assert!(contrast([0x76; 3], WHITE) >= 4.5);
        assert!(contrast([0x77; 3], WHITE) < 4.5);
        // Pure green is the brightest primary.
        assert!((luminance([0, 255, 0]) - 0.7152).abs() < 1e-9);
    }

    #[test]
    fn hex_colours_are_read_strictly() {
        assert_eq!(parse_hex("#0af"), Some([0, 0xaa, 0xff]));
        assert_eq!(parse_hex(" #1F4E79 "), Some([0x1f, 0x4e, 0x79]));
        assert_eq!(parse_hex("red"), None);
        assert_eq!(parse_hex("#12345"), None);
        assert_eq!(parse_hex("#+12345"), None);
        assert_eq!(parse_hex("#ééé"), None);
        assert_eq!(to_hex([0x1f, 0x4e, 0x79]), "#1f4e79");
    }

    #[test]
    fn darkening_keeps_dark_colours_and_reaches_the_ratio() {
        assert_eq!(
            darken_for_white([0x1f, 0x4e, 0x79], 4.5),
            [0x1f, 0x4e, 0x79]
        );
        let yellow = darken_for_white([0xff, 0xdd, 0x00], 4.5);
        assert!(contrast(yellow, WHITE) >= 4.5);
        assert!(contrast(darken_for_white(WHITE, 3.0), WHITE) >= 3.0);
    }
}
