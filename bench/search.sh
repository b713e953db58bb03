#!/usr/bin/env bash
# The case search over N kwesties (default 100,000) with a citizen each (name, e-mail, phone,
# story), on SQLite (synchronous=FULL), against a release build, figures for the README:
#  1. loading the kwesties through the import (`naast case import`), timed;
#  2. the first search after start (fills the instance's in-memory search cache), timed;
#  3. searches as people type them (bench/search.lua), 1 and 8 connections, 20 s each,
#     p50/p95/p99;
#  4. the same after a change (an intake between searches: the cache is refreshed).
# Needs wrk (Debian: apt-get install wrk). Not part of CI. Usage: bench/search.sh [N]
# (NAAST_BENCH_BIN=path/to/naast bench/search.sh [N] measures that binary instead).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
# NAAST_BENCH_BIN: a binary already built (e.g. to compare two versions); else a release build.
bin="${NAAST_BENCH_BIN:-}"
if [ -z "$bin" ]; then
  cargo build --release -p naast -q
  bin="$CARGO_TARGET_DIR/release/naast"
fi
dir=$(mktemp -d)
[ -n "${NAAST_BENCH_KEEP:-}" ] && dir="$NAAST_BENCH_KEEP" && mkdir -p "$dir"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -n "${NAAST_BENCH_KEEP:-}" ] || rm -rf "$dir"' EXIT
export NAAST_DATA_DIR="$dir" NAAST_RATE_LIMITS=off NAAST_LOG=error
"$bin" tenant add --slug maasdal --name Maasdal >/dev/null 2>&1
"$bin" user add --email bench@naast.example --role confidant --tenant maasdal >/dev/null 2>&1
NAAST_BENCH_TOKEN=$("$bin" token create --user bench@naast.example 2>/dev/null)
export NAAST_BENCH_TOKEN

echo "== generating $n kwesties with a citizen each"
python3 - "$dir/cases.jsonl" "$n" <<'PY'
import json, random, sys, datetime
random.seed(11)
first = ["Henk", "Sanne", "Fatma", "Mohammed", "Anouk", "Jan", "Priya", "Kees", "Esra", "Bram",
         "Lotte", "Ahmed", "Noor", "Daan", "Iris", "Youssef", "Emma", "Stijn", "Zoë", "Rik"]
last = ["de Boer", "Jansen", "de Vries", "Bakker", "Çelik", "Visser", "Smit", "Meijer", "de Jong",
        "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Yılmaz", "Dekker", "Brouwer",
        "de Wit", "Müller", "Kaya", "van Leeuwen", "Willems", "Verhoeven", "Koster"]
topics = ["Bijstand teruggevorderd", "Parkeervergunning geweigerd", "Wmo-voorziening te laat",
          "Jeugdhulp stopt", "Schuldhulp wachtlijst", "Brief niet begrepen", "Afval niet opgehaald",
          "Toeslag stopgezet", "Huurachterstand", "Bezwaar tegen beslissing"]
today = datetime.date(2026, 11, 1)
with open(sys.argv[1], "w") as f:
    for i in range(int(sys.argv[2])):
        fn, ln = random.choice(first), random.choice(last)
        opened = today - datetime.timedelta(days=random.randrange(3 * 365))
        phone = "06" + "".join(random.choice("0123456789") for _ in range(8))
        row = {"reference": f"S-{i}", "opened_on": opened.isoformat(),
               "channel": random.choice(["phone", "email", "walk_in"]), "area": "wmo",
               "organisation": "municipality", "nature": "decision_process", "minutes": 30,
               "citizen": {"name": f"{fn} {ln}",
                           "email": f"{fn}.{ln.replace(' ', '')}{i}@voorbeeld.nl".lower(),
                           "phone": random.choice([phone, f"{phone[:2]}-{phone[2:4]} {phone[4:6]} {phone[6:8]} {phone[8:]}", "+31 " + phone[1:]])},
               "story": f"{random.choice(topics)}. De inwoner vertelt wat er gebeurde en wat hij wil."}
        if random.random() < 0.8:
            row["closed_on"] = min(today, opened + datetime.timedelta(days=random.randrange(1, 120))).isoformat()
            row["outcome"] = "resolved"
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
PY
echo "== loading them through the import"
/usr/bin/time -f "import of $n kwesties: %e s, max RSS %M kB" "$bin" case import --tenant maasdal "$dir/cases.jsonl" >/dev/null

"$bin" serve --addr 127.0.0.1:0 > "$dir/out" 2>/dev/null &
pid=$!
for _ in $(seq 1 100); do grep -q listening "$dir/out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^Naast listening on //p' "$dir/out" | head -n1)

echo "== the first search (fills this instance's search cache)"
curl -s -o /dev/null -w "first search: %{time_total} s\n" -H "Authorization: Bearer $NAAST_BENCH_TOKEN" "$url/api/v1/cases?q=de%20boer"
curl -s -o /dev/null -w "second search: %{time_total} s\n" -H "Authorization: Bearer $NAAST_BENCH_TOKEN" "$url/api/v1/cases?q=de%20boer"

echo "== searches over $n kwesties, 1 connection, 20 s"
wrk -t1 -c1 -d20s -s bench/search.lua "$url"
echo "== searches over $n kwesties, 8 connections, 20 s"
wrk -t2 -c8 -d20s -s bench/search.lua "$url"

echo "== a search right after a change (one intake: the cache refreshes the changed rows)"
for i in 1 2 3 4 5; do
  curl -s -o /dev/null -H "Authorization: Bearer $NAAST_BENCH_TOKEN" -H 'Content-Type: application/json' \
    -d '{"tenant":"maasdal","channel":"phone","story":"Nieuwe kwestie","name":"Nieuw Persoon","phone":"0612345678"}' "$url/api/v1/cases"
  curl -s -o /dev/null -w "search after a change: %{time_total} s\n" -H "Authorization: Bearer $NAAST_BENCH_TOKEN" "$url/api/v1/cases?q=nieuw%20persoon"
done
echo "server memory: $(ps -o rss= -p "$pid") kB"
