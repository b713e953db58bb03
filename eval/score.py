#!/usr/bin/env python3
"""Scores predicted spans against gold spans as shared/deid/INTERFACE.md measures: character
leak (non-whitespace gold PII characters no prediction covers), over-redaction (non-whitespace
non-PII characters masked), span leak, and overlap-untyped span precision/recall/F1, micro-averaged;
plus the leaked characters per gold label. Usage: score.py gold.jsonl pred.jsonl [name]"""
import json
import sys
from collections import Counter


def load(path):
    with open(path, encoding="utf-8") as f:
        return {d["id"]: d for d in (json.loads(l) for l in f if l.strip())}


def main():
    gold, pred = load(sys.argv[1]), load(sys.argv[2])
    name = sys.argv[3] if len(sys.argv) > 3 else sys.argv[2]
    pii = leak = other = over = 0
    spans = spans_leaked = 0
    tp_pred = n_pred = tp_gold = 0
    leaked_by = Counter()
    chars_by = Counter()
    for doc_id, g in gold.items():
        text = g["text"]
        masked = [False] * len(text)
        pspans = pred.get(doc_id, {}).get("spans", [])
        for s in pspans:
            for i in range(max(0, s["start"]), min(len(text), s["end"])):
                masked[i] = True
        gold_mask = [False] * len(text)
        for s in g["spans"]:
            spans += 1
            full = True
            for i in range(s["start"], s["end"]):
                gold_mask[i] = True
                if text[i].isspace():
                    continue
                chars_by[s["label"]] += 1
                if not masked[i]:
                    full = False
                    leaked_by[s["label"]] += 1
            if not full:
                spans_leaked += 1
            if any(masked[s["start"]:s["end"]]):
                tp_gold += 1
        for i, c in enumerate(text):
            if c.isspace():
                continue
            if gold_mask[i]:
                pii += 1
                leak += not masked[i]
            else:
                other += 1
                over += masked[i]
        for s in pspans:
            n_pred += 1
            if any(gold_mask[max(0, s["start"]):min(len(text), s["end"])]):
                tp_pred += 1
    p = tp_pred / n_pred if n_pred else 0
    r = tp_gold / spans if spans else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    print(f"{name}: char leak {100 * leak / pii:.1f} %, span leak {100 * spans_leaked / spans:.1f} %, "
          f"over-redaction {100 * over / other:.1f} %, overlap P/R/F1 {100 * p:.1f} / {100 * r:.1f} / {100 * f1:.1f}")
    worst = ", ".join(f"{k} {100 * v / chars_by[k]:.0f} %" for k, v in leaked_by.most_common(6))
    print(f"  leaked share per label: {worst or 'none'}")


if __name__ == "__main__":
    main()
