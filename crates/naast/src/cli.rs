//! The command line (`shared/CONTRACTS.md`).

use crate::config;
use crate::serve::{DemoOpts, ServeArgs};
use crate::setup::{DataArgs, explain, open};
use anyhow::{Context, Result, anyhow, bail};
use clap::{Args, Parser, Subcommand};
use naast_app::{AppError, Principal};
use naast_core::Lang;

#[derive(Parser, Debug)]
#[command(
    name = "naast",
    version,
    about = "Naast — werksysteem voor de onafhankelijke vertrouwenspersoon sociaal domein"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Serve the web application.
    Serve(ServeArgs),
    /// Apply database migrations without serving.
    Migrate(DataArgs),
    /// Fill an empty database with the demonstration.
    Demo(DemoArgs),
    /// Municipalities served (tenants).
    #[command(subcommand)]
    Tenant(TenantCmd),
    /// Staff accounts.
    #[command(subcommand)]
    User(UserCmd),
    /// API tokens.
    #[command(subcommand)]
    Token(TokenCmd),
    /// The audit trail.
    #[command(subcommand)]
    Audit(AuditCmd),
    /// Master keys.
    #[command(subcommand)]
    Key(KeyCmd),
    /// Statutory terms: reads questions as JSON Lines on stdin, answers one line each on stdout.
    Deadline {
        /// Read and write JSON Lines (the only format).
        #[arg(long)]
        jsonl: bool,
    },
    /// De-identification of Dutch text: reads `{"id", "text"}` JSON Lines on stdin.
    Deid {
        /// Write `{"id", "spans": [{"start", "end", "label"}]}` per line (code-point offsets).
        #[arg(long, conflicts_with = "redact")]
        jsonl: bool,
        /// Write `{"id", "text"}` with consistent placeholders ([PERSOON-1], [ADRES-1], …).
        #[arg(long)]
        redact: bool,
        /// A word-list file made with `--build-lists` (names and places); also `NAAST_DEID_LISTS`.
        #[arg(long, env = "NAAST_DEID_LISTS")]
        lists: Option<std::path::PathBuf>,
        /// Compile word lists from a folder laid out like deduce's `data/lookup/src` into the
        /// file given with `--out`, then exit.
        #[arg(long, requires = "out")]
        build_lists: Option<std::path::PathBuf>,
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
    /// Kwesties.
    #[command(subcommand)]
    Case(CaseCmd),
    /// Retention: destroy the personal data of cases closed longer ago than the tenant's period.
    #[command(subcommand)]
    Retention(RetentionCmd),
    /// Anonymized quarterly and annual reports.
    #[command(subcommand)]
    Report(crate::report::ReportCmd),
    /// Write a consistent backup while Naast serves (never holds the master key); with
    /// PostgreSQL, run pg_dump and check that the dump restores.
    Backup(crate::backup::BackupArgs),
    /// Restore a backup into an empty data directory (checks its checksum first).
    Restore(crate::backup::RestoreArgs),
    /// The configuration.
    #[command(subcommand)]
    Config(ConfigCmd),
}

#[derive(Subcommand, Debug)]
pub enum ConfigCmd {
    /// Read the whole configuration and report every problem at once; exit 1 when there is one.
    Check(DataArgs),
}

#[derive(Subcommand, Debug)]
pub enum CaseCmd {
    /// Import cases from JSON Lines, CSV or XLSX (by file extension). Every row is checked
    /// first: one bad row and nothing is imported. Re-running the same file imports nothing twice.
    Import {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long)]
        tenant: String,
        /// The file (.jsonl, .csv or .xlsx).
        file: std::path::PathBuf,
    },
}

