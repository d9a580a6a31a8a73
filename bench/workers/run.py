#!/usr/bin/env python3
"""Worker and transferable-stream benchmarks: Spindle and node side by side, in one run.

    python3 bench/workers/run.py                       # full counts, 3 runs, markdown table
    python3 bench/workers/run.py --quick               # small counts (a minute or so)
    python3 bench/workers/run.py --runs 5 --only backpressure,throughput-buffers
    python3 bench/workers/run.py --counts backpressure=200000,throughput-objects=200000

Each script in bench/workers/ prints lines `bench <row> key=value ...` (see common.js) and
takes its item count as its first argument; every row has `ok=1` when the data arrived
complete and in order, and a run without it (or that crashes or times out) is a failure.
Numbers are the median over --runs runs, except the `max_*` fields (lead, queue length),
which are the largest of the runs. Peak RSS is GNU time's %M for the whole process (all
threads) when /usr/bin/time exists, else what the script read itself (/proc/self/status
VmHWM, or the current RSS where the engine has no `fs`). Only the standard library is used.
"""

import argparse
import datetime
import importlib.util
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# How the markdown names the command (bench/io/run.py reuses this runner with its own
# HERE, CMD, SCRIPTS and SHOWN).
CMD = "bench/workers/run.py"

# script -> (full count, --quick count)
SCRIPTS = {
    "backpressure": (1_000_000, 20_000),
    "backpressure-lodestar": (1_000_000, 100_000),
    "throughput-objects": (1_000_000, 20_000),
    "throughput-buffers": (10_000, 2_000),
}

# The fields shown per row, in order: (field, label, higher is better?)
SHOWN = [
    ("max_lead", "max lead (produced - consumed), worst run", False),
    ("max_lead_slow_phase", "max lead while the consumer is slow, worst run", False),
    ("max_queue", "max queue length on the main thread, worst run", False),
    ("items_per_s", "items/s", True),
    ("fast_items_per_s", "items/s after the slow phase", True),
    ("mb_per_s", "MB/s", True),
    ("ms", "time of the transfer (ms)", False),
]


