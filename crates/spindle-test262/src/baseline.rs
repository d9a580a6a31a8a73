//! The checked-in baseline of passing tests (`test262/baseline.txt`).
//!
//! The file is a sorted list of test ids (paths relative to `test/`), one per
//! line. Blank lines and `#` lines are ignored when reading.
//!
//! - [`check`]: every baseline entry that was *selected in this run* and did
//!   not pass is a regression; selected passing tests missing from the
//!   baseline are "newly passing".
//! - [`update`]: entries in the run's scope are replaced by this run's passing
//!   tests; entries outside the scope are kept untouched.

use std::collections::BTreeSet;
use std::path::Path;

use crate::result::{Status, TestResult};
use crate::select::is_under;

/// Reads a baseline file; a missing file is an empty baseline.
pub fn load(path: &Path) -> Result<BTreeSet<String>, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(parse(&text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeSet::new()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// Parses baseline text.
pub fn parse(text: &str) -> BTreeSet<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string).collect()
}

/// Renders a baseline (sorted, one id per line).
pub fn render(baseline: &BTreeSet<String>) -> String {
    let mut out = String::new();
    for id in baseline {
        out.push_str(id);
        out.push('\n');
    }
    out
}

/// Writes a baseline file.
pub fn save(path: &Path, baseline: &BTreeSet<String>) -> Result<(), String> {
    std::fs::write(path, render(baseline)).map_err(|e| format!("{}: {e}", path.display()))
}

/// A baseline entry that did not pass in this run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Regression {
    /// Test id.
    pub id: String,
    /// Why it did not pass (failure or skip reason).
    pub reason: String,
}

/// Result of [`check`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Check {
    /// Baseline tests selected in this run that did not pass (sorted by id).
    pub regressions: Vec<Regression>,
    /// Passing tests not in the baseline (sorted).
    pub newly_passing: Vec<String>,
}

/// Compares this run's results (the selected tests) against the baseline.
pub fn check(baseline: &BTreeSet<String>, results: &[TestResult]) -> Check {
    let mut c = Check::default();
    for r in results {
        let passed = r.status == Status::Pass;
        let known = baseline.contains(&r.id);
        if known && !passed {
            let reason = match r.status {
                Status::Skip(_) => format!("skipped: {}", r.reason),
                _ => r.reason.clone(),
            };
            c.regressions.push(Regression { id: r.id.clone(), reason });
        } else if passed && !known {
            c.newly_passing.push(r.id.clone());
        }
    }
    c.regressions.sort_by(|a, b| a.id.cmp(&b.id));
    c.newly_passing.sort();
    c
}

/// Which baseline entries a run is authoritative for.
#[derive(Debug, Clone)]
pub struct Scope<'a> {
    /// The selected test ids of this run.
    pub selected: &'a BTreeSet<String>,
    /// The selected roots (normalized command-line paths).
    pub roots: &'a [String],
    /// `--filter` or `--sample` narrowed the selection: only selected ids are
    /// in scope. Otherwise every entry under a root is in scope, which also
    /// drops entries for tests that no longer exist in the suite.
    pub narrowed: bool,
}

impl Scope<'_> {
    /// Whether `id` is in scope.
    pub fn contains(&self, id: &str) -> bool {
        self.selected.contains(id) || (!self.narrowed && self.roots.iter().any(|r| is_under(id, r)))
    }
}

/// Returns the updated baseline: entries outside `scope` are kept, entries in
/// scope are replaced by this run's passing tests.
pub fn update(baseline: &BTreeSet<String>, scope: &Scope<'_>, results: &[TestResult]) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = baseline.iter().filter(|id| !scope.contains(id)).cloned().collect();
    out.extend(results.iter().filter(|r| r.status == Status::Pass).map(|r| r.id.clone()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::result::SkipKind;

    fn res(id: &str, status: Status) -> TestResult {
        TestResult {
            id: id.into(),
            status,
            reason: if status == Status::Pass { String::new() } else { "why".into() },
            runs: vec![],
            duration_ms: 0,
        }
    }

    fn set(ids: &[&str]) -> BTreeSet<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parse_and_render() {
        let b = parse("# c\nb.js\n\na.js\n");
        assert_eq!(b, set(&["a.js", "b.js"]));
        assert_eq!(render(&b), "a.js\nb.js\n");
    }

    #[test]
    fn check_reports_regressions_and_new_passes() {
        let baseline = set(&["language/a.js", "language/b.js", "language/c.js", "built-ins/x.js"]);
        let results = vec![
            res("language/a.js", Status::Pass),
            res("language/b.js", Status::Fail),
            res("language/c.js", Status::Skip(SkipKind::UnsupportedFeature)),
            res("language/d.js", Status::Pass),
            res("language/e.js", Status::Fail),
        ];
        let c = check(&baseline, &results);
        assert_eq!(
            c.regressions,
            vec![
                Regression { id: "language/b.js".into(), reason: "why".into() },
                Regression { id: "language/c.js".into(), reason: "skipped: why".into() },
            ]
        );
        // built-ins/x.js was not selected: not a regression.
        assert_eq!(c.newly_passing, vec!["language/d.js".to_string()]);
    }

    #[test]
    fn update_replaces_only_in_scope_entries() {
        let baseline = set(&[
            "built-ins/Array/keep.js",
            "language/a.js",
            "language/b.js",
            "language/deleted.js",
            "languageX/keep.js",
        ]);
        let results = vec![
            res("language/a.js", Status::Fail),
            res("language/b.js", Status::Pass),
            res("language/new.js", Status::Pass),
        ];
        let selected = set(&["language/a.js", "language/b.js", "language/new.js"]);
        let roots = vec!["language".to_string()];
        let scope = Scope { selected: &selected, roots: &roots, narrowed: false };
        assert_eq!(
            update(&baseline, &scope, &results),
            set(&["built-ins/Array/keep.js", "language/b.js", "language/new.js", "languageX/keep.js"])
        );

        // With --filter/--sample only the selected ids are replaced.
        let narrowed = Scope { narrowed: true, ..scope };
        assert_eq!(
            update(&baseline, &narrowed, &results),
            set(&[
                "built-ins/Array/keep.js",
                "language/b.js",
                "language/deleted.js",
                "language/new.js",
                "languageX/keep.js"
            ])
        );
    }

    #[test]
    fn update_then_check_is_clean() {
        let baseline = set(&["a/x.js"]);
        let results = vec![res("a/x.js", Status::Fail), res("a/y.js", Status::Pass)];
        let selected = set(&["a/x.js", "a/y.js"]);
        let roots = vec!["a".to_string()];
        let scope = Scope { selected: &selected, roots: &roots, narrowed: false };
        let updated = update(&baseline, &scope, &results);
        assert_eq!(check(&updated, &results), Check::default());
    }

    #[test]
    fn missing_file_is_empty() {
        let p = std::env::temp_dir().join("spindle-test262-no-such-baseline.txt");
        assert!(load(&p).unwrap().is_empty());
    }
}
