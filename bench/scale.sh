#!/usr/bin/env bash
# Staff pages at national scale (issue 26 point 2): 50 signed-in staff at once on a database
# filled by scripts/scale-data, each page kind measured on its own while all run together.
#
# Usage: DATABASE_URL=postgres://…/naast_scale NAAST_MASTER_KEY=… bench/scale.sh [SECONDS]
#        (or DATABASE_URL=sqlite:/path/naast.db with the data dir's master key)
#   NAAST_BENCH_BIN  the binary (default: $CARGO_TARGET_DIR/release/naast, built if missing)
#   NAAST_THINK_MS   mean think time between two pages of one person (default 2000)
#
# The mix (connections = people, each waiting 0.5–1.5 × the think time between pages):
#   10 confidants on Mijn werk, 10 on the case list with filters, 12 on case pages (their own
#   municipalities' kwesties with personal data), 5 searching, and coordinators: 5 on their
#   start page, 4 on the audit log, 4 on the report list = 50. Sign-in is left out (Argon2 by
#   design): the sessions are made beforehand, straight in the sessions table, as a sign-in
#   leaves them. Then: intakes through the API, the organisation's overview of a year across
#   every municipality and one municipality's annual report (with the gate) as PDF, timed.
# Needs wrk, psql (PostgreSQL) or sqlite3 (SQLite). Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"
think="${NAAST_THINK_MS:-2000}"
url="${DATABASE_URL:?set DATABASE_URL to the scale database}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
bin="${NAAST_BENCH_BIN:-$CARGO_TARGET_DIR/release/naast}"
[ -x "$bin" ] || cargo build --release -p naast -q
dir=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
trap 'exit 1' INT TERM
export NAAST_RATE_LIMITS=off NAAST_LOG=error

sql() {
  case "$url" in
    postgres*) psql -X -q -At -v ON_ERROR_STOP=1 "$url" ;;
    sqlite:*) sqlite3 -batch "${url#sqlite:}" ;;
  esac
}

echo "== $(date -u +%FT%TZ), $(nproc) cores, load: $(uptime | sed 's/.*load average: //')"
echo "== data: $(echo "SELECT (SELECT count(*) FROM tenants) || ' municipalities, ' || (SELECT count(*) FROM cases) || ' kwesties (' || (SELECT count(*) FROM cases WHERE sealed IS NOT NULL) || ' with personal data, ' || (SELECT count(*) FROM cases WHERE status <> 'closed') || ' open), ' || (SELECT count(*) FROM audit_log) || ' audit entries';" | sql)"

