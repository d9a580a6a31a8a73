//! Keeps the benchmark scripts working: runs every `bench/js/*.js` and `bench/programs/*.js`
//! (bundled npm packages) once on `spindle` at the CI scale (`var BENCH_SCALE = 0.01;` in
//! front) and compares its `checksum:` line with the one recorded from node in the folder's
//! `checksums.txt`. No timing here: speed is measured by
//! `bench/run.py`, never in tests.
//!
//! Scripts in `bench/js/not-yet.txt` need features Spindle lacks; they must still fail, so the
//! list is updated (and the benchmark joins this check) when the feature lands.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const CI_SCALE: &str = "0.01";

fn bench_dir(folder: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench").join(folder)
}

/// `name rest` lines of a list file, without comments (an absent file is an empty list).
fn read_table(path: &Path) -> HashMap<String, String> {
    let text = fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (name, rest) = l.split_once(' ').unwrap_or((l, ""));
            (name.to_string(), rest.trim().to_string())
        })
        .collect()
}

#[test]
fn bench_scripts_print_their_checksums() {
    check_folder("js", 14);
}

#[test]
fn real_program_benchmarks_print_their_checksums() {
    check_folder("programs", 3);
}

fn check_folder(folder: &str, at_least: usize) {
    let dir = bench_dir(folder);
    let expected = read_table(&dir.join("checksums.txt"));
    let not_yet = read_table(&dir.join("not-yet.txt"));
    let tmp = std::env::temp_dir().join(format!("spindle-bench-check-{folder}-{}", std::process::id()));
    fs::create_dir_all(&tmp).expect("temp dir");
    let mut scripts: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("bench folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "js"))
        .collect();
    scripts.sort();
    assert!(scripts.len() >= at_least, "bench/{folder} lost scripts: {}", scripts.len());

    let mut failures = Vec::new();
    for script in &scripts {
        let name = script.file_stem().unwrap().to_string_lossy().to_string();
        let src = fs::read_to_string(script).expect("script");
        let scaled = tmp.join(format!("{name}.js"));
        fs::write(&scaled, format!("var BENCH_SCALE = {CI_SCALE};\n{src}")).expect("write");
        let out = Command::new(env!("CARGO_BIN_EXE_spindle")).arg(&scaled).output().expect("run spindle");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let got = stdout.lines().find_map(|l| l.strip_prefix("checksum: ")).map(str::trim);
        let want = expected.get(&format!("{name}@{CI_SCALE}")).map(String::as_str);
        let passed = out.status.success() && got.is_some() && got == want;
        match (not_yet.contains_key(&name), passed) {
            (false, false) => failures.push(format!(
                "{name}: expected checksum {want:?}, got {got:?} (exit {:?})\n{}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr).lines().take(5).collect::<Vec<_>>().join("\n")
            )),
            (true, true) => failures.push(format!("{name} passes now: remove it from bench/{folder}/not-yet.txt")),
            _ => {}
        }
        if want.is_none() {
            failures.push(format!("{name}: no {name}@{CI_SCALE} line in bench/{folder}/checksums.txt"));
        }
    }
    let _ = fs::remove_dir_all(&tmp);
    assert!(failures.is_empty(), "benchmark script check failed:\n{}", failures.join("\n"));
}
