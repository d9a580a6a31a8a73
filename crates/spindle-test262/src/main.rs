//! `spindle-test262` command-line entry point: argument parsing and the
//! supervisor-side orchestration (select -> skip -> run -> report -> baseline).
//! `spindle-test262 --worker` is the worker process (see `worker.rs`).

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use spindle_conformance::cli::{self, CommonArgs};
use spindle_conformance::output::{Every, write_file};
use spindle_test262::baseline;
use spindle_test262::frontmatter;
use spindle_test262::report::{self, RunInfo};
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
pass-% denominator. Module tests (with --no-modules) are counted in
\"skipped: other\" and stay in the denominator. Multi-agent tests run their
$262.agent agents on threads of the worker.

Negative tests expecting phase `resolution` also accept an error reported in
phase Parse; all other phases must match exactly.

Exit status: 0 on completion (test failures alone do not fail the run),
1 if --check-baseline found regressions, 2 on usage or setup errors.

Debugging: `echo language/x.js | spindle-test262 --worker --suite DIR`
runs tests in a single worker and prints the raw result lines.
";

/// Parsed command line: the options shared with the other runners, then
/// test262's own.
#[derive(Debug, Clone)]
struct Options {
    common: CommonArgs,
    suite: Option<PathBuf>,
    timeout: f64,
    sample: Option<usize>,
    seed: u64,
    gc_stress: bool,
    modules: bool,
    run_unsupported: bool,
    features_file: Option<PathBuf>,
    memory_limit_mb: u64,
    worker_stderr: bool,
    worker: bool,
    mock: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            common: CommonArgs::default(),
            suite: None,
            timeout: 10.0,
            sample: None,
            seed: 0,
            gc_stress: false,
            modules: true,
            run_unsupported: false,
            features_file: None,
            memory_limit_mb: 4096,
            worker_stderr: false,
            worker: false,
            mock: false,
        }
    }
}

impl AsRef<CommonArgs> for Options {
    fn as_ref(&self) -> &CommonArgs {
        &self.common
    }
}

/// Flags that reject an inline `=value` (other flags ignore one).
const NO_VALUE: &[&str] = &["-h", "--help", "-v", "--verbose"];

/// Parses the command line (without the program name).
fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    o.common = cli::parse(args, NO_VALUE, |opt| {
        match opt.name() {
            "--suite" => o.suite = Some(opt.path()?),
            "--timeout" => {
                o.timeout = opt.number()?;
                if !(o.timeout > 0.0 && o.timeout < 1e6) {
                    return Err("--timeout: must be a positive number of seconds".into());
                }
            }
            "--sample" => o.sample = Some(opt.number()?),
            "--seed" => o.seed = opt.number()?,
            "--gc-stress" => o.gc_stress = true,
            "--modules" => o.modules = true,
            "--no-modules" => o.modules = false,
            "--run-unsupported" => o.run_unsupported = true,
            "--features-file" => o.features_file = Some(opt.path()?),
            "--memory-limit" => o.memory_limit_mb = opt.number()?,
            "--worker-stderr" => o.worker_stderr = true,
            "--worker" => o.worker = true,
            "--mock-executor" => o.mock = true,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(o)
}

fn main() -> ExitCode {
    cli::main("spindle-test262", HELP, parse_args, |opts| if opts.worker { Ok(run_worker(opts)) } else { run(opts) })
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
    let args = cli::paths_or(&opts.common.paths, &select::DEFAULT_PATHS);
    let roots = args.iter().map(|a| select::normalize_root(&test_dir, a)).collect::<Result<Vec<_>, _>>()?;
    let mut ids = select::collect(&test_dir, &roots)?;
    if let Some(f) = &opts.common.filter {
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
            .and_then(|src| frontmatter::parse_test(&src).map_err(|e| format!("frontmatter: {e}")));
        match meta {
            Err(e) => results.push(TestResult::failed(id, e)),
            Ok(meta) => match policy.skip_reason(&meta) {
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
        opts.common.jobs.min(run_count.max(1)),
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
        jobs: opts.common.jobs,
        hard_limit: Duration::from_secs_f64(opts.timeout) + Duration::from_secs(2),
        inherit_stderr: opts.worker_stderr,
    };
    let (mut done, mut passed, mut failed) = (0usize, 0usize, 0usize);
    let mut progress = Every::new(Duration::from_secs(2));
    let run_started = Instant::now();
    let ran = supervisor::run(&cfg, to_run, |event| {
        if let Some(r) = event {
            done += 1;
            match r.status {
                Status::Pass => passed += 1,
                _ => failed += 1,
            }
        }
        if progress.due() {
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
    if opts.common.verbose {
        for r in results.iter().filter(|r| r.status == Status::Fail) {
            let _ = writeln!(out, "FAIL {}: {}", r.id, r.reason);
        }
        let _ = writeln!(out);
    }
    let table = report::tabulate(&results);
    let markdown = table.to_markdown();
    let _ = write!(out, "{markdown}");
    if let Some(p) = &opts.common.table_out {
        write_file(p, &markdown)?;
    }
    if let Some(p) = &opts.common.json {
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
    let narrowed = opts.common.filter.is_some() || opts.sample.is_some();
    let scope = baseline::Scope { selected: &selected, roots: &roots, narrowed };
    let rules = baseline::RunRules { results: &results, scope };
    let code = baseline::Step::run_requested(&opts.common, &data_dir.join("baseline.txt"), &mut out, &rules)?;
    let _ = out.flush();
    eprintln!("spindle-test262: finished in {:.1} s", started.elapsed().as_secs_f64());
    Ok(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use spindle_conformance::cli::words;

    #[test]
    fn parses_test262_options() {
        let line =
            "language --timeout=2.5 --sample 2000 --seed 3 --gc-stress --no-modules -j3 built-ins/Array --suite s";
        let o = parse_args(&words(line)).unwrap();
        assert_eq!((o.timeout, o.sample, o.seed), (2.5, Some(2000), 3));
        assert!(o.gc_stress && !o.modules && !o.worker && !o.mock);
        assert_eq!(o.suite, Some(PathBuf::from("s")));
        // The options every runner has land in `common`.
        assert_eq!(o.common.paths, ["language", "built-ins/Array"]);
        assert_eq!(o.common.jobs, 3);
        assert!(parse_args(&words("--no-modules --modules")).unwrap().modules);
        assert!(parse_args(&words("--worker --mock-executor --worker-stderr")).is_ok_and(|o| o.worker && o.mock));
    }

    #[test]
    fn rejects_bad_test262_args() {
        for bad in ["--timeout", "--timeout -1", "--sample x", "--memory-limit -1", "--help=1", "--bogus"] {
            assert!(parse_args(&words(bad)).is_err(), "{bad}");
        }
        // Only -h/-v reject an inline value; other flags ignore one (as before).
        assert!(parse_args(&words("--gc-stress=1")).unwrap().gc_stress);
    }
}
