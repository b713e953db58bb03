#!/usr/bin/env bash
# Benchmarks against a running release build on SQLite (synchronous=FULL), figures for the README:
#  1. intakes through the API (group commit), 64 connections, 20 s;
#  1b. citizens' intakes through the public API, the same way;
#  2. the filtered case list over 100,000 cases, 8 connections, 20 s.
# Needs wrk (Debian: apt-get install wrk). Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
cargo build --release -p naast -q
bin="$CARGO_TARGET_DIR/release/naast"
dir=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT
export NAAST_DATA_DIR="$dir" NAAST_RATE_LIMITS=off NAAST_LOG=error
"$bin" tenant add --slug maasdal --name Maasdal >/dev/null 2>&1
"$bin" user add --email bench@naast.example --role confidant --tenant maasdal >/dev/null 2>&1
NAAST_BENCH_TOKEN=$("$bin" token create --user bench@naast.example 2>/dev/null)
export NAAST_BENCH_TOKEN

start() {
  "$bin" serve --addr 127.0.0.1:0 > "$dir/out" 2>/dev/null &
  pid=$!
  for _ in $(seq 1 100); do grep -q listening "$dir/out" 2>/dev/null && break; sleep 0.1; done
  url=$(sed -n 's/^Naast listening on //p' "$dir/out" | head -n1)
}

start
echo "== intakes (SQLite, synchronous=FULL, acknowledged after commit)"
wrk -t2 -c64 -d20s -s bench/intake.lua "$url/api/v1/cases"
kill "$pid"; wait "$pid" 2>/dev/null || true

start
echo "== public intakes through /api/v1/public/{slug}/intake (no token, rate limits off)"
wrk -t2 -c64 -d20s -s bench/public.lua "$url/api/v1/public/maasdal/intake"
kill "$pid"; wait "$pid" 2>/dev/null || true

echo "== filling 100,000 cases through the import"
python3 - "$dir/cases.jsonl" <<'PY'
import json, random, sys, datetime
random.seed(7)
areas = ["wmo"] * 35 + ["jeugd"] * 20 + ["participatie"] * 18 + ["schuldhulp"] * 10 + ["werk"] * 7 + ["overig"] * 10
natures = ["decision_process", "treatment", "lack_of_information", "agreements", "waiting_time", "money"]
outcomes = ["resolved", "partly_resolved", "citizen_continues", "referred", "not_resolved"]
today = datetime.date(2026, 11, 1)
with open(sys.argv[1], "w") as f:
    for i in range(100_000):
        opened = today - datetime.timedelta(days=random.randrange(3 * 365))
        row = {"reference": f"B-{i}", "opened_on": opened.isoformat(), "channel": random.choice(["phone", "email", "walk_in"]),
               "area": random.choice(areas), "organisation": "municipality", "nature": random.choice(natures), "minutes": 30}
        if random.random() < 0.9:
            row["closed_on"] = min(today, opened + datetime.timedelta(days=random.randrange(1, 120))).isoformat()
            row["outcome"] = random.choice(outcomes)
        f.write(json.dumps(row) + "\n")
PY
/usr/bin/time -f "import: %e s, max RSS %M kB" "$bin" case import --tenant maasdal "$dir/cases.jsonl" >/dev/null

start
echo "== case list over $(( 100000 )) + intakes cases"
wrk -t2 -c8 -d20s -s bench/list.lua "$url"
