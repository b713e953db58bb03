//! A letter drafted in Naast, typeset as a tagged PDF (typst) and as a Word document (DOCX).
//! Both are laid out from the same blocks: the body's paragraphs (an empty line between
//! them), its headings (a paragraph of one short line ending in a colon, with text after it),
//! its lists (lines starting with "- ") and the signature block after the closing greeting.

use crate::{DocError, render};

/// A letter to typeset: who sends it, to whom, when, about which decision, about what, its
/// text (paragraphs separated by an empty line) and who signs it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Letter {
    pub sender: Vec<String>,
    pub recipient: Vec<String>,
    pub date: String,
    /// The reference (kenmerk) of the decision the letter answers, as the organisation wrote
    /// it; empty when none.
    pub decision_reference: String,
    /// The date of that decision, written out; empty when none.
    pub decision_date: String,
    pub subject: String,
    pub body: String,
    /// The name under the signature line.
    pub signer: String,
}

/// One block of a letter's body.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", content = "lines", rename_all = "snake_case")]
pub enum Block {
    Heading(Vec<String>),
    Paragraph(Vec<String>),
    /// A list, one item per line.
    List(Vec<String>),
    /// Where the letter is signed: name, date and a line for the signature.
    Signature(Vec<String>),
}

/// The body in blocks, the signature block after the closing greeting (or at the end).
pub fn letter_blocks(body: &str) -> Vec<Block> {
    let body = body.replace("\r\n", "\n").replace('\r', "\n");
    let paras: Vec<Vec<String>> = body
        .split("\n\n")
        .map(|p| {
            p.lines()
                .map(|l| l.trim_end().to_string())
                .filter(|l| !l.trim().is_empty())
                .collect::<Vec<_>>()
        })
        .filter(|p| !p.is_empty())
        .collect();
    let count = paras.len();
    let mut out = Vec::new();
    let mut signed = false;
    for (i, lines) in paras.into_iter().enumerate() {
        let first = lines[0].trim().to_string();
        let heading = lines.len() == 1
            && first.ends_with(':')
            && first.chars().count() <= 80
            && i + 1 < count
            && !first.to_lowercase().starts_with("bijlage");
        let closing = first.to_lowercase().starts_with("met vriendelijke groet");
        if heading {
            out.push(Block::Heading(vec![
                first.trim_end_matches(':').trim().to_string(),
            ]));
        } else if lines.iter().all(|l| l.trim_start().starts_with("- ")) {
            out.push(Block::List(
                lines
                    .iter()
                    .map(|l| l.trim_start().trim_start_matches("- ").to_string())
                    .collect(),
            ));
        } else {
            // A list after an introducing line ("Ik vraag u om:") stays one paragraph and a list.
            let split = lines.iter().position(|l| l.trim_start().starts_with("- "));
            match split {
                Some(k) if k > 0 && lines[k..].iter().all(|l| l.trim_start().starts_with("- ")) => {
                    out.push(Block::Paragraph(lines[..k].to_vec()));
                    out.push(Block::List(
                        lines[k..]
                            .iter()
                            .map(|l| l.trim_start().trim_start_matches("- ").to_string())
                            .collect(),
                    ));
                }
                _ => out.push(Block::Paragraph(lines)),
            }
        }
        if closing && !signed {
            out.push(Block::Signature(Vec::new()));
            signed = true;
        }
    }
    if !signed {
        out.push(Block::Signature(Vec::new()));
    }
    out
}

/// The template of a letter.
pub const LETTER: &str = include_str!("../templates/letter.typ");

/// The lines under the letter's date: the decision's reference and date, when known.
fn references(letter: &Letter) -> Vec<String> {
    let mut refs = Vec::new();
    if !letter.decision_reference.trim().is_empty() {
        refs.push(format!("Uw kenmerk: {}", letter.decision_reference.trim()));
    }
    if !letter.decision_date.trim().is_empty() {
        refs.push(format!("Uw besluit van: {}", letter.decision_date.trim()));
    }
    refs
}

/// A letter as a tagged PDF.
pub fn letter_pdf(letter: &Letter, today: (i32, u8, u8)) -> Result<Vec<u8>, DocError> {
    let data = serde_json::json!({
        "sender": letter.sender,
        "recipient": letter.recipient,
        "date": letter.date,
        "references": references(letter),
        "subject": letter.subject,
        "blocks": letter_blocks(&letter.body),
        "signer": letter.signer,
    });
    render(LETTER, &data, today)
}

