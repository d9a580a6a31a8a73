//! Process-model tests: runs the real binary (supervisor + worker processes)
//! with the hidden `--mock-executor` flag against a temporary suite whose
//! tests hang, crash, overflow the stack, panic, or write junk to stdout.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn suite(tag: &str, tests: &[(&str, &str)]) -> TempDir {
    let root = std::env::temp_dir().join(format!("spindle-test262-it-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("harness")).unwrap();
    for f in ["assert.js", "sta.js", "doneprintHandle.js"] {
        std::fs::write(root.join("harness").join(f), format!("// {f}\n")).unwrap();
    }
    for (id, src) in tests {
        let p = root.join("test").join(id);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, src).unwrap();
    }
    std::fs::write(root.join("features.txt"), "generators\nBigInt\n").unwrap();
    std::fs::write(root.join("unsupported.txt"), "generators # waits for generators\n").unwrap();
    TempDir(root)
}

fn run(root: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spindle-test262"))
        .arg("--mock-executor")
        .arg("--suite")
        .arg(root)
        .arg("--features-file")
        .arg(root.join("unsupported.txt"))
        .arg("--baseline")
        .arg(root.join("baseline.txt"))
        .args(extra)
        .output()
        .expect("run spindle-test262")
}

fn json_line<'a>(json: &'a str, id: &str) -> &'a str {
    let key = format!("\"id\": \"{id}\"");
    json.lines().find(|l| l.contains(&key)).unwrap_or_else(|| panic!("no JSON entry for {id}:\n{json}"))
}

#[test]
fn hangs_and_crashes_are_failures_and_workers_are_replaced() {
    let s = suite(
        "crash",
        &[
            ("t/a-pass.js", "/*---\ndescription: ok\n---*/\n"),
            ("t/b-hang.js", "// mock: hang\n"),
            ("t/c-abort.js", "/*---\nflags: [noStrict]\n---*/\n// mock: abort\n"),
            ("t/d-overflow.js", "/*---\nflags: [onlyStrict]\n---*/\n// mock: overflow\n"),
            ("t/e-exit.js", "// mock: exit\n"),
            ("t/f-panic.js", "// mock: panic kaboom\n"),
            ("t/g-junk.js", "// mock: stdout junk without newline\n"),
            ("t/h-spin.js", "// mock: spin\n"),
            ("t/i-fail.js", "// mock: throw runtime Test262Error nope\n"),
            ("t/j-skip.js", "/*---\nfeatures: [generators]\n---*/\n"),
            ("t/k-module.js", "/*---\nflags: [module]\n---*/\n"),
            ("t/l-pass-after.js", ""),
            ("t/m_FIXTURE.js", "// mock: abort\n"),
        ],
    );
    let json_path = s.0.join("out.json");
    let table_path = s.0.join("table.md");
    let out = run(
        &s.0,
        &[
            "-j",
            "2",
            "--timeout",
            "1",
            "--json",
            json_path.to_str().unwrap(),
            "--table-out",
            table_path.to_str().unwrap(),
            "t",
        ],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "stdout:\n{stdout}\nstderr:\n{stderr}");
    let json = std::fs::read_to_string(&json_path).unwrap();

    let status = |id: &str| {
        let l = json_line(&json, id);
        if l.contains("\"status\": \"pass\"") {
            "pass"
        } else if l.contains("\"status\": \"skip\"") {
            "skip"
        } else {
            "fail"
        }
    };
    assert_eq!(status("t/a-pass.js"), "pass");
    assert_eq!(status("t/g-junk.js"), "pass");
    assert_eq!(status("t/l-pass-after.js"), "pass");
    for id in
        ["t/b-hang.js", "t/c-abort.js", "t/d-overflow.js", "t/e-exit.js", "t/f-panic.js", "t/h-spin.js", "t/i-fail.js"]
    {
        assert_eq!(status(id), "fail", "{id}");
    }
    assert_eq!(status("t/j-skip.js"), "skip");
    // Module tests run by default (the mock executor passes an empty module).
    assert_eq!(status("t/k-module.js"), "pass");
    assert!(!json.contains("m_FIXTURE"));

    assert!(json_line(&json, "t/b-hang.js").contains("timeout: no result after 3.0 s"));
    assert!(json_line(&json, "t/c-abort.js").contains("crashed: signal: 6"));
    assert!(json_line(&json, "t/d-overflow.js").contains("overflowed its stack"));
    assert!(json_line(&json, "t/e-exit.js").contains("crashed: exit status: 3"));
    assert!(json_line(&json, "t/f-panic.js").contains("panic: mock panic: kaboom at "));
    assert!(json_line(&json, "t/h-spin.js").contains("\"reason\": \"[non-strict] timeout\""));

    let table = std::fs::read_to_string(&table_path).unwrap();
    assert!(stdout.contains(&table));
    let total = table.lines().find(|l| l.contains("**TOTAL**")).unwrap();
    let cells: Vec<&str> = total.split('|').map(str::trim).collect();
    // 4 passed (the module test included), 7 failed, 1 feature skip, 12 total, 4/11.
    assert_eq!(&cells[1..8], ["**TOTAL**", "4", "7", "1", "0", "12", "36.36%"]);
}

#[test]
fn baseline_check_and_update() {
    let s = suite(
        "baseline",
        &[("a/pass.js", ""), ("a/fail.js", "// mock: throw runtime Test262Error nope\n"), ("b/pass.js", "")],
    );
    let baseline = s.0.join("baseline.txt");
    std::fs::write(&baseline, "a/fail.js\nc/outside.js\n").unwrap();

    // Regression: a/fail.js is in the baseline and fails.
    let out = run(&s.0, &["--check-baseline", "a"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("REGRESSION a/fail.js"), "{stdout}");
    assert!(stdout.contains("1 newly passing"), "{stdout}");

    // Update only the `a` subtree; c/outside.js is outside and kept.
    let out = run(&s.0, &["--update-baseline", "a"]);
    assert!(out.status.success());
    assert_eq!(std::fs::read_to_string(&baseline).unwrap(), "a/pass.js\nc/outside.js\n");

    let out = run(&s.0, &["--check-baseline", "a", "b"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("no regressions"), "{stdout}");
}

#[test]
fn gc_stress_reaches_the_executor() {
    let s = suite("gc", &[("g/a.js", "// mock: throw-if-gc-stress runtime Error gc\n")]);
    let json_path = s.0.join("out.json");
    let json_arg = json_path.to_str().unwrap();
    assert!(run(&s.0, &["--json", json_arg, "g"]).status.success());
    assert!(std::fs::read_to_string(&json_path).unwrap().contains("\"status\": \"pass\""));
    assert!(run(&s.0, &["--gc-stress", "--json", json_arg, "g"]).status.success());
    let json = std::fs::read_to_string(&json_path).unwrap();
    assert!(json.contains("\"gc_stress\": true"));
    assert!(json.contains("runtime error Error: gc"), "{json}");
}
