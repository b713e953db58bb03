//! "About these numbers": how the report protects citizens (the threshold, secondary
//! suppression, the share hidden), which groups the year's plan folds into "Other", which tables
//! were left out, and that a published report does not change.

use super::super::Block;
use super::super::labels::{self, join_and};
use super::{Ctx, Section, paragraph, section};
use crate::plan::{Basis, residual};

impl Ctx<'_> {
    /// The accounting of the protection, in plain language.
    pub(super) fn accounting(&self) -> Section {
        let c = self.input.content;
        let lang = self.lang;
        let k = self.k();
        let (totals_nl, totals_en) = if c.signals.is_some() {
            (
                "kwesties, burgers, afgesloten kwesties, werkzaamheden en signalen",
                "cases, citizens, closed cases, activities and signals",
            )
        } else {
            (
                "kwesties, burgers, afgesloten kwesties en werkzaamheden",
                "cases, citizens, closed cases and activities",
            )
        };
        let mut blocks = vec![paragraph(self.l(
            &format!(
                "Een tabel met kleine aantallen kan een inwoner herkenbaar maken, zeker in een kleine gemeente. Daarom laten we geen aantal zien dat kleiner is dan {k}. Een 0 laten we wel zien. Op de plek van een verborgen aantal staat een x.\n\nDaarna kijken we of iemand een verborgen aantal kan uitrekenen: met de totalen, met de andere tabellen of met eerdere kwartalen van dit jaar. Kan dat, dan verbergen we nog een aantal. Elk verborgen aantal krijgt hetzelfde teken x. Zo kunt u niet zien of het om een klein aantal gaat of om een aantal dat een ander aantal beschermt. De totalen van {totals_nl} laten we altijd zien."
            ),
            &format!(
                "A table with small numbers can make a citizen recognisable, especially in a small municipality. We therefore show no number smaller than {k}. A 0 is shown. A hidden number is shown as x.\n\nThen we check whether anyone could work out a hidden number: from the totals, from the other tables or from earlier quarters of this year. If so, we hide another number. Every hidden number gets the same symbol x, so you cannot tell whether it is a small number or a number hidden to protect another. The totals of {totals_en} are always shown."
            ),
        ))];
        if let Some(permille) = c.hidden.saturating_mul(1000).checked_div(c.numbers) {
            let percent = (permille + 5) / 10;
            let share = if percent == 0 && c.hidden > 0 {
                self.l("minder dan 1%", "less than 1%")
            } else {
                format!("{percent}%")
            };
            blocks.push(paragraph(self.l(
                &format!(
                    "In de tabellen van deze rapportage staan {} getallen. Daarvan zijn er {} verborgen ({share}).",
                    c.numbers, c.hidden
                ),
                &format!(
                    "The tables of this report hold {} numbers. {} of them are hidden ({share}).",
                    c.numbers, c.hidden
                ),
            )));
        }
        let (year, prev) = (c.year, c.year - 1);
        blocks.push(paragraph(match c.basis {
            Basis::PreviousYear => self.l(
                &format!(
                    "Welke groepen we apart laten zien, staat vast voor heel {year}. Dat hebben we aan het begin van het jaar bepaald, met de aantallen van {prev}: een groep die toen vaak genoeg voorkwam, laten we apart zien. Kleinere groepen tellen we samen onder 'Overig'. Zo blijven de tabellen het hele jaar hetzelfde."
                ),
                &format!(
                    "Which groups we show on their own is fixed for the whole of {year}. We decided this at the start of the year from the numbers of {prev}: a group that was common enough then is shown on its own. Smaller groups are combined under 'Other'. This keeps the tables the same all year."
                ),
            ),
            Basis::Default => self.l(
                &format!(
                    "Welke groepen we apart laten zien, staat vast voor heel {year}. In {prev} waren er te weinig kwesties om dat op te baseren. Daarom gebruiken we een vaste standaardindeling. Groepen die daar niet in staan, tellen we samen onder 'Overig'. Zo blijven de tabellen het hele jaar hetzelfde."
                ),
                &format!(
                    "Which groups we show on their own is fixed for the whole of {year}. In {prev} there were too few cases to base this on, so we use a standard layout. Groups not in it are combined under 'Other'. This keeps the tables the same all year."
                ),
            ),
        }));
        let folded = self.folded();
        if !folded.is_empty() {
            blocks.push(paragraph(self.l(
                "Dit jaar tellen we deze groepen samen onder 'Overig':",
                "This year these groups are combined under 'Other':",
            )));
            blocks.push(Block::List { items: folded });
        }
        let mut left: Vec<String> = Vec::new();
        for id in &c.left_out {
            if let Some((pop, dims)) = labels::parse_table_id(id) {
                // Without any signal nothing was left out: the signal section says there were
                // none.
                if pop == "signals" && c.signals == Some(0) {
                    continue;
                }
                let caption = labels::caption(pop, &dims, lang);
                if !left.contains(&caption) {
                    left.push(caption);
                }
            }
        }
        if !left.is_empty() {
            blocks.push(paragraph(self.l(
                &format!(
                    "Deze tabellen laten we weg, omdat er in deze periode minder dan {k} van waren:"
                ),
                &format!("These tables are left out, because this period counted fewer than {k}:"),
            )));
            blocks.push(Block::List { items: left });
        }
        blocks.extend(self.extra_notes());
        let mut last = self.l(
            "Een gepubliceerde rapportage verandert niet meer. Een kwestie die later wordt geregistreerd, telt mee in het eerstvolgende kwartaal dat nog niet is gepubliceerd. Vinden we toch een fout, dan publiceren we een nieuwe versie. Bovenaan staat dan wat er is veranderd.",
            "A published report never changes. A case registered later counts in the next quarter not yet published. If we do find a mistake, we publish a new version, with a note at the top saying what changed.",
        );
        if self.input.concept {
            last.push_str("\n\n");
            last.push_str(&self.l(
                "Dit is een concept. De cijfers kunnen nog veranderen tot de rapportage is gepubliceerd.",
                "This is a draft. The numbers may still change until the report is published.",
            ));
        } else if let Some(d) = self.input.published_on.filter(|d| !d.trim().is_empty()) {
            let d = labels::date(d, lang);
            last.push_str("\n\n");
            last.push_str(&self.l(
                &format!("Deze rapportage is gepubliceerd op {d}."),
                &format!("This report was published on {d}."),
            ));
            // Which rule applied at publication: four eyes, or a one-person practice.
            match self.input.second_check {
                Some(true) => last.push_str(&self.l(
                    " Gecontroleerd door een tweede persoon.",
                    " Checked by a second person.",
                )),
                Some(false) => last.push_str(&self.l(
                    " Gepubliceerd zonder tweede controle (eenpersoonspraktijk).",
                    " Published without a second check (one-person practice).",
                )),
                None => {}
            }
        }
        blocks.push(paragraph(last));
        section(self.l("Verantwoording", "About these numbers"), blocks)
    }

    /// What was hidden beyond the usual repair to protect earlier quarters, and why.
    fn extra_notes(&self) -> Vec<Block> {
        use crate::protect::ExtraKind;
        let c = self.input.content;
        let lang = self.lang;
        let caption = |id: &str| {
            labels::parse_table_id(id).map(|(pop, dims)| labels::caption(pop, &dims, lang))
        };
        let mut out = Vec::new();
        let withheld: Vec<String> = c.withheld.iter().filter_map(|id| caption(id)).collect();
        if !withheld.is_empty() {
            out.push(paragraph(self.l(
                "Van deze tabellen laten we alleen het totaal zien. Met de verdeling zou u, samen met de kwartalen die al zijn gepubliceerd, kleine aantallen kunnen uitrekenen. Die kwartalen veranderen niet meer, dus beschermen we ze in deze rapportage:",
                "Of these tables we show only the total. With the breakdown, together with the quarters already published, you could work out small numbers. Those quarters no longer change, so we protect them in this report:",
            )));
            out.push(Block::List { items: withheld });
        }
        let hidden: Vec<String> = c
            .extra
            .iter()
            .filter(|e| e.kind == ExtraKind::Hidden)
            .filter_map(|e| {
                caption(&e.table).map(|cap| {
                    format!(
                        "{cap}: {}",
                        self.l(
                            &format!("{} extra verborgen", e.numbers),
                            &format!("{} more hidden", e.numbers)
                        )
                    )
                })
            })
            .collect();
        if !hidden.is_empty() {
            out.push(paragraph(self.l(
                "In deze tabellen hebben we meer aantallen verborgen dan gewoonlijk. Anders zou u, samen met de kwartalen die al zijn gepubliceerd, kleine aantallen kunnen uitrekenen:",
                "In these tables we hid more numbers than usual. Otherwise, together with the quarters already published, you could work out small numbers:",
            )));
            out.push(Block::List { items: hidden });
        }
        out
    }

    /// Per dimension, the categories of the vocabulary this year's plan counts under the
    /// residual: `Domein: Werk en re-integratie, Inburgering en Leerlingenvervoer`.
    fn folded(&self) -> Vec<String> {
        let c = self.input.content;
        let lang = self.lang;
        let mut out = Vec::new();
        for dim in [
            "area",
            "organisation",
            "nature",
            "channel",
            "found_via",
            "outcome",
            "duration",
            "external",
            "activity",
            "signal_area",
            "theme",
        ] {
            // A signal's area and theme have categories of their own only when the previous
            // year counted signals; else they follow the kwesties' area and nature.
            let Some(kept) = c.kept.get(dim) else {
                continue;
            };
            let what = if dim == "organisation" {
                vec![self.l(
                    "alle andere aanbieders (onder 'Overige aanbieders')",
                    "all other providers (under 'Other providers')",
                )]
            } else {
                labels::vocabulary(dim)
                    .into_iter()
                    .filter(|code| *code != residual(dim) && !kept.iter().any(|k| k == code))
                    .map(|code| labels::category(dim, code, lang, self.input.providers))
                    .collect()
            };
            if what.is_empty() {
                continue;
            }
            let name = match dim {
                "signal_area" => self.l("Signalen, domein", "Signals, area"),
                "theme" => self.l("Signalen, thema", "Signals, theme"),
                _ => labels::dimension(dim, lang),
            };
            out.push(format!("{name}: {}", join_and(&what, lang)));
        }
        out
    }
}