/// A letter as a Word document (DOCX), for the citizen or confidant to edit further: one
/// paragraph (`w:p`) per paragraph, line of an address and item of a list; the subject a real
/// heading (style "heading 1") and the body's headings "heading 2", so that screen readers and
/// Word's navigation find them.
pub fn letter_docx(letter: &Letter) -> Result<Vec<u8>, DocError> {
    use docx_rs::{Docx, LineSpacing, Paragraph, Run, RunFonts, Style, StyleType};
    let tight = |text: &str| {
        Paragraph::new()
            .line_spacing(LineSpacing::new().after(0))
            .add_run(Run::new().add_text(text))
    };
    let spaced = |text: &str| {
        Paragraph::new()
            .line_spacing(LineSpacing::new().after(200))
            .add_run(Run::new().add_text(text))
    };
    let heading1 = Style::new("Heading1", StyleType::Paragraph)
        .name("heading 1")
        .outline_lvl(0)
        .bold()
        .size(26);
    let heading2 = Style::new("Heading2", StyleType::Paragraph)
        .name("heading 2")
        .outline_lvl(1)
        .bold()
        .size(22);
    let mut doc = Docx::new()
        .add_style(heading1)
        .add_style(heading2)
        .default_fonts(RunFonts::new().ascii("Calibri").hi_ansi("Calibri"))
        .default_size(22);
    let block = |doc: Docx, lines: &[String]| {
        let mut doc = doc;
        for (i, l) in lines.iter().enumerate() {
            doc = doc.add_paragraph(if i + 1 == lines.len() {
                spaced(l)
            } else {
                tight(l)
            });
        }
        doc
    };
    doc = block(doc, &letter.sender);
    doc = block(doc, &letter.recipient);
    let mut dated = vec![letter.date.clone()];
    dated.extend(references(letter));
    doc = block(doc, &dated);
    doc = doc.add_paragraph(
        Paragraph::new()
            .style("Heading1")
            .add_run(Run::new().add_text(&letter.subject)),
    );
    for b in letter_blocks(&letter.body) {
        doc = match b {
            Block::Heading(lines) => doc.add_paragraph(
                Paragraph::new()
                    .style("Heading2")
                    .add_run(Run::new().add_text(lines.join(" "))),
            ),
            // Each line its own paragraph: a single line break ends a line in the letter too.
            Block::Paragraph(lines) => block(doc, &lines),
            Block::List(items) => {
                let mut doc = doc;
                for item in items {
                    doc = doc.add_paragraph(tight(&format!("• {item}")).indent(
                        Some(360),
                        None,
                        None,
                        None,
                    ));
                }
                doc.add_paragraph(tight(""))
            }
            Block::Signature(_) => block(
                doc,
                &[
                    String::new(),
                    String::new(),
                    "Handtekening: ______________________________".into(),
                    format!("Naam: {}", letter.signer),
                    "Datum: ____________________".into(),
                ],
            ),
        };
    }
    let doc = doc.build();
    let mut buf = std::io::Cursor::new(Vec::new());
    doc.pack(&mut buf)
        .map_err(|e| DocError::Export(e.to_string()))?;
    Ok(buf.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter() -> Letter {
        Letter {
            sender: vec!["A. de Vries".into(), "Dorpsstraat 1".into(), "1234 AB Maasdal".into()],
            recipient: vec!["College van burgemeester en wethouders".into(), "Postbus 100".into()],
            date: "23 november 2026".into(),
            decision_reference: "WMO-2026-0042".into(),
            decision_date: "2 maart 2026".into(),
            subject: "Bezwaarschrift #strong[x]".into(),
            body: "Geacht college,\r\n\r\nIk maak bezwaar $x$ tegen\r\nuw besluit.\r\n\r\nWaarom ik het niet eens ben:\r\n\r\nMijn hulp stopte.\r\n\r\nIk vraag u om:\r\n- een kopie\r\n- een gesprek\r\n\r\nMet vriendelijke groet,\r\n\r\nBijlage: een kopie van het besluit".into(),
            signer: "A. de Vries".into(),
        }
    }

    #[test]
    fn a_body_falls_into_paragraphs_headings_lists_and_a_signature() {
        let b = letter_blocks(&letter().body);
        assert_eq!(b[0], Block::Paragraph(vec!["Geacht college,".into()]));
        assert_eq!(
            b[2],
            Block::Heading(vec!["Waarom ik het niet eens ben".into()])
        );
        assert_eq!(
            b[5],
            Block::List(vec!["een kopie".into(), "een gesprek".into()])
        );
        assert_eq!(b[7], Block::Signature(Vec::new()));
        assert_eq!(
            b[8],
            Block::Paragraph(vec!["Bijlage: een kopie van het besluit".into()])
        );
        assert!(matches!(
            letter_blocks("Zonder groet.").last(),
            Some(Block::Signature(_))
        ));
    }

    #[test]
    fn a_letter_renders_to_a_tagged_pdf() {
        let pdf = match letter_pdf(&letter(), (2026, 11, 23)) {
            Ok(p) => p,
            Err(e) => panic!("{e}"),
        };
        assert!(pdf.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("/StructTreeRoot"));
        assert!(text.contains("/Lang"));
    }

    #[test]
    fn a_letter_renders_to_a_docx_with_paragraphs_and_headings() {
        let docx = match letter_docx(&letter()) {
            Ok(d) => d,
            Err(e) => panic!("{e}"),
        };
        assert!(docx.starts_with(b"PK\x03\x04"));
    }
}
