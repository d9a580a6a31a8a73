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

use std::collections::{BTreeMap, BTreeSet};

use spindle_conformance::baseline::{self as shared, FileFormat, Rules};
pub use spindle_conformance::baseline::{Check, Regression, Scope, Step, render};

use crate::result::{Status, TestResult};
use crate::select::is_under;

/// test262's baseline file (`FORMAT.load(path)`, `FORMAT.save(path, ids)`):
/// lines are trimmed; saving needs an existing folder.
pub const FORMAT: FileFormat = FileFormat { trim: true, create_dir: false };

/// The ids of the tests that passed.
fn passes(results: &[TestResult]) -> impl Iterator<Item = String> + '_ {
    results.iter().filter(|r| r.status == Status::Pass).map(|r| r.id.clone())
}

/// Compares this run's results (the selected tests) against the baseline: a
/// baseline test that was selected and did not pass is a regression (its
/// reason is the failure or `skipped: <skip reason>`).
pub fn check(baseline: &BTreeSet<String>, results: &[TestResult]) -> Check {
    let by_id: BTreeMap<&str, &TestResult> = results.iter().map(|r| (r.id.as_str(), r)).collect();
    shared::check(baseline, &passes(results).collect(), |id| {
        let r = by_id.get(id)?;
        Some(match r.status {
            Status::Skip(_) => format!("skipped: {}", r.reason),
            _ => r.reason.clone(),
        })
    })
}

/// Whether `scope` covers test `id` (selected, or under a root unless the
/// selection was narrowed by `--filter` or `--sample`).
pub fn in_scope(scope: &Scope<'_>, id: &str) -> bool {
    scope.covers(id, is_under)
}

/// Returns the updated baseline: entries outside `scope` are kept, entries in
/// scope are replaced by this run's passing tests.
pub fn update(baseline: &BTreeSet<String>, scope: &Scope<'_>, results: &[TestResult]) -> BTreeSet<String> {
    shared::update(baseline, |id| in_scope(scope, id), passes(results))
}

/// The baseline rules applied to one run (for [`shared::Step`]).
#[derive(Debug, Clone)]
pub struct RunRules<'a> {
    /// The run's results, one per selected test.
    pub results: &'a [TestResult],
    /// What `--update-baseline` replaces.
    pub scope: Scope<'a>,
}

impl Rules for RunRules<'_> {
    fn format(&self) -> FileFormat {
        FORMAT
    }

    fn unit(&self) -> &str {
        "test"
    }

    fn check(&self, baseline: &BTreeSet<String>) -> Check {
        check(baseline, self.results)
    }

    fn no_regressions_note(&self, baseline: &BTreeSet<String>) -> String {
        format!("{} baseline tests selected", self.scope.selected.intersection(baseline).count())
    }

    fn update(&self, baseline: &BTreeSet<String>) -> BTreeSet<String> {
        update(baseline, &self.scope, self.results)
    }
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
        let b = FORMAT.parse("# c\nb.js\n\na.js\n");
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
                Regression { entry: "language/b.js".into(), reason: "why".into() },
                Regression { entry: "language/c.js".into(), reason: "skipped: why".into() },
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
        assert!(FORMAT.load(&p).unwrap().is_empty());
    }
}
