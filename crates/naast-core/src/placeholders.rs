//! The stand-in words de-identification puts where it took personal data out (`[PERSOON-1]`,
//! `[ADRES-2]`, …). They help a writer see what was taken out, but a published report must not
//! read "[PERSOON-1] belde": the writer replaces them by a general description first.

/// Whether `text` holds a stand-in word: `[`, capitals or `_`, `-`, digits, `]`.
pub fn holds_placeholder(text: &str) -> bool {
    text.match_indices('[')
        .any(|(at, _)| is_placeholder_at(&text[at + 1..]))
}

/// `text` with every stand-in word replaced by a general description ("[PERSOON-1]" → "een
/// inwoner"), for text that must read well without the details (the demo's reports).
pub fn generalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('[') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        if is_placeholder_at(after) {
            let end = after.find(']').unwrap_or(after.len());
            let word = after[..end].split('-').next().unwrap_or_default();
            out.push_str(general_word(word));
            rest = after.get(end + 1..).unwrap_or_default();
        } else {
            out.push('[');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// A general description for a stand-in word's kind (`PERSOON`, `PLAATS`, …): what a report's
/// personal-data check offers instead of the stand-in, and what [`generalize`] puts in.
pub fn general_word(kind: &str) -> &'static str {
    match kind {
        "PERSOON" => "een inwoner",
        "ORGANISATIE" => "een organisatie",
        "FUNCTIE" => "een medewerker",
        "PLAATS" => "een wijk",
        "ADRES" | "POSTCODE" => "het adres",
        "TELEFOON" => "een telefoonnummer",
        "EMAIL" => "een e-mailadres",
        "URL" => "een website",
        "IBAN" => "een rekeningnummer",
        "DOSSIERNUMMER" => "een dossiernummer",
        "KENTEKEN" => "een kenteken",
        "DATUM" | "GEBOORTEDATUM" => "een datum",
        "LEEFTIJD" => "een leeftijd",
        _ => "(weggelaten)",
    }
}

/// `rest` (after a `[`) starts with `WORD-123]`.
fn is_placeholder_at(rest: &str) -> bool {
    let word = rest
        .bytes()
        .take_while(|b| b.is_ascii_uppercase() || *b == b'_')
        .count();
    if word < 2 {
        return false;
    }
    let after = &rest.as_bytes()[word..];
    if after.first() != Some(&b'-') {
        return false;
    }
    let digits = after[1..].iter().take_while(|b| b.is_ascii_digit()).count();
    digits > 0 && after.get(1 + digits) == Some(&b']')
}

/// The names (Dutch, English) of the parts of a report's text, by field code, for messages
/// that say where something is.
pub fn report_part_name(code: &str) -> (&'static str, &'static str) {
    match code {
        "themes" => ("Thema's en signalen", "Themes and signals"),
        "stories" => ("Voorbeelden uit de praktijk", "Stories from practice"),
        "recommendations" => ("Aanbevelingen", "Recommendations"),
        // not a state: a narrative field
        "follow_up" => (
            "Opvolging van eerdere afspraken",
            "Follow-up of earlier agreements",
        ),
        "correction" => ("Wat deze versie verbetert", "What this version corrects"),
        _ => ("Tekst", "Text"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_in_words_are_found_and_ordinary_brackets_are_not() {
        assert!(holds_placeholder("[PERSOON-1] belde over de traplift."));
        assert!(holds_placeholder("Zij woont aan de [ADRES-12]."));
        assert!(holds_placeholder("Geboren [GEBOORTEDATUM-1]"));
        assert!(holds_placeholder("x [LICENSE_PLATE-3] y"));
        assert!(!holds_placeholder("Een inwoner belde over de traplift."));
        assert!(!holds_placeholder("Zie [1] en [bijlage-2]."));
        assert!(!holds_placeholder("[PERSOON-] of [PERSOON-1 of [PERSOON]"));
        assert!(!holds_placeholder("[A-1]"));
        assert!(!holds_placeholder("["));
    }

    #[test]
    fn generalizing_leaves_no_stand_in_and_keeps_the_rest() {
        let text = "[PERSOON-1] belde [ORGANISATIE-2] over [BSN-1]; zie [1].";
        let out = generalize(text);
        assert_eq!(
            out,
            "een inwoner belde een organisatie over (weggelaten); zie [1]."
        );
        assert!(!holds_placeholder(&out));
        assert_eq!(generalize("geen [haakjes"), "geen [haakjes");
    }
}
