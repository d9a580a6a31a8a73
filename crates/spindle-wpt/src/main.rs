//! `spindle-wpt`: command line and orchestration (select -> run -> report -> baseline).

#![forbid(unsafe_code)]

use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use spindle_conformance::cli::{self, CommonArgs};
use spindle_conformance::output::{Every, write_file};
use spindle_wpt::baseline;
use spindle_wpt::exec::{self, ExecConfig};
use spindle_wpt::report::{self, RunInfo};
use spindle_wpt::result::{FileStatus, SubStatus};
use spindle_wpt::select;

const HELP: &str = "\
spindle-wpt: run web-platform-tests (.any.js files) against the Spindle runtime

USAGE:
    spindle-wpt [OPTIONS] [PATH...]

PATH is a directory or file relative to the WPT root (or absolute inside it).
Default: dom/abort dom/events url hr-time html/webappapis/timers
html/webappapis/microtask-queuing encoding html/webappapis/atob
html/webappapis/structured-clone streams webmessaging.

Every X.any.js whose META global= includes worker, dedicatedworker or jsshell
(none means window,dedicatedworker) runs once per META variant=,
in a fresh runtime, as a shell-style global (testharness.js's
ShellTestEnvironment, as Node's WPT runner does). Window-only files,
.window.js, .worker.js and HTML tests are listed as skipped.

OPTIONS:
    --wpt DIR             WPT root (default: $WPT_DIR, else ../shared/wpt relative
                          to the current directory, else to the workspace root)
    -j, --jobs N          tests run at once (default: available cores)
    --timeout-scale F     multiply the harness timeouts, 10 s and 60 s for
                          timeout=long (default: 1). The runner stops a run 5 s
                          after its harness timeout.
    --filter SUBSTR       only runs whose id (path + variant) contains SUBSTR
    --max-heap-mb N       heap limit per run (default: 2048; 0 = none)
    --stack-mb N          stack of each run's thread (default: 64)
    --json FILE           write every run and subtest as JSON
    --table-out FILE      also write the markdown table to FILE
    --baseline FILE       baseline file (default: <workspace>/wpt/baseline.txt)
    --check-baseline      exit 1, listing them, if subtests of the baseline that
                          were selected do not pass now
    --update-baseline     rewrite the baseline entries of the selected paths with
                          this run's passes (entries of other paths are kept)
    --list                list the runs and skipped files, run nothing
    -v, --verbose         print every failing run and subtest with its message
    -h, --help            this help

Exit status: 0 on completion (test failures alone do not fail the run), 1 if
--check-baseline found regressions, 2 on usage or setup errors.
";

/// Parsed command line: the options shared with the other runners, then WPT's own.
#[derive(Debug, Clone)]
struct Options {
    common: CommonArgs,
    wpt: Option<PathBuf>,
    timeout_scale: f64,
    max_heap_mb: u64,
    stack_mb: usize,
    list: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            common: CommonArgs::default(),
            wpt: None,
            timeout_scale: 1.0,
            max_heap_mb: 2048,
            stack_mb: 64,
            list: false,
        }
    }
}

impl AsRef<CommonArgs> for Options {
    fn as_ref(&self) -> &CommonArgs {
        &self.common
    }
}

/// Flags that reject an inline `=value`.
const NO_VALUE: &[&str] = &["-h", "--help", "-v", "--verbose", "--check-baseline", "--update-baseline", "--list", "--"];

