#!/usr/bin/env python3
"""The language figure of the engine-core issue, from a spindle-test262 --json file:
test/language without the generator, async and module directories, every skip counted as
not passed except tests skipped for features that belong to later issues."""
import json
import re
import sys

EXCLUDED = re.compile(
    r"language/(module-code|import|export)/"
    r"|language/(expressions|statements)/(generators|async-[a-z-]+|await|yield|for-await-of|dynamic-import)/"
)

data = json.load(open(sys.argv[1]))
tests = data["tests"] if isinstance(data, dict) else data
selected = [t for t in tests if t["id"].startswith("language/") and not EXCLUDED.search(t["id"])]
passed = sum(t["status"] == "pass" for t in selected)
later = sum(t["status"] == "skip" and "unsupported" in (t.get("reason") or "") for t in selected)
denominator = len(selected) - later
print(f"test/language (no generator/async/module dirs): {passed} / {denominator} = {100 * passed / denominator:.2f}%")
