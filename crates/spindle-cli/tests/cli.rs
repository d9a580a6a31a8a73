//! Command-line behaviour: exit codes and the formats of syntax errors, uncaught
//! exceptions and missing files.

use std::path::Path;
use std::process::{Command, Stdio};

fn spindle(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_spindle")).args(args).output().expect("run spindle");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn temp_script(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("spindle-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write script");
    p.to_string_lossy().into_owned()
}

#[test]
fn syntax_error_shows_location_source_line_and_caret() {
    let f = temp_script("syntax.js", "let a = 1;\nlet x = ;\n");
    let (code, _, err) = spindle(&[&f]);
    assert_eq!(code, 1);
    assert!(err.contains(&format!("{f}:2:9")), "{err}");
    assert!(err.contains("let x = ;\n        ^"), "{err}");
    assert!(err.contains("SyntaxError: "), "{err}");
}

#[test]
fn uncaught_exception_prints_name_message_and_stack() {
    let f = temp_script(
        "uncaught.js",
        "function f() {\n  throw new TypeError('bad thing');\n}\nfunction g() { f(); }\ng();\n",
    );
    let (code, _, err) = spindle(&[&f]);
    assert_eq!(code, 1);
    assert!(err.starts_with("Uncaught TypeError: bad thing\n"), "{err}");
    assert!(err.contains(&format!("    at f ({f}:2:9)")), "{err}");
    assert!(err.contains(&format!("    at g ({f}:4:16)")), "{err}");
}

#[test]
fn uncaught_primitive() {
    let (code, _, err) = spindle(&["-e", "throw 'nope'"]);
    assert_eq!(code, 1);
    assert_eq!(err.trim_end(), "Uncaught 'nope'");
}

