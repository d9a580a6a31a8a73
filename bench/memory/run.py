#!/usr/bin/env python3
"""Bytes per retained object and per pending promise, side by side with QuickJS and node.

    python3 bench/memory/run.py            # uses the binaries bench/run.py builds
    python3 bench/memory/run.py --n 500000

Each script in this folder keeps N values alive in one array; the engine's peak RSS (GNU
time's %M) with N and with N = 0 gives (RSS(N) - RSS(0)) / N bytes per value: what one more
such value costs the process, allocator overhead and the array slot included.
"""

import argparse
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import run as bench  # noqa: E402  (bench/run.py)

SCRIPTS = ["objects", "promises", "promise-reactions"]


def with_n(tmp, name, n):
    dst = os.path.join(tmp, f"{name}.{n}.js")
    with open(dst, "w", encoding="utf-8") as f:
        f.write(f"var MEMORY_N = {n};\n")
        f.write(open(os.path.join(HERE, name + ".js"), encoding="utf-8").read())
    return dst


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1_000_000)
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(HERE))
    engines = [
        ("spindle", [os.path.join(root, "target", "release", "spindle")]),
        ("quickjs", [os.path.join(root, "bench", "engines", "target", "release", "quickjs-runner")]),
        ("node --jitless", ["node", "--jitless"]),
    ]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in SCRIPTS:
            row = [name]
            for ename, argv in engines:
                rss = []
                for n in (0, args.n):
                    _, kb, code, out, err = bench.run_measured(argv, with_n(tmp, name, n), 300)
                    if code != 0 or kb is None:
                        rss = None
                        print(f"{name} on {ename}: failed {err.strip()[:200]}", file=sys.stderr)
                        break
                    rss.append(kb)
                row.append(None if rss is None else (rss[1] - rss[0]) * 1024 / args.n)
            rows.append(row)
    print(f"Bytes per retained value, (peak RSS(N) - peak RSS(0)) / N, N = {args.n:,}:\n")
    print("| script | " + " | ".join(e for e, _ in engines) + " | Spindle / QuickJS |")
    print("|" + "---|" * (len(engines) + 2))
    for r in rows:
        cells = ["-" if v is None else f"{v:.0f}" for v in r[1:]]
        ratio = "-" if None in (r[1], r[2]) else f"{r[1] / r[2]:.2f}"
        print(f"| {r[0]} | " + " | ".join(cells) + f" | {ratio} |")


if __name__ == "__main__":
    main()
