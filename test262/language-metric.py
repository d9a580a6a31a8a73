#!/usr/bin/env python3
"""Conformance figures from a spindle-test262 --json file. Every skip counts as not passed
except tests skipped for features that belong to later issues (unsupported-features.txt).

Prints test/language as a whole and without the async and module directories.
`--main` adds the main-suite figure issue 21 measures: test/language + test/built-ins with
every standard feature counted (a test skipped for one counts as not passed) and only the
proposals left out — the features of unsupported-features.txt's "proposals" section, read from
each skipped test's frontmatter in the suite (`--suite DIR`, default ../shared/test262).
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


def proposal_features():
    """The features unsupported-features.txt lists under its proposals heading."""
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    out, in_proposals, prev_blank = set(), False, True
    for line in open(os.path.join(here, "unsupported-features.txt")):
        # A heading is a `## ` line after a blank one (its continuation lines follow it).
        if line.startswith("## "):
            if prev_blank:
                in_proposals = "proposal" in line.lower()
            prev_blank = False
            continue
        prev_blank = not line.strip()
        name = line.split("#", 1)[0].strip()
        if name and in_proposals:
            out.add(name)
    return out


def test_features(suite, test_id):
    """The `features:` list of a test's frontmatter."""
    import os
    try:
        text = open(os.path.join(suite, "test", test_id), encoding="utf-8").read()
    except OSError:
        return []
    m = re.search(r"/\*---(.*?)---\*/", text, re.S)
    if not m:
        return []
    fm = m.group(1)
    inline = re.search(r"^features:\s*\[(.*?)\]", fm, re.M)
    if inline:
        return [f.strip() for f in inline.group(1).split(",") if f.strip()]
    block = re.search(r"^features:\s*\n((?:\s+-\s*.+\n?)+)", fm, re.M)
    if block:
        return [l.strip()[1:].strip() for l in block.group(1).splitlines() if l.strip().startswith("-")]
    return []


if "--main" in sys.argv:
    suite = "../shared/test262"
    if "--suite" in sys.argv:
        suite = sys.argv[sys.argv.index("--suite") + 1]
    proposals = proposal_features()
    main = [t for t in tests if t["id"].startswith(("language/", "built-ins/"))]
    left_out = 0
    for t in main:
        if t["status"] == "skip" and any(f in proposals for f in test_features(suite, t["id"])):
            left_out += 1
    main_passed = sum(t["status"] == "pass" for t in main)
    denominator = len(main) - left_out
    print(
        f"test262 main (language + built-ins, every standard feature counted, proposals left out): "
        f"{main_passed} / {denominator} = {100 * main_passed / denominator:.2f}%"
    )
