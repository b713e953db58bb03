//! The audit trail as coordinators and operators see it.

use crate::{App, Principal, Result};
use naast_core::validation::Collector;
use naast_core::{FieldError, Msg, Role};
pub use naast_store::audit::{Entry as AuditEntry, Filter as AuditFilter, Verdict};

impl App {
    /// The latest audit entries and whether the chain holds (coordinators only).
    pub async fn audit_overview(&self, who: &Principal) -> Result<(Vec<AuditEntry>, Verdict)> {
        who.require(Role::Coordinator)?;
        let entries = naast_store::audit::recent(&self.db, 200).await?;
        let verdict = naast_store::audit::verify(&self.db, &self.audit_key()).await?;
        Ok((entries, verdict))
    }

    /// Walks the whole chain (`naast audit verify`).
    pub async fn verify_audit(&self) -> Result<Verdict> {
        Ok(naast_store::audit::verify(&self.db, &self.audit_key()).await?)
    }

    /// Whether the chain still holds entry `seq` with hash `hash` (a head kept elsewhere).
    pub async fn audit_has(&self, seq: i64, hash: &str) -> Result<bool> {
        Ok(naast_store::audit::hash_of(&self.db, seq)
            .await?
            .is_some_and(|h| naast_crypto::constant_time_eq(h.as_bytes(), hash.as_bytes())))
    }

    /// Writes the chain's head to the log (no personal data), so that the operator's log
    /// store keeps an anchor outside the database: a daily job.
    pub async fn log_audit_head(&self) -> Result<()> {
        let (entries, head) = naast_store::audit::head(&self.db).await?;
        tracing::info!(audit.entries = entries, audit.head = %head, "audit chain head");
        Ok(())
    }
}

/// The audit page's filters as typed in the URL (`?kwestie=…&user=…&action=…&from=…&to=…&page=…`).
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct AuditQuery {
    /// A kwestie's reference.
    pub kwestie: String,
    /// The id of the user who acted.
    pub user: String,
    /// An action code.
    pub action: String,
    /// First day (ISO date), inclusive.
    pub from: String,
    /// Last day (ISO date), inclusive.
    pub to: String,
    pub page: String,
}

/// Entries per page of the audit log.
pub const AUDIT_PAGE: i64 = 50;

/// One line of the audit page: the entry with the names people know.
#[derive(Debug, Clone)]
pub struct AuditLine {
    pub entry: AuditEntry,
    /// The display name (or e-mail address) of the user who acted.
    pub actor_name: Option<String>,
    /// The kwestie's reference, when the object is one kwestie.
    pub case_reference: Option<String>,
    /// The user's name, when the object is a user.
    pub object_user: Option<String>,
    /// Other objects in words: a municipality ("Maasdal"), a register entry ("Maasdal — Taxi
    /// Maas & Waal"), a report ("Maasdal 2024-Q4, versie 2").
    pub object_name: Option<String>,
    /// How many identical reads this line stands for (1 for most), the oldest first seen at
    /// `earliest_at`: one person opening one kwestie fifteen times in a short span is one line.
    pub repeats: usize,
    pub earliest_at: i64,
}

/// Reads by the same person of the same object no further apart than this fold into one line.
pub const FOLD_SECONDS: i64 = 30 * 60;

/// Whether an action only reads (`case.read`, `case.letter_read`): such lines may fold.
fn is_read(action: &str) -> bool {
    action.ends_with(".read") || action.ends_with("_read")
}

/// Folds repeated reads, newest first as the page lists them: a line joins the one above when
/// it is the same read by the same actor of the same object, within [`FOLD_SECONDS`] of the
/// oldest read already folded there. Changes never fold.
pub fn fold_reads(lines: Vec<AuditLine>) -> Vec<AuditLine> {
    let mut out: Vec<AuditLine> = Vec::with_capacity(lines.len());
    for l in lines {
        if let Some(top) = out.last_mut() {
            let (a, b) = (&top.entry, &l.entry);
            if is_read(&b.action)
                && a.action == b.action
                && a.actor == b.actor
                && a.actor_user_id == b.actor_user_id
                && a.object_kind == b.object_kind
                && a.object_id == b.object_id
                && top.earliest_at - b.at <= FOLD_SECONDS
            {
                top.repeats += 1;
                top.earliest_at = b.at;
                continue;
            }
        }
        out.push(l);
    }
    out
}