/// Parses the command line (without the program name).
fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    o.common = cli::parse(args, NO_VALUE, |opt| {
        match opt.name() {
            "--wpt" => o.wpt = Some(opt.path()?),
            "--timeout-scale" => {
                o.timeout_scale = opt.number()?;
                if !(o.timeout_scale > 0.0 && o.timeout_scale < 1e4) {
                    return Err("--timeout-scale: must be a positive number".into());
                }
            }
            "--max-heap-mb" => o.max_heap_mb = opt.number()?,
            "--stack-mb" => {
                o.stack_mb = opt.number()?;
                if !(1..=4096).contains(&o.stack_mb) {
                    return Err("--stack-mb: must be between 1 and 4096".into());
                }
            }
            "--list" => o.list = true,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(o)
}

fn main() -> ExitCode {
    cli::main("spindle-wpt", HELP, parse_args, run)
}

/// A message on one line, for listings.
fn short(s: &str) -> String {
    printable(&baseline::one_line(s))
}

/// A subtest name on one line: escaped as in the baseline, other control characters as
/// `\u{..}`.
fn printable(s: &str) -> String {
    baseline::escape(s)
        .chars()
        .map(|c| if c.is_control() && c != '\t' { format!("\\u{{{:x}}}", c as u32) } else { c.to_string() })
        .collect()
}

/// The whole run. Returns the exit code.
fn run(opts: &Options) -> Result<ExitCode, String> {
    let started = Instant::now();
    let root = select::locate_root(opts.wpt.as_deref())?;
    let args = cli::paths_or(&opts.common.paths, select::DEFAULT_PATHS);
    let roots = args.iter().map(|a| select::normalize_root(&root, a)).collect::<Result<Vec<_>, _>>()?;
    let sel = select::collect(&root, &roots, opts.common.filter.as_deref())?;

    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if opts.list {
        for j in &sel.jobs {
            let _ = writeln!(out, "RUN  {}{}", j.id(), if j.meta.long_timeout { " (timeout=long)" } else { "" });
        }
        for s in &sel.skipped {
            let _ = writeln!(out, "SKIP {}: {}", s.path, s.reason);
        }
        return Ok(ExitCode::SUCCESS);
    }

    let cfg = ExecConfig {
        root: root.clone(),
        timeout_scale: opts.timeout_scale,
        max_heap_mb: opts.max_heap_mb,
        stack_size: opts.stack_mb << 20,
    };
    let total = sel.jobs.len();
    eprintln!(
        "spindle-wpt: {} ({} paths): {} runs, {} files skipped; {} threads, timeout scale {}",
        root.display(),
        roots.len(),
        total,
        sel.skipped.len(),
        opts.common.jobs.min(total.max(1)),
        opts.timeout_scale
    );
    let (mut done, mut passed_runs) = (0usize, 0usize);
    let mut progress = Every::new(Duration::from_secs(2));
    let results = exec::run_all(&sel.jobs, &cfg, opts.common.jobs, |r| {
        done += 1;
        if r.status == FileStatus::Ok {
            passed_runs += 1;
        }
        if progress.due() {
            eprintln!("[{:>5.0}s] {done}/{total} runs done, {passed_runs} OK", started.elapsed().as_secs_f64());
        }
    });

    if opts.common.verbose {
        for r in &results {
            if r.status != FileStatus::Ok {
                let _ = writeln!(out, "{} {}: {}", r.status.as_str(), r.id(), short(&r.message));
            }
            for s in r.subtests.iter().filter(|s| s.status != SubStatus::Pass) {
                let _ = writeln!(
                    out,
                    "  {} {} :: {}: {}",
                    s.status.as_str(),
                    r.id(),
                    printable(&s.name),
                    short(&s.message)
                );
            }
        }
        let _ = writeln!(out);
    }
    for s in &sel.skipped {
        let _ = writeln!(out, "SKIP {}: {}", s.path, s.reason);
    }
    if !sel.skipped.is_empty() {
        let _ = writeln!(out);
    }
    let table = report::tabulate(&results, &sel.skipped);
    let markdown = table.to_markdown();
    let _ = write!(out, "{markdown}");
    if let Some(p) = &opts.common.table_out {
        write_file(p, &markdown)?;
    }
    let elapsed = started.elapsed().as_secs_f64();
    if let Some(p) = &opts.common.json {
        let info = RunInfo {
            wpt_root: root.display().to_string(),
            paths: roots.clone(),
            filter: opts.common.filter.clone(),
            timeout_scale: opts.timeout_scale,
            duration_s: elapsed,
        };
        write_file(p, &report::to_json(&results, &sel.skipped, &table, &info))?;
    }

    let mut selected: BTreeSet<String> = results.iter().map(|r| r.id()).collect();
    selected.extend(sel.skipped.iter().map(|s| s.path.clone()));
    let scope = baseline::Scope { selected: &selected, roots: &roots, narrowed: opts.common.filter.is_some() };
    let rules = baseline::RunRules { results: &results, skipped: &sel.skipped, scope };
    let code = baseline::Step::run_requested(&opts.common, &select::data_dir().join("baseline.txt"), &mut out, &rules)?;
    let _ = out.flush();
    eprintln!("spindle-wpt: finished in {:.1} s", started.elapsed().as_secs_f64());
    Ok(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use spindle_conformance::cli::words;

    #[test]
    fn parses_wpt_options() {
        let line = "url --timeout-scale=2 --max-heap-mb 0 --stack-mb 8 --list --wpt /w -j3 encoding";
        let o = parse_args(&words(line)).expect("parses");
        assert_eq!((o.timeout_scale, o.max_heap_mb, o.stack_mb, o.list), (2.0, 0, 8, true));
        assert_eq!(o.wpt, Some(PathBuf::from("/w")));
        // The options every runner has land in `common`.
        assert_eq!((o.common.paths.join(" "), o.common.jobs), ("url encoding".to_string(), 3));
    }

    #[test]
    fn rejects_bad_wpt_args() {
        let bad = ["--timeout-scale", "--timeout-scale -1", "--stack-mb 0", "--list=1", "--check-baseline=1", "--=x"];
        for b in bad {
            assert!(parse_args(&words(b)).is_err(), "{b}");
        }
    }
}
