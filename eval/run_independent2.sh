#!/usr/bin/env bash
# The de-identifier on the second independent evaluation set (eval/independent2: written by
# someone who had seen only shared/deid/INTERFACE.md and the label definitions, never the rules),
# split into a dev half (odd ids: rules were written against its misses) and a test half (even
# ids: only measured, never read). See eval/split.py and eval/independent2/README.md.
# Builds only the `jsonl` example of naast-deid (the same code as `naast deid --jsonl`), not the
# whole binary. With `--speed` it also times the example with hyperfine on one core
# (`taskset -c 0`) over both halves repeated to 100,000 lines, with and without word lists.
# Not part of CI. Figures go into the README.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p eval/out
python3 eval/independent2/write.py > eval/out/indep2-gold.jsonl
python3 eval/split.py eval/out/indep2-gold.jsonl eval/out/indep2-dev.jsonl eval/out/indep2-test.jsonl
cargo build --release -q -p naast-deid --example jsonl
bin="${CARGO_TARGET_DIR:-target}/release/examples/jsonl"
lists=naast-data/deid-lists.fst
if [ ! -f "$lists" ]; then
  echo "no $lists (scripts/deid-lists builds it): figures without word lists only" >&2
fi
for half in dev test; do
  gold=eval/out/indep2-$half.jsonl
  echo "== $half half ($(wc -l < "$gold") documents)"
  "$bin" < "$gold" > "eval/out/indep2-$half-naast.jsonl"
  python3 eval/score.py "$gold" "eval/out/indep2-$half-naast.jsonl" "naast-deid ($half)"
  if [ -f "$lists" ]; then
    NAAST_DEID_LISTS="$lists" "$bin" < "$gold" > "eval/out/indep2-$half-naast-lists.jsonl"
    python3 eval/score.py "$gold" "eval/out/indep2-$half-naast-lists.jsonl" "naast-deid + word lists ($half)"
  fi
done
if [ "${1:-}" = "--speed" ]; then
  # Only the id and the text, as `naast deid --jsonl` gets them.
  python3 - eval/out/indep2-gold.jsonl eval/out/indep2-speed.jsonl <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for i in range(100_000):
        d = docs[i % len(docs)]
        f.write(json.dumps({"id": f"{d['id']}-{i}", "text": d["text"]}, ensure_ascii=False) + "\n")
PY
  runs=(-n "without lists" "taskset -c 0 $bin < eval/out/indep2-speed.jsonl > /dev/null")
  if [ -f "$lists" ]; then
    runs+=(-n "with lists" "NAAST_DEID_LISTS=$lists taskset -c 0 $bin < eval/out/indep2-speed.jsonl > /dev/null")
  fi
  hyperfine --warmup 1 --runs 5 "${runs[@]}"
  echo "documents/s = 100000 / mean seconds"
fi
