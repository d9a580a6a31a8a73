//! Baseline files: the checked-in, sorted list of what passes (one entry per line), and
//! the rules of `--check-baseline` and `--update-baseline`.
//!
//! What an entry is belongs to the runner (a test id for test262, `id :: subtest` for
//! WPT); the rules are the same:
//!
//! - [`check`]: a baseline entry the run selected that does not pass now is a
//!   regression; a passing entry missing from the baseline is "newly passing".
//! - [`update`] (the merge): entries in the run's [`Scope`] are replaced by this run's
//!   passes; entries outside it (paths not run this time) are kept.
//! - [`Step::run`]: loads the file, prints the check (and exits 1 on regressions, through
//!   its result), and writes the update; [`Step::run_requested`] does so as the common
//!   command-line options ask.
//!
//! Blank lines and `#` lines are ignored when reading.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::cli::CommonArgs;

/// How a runner's baseline file is read and written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileFormat {
    /// Trim each line when reading. Otherwise a line is kept as it is but for a final
    /// carriage return (entries may end in spaces).
    pub trim: bool,
    /// Create the file's folder when saving.
    pub create_dir: bool,
}

impl FileFormat {
    /// Parses baseline text (see [`parse`]).
    pub fn parse(self, text: &str) -> BTreeSet<String> {
        parse(text, self)
    }

    /// Reads a baseline file (see [`load`]).
    pub fn load(self, path: &Path) -> Result<BTreeSet<String>, String> {
        load(path, self)
    }

    /// Writes a baseline file (see [`save`]).
    pub fn save(self, path: &Path, baseline: &BTreeSet<String>) -> Result<(), String> {
        save(path, baseline, self)
    }
}

/// Parses baseline text: one entry per non-blank line that does not start with `#`.
pub fn parse(text: &str, format: FileFormat) -> BTreeSet<String> {
    if format.trim {
        text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string).collect()
    } else {
        text.lines()
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect()
    }
}

/// Reads a baseline file; a missing file is an empty baseline. Errors name the file.
pub fn load(path: &Path, format: FileFormat) -> Result<BTreeSet<String>, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(parse(&text, format)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeSet::new()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// Renders a baseline: the entries, sorted, one per line.
pub fn render(baseline: &BTreeSet<String>) -> String {
    let mut out = String::new();
    for e in baseline {
        out.push_str(e);
        out.push('\n');
    }
    out
}

/// Writes a baseline file (creating its folder if `format` says so). Errors name the
/// file or folder.
pub fn save(path: &Path, baseline: &BTreeSet<String>, format: FileFormat) -> Result<(), String> {
    if format.create_dir
        && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, render(baseline)).map_err(|e| format!("{}: {e}", path.display()))
}

/// A baseline entry that does not pass now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Regression {
    /// The baseline entry.
    pub entry: String,
    /// Why it did not pass (the failure or skip reason).
    pub reason: String,
}

/// The result of [`check`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Check {
    /// Baseline entries the run selected that did not pass, sorted.
    pub regressions: Vec<Regression>,
    /// Passing entries missing from the baseline, sorted.
    pub newly_passing: Vec<String>,
}

/// Compares a run with the baseline. `passing` holds the entries the run passes;
/// `reason` is asked about every baseline entry not among them and says why the run did
/// not pass it, or `None` if the run did not select it (then it is no regression).
pub fn check(
    baseline: &BTreeSet<String>,
    passing: &BTreeSet<String>,
    mut reason: impl FnMut(&str) -> Option<String>,
) -> Check {
    let mut c = Check::default();
    for e in baseline.difference(passing) {
        if let Some(reason) = reason(e) {
            c.regressions.push(Regression { entry: e.clone(), reason });
        }
    }
    c.newly_passing = passing.difference(baseline).cloned().collect();
    c
}

/// Which baseline entries a run is authoritative for.
#[derive(Debug, Clone)]
pub struct Scope<'a> {
    /// The ids the run selected.
    pub selected: &'a BTreeSet<String>,
    /// The selected roots (normalized command-line paths).
    pub roots: &'a [String],
    /// `--filter` (or another option) narrowed the selection: only selected ids are in
    /// scope. Otherwise every id under a root is, which also drops the entries of tests
    /// that no longer exist.
    pub narrowed: bool,
}

impl Scope<'_> {
    /// Whether `id` is in scope: selected, or (when the selection is not narrowed) under a
    /// root by the runner's `is_under(id, root)`.
    pub fn covers(&self, id: &str, is_under: impl Fn(&str, &str) -> bool) -> bool {
        self.selected.contains(id) || (!self.narrowed && self.roots.iter().any(|r| is_under(id, r)))
    }
}

