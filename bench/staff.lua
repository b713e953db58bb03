-- wrk script: one kind of staff page, for bench/scale.sh, which runs one wrk per page kind at
-- the same time so that each kind gets its own latency figures under the whole mix.
--   NAAST_PAGE      work | list | case | search | dashboard | audit | reports
--   NAAST_SESSIONS  a file of lines "session-token reference reference …" (signed-in staff)
--   NAAST_THINK_MS  mean think time between two pages of one person (uniform 0.5×–1.5×)
local page = os.getenv("NAAST_PAGE")
local think = tonumber(os.getenv("NAAST_THINK_MS") or "2000")
local people = {}
for line in io.lines(os.getenv("NAAST_SESSIONS")) do
  local words = {}
  for w in line:gmatch("%S+") do words[#words + 1] = w end
  if #words > 0 then
    people[#people + 1] = { cookie = "naast_session=" .. words[1], refs = { (unpack or table.unpack)(words, 2) } }
  end
end
local lists = {
  "/admin/cases?status=open",
  "/admin/cases?status=closed&area=wmo",
  "/admin/cases?area=jeugd&from=2025-01-01&to=2025-06-30",
  "/admin/cases?organisation=municipality&sort=opened_asc&page=3",
  "/admin/cases",
  "/admin/cases?owner=me",
}
local searches = { "de%20boer", "jansen", "fatma", "0612", "yilmaz", "van%20dijk", "NST-", "sanne%20b", "celik", "bakker" }
local n = 0
init = function(args)
  math.randomseed(os.time() + #(page or ""))
end
request = function()
  n = n + 1
  local p = people[math.random(#people)]
  local path
  if page == "work" then path = "/admin/work"
  elseif page == "list" then path = lists[math.random(#lists)]
  elseif page == "case" then path = "/admin/cases/" .. p.refs[math.random(#p.refs)]
  elseif page == "search" then path = "/admin/cases?q=" .. searches[math.random(#searches)]
  elseif page == "dashboard" then path = "/admin"
  elseif page == "audit" then path = "/admin/audit"
  elseif page == "reports" then path = "/admin/reports"
  else error("NAAST_PAGE: unknown page " .. tostring(page)) end
  return wrk.format("GET", path, { ["Cookie"] = p.cookie })
end
delay = function()
  return math.floor(think * (0.5 + math.random()))
end
done = function(summary, latency, requests)
  io.write(string.format("%-9s %6d pages, %5.1f/s; latency p50 %7.1f ms, p95 %7.1f ms, p99 %7.1f ms, max %7.1f ms; non-2xx/3xx %d, errors %d\n",
    page, summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
