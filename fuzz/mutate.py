#!/usr/bin/env python3
"""Mutation fuzzing of the `spindle` binary with the behaviour corpus as seeds.

    python3 fuzz/mutate.py                         # 60 minutes, 2 workers, tests/js + examples
    python3 fuzz/mutate.py --minutes 5 --jobs 1 --seed 7
    python3 fuzz/mutate.py --replay fuzz/findings/  # re-run saved findings

Each round takes a program from the corpus (tests/js with its multi-module programs, whose
other modules are copied along, and examples; single files run as CommonJS or, one time in
three and for .mjs seeds, as ES modules), applies a few random mutations (delete, repeat
or swap lines and token spans, splice in a span of another program, replace numbers,
strings and identifiers with edge values, wrap code in deep nesting or long chains, drop
brackets), and runs the result through `spindle` with a heap limit and a timeout. A run is
a finding when it
  * panics (Rust's "panicked at" on stderr) or dies from a signal (abort, segfault, stack
    overflow),
  * reaches more than 10x the heap limit in peak RSS (memory the collector does not see;
    mutants over 1 MB of source are skipped, as compiling them needs memory of their own,
    and so are programs that start workers, each of which has a heap of its own), or
  * does not end within the timeout plus a grace period (a hang the deadline missed).
Exit codes 0 and 1 (uncaught error, syntax error, heap limit, timeout 124) are normal.
Findings are written to fuzz/findings/ (program and the reason); the script prints a summary
line `N passed, M failed` and exits 1 when it found anything. Only the standard library is
used; randomness comes from --seed, so a run can be repeated.
"""

import argparse
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEAP_MB = 64
RSS_LIMIT_KB = 10 * HEAP_MB * 1024
TIMEOUT_MS = 3000
GRACE_S = 10
MAX_SOURCE = 1 << 20

EDGE_NUMBERS = [
    "0", "-0", "1", "-1", "NaN", "Infinity", "-Infinity", "2**31", "2**32", "2**32-1", "2**53",
    "-(2**53)", "1e308", "5e-324", "0x7fffffff", "4294967295", "65536", "1e6", "1e9", "0.5",
    "Number.MAX_SAFE_INTEGER", "-2147483648", "10n", "-1n", "2n**64n",
]
EDGE_VALUES = EDGE_NUMBERS + [
    "undefined", "null", "true", "''", "'\\uD800'", "'x'.repeat(1e5)", "[]", "{}", "[,,1]",
    "new Proxy({}, {})", "Symbol()", "Symbol.iterator", "(function(){})", "(() => {})",
    "(async () => 1)()", "(function*(){ yield 1; })()", "Promise.reject(1)", "new Map([[1, 2]])",
    "Object.create(null)", "new Array(1e6)", "/a(b)?/g", "new Date(NaN)", "globalThis",
    "arguments", "this", "new.target", "super.x", "await 1", "yield", "import.meta",
    # Binary data: views over detached, resizable and shared buffers, huge lengths.
    "new Uint8Array(4)", "new Float64Array([1.5, NaN, -0])", "new BigInt64Array(2)",
    "new ArrayBuffer(8, { maxByteLength: 16 })", "new SharedArrayBuffer(8, { maxByteLength: 16 })",
    "new DataView(new ArrayBuffer(8), 2)", "new Uint16Array(new ArrayBuffer(8, { maxByteLength: 32 }))",
    "(() => { const b = new ArrayBuffer(4); b.transfer(); return new Uint8Array(0) })()",
    "new Int32Array(new SharedArrayBuffer(16))", "2**32", "2**53", "new TextEncoder().encode('\\uD800x')",
]
SNIPPETS = [
    "for (let i = 0; i < 1e5; i++) {}", "try { throw 1 } catch {}", "debugger;", "label: {}",
    "with ({}) {}", "eval('1')", "Object.freeze(Object.prototype);",
    "Array.prototype[0] = 1;", "Object.defineProperty(Array.prototype, 'length', {});",
    "Promise.resolve().then(() => { throw 1 });", "queueMicrotask(() => {});",
    "setTimeout(() => {}, 1);", "new Function('a', 'return a')(1);", "JSON.parse('[1,{}]');",
    "Reflect.ownKeys(globalThis);", "console.log(Symbol.prototype);",
    "[].concat.apply([], new Array(1e4));", "String.fromCharCode.apply(null, new Array(1e4));",
    "(function f() { f(); })();", "class A extends null {}", "new WeakRef({}).deref();",
    "structuredClone;", "Error.captureStackTrace({});", "async function* g() { yield* [1]; }",
    "const ta = new Uint8Array(new ArrayBuffer(8, { maxByteLength: 64 }));",
    "ta.buffer.resize(0);", "ta.buffer.transfer();", "ta.sort((a, b) => (ta.buffer.resize(1), a - b));",
    "new Uint8Array(1e6).fill(7).subarray(3).reverse();", "Atomics.add(new Int32Array(4), 0, 1);",
    "structuredClone(new Map([[1, new Uint8Array(2)]]), {});", "new TextDecoder().decode(new Uint8Array([0xf0, 0x9f]));",
]
WRAPPERS = [
    ("(", ")"), ("[", "]"), ("{", "}"), ("function f(){", "}"), ("() => {", "}"),
    ("async function af(){ await ", "}"), ("function* gf(){ yield ", "}"), ("if (1) {", "}"),
    ("try {", "} finally {}"), ("with ({}) {", "}"), ("`${", "}`"),
]


