//! `spindle-test262` command-line entry point: argument parsing and the
//! supervisor-side orchestration (select -> skip -> run -> report -> baseline).
//! `spindle-test262 --worker` is the worker process (see `worker.rs`).

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use spindle_test262::baseline;
use spindle_test262::frontmatter;
use spindle_test262::report::{self, RunInfo, Table};
use spindle_test262::result::{Status, TestResult};
use spindle_test262::select::{self, FeatureList, SkipPolicy};
use spindle_test262::supervisor::{self, SupervisorConfig};
use spindle_test262::worker::{self, WorkerOptions};

const HELP: &str = "\
spindle-test262: run the test262 conformance suite against Spindle

USAGE:
    spindle-test262 [OPTIONS] [PATH...]

PATH is a file or directory relative to the suite's test/ directory (or an
absolute path inside it). Default: language built-ins annexB.
Files whose name contains _FIXTURE are never run as tests.

OPTIONS:
    --suite DIR           test262 checkout (default: $TEST262_DIR, else
                          ../shared/test262 relative to the current directory,
                          else relative to the workspace root)
    -j, --jobs N          number of worker processes (default: available cores)
    --timeout SECS        per-test time limit, shared by the test's sloppy and
                          strict runs (default: 10). The engine gets it as a
                          cooperative deadline; a worker that has not answered
                          2 s after it is killed and the test fails (timeout).
    --filter SUBSTR       only tests whose id contains SUBSTR
    --sample N            deterministic pseudo-random sample of N tests from
                          the selection (stable across runs)
    --seed N              seed for --sample (default: 0)
    --gc-stress           ask the engine to collect at every safepoint
    --modules             run module tests (the default)
    --no-modules          skip module tests (they then count as not passed)
    --run-unsupported     ignore unsupported-features.txt (run everything)
    --features-file FILE  unsupported-features list
                          (default: <workspace>/test262/unsupported-features.txt)
    --baseline FILE       baseline file (default: <workspace>/test262/baseline.txt)
    --check-baseline      exit 1 if a baseline test that was selected did not pass
    --update-baseline     rewrite the baseline for the selected paths with this
                          run's passing tests (entries outside them are kept)
    --json FILE           write every test's result as JSON
    --table-out FILE      also write the markdown table to FILE
    --memory-limit MB     per-worker address-space limit, Linux only
                          (default: 4096; 0 = unlimited)
    --worker-stderr       let workers write to stderr (default: captured; the
                          tail is shown in crash reasons)
    -v, --verbose         list every failure with its reason (and newly
                          passing tests when checking the baseline)
    -h, --help            this help

Skipped tests: tests using a feature listed in unsupported-features.txt are
counted in the \"skipped: unsupported feature\" column and excluded from the
pass-% denominator. Module tests (with --no-modules) and multi-agent tests
are counted in \"skipped: other\" and stay in the denominator.

Negative tests expecting phase `resolution` also accept an error reported in
phase Parse; all other phases must match exactly.

Exit status: 0 on completion (test failures alone do not fail the run),
1 if --check-baseline found regressions, 2 on usage or setup errors.

Debugging: `echo language/x.js | spindle-test262 --worker --suite DIR`
runs tests in a single worker and prints the raw result lines.
";

/// Parsed command line.
#[derive(Debug, Clone)]
struct Options {
    paths: Vec<String>,
    suite: Option<PathBuf>,
    jobs: usize,
    timeout: f64,
    filter: Option<String>,
    sample: Option<usize>,
    seed: u64,
    gc_stress: bool,
    modules: bool,
    run_unsupported: bool,
    features_file: Option<PathBuf>,
    baseline: Option<PathBuf>,
    check_baseline: bool,
    update_baseline: bool,
    json: Option<PathBuf>,
    table_out: Option<PathBuf>,
    memory_limit_mb: u64,
    worker_stderr: bool,
    verbose: bool,
    help: bool,
    worker: bool,
    mock: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            paths: Vec::new(),
            suite: None,
            jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
            timeout: 10.0,
            filter: None,
            sample: None,
            seed: 0,
            gc_stress: false,
            modules: true,
            run_unsupported: false,
            features_file: None,
            baseline: None,
            check_baseline: false,
            update_baseline: false,
            json: None,
            table_out: None,
            memory_limit_mb: 4096,
            worker_stderr: false,
            verbose: false,
            help: false,
            worker: false,
            mock: false,
        }
    }
}