/// One page of the audit log.
#[derive(Debug, Clone)]
pub struct AuditPage {
    pub lines: Vec<AuditLine>,
    /// Entries matching the filters.
    pub total: i64,
    /// This page (from 1) and the number of pages (at least 1).
    pub page: i64,
    pub pages: i64,
    /// Every user, for the filter: id and name.
    pub users: Vec<(i64, String)>,
    pub verdict: Verdict,
}

/// A day at midnight in Dutch time, as unix seconds.
fn day_start(iso: &str, field: &'static str) -> std::result::Result<Option<i64>, FieldError> {
    let iso = iso.trim();
    if iso.is_empty() {
        return Ok(None);
    }
    let day: jiff::civil::Date = iso
        .parse()
        .map_err(|_| FieldError::new(field, Msg::DateInvalid))?;
    let tz = jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap_or(jiff::tz::TimeZone::UTC);
    let at = day
        .to_zoned(tz)
        .map_err(|_| FieldError::new(field, Msg::DateInvalid))?;
    Ok(Some(at.timestamp().as_second()))
}

impl App {
    /// A page of the audit log, filtered on kwestie, user, action and period, with names and
    /// references in place of ids (coordinators only, as the log always was).
    pub async fn audit_page(&self, who: &Principal, q: &AuditQuery) -> Result<AuditPage> {
        who.require(Role::Coordinator)?;
        let all_users = naast_store::users::list(self.db.pool()).await?;
        let name_of = |id: i64| {
            all_users
                .iter()
                .find(|u| u.id == id)
                .map(|u| u.shown_name().to_string())
        };
        let mut users: Vec<(i64, String)> = all_users
            .iter()
            .map(|u| (u.id, name_of(u.id).unwrap_or_default()))
            .collect();
        users.sort_by_key(|(_, n)| n.to_lowercase());
        let mut c = Collector::default();
        let mut filter = AuditFilter::default();
        let reference = q.kwestie.trim();
        if !reference.is_empty() {
            let found = match naast_core::case::normalise_reference(reference) {
                Some(r) => naast_store::cases::by_reference(self.db.pool(), &r).await?,
                None => None,
            };
            match found {
                Some(row) => filter.object = Some(("case".into(), row.id.to_string())),
                None => c.push(FieldError::new(
                    "kwestie",
                    Msg::CaseReferenceUnknown(reference.chars().take(40).collect()),
                )),
            }
        }
        let user = q.user.trim();
        if !user.is_empty() {
            match user.parse::<i64>() {
                Ok(id) if users.iter().any(|(u, _)| *u == id) => filter.actor_user_id = Some(id),
                _ => c.push(FieldError::new(
                    "user",
                    Msg::CodeUnknown(user.chars().take(40).collect()),
                )),
            }
        }
        let action = q.action.trim();
        if !action.is_empty() {
            if naast_core::audit_action::label(action, who.lang).is_some() {
                filter.action = Some(action.to_string());
            } else {
                c.push(FieldError::new(
                    "action",
                    Msg::CodeUnknown(action.chars().take(40).collect()),
                ));
            }
        }
        let from = c.take(day_start(&q.from, "from")).flatten();
        let to = c.take(day_start(&q.to, "to")).flatten();
        if let (Some(f), Some(t)) = (from, to)
            && t < f
        {
            c.push(FieldError::new("to", Msg::PeriodOrder));
        }
        c.finish()?;
        filter.from = from;
        // The last day counts whole: up to the next midnight (a day has 23 to 25 hours).
        filter.before = match q.to.trim().parse::<jiff::civil::Date>() {
            Ok(d) => match d.tomorrow() {
                Ok(next) => day_start(&next.to_string(), "to").ok().flatten(),
                Err(_) => None,
            },
            Err(_) => None,
        };
        let page = q
            .page
            .trim()
            .parse::<i64>()
            .unwrap_or(1)
            .clamp(1, i64::MAX / AUDIT_PAGE);
        let (entries, total) =
            naast_store::audit::search(&self.db, &filter, AUDIT_PAGE, (page - 1) * AUDIT_PAGE)
                .await?;
        let pages = ((total + AUDIT_PAGE - 1) / AUDIT_PAGE).max(1);
        let mut lines = Vec::with_capacity(entries.len());
        let mut refs: std::collections::HashMap<i64, Option<String>> = Default::default();
        let mut names = ObjectNames::new(self, who).await?;
        for entry in entries {
            let mut case_reference = None;
            let mut object_user = None;
            if let Ok(id) = entry.object_id.parse::<i64>() {
                match entry.object_kind.as_str() {
                    "case" => {
                        if let std::collections::hash_map::Entry::Vacant(slot) = refs.entry(id) {
                            let r = naast_store::cases::by_id(self.db.pool(), id)
                                .await?
                                .filter(|r| who.may_see_tenant(r.tenant_id))
                                .map(|r| r.reference);
                            slot.insert(r);
                        }
                        case_reference = refs.get(&id).cloned().flatten();
                    }
                    "user" => object_user = name_of(id),
                    _ => {}
                }
            }
            let object_name = names.name(&entry.object_kind, &entry.object_id).await?;
            lines.push(AuditLine {
                actor_name: entry.actor_user_id.and_then(name_of),
                case_reference,
                object_user,
                object_name,
                repeats: 1,
                earliest_at: entry.at,
                entry,
            });
        }
        let lines = fold_reads(lines);
        let verdict = naast_store::audit::verify(&self.db, &self.audit_key()).await?;
        Ok(AuditPage {
            lines,
            total,
            page,
            pages,
            users,
            verdict,
        })
    }
}

