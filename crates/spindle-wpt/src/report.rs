//! Summaries: the per-directory table (in the style of the test262 runner's) and the
//! JSON file with every subtest.

use std::collections::BTreeMap;
use std::fmt::Write as _;

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

    pub fn merge(&mut self, o: &Counts) {
        self.passed += o.passed;
        self.total += o.total;
        self.runs += o.runs;
        self.ok += o.ok;
        self.error += o.error;
        self.timeout += o.timeout;
        self.crash += o.crash;
        self.skipped += o.skipped;
    }

    /// `passed / total`, two decimals (`n/a` without subtests).
    pub fn percent(&self) -> String {
        if self.total == 0 { "n/a".into() } else { format!("{:.2}%", self.passed as f64 * 100.0 / self.total as f64) }
    }
}

/// The table group of a path: its folder.
pub fn group_of(path: &str) -> String {
    match path.rsplit_once('/') {
        Some((dir, _)) => dir.to_string(),
        None => ".".into(),
    }
}

/// Per-directory counts plus the total.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<(String, Counts)>,
    pub total: Counts,
}

impl Table {
    pub fn new(results: &[RunResult], skipped: &[Skipped]) -> Table {
        let mut groups: BTreeMap<String, Counts> = BTreeMap::new();
        for r in results {
            groups.entry(group_of(&r.path)).or_default().add(r);
        }
        for s in skipped {
            groups.entry(group_of(&s.path)).or_default().skipped += 1;
        }
        let mut total = Counts::default();
        for c in groups.values() {
            total.merge(c);
        }
        Table { rows: groups.into_iter().collect(), total }
    }

    /// The table as column-aligned markdown, with a legend.
    pub fn to_markdown(&self) -> String {
        let header = [
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
        let row = |name: &str, c: &Counts| -> Vec<String> {
            vec![
                name.to_string(),
                c.passed.to_string(),
                (c.total - c.passed).to_string(),
                c.total.to_string(),
                c.percent(),
                c.runs.to_string(),
                c.ok.to_string(),
                c.error.to_string(),
                c.timeout.to_string(),
                c.crash.to_string(),
                c.skipped.to_string(),
            ]
        };
        let mut body: Vec<Vec<String>> = self.rows.iter().map(|(n, c)| row(n, c)).collect();
        body.push(row("**TOTAL**", &self.total));
        let widths: Vec<usize> = (0..header.len())
            .map(|i| body.iter().map(|r| r[i].len()).chain([header[i].len(), 3]).max().unwrap_or(3))
            .collect();
        let mut out = String::new();
        let line = |cells: &[String], out: &mut String| {
            out.push('|');
            for (i, cell) in cells.iter().enumerate() {
                if i == 0 {
                    let _ = write!(out, " {cell:<w$} |", w = widths[i]);
                } else {
                    let _ = write!(out, " {cell:>w$} |", w = widths[i]);
                }
            }
            out.push('\n');
        };
        line(&header.map(String::from), &mut out);
        out.push('|');
        for (i, w) in widths.iter().enumerate() {
            if i == 0 {
                let _ = write!(out, " {} |", "-".repeat(*w));
            } else {
                let _ = write!(out, " {}: |", "-".repeat(w - 1));
            }
        }
        out.push('\n');
        for r in &body {
            line(r, &mut out);
        }
        out.push_str(
            "\nsubtests: as the harness reported them; a run that ends ERROR, CRASH or TIMEOUT by the runner's \
             limit counts all its subtests as failed (one if it reported none); a harness TIMEOUT keeps the \
             subtests that passed. runs: files times variants.\n",
        );
        out
    }
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
        let t = Table::new(&results, &skipped);
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