fn parse_num<T: std::str::FromStr>(opt: &str, v: &str) -> Result<T, String> {
    v.parse().map_err(|_| format!("{opt}: invalid number `{v}`"))
}

/// Parses the command line (without the program name).
fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut it = args.iter();
    let mut only_paths = false;
    while let Some(arg) = it.next() {
        if only_paths || !arg.starts_with('-') || arg == "-" {
            o.paths.push(arg.clone());
            continue;
        }
        let (name, inline): (&str, Option<String>) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ if arg.starts_with("-j") && arg.len() > 2 => ("-j", Some(arg[2..].to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = || -> Result<String, String> {
            match &inline {
                Some(v) => Ok(v.clone()),
                None => it.next().cloned().ok_or_else(|| format!("{name} needs a value")),
            }
        };
        match name {
            "--" => only_paths = true,
            "-h" | "--help" => o.help = true,
            "-v" | "--verbose" => o.verbose = true,
            "--suite" => o.suite = Some(PathBuf::from(value()?)),
            "-j" | "--jobs" => {
                o.jobs = parse_num(name, &value()?)?;
                if o.jobs == 0 {
                    return Err("-j: must be at least 1".into());
                }
            }
            "--timeout" => {
                o.timeout = parse_num(name, &value()?)?;
                if !(o.timeout > 0.0 && o.timeout < 1e6) {
                    return Err("--timeout: must be a positive number of seconds".into());
                }
            }
            "--filter" => o.filter = Some(value()?),
            "--sample" => o.sample = Some(parse_num(name, &value()?)?),
            "--seed" => o.seed = parse_num(name, &value()?)?,
            "--gc-stress" => o.gc_stress = true,
            "--modules" => o.modules = true,
            "--no-modules" => o.modules = false,
            "--run-unsupported" => o.run_unsupported = true,
            "--features-file" => o.features_file = Some(PathBuf::from(value()?)),
            "--baseline" => o.baseline = Some(PathBuf::from(value()?)),
            "--check-baseline" => o.check_baseline = true,
            "--update-baseline" => o.update_baseline = true,
            "--json" => o.json = Some(PathBuf::from(value()?)),
            "--table-out" => o.table_out = Some(PathBuf::from(value()?)),
            "--memory-limit" => o.memory_limit_mb = parse_num(name, &value()?)?,
            "--worker-stderr" => o.worker_stderr = true,
            "--worker" => o.worker = true,
            "--mock-executor" => o.mock = true,
            _ => return Err(format!("unknown option `{arg}` (see --help)")),
        }
        if inline.is_some() && matches!(name, "-h" | "--help" | "-v" | "--verbose") {
            return Err(format!("{name} takes no value"));
        }
    }
    Ok(o)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_args(&args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("spindle-test262: {e}");
            return ExitCode::from(2);
        }
    };
    if opts.help {
        print!("{HELP}");
        return ExitCode::SUCCESS;
    }
    if opts.worker {
        return run_worker(&opts);
    }
    match run(&opts) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("spindle-test262: {e}");
            ExitCode::from(2)
        }
    }
}

fn run_worker(opts: &Options) -> ExitCode {
    let suite = match select::locate_suite(opts.suite.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("spindle-test262 worker: {e}");
            return ExitCode::from(2);
        }
    };
    let code = worker::worker_main(WorkerOptions {
        suite,
        timeout: Duration::from_secs_f64(opts.timeout),
        gc_stress: opts.gc_stress,
        memory_limit_mb: opts.memory_limit_mb,
        mock: opts.mock,
    });
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}

/// Warns about names in the unsupported list that test262 does not know.
fn warn_unknown_features(suite: &Path, list: &FeatureList) {
    let Ok(text) = std::fs::read_to_string(suite.join("features.txt")) else {
        return;
    };
    let known = FeatureList::parse(&text).features;
    for f in list.features.difference(&known) {
        eprintln!("spindle-test262: warning: unsupported feature `{f}` is not in the suite's features.txt");
    }
}

