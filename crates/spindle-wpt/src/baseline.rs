//! The checked-in baseline of passing subtests (`wpt/baseline.txt`).
//!
//! One line per passing subtest, `path[variant] :: subtest name`, sorted; in the name a
//! backslash, a line feed and a carriage return are written `\\`, `\n` and `\r`. Blank
//! lines and `#` lines are ignored when reading.
//!
//! - [`check`]: every entry of a run selected this time that did not pass is a regression;
//!   passing subtests missing from the baseline are "newly passing".
//! - [`update`]: entries in the run's scope are replaced by this run's passes; entries
//!   outside it (directories not run this time) are kept.

use std::collections::{BTreeMap, BTreeSet};

use spindle_conformance::baseline::{self as shared, FileFormat, Rules};
pub use spindle_conformance::baseline::{Check, Regression, Scope, Step, render};

use crate::result::{RunResult, Skipped};
use crate::select::is_under;

/// The separator between the run id and the subtest name.
pub const SEP: &str = " :: ";

/// A subtest name as written in the baseline.
pub fn escape(name: &str) -> String {
    name.replace('\\', "\\\\").replace('\n', "\\n").replace('\r', "\\r")
}

/// The baseline line of a subtest of run `id`.
pub fn entry(id: &str, name: &str) -> String {
    format!("{id}{SEP}{}", escape(name))
}

/// The run id of a baseline line (`path` + variant).
pub fn id_of(entry: &str) -> &str {
    entry.split_once(SEP).map_or(entry, |(id, _)| id)
}

/// The file path of a run id (without its variant).
pub fn path_of(id: &str) -> &str {
    id.split(['?', '#']).next().unwrap_or(id)
}

/// WPT's baseline file (`FORMAT.load(path)`, `FORMAT.save(path, entries)`): lines are
/// kept as they are (a name may end in spaces); saving creates the file's folder.
pub const FORMAT: FileFormat = FileFormat { trim: false, create_dir: true };

/// The baseline entries this run passes.
pub fn passes(results: &[RunResult]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for r in results {
        let id = r.id();
        out.extend(r.passing().map(|s| entry(&id, &s.name)));
    }
    out
}

/// Compares this run (its results and skipped files) with the baseline.
pub fn check(baseline: &BTreeSet<String>, results: &[RunResult], skipped: &[Skipped]) -> Check {
    let runs: BTreeMap<String, &RunResult> = results.iter().map(|r| (r.id(), r)).collect();
    let skipped: BTreeMap<&str, &str> = skipped.iter().map(|s| (s.path.as_str(), s.reason.as_str())).collect();
    shared::check(baseline, &passes(results), |e| {
        let id = id_of(e);
        if let Some(r) = runs.get(id) {
            let name = e.split_once(SEP).map_or("", |(_, n)| n);
            Some(match r.subtests.iter().find(|s| escape(&s.name) == name) {
                Some(s) if r.passes_count() => format!("{}: {}", s.status.as_str(), one_line(&s.message)),
                Some(s) => {
                    format!("run {} ({}); subtest {}", r.status.as_str(), one_line(&r.message), s.status.as_str())
                }
                None => format!("not reported; run {} ({})", r.status.as_str(), one_line(&r.message)),
            })
        } else {
            skipped.get(path_of(id)).map(|why| format!("skipped: {why}"))
        }
    })
}

/// Whether `scope` covers baseline entry `entry`: its run or its file was selected, or
/// (unless `--filter` narrowed the selection) it lies under a root.
pub fn in_scope(scope: &Scope<'_>, entry: &str) -> bool {
    let id = id_of(entry);
    scope.covers(id, is_under) || scope.selected.contains(path_of(id))
}

/// The updated baseline: entries outside `scope` kept, this run's passes added.
pub fn update(baseline: &BTreeSet<String>, scope: &Scope<'_>, results: &[RunResult]) -> BTreeSet<String> {
    shared::update(baseline, |e| in_scope(scope, e), passes(results))
}

/// The baseline rules applied to one run (for [`shared::Step`]).
#[derive(Debug, Clone)]
pub struct RunRules<'a> {
    pub results: &'a [RunResult],
    pub skipped: &'a [Skipped],
    /// What `--update-baseline` replaces: the ids of the runs and the paths of the
    /// skipped files.
    pub scope: Scope<'a>,
}

