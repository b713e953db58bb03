//! "Mijn werk" as a page for today: every section with its count and its first few lines, and a
//! link to the whole section. A line says which other sections its kwestie is in ("ook in …");
//! the lists without a date of their own (waiting, open) leave out kwesties shown above. One
//! section can be asked for in full.

use super::work::{Deadline, MyWork, TaskLine, WorkLine};
use crate::{App, Principal, Result};
use std::collections::{HashMap, HashSet};

/// How many kwesties each section of the day shows before "toon alle".
pub const SHOWN_PER_SECTION: usize = 5;

/// The sections, most urgent first.
pub const SECTIONS: [&str; 7] = [
    "news", "contact", "lapsed", "terms", "tasks", "waiting", "open",
];

/// The sections without a date of their own: a kwestie shown in a section above is not
/// repeated there.
const LISTS: [&str; 2] = ["waiting", "open"];

/// One line of the day: a kwestie with the date that put it in this section.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TodayLine {
    #[serde(flatten)]
    pub line: WorkLine,
    /// The other sections with a date this kwestie is in ("ook in …"), most urgent first.
    pub also_in: Vec<&'static str>,
    /// The dates of more lines of the same kwestie in this section (more tasks or terms),
    /// shown on this line.
    pub more: Vec<Deadline>,
    /// For a lapsed term: the rule it was counted by (for what can still be done).
    pub rule: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct TodaySection {
    pub code: &'static str,
    /// Every line of the section (tasks and terms: one per task).
    pub total: usize,
    /// The lines shown.
    pub lines: Vec<TodayLine>,
    /// Lines of the section on kwesties shown in a section above.
    pub above: usize,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Today {
    pub sections: Vec<TodaySection>,
    /// The one section asked for in full, when one was.
    pub section: Option<&'static str>,
    pub sort: String,
}

/// The section code asked for, when it is one.
pub fn section_code(s: &str) -> Option<&'static str> {
    SECTIONS.iter().copied().find(|c| *c == s)
}

/// A section's lines in order, with the rule of each (lapsed terms only).
fn section_lines(w: &MyWork, code: &str) -> Vec<(WorkLine, String)> {
    let plain = |l: &[WorkLine]| -> Vec<(WorkLine, String)> {
        l.iter().map(|l| (l.clone(), String::new())).collect()
    };
    let tasks = |t: &[TaskLine]| -> Vec<(WorkLine, String)> {
        t.iter().map(|t| (t.about.clone(), String::new())).collect()
    };
    match code {
        "news" => plain(&w.news),
        "contact" => plain(&w.contact),
        "lapsed" => w
            .lapsed
            .iter()
            .map(|l| (l.line.about.clone(), l.rule.clone()))
            .collect(),
        "terms" => tasks(&w.terms),
        "tasks" => tasks(&w.tasks),
        "waiting" => plain(&w.waiting),
        _ => plain(&w.open),
    }
}

/// The day made from all the work: each section's first [`SHOWN_PER_SECTION`] kwesties not
/// shown in a section above; or, with `section`, that section whole.
pub fn today(w: &MyWork, section: Option<&'static str>) -> Today {
    let all: Vec<(&'static str, Vec<(WorkLine, String)>)> = SECTIONS
        .iter()
        .map(|code| (*code, section_lines(w, code)))
        .collect();
    let mut sections_of: HashMap<String, Vec<&'static str>> = HashMap::new();
    for (code, lines) in &all {
        for (l, _) in lines {
            let of = sections_of.entry(l.case.reference.clone()).or_default();
            if !of.contains(code) {
                of.push(code);
            }
        }
    }
    let mut shown: HashSet<String> = HashSet::new();
    let mut sections = Vec::new();
    for (code, lines) in all {
        if section.is_some_and(|s| s != code) {
            continue;
        }
        let total = lines.len();
        let mut out: Vec<TodayLine> = Vec::new();
        let mut above = 0;
        for (line, rule) in lines {
            let reference = line.case.reference.clone();
            if section.is_none() {
                if let Some(same) = out.iter_mut().find(|t| t.line.case.reference == reference) {
                    same.more.extend(line.deadline);
                    continue;
                }
                if LISTS.contains(&code) && shown.contains(&reference) {
                    above += 1;
                    continue;
                }
                if out.len() >= SHOWN_PER_SECTION {
                    continue;
                }
            }
            let also_in = sections_of
                .get(&reference)
                .map(|of| {
                    of.iter()
                        .copied()
                        .filter(|c| *c != code && !LISTS.contains(c))
                        .collect()
                })
                .unwrap_or_default();
            out.push(TodayLine {
                line,
                also_in,
                more: Vec::new(),
                rule,
            });
        }
        if section.is_none() {
            shown.extend(out.iter().map(|t| t.line.case.reference.clone()));
        }
        sections.push(TodaySection {
            code,
            total,
            lines: out,
            above,
        });
    }
    Today {
        sections,
        section,
        sort: w.sort.clone(),
    }
}

impl App {
    /// The day's work as "Mijn werk" shows it (see [`today`]); the showing is audited with the
    /// ids of the kwesties on the page.
    pub async fn my_day(&self, who: &Principal, sort: &str, section: &str) -> Result<Today> {
        let (w, ids) = self.gather_work(who, sort).await?;
        let day = today(&w, section_code(section));
        let shown = day
            .sections
            .iter()
            .flat_map(|s| s.lines.iter())
            .filter_map(|l| ids.get(&l.line.case.reference).copied())
            .collect();
        self.audit_work_read(who, shown).await?;
        Ok(day)
    }
}
