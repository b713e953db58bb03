//! `naast report build` and `naast report release`.

use crate::setup::{DataArgs, explain, open};
use anyhow::{Context, Result, anyhow};
use clap::{Subcommand, ValueEnum};
use naast_app::Principal;
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum ReportCmd {
    /// Write a period's report (the open draft, else the latest published version; a draft
    /// carries a visible CONCEPT mark).
    Build {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long, required_unless_present = "all_tenants")]
        tenant: Option<String>,
        /// The confidant organisation's own overview across every municipality (never
        /// published; small numbers hidden like in any report).
        #[arg(long, conflicts_with = "tenant")]
        all_tenants: bool,
        /// `2026-Q2` (a quarter) or `2026` (the year).
        #[arg(long)]
        period: String,
        #[arg(long, value_enum)]
        format: Format,
        #[arg(long)]
        out: PathBuf,
        /// The report's language.
        #[arg(long, default_value = "nl")]
        lang: String,
    },
    /// Write every number of a tenant's report series for a year — the published quarters and
    /// the report being prepared — as `naast-sdc-release/1`, for an independent audit.
    Release {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        year: i32,
        #[arg(long)]
        out: PathBuf,
    },
    /// Audit a release file (`naast-sdc-release/1`) as a reader would: prints every hidden
    /// number's interval and every finding as JSON; exits 1 when anything can be worked out.
    Audit {
        /// The release file.
        file: PathBuf,
    },
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Xlsx,
    Csv,
    Html,
}

pub async fn run(cmd: ReportCmd, default_url: String) -> Result<()> {
    match cmd {
        ReportCmd::Audit { file } => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            let release: naast_report::release::Release = serde_json::from_slice(&bytes)
                .with_context(|| format!("{} is not a naast-sdc-release/1 file", file.display()))?;
            let started = std::time::Instant::now();
            let audit = naast_report::audit::audit(&release).map_err(|e| anyhow!("{e}"))?;
            println!("{}", serde_json::to_string_pretty(&audit)?);
            eprintln!(
                "audited {} numbers, {} hidden, in {} ms: {}",
                audit.checked,
                audit.hidden.len(),
                started.elapsed().as_millis(),
                if audit.findings.is_empty() {
                    "nothing can be worked out".to_string()
                } else {
                    format!("{} findings", audit.findings.len())
                }
            );
            if audit.findings.is_empty() {
                Ok(())
            } else {
                Err(anyhow!(
                    "the release lets a reader work out {} numbers",
                    audit.findings.len()
                ))
            }
        }
        ReportCmd::Release {
            data,
            tenant,
            year,
            out,
        } => {
            let app = open(&data, default_url).await?;
            let release = app
                .report_release(&Principal::cli(), &tenant, year)
                .await
                .map_err(|e| match e {
                    naast_app::AppError::NotFound => anyhow!(
                        "no report of {year} for {tenant} is published or being prepared (or the tenant does not exist)"
                    ),
                    other => explain(other),
                })?;
            let json = serde_json::to_vec_pretty(&release)?;
            write_whole(&out, &json)?;
            let hidden = release
                .tables
                .iter()
                .flat_map(|t| t.cells.iter().chain(&t.margins))
                .filter(|e| !e.value.is_exact())
                .count();
            eprintln!(
                "release written: {} tables, {hidden} hidden numbers, to {}",
                release.tables.len(),
                out.display()
            );
            Ok(())
        }
        ReportCmd::Build {
            data,
            tenant,
            all_tenants,
            period,
            format,
            out,
            lang,
        } => {
            let app = open(&data, default_url).await?;
            let view = match (&tenant, all_tenants) {
                (Some(slug), false) => {
                    app.report_for_period(&Principal::cli(), slug, &period)
                        .await
                }
                _ => app.report_overview(&Principal::cli(), &period).await,
            }
            .map_err(|e| match e {
                naast_app::AppError::NotFound => anyhow!(
                    "no such municipality: {}",
                    tenant.as_deref().unwrap_or("(none yet)")
                ),
                other => explain(other),
            })?;
            let lang = naast_core::Lang::parse(&lang).ok_or_else(|| anyhow!("--lang: nl or en"))?;
            let ext = match format {
                Format::Pdf => "pdf",
                Format::Xlsx => "xlsx",
                Format::Csv => "csv",
                Format::Html => "html",
            };
            let bytes = naast_web::files::report(&app, &view, ext, lang)
                .await
                .map_err(explain)
                .context("making the report file")?
                .bytes;
            write_whole(&out, &bytes)?;
            eprintln!(
                "{} {} {}written to {}",
                view.tenant_name,
                view.period,
                if view.concept { "(CONCEPT) " } else { "" },
                out.display()
            );
            Ok(())
        }
    }
}

/// Writes `bytes` to `out` whole or not at all: into a file beside it, flushed to disk, then
/// renamed over it. A process killed half-way (SIGKILL, a power cut) leaves `out` as it was
/// (absent, or the previous whole file) and at most a `.partial` file beside it.
fn write_whole(out: &std::path::Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let name = out
        .file_name()
        .ok_or_else(|| anyhow!("--out must name a file: {}", out.display()))?;
    let mut partial_name = std::ffi::OsString::from(".");
    partial_name.push(name);
    partial_name.push(format!(".{}.partial", std::process::id()));
    let partial = out.with_file_name(partial_name);
    let written = (|| {
        let mut f = std::fs::File::create(&partial)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&partial, out)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    written.with_context(|| format!("writing {}", out.display()))
}
