#![expect(clippy::expect_used, reason = "tests fail loudly")]

use super::*;
use jiff::civil::date;

fn ask(rule: &str, d: &str) -> Answer {
    match answer(&DeadlineRequest {
        rule: rule.into(),
        date: d.into(),
        ..Default::default()
    }) {
        Ok(a) => a,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn the_worked_examples_of_the_issue_hold() {
    assert_eq!(ask("awb-6:7-bezwaar", "2026-03-02").last_day, "2026-04-13");
    let koningsdag = ask("awb-6:7-bezwaar", "2026-03-16");
    assert_eq!(koningsdag.last_day, "2026-04-28");
    assert!(
        koningsdag.explanation.contains("Koningsdag"),
        "{}",
        koningsdag.explanation
    );
    assert_eq!(ask("awb-9:11-klacht", "2026-11-18").last_day, "2026-12-30");
}

#[test]
fn holidays_of_every_kind_are_known() {
    assert_eq!(holiday(date(2026, 1, 1)), Some(Holiday::Nieuwjaarsdag));
    assert_eq!(holiday(date(2026, 4, 3)), Some(Holiday::GoedeVrijdag));
    assert_eq!(holiday(date(2026, 4, 6)), Some(Holiday::TweedePaasdag));
    assert_eq!(holiday(date(2026, 4, 27)), Some(Holiday::Koningsdag));
    assert_eq!(
        holiday(date(2025, 4, 26)),
        Some(Holiday::Koningsdag),
        "27 April 2025 is a Sunday"
    );
    assert_eq!(holiday(date(2025, 4, 27)), None);
    assert_eq!(holiday(date(2026, 5, 5)), Some(Holiday::BevrijdingsDag));
    assert_eq!(holiday(date(2026, 5, 14)), Some(Holiday::Hemelvaartsdag));
    assert_eq!(holiday(date(2026, 5, 15)), Some(Holiday::Decreed));
    assert_eq!(holiday(date(2026, 5, 25)), Some(Holiday::TweedePinksterdag));
    assert_eq!(holiday(date(2026, 12, 25)), Some(Holiday::EersteKerstdag));
    assert_eq!(holiday(date(2026, 12, 26)), Some(Holiday::TweedeKerstdag));
    assert_eq!(holiday(date(2026, 1, 2)), Some(Holiday::Decreed));
}

#[test]
fn chains_of_non_working_days_are_crossed_in_one_go() {
    // Goede Vrijdag 3 April 2026 → weekend → Tweede Paasdag 6 April → Tuesday 7 April.
    let (_, last, _) = extend(date(2026, 2, 20), 42, true);
    assert_eq!(last, date(2026, 4, 7));
    // Hemelvaart Thursday 6 May 2027 → decreed Friday 7 May 2027 → weekend → Monday 10 May.
    let (_, last, notes) = extend(date(2027, 3, 25), 42, true);
    assert_eq!(last, date(2027, 5, 10), "{notes:?}");
}

#[test]
fn year_boundaries_and_art_2_are_honoured() {
    // Ends on Friday 1 January 2027 (Nieuwjaarsdag) → Monday 4 January 2027.
    let (_, last, _) = extend(date(2026, 11, 20), 42, true);
    assert_eq!(last, date(2027, 1, 4));
    // Three days from Wednesday 23 December 2026: raw end Saturday 26 December; art. 2 wants two
    // working days (24 December is one; 25, 26, 27 are not; 28 is the second) → Monday 28.
    let (raw, last, notes) = extend(date(2026, 12, 23), 3, true);
    assert_eq!(
        (raw, last),
        (date(2026, 12, 26), date(2026, 12, 28)),
        "{notes:?}"
    );
}

#[test]
fn terms_over_twelve_weeks_or_ninety_days_are_not_extended() {
    let a = answer(&DeadlineRequest {
        rule: "atw".into(),
        date: "2026-01-01".into(),
        days: Some(95),
        ..Default::default()
    });
    let a = a
        .ok()
        .map(|a| (a.last_day, a.explanation.contains("art. 4")));
    assert_eq!(
        a,
        Some(("2026-04-06".to_string(), true)),
        "Tweede Paasdag, yet no extension"
    );
}

#[test]
fn unknown_decree_years_carry_a_warning() {
    assert!(ask("awb-6:7-bezwaar", "2026-03-02").warnings.is_empty());
    assert!(!ask("awb-6:7-bezwaar", "2031-03-03").warnings.is_empty());
}

#[test]
fn the_decision_on_an_objection_counts_from_the_end_of_the_objection_term() {
    // Objection term ends 28 April 2026 (after Koningsdag); 6 weeks later: 9 June 2026.
    assert_eq!(
        ask("awb-7:10-beslissing-bezwaar", "2026-03-16").last_day,
        "2026-06-09"
    );
    let with = answer(&DeadlineRequest {
        rule: "awb-7:10-beslissing-bezwaar".into(),
        date: "2026-03-16".into(),
        committee: true,
        ..Default::default()
    });
    assert_eq!(with.ok().map(|a| a.last_day), Some("2026-07-21".into()));
}

#[test]
fn timely_filing_follows_awb_6_9() {
    let base = DeadlineRequest {
        rule: "awb-6:9-tijdig".into(),
        date: "2026-03-02".into(),
        ..Default::default()
    };
    let q = |received: &str, posted: Option<&str>| {
        answer(&DeadlineRequest {
            received_on: Some(received.into()),
            posted_on: posted.map(String::from),
            ..base.clone()
        })
        .ok()
        .and_then(|a| a.timely)
    };
    assert_eq!(q("2026-04-13", None), Some(true));
    assert_eq!(q("2026-04-14", None), Some(false));
    assert_eq!(q("2026-04-20", Some("2026-04-13")), Some(true));
    assert_eq!(q("2026-04-21", Some("2026-04-13")), Some(false));
}

#[test]
fn bad_questions_get_clear_errors() {
    assert!(matches!(
        answer(&DeadlineRequest {
            rule: "nope".into(),
            date: "2026-01-01".into(),
            ..Default::default()
        }),
        Err(RuleError::UnknownRule(..))
    ));
    assert!(matches!(
        answer(&DeadlineRequest {
            rule: "awb-6:7-bezwaar".into(),
            date: "1-1-26".into(),
            ..Default::default()
        }),
        Err(RuleError::BadDate(_))
    ));
    assert!(matches!(
        answer(&DeadlineRequest {
            rule: "atw".into(),
            date: "2026-01-01".into(),
            ..Default::default()
        }),
        Err(RuleError::AtwLength)
    ));
}

#[test]
fn a_last_day_is_never_a_non_working_day_nor_before_the_raw_end() {
    let mut d = date(2023, 1, 1);
    while d < date(2028, 12, 1) {
        for days in [3, 14, 28, 42, 56, 84] {
            let (raw, last, _) = extend(d, days, true);
            assert!(is_working_day(last), "{d} + {days}: {last}");
            assert!(last >= raw);
        }
        d = d.tomorrow().unwrap_or(d);
    }
}

#[test]
fn the_one_year_look_backs_are_not_extended_and_name_both_readings() {
    // Conduct on a Saturday: a year later is a Sunday, and a term in years is never extended.
    let a = ask("awb-9:8-jaar", "2026-03-07");
    assert_eq!(a.last_day, "2027-03-07");
    assert!(a.explanation.contains("Awb art. 9:8 lid 1 onder b"));
    assert!(a.warnings.iter().any(|w| w.contains("6 maart 2027")));
    // A leap day ends on 28 February.
    assert_eq!(ask("awb-9:8-jaar", "2028-02-29").last_day, "2029-02-28");
    let o = ask("awb-9:24-ombudsman", "2026-12-24");
    assert_eq!(o.last_day, "2027-12-24");
    assert!(o.warnings.iter().any(|w| w.contains("9:24 lid 2")));
}

#[test]
fn the_penalty_for_a_late_decision_follows_awb_4_17() {
    assert_eq!(penalty_for(0), 0);
    assert_eq!(penalty_for(14), 14 * 23);
    assert_eq!(penalty_for(20), 14 * 23 + 6 * 35);
    assert_eq!(penalty_for(42), 1442);
    assert_eq!(penalty_for(100), 1442);
    let req = DeadlineRequest {
        rule: "awb-4:17-dwangsom".into(),
        // Notice received Monday 2 March 2026: two weeks to 16 March, penalty from 17 March.
        date: "2026-03-02".into(),
        decided_on: Some("2026-04-06".into()),
        ..Default::default()
    };
    let a = answer(&req).expect("answers");
    assert_eq!(a.last_day, "2026-03-16");
    let p = a.penalty.clone().expect("penalty");
    assert_eq!(p.penalty_from, "2026-03-17");
    assert_eq!(p.penalty_until, "2026-04-27");
    assert_eq!(p.penalty_max_eur, 1442);
    // 17 March up to 6 April: 20 days.
    assert_eq!(p.penalty_days, Some(20));
    assert_eq!(p.penalty_eur, Some(14 * 23 + 6 * 35));
    // A notice before the term ended does not count, and the answer says so.
    let early = answer(&DeadlineRequest {
        term_end: Some("2026-03-05".into()),
        decided_on: None,
        ..req.clone()
    })
    .expect("answers");
    assert!(early.warnings.iter().any(|w| w.contains("telt dan niet")));
    assert_eq!(early.penalty.and_then(|p| p.penalty_days), None);
    // A decision before the penalty started owes nothing.
    let on_time = answer(&DeadlineRequest {
        decided_on: Some("2026-03-10".into()),
        ..req
    })
    .expect("answers");
    assert_eq!(on_time.penalty.and_then(|p| p.penalty_eur), Some(0));
    let json = serde_json::to_value(&a).expect("json");
    assert_eq!(json["penalty_eur"], 532);
}

#[test]
fn three_working_days_skip_weekends_and_holidays() {
    let d = |s: &str| s.parse::<Date>().expect("date");
    // An ordinary Monday: Thursday.
    assert_eq!(add_working_days(d("2026-12-07"), 3), d("2026-12-10"));
    // A Friday: the weekend is skipped.
    assert_eq!(add_working_days(d("2026-12-04"), 3), d("2026-12-09"));
    // The Thursday before Christmas (Friday 25 and Saturday 26 are holidays).
    assert_eq!(add_working_days(d("2026-12-24"), 3), d("2026-12-30"));
    // The Thursday before Easter: Good Friday and Easter Monday (Atw art. 3).
    assert_eq!(add_working_days(d("2027-03-25"), 3), d("2027-04-01"));
    // A Saturday: Monday is the first working day.
    assert_eq!(add_working_days(d("2026-12-05"), 1), d("2026-12-07"));
    assert_eq!(add_working_days(d("2026-12-05"), 0), d("2026-12-05"));
}

/// Found while writing the fuzz target `jsonl` (inputs in `fuzz/corpus/jsonl/crash-atw-*`): a
/// huge term panicked (an overflow, or a span past what the calendar counts), and a date near
/// the year 9999 ended a term on the day it started. Both are now a clear error on that line.
#[test]
fn huge_terms_and_far_dates_are_errors_not_panics_or_wrong_answers() {
    let atw = |date: &str, weeks: Option<i64>, days: Option<i64>| {
        answer(&DeadlineRequest {
            rule: "atw".into(),
            date: date.into(),
            weeks,
            days,
            ..Default::default()
        })
    };
    assert_eq!(
        atw("2026-01-01", None, Some(99_999_999)),
        Err(RuleError::AtwLength)
    );
    assert_eq!(
        atw("2026-01-01", Some(2_000_000_000_000_000_000), None),
        Err(RuleError::AtwLength)
    );
    assert_eq!(
        atw("2026-01-01", Some(i64::MAX), None),
        Err(RuleError::AtwLength)
    );
    assert!(atw("2026-01-01", None, Some(rules::MAX_DAYS)).is_ok());
    assert!(matches!(
        atw("9999-12-30", None, Some(3)),
        Err(RuleError::DateOutOfRange(_))
    ));
    let far = answer(&DeadlineRequest {
        rule: "awb-4:17-dwangsom".into(),
        date: "2026-12-01".into(),
        decided_on: Some("-009999-01-01".into()),
        ..Default::default()
    });
    assert!(matches!(far, Err(RuleError::DateOutOfRange(_))), "{far:?}");
    assert_eq!(extend(date(2026, 1, 1), i64::MAX, true).0, date(2026, 1, 1));
}

#[test]
fn a_day_in_words_reads_as_in_a_letter() {
    let d = jiff::civil::date(2027, 4, 1);
    assert_eq!(super::day_in_words(d, crate::Lang::Nl), "1 april 2027");
    assert_eq!(super::day_in_words(d, crate::Lang::En), "1 April 2027");
}
