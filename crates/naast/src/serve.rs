//! `naast serve`: listen, print the contract lines, run jobs, shut down gracefully.

use crate::setup::{DataArgs, explain, open_with};
use anyhow::{Context, Result};
use clap::Args;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::io::Write;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::sync::watch;
use tower::Service;

#[derive(Args, Debug)]
pub struct ServeArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// Address to listen on; port 0 picks a free one.
    #[arg(long, env = "NAAST_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Serve the demonstration (filled first when the database is empty).
    #[arg(long)]
    pub demo: bool,
    /// Seconds a client may take to send a request's headers before the connection is closed.
    #[arg(long, env = "NAAST_HEADER_TIMEOUT_SECONDS", default_value_t = 30)]
    pub header_timeout_seconds: u64,
    /// Seconds a client may take to send a request's body before it is refused.
    #[arg(long, env = "NAAST_BODY_TIMEOUT_SECONDS", default_value_t = 60)]
    pub body_timeout_seconds: u64,
    #[command(flatten)]
    pub demo_args: DemoOpts,
}

#[derive(Args, Debug, Clone)]
pub struct DemoOpts {
    /// Kwesties a year for the small municipality (the larger one gets 8×).
    #[arg(long, default_value_t = 120)]
    pub cases: u32,
    /// Seed: the same seed gives the same data.
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
}

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
    let mut app = open_with(&args.data, format!("http://{local}"), true).await?;
    if args.demo && !app.has_users().await.map_err(explain)? {
        app.load_demo(args.demo_args.seed, args.demo_args.cases)
            .await
            .map_err(explain)?;
    }
    if let Some(pw) = app.demo_password().await.map_err(explain)? {
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
    if let Some(link) = app.bootstrap_link().await.map_err(explain)? {
        stdout_line(&format!("Set-up link (one-time): {link}"));
    }
    let router = router.layer(tower_http::timeout::RequestBodyDeadlineLayer::new(
        Duration::from_secs(args.body_timeout_seconds.max(1)),
    ));
    accept(
        listener,
        router,
        Duration::from_secs(args.header_timeout_seconds.max(1)),
        shutdown,
    )
    .await;
    let _ = stop_tx.send(true);
    let _ = jobs.await;
    app.db.close().await;
    eprintln!("Naast stopped");
    Ok(())
}

/// Accepts connections until `shutdown`, then waits for the requests in flight. A client that
/// has not sent its request's headers within `header_timeout` is disconnected (slowloris); the
/// body has its own deadline (a layer on the router). Each request knows the client's address.
async fn accept(
    listener: tokio::net::TcpListener,
    router: axum::Router,
    header_timeout: Duration,
    shutdown: impl std::future::Future<Output = ()>,
) {
    let mut make = router.into_make_service_with_connect_info::<SocketAddr>();
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    builder
        .http2()
        .timer(TokioTimer::new())
        .keep_alive_interval(Some(header_timeout));
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let (stream, remote) = tokio::select! {
            conn = listener.accept() => match conn {
                Ok(c) => c,
                Err(e) => {
                    // Out of file descriptors and the like: wait a moment instead of spinning.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Ok(service) = make.call(remote).await;
        let conn = builder.serve_connection_with_upgrades(
            TokioIo::new(stream),
            TowerToHyperService::new(service),
        );
        let conn = graceful.watch(conn.into_owned());
        tokio::spawn(async move {
            // A client that went away or was too slow: nothing to log beyond the debug level.
            if let Err(e) = conn.await {
                tracing::debug!(error = %e, "connection ended");
            }
        });
    }
    drop(listener);
    // Requests in flight finish; a connection that does not within half a minute is cut.
    if tokio::time::timeout(Duration::from_secs(30), graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("connections still open after 30 s; closing them");
    }
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
