//! The publication sweep of issue 22: for every seed, size and `k`, a generated municipality's
//! year of reports (four quarters published one after the other, then the annual report), each
//! protected and audited again on its own. Prints, per size and `k`, how many periods were
//! published, the share of hidden numbers and the time per report.
//!
//! `cargo run --release -p naast-report --example sweep -- [--seeds 200] [--sizes 30,120,500,2000]
//! [--ks 3,5,10] [--baseline]` (`--baseline`: the repair alone and the plan's keep factor 4, as
//! before 2026-12-07).

use naast_report::protect::Steps;
use naast_report::sweep::run_year;
use std::time::Duration;

fn list(v: &str) -> Vec<u64> {
    v.split(',').filter_map(|x| x.trim().parse().ok()).collect()
}

fn main() {
    let mut seeds = 200u64;
    let mut first = 1u64;
    let mut sizes = vec![30u64, 120, 500, 2000];
    let mut ks = vec![3u64, 5, 10];
    let mut steps = Steps::default();
    let mut keep_factor = naast_report::plan::KEEP_FACTOR;
    let mut by_table = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let v = if a == "--baseline" || a == "--by-table" {
            String::new()
        } else {
            args.next().unwrap_or_default()
        };
        match a.as_str() {
            "--seeds" => seeds = v.parse().unwrap_or(seeds),
            "--first" => first = v.parse().unwrap_or(first),
            "--sizes" => sizes = list(&v),
            "--ks" => ks = list(&v),
            "--by-table" => by_table = true,
            "--baseline" => {
                steps = Steps {
                    show_exact: false,
                    escalate: false,
                };
                keep_factor = 4;
            }
            other => {
                eprintln!("unknown argument {other}");
                std::process::exit(2);
            }
        }
    }
    println!(
        "| kwesties a year | k | periods published | share hidden | hidden / numbers | extra steps (periods) | time per report: mean, max |"
    );
    println!("|---|---|---|---|---|---|---|");
    let (mut all_n, mut all_h, mut all_p, mut all_ok) = (0usize, 0usize, 0usize, 0usize);
    for &n in &sizes {
        for &k in &ks {
            let (mut numbers, mut hidden, mut periods, mut ok, mut extra) = (0, 0, 0, 0, 0);
            let (mut total, mut max) = (Duration::ZERO, Duration::ZERO);
            let mut failed: Vec<String> = Vec::new();
            let mut tables: std::collections::BTreeMap<String, [usize; 3]> = Default::default();
            for seed in first..first + seeds {
                for r in run_year(n as usize, seed, k, steps, keep_factor) {
                    periods += 1;
                    // The year's whole series as the annual release shows it: every number
                    // of the quarters and the year once.
                    if r.quarter == 0 {
                        numbers += r.numbers;
                        hidden += r.hidden;
                        for (kind, x) in &r.by_table {
                            let e = tables.entry(kind.clone()).or_default();
                            for i in 0..3 {
                                e[i] += x[i];
                            }
                        }
                    }
                    total += r.time;
                    max = max.max(r.time);
                    extra += usize::from(r.extra > 0);
                    if r.published {
                        ok += 1;
                    } else if failed.len() < 5 {
                        failed.push(format!("seed {seed} period {}", r.quarter));
                    }
                }
            }
            all_n += numbers;
            all_h += hidden;
            all_p += periods;
            all_ok += ok;
            println!(
                "| {n} | {k} | {ok} of {periods} | {:.1} % | {hidden} / {numbers} | {extra} | {:.1} ms, {:.0} ms |",
                100.0 * hidden as f64 / numbers.max(1) as f64,
                total.as_secs_f64() * 1000.0 / periods.max(1) as f64,
                max.as_secs_f64() * 1000.0,
            );
            if by_table {
                for (kind, [count, below, h]) in &tables {
                    eprintln!(
                        "  n {n} k {k}: {kind:40} numbers {count:7} below k {below:6} hidden {h:6} ({:.1} % of all hidden)",
                        100.0 * *h as f64 / hidden.max(1) as f64,
                    );
                }
            }
            if !failed.is_empty() {
                eprintln!("n {n} k {k}: not published: {}", failed.join(", "));
            }
        }
    }
    println!(
        "| all | | {all_ok} of {all_p} | {:.1} % | {all_h} / {all_n} | | |",
        100.0 * all_h as f64 / all_n.max(1) as f64
    );
    if all_ok != all_p {
        std::process::exit(1);
    }
}
