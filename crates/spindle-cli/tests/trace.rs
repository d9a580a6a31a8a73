//! `spindle --trace-async` (issue 22) on the programs of `examples/trace/`: the text form
//! equals the checked-in `*.trace.txt`, the JSON form is a well-formed Chrome trace whose
//! flows connect, the first seed's runner shows each `yield` resumed from the job its
//! promise's settlement queued, the HTML form embeds the trace, and `--trace-filter` keeps
//! only what names the function.

use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const EXAMPLES: [&str; 4] = ["login", "co", "async-await", "async-generator"];
/// Examples with more than one agent: their text traces depend on the threads' timing, so
/// only their JSON form is checked (structurally).
const THREADED: [&str; 1] = ["worker-bridge"];

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/trace")
}

/// Runs an example with the given tracing options; returns (stdout, stderr).
fn run(example: &str, args: &[&str]) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_spindle"))
        .current_dir(examples_dir())
        .env("TZ", "UTC")
        .args(args)
        .arg(format!("{example}.js"))
        .output()
        .expect("run spindle");
    assert!(out.status.success(), "{example}: {}", String::from_utf8_lossy(&out.stderr));
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn json_trace(example: &str) -> Vec<Value> {
    static CALLS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("spindle-trace-{}-{example}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("trace.json");
    let (stdout, _) = run(example, &[&format!("--trace-async={}", file.display())]);
    let expected = std::fs::read_to_string(examples_dir().join(format!("{example}.out"))).unwrap();
    assert_eq!(stdout, expected, "{example}: tracing changes nothing the program prints");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).expect("valid JSON");
    std::fs::remove_dir_all(&dir).unwrap();
    doc["traceEvents"].as_array().expect("traceEvents").clone()
}

#[test]
fn text_form_equals_the_checked_in_trace() {
    for example in EXAMPLES {
        let (_, stderr) = run(example, &["--trace-async=-"]);
        let expected = std::fs::read_to_string(examples_dir().join(format!("{example}.trace.txt"))).unwrap();
        assert_eq!(stderr, expected, "{example}: text trace");
    }
}

#[test]
fn json_form_is_a_well_formed_trace() {
    for example in EXAMPLES.iter().chain(THREADED.iter()).copied() {
        let events = json_trace(example);
        let mut depth: HashMap<u64, i64> = HashMap::new();
        let mut flow_starts: HashMap<String, f64> = HashMap::new();
        let mut flow_ends = Vec::new();
        let mut last_ts: HashMap<u64, f64> = HashMap::new();
        for e in &events {
            let ph = e["ph"].as_str().expect("ph");
            assert!(["M", "B", "E", "i", "s", "f", "b", "e"].contains(&ph), "{example}: phase {ph}");
            if ph == "M" {
                continue;
            }
            let tid = e["tid"].as_u64().expect("tid");
            let ts = e["ts"].as_f64().expect("ts");
            let last = last_ts.entry(tid).or_insert(0.0);
            assert!(ts >= *last, "{example}: time goes forward within the agent");
            *last = ts;
            match ph {
                "B" => *depth.entry(tid).or_default() += 1,
                "E" => {
                    let d = depth.entry(tid).or_default();
                    *d -= 1;
                    assert!(*d >= 0, "{example}: an E without its B");
                }
                "s" => {
                    flow_starts.insert(e["id"].as_str().unwrap().to_string(), ts);
                }
                "f" => flow_ends.push((e["id"].as_str().unwrap().to_string(), ts)),
                _ => {}
            }
        }
        assert!(depth.values().all(|&d| d == 0), "{example}: every slice closed");
        assert!(!flow_ends.is_empty(), "{example}: jobs were traced");
        for (id, at) in flow_ends {
            let start = flow_starts.get(&id).unwrap_or_else(|| panic!("{example}: flow {id} has no start"));
            // The agents share one clock, so a flow between threads is ordered too.
            assert!(*start <= at, "{example}: flow {id} starts before it ends");
        }
    }
}

