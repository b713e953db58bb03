#!/usr/bin/env python3
"""Splits a gold JSON Lines file (the independent set, eval/independent/write.py) into a dev half
and a test half, deterministically: a document whose id ends in an odd number goes to dev, an
even one to test (`indep-0001` dev, `indep-0002` test). The set is written in blocks by kind of
text, so alternating ids gives both halves the same mix. Tune on dev only; test is for measuring.

Usage: split.py gold.jsonl dev.jsonl test.jsonl"""
import json
import re
import sys


def half(doc_id):
    m = re.search(r"(\d+)$", str(doc_id))
    if not m:
        raise SystemExit(f"id without a number: {doc_id!r}")
    return "dev" if int(m.group(1)) % 2 == 1 else "test"


def main():
    src, dev_path, test_path = sys.argv[1:4]
    n = {"dev": 0, "test": 0}
    with open(src, encoding="utf-8") as f, open(dev_path, "w", encoding="utf-8") as dev, \
            open(test_path, "w", encoding="utf-8") as test:
        for line in f:
            if not line.strip():
                continue
            h = half(json.loads(line)["id"])
            (dev if h == "dev" else test).write(line if line.endswith("\n") else line + "\n")
            n[h] += 1
    print(f"split: {n['dev']} dev, {n['test']} test documents", file=sys.stderr)


if __name__ == "__main__":
    main()
