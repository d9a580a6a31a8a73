#!/usr/bin/env python3
"""The language figure from a spindle-test262 --json file: test/language without the async
and module directories (generators are in since issue 4), every skip counted as not passed
except tests skipped for features that belong to later issues. `--table` adds the
per-directory table of the README."""
import json
import re
import sys

EXCLUDED = re.compile(
    r"language/(module-code|import|export)/"
    r"|language/(expressions|statements)/(async-[a-z-]+|await|for-await-of|dynamic-import)/"
)

data = json.load(open(sys.argv[1]))
tests = data["tests"] if isinstance(data, dict) else data
selected = [t for t in tests if t["id"].startswith("language/") and not EXCLUDED.search(t["id"])]
passed = sum(t["status"] == "pass" for t in selected)
later = sum(t["status"] == "skip" and "unsupported" in (t.get("reason") or "") for t in selected)
denominator = len(selected) - later
print(f"test/language (no async/module dirs): {passed} / {denominator} = {100 * passed / denominator:.2f}%")

if "--table" in sys.argv:
    # Per-directory table of test/language (as in the README).
    rows = {}
    for t in tests:
        parts = t["id"].split("/")
        if parts[0] != "language" or len(parts) < 3:
            continue
        d = "/".join(parts[:2])
        r = rows.setdefault(d, [0, 0, 0, 0, 0])
        r[4] += 1
        if t["status"] == "pass":
            r[0] += 1
        elif t["status"] == "fail":
            r[1] += 1
        elif "unsupported" in (t.get("reason") or ""):
            r[2] += 1
        else:
            r[3] += 1
    print()
    print("| directory | passed | failed | skipped: later issues | skipped: other | total | pass % |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for d in sorted(rows):
        p, f, later, other, total = rows[d]
        denom = total - later
        pct = f"{100 * p / denom:.2f}%" if denom else "n/a"
        print(f"| {d} | {p} | {f} | {later} | {other} | {total} | {pct} |")
