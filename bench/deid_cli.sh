#!/usr/bin/env bash
# The de-identifier's command line on realistic text, as issue 32 measures it: `naast deid --jsonl`
# over both halves of the third independent set (eval/independent3/write.py, 400 documents)
# repeated to 100,000 lines, on one core (`taskset -c 0`), with hyperfine, without and with the
# word lists (naast-data/deid-lists.fst, from scripts/deid-lists), and its start-up alone (empty
# input). Documents/s = 100,000 / mean seconds. Not part of CI; figures go into the README.
#
#   bench/deid_cli.sh               # builds `naast` (release) and times `naast deid --jsonl`
#   NAAST_BIN=path bench/deid_cli.sh   # an already built binary
#   bench/deid_cli.sh --example     # the `jsonl` example of naast-deid: the same code
#                                   # (naast_deid::jsonl), without building the whole binary
#   bench/deid_cli.sh --generated   # 100,000 generated texts (eval/generate.py) instead
#
# The machine is shared: the script prints the load average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
example=
generated=
for arg in "$@"; do
  case "$arg" in
    --example) example=1 ;;
    --generated) generated=1 ;;
    *) echo "unknown argument $arg" >&2; exit 2 ;;
  esac
done
out="${CARGO_TARGET_DIR:-target}/bench"
mkdir -p "$out"
n=100000
if [ -n "$generated" ]; then
  input="$out/deid-generated-$n.jsonl"
  [ -f "$input" ] || python3 eval/generate.py "$n" > "$input"
else
  input="$out/deid-indep3-$n.jsonl"
  # Only the id and the text, as `naast deid --jsonl` gets them (as eval/run_independent.sh
  # --speed writes them).
  python3 eval/independent3/write.py > "$out/indep3-gold.jsonl"
  python3 - "$out/indep3-gold.jsonl" "$input" "$n" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for i in range(int(sys.argv[3])):
        d = docs[i % len(docs)]
        f.write(json.dumps({"id": f"{d['id']}-{i}", "text": d["text"]}, ensure_ascii=False) + "\n")
PY
fi
echo "input: $n documents, $(wc -c < "$input") bytes ($input)" >&2
if [ -n "$example" ]; then
  cargo build --release -q -p naast-deid --example jsonl
  cmd="${CARGO_TARGET_DIR:-target}/release/examples/jsonl"
elif [ -n "${NAAST_BIN:-}" ]; then
  cmd="$NAAST_BIN deid --jsonl"
else
  cargo build --release -q -p naast
  cmd="${CARGO_TARGET_DIR:-target}/release/naast deid --jsonl"
fi
one="taskset -c 0"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
runs=(-n "without lists, $n documents" "$one $cmd < $input > /dev/null"
      -n "start-up (empty input)" "$one $cmd < /dev/null > /dev/null")
lists=naast-data/deid-lists.fst
if [ -f "$lists" ]; then
  runs+=(-n "with lists, $n documents" "NAAST_DEID_LISTS=$lists $one $cmd < $input > /dev/null"
         -n "with lists, start-up" "NAAST_DEID_LISTS=$lists $one $cmd < /dev/null > /dev/null")
else
  echo "no $lists (scripts/deid-lists builds it): without word lists only" >&2
fi
hyperfine --warmup 1 --runs 5 "${runs[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "documents/s = $n / mean seconds" >&2
