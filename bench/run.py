#!/usr/bin/env python3
"""Side-by-side benchmarks: Spindle, QuickJS, Boa, node and node --jitless in one run.

    python3 bench/run.py                 # build, run everything, write bench/results.md
    python3 bench/run.py --runs 5 --only fib,gen-for-of --no-v8
    python3 bench/run.py --record        # (re)write bench/js/checksums.txt from node
    python3 bench/run.py --instructions  # instructions (callgrind) for Spindle and QuickJS
    python3 bench/run.py --instructions --only fib --baseline /tmp/old/spindle  # before/after

Every script in bench/js/ prints one `checksum: ...` line; a run whose checksum differs from
bench/js/checksums.txt (recorded from node) or from another engine's is a failure, so a wrong
answer cannot pass as fast. Scripts listed in bench/js/not-yet.txt need features Spindle lacks
today and show as "not yet" when Spindle fails them. Wall time is the median of --runs runs;
peak RSS is GNU time's %M (the largest of the runs). Only the standard library is used.
"""

import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
JS_DIR = os.path.join(BENCH, "js")
# Real programs: bundled npm packages (bench/programs/README.md), run like the scripts.
PROGRAMS_DIR = os.path.join(BENCH, "programs")
SCRIPT_DIRS = [JS_DIR, PROGRAMS_DIR]
ENGINES_DIR = os.path.join(BENCH, "engines")
DEFAULT_V8 = os.path.join(os.path.dirname(ROOT), "shared", "bench", "v8-v7")
V8_FILES = ["base", "richards", "deltablue", "crypto", "raytrace", "earley-boyer", "regexp", "splay", "navier-stokes"]
V8_NAMES = ["Richards", "DeltaBlue", "Crypto", "RayTrace", "EarleyBoyer", "RegExp", "Splay", "NavierStokes"]


class Engine:
    def __init__(self, name, argv, note=""):
        self.name = name
        self.argv = argv  # None when missing
        self.note = note

    @property
    def available(self):
        return self.argv is not None


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def build(args):
    """Builds Spindle and the reference runners; returns the engine list (missing ones marked)."""
    engines = []
    spindle = os.path.join(ROOT, "target", "release", "spindle")
    if not args.no_build:
        log("== building spindle (release)")
        r = subprocess.run(["cargo", "build", "--release", "-p", "spindle-cli"], cwd=ROOT)
        if r.returncode != 0:
            sys.exit("spindle failed to build")
    engines.append(Engine("spindle", [spindle] if os.path.exists(spindle) else None, "build failed"))

    runners_ok = True
    if not args.no_build and not args.spindle_only:
        log("== building reference runners (bench/engines: rquickjs, boa_engine)")
        r = subprocess.run(["cargo", "build", "--release"], cwd=ENGINES_DIR)
        runners_ok = r.returncode == 0
    for name, binary in [("quickjs", "quickjs-runner"), ("boa", "boa-runner")]:
        path = os.path.join(ENGINES_DIR, "target", "release", binary)
        ok = runners_ok and os.path.exists(path) and not args.spindle_only
        engines.append(Engine(name, [path] if ok else None, "not built" if not args.spindle_only else "not run"))

    node = shutil.which("node")
    if args.spindle_only:
        node = None
    engines.append(Engine("node", [node] if node else None, "node not on PATH"))
    engines.append(Engine("node --jitless", [node, "--jitless"] if node else None, "node not on PATH"))
    return engines


