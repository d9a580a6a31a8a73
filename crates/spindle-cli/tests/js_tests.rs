//! Behavioural JavaScript corpus runner.
//!
//! Runs every `tests/js/**/*.js` and `examples/**/*.js` file (relative to the workspace root),
//! and the `main.*` entry of every program directory (one with a `main.out`: multi-file
//! module programs and packages, see `collect_js_files`), through
//! the `spindle` binary and compares its output with the checked-in `.out`
//! file next to it. The `.out` files are generated with Node 20 as
//! `node FILE.js > FILE.out 2>&1` (see `tests/js/README.md`).
//!
//! Output comparison: the actual output is the child's stdout followed by its
//! stderr (`stdout + stderr`). Node's `2>&1` interleaves the two streams in
//! write order, which a pipe-per-stream runner cannot reproduce, so the corpus
//! follows a rule instead: each test writes to only one of the two streams
//! (tests using `console.error`/`console.warn` use nothing else). Under that
//! rule `stdout + stderr` is exactly what Node wrote. The child must also exit
//! with the status Node exited with: 0, unless the file's first line (or second, after a
//! `// TZ=` line) starts with `// exit N:` (a program that ends with `process.exit(N)`,
//! an exit code or an uncaught error on purpose).
//!
//! Environment variables:
//! - `SPINDLE_TEST_FILTER=substring`: only run files whose path relative to
//!   `tests/js` contains the substring (e.g. `console/` or `class-`).
//! - `SPINDLE_TEST_ARGS="--gc-stress"`: whitespace-separated words passed to
//!   the binary before the file path.
//! - `SPINDLE_TEST_TIMEOUT_SECS=N`: per-file timeout (default 20 seconds).
//!
//! Time zone: every file runs with `TZ=UTC`, unless its first line is `// TZ=Zone/Name`,
//! which runs it in that zone (its `.out` is generated with the same `TZ` for Node).
//!
//! All files are run (in parallel, one worker per available CPU) before the
//! test fails with a single message listing every mismatching file.

use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

/// The corpus must never silently shrink (e.g. because of a wrong path).
const MIN_TEST_FILES: usize = 150;
/// Examples that cannot be compared with a `.out` file; `tests/cli.rs` checks them instead
/// (an endless generator loop, and a seed example that ends in an uncaught ReferenceError),
/// or `examples/embed/tests` does (the embedding example's request handlers, which need
/// its Rust host functions).
const EXAMPLES_CHECKED_ELSEWHERE: [&str; 4] =
    ["000-count-generator.js", "000-demo-next.js", "003-async-sequence.js", "embed/handlers.js"];
const DEFAULT_TIMEOUT_SECS: u64 = 20;
/// Lines of matching context shown before the first differing line.
const CONTEXT_LINES: usize = 2;
/// Maximum number of stderr lines quoted for a crashed run.
const STDERR_LINES: usize = 8;

fn workspace_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.canonicalize().unwrap_or(root)
}

/// Test entry points under `dir`: every `*.js` file, except in a program directory (one
/// holding `main.out`), whose only entry is its `main.js` / `main.mjs` / `main.cjs` and whose
/// other files are the program's modules. `node_modules` directories are never entered.
fn collect_js_files(dir: &Path, out: &mut Vec<PathBuf>) {
    if dir.join("main.out").is_file() {
        let main = ["main.js", "main.mjs", "main.cjs"].iter().map(|m| dir.join(m)).find(|p| p.is_file());
        out.push(main.unwrap_or_else(|| panic!("{} has main.out but no main.js/.mjs/.cjs", dir.display())));
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => panic!("cannot read directory {}: {err}", dir.display()),
    };
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "node_modules") {
                collect_js_files(&path, out);
            }
        } else if path.extension().is_some_and(|ext| ext == "js") {
            out.push(path);
        }
    }
}

enum Outcome {
    Pass,
    /// Output differed or the process exited unsuccessfully.
    Fail(String),
    Timeout,
}

struct RunResult {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// `None` when the child was killed after the timeout.
    status: Option<ExitStatus>,
}