def corpus_files(dirs):
    files = []
    for d in dirs:
        for base, subdirs, names in os.walk(d):
            subdirs[:] = [x for x in subdirs if x != "node_modules"]
            for n in names:
                if n.endswith((".js", ".mjs", ".cjs")):
                    files.append(os.path.join(base, n))
    return sorted(files)


def program_dir(path):
    """The program directory (one holding main.out) a corpus file belongs to, if any."""
    d = os.path.dirname(path)
    while d.startswith(ROOT) and d != ROOT:
        if os.path.exists(os.path.join(d, "main.out")):
            return d
        d = os.path.dirname(d)
    return None


def prepare_case(rng, seed, case, tmpdir):
    """Writes a mutant; returns the argv tail that runs it. A file of a multi-module program
    is mutated in a copy of its program (the other modules, and node_modules by a symlink);
    a single file runs as a classic-script CommonJS main, or (one time in three, and always
    for .mjs) as an ES module."""
    prog = program_dir(seed)
    if prog is not None:
        dst = os.path.join(tmpdir, "prog")
        shutil.rmtree(dst, ignore_errors=True)
        shutil.copytree(prog, dst, ignore=shutil.ignore_patterns("node_modules"))
        if os.path.isdir(os.path.join(prog, "node_modules")):
            os.symlink(os.path.join(prog, "node_modules"), os.path.join(dst, "node_modules"))
        with open(os.path.join(dst, os.path.relpath(seed, prog)), "w", encoding="utf-8") as f:
            f.write(case)
        main = next(m for m in ("main.mjs", "main.cjs", "main.js") if os.path.exists(os.path.join(dst, m)))
        return [os.path.join(dst, main)]
    path = os.path.join(tmpdir, "case.mjs" if seed.endswith(".mjs") else "case.js")
    with open(path, "w", encoding="utf-8") as f:
        f.write(case)
    if path.endswith(".js") and rng.random() < 1 / 3:
        return ["--module", path]
    return [path]


def tokens(src):
    return re.findall(r"\s+|\w+|'[^'\n]*'|\"[^\"\n]*\"|.", src)


