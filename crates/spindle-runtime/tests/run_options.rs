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
