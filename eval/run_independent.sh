#!/usr/bin/env bash
# The de-identifier side by side with deduce 3.0.6 on the independently written set
# (eval/independent: written by hand by someone who had not seen the rules or the team's set),
# split into a dev half (odd ids: look at its misses while writing rules) and a test half (even
# ids: only measure it). See eval/split.py and eval/independent/README.md.
# Builds only the `jsonl` example of naast-deid (what `naast deid --jsonl` does), not the whole
# binary. Installs deduce into eval/.venv on first use. Not part of CI. Figures go into the README.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p eval/out
python3 eval/independent/write.py > eval/out/indep-gold.jsonl
python3 eval/split.py eval/out/indep-gold.jsonl eval/out/indep-dev.jsonl eval/out/indep-test.jsonl
cargo build --release -q -p naast-deid --example jsonl
bin="${CARGO_TARGET_DIR:-target}/release/examples/jsonl"
lists=naast-data/deid-lists.fst
if [ ! -f "$lists" ]; then
  echo "no $lists (scripts/deid-lists builds it): figures without word lists only" >&2
fi
if [ ! -x eval/.venv/bin/python ]; then
  python3 -m venv eval/.venv
  eval/.venv/bin/pip install -q deduce==3.0.6
fi
for half in dev test; do
  gold=eval/out/indep-$half.jsonl
  echo "== $half half ($(wc -l < "$gold") documents)"
  "$bin" < "$gold" > "eval/out/indep-$half-naast.jsonl"
  python3 eval/score.py "$gold" "eval/out/indep-$half-naast.jsonl" "naast-deid ($half)"
  if [ -f "$lists" ]; then
    NAAST_DEID_LISTS="$lists" "$bin" < "$gold" > "eval/out/indep-$half-naast-lists.jsonl"
    python3 eval/score.py "$gold" "eval/out/indep-$half-naast-lists.jsonl" "naast-deid + word lists ($half)"
  fi
  eval/.venv/bin/python eval/run_deduce.py < "$gold" > "eval/out/indep-$half-deduce.jsonl"
  python3 eval/score.py "$gold" "eval/out/indep-$half-deduce.jsonl" "deduce 3.0.6 ($half)"
done
