//! What the embedding hands the runtime besides the source: `process.argv`'s contents
//! (kept in the host state for a later `process` object) and the time limit.

use spindle_runtime::{EventLoop, Outcome, RunOptions, new_engine, run_script, with_runtime};
use std::time::{Duration, Instant};

#[test]
fn the_host_keeps_argv_in_nodes_layout() {
    let argv: Vec<String> = ["/usr/bin/spindle", "/tmp/s.js", "a", "--x"].map(String::from).to_vec();
    let mut vm = new_engine(&RunOptions { argv: argv.clone(), ..RunOptions::default() });
    assert_eq!(with_runtime(&mut vm, |_, host| host.argv.clone()), argv);
    // The script runs with it in place.
    let rt = tokio::runtime::Builder::new_current_thread().enable_time().build().expect("runtime");
    let mut lp = EventLoop::new(vm, None);
    assert!(matches!(rt.block_on(lp.run_main("let x = 1 + 1;", "t.js")), Outcome::Ok));
    assert_eq!(with_runtime(&mut lp.vm, |_, host| host.argv.clone()), argv);
}

#[test]
fn a_timeout_ends_a_loop_and_an_endless_event_loop() {
    for source in ["for (;;) {}", "setInterval(() => {}, 1)", "(function f() { Promise.resolve().then(f) })()"] {
        let start = Instant::now();
        let options = RunOptions { timeout: Some(Duration::from_millis(50)), ..RunOptions::default() };
        let outcome = run_script(source, "t.js", options);
        assert!(matches!(outcome, Outcome::TimedOut(d) if d == Duration::from_millis(50)), "{source}");
        assert!(start.elapsed() < Duration::from_secs(10), "{source}");
    }
}

/// An embedding grants nothing unless it says so: the default options refuse file reads
/// (ERR_ACCESS_DENIED, before any system call) and workers; `Permissions::all()` grants them.
#[test]
fn the_default_options_grant_no_files_and_no_workers() {
    use spindle_runtime::node::fs::permission::Permissions;
    let probe = "const fs = require('fs');\n\
                 let read; try { fs.readFileSync(__filename); read = 'read'; } catch (e) { read = e.code + ' ' + e.permission; }\n\
                 let worker; try { new (require('worker_threads').Worker)('0', { eval: true }).terminate(); worker = 'started'; } catch (e) { worker = e.code + ' ' + e.permission; }\n\
                 globalThis.result = read + ' / ' + worker;";
    let dir = std::env::temp_dir().join(format!("spindle-run-options-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("probe.js");
    std::fs::write(&file, probe).expect("write probe");
    let result = |options: RunOptions| -> String {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let mut lp = EventLoop::new(new_engine(&options), None);
        let entry = spindle_runtime::Entry::File { path: &file, source: probe, force_module: false };
        assert!(matches!(rt.block_on(lp.run_entry(entry)), Outcome::Ok));
        let global = lp.vm.global_object();
        let v = lp.vm.get_str(global, "result").expect("result");
        lp.vm.to_rust_string(v).expect("a string")
    };
    assert_eq!(result(RunOptions::default()), "ERR_ACCESS_DENIED FileSystemRead / ERR_ACCESS_DENIED WorkerThreads");
    let all = RunOptions { permissions: std::sync::Arc::new(Permissions::all()), ..RunOptions::default() };
    assert_eq!(result(all), "read / started");
    let _ = std::fs::remove_dir_all(&dir);
}
