-- wrk script: POST intakes to /api/v1/cases as fast as the server acknowledges them.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("NAAST_BENCH_TOKEN")
local n = 0
request = function()
  n = n + 1
  local body = string.format(
    '{"tenant":"maasdal","channel":"phone","story":"Bench intake %d: mijn huishoudelijke hulp is gestopt.","name":"Bench Persoon %d","phone":"06 1234%04d"}',
    n, n, n % 10000)
  return wrk.format(nil, nil, nil, body)
end
done = function(summary, latency, requests)
  io.write(string.format("intakes: %d ok in %.1f s = %.0f/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; non-2xx %d, errors %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