# GNU time reports the engine's own peak RSS. Reading ru_maxrss of a child spawned straight
# from Python would not: Linux carries the pre-exec high-water mark across exec, so every
# engine would show at least this Python process's RSS.
GNU_TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def run_measured(argv, script, timeout, script_args=()):
    """Runs one engine on one script (with `script_args` after it): (seconds, peak RSS in KiB
    or None, exit code, stdout, stderr)."""
    with tempfile.TemporaryDirectory() as tmp:
        rss_file = os.path.join(tmp, "rss")
        wrapped = [GNU_TIME, "-f", "%M", "-o", rss_file] + argv if GNU_TIME else argv
        start = time.perf_counter()
        try:
            r = subprocess.run(wrapped + [script, *script_args], capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, None, "timeout", "", ""
        elapsed = time.perf_counter() - start
        rss = None
        if GNU_TIME and os.path.exists(rss_file):
            m = re.search(r"^(\d+)$", open(rss_file).read(), re.M)
            rss = int(m.group(1)) if m else None
        return elapsed, rss, r.returncode, r.stdout.decode(errors="replace"), r.stderr.decode(errors="replace")


def checksum_of(stdout):
    m = re.search(r"^checksum: (.*)$", stdout, re.M)
    return m.group(1).strip() if m else None


def read_table(path):
    """Reads `name rest-of-line` lines (comments start with #)."""
    table = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, rest = line.partition(" ")
                table[name] = rest.strip()
    return table


def script_path(name):
    for d in SCRIPT_DIRS:
        p = os.path.join(d, name + ".js")
        if os.path.exists(p):
            return p
    raise FileNotFoundError(name)


def scripts(args, dirs=SCRIPT_DIRS):
    names = sorted(f[:-3] for d in dirs if os.path.isdir(d) for f in os.listdir(d) if f.endswith(".js"))
    if args.only:
        wanted = set(args.only.split(","))
        names = [n for n in names if n in wanted]
    return names


def scaled_script(tmp, name, scale):
    """The script itself at scale 1, else a copy with `var BENCH_SCALE = scale;` in front."""
    src = script_path(name)
    if scale == 1:
        return src
    dst = os.path.join(tmp, f"{name}.scale.js")
    with open(dst, "w", encoding="utf-8") as f:
        f.write(f"var BENCH_SCALE = {scale};\n")
        f.write(open(src, encoding="utf-8").read())
    return dst


def v8_script(tmp, v8_dir):
    """The V8 suite as one file: the files run.js loads, in order, then run.js without load()."""
    dst = os.path.join(tmp, "v8-v7-all.js")
    with open(dst, "w", encoding="utf-8") as out:
        for f in V8_FILES:
            out.write(open(os.path.join(v8_dir, f + ".js"), encoding="utf-8").read())
            out.write("\n")
        for line in open(os.path.join(v8_dir, "run.js"), encoding="utf-8"):
            if not line.startswith("load("):
                out.write(line)
    return dst


def median(xs):
    return statistics.median(xs) if xs else None


def fmt_time(s):
    if s is None:
        return "-"
    if s < 0.01:
        return f"{s * 1000:.2f} ms"  # start-up: whole milliseconds would hide the difference
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"


def fmt_ratio(a, b):
    if a is None or b is None or b == 0:
        return "-"
    return f"{a / b:.2f}"


def bench_scripts(args, engines, tmp, expected, not_yet, failures):
    """Runs every script on every engine; returns {script: {engine: cell}}."""
    results = {}
    for name in scripts(args):
        path = scaled_script(tmp, name, args.scale)
        want = expected.get(f"{name}@{args.scale}")
        results[name] = {}
        for e in engines:
            if not e.available:
                results[name][e.name] = {"status": "missing"}
                continue
            times, rss, sums, status, detail = [], [], set(), "ok", ""
            for _ in range(args.runs):
                t, kb, code, out, err = run_measured(e.argv, path, args.timeout)
                if code != 0:
                    status = "timeout" if code == "timeout" else "error"
                    detail = (err.strip().splitlines() or [""])[0][:120]
                    break
                times.append(t)
                rss.append(kb)
                sums.add(checksum_of(out))
            if status == "ok":
                got = sums.pop() if len(sums) == 1 else None
                if got is None or (want is not None and got != want):
                    status = "wrong"
                    detail = f"checksum {sorted(map(str, sums | {got}))} expected {want}"
            if status != "ok" and e.name == "spindle" and name in not_yet:
                status, detail = "not yet", not_yet[name]
            if status not in ("ok", "not yet"):
                failures.append(f"{name} on {e.name}: {status} {detail}")
            results[name][e.name] = {
                "status": status,
                "time": median(times) if status == "ok" else None,
                "rss": max(rss) if status == "ok" and rss else None,
                "detail": detail,
            }
            cell = results[name][e.name]
            log(f"  {name:22} {e.name:15} {status:8} {fmt_time(cell['time']):>10} {detail}")
    return results


def count_instructions(argv, script, timeout):
    """Instructions one run executes under callgrind (deterministic, unlike wall time on a
    shared machine), and the run's stdout; (None, detail) on failure."""
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv, script]
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    err = r.stderr.decode(errors="replace")
    m = re.search(r"Collected : (\d+)", err)
    if r.returncode != 0 or not m:
        return None, (err.strip().splitlines() or [""])[-1][:120]
    return int(m.group(1)), r.stdout.decode(errors="replace")


