//! Command-line behaviour: exit codes and the formats of syntax errors, uncaught
//! exceptions and missing files.

use std::path::Path;
use std::process::{Command, Stdio};

fn spindle(args: &[&str]) -> (i32, String, String) {
    spindle_with_stdin(args, b"")
}

/// Runs spindle with `input` piped to its stdin.
fn spindle_with_stdin(args: &[&str], input: &[u8]) -> (i32, String, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_spindle"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run spindle");
    let mut stdin = child.stdin.take().expect("stdin");
    // A script that does not read stdin may exit before taking it all.
    let _ = stdin.write_all(input);
    drop(stdin);
    let out = child.wait_with_output().expect("wait for spindle");
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

/// The event loop's macrotasks keep nothing alive after they ran: a long chain of
/// Immediates, of nextTicks and of port messages runs in a heap of bounded size (a value
/// rooted for one callback and never unrooted once made each step leak; 2 000 000
/// Immediates then took 746 MB). The heap limit turns a leak into a failure.
#[test]
fn loop_callbacks_do_not_accumulate_roots() {
    let script = "
        let immediates = 0, ticks = 0, messages = 0;
        const { port1, port2 } = new MessageChannel();
        port2.on('message', () => { if (++messages === 300000) port2.close(); });
        (function step() {
          if (++immediates < 300000) setImmediate(step);
          for (let i = 0; i < 2; i++) process.nextTick(() => { ticks++; });
          port1.postMessage({ payload: 'x' });
        })();
        process.on('exit', () => console.log(immediates, ticks, messages));
    ";
    let (code, out, err) = spindle(&["--max-heap-mb", "64", "-e", script]);
    assert_eq!((code, out.as_str()), (0, "300000 600000 300000\n"), "{err}");
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

/// Node's default `--unhandled-rejections=throw`: the first promise still rejected without
/// a handler once the microtasks have drained ends the process there, exit 1; timers and
/// later rejections never run or print.
#[test]
fn unhandled_rejection_ends_the_process_at_that_checkpoint() {
    let f = temp_script(
        "unhandled.js",
        "Promise.reject(new RangeError('nobody listens'));\nPromise.reject(new Error('second'));\nPromise.resolve().then(() => console.log('microtasks drain first'));\nsetTimeout(() => console.log('never'), 5);\n",
    );
    let (code, out, err) = spindle(&[&f]);
    assert_eq!(code, 1);
    assert_eq!(out, "microtasks drain first\n");
    assert_eq!(
        err,
        format!("Uncaught (in promise) RangeError: nobody listens\n    at Object.<anonymous> ({f}:1:16)\n")
    );
    let f = temp_script("unhandled-value.js", "Promise.reject({ code: 42 });\n");
    let (code, _, err) = spindle(&[&f]);
    assert_eq!((code, err.as_str()), (1, "Uncaught (in promise) { code: 42 }\n"));
    // In a timer: the checkpoint after that callback, before the next timer.
    let f = temp_script(
        "unhandled-timer.js",
        "setTimeout(() => { Promise.reject(new Error('in timer')); Promise.resolve().then(() => console.log('micro')); }, 0);\nsetTimeout(() => console.log('never'), 0);\n",
    );
    let (code, out, err) = spindle(&[&f]);
    assert_eq!((code, out.as_str()), (1, "micro\n"));
    assert!(err.starts_with("Uncaught (in promise) Error: in timer\n"), "{err}");
    // A rejection that gets its handler only in a later macrotask is already fatal.
    let f = temp_script(
        "unhandled-late.js",
        "const p = Promise.reject(new Error('late'));\nsetTimeout(() => { p.catch(() => {}); console.log('never'); }, 0);\n",
    );
    let (code, out, _) = spindle(&[&f]);
    assert_eq!((code, out.as_str()), (1, ""));
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

/// Node's option parsing: spindle's options end at the script name; what follows it is the
/// script's, even when it looks like a spindle option (`process.argv` will show it).
#[test]
fn arguments_after_the_script_go_to_the_script() {
    let f = temp_script("args.js", "console.log('ran');\n");
    let (code, out, err) = spindle(&[&f, "--version", "--timeout", "x", "-e", "throw 1", "--bogus"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "ran\n", ""));
    let (code, out, _) = spindle(&["--gc-stress", "--", &f, "--help"]);
    assert_eq!((code, out.as_str()), (0, "ran\n"));
    let (code, out, _) = spindle(&["-e", "console.log('eval')", "a", "--version"]);
    assert_eq!((code, out.as_str()), (0, "eval\n"));
}

/// `spindle -` and a piped stdin without a script run the script read from stdin, named
/// `[stdin]` in stack traces, as Node does.
#[test]
fn a_script_read_from_stdin() {
    let (code, out, _) = spindle_with_stdin(&[], b"console.log(1 + 1)\n");
    assert_eq!((code, out.as_str()), (0, "2\n"));
    let (code, out, _) = spindle_with_stdin(&["-", "a", "--x"], b"console.log('dash')\n");
    assert_eq!((code, out.as_str()), (0, "dash\n"));
    let (code, _, err) = spindle_with_stdin(&[], b"throw new Error(1)\n");
    assert_eq!((code, err.as_str()), (1, "Uncaught Error: 1\n    at [stdin]:1:7\n"));
    let (code, _, err) = spindle_with_stdin(&["--gc-stress", "-"], b"let a;\nlet a;\n");
    assert_eq!(code, 1);
    assert!(err.starts_with("[stdin]:2:5\n"), "{err}");
}

/// Invalid UTF-8 in a source file decodes to U+FFFD, one per maximal invalid subsequence,
/// in string literals and comments alike (the output is Node's for the same bytes).
#[test]
fn invalid_utf8_in_a_source_file_becomes_replacement_characters() {
    let dir = std::env::temp_dir().join(format!("spindle-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join("bad-utf8.js");
    std::fs::write(
        &p,
        b"const s = \"a\xffb\xe2\x82c\xf0\x9f\x98d\xc0\xafe\xed\xa0\x80f\";\n// comment \xff\xfe\nconsole.log(s.length, [...s].map(c => c.codePointAt(0).toString(16)).join(\" \"));\n",
    )
    .expect("write");
    let (code, out, err) = spindle(&[&p.to_string_lossy()]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, "14 61 fffd 62 fffd 63 fffd 64 fffd fffd 65 fffd fffd fffd 66\n");
}

#[test]
fn max_old_space_size_is_the_heap_limit_too() {
    let script = "const a = []; for (;;) a.push({ x: [1, 2, 3] });";
    for flag in [&["--max-old-space-size", "16"][..], &["--max-old-space-size=16"]] {
        let args: Vec<&str> = flag.iter().copied().chain(["-e", script]).collect();
        let (code, _, err) = spindle(&args);
        assert_eq!(code, 1);
        assert!(err.contains("heap"), "{err}");
    }
}

/// `--timeout MS` ends a busy loop, an interval that keeps the loop alive, an endless
/// microtask chain and a far-away timer: a message on stderr and exit code 124.
#[test]
fn timeout_ends_runaway_scripts_with_exit_124() {
    for script in [
        "while (true) {}",
        "setInterval(() => {}, 5)",
        "(function f() { Promise.resolve().then(f) })()",
        // A native loop of [[HasProperty]] calls (found by the mutation fuzzer).
        "Array.prototype.reverse.call({ length: Infinity, 0: 1 })",
        "(function f() { queueMicrotask(f) })()",
        "(function f() { setTimeout(f, 0) })()",
        "(async () => { for (;;) await null })()",
        "setTimeout(() => {}, 100000)",
        // Back edges that are conditional jumps (a do-while's test; an inverted for loop's
        // bottom test): found by the mutation fuzzer, `do {} while (65536)` ran forever.
        "do {} while (65536)",
        "let x = 1; do {} while (x)",
        "for (let i = 0; i < Infinity; i++) {}",
    ]
    .into_iter()
    .map(String::from)
    // A recursion whose every frame unwinds through 3 000 nested finally blocks that rethrow
    // (no backward jump anywhere): the mutation fuzzer's only finding of issue 15 ran on
    // past --timeout; each throw now counts as work.
    .chain(std::iter::once(format!(
        "(function f() {{ {}f();{} }})()",
        "try {".repeat(3000),
        "} finally {}".repeat(3000)
    ))) {
        let script = script.as_str();
        let start = std::time::Instant::now();
        let (code, out, err) = spindle(&["--timeout", "100", "-e", script]);
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (124, "", "spindle: script timed out after 100 ms\n"),
            "{script}"
        );
        let took = start.elapsed();
        assert!(took >= std::time::Duration::from_millis(100), "{script}: {took:?}");
        assert!(took < std::time::Duration::from_secs(10), "{script}: {took:?}");
    }
    // A script that finishes in time is not affected.
    let (code, out, _) = spindle(&["--timeout=5000", "-e", "setTimeout(() => console.log('done'), 10)"]);
    assert_eq!((code, out.as_str()), (0, "done\n"));
}

/// V8 reports a redeclaration at the second declaration, in its own wording.
#[test]
fn redeclaration_points_at_the_second_declaration() {
    let f = temp_script("redeclare.js", "let a = 1;\nlet a = 2;\n");
    let (code, _, err) = spindle(&[&f]);
    assert_eq!(code, 1);
    assert_eq!(err, format!("{f}:2:5\nlet a = 2;\n    ^\n\nSyntaxError: Identifier 'a' has already been declared\n"));
    let f = temp_script("redeclare-var.js", "var b;\nfunction g() {}\nlet b;\n");
    let (_, _, err) = spindle(&[&f]);
    assert!(err.starts_with(&format!("{f}:3:5\n")), "{err}");
    assert!(err.ends_with("SyntaxError: Identifier 'b' has already been declared\n"), "{err}");
}

/// The report of an uncaught error is Node's util.inspect of it: the stack with the
/// error's current name (set after super() in a subclass), then its own properties and
/// `[cause]`.
#[test]
fn uncaught_error_report_shows_name_own_properties_and_cause() {
    let f = temp_script(
        "myerr.js",
        "class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }\nthrow new MyErr('bad');\n",
    );
    let (code, _, err) = spindle(&[&f]);
    assert_eq!((code, err), (1, format!("Uncaught MyErr: bad\n    at Object.<anonymous> ({f}:2:7)\n")));
    let f = temp_script(
        "cause.js",
        "function mk() {\n  const e = new Error('top', { cause: new Error('c') });\n  e.code = 'E1';\n  return e;\n}\nthrow mk();\n",
    );
    let (code, _, err) = spindle(&[&f]);
    let expected = format!(
        "Uncaught Error: top\n    at mk ({f}:2:13)\n    at Object.<anonymous> ({f}:6:7) {{\n  code: 'E1',\n  [cause]: Error: c\n      at mk ({f}:2:39)\n      at Object.<anonymous> ({f}:6:7)\n}}\n"
    );
    assert_eq!((code, err), (1, expected));
    // Objects are shown five levels deep, as Node's fatal-exception report does.
    let (_, _, err) = spindle(&["-e", "throw { a: { b: { c: { d: { e: { f: 1 } } } } } }"]);
    assert_eq!(err, "Uncaught {\n  a: {\n    b: {\n      c: { d: { e: { f: 1 } } }\n    }\n  }\n}\n");
}

/// A heap limit too large for the machine's address space saturates instead of wrapping
/// around to a tiny limit (17592186044416 MiB << 20 overflowed to 0).
#[test]
fn huge_heap_limit_does_not_wrap_around() {
    let (code, out, err) = spindle(&[
        "--max-heap-mb",
        "17592186044416",
        "-e",
        "const a = []; for (let i = 0; i < 3e5; i++) a.push({ i }); console.log(a.length)",
    ]);
    assert_eq!((code, out.trim()), (0, "300000"), "{err}");
}

/// The heap limit stops memory that lives outside objects too: element vectors and string
/// buffers (1.6 GB of arrays and 1.96 GB of strings ran past a 64 MiB limit before).
#[test]
fn heap_limit_counts_elements_and_strings() {
    for script in [
        "const keep = []; for (;;) { const a = []; for (let i = 0; i < 1e5; i++) a.push(i); keep.push(a); }",
        "const keep = []; for (let r = 0; ; r++) keep.push('x'.repeat(1e6) + r);",
        "const s = 'x'.repeat(5e8); console.log(s.length);",
    ] {
        let (code, out, err) = spindle(&["--max-heap-mb", "64", "-e", script]);
        assert_eq!(code, 1, "{script}: {out}");
        assert!(err.contains("JavaScript heap out of memory"), "{script}: {err}");
    }
}

/// `process.exit(code)` ends the program at once with that code (no `finally`, no pending
/// timers); `process.exitCode` is the status of a normal end.
#[test]
fn process_exit_and_exit_code() {
    let (code, out, _) = spindle(&[
        "-e",
        "setTimeout(() => console.log('never'), 10); try { process.exit(5) } finally { console.log('no') }",
    ]);
    assert_eq!((code, out.as_str()), (5, ""));
    let (code, out, _) = spindle(&["-e", "process.exitCode = 3; console.log('x')"]);
    assert_eq!((code, out.as_str()), (3, "x\n"));
    let (code, _, _) = spindle(&["-e", "process.exitCode = 4; process.exit()"]);
    assert_eq!(code, 4);
}

#[test]
fn process_stdin_is_an_async_iterable_read_on_demand() {
    // 200 000 lines (about 1.3 MB): many 64 KiB reads, each requested by the loop.
    let input: String = (1..=200_000).map(|i| format!("{i}\n")).collect();
    let f = temp_script(
        "stdin-iter.js",
        "(async () => { let data = ''; let n = 0;\n\
         for await (const chunk of process.stdin) { data += chunk; n++; }\n\
         const lines = data.split('\\n');\n\
         console.log(lines.length - 1, lines[199999], n > 1); })();",
    );
    let (code, out, err) = spindle_with_stdin(&[&f], input.as_bytes());
    assert_eq!((code, out.as_str(), err.as_str()), (0, "200000 200000 true\n", ""));
}

#[test]
fn process_stdin_data_events_and_encoding() {
    let f = temp_script(
        "stdin-data.js",
        "process.stdin.setEncoding('utf8'); let s = '';\n\
         process.stdin.on('data', (d) => { s += d; });\n\
         process.stdin.on('end', () => console.log(typeof s, JSON.stringify(s)));",
    );
    let (code, out, _) = spindle_with_stdin(&[&f], "héllo ✓\nworld\n".as_bytes());
    assert_eq!((code, out.as_str()), (0, "string \"héllo ✓\\nworld\\n\"\n"));
    // An empty stdin ends at once; a script that never touches stdin does not wait for it.
    let (code, out, _) = spindle_with_stdin(&[&f], b"");
    assert_eq!((code, out.as_str()), (0, "string \"\"\n"));
}