/// Names the objects of audit lines, looking each municipality and report up once.
struct ObjectNames<'a> {
    app: &'a App,
    who: &'a Principal,
    tenants: Vec<naast_store::tenants::TenantRow>,
    providers: std::collections::HashMap<i64, Vec<(String, String)>>,
    reports: std::collections::HashMap<i64, Option<String>>,
}

impl<'a> ObjectNames<'a> {
    async fn new(app: &'a App, who: &'a Principal) -> Result<ObjectNames<'a>> {
        Ok(ObjectNames {
            tenants: naast_store::tenants::list(app.db.pool()).await?,
            app,
            who,
            providers: Default::default(),
            reports: Default::default(),
        })
    }

    fn tenant(&self, id: i64) -> Option<String> {
        self.tenants
            .iter()
            .find(|t| t.id == id && self.who.may_see_tenant(t.id))
            .map(|t| t.name.clone())
    }

    /// An organisation of a tenant's register by its code, in words.
    async fn organisation(&mut self, tenant_id: i64, code: &str) -> Result<String> {
        if code == "municipality" {
            return Ok(format!(
                "Gemeente {}",
                self.tenant(tenant_id).unwrap_or_default()
            ));
        }
        let extra = naast_core::procedure::REGISTER_EXTRA;
        if naast_core::vocab::has(extra, code) {
            return Ok(naast_core::vocab::label(extra, code, self.who.lang).to_string());
        }
        if let std::collections::hash_map::Entry::Vacant(slot) = self.providers.entry(tenant_id) {
            let list = naast_store::tenants::providers(self.app.db.pool(), tenant_id)
                .await?
                .into_iter()
                .map(|p| (p.code, p.name))
                .collect();
            slot.insert(list);
        }
        Ok(self
            .providers
            .get(&tenant_id)
            .and_then(|l| l.iter().find(|(c, _)| c == code))
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| code.to_string()))
    }

    async fn name(&mut self, kind: &str, id: &str) -> Result<Option<String>> {
        Ok(match kind {
            "tenant" => id.parse().ok().and_then(|t| self.tenant(t)),
            "register" => match id.split_once(':') {
                Some((t, org)) => match t
                    .parse::<i64>()
                    .ok()
                    .and_then(|t| self.tenant(t).map(|n| (t, n)))
                {
                    Some((t, tenant)) => {
                        let org = self.organisation(t, org).await?;
                        Some(format!("{tenant} — {org}"))
                    }
                    None => None,
                },
                None => None,
            },
            "report" => match id.parse::<i64>() {
                Ok(rid) => {
                    if let std::collections::hash_map::Entry::Vacant(slot) = self.reports.entry(rid)
                    {
                        let r = naast_store::reports::get(self.app.db.pool(), rid).await?;
                        let words = r.and_then(|r| {
                            let tenant = self
                                .tenants
                                .iter()
                                .find(|t| t.id == r.tenant_id && self.who.may_see_tenant(t.id))?;
                            let period = if r.quarter == 0 {
                                r.year.to_string()
                            } else {
                                format!("{}-Q{}", r.year, r.quarter)
                            };
                            let version = self.who.lang.pick("versie", "version");
                            Some(format!("{} {period}, {version} {}", tenant.name, r.version))
                        });
                        slot.insert(words);
                    }
                    self.reports.get(&rid).cloned().flatten()
                }
                Err(_) => None,
            },
            _ => None,
        })
    }
}

