#!/usr/bin/env bash
# The de-identifier on an independently written evaluation set: `eval/<set-dir>/write.py` prints
# the gold documents (written by someone who had not seen the rules; see the set's README),
# split by eval/split.py into a dev half (odd ids: rules are written against its misses) and a
# test half (even ids: only measured, never read).
#
#   eval/run_independent.sh                          # eval/independent, with deduce 3.0.6 (as before)
#   eval/run_independent.sh independent2             # another set: both halves, with and without lists
#   eval/run_independent.sh independent3 --speed     # also the speed benchmark (hyperfine)
#   eval/run_independent.sh independent2 --deduce    # also deduce 3.0.6 on each half
#
# Builds only the `jsonl` example of naast-deid (the same code as `naast deid --jsonl`), not the
# whole binary. With `--speed` it also times the example with hyperfine on one core
# (`taskset -c 0`) over both halves repeated to 100,000 lines, with and without word lists.
# deduce is installed into eval/.venv on first use. Not part of CI. Figures go into the README.
# Output files: eval/out/<tag>-{gold,dev,test}.jsonl and the predictions beside them, where the
# tag is `indep` for the first set and `indep2`, `indep3`, … for `independent2`, `independent3`.
set -euo pipefail
cd "$(dirname "$0")/.."
set_dir=independent
speed=
deduce=
for arg in "$@"; do
  case "$arg" in
    --speed) speed=1 ;;
    --deduce) deduce=1 ;;
    -*) echo "unknown option $arg" >&2; exit 2 ;;
    *) set_dir="${arg%/}"; set_dir="${set_dir#eval/}" ;;
  esac
done
if [ $# -eq 0 ]; then
  deduce=1
fi
if [ ! -f "eval/$set_dir/write.py" ]; then
  echo "no eval/$set_dir/write.py" >&2
  exit 2
fi
tag="indep${set_dir#independent}"
mkdir -p eval/out
python3 "eval/$set_dir/write.py" > "eval/out/$tag-gold.jsonl"
python3 eval/split.py "eval/out/$tag-gold.jsonl" "eval/out/$tag-dev.jsonl" "eval/out/$tag-test.jsonl"
cargo build --release -q -p naast-deid --example jsonl
bin="${CARGO_TARGET_DIR:-target}/release/examples/jsonl"
lists=naast-data/deid-lists.fst
if [ ! -f "$lists" ]; then
  echo "no $lists (scripts/deid-lists builds it): figures without word lists only" >&2
fi
if [ -n "$deduce" ] && [ ! -x eval/.venv/bin/python ]; then
  python3 -m venv eval/.venv
  eval/.venv/bin/pip install -q deduce==3.0.6
fi
for half in dev test; do
  gold="eval/out/$tag-$half.jsonl"
  echo "== $set_dir, $half half ($(wc -l < "$gold") documents)"
  "$bin" < "$gold" > "eval/out/$tag-$half-naast.jsonl"
  python3 eval/score.py "$gold" "eval/out/$tag-$half-naast.jsonl" "naast-deid ($half)"
  if [ -f "$lists" ]; then
    NAAST_DEID_LISTS="$lists" "$bin" < "$gold" > "eval/out/$tag-$half-naast-lists.jsonl"
    python3 eval/score.py "$gold" "eval/out/$tag-$half-naast-lists.jsonl" "naast-deid + word lists ($half)"
  fi
  if [ -n "$deduce" ]; then
    eval/.venv/bin/python eval/run_deduce.py < "$gold" > "eval/out/$tag-$half-deduce.jsonl"
    python3 eval/score.py "$gold" "eval/out/$tag-$half-deduce.jsonl" "deduce 3.0.6 ($half)"
  fi
done
if [ -n "$speed" ]; then
  # Only the id and the text, as `naast deid --jsonl` gets them.
  python3 - "eval/out/$tag-gold.jsonl" "eval/out/$tag-speed.jsonl" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for i in range(100_000):
        d = docs[i % len(docs)]
        f.write(json.dumps({"id": f"{d['id']}-{i}", "text": d["text"]}, ensure_ascii=False) + "\n")
PY
  runs=(-n "without lists" "taskset -c 0 $bin < eval/out/$tag-speed.jsonl > /dev/null")
  if [ -f "$lists" ]; then
    runs+=(-n "with lists" "NAAST_DEID_LISTS=$lists taskset -c 0 $bin < eval/out/$tag-speed.jsonl > /dev/null")
  fi
  hyperfine --warmup 1 --runs 5 "${runs[@]}"
  echo "documents/s = 100000 / mean seconds"
fi
