//! The sections of a report, in plain language (B1): what the numbers are, what they show, and
//! how they were protected.

use super::labels::{self, count, join_and, t};
use super::{Block, DocInput, Figure, Row, Section, View};
use crate::plan::{Basis, residual};
use naast_core::Lang;

mod signals;

pub(super) struct Ctx<'a> {
    pub input: &'a DocInput<'a>,
    pub lang: Lang,
    /// The colour of chart bars.
    pub colour: String,
    pub views: Vec<View<'a>>,
}

fn section(heading: String, blocks: Vec<Block>) -> Section {
    Section {
        heading,
        level: 1,
        blocks,
    }
}

fn paragraph(text: impl Into<String>) -> Block {
    Block::Paragraph { text: text.into() }
}

/// Free text as typed: line ends normalised, surrounding space removed.
fn free_text(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .trim()
        .to_string()
}

impl Ctx<'_> {
    fn l(&self, nl: &str, en: &str) -> String {
        t(self.lang, nl, en)
    }

    fn k(&self) -> u64 {
        self.input.content.k
    }

    fn view(&self, pop: &str, dims: &[&str]) -> Option<&View<'_>> {
        self.views.iter().find(|v| {
            v.population() == pop
                && v.table.dimensions.len() == dims.len()
                && v.table.dimensions.iter().zip(dims).all(|(a, b)| a == b)
        })
    }

    /// The chart of a one-way table followed by the table; a two-way table alone.
    fn chart_and_table(&self, pop: &str, dims: &[&str]) -> Vec<Block> {
        let Some(v) = self.view(pop, dims) else {
            return Vec::new();
        };
        let providers = self.input.providers;
        v.chart(self.lang, providers, &self.colour)
            .into_iter()
            .chain(std::iter::once(v.block(self.lang, providers)))
            .collect()
    }

    /// True when the breakdowns of `pop` were left out: the period counted fewer than `k`.
    fn left_out(&self, pop: &str) -> bool {
        self.input
            .content
            .left_out
            .iter()
            .any(|id| labels::parse_table_id(id).is_some_and(|(p, _)| p == pop))
    }

    fn too_few(&self, total: u64, what_nl: &str, what_en: &str) -> Block {
        if total == 0 {
            paragraph(self.l(
                &format!("In deze periode waren er geen {what_nl}."),
                &format!("There were no {what_en} in this period."),
            ))
        } else {
            paragraph(self.l(
                &format!(
                    "In deze periode waren er minder dan {} {what_nl}. Daarom laten we hier geen verdeling zien: die zou inwoners herkenbaar kunnen maken.",
                    self.k()
                ),
                &format!(
                    "There were fewer than {} {what_en} in this period. We therefore show no breakdown here: it could make citizens recognisable.",
                    self.k()
                ),
            ))
        }
    }

    pub fn sections(&self) -> Vec<Section> {
        let mut out = vec![
            self.summary(),
            self.cases(),
            self.closed(),
            self.activities(),
            self.signals(),
            self.outreach(),
            self.comparison(),
        ];
        out.extend(self.narrative());
        out.push(self.agreements());
        out.push(self.accounting());
        out
    }

    fn summary(&self) -> Section {
        let c = self.input.content;
        let lang = self.lang;
        let (year, quarter) = (self.input.year, self.input.quarter);
        let figures = Block::Figures {
            items: vec![
                Figure {
                    label: self.l("Kwesties", "Cases"),
                    value: c.kwesties.to_string(),
                },
                Figure {
                    label: self.l("Burgers geholpen", "Citizens helped"),
                    value: c.citizens.to_string(),
                },
                Figure {
                    label: self.l("Afgesloten kwesties", "Closed cases"),
                    value: c.closed.to_string(),
                },
                Figure {
                    label: self.l("Werkzaamheden", "Activities"),
                    value: c.activities.to_string(),
                },
            ],
        };
        let long = labels::period_long(year, quarter, lang);
        let what = if quarter == 0 {
            self.l(
                &format!("Deze jaarrapportage gaat over heel {year} ({long})."),
                &format!("This annual report covers the whole of {year} ({long})."),
            )
        } else {
            let phrase = labels::period_phrase(year, quarter, lang);
            self.l(
                &format!("Deze rapportage gaat over {phrase} ({long})."),
                &format!("This report covers {phrase} ({long})."),
            )
        };
        let intro = format!(
            "{what} {}",
            self.l(
                "U leest hoeveel inwoners bij de onafhankelijke vertrouwenspersoon kwamen omdat ze ontevreden waren over de gemeente of een zorgaanbieder. U leest ook waar het over ging en wat de vertrouwenspersoon voor hen deed.",
                "It shows how many citizens came to the independent confidant because they were dissatisfied with the municipality or a care provider, what it was about, and what the confidant did for them.",
            )
        );
        let came = match (lang, c.kwesties) {
            (Lang::Nl, 0) => "In deze periode kwamen er geen nieuwe kwesties binnen.".to_string(),
            (Lang::En, 0) => "No new cases came in during this period.".to_string(),
            (Lang::Nl, n) => format!(
                "In deze periode {} {} binnen, van {}.",
                if n == 1 { "kwam" } else { "kwamen" },
                count(n, "nieuwe kwestie", "nieuwe kwesties"),
                count(c.citizens, "inwoner", "inwoners"),
            ),
            (Lang::En, n) => format!(
                "In this period {} came in, from {}.",
                count(n, "new case", "new cases"),
                count(c.citizens, "citizen", "citizens"),
            ),
        };
        let closed = match (lang, c.closed) {
            (Lang::Nl, 0) => "De vertrouwenspersoon sloot geen kwesties af.".to_string(),
            (Lang::En, 0) => "The confidant closed no cases.".to_string(),
            (Lang::Nl, n) => format!(
                "De vertrouwenspersoon sloot {} af.",
                count(n, "kwestie", "kwesties")
            ),
            (Lang::En, n) => format!("The confidant closed {}.", count(n, "case", "cases")),
        };
        let mut numbers = format!("{came} {closed}");
        let previous = if quarter == 0 {
            Some((year - 1, 0))
        } else if quarter > 1 {
            Some((year, quarter - 1))
        } else {
            None
        };
        if let Some(p) =
            previous.and_then(|(y, q)| c.comparison.iter().find(|e| e.year == y && e.quarter == q))
        {
            let when = labels::period_phrase(p.year, p.quarter, lang);
            let n = p.kwesties;
            let sentence = match c.kwesties.cmp(&n) {
                std::cmp::Ordering::Greater => self.l(
                    &format!("Dat zijn er meer dan in {when} ({n})."),
                    &format!("That is more than in {when} ({n})."),
                ),
                std::cmp::Ordering::Less => self.l(
                    &format!("Dat zijn er minder dan in {when} ({n})."),
                    &format!("That is fewer than in {when} ({n})."),
                ),
                std::cmp::Ordering::Equal => self.l(
                    &format!("Dat zijn er evenveel als in {when}."),
                    &format!("That is as many as in {when}."),
                ),
            };
            numbers.push(' ');
            numbers.push_str(&sentence);
        }
        let privacy = self.l(
            &format!(
                "Alle cijfers zijn anoniem. Een aantal kleiner dan {k} laten we niet zien, omdat iemand dan herkenbaar kan zijn. In de tabellen staat op die plek een x. Soms staat er ook een x bij een groter aantal. Anders zou u een verborgen aantal kunnen uitrekenen met de andere getallen.",
                k = self.k()
            ),
            &format!(
                "All numbers are anonymous. We do not show a number smaller than {k}, because someone could be recognised by it. The tables show an x instead. Sometimes a larger number is shown as x too: otherwise a hidden number could be worked out from the others.",
                k = self.k()
            ),
        );
        section(
            self.l("Samenvatting", "Summary"),
            vec![
                figures,
                paragraph(format!("{intro}\n\n{numbers}\n\n{privacy}")),
            ],
        )
    }

    fn cases(&self) -> Section {
        let c = self.input.content;
        let mut blocks = vec![paragraph(self.l(
            "Een kwestie is één zaak waarover een inwoner ontevreden is. Bij elke kwestie noteert de vertrouwenspersoon één domein, de organisatie waar de onvrede over gaat en wat de belangrijkste onvrede is.",
            "A case is one matter a citizen is dissatisfied about. For every case the confidant records one area, the organisation concerned and the main nature of the dissatisfaction.",
        ))];
        if self.left_out("cases") {
            blocks.push(self.too_few(c.kwesties, "kwesties", "cases"));
        }
        for dim in ["area", "organisation", "nature", "channel"] {
            blocks.extend(self.chart_and_table("cases", &[dim]));
        }
        let cross: Vec<Block> = [["area", "organisation"], ["area", "nature"]]
            .iter()
            .flat_map(|dims| self.chart_and_table("cases", dims))
            .collect();
        if !cross.is_empty() {
            blocks.push(paragraph(self.l(
                "De volgende tabellen combineren twee indelingen voor het hele jaar: per domein en organisatie, en per domein en aard van de onvrede.",
                "The following tables combine two breakdowns for the whole year: by area and organisation, and by area and nature of the dissatisfaction.",
            )));
            blocks.extend(cross);
        }
        if blocks.len() == 1 {
            blocks.clear();
        }
        section(self.l("Kwesties", "Cases"), blocks)
    }

    fn closed(&self) -> Section {
        let c = self.input.content;
        let mut blocks = vec![paragraph(self.l(
            "Dit deel gaat over de kwesties die in deze periode zijn afgesloten. Sommige daarvan kwamen in een eerdere periode binnen.",
            "This part is about the cases closed in this period. Some of them came in during an earlier period.",
        ))];
        if self.left_out("closed") {
            blocks.push(self.too_few(c.closed, "afgesloten kwesties", "closed cases"));
        }
        blocks.extend(self.chart_and_table("closed", &["outcome"]));
        let duration = self.chart_and_table("closed", &["duration"]);
        if !duration.is_empty() {
            blocks.push(paragraph(self.l(
                "De doorlooptijd is de tijd van het eerste contact tot het afsluiten van de kwestie.",
                "The duration is the time from the first contact to closing the case.",
            )));
            blocks.extend(duration);
        }
        let external = self.chart_and_table("closed", &["external"]);
        if !external.is_empty() {
            blocks.push(paragraph(self.l(
                "Soms helpt de vertrouwenspersoon een inwoner bij een formele klacht of een bezwaar. Hieronder staat wat dat opleverde.",
                "Sometimes the confidant helps a citizen with a formal complaint or an objection. Below is what that led to.",
            )));
            blocks.extend(external);
        }
        blocks.extend(self.chart_and_table("closed", &["area", "outcome"]));
        blocks.extend(self.stats());
        if blocks.len() == 1 {
            blocks.clear();
        }
        section(self.l("Afgesloten kwesties", "Closed cases"), blocks)
    }

    /// Throughput and hours per group, groups of fewer than `k` not shown.
    fn stats(&self) -> Option<Block> {
        let c = self.input.content;
        if c.stats.is_empty() || (c.closed == 0 && !c.stats.iter().any(|s| s.shown)) {
            return None;
        }
        let dash = "—".to_string();
        let rows = c
            .stats
            .iter()
            .map(|s| {
                let label = match &s.area {
                    None => self.l("Alle", "All"),
                    Some(a) => labels::short(&labels::category(
                        "area",
                        a,
                        self.lang,
                        self.input.providers,
                    )),
                };
                let cells = if s.shown {
                    let num = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or(dash.clone());
                    vec![
                        label,
                        num(s.median_days.map(u64::from)),
                        num(s.p90_days.map(u64::from)),
                        num(s.hours_total),
                        s.median_hours
                            .map(|h| labels::decimal(h, self.lang))
                            .unwrap_or(dash.clone()),
                    ]
                } else {
                    vec![
                        label,
                        self.l("te weinig kwesties", "too few cases"),
                        dash.clone(),
                        dash.clone(),
                        dash.clone(),
                    ]
                };
                Row {
                    cells,
                    total: false,
                }
            })
            .collect();
        Some(Block::Table {
            caption: self.l(
                "Doorlooptijd en bestede uren per domein",
                "Duration and hours spent by area",
            ),
            header: vec![
                self.l("Domein", "Area"),
                self.l("Dagen: mediaan", "Days: median"),
                self.l("Dagen: 90%", "Days: 90%"),
                self.l("Uren: totaal", "Hours: total"),
                self.l("Uren: mediaan", "Hours: median"),
            ],
            rows,
            note: Some(self.l(
                &format!(
                    "Dagen: van het eerste contact tot het afsluiten. Uren: de tijd die de vertrouwenspersoon aan de kwesties besteedde. Mediaan: de helft van de kwesties duurde korter, de helft langer. 90%: 9 van de 10 kwesties duurden niet langer. Een domein met minder dan {} afgesloten kwesties laten we niet zien.",
                    self.k()
                ),
                &format!(
                    "Days: from the first contact to closing. Hours: the time the confidant spent on the cases. Median: half of the cases took less, half took more. 90%: 9 out of 10 cases took no longer. We do not show an area with fewer than {} closed cases.",
                    self.k()
                ),
            )),
        })
    }

    fn activities(&self) -> Section {
        let c = self.input.content;
        let mut blocks = vec![paragraph(self.l(
            "Bij een kwestie doet de vertrouwenspersoon vaak meer dan één ding: luisteren, uitzoeken, adviseren, bemiddelen. Daarom zijn er meer werkzaamheden dan kwesties. Het gaat om de werkzaamheden bij de kwesties die in deze periode binnenkwamen.",
            "For one case the confidant often does more than one thing: listening, finding out, advising, mediating. That is why there are more activities than cases. These are the activities for the cases that came in during this period.",
        ))];
        if self.left_out("activities") {
            blocks.push(self.too_few(c.activities, "werkzaamheden", "activities"));
        }
        blocks.extend(self.chart_and_table("activities", &["activity"]));
        if blocks.len() == 1 {
            blocks.clear();
        }
        section(self.l("Werkzaamheden", "Activities"), blocks)
    }

    fn outreach(&self) -> Section {
        let c = self.input.content;
        let mut blocks = Vec::new();
        if !c.outreach.is_empty() {
            let held: Vec<&(String, u64, u64)> = c
                .outreach
                .iter()
                .filter(|(_, times, _)| *times > 0)
                .collect();
            blocks.push(paragraph(self.l(
                "De vertrouwenspersoon wil goed te vinden zijn, voor inwoners en voor professionals. Daarom zijn er spreekuren, voorlichting en publiciteit.",
                "The confidant wants to be easy to find, for citizens and for professionals. That is why there are walk-in hours, information sessions and publicity.",
            )));
            if held.is_empty() {
                blocks.push(paragraph(self.l(
                    "In deze periode zijn geen spreekuren, voorlichting of publiciteit geregistreerd.",
                    "No walk-in hours, information sessions or publicity were recorded in this period.",
                )));
            } else {
                let mut rows: Vec<Row> = held
                    .iter()
                    .map(|(kind, times, attendance)| Row {
                        cells: vec![
                            labels::category("kind", kind, self.lang, self.input.providers),
                            times.to_string(),
                            attendance.to_string(),
                        ],
                        total: false,
                    })
                    .collect();
                rows.push(Row {
                    cells: vec![
                        self.l("Totaal", "Total"),
                        held.iter().map(|(_, n, _)| n).sum::<u64>().to_string(),
                        held.iter().map(|(_, _, a)| a).sum::<u64>().to_string(),
                    ],
                    total: true,
                });
                blocks.push(Block::Table {
                    caption: self.l(
                        "Spreekuren, voorlichting en publiciteit",
                        "Walk-in hours, information and publicity",
                    ),
                    header: vec![
                        labels::dimension("kind", self.lang),
                        self.l("Aantal keer", "Times"),
                        self.l("Aantal aanwezigen", "Attendance"),
                    ],
                    rows,
                    note: None,
                });
            }
        }
        let found = self.chart_and_table("cases", &["found_via"]);
        if !found.is_empty() {
            blocks.push(paragraph(self.l(
                "Bij elke nieuwe kwestie vraagt de vertrouwenspersoon hoe de inwoner bij ons terechtkwam.",
                "For every new case the confidant asks how the citizen found us.",
            )));
            blocks.extend(found);
        }
        section(self.l("Bereik", "Outreach"), blocks)
    }

    fn comparison(&self) -> Section {
        let c = self.input.content;
        if c.comparison.is_empty() {
            return section(String::new(), Vec::new());
        }
        let mut earlier = c.comparison.clone();
        earlier.sort_by_key(|e| (e.year, e.quarter));
        let mut rows: Vec<Row> = earlier
            .iter()
            .map(|e| Row {
                cells: vec![
                    labels::period_short(e.year, e.quarter),
                    e.kwesties.to_string(),
                    e.citizens.to_string(),
                    e.closed.to_string(),
                ],
                total: false,
            })
            .collect();
        rows.push(Row {
            cells: vec![
                format!(
                    "{} ({})",
                    labels::period_short(self.input.year, self.input.quarter),
                    self.l("deze rapportage", "this report")
                ),
                c.kwesties.to_string(),
                c.citizens.to_string(),
                c.closed.to_string(),
            ],
            total: false,
        });
        section(
            self.l(
                "Vergelijking met eerdere perioden",
                "Comparison with earlier periods",
            ),
            vec![
                paragraph(self.l(
                    "De cijfers van eerdere perioden staan hier zoals ze toen zijn gepubliceerd.",
                    "The numbers of earlier periods are shown as they were published then.",
                )),
                Block::Table {
                    caption: self.l(
                        "Vergelijking met eerdere perioden",
                        "Comparison with earlier periods",
                    ),
                    header: vec![
                        self.l("Periode", "Period"),
                        self.l("Kwesties", "Cases"),
                        self.l("Burgers geholpen", "Citizens helped"),
                        self.l("Afgesloten kwesties", "Closed cases"),
                    ],
                    rows,
                    note: None,
                },
            ],
        )
    }

    fn narrative(&self) -> Vec<Section> {
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

    fn agreements(&self) -> Section {
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

    fn accounting(&self) -> Section {
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
        }
        blocks.push(paragraph(last));
        section(self.l("Verantwoording", "About these numbers"), blocks)
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
        ] {
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
            out.push(format!(
                "{}: {}",
                labels::dimension(dim, lang),
                join_and(&what, lang)
            ));
        }
        out
    }
}
