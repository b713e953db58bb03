#!/usr/bin/env bash
# The de-identifier side by side with deduce 3.0.6 on Naast's own evaluation set (eval/generate.py).
# Installs deduce into eval/.venv on first use (its lookup lists build once, 1–2 minutes).
# Not part of CI. Figures go into the README.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p eval/out
python3 eval/generate.py "${1:-500}" > eval/out/gold.jsonl
# The `jsonl` example of naast-deid does what `naast deid --jsonl` does, without building the
# whole binary.
cargo build --release -q -p naast-deid --example jsonl
bin="${CARGO_TARGET_DIR:-target}/release/examples/jsonl"
/usr/bin/time -f "naast deid: %e s wall, %M kB max RSS" "$bin" < eval/out/gold.jsonl > eval/out/naast.jsonl
if [ ! -x eval/.venv/bin/python ]; then
  python3 -m venv eval/.venv
  eval/.venv/bin/pip install -q deduce==3.0.6
fi
eval/.venv/bin/python eval/run_deduce.py < eval/out/gold.jsonl > eval/out/deduce.jsonl
python3 eval/score.py eval/out/gold.jsonl eval/out/naast.jsonl naast-deid
if [ -f naast-data/deid-lists.fst ]; then
  NAAST_DEID_LISTS=naast-data/deid-lists.fst "$bin" < eval/out/gold.jsonl > eval/out/naast-lists.jsonl
  python3 eval/score.py eval/out/gold.jsonl eval/out/naast-lists.jsonl "naast-deid + word lists"
fi
python3 eval/score.py eval/out/gold.jsonl eval/out/deduce.jsonl "deduce 3.0.6"