def bench_instructions(args, engines, tmp, failures):
    """Instruction counts of every script (and an empty script) at --scale, for Spindle,
    QuickJS and, with --baseline, another Spindle binary. Node is left out: V8 under valgrind
    measures valgrind's JIT handling more than the engine."""
    runs = [e for e in engines if e.name in ("spindle", "quickjs") and e.available]
    if args.baseline:
        runs.append(Engine("baseline", [args.baseline]))
    empty = os.path.join(tmp, "empty.js")
    open(empty, "w").close()
    rows = {}
    for name in ["(empty script)"] + scripts(args):
        path = empty if name == "(empty script)" else scaled_script(tmp, name, args.scale)
        rows[name] = {}
        sums = {}
        for e in runs:
            n, out = count_instructions(e.argv, path, args.timeout * 20)
            if n is None and e.name == "quickjs":
                # A script may use what the bare QuickJS runner lacks (TextEncoder): shown
                # as "-", not a failure of the run.
                log(f"  {name} on quickjs: not counted ({out})")
            elif n is None:
                failures.append(f"{name} on {e.name} under callgrind: {out}")
            else:
                sums[e.name] = checksum_of(out)
            rows[name][e.name] = n
            log(f"  {name:22} {e.name:10} {n if n is not None else out}")
        if len(set(sums.values())) > 1:
            failures.append(f"{name}: checksums differ under callgrind: {sums}")
    return [e.name for e in runs], rows


def instructions_markdown(args, names, rows, failures):
    def mi(n):
        return f"{n / 1e6:,.1f} M" if n is not None else "-"

    lines = [f"Instructions (valgrind --tool=callgrind), scale {args.scale}, measured "
             f"{datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}.", ""]
    head = ["benchmark"] + names + ["Spindle / QuickJS"] + (["Spindle / baseline"] if args.baseline else [])
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "---|" * len(head))
    for name, row in rows.items():
        cells = [mi(row.get(n)) for n in names]
        cells.append(fmt_ratio(row.get("spindle"), row.get("quickjs")))
        if args.baseline:
            cells.append(fmt_ratio(row.get("spindle"), row.get("baseline")))
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    if failures:
        lines += ["", "**Failures**:"] + [f"- {f}" for f in failures]
    return "\n".join(lines) + "\n"


def startup(args, engines, tmp):
    empty = os.path.join(tmp, "empty.js")
    open(empty, "w").close()
    out = {}
    for e in engines:
        if e.available:
            times = [run_measured(e.argv, empty, 30)[0] for _ in range(max(10, args.runs))]
            out[e.name] = median([t for t in times if t is not None])
    return out


def bench_v8(args, engines, tmp, failures):
    path = v8_script(tmp, args.v8_dir)
    results = {}
    for e in engines:
        if not e.available:
            results[e.name] = {"status": "missing"}
            continue
        runs = []
        for _ in range(args.v8_runs):
            t, kb, code, out, err = run_measured(e.argv, path, args.timeout * 4)
            scores = dict(re.findall(r"^(\w+): ([\d.]+)$", out, re.M))
            if code != 0 or "Score" not in scores:
                detail = (err.strip().splitlines() or [out.strip()[-120:]])[0][:120]
                failures.append(f"v8-v7 on {e.name}: {detail}")
                runs = None
                break
            runs.append({k: float(v) for k, v in scores.items()} | {"__time": t, "__rss": kb})
        if runs is None:
            results[e.name] = {"status": "error"}
            continue
        med = {k: median([r[k] for r in runs]) for k in runs[0]}
        results[e.name] = {"status": "ok", "scores": med}
        log(f"  v8-v7 {e.name:15} Score {med.get('Score')}")
    return results