/// For the first seed's `login`: each promise a `yield` hands to the runner settles, its
/// settlement starts a flow to a job, and in that job's slice the generator is resumed.
#[test]
fn login_yields_resume_from_the_job_their_promise_queued() {
    let events = json_trace("login");
    let name = |e: &Value| e["name"].as_str().unwrap_or("").to_string();
    let yields: Vec<u64> = events
        .iter()
        .filter(|e| e["ph"] == "i" && e["cat"] == "generator" && name(e).ends_with("yields"))
        .filter_map(|e| e["args"]["promise"].as_u64())
        .collect();
    assert!(yields.len() >= 4, "login's yields hand promises to the runner: {yields:?}");
    for p in yields {
        // The flows that start from this promise's settlement (or a then() on it settled).
        let jobs: Vec<&str> = events
            .iter()
            .filter(|e| e["ph"] == "s" && e["cat"] == "flow" && e["args"]["promise"].as_u64() == Some(p))
            .filter_map(|e| e["id"].as_str())
            .collect();
        assert!(!jobs.is_empty(), "promise #{p}: its settlement queues a job");
        let resumed = jobs.iter().any(|id| {
            let Some(f) = events.iter().position(|e| e["ph"] == "f" && e["id"].as_str() == Some(id)) else {
                return false;
            };
            events[f..]
                .iter()
                .take_while(|e| !(e["ph"] == "E" && e["cat"] == "microtask"))
                .any(|e| e["cat"] == "generator" && name(e).contains("resumed by"))
        });
        assert!(resumed, "promise #{p}: the job it queued resumes the generator");
    }
}

#[test]
fn html_form_embeds_the_trace_and_its_viewer() {
    let dir = std::env::temp_dir().join(format!("spindle-trace-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("login.html");
    run("login", &[&format!("--trace-async={}", file.display())]);
    let page = std::fs::read_to_string(&file).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    // Self-contained: nothing is loaded from elsewhere.
    assert!(!page.contains("src=") && !page.contains("https://") && !page.contains("<link"));
    let open = "<script id=\"trace\" type=\"application/json\">";
    let start = page.find(open).expect("embedded trace") + open.len();
    let end = start + page[start..].find("</script>").expect("end of the embedded trace");
    let doc: Value = serde_json::from_str(&page[start..end].replace("<\\/", "</")).expect("the embedded JSON parses");
    assert!(doc["traceEvents"].as_array().is_some_and(|a| a.len() > 50));
}

#[test]
fn filter_keeps_the_named_function() {
    let (_, stderr) = run("async-await", &["--trace-async=-", "--trace-filter=getUser"]);
    let (_, all) = run("async-await", &["--trace-async=-"]);
    assert!(stderr.lines().count() < all.lines().count(), "the filter drops lines");
    for line in stderr.lines() {
        assert!(
            line.contains("getUser") || line.starts_with("tick "),
            "only getUser's events and the slices they are in: {line}"
        );
    }
    assert!(stderr.contains("getUser (async-await.js:9:16) suspends at await delay(...)"));
}

/// `spindle:inspect` reads a generator's state and position, a promise's state and reactions
/// and the job queue, from CommonJS and from an ES module.
#[test]
fn inspect_module_reports_the_machinery_state() {
    let script = r#"
const assert = require('assert');
const { generatorState, promiseState, pendingJobs } = require('spindle:inspect');
function* counter() { yield 1; yield 2; }
const g = counter();
assert.deepStrictEqual(generatorState(g), { state: 'suspendedStart', async: false, function: 'counter', at: '[eval]:4:1' });
g.next();
assert.strictEqual(generatorState(g).state, 'suspendedYield');
assert.strictEqual(generatorState(g).at, '[eval]:4:23');
g.next(); g.next();
assert.strictEqual(generatorState(g).state, 'completed');
const p = new Promise(() => {});
p.then(() => {});
assert.deepStrictEqual(promiseState(p), { state: 'pending', reactions: 1 });
assert.deepStrictEqual(promiseState(Promise.resolve(42)), { state: 'fulfilled', value: 42, reactions: 0 });
const r = Promise.reject(7); r.catch(() => {});
assert.deepStrictEqual(promiseState(r), { state: 'rejected', reason: 7, reactions: 0 });
Promise.resolve().then(function first() {});
queueMicrotask(function second() {});
const jobs = pendingJobs().slice(-2);
assert.deepStrictEqual(jobs.map((j) => j.kind), ['PromiseReactionJob', 'HostMicrotask']);
assert.ok(jobs[0].runs.startsWith('first ') && jobs[1].runs.startsWith('second '));
async function* ag() { yield 1; }
const a = ag();
assert.strictEqual(generatorState(a).async, true);
assert.throws(() => generatorState({}), TypeError);
assert.throws(() => promiseState(1), TypeError);
console.log('ok');
"#;
    let out = Command::new(env!("CARGO_BIN_EXE_spindle")).args(["-e", script]).output().expect("run spindle");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ok\n", "{}", String::from_utf8_lossy(&out.stderr));
    let module = "import { promiseState } from 'spindle:inspect'; console.log(promiseState(Promise.resolve(1)).state);";
    let out = Command::new(env!("CARGO_BIN_EXE_spindle"))
        .args(["--input-type=module", "-e", module])
        .output()
        .expect("run spindle");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "fulfilled\n", "{}", String::from_utf8_lossy(&out.stderr));
}

/// The fourth seed's bridge: the worker is a thread track of its own, and each message is a
/// flow from the track that posted it to the one that handled it.
#[test]
fn worker_bridge_messages_are_flows_between_thread_tracks() {
    let events = json_trace("worker-bridge");
    let threads: std::collections::HashSet<u64> = events
        .iter()
        .filter(|e| e["ph"] == "M" && e["name"] == "thread_name")
        .filter_map(|e| e["tid"].as_u64())
        .collect();
    assert!(threads.len() >= 2, "the main thread and the worker: {threads:?}");
    let starts: HashMap<&str, u64> = events
        .iter()
        .filter(|e| e["ph"] == "s" && e["cat"] == "message")
        .filter_map(|e| Some((e["id"].as_str()?, e["tid"].as_u64()?)))
        .collect();
    let crossing = events
        .iter()
        .filter(|e| e["ph"] == "f" && e["cat"] == "message")
        .filter(|e| {
            let id = e["id"].as_str().unwrap_or("");
            starts.get(id).is_some_and(|&from| Some(from) != e["tid"].as_u64())
        })
        .count();
    assert!(crossing >= 10, "requests and streamed items cross between the threads: {crossing}");
    let from_worker =
        events.iter().filter(|e| e["ph"] == "s" && e["cat"] == "message" && e["tid"].as_u64() != Some(1)).count();
    assert!(from_worker >= 5, "the worker posts items back: {from_worker}");
}

/// An unhandled rejection is on the timeline, and a trace is still written when the program
/// ends with an error.
#[test]
fn unhandled_rejection_is_traced() {
    let out = Command::new(env!("CARGO_BIN_EXE_spindle"))
        .args(["--trace-async=-", "-e", "Promise.reject(new Error('x'))"])
        .output()
        .expect("run spindle");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("promise #1 rejected\n"), "{stderr}");
    assert!(stderr.contains("promise #1 rejected and never handled"), "{stderr}");
}

