#!/usr/bin/env bash
# The de-identifier's command line over a large file, on one core: `naast deid --jsonl` over
# 100,000 generated Dutch case texts (eval/generate.py), and its start-up alone (empty input),
# with hyperfine (1.15: through the shell, whose start hyperfine subtracts). With naast-data/deid-lists.fst present, the same with the word lists.
# Not part of CI; figures go into the README.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
out="${CARGO_TARGET_DIR:-target}/bench"
mkdir -p "$out"
n="${1:-100000}"
[ -f "$out/deid-$n.jsonl" ] || python3 eval/generate.py "$n" > "$out/deid-$n.jsonl"
echo "input: $n documents, $(wc -c < "$out/deid-$n.jsonl") bytes" >&2
cargo build --release -q -p naast
bin="${CARGO_TARGET_DIR:-target}/release/naast"
one="taskset -c 0"
hyperfine --warmup 1 --runs 5 \
  -n "naast deid --jsonl, $n documents" "$one $bin deid --jsonl < $out/deid-$n.jsonl > /dev/null" \
  -n "start-up (empty input)" "$one $bin deid --jsonl < /dev/null > /dev/null"
if [ -f naast-data/deid-lists.fst ]; then
  NAAST_DEID_LISTS=naast-data/deid-lists.fst hyperfine --warmup 1 --runs 5 \
    -n "with word lists, $n documents" "$one $bin deid --jsonl < $out/deid-$n.jsonl > /dev/null" \
    -n "with word lists, start-up" "$one $bin deid --jsonl < /dev/null > /dev/null"
fi
