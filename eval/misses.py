#!/usr/bin/env python3
"""Lists what a prediction missed and what it masked needlessly, with some context, for reading
while writing rules. Use it on the dev half only (eval/split.py): reading the test half's misses
would make its figures no longer those of unseen text.

Usage: misses.py gold.jsonl pred.jsonl [--fp] [--label LABEL] [--context N]"""
import argparse
import json


def load(path):
    with open(path, encoding="utf-8") as f:
        return {d["id"]: d for d in (json.loads(l) for l in f if l.strip())}


def show(text, start, end, n):
    left = text[max(0, start - n):start].replace("\n", "⏎")
    right = text[end:end + n].replace("\n", "⏎")
    return f"{left}[{text[start:end]}]{right}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--fp", action="store_true", help="false positives instead of misses")
    ap.add_argument("--label")
    ap.add_argument("--context", type=int, default=40)
    a = ap.parse_args()
    gold, pred = load(a.gold), load(a.pred)
    for doc_id, g in gold.items():
        text = g["text"]
        pspans = pred.get(doc_id, {}).get("spans", [])
        masked = [False] * len(text)
        for s in pspans:
            for i in range(max(0, s["start"]), min(len(text), s["end"])):
                masked[i] = True
        gold_mask = [False] * len(text)
        for s in g["spans"]:
            for i in range(s["start"], s["end"]):
                gold_mask[i] = True
        if a.fp:
            for s in pspans:
                extra = [i for i in range(s["start"], s["end"]) if not gold_mask[i] and not text[i].isspace()]
                if extra and (not a.label or s["label"] == a.label):
                    print(f"{doc_id} FP {s['label']:<13} {show(text, s['start'], s['end'], a.context)}")
        else:
            for s in g["spans"]:
                if a.label and s["label"] != a.label:
                    continue
                leaked = [i for i in range(s["start"], s["end"]) if not masked[i] and not text[i].isspace()]
                if leaked:
                    part = "all" if len(leaked) == len(text[s["start"]:s["end"]].replace(" ", "")) else "part"
                    print(f"{doc_id} {part:<4} {s['label']:<13} {show(text, s['start'], s['end'], a.context)}")


if __name__ == "__main__":
    main()