impl Rules for RunRules<'_> {
    fn format(&self) -> FileFormat {
        FORMAT
    }

    fn unit(&self) -> &str {
        "subtest"
    }

    fn check(&self, baseline: &BTreeSet<String>) -> Check {
        check(baseline, self.results, self.skipped)
    }

    fn no_regressions_note(&self, baseline: &BTreeSet<String>) -> String {
        format!("{} entries", baseline.len())
    }

    fn update(&self, baseline: &BTreeSet<String>) -> BTreeSet<String> {
        update(baseline, &self.scope, self.results)
    }
}

/// The first line of a message, at most 300 characters.
pub fn one_line(s: &str) -> String {
    let line = s.lines().next().unwrap_or("");
    if line.chars().count() > 300 {
        let cut: String = line.chars().take(300).collect();
        format!("{cut}…")
    } else {
        line.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::result::{FileStatus, SubStatus, Subtest};

    fn run(path: &str, variant: &str, status: FileStatus, subs: &[(&str, SubStatus)]) -> RunResult {
        RunResult {
            path: path.into(),
            variant: variant.into(),
            status,
            message: "why".into(),
            completed: true,
            subtests: subs
                .iter()
                .map(|(n, s)| Subtest { name: n.to_string(), status: *s, message: "msg".into() })
                .collect(),
            duration_ms: 0,
            output: String::new(),
        }
    }

    fn set(v: &[&str]) -> BTreeSet<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn entries_round_trip() {
        let e = entry("a/b.any.js?1-10", "x\ny \\ z ");
        assert_eq!(e, "a/b.any.js?1-10 :: x\\ny \\\\ z ");
        assert_eq!(id_of(&e), "a/b.any.js?1-10");
        assert_eq!(path_of(id_of(&e)), "a/b.any.js");
        assert_eq!(FORMAT.parse(&render(&set(&[&e]))), set(&[&e]));
    }

    #[test]
    fn check_and_update() {
        use SubStatus::*;
        let results = vec![
            run("d/a.any.js", "", FileStatus::Ok, &[("p", Pass), ("f", Fail), ("new", Pass)]),
            run("d/b.any.js", "?v", FileStatus::Error, &[("p", Pass)]),
        ];
        let skipped = vec![Skipped { path: "d/w.any.js".into(), reason: "window".into() }];
        let base = set(&[
            "d/a.any.js :: p",
            "d/a.any.js :: f",
            "d/a.any.js :: gone",
            "d/b.any.js?v :: p",
            "d/w.any.js :: x",
            "e/other.any.js :: kept",
        ]);
        let c = check(&base, &results, &skipped);
        let regs: Vec<&str> = c.regressions.iter().map(|r| r.entry.as_str()).collect();
        assert_eq!(regs, ["d/a.any.js :: f", "d/a.any.js :: gone", "d/b.any.js?v :: p", "d/w.any.js :: x"]);
        assert_eq!(c.regressions[0].reason, "FAIL: msg");
        assert!(c.regressions[2].reason.starts_with("run ERROR"), "{:?}", c.regressions[2]);
        assert_eq!(c.newly_passing, ["d/a.any.js :: new"]);

        let selected = set(&["d/a.any.js", "d/b.any.js?v", "d/w.any.js"]);
        let roots = vec!["d".to_string()];
        let scope = Scope { selected: &selected, roots: &roots, narrowed: false };
        let updated = update(&base, &scope, &results);
        assert_eq!(updated, set(&["d/a.any.js :: new", "d/a.any.js :: p", "e/other.any.js :: kept"]));
        assert!(check(&updated, &results, &skipped).regressions.is_empty());

        // Narrowed: only the selected runs are replaced.
        let selected = set(&["d/a.any.js"]);
        let scope = Scope { selected: &selected, roots: &roots, narrowed: true };
        let updated = update(&base, &scope, &results[..1]);
        assert!(updated.contains("d/b.any.js?v :: p") && updated.contains("d/w.any.js :: x"));
        assert!(!updated.contains("d/a.any.js :: gone"));
    }
}
