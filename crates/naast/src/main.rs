//! `naast`: the one binary. It parses the command line, opens the database and the keys, and
//! hands over to the use cases in `naast-app` (through `naast-web` for `serve`). See
//! `shared/CONTRACTS.md` for the command-line contract: data on stdout, messages on stderr,
//! exit 0 done, 1 refused or failed, 2 wrong usage.

mod backup;
mod cli;
mod config;
mod config_check;
mod deadline;
mod deid;
mod report;
mod serve;
mod setup;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    let filter = tracing_subscriber::EnvFilter::try_from_env("NAAST_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,naast=info"));
    // `NAAST_LOG_FORMAT=json`: one JSON object a line (fields are ids and codes, never
    // personal data), with the request id of the span the line was written in.
    if std::env::var("NAAST_LOG_FORMAT").is_ok_and(|f| f.trim() == "json") {
        tracing_subscriber::fmt()
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .with_writer(std::io::stderr)
            .with_env_filter(filter)
            .init();
    } else {
        tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .with_env_filter(filter)
            .init();
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(cli::run(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}
