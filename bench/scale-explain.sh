#!/usr/bin/env bash
# The database side of the staff pages on a data set of scripts/scale-data (PostgreSQL):
# EXPLAIN ANALYZE of the queries the case list, Mijn werk's count, the coordinator's start page,
# the audit log and the overview send, for the region with the most kwesties and the one with
# the fewest. Prints one execution time per query, in the order of docs/SCALE.md.
# Usage: DATABASE_URL=postgres://…/naast_scale bench/scale-explain.sh
set -euo pipefail
url="${DATABASE_URL:?set DATABASE_URL to the scale database}"
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$url" -c "$1"; }
region() { # asc|desc: the tenants of the confidant with the fewest|most kwesties
  q "SELECT string_agg(tenant_id::text, ',') FROM user_tenants WHERE user_id = (SELECT ut.user_id
     FROM user_tenants ut JOIN cases c ON c.tenant_id = ut.tenant_id GROUP BY ut.user_id
     ORDER BY count(*) $1 LIMIT 1)"
}
explain() { q "EXPLAIN (ANALYZE, COSTS OFF) $2" | sed -n 's/^Execution Time: /'"$1"': /p'; }
year=$(( $(date +%Y) - 1 ))
echo "== $(date -u +%FT%TZ), load: $(uptime | sed 's/.*load average: //')"
for side in desc asc; do
  r=$(region $side)
  echo "== region ($side): $(q "SELECT count(*) FROM cases WHERE tenant_id IN ($r)") kwesties"
  explain "count above the list" "SELECT COUNT(*) FROM (SELECT 1 FROM cases WHERE tenant_id IN ($r) LIMIT 1001) m"
  explain "list, newest first" "SELECT id FROM cases WHERE tenant_id IN ($r) ORDER BY opened_on DESC, id DESC LIMIT 25"
  explain "list, closed wmo" "SELECT id FROM cases WHERE tenant_id IN ($r) AND status = 'closed' AND area = 'wmo' ORDER BY opened_on DESC, id DESC LIMIT 25"
  explain "list, jeugd, six months" "SELECT id FROM cases WHERE tenant_id IN ($r) AND area = 'jeugd' AND opened_on >= '$year-01-01' AND opened_on <= '$year-06-30' ORDER BY opened_on DESC, id DESC LIMIT 25"
  explain "list, municipality, oldest first, page 3" "SELECT id FROM cases WHERE tenant_id IN ($r) AND organisation = 'municipality' ORDER BY opened_on ASC, id ASC LIMIT 25 OFFSET 50"
  explain "list, open" "SELECT id FROM cases WHERE tenant_id IN ($r) AND status <> 'closed' ORDER BY opened_on DESC LIMIT 25"
done
explain "Mijn werk count, coordinator" "SELECT COUNT(*) FROM cases WHERE 1 = 1 AND status <> 'closed' AND (citizen_news_at IS NOT NULL OR (channel = 'web_form' AND first_opened_at IS NULL)) AND (owner_user_id IS NULL OR owner_user_id = 1)"
explain "open per person, every tenant" "SELECT owner_user_id, COUNT(*) FROM cases WHERE tenant_id IN (SELECT id FROM tenants) AND status <> 'closed' GROUP BY owner_user_id"
explain "audit log, newest 50" "SELECT * FROM audit_log ORDER BY seq DESC LIMIT 50"
explain "audit log, count" "SELECT COUNT(*) FROM audit_log"
explain "statistical records of $year, every tenant" "SELECT * FROM stat_records WHERE opened_on >= '$year-01-01' AND opened_on <= '$year-12-31'"
