//! Summaries: the per-directory table (in the style of the test262 runner's) and the
//! JSON file with every subtest.

use spindle_conformance::table::{self, Row};

use crate::result::{FileStatus, RunResult, Skipped};

/// Counts for one table row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Subtests that count as passed ([`RunResult::passing`]).
    pub passed: usize,
    /// Subtests counted ([`RunResult::counted_subtests`]).
    pub total: usize,
    /// Runs (files times variants), and how they ended.
    pub runs: usize,
    pub ok: usize,
    pub error: usize,
    pub timeout: usize,
    pub crash: usize,
    /// Test files not run.
    pub skipped: usize,
}

impl Counts {
    /// Counts one run.
    pub fn add(&mut self, r: &RunResult) {
        self.passed += r.passing().count();
        self.total += r.counted_subtests();
        self.runs += 1;
        match r.status {
            FileStatus::Ok => self.ok += 1,
            FileStatus::Error => self.error += 1,
            FileStatus::Timeout => self.timeout += 1,
            FileStatus::Crash => self.crash += 1,
        }
    }

    /// `passed / total`, two decimals (`n/a` without subtests).
    pub fn percent(&self) -> String {
        table::percent(self.passed, self.total)
    }
}

impl Row for Counts {
    const HEADER: &'static [&'static str] = &[
        "directory",
        "passed",
        "failed",
        "subtests",
        "pass %",
        "runs",
        "OK",
        "ERROR",
        "TIMEOUT",
        "CRASH",
        "skipped files",
    ];

    fn cells(&self) -> Vec<String> {
        vec![
            self.passed.to_string(),
            (self.total - self.passed).to_string(),
            self.total.to_string(),
            self.percent(),
            self.runs.to_string(),
            self.ok.to_string(),
            self.error.to_string(),
            self.timeout.to_string(),
            self.crash.to_string(),
            self.skipped.to_string(),
        ]
    }

    fn merge(&mut self, o: &Counts) {
        self.passed += o.passed;
        self.total += o.total;
        self.runs += o.runs;
        self.ok += o.ok;
        self.error += o.error;
        self.timeout += o.timeout;
        self.crash += o.crash;
        self.skipped += o.skipped;
    }

    fn legend() -> String {
        "subtests: as the harness reported them; a run that ends ERROR, CRASH or TIMEOUT by the runner's \
         limit counts all its subtests as failed (one if it reported none); a harness TIMEOUT keeps the \
         subtests that passed. runs: files times variants."
            .into()
    }
}

/// The table group of a path: its folder.
pub fn group_of(path: &str) -> String {
    match path.rsplit_once('/') {
        Some((dir, _)) => dir.to_string(),
        None => ".".into(),
    }
}

/// Per-directory counts plus the total ([`Table::to_markdown`](table::Table::to_markdown)
/// renders it, with a legend).
pub type Table = table::Table<Counts>;

/// The table of the runs and the skipped files, by folder.
pub fn tabulate(results: &[RunResult], skipped: &[Skipped]) -> Table {
    let runs = results.iter().map(|r| (group_of(&r.path), Some(r)));
    let skips = skipped.iter().map(|s| (group_of(&s.path), None));
    Table::tally(runs.chain(skips), |c: &mut Counts, r| match r {
        Some(r) => c.add(r),
        None => c.skipped += 1,
    })
}

/// Facts about the run for the JSON file.
#[derive(Debug, Clone)]
pub struct RunInfo {
    pub wpt_root: String,
    pub paths: Vec<String>,
    pub filter: Option<String>,
    pub timeout_scale: f64,
    pub duration_s: f64,
}

fn counts_json(c: &Counts) -> serde_json::Value {
    serde_json::json!({
        "passed": c.passed, "subtests": c.total, "runs": c.runs, "ok": c.ok, "error": c.error,
        "timeout": c.timeout, "crash": c.crash, "skipped_files": c.skipped,
    })
}

/// Every run with its subtests, the skipped files and the table, as JSON.
pub fn to_json(results: &[RunResult], skipped: &[Skipped], table: &Table, info: &RunInfo) -> String {
    let runs: Vec<serde_json::Value> = results
        .iter()
        .map(|r| {
            let counted = r.passes_count();
            serde_json::json!({
                "id": r.id(),
                "path": r.path,
                "variant": r.variant,
                "status": r.status.as_str(),
                "message": r.message,
                "harness_completed": r.completed,
                "subtest_passes_count": counted,
                "duration_ms": r.duration_ms,
                "subtests": r.subtests.iter().map(|s| serde_json::json!({
                    "name": s.name, "status": s.status.as_str(), "message": s.message,
                })).collect::<Vec<_>>(),
                "output": r.output,
            })
        })
        .collect();
    let dirs: Vec<serde_json::Value> = table
        .rows
        .iter()
        .map(|(d, c)| {
            let mut v = counts_json(c);
            v["directory"] = d.clone().into();
            v
        })
        .collect();
    let v = serde_json::json!({
        "wpt_root": info.wpt_root,
        "paths": info.paths,
        "filter": info.filter,
        "timeout_scale": info.timeout_scale,
        "duration_s": info.duration_s,
        "total": counts_json(&table.total),
        "directories": dirs,
        "runs": runs,
        "skipped": skipped.iter().map(|s| serde_json::json!({"path": s.path, "reason": s.reason})).collect::<Vec<_>>(),
    });
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::result::{SubStatus, Subtest};

    #[test]
    fn table_counts() {
        let sub = |s| Subtest { name: "n".into(), status: s, message: String::new() };
        let r = |path: &str, status, completed, subs: Vec<Subtest>| RunResult {
            path: path.into(),
            variant: String::new(),
            status,
            message: String::new(),
            completed,
            subtests: subs,
            duration_ms: 0,
            output: String::new(),
        };
        let results = vec![
            r("a/x.any.js", FileStatus::Ok, true, vec![sub(SubStatus::Pass), sub(SubStatus::Fail)]),
            r("a/y.any.js", FileStatus::Error, false, vec![]),
            r("b/c/z.any.js", FileStatus::Error, true, vec![sub(SubStatus::Pass)]),
        ];
        let skipped = vec![Skipped { path: "a/w.window.js".into(), reason: "window".into() }];
        let t = tabulate(&results, &skipped);
        assert_eq!(t.rows.len(), 2);
        assert_eq!((t.rows[0].1.passed, t.rows[0].1.total, t.rows[0].1.skipped), (1, 3, 1));
        assert_eq!((t.total.passed, t.total.total, t.total.runs, t.total.error), (1, 4, 3, 2));
        let md = t.to_markdown();
        assert!(md.contains("| b/c "), "{md}");
        let json = to_json(
            &results,
            &skipped,
            &t,
            &RunInfo { wpt_root: "/w".into(), paths: vec![], filter: None, timeout_scale: 1.0, duration_s: 0.0 },
        );
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["runs"][0]["subtests"][1]["status"], "FAIL");
        assert_eq!(v["total"]["passed"], 1);
    }
}
