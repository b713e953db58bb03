//! The report's closing words with the municipality: the confidant's own account (themes,
//! stories, recommendations) and what was agreed about this report and the one before.

use super::super::labels;
use super::{Ctx, Section, free_text, paragraph, section};

impl Ctx<'_> {
    /// The confidant's account, one sub-section per part written; none when nothing was.
    pub(super) fn narrative(&self) -> Vec<Section> {
        let n = self.input.narrative;
        let parts: Vec<Section> = [
            (&n.themes, "Thema's en signalen", "Themes and signals"),
            (
                &n.stories,
                "Verhalen uit de praktijk",
                "Stories from practice",
            ),
            (&n.recommendations, "Aanbevelingen", "Recommendations"),
        ]
        .into_iter()
        .filter(|(text, _, _)| !text.trim().is_empty())
        .map(|(text, nl, en)| Section {
            heading: self.l(nl, en),
            level: 2,
            blocks: vec![paragraph(free_text(text))],
        })
        .collect();
        if parts.is_empty() {
            return parts;
        }
        let mut out = vec![section(
            self.l(
                "Verhaal van de vertrouwenspersoon",
                "The confidant's account",
            ),
            vec![paragraph(self.l(
                "In dit deel vertelt de vertrouwenspersoon wat opviel. Voorbeelden zijn zo beschreven dat niemand erin herkenbaar is.",
                "In this part the confidant tells what stood out. Examples are written so that no one can be recognised in them.",
            ))],
        )];
        out.extend(parts);
        out
    }

    /// What was agreed when the previous report was discussed, what came of it, and what was
    /// agreed about this one.
    pub(super) fn agreements(&self) -> Section {
        let i = self.input;
        let mut blocks = Vec::new();
        let previous = i
            .previous_agreed
            .filter(|(_, text)| !text.trim().is_empty());
        if let Some((label, text)) = previous {
            let label = crate::parse_period(label)
                .map(|(y, q)| labels::period_short(y, q))
                .unwrap_or_else(|| label.to_string());
            blocks.push(paragraph(self.l(
                &format!("Bij het gesprek over de rapportage {label} spraken we af:"),
                &format!("When we discussed the report {label}, we agreed:"),
            )));
            blocks.push(paragraph(free_text(text)));
        }
        if !i.narrative.follow_up.trim().is_empty() {
            blocks.push(paragraph(if previous.is_some() {
                self.l(
                    "Wat er met deze afspraken is gebeurd:",
                    "What has been done with these agreements:",
                )
            } else {
                self.l(
                    "Wat er met eerdere afspraken is gebeurd:",
                    "What has been done with earlier agreements:",
                )
            }));
            blocks.push(paragraph(free_text(&i.narrative.follow_up)));
        }
        let discussed = i.discussed_on.filter(|d| !d.trim().is_empty());
        if let Some(d) = discussed {
            let d = labels::date(d, self.lang);
            blocks.push(paragraph(self.l(
                &format!("Deze rapportage is op {d} besproken met de gemeente."),
                &format!("This report was discussed with the municipality on {d}."),
            )));
        }
        if !i.agreed.trim().is_empty() {
            blocks.push(paragraph(if discussed.is_some() {
                self.l("Daarbij spraken we af:", "We agreed:")
            } else {
                self.l(
                    "Afspraken over deze rapportage:",
                    "Agreements about this report:",
                )
            }));
            blocks.push(paragraph(free_text(i.agreed)));
        }
        section(
            self.l(
                "Afspraken met de gemeente",
                "Agreements with the municipality",
            ),
            blocks,
        )
    }
}
