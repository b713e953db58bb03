//! Rate limits for the public door: per address and per tenant, in memory per instance (a
//! database write per submission would cost more than the intake itself). No CAPTCHA and no
//! third-party service: a person rarely sends more than a few messages; a flood meets the limit.
//! `NAAST_RATE_LIMITS=off` switches them off (tests, benchmarks).

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::num::NonZeroU32;
use std::sync::LazyLock;

struct Limits {
    per_addr: DefaultKeyedRateLimiter<String>,
    lookups: DefaultKeyedRateLimiter<String>,
    per_tenant: DefaultKeyedRateLimiter<String>,
}

fn n(v: u32) -> NonZeroU32 {
    NonZeroU32::new(v).unwrap_or(NonZeroU32::MIN)
}

static LIMITS: LazyLock<Limits> = LazyLock::new(|| Limits {
    // Ten at once from one address (a counter helping several people), then one a minute.
    per_addr: RateLimiter::keyed(Quota::per_minute(n(1)).allow_burst(n(10))),
    // Reference-and-code tries from one address, counted apart from the form: the same ten at
    // once, then one a minute (each reference also locks after five wrong codes).
    lookups: RateLimiter::keyed(Quota::per_minute(n(1)).allow_burst(n(10))),
    // A flood at one tenant: two hundred at once, then five a second.
    per_tenant: RateLimiter::keyed(Quota::per_second(n(5)).allow_burst(n(200))),
});

/// Whether one more public submission from `addr` to `tenant` may go ahead.
pub fn allow(on: bool, addr: &str, tenant: &str) -> bool {
    if !on {
        return true;
    }
    let l = &*LIMITS;
    l.per_addr.check_key(&addr.to_string()).is_ok()
        && l.per_tenant.check_key(&tenant.to_string()).is_ok()
}

/// Whether one more reference-and-code try from `addr` may go ahead.
pub fn allow_lookup(on: bool, addr: &str) -> bool {
    !on || LIMITS.lookups.check_key(&addr.to_string()).is_ok()
}
