-- wrk script: citizens' intakes through the public API (no token), each acknowledged only
-- after its commit; half anonymous, half with contact details.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local n = 0
request = function()
  n = n + 1
  local body
  if n % 2 == 0 then
    body = string.format('{"story":"Publieke melding %d: de taxi naar de dagbesteding kwam niet.","area":"wmo"}', n)
  else
    body = string.format(
      '{"story":"Publieke melding %d: mijn bijstand is gestopt.","area":"participatie","contact":{"name":"Inwoner %d","phone":"06 5555%04d","preferred":"phone","when":"ochtend"},"language":"nl","found_via":"gp"}',
      n, n, n % 10000)
  end
  return wrk.format(nil, nil, nil, body)
end
done = function(summary, latency, requests)
  io.write(string.format("public intakes: %d ok in %.1f s = %.0f/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; non-2xx %d, errors %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