def mutate(rng, src, other):
    lines = src.split("\n")
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(11)
        if op == 0 and lines:  # delete a line
            del lines[rng.randrange(len(lines))]
        elif op == 1 and lines:  # repeat a line
            i = rng.randrange(len(lines))
            lines[i:i] = [lines[i]] * rng.choice([2, 3, 10, 100])
        elif op == 2 and len(lines) > 1:  # swap two lines
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3:  # splice a span of another program
            ol = other.split("\n")
            a = rng.randrange(len(ol))
            span = ol[a : a + rng.randint(1, 8)]
            i = rng.randrange(len(lines) + 1)
            lines[i:i] = span
        elif op in (4, 5, 6) and lines:  # token-level edits
            i = rng.randrange(len(lines))
            toks = tokens(lines[i])
            if not toks:
                continue
            k = rng.randrange(len(toks))
            t = toks[k]
            if op == 4 and re.fullmatch(r"\d+(\.\d+)?", t):
                toks[k] = rng.choice(EDGE_NUMBERS)
            elif op == 4 or op == 5:
                toks[k] = rng.choice(EDGE_VALUES) if re.fullmatch(r"\w+", t) else rng.choice(["", t * 2, ";", ","])
            else:
                del toks[k : k + rng.randint(1, 4)]
            lines[i] = "".join(toks)
        elif op == 7:  # insert a snippet
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(SNIPPETS))
        elif op == 8 and lines:  # deep nesting around a line
            i = rng.randrange(len(lines))
            o, c = rng.choice(WRAPPERS)
            n = rng.choice([2, 10, 100, 1000, 5000])
            lines[i] = o * n + lines[i] + c * n
        elif op == 9:  # long flat chains
            n = rng.choice([100, 10000, 70000])
            lines.append("var chain = " + rng.choice(["1", "'a'", "x", "f()"]) + rng.choice([" + 1", " || 0", ".y", "(1)", ", 2"]) * n + ";")
        elif op == 10 and lines:  # drop a random bracket
            i = rng.randrange(len(lines))
            lines[i] = re.sub(r"[\(\)\[\]\{\}]", "", lines[i], count=1)
    return "\n".join(lines)


class RusagePopen(subprocess.Popen):
    """Popen that keeps the child's rusage from wait4 (Linux)."""

    def _try_wait(self, wait_flags):
        try:
            pid, sts, usage = os.wait4(self.pid, wait_flags)
        except ChildProcessError:
            return (self.pid, 0)
        if pid == self.pid:
            self.rusage = usage
        return (pid, sts)


