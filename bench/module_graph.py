#!/usr/bin/env python3
"""Start-up of an ES module graph: Spindle against node, node --jitless and QuickJS.

    python3 bench/module_graph.py                  # 200 modules, 7 runs each
    python3 bench/module_graph.py --modules 1000 --runs 5 --out /tmp/graph.md

Generates a graph of N modules in a fresh temporary directory (module i imports module i-1
and two earlier ones chosen by a fixed pseudo-random sequence, exports a constant, a
function and a class, and runs a little top-level code), plus `main.mjs` importing the last
one and printing a checksum. Every engine must print the same checksum. Reported per engine:
the median wall time of --runs runs of the graph, of a one-module program (the engine's own
start-up), their difference (the cost of loading, linking and evaluating the graph), and
peak RSS (the largest of the runs, from wait4). QuickJS runs through
bench/engines/quickjs-runner --module (QuickJS's own module loader). Only the standard
library is used.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def generate(dir_, n):
    rng = random.Random(n)
    for i in range(n):
        deps = sorted({i - 1, rng.randrange(i), rng.randrange(i)}) if i > 0 else []
        lines = [f"import {{ v{d}, f{d} }} from './m{d}.mjs';" for d in deps]
        dep_sum = " + ".join(f"f{d}(v{d})" for d in deps) or "0"
        lines += [
            f"export const v{i} = ({dep_sum}) % 1000003;",
            f"export function f{i}(x) {{",
            f"  let s = x;",
            f"  for (let k = 0; k < 8; k++) s = (s * 31 + k + {i}) % 1000003;",
            f"  return s;",
            f"}}",
            f"export class C{i} {{",
            f"  constructor(a) {{ this.a = a; }}",
            f"  get twice() {{ return this.a * 2; }}",
            f"  static of(a) {{ return new C{i}(a); }}",
            f"}}",
            f"const table{i} = [];",
            f"for (let k = 0; k < 4; k++) table{i}.push(C{i}.of(k).twice);",
            f"export const t{i} = table{i}.reduce((a, b) => a + b, 0);",
        ]
        with open(os.path.join(dir_, f"m{i}.mjs"), "w") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(dir_, "main.mjs"), "w") as f:
        f.write(f"import {{ v{n - 1}, t{n - 1} }} from './m{n - 1}.mjs';\nconsole.log('checksum: ' + (v{n - 1} + t{n - 1}));\n")
    with open(os.path.join(dir_, "empty.mjs"), "w") as f:
        f.write("console.log('checksum: 0');\n")


def run(argv, cwd):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{' '.join(argv)} failed: {err.decode(errors='replace')[-500:]}")
    return wall, usage.ru_maxrss, out.decode().strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--modules", type=int, default=200)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--out", help="also write the table to this file")
    args = ap.parse_args()
    engines = [
        ("spindle", [os.path.join(ROOT, "target", "release", "spindle")]),
        ("node", ["node"]),
        ("node --jitless", ["node", "--jitless"]),
        ("quickjs", [os.path.join(ROOT, "bench", "engines", "target", "release", "quickjs-runner"), "--module"]),
    ]
    tmp = tempfile.mkdtemp(prefix="spindle-graph-")
    generate(tmp, args.modules)
    rows = []
    checksums = set()
    for name, argv in engines:
        if not os.path.exists(argv[0]) and argv[0] != "node":
            print(f"{name}: missing ({argv[0]})", file=sys.stderr)
            continue
        graph, empty, rss = [], [], 0
        for _ in range(args.runs):
            w, r, out = run(argv + [os.path.join(tmp, "main.mjs")], tmp)
            graph.append(w)
            rss = max(rss, r)
            checksums.add(out)
            w, _, _ = run(argv + [os.path.join(tmp, "empty.mjs")], tmp)
            empty.append(w)
        g, e = statistics.median(graph), statistics.median(empty)
        rows.append((name, g, e, rss))
        print(f"{name}: graph {g * 1000:.1f} ms, empty {e * 1000:.1f} ms, peak RSS {rss / 1024:.1f} MB", file=sys.stderr)
    if len(checksums) != 1:
        sys.exit(f"engines disagree: {checksums}")
    base = {r[0]: r for r in rows}
    lines = [
        f"{args.modules}-module graph ({checksums.pop()}), median of {args.runs} runs:",
        "",
        "| engine | graph (ms) | one module (ms) | graph - one module (ms) | peak RSS (MB) | graph time vs spindle |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, g, e, rss in rows:
        ratio = g / base["spindle"][1] if "spindle" in base else float("nan")
        lines.append(f"| {name} | {g * 1000:.1f} | {e * 1000:.1f} | {(g - e) * 1000:.1f} | {rss / 1024:.1f} | {ratio:.2f}x |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
