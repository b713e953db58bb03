//! `naast serve`: listen, print the contract lines, run jobs, shut down gracefully.

use crate::cli::{ServeArgs, open};
use anyhow::{Context, Result};
use std::io::Write;
use tokio::sync::watch;

pub fn print_demo_accounts(password: &str) {
    eprintln!("DEMO accounts (password for all: {password}):");
    for (email, _, role, _) in naast_app::demo::ACCOUNTS {
        eprintln!("  {email:<34} {role}");
    }
}

fn stdout_line(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

pub async fn serve(args: ServeArgs) -> Result<()> {
    let listener = tokio::net::TcpListener::bind(&args.addr)
        .await
        .with_context(|| format!("cannot listen on {}", args.addr))?;
    let local = listener.local_addr()?;
    let mut app = open(&args.data, format!("http://{local}")).await?;
    if args.demo && !app.has_users().await.map_err(crate::cli::explain)? {
        app.load_demo(args.demo_args.seed, args.demo_args.cases)
            .await
            .map_err(crate::cli::explain)?;
    }
    if let Some(pw) = app.demo_password().await.map_err(crate::cli::explain)? {
        print_demo_accounts(&pw);
    }
    let (stop_tx, stop_rx) = watch::channel(false);
    let worker = format!("{}-{}", local, std::process::id());
    let jobs = tokio::spawn(app.clone().run_jobs(worker, stop_rx));
    // The public site's languages: the built-in Dutch and English, plus every `xx.toml` in
    // NAAST_LOCALES_DIR (a tenant's Turkish, Arabic, Polish, Tigrinya …).
    let locales_dir = std::env::var_os("NAAST_LOCALES_DIR").map(std::path::PathBuf::from);
    match naast_web::locales::init(locales_dir.as_deref()) {
        Ok(added) if !added.is_empty() => {
            eprintln!("Public site languages added: {}", added.join(", "))
        }
        Ok(_) => {}
        Err(e) => anyhow::bail!("NAAST_LOCALES_DIR: {e}"),
    }
    let router = naast_web::router(app.clone());
    // The handlers are installed before the address is printed: whoever reads the address and
    // then sends SIGTERM gets a graceful stop, never the default kill.
    let shutdown = shutdown_signal()?;
    stdout_line(&format!("Naast listening on http://{local}"));
    if let Some(link) = app.bootstrap_link().await.map_err(crate::cli::explain)? {
        stdout_line(&format!("Set-up link (one-time): {link}"));
    }
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
    .context("serving")?;
    let _ = stop_tx.send(true);
    let _ = jobs.await;
    app.db.close().await;
    eprintln!("Naast stopped");
    Ok(())
}

/// Listens for Ctrl-C and SIGTERM from now on; the future resolves on the first.
fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .context("installing the SIGTERM handler")?;
    #[cfg(unix)]
    let mut int = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
        .context("installing the SIGINT handler")?;
    Ok(async move {
        #[cfg(unix)]
        tokio::select! {
            _ = term.recv() => {},
            _ = int.recv() => {},
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("shutting down: finishing requests in flight");
    })
}
