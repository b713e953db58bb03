//! Runs one fuzz target's function on the given files, on stable Rust, to reproduce what the
//! fuzzer found: `cargo run -p naast-fuzzing --example replay -- <target> <file>...`. Says which
//! files pass and which panic (with the panic's message above it).

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((target, files)) = args.split_first() else {
        eprintln!("usage: replay <target> <file>...");
        return ExitCode::from(2);
    };
    let Some((_, run)) = naast_fuzzing::TARGETS.iter().find(|(n, _)| n == target) else {
        let names: Vec<&str> = naast_fuzzing::TARGETS.iter().map(|(n, _)| *n).collect();
        eprintln!(
            "unknown target {target}; the targets are {}",
            names.join(", ")
        );
        return ExitCode::from(2);
    };
    let mut failed = false;
    for file in files {
        let Ok(bytes) = std::fs::read(file) else {
            eprintln!("{file}: cannot read");
            failed = true;
            continue;
        };
        if std::panic::catch_unwind(|| run(&bytes)).is_ok() {
            println!("{file}: ok");
        } else {
            println!("{file}: PANIC");
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