fn run_binary(
    binary: &Path,
    extra_args: &[String],
    file: &Path,
    cwd: &Path,
    timeout: Duration,
) -> Result<RunResult, String> {
    let zone = fs::read_to_string(file)
        .ok()
        .and_then(|src| src.lines().next().and_then(|l| l.strip_prefix("// TZ=")).map(|z| z.trim().to_string()))
        .unwrap_or_else(|| "UTC".to_string());
    let mut child = Command::new(binary)
        .args(extra_args)
        .arg(file)
        .env("TZ", zone)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| format!("failed to spawn {}: {err}", binary.display()))?;

    // Drain both pipes on their own threads so a chatty child cannot block on
    // a full pipe while we wait for it.
    let mut stdout_pipe = child.stdout.take().expect("piped stdout");
    let mut stderr_pipe = child.stderr.take().expect("piped stderr");
    let stdout_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout_pipe.read_to_end(&mut buf);
        buf
    });
    let stderr_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr_pipe.read_to_end(&mut buf);
        buf
    });

    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(err) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("failed to wait for child: {err}"));
            }
        }
    };

    let stdout = stdout_reader.join().unwrap_or_default();
    let stderr = stderr_reader.join().unwrap_or_default();
    Ok(RunResult { stdout, stderr, status })
}

/// A short unified-ish description of the first difference between two outputs.
fn describe_diff(expected: &str, actual: &str) -> String {
    fn lines(s: &str) -> Vec<&str> {
        if s.is_empty() { Vec::new() } else { s.strip_suffix('\n').unwrap_or(s).split('\n').collect() }
    }
    let exp = lines(expected);
    let act = lines(actual);
    let mut out = String::new();
    let Some(first) = (0..exp.len().max(act.len())).find(|&i| exp.get(i) != act.get(i)) else {
        let _ = writeln!(
            out,
            "    outputs differ only in the final newline (expected {}, got {})",
            if expected.ends_with('\n') { "one" } else { "none" },
            if actual.ends_with('\n') { "one" } else { "none" }
        );
        return out;
    };
    let _ = writeln!(
        out,
        "    first difference at line {} (expected {} lines, got {} lines)",
        first + 1,
        exp.len(),
        act.len()
    );
    for line in &exp[first.saturating_sub(CONTEXT_LINES)..first.min(exp.len())] {
        let _ = writeln!(out, "      {}", visible(line));
    }
    match exp.get(first) {
        Some(line) => {
            let _ = writeln!(out, "    - {}", visible(line));
        }
        None => {
            let _ = writeln!(out, "    - <end of expected output>");
        }
    }
    match act.get(first) {
        Some(line) => {
            let _ = writeln!(out, "    + {}", visible(line));
        }
        None => {
            let _ = writeln!(out, "    + <end of actual output>");
        }
    }
    out
}

/// Makes trailing whitespace and control characters visible in diff lines.
fn visible(line: &str) -> String {
    let mut s = String::new();
    for c in line.chars() {
        match c {
            '\t' => s.push_str("\\t"),
            '\r' => s.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(s, "\\u{{{:x}}}", c as u32);
            }
            c => s.push(c),
        }
    }
    if line.ends_with(' ') {
        s.push('⏎');
    }
    s
}

fn check_file(binary: &Path, extra_args: &[String], root: &Path, file: &Path, timeout: Duration) -> Outcome {
    let expected_path = file.with_extension("out");
    let expected = match fs::read(&expected_path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(err) => {
            return Outcome::Fail(format!("    cannot read {}: {err}\n", expected_path.display()));
        }
    };
    let result = match run_binary(binary, extra_args, file, root, timeout) {
        Ok(result) => result,
        Err(msg) => return Outcome::Fail(format!("    {msg}\n")),
    };
    let Some(status) = result.status else {
        return Outcome::Timeout;
    };

    let mut combined = result.stdout.clone();
    combined.extend_from_slice(&result.stderr);
    let actual = String::from_utf8_lossy(&combined);

    let mut msg = String::new();
    let expected_code = expected_exit_code(file);
    if status.code() != Some(expected_code) {
        let _ = writeln!(msg, "    exited with {status}, expected exit code {expected_code}");
        let stderr = String::from_utf8_lossy(&result.stderr);
        for line in stderr.lines().take(STDERR_LINES) {
            let _ = writeln!(msg, "    stderr| {}", visible(line));
        }
    }
    if actual != expected {
        msg.push_str(&describe_diff(&expected, &actual));
    }
    if msg.is_empty() { Outcome::Pass } else { Outcome::Fail(msg) }
}