#[derive(Subcommand, Debug)]
pub enum RetentionCmd {
    /// Run retention now; prints a JSON summary on stdout.
    Run {
        #[command(flatten)]
        data: DataArgs,
        /// Only count what would be destroyed.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum KeyCmd {
    /// Print a new random master key (base64), to put first in NAAST_MASTER_KEY_FILE.
    Generate,
    /// Rewrap every data key under the current master key (the first in the key file), so that
    /// older keys can be removed afterwards.
    Rotate(DataArgs),
}

#[derive(Args, Debug)]
pub struct DemoArgs {
    #[command(flatten)]
    pub data: DataArgs,
    #[command(flatten)]
    pub opts: DemoOpts,
}

#[derive(Subcommand, Debug)]
pub enum TenantCmd {
    /// Add a municipality.
    Add {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
        /// Areas covered (repeat, or comma-separated); default wmo, jeugd, participatie, schuldhulp.
        #[arg(long = "area", value_delimiter = ',')]
        areas: Vec<String>,
    },
    /// List municipalities.
    List {
        #[command(flatten)]
        data: DataArgs,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum UserCmd {
    /// Create an account and print its one-time set-up link.
    Add {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long)]
        email: String,
        #[arg(long, value_parser = ["coordinator", "confidant", "municipality"])]
        role: String,
        /// Municipality slug (repeat for a confidant with several).
        #[arg(long = "tenant")]
        tenants: Vec<String>,
        #[arg(long, default_value = "")]
        name: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum TokenCmd {
    /// Create an API token for a user and print it. Without `--expires-days` the token does not
    /// expire (scripts on the server keep working); revoke it on the account page when done.
    Create {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long)]
        user: String,
        /// Days the token lives (none: until revoked).
        #[arg(long)]
        expires_days: Option<u32>,
        /// `read` (GET and HEAD only) or `write` (the default, as before).
        #[arg(long, default_value = "write", value_parser = ["read", "write"])]
        scope: String,
        #[arg(long, default_value = "cli")]
        label: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum AuditCmd {
    /// Check the hash chain of the audit log; prints the head to keep elsewhere.
    Verify(VerifyArgs),
}

#[derive(Args, Debug)]
pub struct VerifyArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// A head printed by an earlier run (`N:H`): fails when entry N is gone or differs, so that
    /// cutting entries off the end is noticed.
    #[arg(long, value_name = "N:H")]
    pub expect: Option<String>,
}

pub async fn run(cli: Cli) -> Result<()> {
    let default_url = "http://127.0.0.1:8080".to_string();
    match cli.command {
        Command::Serve(args) => crate::serve::serve(args).await,
        Command::Backup(args) => crate::backup::backup(args).await,
        Command::Restore(args) => crate::backup::restore(args).await,
        Command::Config(ConfigCmd::Check(data)) => crate::config_check::run(data).await,
        Command::Migrate(data) => {
            let storage = config::storage(&data.data_dir)?;
            let db = config::connect(&storage).await?;
            let n = db.migrate().await.context("migrating the database")?;
            eprintln!("migrations applied: {n}");
            // The step over sealed data (`aad.version`) needs the keys: opening the application
            // runs it. Without a key (migrate needs none) it waits for the next start.
            let bound = naast_store::settings::get(db.pool(), naast_app::bind_aad::AAD_VERSION)
                .await?
                .is_some_and(|v| v == naast_app::bind_aad::CURRENT.to_string());
            drop(db);
            if !bound {
                if config::key_given(&storage) {
                    open(&data, default_url).await?;
                } else {
                    eprintln!(
                        "aad.version: no master key given; sealed values are bound to their row \
                         at the next start with the key"
                    );
                }
            }
            Ok(())
        }
        Command::Demo(args) => {
            let mut app = open(&args.data, default_url).await?;
            let loaded = app
                .load_demo(args.opts.seed, args.opts.cases)
                .await
                .map_err(|e| match e {
                    AppError::Conflict(_) => anyhow!("the database already holds data; demo needs an empty one (nothing was changed)"),
                    other => explain(other),
                })?;
            crate::serve::print_demo_accounts(&loaded.password);
            Ok(())
        }
        Command::Tenant(TenantCmd::Add {
            data,
            slug,
            name,
            areas,
        }) => {
            let app = open(&data, default_url).await?;
            let areas = if areas.is_empty() {
                ["wmo", "jeugd", "participatie", "schuldhulp"]
                    .map(String::from)
                    .to_vec()
            } else {
                areas
            };
            let form = naast_core::tenant::TenantForm {
                slug,
                name,
                areas,
                ..Default::default()
            };
            let t = app
                .create_tenant(&Principal::cli(), &form)
                .await
                .map_err(explain)?;
            eprintln!("tenant {} created", t.slug);
            Ok(())
        }
        Command::Tenant(TenantCmd::List { data, json }) => {
            let app = open(&data, default_url).await?;
            let tenants = app.list_tenants(&Principal::cli()).await.map_err(explain)?;
            if json {
                println!("{}", serde_json::to_string(&tenants)?);
            } else {
                for t in tenants {
                    println!("{}\t{}", t.slug, t.name);
                }
            }
            Ok(())
        }
        Command::User(UserCmd::Add {
            data,
            email,
            role,
            tenants,
            name,
        }) => {
            let app = open(&data, default_url).await?;
            let form = naast_app::users::InviteForm {
                email,
                display_name: name,
                role,
                tenants,
            };
            let inv = app
                .invite_user(&Principal::cli(), &form)
                .await
                .map_err(explain)?;
            println!("{}", inv.setup_link);
            Ok(())
        }
        Command::Token(TokenCmd::Create {
            data,
            user,
            expires_days,
            scope,
            label,
        }) => {
            let scope = naast_app::tokens::TokenScope::parse("scope", &scope)
                .map_err(|e| anyhow!("--scope: {}", e.text(Lang::En)))?;
            let app = open(&data, default_url).await?;
            let cli = Principal::cli();
            let u = app.user_by_email(&cli, &user).await.map_err(|e| match e {
                AppError::NotFound => anyhow!("no user with e-mail address {user}"),
                other => explain(other),
            })?;
            let token = app
                .create_token(&cli, u.id, &label, expires_days, scope)
                .await
                .map_err(explain)?;
            println!("{token}");
            Ok(())
        }
        Command::Deadline { jsonl } => {
            if !jsonl {
                bail!("use `naast deadline --jsonl` and write questions as JSON Lines on stdin");
            }
            crate::deadline::run(std::io::stdin().lock(), std::io::stdout().lock())
        }
        Command::Deid {
            jsonl,
            redact,
            lists,
            build_lists,
            out,
        } => {
            if let (Some(src), Some(out)) = (build_lists, out) {
                return crate::deid::build_lists(&src, &out);
            }
            if !jsonl && !redact {
                bail!(
                    "use `naast deid --jsonl` or `naast deid --redact` with {{\"id\", \"text\"}} JSON Lines on stdin"
                );
            }
            let lists = match lists {
                Some(path) => Some(
                    naast_deid::Lists::from_bytes(&std::fs::read(&path).with_context(|| {
                        format!("cannot read the word lists {}", path.display())
                    })?)
                    .with_context(|| format!("{}", path.display()))?,
                ),
                None => None,
            };
            crate::deid::run(
                redact,
                lists.as_ref(),
                std::io::stdin().lock(),
                std::io::stdout().lock(),
            )
        }
        Command::Case(CaseCmd::Import { data, tenant, file }) => {
            use naast_app::cases::import_file::{Format, read_file};
            let name = file.display().to_string();
            let format = Format::from_name(&name)
                .ok_or_else(|| anyhow!("{name}: use a .jsonl, .csv or .xlsx file"))?;
            let bytes = std::fs::read(&file).with_context(|| format!("cannot read {name}"))?;
            let app = open(&data, default_url).await?;
            let lines = read_file(format, bytes).await.map_err(explain)?;
            eprintln!("checking {} rows from {name}", lines.len());
            match app
                .import_cases(&Principal::cli(), &tenant, lines, Lang::En)
                .await
                .map_err(explain)?
            {
                Ok(report) => {
                    println!("{}", serde_json::to_string(&report)?);
                    eprintln!(
                        "imported {} cases, {} already imported before",
                        report.imported, report.duplicates
                    );
                    if !report.providers_added.is_empty() {
                        eprintln!(
                            "added to the providers of {tenant}: {}",
                            report.providers_added.join(", ")
                        );
                    }
                    Ok(())
                }
                Err(problems) => {
                    for p in &problems {
                        match p.field {
                            Some(f) => eprintln!("{name}: line {}: {f}: {}", p.line, p.message),
                            None => eprintln!("{name}: line {}: {}", p.line, p.message),
                        }
                    }
                    bail!(
                        "{} problems in {name}; nothing was imported. Fix the lines above and run again.",
                        problems.len()
                    )
                }
            }
        }
        Command::Report(cmd) => crate::report::run(cmd, default_url).await,
        Command::Retention(RetentionCmd::Run { data, dry_run }) => {
            let app = open(&data, default_url).await?;
            let report = app.run_retention(dry_run).await.map_err(explain)?;
            println!("{}", serde_json::to_string(&report)?);
            eprintln!(
                "{} {} cases' personal data ({} citizens)",
                if dry_run {
                    "would destroy"
                } else {
                    "destroyed"
                },
                report.cases,
                report.persons
            );
            Ok(())
        }
        Command::Key(KeyCmd::Generate) => {
            println!("{}", naast_crypto::MasterKey::generate().to_base64());
            Ok(())
        }
        Command::Key(KeyCmd::Rotate(data)) => {
            let app = open(&data, default_url).await?;
            let n = app.rotate_keys().await.map_err(explain)?;
            eprintln!(
                "rewrapped {n} data keys under master key {}; older keys may now be removed",
                app.keys.current_id()
            );
            Ok(())
        }
        Command::Audit(AuditCmd::Verify(args)) => {
            let expect = match args.expect.as_deref() {
                None => None,
                Some(e) => match e.split_once(':').and_then(|(n, h)| {
                    Some((n.trim().parse::<i64>().ok()?, h.trim().to_ascii_lowercase()))
                }) {
                    Some(x) => Some(x),
                    None => {
                        eprintln!(
                            "--expect takes N:H, as printed by an earlier `naast audit verify`"
                        );
                        std::process::exit(2);
                    }
                },
            };
            let app = open(&args.data, default_url).await?;
            match app.verify_audit().await.map_err(explain)? {
                naast_app::system::Verdict::Ok { entries, head } => {
                    if let Some((n, h)) = expect
                        && !app.audit_has(n, &h).await.map_err(explain)?
                    {
                        bail!(
                            "audit chain does not hold the expected head {n}:{h}: entries were cut off or rewritten (the chain now has {entries} entries, head {head})"
                        );
                    }
                    println!("audit chain ok: {entries} entries, head {head}");
                    Ok(())
                }
                naast_app::system::Verdict::Broken { seq, reason } => {
                    bail!("audit chain broken at entry {seq}: {reason}")
                }
            }
        }
    }
}