def markdown(args, engines, results, start, v8, failures, not_yet):
    names = [e.name for e in engines]
    lines = []
    now = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    cpu = ""
    try:
        cpu = next(ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo") if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    lines.append(f"Measured {now} on {platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}.")
    lines.append(f"Command: `python3 bench/run.py --runs {args.runs}` (median of {args.runs} runs, scale {args.scale}).")
    lines.append("")
    for e in engines:
        if not e.available:
            lines.append(f"- **{e.name}**: missing ({e.note})")
    lines.append("")
    lines.append("### Wall time (median; lower is better)")
    lines.append("")
    head = "| benchmark | " + " | ".join(names) + " | Spindle / QuickJS | Spindle / node --jitless |"
    lines.append(head)
    lines.append("|" + "---|" * (len(names) + 3))

    def cell(c):
        if c["status"] == "ok":
            return fmt_time(c["time"])
        return c["status"]

    for name, row in results.items():
        sp = row.get("spindle", {}).get("time")
        qj = row.get("quickjs", {}).get("time")
        nj = row.get("node --jitless", {}).get("time")
        cells = [cell(row[n]) for n in names]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {fmt_ratio(sp, qj)} | {fmt_ratio(sp, nj)} |")
    if start:
        cells = [fmt_time(start.get(n)) if n in start else "missing" for n in names]
        sp, qj, nj = start.get("spindle"), start.get("quickjs"), start.get("node --jitless")
        lines.append("| *startup (empty script)* | " + " | ".join(cells) + f" | {fmt_ratio(sp, qj)} | {fmt_ratio(sp, nj)} |")
    lines.append("")
    rss_how = "GNU time's %M" if GNU_TIME else "no /usr/bin/time: not measured"
    lines.append(f"### Peak RSS (largest of the runs, {rss_how}; lower is better)")
    lines.append("")
    lines.append("| benchmark | " + " | ".join(names) + " | Spindle / QuickJS | Spindle / node --jitless |")
    lines.append("|" + "---|" * (len(names) + 3))
    for name, row in results.items():
        def mb(c):
            return f"{c['rss'] / 1024:.1f} MB" if c["status"] == "ok" and c.get("rss") else c["status"]

        sp = row.get("spindle", {}).get("rss")
        qj = row.get("quickjs", {}).get("rss")
        nj = row.get("node --jitless", {}).get("rss")
        lines.append(f"| {name} | " + " | ".join(mb(row[n]) for n in names) + f" | {fmt_ratio(sp, qj)} | {fmt_ratio(sp, nj)} |")
    if v8:
        lines.append("")
        lines.append(f"### V8 benchmark suite v7 (score, median of {args.v8_runs}; higher is better)")
        lines.append("")
        lines.append("| benchmark | " + " | ".join(names) + " | Spindle / QuickJS | Spindle / node --jitless |")
        lines.append("|" + "---|" * (len(names) + 3))
        for b in V8_NAMES + ["Score"]:
            row = []
            for n in names:
                r = v8[n]
                row.append(f"{r['scores'].get(b, 0):.0f}" if r["status"] == "ok" else r["status"])
            def score(n):
                r = v8.get(n, {})
                return r["scores"].get(b) if r.get("status") == "ok" else None
            label = "**Total (Score)**" if b == "Score" else b
            lines.append(f"| {label} | " + " | ".join(row) + f" | {fmt_ratio(score('spindle'), score('quickjs'))} | {fmt_ratio(score('spindle'), score('node --jitless'))} |")
        row = []
        for n in names:
            r = v8[n]
            row.append(f"{r['scores']['__rss'] / 1024:.0f} MB" if r["status"] == "ok" else r["status"])
        lines.append("| *peak RSS* | " + " | ".join(row) + " | | |")
    used_not_yet = [n for n in results if results[n].get("spindle", {}).get("status") == "not yet"]
    if used_not_yet:
        lines.append("")
        lines.append("\"not yet\": the script needs a feature Spindle does not have yet:")
        for n in used_not_yet:
            lines.append(f"- {n}: {not_yet[n]}")
    if failures:
        lines.append("")
        lines.append("**Failures** (wrong checksum, crash or timeout):")
        for f in failures:
            lines.append(f"- {f}")
    return "\n".join(lines) + "\n"


def record(args):
    """Writes bench/js/checksums.txt from node at scale 1 and at the CI scale."""
    node = shutil.which("node")
    if not node:
        sys.exit("--record needs node")
    lines = ["# name@scale checksum, recorded from node by `python3 bench/run.py --record`"]
    with tempfile.TemporaryDirectory() as tmp:
        for name in scripts(args, [JS_DIR]):
            for scale in (1, args.ci_scale):
                r = subprocess.run([node, scaled_script(tmp, name, scale)], capture_output=True, text=True)
                c = checksum_of(r.stdout)
                if r.returncode != 0 or c is None:
                    sys.exit(f"node failed on {name} at scale {scale}: {r.stderr}")
                lines.append(f"{name}@{scale} {c}")
                log(lines[-1])
    with open(os.path.join(JS_DIR, "checksums.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="runs per engine and script (median reported)")
    ap.add_argument(
        "--v8-runs",
        type=int,
        default=1,
        help="runs of the V8 suite per engine (each run already times every benchmark over at least 32 iterations)",
    )
    ap.add_argument("--only", help="comma-separated script names (without .js)")
    ap.add_argument("--no-v8", action="store_true", help="skip the V8 suite")
    ap.add_argument("--v8-dir", default=DEFAULT_V8, help="folder of the V8 benchmark suite v7")
    ap.add_argument("--scale", type=float, default=1, help="BENCH_SCALE for the scripts")
    ap.add_argument("--ci-scale", type=float, default=0.01, help="scale recorded for the CI check")
    ap.add_argument("--timeout", type=float, default=300, help="seconds per run")
    ap.add_argument("--no-build", action="store_true", help="use the binaries already built")
    ap.add_argument("--spindle-only", action="store_true", help="run Spindle alone (other engines: not run)")
    ap.add_argument("--out", default=os.path.join(BENCH, "results.md"), help="markdown output")
    ap.add_argument("--record", action="store_true", help="record checksums from node and exit")
    ap.add_argument(
        "--instructions",
        action="store_true",
        help="count instructions under callgrind instead of timing (scale defaults to 0.1)",
    )
    ap.add_argument("--baseline", help="with --instructions: another spindle binary to compare against")
    args = ap.parse_args()
    if args.instructions and "--scale" not in sys.argv:
        args.scale = 0.1
    if args.scale == int(args.scale):
        args.scale = int(args.scale)
    if args.record:
        record(args)
        return
    engines = build(args)
    expected = read_table(os.path.join(JS_DIR, "checksums.txt")) | read_table(os.path.join(PROGRAMS_DIR, "checksums.txt"))
    not_yet = read_table(os.path.join(JS_DIR, "not-yet.txt"))
    failures = []
    if args.instructions:
        with tempfile.TemporaryDirectory() as tmp:
            log("== instructions (callgrind)")
            names, rows = bench_instructions(args, engines, tmp, failures)
        md = instructions_markdown(args, names, rows, failures)
        out = args.out if "--out" in sys.argv else os.path.join(BENCH, "instructions.md")
        with open(out, "w", encoding="utf-8") as f:
            f.write(md)
        print(md)
        sys.exit(1 if failures else 0)
    with tempfile.TemporaryDirectory() as tmp:
        log("== startup")
        start = startup(args, engines, tmp)
        log("== scripts")
        results = bench_scripts(args, engines, tmp, expected, not_yet, failures)
        v8 = None
        if not args.no_v8:
            if os.path.isdir(args.v8_dir):
                log("== V8 benchmark suite v7")
                v8 = bench_v8(args, engines, tmp, failures)
            else:
                failures.append(f"V8 suite not found at {args.v8_dir}")
    md = markdown(args, engines, results, start, v8, failures, not_yet)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(md)
    print(md)
    log(f"== wrote {os.path.relpath(args.out, ROOT)}")
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