/// `--show-state`: `console.log` of a generator shows its state and where it waits (the
/// definition before it starts, the `yield` after); without the flag it prints as Node does.
#[test]
fn show_state_prints_a_generators_state() {
    let dir = std::env::temp_dir().join(format!("spindle-show-state-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("count.js");
    std::fs::write(
        &file,
        "function* count() {\n  yield 1;\n  yield 2;\n}\nconst g = count();\nconsole.log(g);\ng.next();\n\
         console.log(g);\ng.next(); g.next();\ng.label = 'done';\nconsole.log([g]);\n\
         async function* ticks() { yield 1; }\nconst a = ticks();\na.next(); a.next();\nconsole.log(a);\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_spindle")).args(args).arg(&file).output().expect("run spindle");
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert_eq!(
        run(&["--show-state"]),
        "Object [Generator] { <suspendedStart at count.js:1:1> }\n\
         Object [Generator] { <suspendedYield at count.js:2:3> }\n\
         [ Object [Generator] { <completed>, label: 'done' } ]\n\
         Object [AsyncGenerator] { <executing at count.js:12:27>, <2 queued> }\n"
    );
    // Node 20 prints these objects without their state.
    assert_eq!(
        run(&[]),
        "Object [Generator] {}\nObject [Generator] {}\n[ Object [Generator] { label: 'done' } ]\n\
         Object [AsyncGenerator] {}\n"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
