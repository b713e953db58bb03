#!/usr/bin/env python3
"""Runs deduce (PyPI `deduce` 3.0.6, LGPL-3.0; installed by eval/run.sh into a virtualenv, never
copied here) over {"id", "text"} JSON Lines and writes {"id", "spans"} in code points."""
import json
import logging
import sys
import time

# deduce sets up logging on stdout at import time; claim the root logger for stderr first, so the
# first run's "please wait" message cannot end up among the JSON Lines.
logging.basicConfig(stream=sys.stderr, level=logging.WARNING)
from deduce import Deduce  # noqa: E402

TAGS = {"persoon": "PERSON", "patient": "PERSON", "locatie": "ADDRESS", "telefoonnummer": "PHONE",
        "emailadres": "EMAIL", "url": "URL", "bsn": "BSN", "datum": "DATE", "leeftijd": "AGE",
        "id": "CASE_NUMBER", "instelling": "ORG", "ziekenhuis": "ORG", "iban": "IBAN"}


def main():
    d = Deduce()
    docs = [json.loads(l) for l in sys.stdin if l.strip()]
    t = time.time()
    out = []
    for doc in docs:
        res = d.deidentify(doc["text"])
        out.append({"id": doc["id"], "spans": [
            {"start": int(a.start_char), "end": int(a.end_char), "label": TAGS.get(a.tag, a.tag.upper())}
            for a in res.annotations]})
    secs = time.time() - t
    for o in out:
        print(json.dumps(o, ensure_ascii=False))
    print(f"deduce: {len(docs)} documents in {secs:.2f} s = {len(docs) / secs:.0f} documents/s", file=sys.stderr)


if __name__ == "__main__":
    main()
