//! The sections of a report, in plain language (B1): what the numbers are, what they show, and
//! how they were protected.

use super::claims::{self, Claim, Measure, Sentence};
use super::labels::{self, t};
use super::{Block, DocInput, Figure, Row, Section, View};
use naast_core::Lang;

mod accounting;
mod narrative;
mod signals;

pub(super) struct Ctx<'a> {
    pub input: &'a DocInput<'a>,
    pub lang: Lang,
    /// The colour of chart bars.
    pub colour: String,
    pub views: Vec<View<'a>>,
    /// Every sentence that names a number, with its claims, in order.
    pub said: std::cell::RefCell<Vec<Sentence>>,
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

    /// The sentences' text, one after the other; they are kept with their claims.
    fn say(&self, sentences: Vec<Sentence>) -> String {
        let text: Vec<&str> = sentences.iter().map(|s| s.text.as_str()).collect();
        let out = text.join(" ");
        self.said.borrow_mut().extend(sentences);
        out
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

    /// True when this period's breakdowns of `pop` were left out whole to protect numbers of
    /// earlier quarters.
    fn withheld(&self, pop: &str) -> bool {
        self.input
            .content
            .withheld
            .iter()
            .any(|id| labels::parse_table_id(id).is_some_and(|(p, _)| p == pop))
    }

    fn withheld_note(&self) -> Block {
        paragraph(self.l(
            "De verdeling over de groepen laten we hier niet zien. Samen met de kwartalen die al zijn gepubliceerd, zou u daarmee kleine aantallen kunnen uitrekenen. Het totaal laten we wel zien.",
            "We do not show the breakdown into groups here. Together with the quarters already published, it would let you work out small numbers. The total is shown.",
        ))
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
        // Each number named comes from a typed claim, compared with the same measure of the
        // period before: new kwesties with new kwesties, closed with closed.
        let previous = if quarter == 0 {
            Some((year - 1, 0))
        } else if quarter > 1 {
            Some((year, quarter - 1))
        } else {
            None
        };
        let earlier =
            previous.and_then(|(y, q)| c.comparison.iter().find(|e| e.year == y && e.quarter == q));
        let compare = |claim: Option<Claim>| {
            claim.map(|cl| match earlier {
                Some(e) => cl.clone().than(e).unwrap_or(cl),
                None => cl,
            })
        };
        let mut sentences = Vec::new();
        if let (Some(opened), Some(citizens)) = (
            compare(Claim::of(Measure::Opened, c)),
            Claim::of(Measure::Citizens, c),
        ) {
            sentences.push(claims::came(&opened, &citizens, lang));
            sentences.extend(claims::compared(&opened, lang));
        }
        if let Some(closed) = compare(Claim::of(Measure::Closed, c)) {
            sentences.push(claims::closed(&closed, lang));
            sentences.extend(claims::compared(&closed, lang));
        }
        let numbers = self.say(sentences);
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
        if self.withheld("cases") {
            blocks.push(self.withheld_note());
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
        if self.withheld("closed") {
            blocks.push(self.withheld_note());
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
        if self.withheld("activities") {
            blocks.push(self.withheld_note());
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
}