fn write_file(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The supervisor side of a run. Returns the exit code.
fn run(opts: &Options) -> Result<ExitCode, String> {
    let started = Instant::now();
    let suite = select::locate_suite(opts.suite.as_deref())?;
    let suite = std::fs::canonicalize(&suite).unwrap_or(suite);
    let test_dir = suite.join("test");
    let data_dir = select::data_dir();

    // Skip policy.
    let unsupported = if opts.run_unsupported {
        FeatureList::default()
    } else {
        let path = opts.features_file.clone().unwrap_or_else(|| data_dir.join("unsupported-features.txt"));
        let list = FeatureList::load(&path)?;
        warn_unknown_features(&suite, &list);
        list
    };
    let policy = SkipPolicy { unsupported, modules: opts.modules };

    // Selection.
    let args: Vec<String> = if opts.paths.is_empty() {
        select::DEFAULT_PATHS.iter().map(|s| s.to_string()).collect()
    } else {
        opts.paths.clone()
    };
    let roots = args.iter().map(|a| select::normalize_root(&test_dir, a)).collect::<Result<Vec<_>, _>>()?;
    let mut ids = select::collect(&test_dir, &roots)?;
    if let Some(f) = &opts.filter {
        ids.retain(|id| id.contains(f.as_str()));
    }
    if let Some(n) = opts.sample {
        ids = select::sample(&ids, n, opts.seed);
    }
    let selected: BTreeSet<String> = ids.iter().cloned().collect();

    // Skip decisions (the supervisor reads every frontmatter once).
    let mut results: Vec<TestResult> = Vec::with_capacity(ids.len());
    let mut to_run = Vec::with_capacity(ids.len());
    for id in &ids {
        let path = test_dir.join(id);
        let meta = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(|src| frontmatter::parse_test(&src).map(|m| (m, src)).map_err(|e| format!("frontmatter: {e}")));
        match meta {
            Err(e) => results.push(TestResult::failed(id, e)),
            Ok((meta, src)) => match policy.skip_reason(&meta, &src) {
                Some((kind, why)) => results.push(TestResult::skipped(id, kind, why)),
                None => to_run.push(id.clone()),
            },
        }
    }
    let revision = std::fs::read_to_string(suite.join("REVISION")).unwrap_or_default();
    let run_count = to_run.len();
    eprintln!(
        "spindle-test262: suite {} ({}), {} tests selected: {} to run, {} skipped; {} workers, timeout {} s{}",
        suite.display(),
        if revision.trim().is_empty() { "unknown revision" } else { revision.trim() },
        ids.len(),
        run_count,
        ids.len() - run_count - results.iter().filter(|r| r.status == Status::Fail).count(),
        opts.jobs.min(run_count.max(1)),
        opts.timeout,
        if opts.gc_stress { ", gc stress" } else { "" },
    );

    // Execution.
    let exe = std::env::current_exe().map_err(|e| format!("cannot locate own executable: {e}"))?;
    let mut worker_args = vec![
        "--worker".to_string(),
        "--suite".to_string(),
        suite.display().to_string(),
        "--timeout".to_string(),
        opts.timeout.to_string(),
        "--memory-limit".to_string(),
        opts.memory_limit_mb.to_string(),
    ];
    if opts.gc_stress {
        worker_args.push("--gc-stress".into());
    }
    if opts.mock {
        worker_args.push("--mock-executor".into());
    }
    let cfg = SupervisorConfig {
        exe,
        worker_args,
        jobs: opts.jobs,
        hard_limit: Duration::from_secs_f64(opts.timeout) + Duration::from_secs(2),
        inherit_stderr: opts.worker_stderr,
    };
    let (mut done, mut passed, mut failed) = (0usize, 0usize, 0usize);
    let mut last_progress = Instant::now();
    let run_started = Instant::now();
    let ran = supervisor::run(&cfg, to_run, |event| {
        if let Some(r) = event {
            done += 1;
            match r.status {
                Status::Pass => passed += 1,
                _ => failed += 1,
            }
        }
        if last_progress.elapsed() >= Duration::from_secs(2) {
            last_progress = Instant::now();
            eprintln!(
                "[{:>5.0}s] {done}/{run_count} done, {passed} passed, {failed} failed",
                run_started.elapsed().as_secs_f64()
            );
        }
    })?;
    results.extend(ran);
    results.sort_by(|a, b| a.id.cmp(&b.id));

    // Reports.
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if opts.verbose {
        for r in results.iter().filter(|r| r.status == Status::Fail) {
            let _ = writeln!(out, "FAIL {}: {}", r.id, r.reason);
        }
        let _ = writeln!(out);
    }
    let table = Table::from_results(&results);
    let markdown = table.to_markdown();
    let _ = write!(out, "{markdown}");
    let multi_agent = results.iter().filter(|r| r.reason == select::SECOND_AGENT_REASON).count();
    if multi_agent > 0 {
        let _ = writeln!(out, "{multi_agent} multi-agent tests skipped ($262.agent.start needs workers).");
    }
    if let Some(p) = &opts.table_out {
        write_file(p, &markdown)?;
    }
    if let Some(p) = &opts.json {
        let info = RunInfo {
            suite: suite.display().to_string(),
            revision,
            timeout_secs: opts.timeout,
            gc_stress: opts.gc_stress,
            modules: opts.modules,
            paths: roots.clone(),
        };
        write_file(p, &report::to_json(&results, &info, &table))?;
    }

    // Baseline.
    let mut code = ExitCode::SUCCESS;
    if opts.check_baseline || opts.update_baseline {
        let path = opts.baseline.clone().unwrap_or_else(|| data_dir.join("baseline.txt"));
        let base = baseline::load(&path)?;
        let check = baseline::check(&base, &results);
        if opts.check_baseline {
            if check.regressions.is_empty() {
                let _ = writeln!(
                    out,
                    "\nbaseline: no regressions ({} baseline tests selected)",
                    selected.intersection(&base).count()
                );
            } else {
                let _ = writeln!(out, "\nbaseline: {} REGRESSION(S):", check.regressions.len());
                for r in &check.regressions {
                    let _ = writeln!(out, "REGRESSION {}: {}", r.id, r.reason);
                }
                code = ExitCode::from(1);
            }
        }
        if !check.newly_passing.is_empty() {
            let _ = writeln!(
                out,
                "baseline: {} newly passing test(s){}",
                check.newly_passing.len(),
                if opts.update_baseline { "" } else { "; run with --update-baseline to record them" }
            );
            if opts.verbose {
                for id in &check.newly_passing {
                    let _ = writeln!(out, "NEW PASS {id}");
                }
            }
        }
        if opts.update_baseline {
            let scope = baseline::Scope {
                selected: &selected,
                roots: &roots,
                narrowed: opts.filter.is_some() || opts.sample.is_some(),
            };
            let updated = baseline::update(&base, &scope, &results);
            baseline::save(&path, &updated)?;
            let _ = writeln!(out, "baseline: wrote {} ({} entries, was {})", path.display(), updated.len(), base.len());
        }
    }
    let _ = out.flush();
    eprintln!("spindle-test262: finished in {:.1} s", started.elapsed().as_secs_f64());
    Ok(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn parses_flags_and_values() {
        let o = parse_args(&args(
            "language -j3 --timeout=2.5 --filter foo --sample 2000 --gc-stress built-ins/Array -v --json out.json",
        ))
        .unwrap();
        assert_eq!(o.paths, ["language", "built-ins/Array"]);
        assert_eq!(o.jobs, 3);
        assert_eq!(o.timeout, 2.5);
        assert_eq!(o.filter.as_deref(), Some("foo"));
        assert_eq!(o.sample, Some(2000));
        assert!(o.gc_stress && o.verbose && o.modules);
        assert_eq!(o.json, Some(PathBuf::from("out.json")));
        assert_eq!(parse_args(&args("-j 4")).unwrap().jobs, 4);
        assert!(parse_args(&args("--modules")).unwrap().modules);
        assert!(!parse_args(&args("--modules --no-modules")).unwrap().modules);
    }

    #[test]
    fn rejects_bad_args() {
        assert!(parse_args(&args("--bogus")).is_err());
        assert!(parse_args(&args("-j 0")).is_err());
        assert!(parse_args(&args("--timeout")).is_err());
        assert!(parse_args(&args("--timeout -1")).is_err());
        assert!(parse_args(&args("--sample x")).is_err());
        assert_eq!(parse_args(&args("-- --odd")).unwrap().paths, ["--odd"]);
    }
}
