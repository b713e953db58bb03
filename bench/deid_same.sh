#!/usr/bin/env bash
# Does a change to the de-identifier leave its output the same? Runs two builds of the `jsonl`
# example (or of `naast deid --jsonl`) over every evaluation set — eval/independent,
# independent2 and independent3 (`write.py`) and 5,000 documents of eval/generate.py — in both
# modes (spans and `--redact`), with and without the word lists (naast-data/deid-lists.fst, if
# present), and compares the outputs byte for byte. Exit status 1 when any differ.
#
#   bench/deid_same.sh OLD_BIN NEW_BIN     # e.g. a copy of the example before the change
#
# For `naast` itself pass "naast deid --jsonl" style commands: the words after the path are kept.
# Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: $0 OLD_BIN NEW_BIN" >&2; exit 2; }
old="$1"
new="$2"
work="${CARGO_TARGET_DIR:-target}/deid-same"
mkdir -p "$work"
for set in independent independent2 independent3; do
  python3 "eval/$set/write.py" > "$work/$set.jsonl"
done
python3 eval/generate.py 5000 > "$work/generated.jsonl"
lists=naast-data/deid-lists.fst
envs=("")
if [ -f "$lists" ]; then
  envs+=("NAAST_DEID_LISTS=$lists")
else
  echo "no $lists: without word lists only" >&2
fi
status=0
for input in "$work"/independent.jsonl "$work"/independent2.jsonl "$work"/independent3.jsonl "$work"/generated.jsonl; do
  for mode in "" --redact; do
    for e in "${envs[@]}"; do
      # shellcheck disable=SC2086
      a=$(env $e $old $mode < "$input" | sha256sum)
      # shellcheck disable=SC2086
      b=$(env $e $new $mode < "$input" | sha256sum)
      what="$(basename "$input" .jsonl) ${mode:-spans} ${e:+with lists}"
      if [ "$a" = "$b" ]; then
        echo "same:    $what"
      else
        echo "DIFFERS: $what"
        status=1
      fi
    done
  done
done
exit $status
