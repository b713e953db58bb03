-- wrk script: sign-in (POST /login) with a right password, for bench/scale.sh. The form's CSRF
-- token and its cookie come from one GET /login beforehand (NAAST_CSRF, NAAST_CSRF_COOKIE);
-- the accounts are NAAST_SIGNIN_EMAILS (space-separated), all with NAAST_SIGNIN_PASSWORD.
-- Argon2 is slow by design: this measures what one sign-in costs, not a page.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("NAAST_CSRF_COOKIE")
local csrf = os.getenv("NAAST_CSRF")
local password = os.getenv("NAAST_SIGNIN_PASSWORD")
local emails = {}
for e in os.getenv("NAAST_SIGNIN_EMAILS"):gmatch("%S+") do emails[#emails + 1] = e end
local function enc(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local n = 0
request = function()
  n = n + 1
  local body = "csrf=" .. enc(csrf) .. "&next=&email=" .. enc(emails[(n % #emails) + 1]) .. "&password=" .. enc(password)
  return wrk.format(nil, "/login", nil, body)
end
done = function(summary, latency, requests)
  io.write(string.format("sign-in   %6d sign-ins, %5.1f/s; latency p50 %7.1f ms, p95 %7.1f ms, p99 %7.1f ms; non-2xx/3xx %d, errors %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