# Sessions as a sign-in leaves them: the token's SHA-256 in `sessions`, stage full.
now=$(date +%s)
make_sessions() { # role count file [refs]
  local role=$1 count=$2 file=$3 refs=${4:-0}
  : > "$file"
  for id in $(echo "SELECT id FROM users WHERE role = '$role' ORDER BY id LIMIT $count;" | sql); do
    tok=$(head -c32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
    hash=$(printf %s "$tok" | sha256sum | cut -d' ' -f1)
    echo "INSERT INTO sessions (id_hash, user_id, stage, created_at, last_seen_at) VALUES ('$hash', $id, 'full', $now, $now);" | sql
    line="$tok"
    if [ "$refs" -gt 0 ]; then
      line="$line $(echo "SELECT c.reference FROM cases c JOIN user_tenants ut ON ut.tenant_id = c.tenant_id WHERE ut.user_id = $id AND c.sealed IS NOT NULL ORDER BY c.id DESC LIMIT $refs;" | sql | tr '\n' ' ')"
    fi
    echo "$line" >> "$file"
  done
}
make_sessions confidant 40 "$dir/confidants" 40
make_sessions coordinator 10 "$dir/coordinators"
echo "== sessions: $(wc -l < "$dir/confidants") confidants, $(wc -l < "$dir/coordinators") coordinators"

"$bin" serve --addr 127.0.0.1:0 > "$dir/out" 2>"$dir/err" &
pid=$!
for _ in $(seq 1 300); do grep -q listening "$dir/out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's/^Naast listening on //p' "$dir/out" | head -n1)
[ -n "$base" ] || { cat "$dir/err" >&2; exit 1; }

# Warm-up: every page once per person (fills the search caches of their municipalities).
for f in "$dir/confidants" "$dir/coordinators"; do
  while read -r tok _; do
    for p in /admin/work /admin/cases '/admin/cases?q=jansen' /admin /admin/audit /admin/reports; do
      curl -s -o /dev/null -H "Cookie: naast_session=$tok" "$base$p"
    done
  done < "$f"
done
first=$(head -n1 "$dir/confidants" | cut -d' ' -f1)
ref=$(head -n1 "$dir/confidants" | cut -d' ' -f2)
curl -s -o /dev/null -w "== check: a case page answers %{http_code}\n" -H "Cookie: naast_session=$first" "$base/admin/cases/$ref"

echo "== 50 staff at once, think time ${think} ms (0.5–1.5 ×), ${secs} s; load before: $(uptime | sed 's/.*load average: //')"
run() { # page connections sessions-file
  NAAST_PAGE=$1 NAAST_SESSIONS=$3 NAAST_THINK_MS=$think \
    wrk -t1 -c"$2" -d"${secs}s" --timeout 10s -s bench/staff.lua "$base" > "$dir/wrk-$1" 2>&1 &
}
run work 10 "$dir/confidants"
run list 10 "$dir/confidants"
run case 12 "$dir/confidants"
run search 5 "$dir/confidants"
run dashboard 5 "$dir/coordinators"
run audit 4 "$dir/coordinators"
run reports 4 "$dir/coordinators"
wait $(jobs -p | grep -v "^$pid$") 2>/dev/null || true
for k in work list case search dashboard audit reports; do grep -E "^$k " "$dir/wrk-$k" || cat "$dir/wrk-$k"; done
echo "== load after: $(uptime | sed 's/.*load average: //')"

# Sign-in: ten confidants get the demo's password (its Argon2 hash, from a demo database made
# for this), then 4 connections sign in for 15 s with one CSRF token and its cookie.
env -u DATABASE_URL -u NAAST_MASTER_KEY NAAST_DATA_DIR="$dir/demo" "$bin" demo --seed 1 --cases 10 >/dev/null 2>&1 || true
hash=$(sqlite3 "$dir/demo/naast.db" "SELECT password_hash FROM users WHERE password_hash IS NOT NULL LIMIT 1;")
if [ -n "$hash" ]; then
  emails=$(echo "SELECT email FROM users WHERE role = 'confidant' ORDER BY id LIMIT 10;" | sql | tr '\n' ' ')
  echo "UPDATE users SET password_hash = '$hash' WHERE role = 'confidant' AND id IN (SELECT id FROM users WHERE role = 'confidant' ORDER BY id LIMIT 10);" | sql
  page=$(curl -s -c "$dir/jar" "$base/login")
  csrf=$(printf %s "$page" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n1)
  cookie=$(awk 'NF >= 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) {printf "%s=%s; ", $6, $7}' "$dir/jar")
  echo "== sign-in: POST /login with the right password, 4 connections, 15 s (Argon2 by design)"
  NAAST_CSRF="$csrf" NAAST_CSRF_COOKIE="$cookie" NAAST_SIGNIN_EMAILS="$emails" NAAST_SIGNIN_PASSWORD="naast-demo-1" \
    wrk -t1 -c4 -d15s --timeout 10s -s bench/signin.lua "$base" | grep sign-in
fi

if [ -z "${NAAST_SCALE_SKIP_INTAKE:-}" ]; then
  coord=$(echo "SELECT email FROM users WHERE role = 'coordinator' ORDER BY id LIMIT 1;" | sql)
  NAAST_BENCH_TOKEN=$("$bin" token create --user "$coord" 2>/dev/null)
  export NAAST_BENCH_TOKEN
  tenant=$(echo "SELECT slug FROM tenants ORDER BY id LIMIT 1;" | sql)
  sed "s/\"tenant\":\"maasdal\"/\"tenant\":\"$tenant\"/" bench/intake.lua > "$dir/intake.lua"
  echo "== intakes through POST /api/v1/cases into $tenant, 64 connections, 20 s"
  wrk -t2 -c64 -d20s -s "$dir/intake.lua" "$base/api/v1/cases" | grep intakes
fi
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""

[ -n "${NAAST_SCALE_SKIP_REPORTS:-}" ] && exit 0
year=$(( $(date +%Y) - 1 ))
big=$(echo "SELECT t.slug FROM tenants t JOIN stat_records s ON s.tenant_id = t.id WHERE s.opened_on LIKE '$year-%' GROUP BY t.slug ORDER BY count(*) DESC LIMIT 1;" | sql)
n=$(echo "SELECT count(*) FROM stat_records s JOIN tenants t ON t.id = s.tenant_id WHERE t.slug = '$big' AND s.opened_on LIKE '$year-%';" | sql)
for i in 1 2 3; do
  /usr/bin/time -f "overview of $year across every municipality (PDF, with the command's start): %e s, max RSS %M kB" \
    "$bin" report build --all-tenants --period "$year" --format pdf --out "$dir/overview.pdf" 2>&1 | grep -v "written to"
done
for i in 1 2 3; do
  /usr/bin/time -f "annual report $year of $big ($n kwesties), with the gate, PDF (with the command's start): %e s, max RSS %M kB" \
    "$bin" report build --tenant "$big" --period "$year" --format pdf --out "$dir/annual.pdf" 2>&1 | grep -v "written to"
done
/usr/bin/time -f "the command's start alone (naast tenant list): %e s" "$bin" tenant list > /dev/null
echo "== done $(date -u +%FT%TZ), load: $(uptime | sed 's/.*load average: //')"