pub use naast_store::jobs::JobRow;

impl App {
    /// Recent background jobs with their state and last error (coordinators only).
    pub async fn jobs_overview(&self, who: &Principal) -> Result<Vec<JobRow>> {
        who.require(Role::Coordinator)?;
        Ok(naast_store::jobs::recent(&self.db, 200).await?)
    }
}

#[cfg(test)]
mod action_words {
    /// The first part of every audit action code (`case.read`): the kinds of object acted on.
    const PREFIXES: &[&str] = &[
        "case",
        "keys",
        "outbox",
        "outreach",
        "person",
        "report",
        "retention",
        "signal",
        "tenant",
        "token",
        "upgrade",
        "user",
        "work",
    ];

    /// String literals shaped like action codes in one source file: `"prefix.word"`, not byte
    /// strings (sealing contexts) and not job kinds (`const JOB_…`).
    fn codes_in(src: &str, out: &mut Vec<String>) {
        for line in src.lines().filter(|l| !l.contains("const JOB_")) {
            let bytes = line.as_bytes();
            let mut start = None;
            for (i, &b) in bytes.iter().enumerate() {
                if b != b'"' {
                    continue;
                }
                match start {
                    None => start = Some(i),
                    Some(s) => {
                        let text = &line[s + 1..i];
                        let byte_string = s > 0 && bytes[s - 1] == b'b';
                        let shaped = text.split_once('.').is_some_and(|(p, rest)| {
                            PREFIXES.contains(&p)
                                && !rest.is_empty()
                                && rest.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                        });
                        if shaped && !byte_string {
                            out.push(text.to_string());
                        }
                        start = None;
                    }
                }
            }
        }
    }

    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs")
                && let Ok(src) = std::fs::read_to_string(&p)
            {
                codes_in(&src, out);
            }
        }
    }

    /// Every action code the program writes to the audit log has Dutch and English words for
    /// the log page: a new code without them fails here.
    #[test]
    fn every_audit_action_in_the_code_has_words() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut codes = Vec::new();
        for krate in ["naast-app", "naast-store"] {
            walk(&root.join(krate).join("src"), &mut codes);
        }
        codes.sort();
        codes.dedup();
        assert!(codes.len() > 50, "found only {codes:?}");
        assert!(codes.iter().any(|c| c == "case.read"));
        let missing: Vec<&String> = codes
            .iter()
            .filter(|c| naast_core::audit_action::label(c, naast_core::Lang::Nl).is_none())
            .collect();
        assert!(
            missing.is_empty(),
            "audit actions without words: {missing:?}"
        );
    }

    #[test]
    fn the_scan_skips_sealing_contexts_and_job_kinds() {
        let mut out = Vec::new();
        codes_in(
            "const AAD: &[u8] = b\"signal.texts\";\npub const JOB_X: &str = \"retention.run\";\nself.audit(who, \"case.read\", \"case\", &id)",
            &mut out,
        );
        assert_eq!(out, vec!["case.read".to_string()]);
    }
}