/// The merged baseline: the entries for which `in_scope` is false are kept, the others
/// are replaced by `passing`, this run's passes.
pub fn update(
    baseline: &BTreeSet<String>,
    in_scope: impl Fn(&str) -> bool,
    passing: impl IntoIterator<Item = String>,
) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = baseline.iter().filter(|e| !in_scope(e)).cloned().collect();
    out.extend(passing);
    out
}

/// A runner's baseline rules, applied to one run's results.
pub trait Rules {
    /// How the runner's baseline file is read and written.
    fn format(&self) -> FileFormat;

    /// What an entry is, for messages (`test`, `subtest`).
    fn unit(&self) -> &str;

    /// Compares the run with `baseline` (normally through [`check`]).
    fn check(&self, baseline: &BTreeSet<String>) -> Check;

    /// What follows "no regressions", in parentheses (e.g. how many entries were
    /// checked).
    fn no_regressions_note(&self, baseline: &BTreeSet<String>) -> String;

    /// The baseline `--update-baseline` writes (normally through [`update`]).
    fn update(&self, baseline: &BTreeSet<String>) -> BTreeSet<String>;
}

/// The `--check-baseline` / `--update-baseline` step of a run.
#[derive(Debug, Clone, Copy)]
pub struct Step<'a> {
    /// The baseline file.
    pub path: &'a Path,
    /// `--check-baseline`: list regressions.
    pub check: bool,
    /// `--update-baseline`: write the merged baseline.
    pub update: bool,
    /// `--verbose`: also list the newly passing entries.
    pub verbose: bool,
}

impl<'a> Step<'a> {
    /// The step the common options ask for (`--check-baseline`, `--update-baseline`,
    /// `--baseline FILE`, `--verbose`), with `default_path` as the file unless
    /// `--baseline` names one; `None` when neither check nor update was asked for.
    pub fn requested(args: &'a CommonArgs, default_path: &'a Path) -> Option<Self> {
        (args.check_baseline || args.update_baseline).then(|| Step {
            path: args.baseline.as_deref().unwrap_or(default_path),
            check: args.check_baseline,
            update: args.update_baseline,
            verbose: args.verbose,
        })
    }

    /// Runs the step [`Step::requested`] by `args`, if any: the run's exit status is 1
    /// if it found regressions, else success.
    pub fn run_requested(
        args: &CommonArgs,
        default_path: &Path,
        out: &mut dyn Write,
        rules: &dyn Rules,
    ) -> Result<ExitCode, String> {
        match Step::requested(args, default_path) {
            Some(step) if step.run(out, rules)? => Ok(ExitCode::from(1)),
            _ => Ok(ExitCode::SUCCESS),
        }
    }

