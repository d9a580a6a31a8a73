#!/usr/bin/env python3
"""File I/O benchmarks (issue 18): Spindle and node side by side, in one run.

    python3 bench/io/run.py                  # full sizes, 3 runs, markdown table
    python3 bench/io/run.py --quick          # small sizes
    python3 bench/io/run.py --only read-many --runs 5

Each script in bench/io/ creates what it reads under a fresh temporary directory (removed at
the end), takes its size as its first argument, and prints `bench <row> key=value ...`
lines with `ok=1` when the data arrived complete. The runner is bench/workers/run.py's
(median of --runs runs; peak RSS from GNU time's %M for the whole process).
"""

import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

spec = importlib.util.spec_from_file_location("workers_run", os.path.join(HERE, "..", "workers", "run.py"))
runner = importlib.util.module_from_spec(spec)
spec.loader.exec_module(runner)

runner.HERE = HERE
runner.CMD = "bench/io/run.py"
# script -> (full size, --quick size)
runner.SCRIPTS = {
    # files of 64 KiB read concurrently with Promise.all(files.map(f => readFile(f)))
    "read-many": (2_000, 200),
    # MiB copied through createReadStream -> Transform -> createWriteStream
    "stream-copy": (200, 20),
}
runner.SHOWN = [
    ("ms", "time of the measured phase (ms)", False),
    ("mb_per_s", "MB/s", True),
    ("files_per_s", "files/s", True),
]

if __name__ == "__main__":
    runner.main()
