#!/usr/bin/env python3
"""Conformance figures from a spindle-test262 --json file. Every skip counts as not passed
except tests skipped for features that belong to later issues (unsupported-features.txt).

Prints test/language as a whole and without the async and module directories.
`--table` adds the per-directory table of test/language (README); `--builtins` the table of
the built-in directories issue 5 measures (README)."""
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
whole = [t for t in tests if t["id"].startswith("language/")]
whole_passed = sum(t["status"] == "pass" for t in whole)
whole_later = sum(t["status"] == "skip" and "unsupported" in (t.get("reason") or "") for t in whole)
whole_denominator = len(whole) - whole_later
if whole_denominator:
    print(f"test/language as a whole: {whole_passed} / {whole_denominator} = {100 * whole_passed / whole_denominator:.2f}%")

ISSUE5_BUILTINS = [
    "Object", "Function", "Array", "String", "Number", "Boolean", "Symbol", "Error", "NativeErrors",
    "AggregateError", "Math", "JSON", "Map", "Set", "WeakMap", "WeakSet", "WeakRef", "FinalizationRegistry",
    "Reflect", "Proxy", "RegExp", "Date", "global", "parseInt", "parseFloat", "isNaN", "isFinite",
    "decodeURI", "decodeURIComponent", "encodeURI", "encodeURIComponent",
]


def counts(rows, key, t):
    r = rows.setdefault(key, [0, 0, 0, 0, 0])
    r[4] += 1
    if t["status"] == "pass":
        r[0] += 1
    elif t["status"] == "fail":
        r[1] += 1
    elif "unsupported" in (t.get("reason") or ""):
        r[2] += 1
    else:
        r[3] += 1


def print_table(rows, order):
    print()
    print("| directory | passed | failed | skipped: later issues | skipped: other | total | pass % |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for d in order:
        if d not in rows:
            continue
        p, f, later, other, total = rows[d]
        denom = total - later
        pct = f"{100 * p / denom:.2f}%" if denom else "n/a"
        print(f"| {d} | {p} | {f} | {later} | {other} | {total} | {pct} |")


if "--builtins" in sys.argv:
    rows = {}
    for t in tests:
        parts = t["id"].split("/")
        if parts[0] == "built-ins" and len(parts) > 2 and parts[1] in ISSUE5_BUILTINS:
            counts(rows, "built-ins/" + parts[1], t)
    print_table(rows, ["built-ins/" + d for d in ISSUE5_BUILTINS])

if "--table" in sys.argv:
    rows = {}
    for t in tests:
        parts = t["id"].split("/")
        if parts[0] == "language" and len(parts) >= 3:
            counts(rows, "/".join(parts[:2]), t)
    print_table(rows, sorted(rows))