def _load_bench_runner():
    """bench/run.py as a module (its measured-run helper is shared)."""
    spec = importlib.util.spec_from_file_location("bench_run", os.path.join(os.path.dirname(HERE), "run.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _load_bench_runner()
GNU_TIME = BENCH.GNU_TIME


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def engines(args):
    out = []
    spindle = args.spindle or os.path.join(ROOT, "target", "release", "spindle")
    out.append(("spindle", [spindle] if os.path.exists(spindle) else None))
    node = shutil.which("node")
    out.append(("node", [node] if node else None))
    return out


def run_measured(argv, script, count, timeout):
    """One run: (seconds, peak RSS KiB or None, exit code or 'timeout', stdout, stderr)."""
    return BENCH.run_measured(argv, script, timeout, [str(count)])


def parse_rows(stdout):
    """{row: {field: value}} from the `bench <row> k=v ...` lines (numbers as floats)."""
    rows = {}
    for m in re.finditer(r"^bench (\S+) (.*)$", stdout, re.M):
        fields = {}
        for k, v in re.findall(r"(\w+)=(\S+)", m.group(2)):
            try:
                fields[k] = float(v)
            except ValueError:
                fields[k] = v
        rows[m.group(1)] = fields
    return rows


def bench(args, engine_list, counts, failures):
    """{script: {engine: {"rows": {row: {field: value}}, "rss": KiB, "wall": s, "status": str}}}"""
    results = {}
    for name in counts:
        path = os.path.join(HERE, name + ".js")
        results[name] = {}
        for ename, argv in engine_list:
            if argv is None:
                results[name][ename] = {"status": "missing"}
                continue
            runs, walls, rsss, status, detail = [], [], [], "ok", ""
            for i in range(args.runs):
                t, kb, code, out, err = run_measured(argv, path, counts[name], args.timeout)
                rows = parse_rows(out) if code == 0 else {}
                bad = [r for r, f in rows.items() if f.get("ok", 1) != 1]
                if code != 0 or not rows or bad:
                    status = "timeout" if code == "timeout" else ("wrong" if bad else "error")
                    detail = f"rows {bad} not ok" if bad else (err.strip().splitlines() or [""])[-1][:160]
                    break
                runs.append(rows)
                walls.append(t)
                own = [f["rss_kb"] for f in rows.values() if isinstance(f.get("rss_kb"), float)]
                rsss.append(kb if kb is not None else (max(own) if own else None))
                log(f"  {name:22} {ename:8} run {i + 1}: {t:.1f} s, {(rsss[-1] or 0) / 1024:.0f} MB")
            if status != "ok":
                failures.append(f"{name} ({counts[name]}) on {ename}: {status} {detail}")
                log(f"  {name:22} {ename:8} {status} {detail}")
                results[name][ename] = {"status": status, "detail": detail}
                continue
            merged = {}
            for row in runs[0]:
                merged[row] = {}
                for field in runs[0][row]:
                    vals = [r[row][field] for r in runs if isinstance(r.get(row, {}).get(field), float)]
                    if vals:
                        merged[row][field] = max(vals) if field.startswith("max_") else statistics.median(vals)
            rss_vals = [x for x in rsss if x is not None]
            results[name][ename] = {
                "status": "ok",
                "rows": merged,
                "rss": statistics.median(rss_vals) if rss_vals else None,
                "wall": statistics.median(walls),
            }
    return results


def fmt(v, field=""):
    return "-" if v is None else f"{v:,.0f}"


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "-"
    return f"{a / b:.2f}"


def markdown(args, engine_list, counts, results, failures):
    names = [e for e, _ in engine_list]
    cpu = ""
    try:
        cpu = next(ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo") if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    now = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    cmd = " ".join(["python3", CMD] + sys.argv[1:])
    lines = [
        f"Measured {now} on {platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}; "
        f"node {node_version()}.",
        f"Command: `{cmd}` (median of {args.runs} runs; `max_*` fields: the largest of the runs).",
        "",
        "| script (count) | row | measure | " + " | ".join(names) + " | Spindle / node |",
        "|---|---|---|" + "---:|" * (len(names) + 1),
    ]
    for name, per_engine in results.items():
        label = f"{name} ({counts[name]:,})"
        failed = {e: c for e, c in per_engine.items() if c["status"] != "ok"}
        rows = []
        for e in names:
            for row in per_engine[e].get("rows", {}):
                if row not in rows:
                    rows.append(row)
        for row in rows:
            for field, what, _ in SHOWN:
                vals = {e: per_engine[e].get("rows", {}).get(row, {}).get(field) for e in names}
                if all(v is None for v in vals.values()):
                    continue
                cells = [failed[e]["status"] if e in failed else fmt(vals[e], field) for e in names]
                lines.append(f"| {label} | {row} | {what} | " + " | ".join(cells) +
                             f" | {ratio(vals.get('spindle'), vals.get('node'))} |")
        rss = {e: per_engine[e].get("rss") for e in names}
        wall = {e: per_engine[e].get("wall") for e in names}
        how = "GNU time %M" if GNU_TIME else "self-reported"
        cells = [failed[e]["status"] if e in failed else (f"{rss[e] / 1024:,.0f}" if rss[e] else "-") for e in names]
        mb = {e: rss[e] / 1024 if rss[e] else None for e in names}
        lines.append(f"| {label} | process | peak RSS (MB, {how}) | " + " | ".join(cells) +
                     f" | {ratio(mb.get('spindle'), mb.get('node'))} |")
        cells = [failed[e]["status"] if e in failed else f"{wall[e]:.2f}" for e in names]
        lines.append(f"| {label} | process | wall time (s) | " + " | ".join(cells) +
                     f" | {ratio(wall.get('spindle'), wall.get('node'))} |")
    if failures:
        lines.append("")
        lines.append("**Failures** (crash, timeout, or data that did not arrive complete and in order):")
        for f in failures:
            lines.append(f"- {f}")
    return "\n".join(lines) + "\n"


def node_version():
    node = shutil.which("node")
    if not node:
        return "missing"
    return subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="runs per engine and script (median reported)")
    ap.add_argument("--only", help="comma-separated script names (without .js)")
    ap.add_argument("--quick", action="store_true", help="the small counts")
    ap.add_argument("--counts", help="script=count,... overriding the defaults")
    ap.add_argument("--timeout", type=float, default=600, help="seconds per run")
    ap.add_argument("--spindle", help="the spindle binary (default target/release/spindle)")
    ap.add_argument("--out", help="also write the markdown here")
    args = ap.parse_args()
    counts = {n: (q if args.quick else full) for n, (full, q) in SCRIPTS.items()}
    if args.counts:
        for part in args.counts.split(","):
            n, _, c = part.partition("=")
            if n not in counts:
                sys.exit(f"unknown script {n}")
            counts[n] = int(float(c))
    if args.only:
        wanted = args.only.split(",")
        unknown = [n for n in wanted if n not in counts]
        if unknown:
            sys.exit(f"unknown script(s) {unknown}")
        counts = {n: c for n, c in counts.items() if n in wanted}
    engine_list = engines(args)
    failures = []
    results = bench(args, engine_list, counts, failures)
    md = markdown(args, engine_list, counts, results, failures)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(md)
    print(md)
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