#[test]
fn missing_file_is_one_line_exit_2() {
    let (code, out, err) = spindle(&["/definitely/not/here.js"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn deep_recursion_is_a_catchable_range_error() {
    let (code, out, _) = spindle(&[
        "-e",
        "function r(n) { return r(n + 1) + 1 } try { r(0) } catch (e) { console.log(e instanceof RangeError, e.message) }",
    ]);
    assert_eq!(code, 0);
    assert_eq!(out, "true Maximum call stack size exceeded\n");
}

#[test]
fn hundred_thousand_deep_recursion_does_not_crash() {
    let (code, out, _) = spindle(&[
        "-e",
        "let d = 0; function r(n) { d = n; if (n < 100000) r(n + 1) } try { r(0) } catch (e) { console.log(e.name) }",
    ]);
    assert_eq!(code, 0);
    assert_eq!(out, "RangeError\n");
}

#[test]
fn eval_flag_and_version() {
    let (code, out, _) = spindle(&["-e", "console.log(1 + 2)"]);
    assert_eq!((code, out.as_str()), (0, "3\n"));
    let (code, out, _) = spindle(&["--version"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("spindle "), "{out}");
}

#[test]
fn heap_limit_is_a_clean_error() {
    let (code, _, err) = spindle(&["--max-heap-mb", "16", "-e", "const a = []; for (;;) a.push({ x: [1, 2, 3] });"]);
    assert_eq!(code, 1);
    assert!(err.contains("heap"), "{err}");
}

#[test]
fn dump_bytecode_lists_functions() {
    let (code, out, _) = spindle(&["--dump-bytecode", "-e", "function add(a, b) { return a + b }"]);
    assert_eq!(code, 0);
    assert!(out.contains("function <anonymous>/add"), "{out}");
    assert!(out.contains("Binary { op: Add"), "{out}");
}

fn example(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples").join(path).to_string_lossy().into_owned()
}

/// Seed 000's `count()` yields forever and its for-of never ends, in Node too: the first
/// 2 000 lines must be 0, 1, 2, ... and the process must still be running.
#[test]
fn seed_count_generator_streams_the_integers() {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_spindle"))
        .arg(example("seeds/000-count-generator.js"))
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn spindle");
    let stdout = child.stdout.take().expect("stdout");
    let lines: Vec<String> = BufReader::new(stdout).lines().take(2000).map(|l| l.expect("line")).collect();
    let still_running = child.try_wait().expect("try_wait").is_none();
    let _ = child.kill();
    let _ = child.wait();
    let expected: Vec<String> = (0..2000).map(|i| i.to_string()).collect();
    assert_eq!(lines, expected);
    assert!(still_running, "the infinite generator loop stopped");
}

/// Seed 003's asyncSequence(1, 5) under `for await`: the numbers 1 to 5, one second apart
/// (each yield awaits a promise a 1000 ms timer resolves), and the process then exits 0.
#[test]
fn seed_async_sequence_prints_one_number_per_second() {
    use std::io::{BufRead, BufReader};
    use std::time::{Duration, Instant};
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_spindle"))
        .arg(example("seeds/003-async-sequence.js"))
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn spindle");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = Vec::new();
    for line in BufReader::new(stdout).lines() {
        lines.push((line.expect("line"), start.elapsed()));
    }
    let status = child.wait().expect("wait");
    assert!(status.success());
    let text: Vec<&str> = lines.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(text, ["1", "2", "3", "4", "5"]);
    let mut previous = Duration::ZERO;
    for (line, at) in &lines {
        let gap = *at - previous;
        assert!(gap >= Duration::from_millis(990), "{line} came {gap:?} after the previous line");
        assert!(gap < Duration::from_millis(1500), "{line} came {gap:?} after the previous line");
        previous = *at;
    }
}

/// Seed 000's `demo()` calls an `assert` the article never defines: as in Node, d.next(32)
/// throws a ReferenceError out of the generator, uncaught, exit 1, nothing on stdout.
#[test]
fn seed_demo_without_assert_is_an_uncaught_reference_error() {
    let (code, out, err) = spindle(&[&example("seeds/000-demo-next.js")]);
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert!(err.contains("ReferenceError: assert is not defined"), "{err}");
    assert!(err.contains("at demo ("), "the stack names the generator: {err}");
}

#[test]
fn dump_bytecode_marks_generator_suspension_points() {
    let p = temp_script("gen-dump.js", "function* g(){ const x = yield 1; yield* [x]; }\n");
    let (code, out, _) = spindle(&["--dump-bytecode", &p]);
    assert_eq!(code, 0);
    assert!(out.contains("(Normal, generator)"), "{out}");
    assert!(out.contains("GeneratorStart") && out.contains("SUSPEND (start)"), "{out}");
    assert!(out.contains("; SUSPEND: yields; next(v) resumes at"), "{out}");
    assert!(out.contains("YieldStar") && out.contains("SUSPEND per inner step"), "{out}");
}

#[test]
fn unhandled_rejection_is_reported_on_stderr_and_exits_1_after_the_loop() {
    let f = temp_script(
        "unhandled.js",
        "Promise.reject(new RangeError('nobody listens'));\nsetTimeout(() => console.log('timers still run'), 5);\n",
    );
    let (code, out, err) = spindle(&[&f]);
    assert_eq!(code, 1);
    assert_eq!(out, "timers still run\n");
    assert!(err.starts_with("Uncaught (in promise) RangeError: nobody listens\n    at "), "{err}");
    let f = temp_script("unhandled-value.js", "Promise.reject({ code: 42 });\n");
    let (code, _, err) = spindle(&[&f]);
    assert_eq!((code, err.as_str()), (1, "Uncaught (in promise) { code: 42 }\n"));
}

#[test]
fn a_rejection_handled_before_the_checkpoint_is_not_reported() {
    let f = temp_script(
        "handled.js",
        "const p = Promise.reject(new Error('x'));\nqueueMicrotask(() => p.catch(e => console.log('handled', e.message)));\n",
    );
    let (code, out, err) = spindle(&[&f]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "handled x\n", ""));
}

#[test]
fn the_loop_waits_for_a_pending_timer_and_then_exits() {
    let f = temp_script("wait.js", "setTimeout(() => console.log('one second later'), 1000);\n");
    let start = std::time::Instant::now();
    let (code, out, _) = spindle(&[&f]);
    let waited = start.elapsed();
    assert_eq!((code, out.as_str()), (0, "one second later\n"));
    // The timer must not fire early; the upper bound only shows the process ended.
    assert!(waited >= std::time::Duration::from_millis(1000), "{waited:?}");
    assert!(waited < std::time::Duration::from_secs(20), "{waited:?}");
}

#[test]
fn a_running_interval_keeps_the_process_alive_until_cleared() {
    let f = temp_script(
        "interval.js",
        "let n = 0;\nconst t = setInterval(() => { console.log('tick', ++n); if (n === 3) clearInterval(t); }, 20);\n",
    );
    let (code, out, _) = spindle(&[&f]);
    assert_eq!((code, out.as_str()), (0, "tick 1\ntick 2\ntick 3\n"));
    let f = temp_script("unref.js", "setTimeout(() => console.log('never'), 50).unref();\nconsole.log('done');\n");
    let (code, out, _) = spindle(&[&f]);
    assert_eq!((code, out.as_str()), (0, "done\n"));
}

/// tests/js/gc-stress/ holds programs that once lost a value to the collector (a value held
/// only by Rust code while script code ran); under --gc-stress every safepoint collects, so
/// they fail again if the rooting regresses.
#[test]
fn gc_stress_rooting_regressions() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/js/gc-stress");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/js/gc-stress") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "js") {
            continue;
        }
        let expected = std::fs::read_to_string(path.with_extension("out")).expect("expected output");
        let (code, out, err) = spindle(&["--gc-stress", &path.to_string_lossy()]);
        assert_eq!((code, out + &err), (0, expected), "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 4);
}

#[test]
fn stack_traces_name_awaiting_callers_as_v8_does() {
    let f = temp_script(
        "async-stack.js",
        "async function inner() { await null; throw new Error(\"boom\"); }\nasync function middle() { const v = await inner(); return v; }\nasync function outer() { await middle(); }\nouter().catch(e => console.log(e.stack));\n",
    );
    let (code, out, _) = spindle(&[&f]);
    assert_eq!(code, 0);
    let expected = format!(
        "Error: boom\n    at inner ({f}:1:44)\n    at async middle ({f}:2:37)\n    at async outer ({f}:3:26)\n"
    );
    assert_eq!(out, expected);
    // An unhandled rejection is reported with the same frames.
    let f = temp_script(
        "async-unhandled.js",
        "async function a() { await 0; throw new TypeError(\"t\"); }\nasync function b() { await a(); }\nb();\n",
    );
    let (code, _, err) = spindle(&[&f]);
    assert_eq!(code, 1);
    assert_eq!(err, format!("Uncaught (in promise) TypeError: t\n    at a ({f}:1:37)\n    at async b ({f}:2:22)\n"));
}
