//! Seeing what Naast is doing (`docs/OPERATIONS.md`): a request id on every request (the
//! client's `x-request-id` when it is a plain token, else a new random one), carried by the
//! log lines of the request, answered in the `x-request-id` header and shown on error pages;
//! Prometheus metrics at `/metrics` behind `NAAST_METRICS_TOKEN`; and `/readyz`.
//!
//! `/metrics` is off (the route does not exist: 404) while `NAAST_METRICS_TOKEN` is unset; with
//! it set, a request without `Authorization: Bearer TOKEN` gets 401. Labels hold route
//! templates, methods, statuses, job kinds and states: never a path, an id or a name.

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use naast_app::App;
use naast_store::ops;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use std::sync::OnceLock;
use tracing::Instrument;

pub const REQUEST_ID: &str = "x-request-id";

tokio::task_local! {
    static CURRENT_ID: String;
}

/// The id of the request being answered (for error pages), if any.
pub fn request_id() -> Option<String> {
    CURRENT_ID.try_with(Clone::clone).ok()
}

/// A request id from outside is kept only when it is 1 to 64 letters, digits, `-`, `_`, `.`
/// or `:`: it goes into logs and pages, so it may carry nothing else.
fn usable_id(v: &HeaderValue) -> Option<String> {
    let s = v.to_str().ok()?;
    (!s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':')))
    .then(|| s.to_string())
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct HttpLabels {
    method: String,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct JobLabels {
    kind: String,
    state: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RunLabels {
    kind: String,
    outcome: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StateLabel {
    state: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StepLabel {
    step: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ChannelLabel {
    channel: String,
}

fn latency_histogram() -> Histogram {
    // 2 ms to about 8 s.
    Histogram::new(exponential_buckets(0.002, 2.0, 13))
}

struct Metrics {
    registry: Registry,
    requests: Family<HttpLabels, Counter>,
    latency: Family<HttpLabels, Histogram, fn() -> Histogram>,
    pool: Family<StateLabel, Gauge>,
    jobs: Family<JobLabels, Gauge>,
    job_runs: Family<RunLabels, Counter>,
    intakes: Counter,
    cases: Family<ChannelLabel, Gauge>,
    failed_sign_ins: Family<StepLabel, Counter>,
    audit_head_age: Gauge,
    audit_entries: Gauge,
}

fn metrics() -> &'static Metrics {
    static METRICS: OnceLock<Metrics> = OnceLock::new();
    METRICS.get_or_init(|| {
        let mut registry = Registry::default();
        let requests = Family::<HttpLabels, Counter>::default();
        registry.register(
            "naast_http_requests",
            "HTTP requests answered, by method, route template and status",
            requests.clone(),
        );
        let latency = Family::<HttpLabels, Histogram, fn() -> Histogram>::new_with_constructor(
            latency_histogram,
        );
        registry.register(
            "naast_http_request_duration_seconds",
            "Time to answer a request, by method, route template and status",
            latency.clone(),
        );
        let pool = Family::<StateLabel, Gauge>::default();
        registry.register(
            "naast_db_pool_connections",
            "Database connections of this instance's pool (open, idle)",
            pool.clone(),
        );
        let jobs = Family::<JobLabels, Gauge>::default();
        registry.register(
            "naast_jobs",
            "Background jobs in the database, by kind and state (queued, done, failed)",
            jobs.clone(),
        );
        let job_runs = Family::<RunLabels, Counter>::default();
        registry.register(
            "naast_job_runs",
            "Background jobs this instance ran, by kind and outcome (ok, failed)",
            job_runs.clone(),
        );
        let intakes = Counter::default();
        registry.register(
            "naast_intakes_acknowledged",
            "Intakes committed and acknowledged by this instance",
            intakes.clone(),
        );
        let cases = Family::<ChannelLabel, Gauge>::default();
        registry.register(
            "naast_cases",
            "Kwesties in the database, by channel of intake",
            cases.clone(),
        );
        let failed_sign_ins = Family::<StepLabel, Counter>::default();
        registry.register(
            "naast_sign_in_failures",
            "Sign-ins refused by this instance, by step (password, second_factor)",
            failed_sign_ins.clone(),
        );
        let audit_head_age = Gauge::default();
        registry.register(
            "naast_audit_head_age_seconds",
            "Seconds since the newest audit entry was written",
            audit_head_age.clone(),
        );
        let audit_entries = Gauge::default();
        registry.register(
            "naast_audit_entries",
            "Entries in the audit chain",
            audit_entries.clone(),
        );
        Metrics {
            registry,
            requests,
            latency,
            pool,
            jobs,
            job_runs,
            intakes,
            cases,
            failed_sign_ins,
            audit_head_age,
            audit_entries,
        }
    })
}

/// The outermost layer: a request id, a span carrying it for every log line of the request,
/// and the request counted and timed by route template.
pub async fn layer(req: Request, next: Next) -> Response {
    let id = req
        .headers()
        .get(REQUEST_ID)
        .and_then(usable_id)
        .unwrap_or_else(|| naast_crypto::to_hex(&naast_crypto::random_bytes::<12>()));
    let method = req.method().as_str().to_string();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let span = tracing::info_span!("request", request_id = %id);
    let started = std::time::Instant::now();
    let mut res = CURRENT_ID
        .scope(id.clone(), next.run(req).instrument(span))
        .await;
    let labels = HttpLabels {
        method,
        route,
        status: res.status().as_u16(),
    };
    let m = metrics();
    m.requests.get_or_create(&labels).inc();
    m.latency
        .get_or_create(&labels)
        .observe(started.elapsed().as_secs_f64());
    if let Ok(v) = HeaderValue::from_str(&id) {
        res.headers_mut().insert(REQUEST_ID, v);
    }
    res
}

/// Whether `/metrics` exists: only with `NAAST_METRICS_TOKEN` set.
pub fn enabled(app: &App) -> bool {
    app.settings.metrics_token.is_some()
}

/// `GET /metrics`: the Prometheus text (OpenMetrics) for a bearer of `NAAST_METRICS_TOKEN`.
pub async fn scrape(State(app): State<App>, req: Request) -> Response {
    let Some(token) = app.settings.metrics_token.as_deref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let given = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !naast_crypto::constant_time_eq(given.trim().as_bytes(), token.as_bytes()) {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer")],
            "a bearer token (NAAST_METRICS_TOKEN) is needed",
        )
            .into_response();
    }
    if let Err(e) = refresh(&app).await {
        // What the database could not tell stays at its last value; the rest is served.
        tracing::warn!(error = %e, "metrics: reading the database failed");
    }
    let mut text = String::new();
    if prometheus_client::encoding::text::encode(&mut text, &metrics().registry).is_err() {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        text,
    )
        .into_response()
}

fn set_counter(c: &Counter, total: u64) {
    c.inc_by(total.saturating_sub(c.get()));
}

/// Reads what the database and the application's counters hold into the gauges.
async fn refresh(app: &App) -> Result<(), naast_store::StoreError> {
    use naast_app::metrics as am;
    let m = metrics();
    let (open, idle) = ops::pool_state(&app.db);
    m.pool
        .get_or_create(&StateLabel {
            state: "open".into(),
        })
        .set(i64::from(open));
    m.pool
        .get_or_create(&StateLabel {
            state: "idle".into(),
        })
        .set(i64::from(idle));
    set_counter(&m.intakes, am::read(&am::INTAKES_ACKNOWLEDGED));
    for (step, c) in [
        ("password", &am::SIGN_IN_FAILED_PASSWORD),
        ("second_factor", &am::SIGN_IN_FAILED_SECOND_FACTOR),
    ] {
        set_counter(
            &m.failed_sign_ins
                .get_or_create(&StepLabel { step: step.into() }),
            am::read(c),
        );
    }
    for (kind, outcome, n) in am::job_runs() {
        set_counter(
            &m.job_runs.get_or_create(&RunLabels {
                kind,
                outcome: outcome.into(),
            }),
            n,
        );
    }
    let jobs = ops::job_counts(&app.db).await?;
    m.jobs.clear();
    for (kind, state, n) in jobs {
        m.jobs
            .get_or_create(&JobLabels {
                kind,
                state: state.into(),
            })
            .set(n);
    }
    let cases = ops::cases_by_channel(&app.db).await?;
    m.cases.clear();
    for (channel, n) in cases {
        m.cases.get_or_create(&ChannelLabel { channel }).set(n);
    }
    let (entries, _) = naast_store::audit::head(&app.db).await?;
    m.audit_entries.set(entries);
    if let Some(at) = ops::audit_head_at(&app.db).await? {
        m.audit_head_age.set((naast_store::now() - at).max(0));
    }
    Ok(())
}

/// `GET /readyz`: 200 once this program's migrations have run and the database answers, 503
/// otherwise (a load balancer sends no traffic to it yet).
pub async fn readyz(State(app): State<App>) -> Response {
    let newest = ops::newest_known(app.db.kind());
    match ops::schema_version(&app.db).await {
        Ok(v) if v >= newest => (StatusCode::OK, "ready").into_response(),
        Ok(_) => (StatusCode::SERVICE_UNAVAILABLE, "migrations pending").into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response(),
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_request_ids_are_kept() {
        let ok = HeaderValue::from_static("abc-123_x.y:z");
        assert_eq!(usable_id(&ok).as_deref(), Some("abc-123_x.y:z"));
        for bad in ["", "a b", "<script>", "é"] {
            if let Ok(v) = HeaderValue::from_str(bad) {
                assert_eq!(usable_id(&v), None, "{bad}");
            }
        }
        let long = HeaderValue::from_str(&"a".repeat(65)).unwrap();
        assert_eq!(usable_id(&long), None);
    }
}
