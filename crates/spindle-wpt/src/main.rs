//! `spindle-wpt`: command line and orchestration (select -> run -> report -> baseline).

#![forbid(unsafe_code)]

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use spindle_wpt::baseline;
use spindle_wpt::exec::{self, ExecConfig};
use spindle_wpt::report::{self, RunInfo, Table};
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

#[derive(Debug, Clone)]
struct Options {
    paths: Vec<String>,
    wpt: Option<PathBuf>,
    jobs: usize,
    timeout_scale: f64,
    filter: Option<String>,
    max_heap_mb: u64,
    stack_mb: usize,
    json: Option<PathBuf>,
    table_out: Option<PathBuf>,
    baseline: Option<PathBuf>,
    check_baseline: bool,
    update_baseline: bool,
    list: bool,
    verbose: bool,
    help: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            paths: Vec::new(),
            wpt: None,
            jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
            timeout_scale: 1.0,
            filter: None,
            max_heap_mb: 2048,
            stack_mb: 64,
            json: None,
            table_out: None,
            baseline: None,
            check_baseline: false,
            update_baseline: false,
            list: false,
            verbose: false,
            help: false,
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
        let flag = matches!(
            name,
            "-h" | "--help" | "-v" | "--verbose" | "--check-baseline" | "--update-baseline" | "--list" | "--"
        );
        match name {
            "--" => only_paths = true,
            "-h" | "--help" => o.help = true,
            "-v" | "--verbose" => o.verbose = true,
            "--wpt" => o.wpt = Some(PathBuf::from(value()?)),
            "-j" | "--jobs" => {
                o.jobs = parse_num(name, &value()?)?;
                if o.jobs == 0 {
                    return Err("-j: must be at least 1".into());
                }
            }
            "--timeout-scale" => {
                o.timeout_scale = parse_num(name, &value()?)?;
                if !(o.timeout_scale > 0.0 && o.timeout_scale < 1e4) {
                    return Err("--timeout-scale: must be a positive number".into());
                }
            }
            "--filter" => o.filter = Some(value()?),
            "--max-heap-mb" => o.max_heap_mb = parse_num(name, &value()?)?,
            "--stack-mb" => {
                o.stack_mb = parse_num(name, &value()?)?;
                if !(1..=4096).contains(&o.stack_mb) {
                    return Err("--stack-mb: must be between 1 and 4096".into());
                }
            }
            "--json" => o.json = Some(PathBuf::from(value()?)),
            "--table-out" => o.table_out = Some(PathBuf::from(value()?)),
            "--baseline" => o.baseline = Some(PathBuf::from(value()?)),
            "--check-baseline" => o.check_baseline = true,
            "--update-baseline" => o.update_baseline = true,
            "--list" => o.list = true,
            _ => return Err(format!("unknown option `{arg}` (see --help)")),
        }
        if inline.is_some() && flag {
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
            eprintln!("spindle-wpt: {e}");
            return ExitCode::from(2);
        }
    };
    if opts.help {
        print!("{HELP}");
        return ExitCode::SUCCESS;
    }
    match run(&opts) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("spindle-wpt: {e}");
            ExitCode::from(2)
        }
    }
}

