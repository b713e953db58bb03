//! The signal register: the confidant's signals to the municipality.

use super::super::claims::{self, Claim, Measure};
use super::{Ctx, Section, paragraph, section};

impl Ctx<'_> {
    /// Signals to the municipality: what a signal is, how many, and by area, theme and time to
    /// answer. A report published before signals were counted has no such section.
    pub(super) fn signals(&self) -> Section {
        let heading = self.l("Signalen aan de gemeente", "Signals to the municipality");
        let Some(n) = self.input.content.signals else {
            return section(heading, Vec::new());
        };
        if n == 0 {
            return section(
                heading,
                vec![paragraph(self.l(
                    "In deze periode stuurde de vertrouwenspersoon geen signalen aan de gemeente.",
                    "The confidant sent no signals to the municipality in this period.",
                ))],
            );
        }
        let sent = match Claim::of(Measure::Signals, self.input.content) {
            Some(claim) => self.say(vec![claims::sent(&claim, self.lang)]),
            None => String::new(),
        };
        let mut blocks = vec![paragraph(format!(
            "{}\n\n{sent}",
            self.l(
                "Een signaal is een bericht van de vertrouwenspersoon aan de gemeente over iets wat vaker misgaat. Een signaal gaat over een patroon, nooit over één inwoner. Voor signalen gebruiken we dezelfde indeling als voor kwesties: het domein, en als thema de aard van de onvrede.",
                "A signal is a message from the confidant to the municipality about something that goes wrong more often. A signal is about a pattern, never about one citizen. Signals use the same groups as cases: the area, and as theme the nature of the dissatisfaction.",
            )
        ))];
        if self.left_out("signals") {
            blocks.push(self.too_few(n, "signalen", "signals"));
        }
        if self.withheld("signals") {
            blocks.push(self.withheld_note());
        }
        blocks.extend(self.chart_and_table("signals", &["signal_area"]));
        blocks.extend(self.chart_and_table("signals", &["theme"]));
        let answer = self.chart_and_table("signals", &["answer"]);
        if !answer.is_empty() {
            blocks.push(paragraph(self.l(
                "De tijd tot antwoord is de tijd van het versturen van het signaal tot het antwoord van de gemeente. 'Nog niet beantwoord' betekent: de gemeente had nog niet geantwoord toen de cijfers van het kwartaal werden vastgesteld. Een gepubliceerd kwartaal verandert niet meer, ook niet als het antwoord later komt.",
                "The time to answer is the time from sending the signal to the municipality's answer. 'Not answered yet' means that the municipality had not answered when the numbers of the quarter were fixed. A published quarter never changes, not even when the answer comes later.",
            )));
            blocks.extend(answer);
        }
        section(heading, blocks)
    }
}