    /// Loads the baseline and, as asked, prints the check to `out`
    /// (`baseline: no regressions (NOTE)` or `baseline: N REGRESSION(S):` and a
    /// `REGRESSION entry: reason` line each; then `baseline: N newly passing UNIT(s)`,
    /// with `NEW PASS entry` lines when verbose) and writes the update
    /// (`baseline: wrote PATH (N entries, was M)`). Returns whether the check found
    /// regressions; errors are file errors.
    pub fn run(&self, out: &mut dyn Write, rules: &dyn Rules) -> Result<bool, String> {
        let format = rules.format();
        let base = load(self.path, format)?;
        let check = rules.check(&base);
        let mut regressed = false;
        if self.check {
            if check.regressions.is_empty() {
                let _ = writeln!(out, "\nbaseline: no regressions ({})", rules.no_regressions_note(&base));
            } else {
                let _ = writeln!(out, "\nbaseline: {} REGRESSION(S):", check.regressions.len());
                for r in &check.regressions {
                    let _ = writeln!(out, "REGRESSION {}: {}", r.entry, r.reason);
                }
                regressed = true;
            }
        }
        if !check.newly_passing.is_empty() {
            let _ = writeln!(
                out,
                "baseline: {} newly passing {}(s){}",
                check.newly_passing.len(),
                rules.unit(),
                if self.update { "" } else { "; run with --update-baseline to record them" }
            );
            if self.verbose {
                for e in &check.newly_passing {
                    let _ = writeln!(out, "NEW PASS {e}");
                }
            }
        }
        if self.update {
            let updated = rules.update(&base);
            save(self.path, &updated, format)?;
            let _ = writeln!(
                out,
                "baseline: wrote {} ({} entries, was {})",
                self.path.display(),
                updated.len(),
                base.len()
            );
        }
        Ok(regressed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRIM: FileFormat = FileFormat { trim: true, create_dir: false };
    const VERBATIM: FileFormat = FileFormat { trim: false, create_dir: true };

    fn set(v: &[&str]) -> BTreeSet<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parse_and_render() {
        assert_eq!(parse("# c\n b \n\na\r\n", TRIM), set(&["a", "b"]));
        assert_eq!(parse("# c\n b \n  \na\r\n", VERBATIM), set(&["a", " b "]));
        assert_eq!(render(&set(&["b", "a"])), "a\nb\n");
    }

    #[test]
    fn check_and_update() {
        let base = set(&["a/1", "a/2", "a/3", "b/1"]);
        let passing = set(&["a/1", "a/4"]);
        let c = check(&base, &passing, |e| (e != "b/1").then(|| format!("why {e}")));
        assert_eq!(
            c.regressions,
            [
                Regression { entry: "a/2".into(), reason: "why a/2".into() },
                Regression { entry: "a/3".into(), reason: "why a/3".into() }
            ]
        );
        assert_eq!(c.newly_passing, ["a/4"]);

        let selected = set(&["a/1", "a/2", "a/4"]);
        let roots = ["a".to_string()];
        let scope = Scope { selected: &selected, roots: &roots, narrowed: false };
        let under = |id: &str, r: &str| id.starts_with(&format!("{r}/"));
        assert_eq!(update(&base, |e| scope.covers(e, under), passing.clone()), set(&["a/1", "a/4", "b/1"]));
        let narrowed = Scope { narrowed: true, ..scope };
        assert_eq!(update(&base, |e| narrowed.covers(e, under), passing), set(&["a/1", "a/3", "a/4", "b/1"]));
    }

    struct Fixed(Check);

    impl Rules for Fixed {
        fn format(&self) -> FileFormat {
            VERBATIM
        }
        fn unit(&self) -> &str {
            "test"
        }
        fn check(&self, _: &BTreeSet<String>) -> Check {
            self.0.clone()
        }
        fn no_regressions_note(&self, b: &BTreeSet<String>) -> String {
            format!("{} entries", b.len())
        }
        fn update(&self, _: &BTreeSet<String>) -> BTreeSet<String> {
            set(&["x", "y"])
        }
    }

    #[test]
    fn step_prints_and_writes() {
        let dir = std::env::temp_dir().join(format!("spindle-conformance-baseline-{}", std::process::id()));
        let path = dir.join("sub/baseline.txt");
        let step = Step { path: &path, check: true, update: false, verbose: true };
        let clean = Fixed(Check { regressions: vec![], newly_passing: vec!["n".into()] });
        let mut out = Vec::new();
        assert_eq!(step.run(&mut out, &clean), Ok(false));
        assert_eq!(
            String::from_utf8_lossy(&out),
            "\nbaseline: no regressions (0 entries)\n\
             baseline: 1 newly passing test(s); run with --update-baseline to record them\nNEW PASS n\n"
        );

        let bad = Fixed(Check { regressions: vec![Regression { entry: "e".into(), reason: "r".into() }], ..clean.0 });
        let step = Step { update: true, verbose: false, ..step };
        let mut out = Vec::new();
        assert_eq!(step.run(&mut out, &bad), Ok(true));
        assert_eq!(
            String::from_utf8_lossy(&out),
            format!(
                "\nbaseline: 1 REGRESSION(S):\nREGRESSION e: r\nbaseline: 1 newly passing test(s)\n\
                 baseline: wrote {} (2 entries, was 0)\n",
                path.display()
            )
        );
        assert_eq!(VERBATIM.load(&path), Ok(set(&["x", "y"])));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn requested_by_the_common_options() {
        let default = Path::new("default.txt");
        let mut args = CommonArgs::default();
        assert!(Step::requested(&args, default).is_none());
        let mut out = Vec::new();
        assert_eq!(Step::run_requested(&args, default, &mut out, &Fixed(Check::default())), Ok(ExitCode::SUCCESS));
        assert!(out.is_empty());
        args.check_baseline = true;
        assert_eq!(Step::requested(&args, default).map(|s| (s.path, s.check, s.update)), Some((default, true, false)));
        args.baseline = Some("other.txt".into());
        args.update_baseline = true;
        assert_eq!(
            Step::requested(&args, default).map(|s| (s.path, s.check, s.update)),
            Some((Path::new("other.txt"), true, true))
        );
    }
}
