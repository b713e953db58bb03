-- wrk script: the filtered case list, varied filters.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("NAAST_BENCH_TOKEN")
local paths = {
  "/api/v1/cases?status=closed&area=wmo",
  "/api/v1/cases?status=open",
  "/api/v1/cases?area=jeugd&from=2025-01-01&to=2025-06-30",
  "/api/v1/cases?organisation=municipality&sort=opened_asc&page=3",
  "/api/v1/cases",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("case list: %d requests, %.0f/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; non-2xx %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
