#!/usr/bin/env bash
# The de-identifier side by side with deduce 3.0.6 on the independently written set
# (eval/independent: written by hand by someone who had not seen the rules or the team's set).
# Installs deduce into eval/.venv on first use. Not part of CI. Figures go into the README.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p eval/out
python3 eval/independent/write.py > eval/out/indep-gold.jsonl
cargo build --release -p naast -q
/usr/bin/time -f "naast deid: %e s wall, %M kB max RSS" target/release/naast deid --jsonl < eval/out/indep-gold.jsonl > eval/out/indep-naast.jsonl
if [ ! -x eval/.venv/bin/python ]; then
  python3 -m venv eval/.venv
  eval/.venv/bin/pip install -q deduce==3.0.6
fi
eval/.venv/bin/python eval/run_deduce.py < eval/out/indep-gold.jsonl > eval/out/indep-deduce.jsonl
python3 eval/score.py eval/out/indep-gold.jsonl eval/out/indep-naast.jsonl naast-deid
if [ -f naast-data/deid-lists.fst ]; then
  NAAST_DEID_LISTS=naast-data/deid-lists.fst target/release/naast deid --jsonl < eval/out/indep-gold.jsonl > eval/out/indep-naast-lists.jsonl
  python3 eval/score.py eval/out/indep-gold.jsonl eval/out/indep-naast-lists.jsonl "naast-deid + word lists"
fi
python3 eval/score.py eval/out/indep-gold.jsonl eval/out/indep-deduce.jsonl "deduce 3.0.6"