def run_one(binary, target):
    """Runs one program (`target`: the argv tail); returns (reason or None, peak RSS in KB)."""
    if isinstance(target, str):
        target = ["--module", target] if target.endswith(".mjs") else [target]
    argv = [binary, "--max-heap-mb", str(HEAP_MB), "--timeout", str(TIMEOUT_MS), *target]
    start = time.monotonic()
    proc = RusagePopen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    try:
        _, err = proc.communicate(timeout=TIMEOUT_MS / 1000 + GRACE_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        return f"hang: still running {time.monotonic() - start:.0f} s after a {TIMEOUT_MS} ms timeout", 0
    usage = getattr(proc, "rusage", None)
    rss = usage.ru_maxrss if usage is not None else 0
    text = err.decode("utf-8", "replace")
    # A signal the program sent itself (`process.kill(process.pid, …)`) is its own choice;
    # any other signal (abort, segfault) is a crash.
    if proc.returncode < 0 and not mentions(target[-1], "process.kill("):
        return f"signal {-proc.returncode}\n{text[-2000:]}", rss
    if "panicked at" in text or "RUST_BACKTRACE" in text:
        return f"panic (exit {proc.returncode})\n{text[-2000:]}", rss
    # Any other code a script can choose itself (process.exit(n), process.exitCode, 128+n
    # after a signal it sent itself, 13 for an unsettled top-level await); 101 is Rust's
    # exit code for a panic whose message did not reach stderr.
    if proc.returncode == 101:
        return f"unexpected exit {proc.returncode}\n{text[-2000:]}", rss
    # Each worker is an agent with a heap (and a limit) of its own, so a program that starts
    # workers (a mutant may start them recursively) is not held to one heap's bound.
    if rss > RSS_LIMIT_KB and not starts_workers(target[-1]):
        return f"peak RSS {rss} KB over 10x the {HEAP_MB} MiB heap limit", rss
    return None, rss


def starts_workers(path):
    """Whether the program at `path` mentions a Worker constructor."""
    return mentions(path, "Worker(")


def mentions(path, text):
    """Whether the program at `path` contains `text`."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return text in f.read()
    except OSError:
        return False




def worker(args, binary, files, wid, deadline, stats, lock, findings_dir):
    rng = random.Random(args.seed * 1000 + wid)
    tmpdir = tempfile.mkdtemp(prefix=f"spindle-fuzz-{wid}-")
    while time.monotonic() < deadline:
        seed = rng.choice(files)
        with open(seed, encoding="utf-8", errors="replace") as f:
            src = f.read()
        with open(rng.choice(files), encoding="utf-8", errors="replace") as f:
            other = f.read()
        case = mutate(rng, src, other)
        if len(case) > MAX_SOURCE:
            # Compiling a multi-megabyte program takes memory in proportion to its size, not
            # the heap's: such cases say nothing about the collector.
            continue
        target = prepare_case(rng, seed, case, tmpdir)
        reason, rss = run_one(binary, target)
        if reason and reason.startswith("hang"):
            # A shared machine can stall a process (another job's memory pressure); a hang
            # counts only if it happens again.
            reason, rss = run_one(binary, target)
        with lock:
            stats["runs"] += 1
            stats["max_rss"] = max(stats["max_rss"], rss)
            if reason:
                stats["findings"] += 1
                n = stats["findings"]
                os.makedirs(findings_dir, exist_ok=True)
                ext = ".mjs" if target[0] == "--module" or target[-1].endswith(".mjs") else ".js"
                with open(os.path.join(findings_dir, f"finding-{n}{ext}"), "w", encoding="utf-8") as f:
                    f.write(case)
                with open(os.path.join(findings_dir, f"finding-{n}.txt"), "w", encoding="utf-8") as f:
                    f.write(reason + "\n")
                print(f"finding {n}: {reason.splitlines()[0]}", flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=60)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "spindle"))
    ap.add_argument("--corpus", nargs="*", default=[os.path.join(ROOT, "tests", "js"), os.path.join(ROOT, "examples")])
    ap.add_argument("--findings", default=os.path.join(ROOT, "fuzz", "findings"))
    ap.add_argument("--replay", help="re-run the .js files of this folder instead of fuzzing")
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "-p", "spindle-cli"], cwd=ROOT, check=True)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if args.replay:
        bad = 0
        cases = corpus_files([args.replay])
        for p in cases:
            reason, _ = run_one(args.binary, p)
            print(f"{p}: {reason.splitlines()[0] if reason else 'ok'}")
            bad += reason is not None
        print(f"{len(cases) - bad} passed, {bad} failed")
        sys.exit(1 if bad else 0)
    files = corpus_files(args.corpus)
    if not files:
        sys.exit("no corpus files")
    stats = {"runs": 0, "findings": 0, "max_rss": 0}
    lock = threading.Lock()
    deadline = time.monotonic() + args.minutes * 60
    threads = [
        threading.Thread(target=worker, args=(args, args.binary, files, w, deadline, stats, lock, args.findings))
        for w in range(args.jobs)
    ]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.monotonic() - start
    print(
        f"mutation fuzzing: {stats['runs']} programs from {len(files)} seeds in {took:.0f} s, "
        f"seed {args.seed}, peak RSS {stats['max_rss'] // 1024} MB (limit {RSS_LIMIT_KB // 1024} MB)"
    )
    print(f"{stats['runs'] - stats['findings']} passed, {stats['findings']} failed")
    sys.exit(1 if stats["findings"] else 0)


if __name__ == "__main__":
    main()