/// `tests/js/known-differences.txt`: `path: reason` lines (relative to `tests/js`) for
/// programs whose output still differs from Node's for a reason written there; they run,
/// are reported, and must keep differing.
fn known_differences(corpus: &Path) -> std::collections::HashMap<String, String> {
    let text = fs::read_to_string(corpus.join("known-differences.txt")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(": ").map(|(p, r)| (p.trim().to_string(), r.trim().to_string())))
        .collect()
}

/// The exit code a file declares with a leading `// exit N:` comment (0 without one).
fn expected_exit_code(file: &Path) -> i32 {
    let text = fs::read_to_string(file).unwrap_or_default();
    text.lines()
        .take(2)
        .find_map(|line| line.strip_prefix("// exit ")?.split(':').next()?.trim().parse().ok())
        .unwrap_or(0)
}

#[test]
fn js_corpus() {
    let root = workspace_root();
    let corpus = root.join("tests").join("js");
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_spindle"));

    let mut files = Vec::new();
    collect_js_files(&corpus, &mut files);
    // The examples (the seeds' code among them) carry their Node output too.
    let mut examples = Vec::new();
    collect_js_files(&root.join("examples"), &mut examples);
    examples.retain(|p| !EXAMPLES_CHECKED_ELSEWHERE.iter().any(|e| p.ends_with(e)));
    files.extend(examples);
    files.sort();
    let total_found = files.len();
    assert!(
        total_found >= MIN_TEST_FILES,
        "expected at least {MIN_TEST_FILES} JS test files under {}, found {total_found}",
        corpus.display()
    );

    let relative = |p: &Path| -> String { p.strip_prefix(&corpus).unwrap_or(p).to_string_lossy().replace('\\', "/") };

    let filter = std::env::var("SPINDLE_TEST_FILTER").ok().filter(|f| !f.is_empty());
    if let Some(filter) = &filter {
        files.retain(|p| relative(p).contains(filter.as_str()));
        assert!(!files.is_empty(), "SPINDLE_TEST_FILTER={filter:?} matched no test files");
    }

    let extra_args: Vec<String> = std::env::var("SPINDLE_TEST_ARGS")
        .map(|s| s.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default();
    let timeout = Duration::from_secs(
        std::env::var("SPINDLE_TEST_TIMEOUT_SECS")
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(DEFAULT_TIMEOUT_SECS),
    );

    let workers = thread::available_parallelism().map(|n| n.get()).unwrap_or(2).min(files.len()).max(1);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Outcome)>> = Mutex::new(Vec::with_capacity(files.len()));

    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(index) else { break };
                    let outcome = check_file(&binary, &extra_args, &root, file, timeout);
                    results.lock().unwrap_or_else(|e| e.into_inner()).push((index, outcome));
                }
            });
        }
    });

    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by_key(|(index, _)| *index);

    let known = known_differences(&corpus);
    let mut passed = 0usize;
    let mut failed = Vec::new();
    let mut known_seen = 0usize;
    let mut report = String::new();
    for (index, outcome) in &results {
        let name = relative(&files[*index]);
        if let Some(reason) = known.get(&name) {
            // A listed difference must still differ: one that passes now leaves the list.
            match outcome {
                Outcome::Pass => {
                    let _ = write!(report, "\n  {name}: passes now; remove it from known-differences.txt\n");
                    failed.push(name);
                }
                _ => {
                    known_seen += 1;
                    println!("known difference: {name}: {reason}");
                }
            }
            continue;
        }
        match outcome {
            Outcome::Pass => passed += 1,
            Outcome::Fail(details) => {
                let _ = write!(report, "\n  {name}: failed\n{details}");
                failed.push(name);
            }
            Outcome::Timeout => {
                let _ = write!(report, "\n  {name}: timed out after {}s (killed)\n", timeout.as_secs());
                failed.push(name);
            }
        }
    }

    let args_note = if extra_args.is_empty() { String::new() } else { format!(" (args: {})", extra_args.join(" ")) };
    println!("spindle js corpus{args_note}: {passed} passed, {} failed, {known_seen} known differences", failed.len());

    if !failed.is_empty() {
        panic!(
            "{} of {} JS corpus files failed{args_note}:{report}\nfailing files:\n  {}\n",
            failed.len(),
            results.len(),
            failed.join("\n  ")
        );
    }
}
