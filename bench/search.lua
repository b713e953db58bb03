-- wrk script: the case search as people type it (bench/search.sh), varied queries.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("NAAST_BENCH_TOKEN")
local queries = {
  "de%20boer", "jansen", "DE%20VRIES", "B%C3%B3er", "%C3%A7elik", "henk", "bakker%20sanne",
  "06-41%2052%2063%2074", "0641526374", "%2B31%206%2012345678", "52637", "4152",
  "rzsc", "nst-4", "deboer%40voor", "bijstand", "parkeer%20geweigerd", "xyzzy",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/cases?q=" .. queries[(i % #queries) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("search: %d requests, %.0f/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; non-2xx %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.status))
end