fn write_file(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
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
    let args: Vec<String> = if opts.paths.is_empty() {
        select::DEFAULT_PATHS.iter().map(|s| s.to_string()).collect()
    } else {
        opts.paths.clone()
    };
    let roots = args.iter().map(|a| select::normalize_root(&root, a)).collect::<Result<Vec<_>, _>>()?;
    let sel = select::collect(&root, &roots, opts.filter.as_deref())?;

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
        opts.jobs.min(total.max(1)),
        opts.timeout_scale
    );
    let (mut done, mut passed_runs) = (0usize, 0usize);
    let mut last = Instant::now();
    let results = exec::run_all(&sel.jobs, &cfg, opts.jobs, |r| {
        done += 1;
        if r.status == FileStatus::Ok {
            passed_runs += 1;
        }
        if last.elapsed() >= Duration::from_secs(2) {
            last = Instant::now();
            eprintln!("[{:>5.0}s] {done}/{total} runs done, {passed_runs} OK", started.elapsed().as_secs_f64());
        }
    });

    if opts.verbose {
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
    let table = Table::new(&results, &sel.skipped);
    let markdown = table.to_markdown();
    let _ = write!(out, "{markdown}");
    if let Some(p) = &opts.table_out {
        write_file(p, &markdown)?;
    }
    let elapsed = started.elapsed().as_secs_f64();
    if let Some(p) = &opts.json {
        let info = RunInfo {
            wpt_root: root.display().to_string(),
            paths: roots.clone(),
            filter: opts.filter.clone(),
            timeout_scale: opts.timeout_scale,
            duration_s: elapsed,
        };
        write_file(p, &report::to_json(&results, &sel.skipped, &table, &info))?;
    }

    let mut code = ExitCode::SUCCESS;
    if opts.check_baseline || opts.update_baseline {
        let path = opts.baseline.clone().unwrap_or_else(|| select::data_dir().join("baseline.txt"));
        let base = baseline::load(&path)?;
        let check = baseline::check(&base, &results, &sel.skipped);
        if opts.check_baseline {
            if check.regressions.is_empty() {
                let _ = writeln!(out, "\nbaseline: no regressions ({} entries)", base.len());
            } else {
                let _ = writeln!(out, "\nbaseline: {} REGRESSION(S):", check.regressions.len());
                for r in &check.regressions {
                    let _ = writeln!(out, "REGRESSION {}: {}", r.entry, r.reason);
                }
                code = ExitCode::from(1);
            }
        }
        if !check.newly_passing.is_empty() {
            let _ = writeln!(
                out,
                "baseline: {} newly passing subtest(s){}",
                check.newly_passing.len(),
                if opts.update_baseline { "" } else { "; run with --update-baseline to record them" }
            );
            if opts.verbose {
                for e in &check.newly_passing {
                    let _ = writeln!(out, "NEW PASS {e}");
                }
            }
        }
        if opts.update_baseline {
            let mut selected: BTreeSet<String> = results.iter().map(|r| r.id()).collect();
            selected.extend(sel.skipped.iter().map(|s| s.path.clone()));
            let scope = baseline::Scope { selected: &selected, roots: &roots, narrowed: opts.filter.is_some() };
            let updated = baseline::update(&base, &scope, &results);
            baseline::save(&path, &updated)?;
            let _ = writeln!(out, "baseline: wrote {} ({} entries, was {})", path.display(), updated.len(), base.len());
        }
    }
    let _ = out.flush();
    eprintln!("spindle-wpt: finished in {:.1} s", started.elapsed().as_secs_f64());
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
        let o = parse_args(&args("url -j3 --timeout-scale=2 --filter foo encoding -v --json out.json --wpt /w"))
            .expect("parses");
        assert_eq!(o.paths, ["url", "encoding"]);
        assert_eq!((o.jobs, o.timeout_scale), (3, 2.0));
        assert_eq!(o.filter.as_deref(), Some("foo"));
        assert!(o.verbose);
        assert_eq!(o.json, Some(PathBuf::from("out.json")));
        assert_eq!(o.wpt, Some(PathBuf::from("/w")));
        assert_eq!(parse_args(&args("-j 4")).expect("parses").jobs, 4);
    }

    #[test]
    fn rejects_bad_args() {
        assert!(parse_args(&args("--bogus")).is_err());
        assert!(parse_args(&args("-j 0")).is_err());
        assert!(parse_args(&args("--timeout-scale")).is_err());
        assert!(parse_args(&args("--timeout-scale -1")).is_err());
        assert!(parse_args(&args("--list=1")).is_err());
        assert_eq!(parse_args(&args("-- --odd")).expect("parses").paths, ["--odd"]);
    }
}
