//! Transferred streams when the producing worker goes away in the middle: whether it
//! crashes, runs out of memory, overflows its stack, exits or is terminated, the parent
//! sees `error` / `exit` and the consumer's `for await` ends with an error — it never
//! hangs — and the process ends with the right code. And a transferred stream keeps the
//! producing worker alive on its own (Node 20 lets the worker exit and the consumer waits
//! for ever, so these are not in the Node-compared corpus).

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `script` with spindle; (exit code, stdout, stderr). A run longer than 30 s is a
/// hang and fails the test.
fn run(name: &str, script: &str, args: &[&str]) -> (i32, String, String) {
    run_with(name, script, &[], args)
}

/// `run` with spindle's own options before the script.
fn run_with(name: &str, script: &str, options: &[&str], args: &[&str]) -> (i32, String, String) {
    let dir = std::env::temp_dir().join(format!("spindle-worker-streams-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, script).expect("write script");
    let mut child = Command::new(env!("CARGO_BIN_EXE_spindle"))
        .args(options)
        .arg(&path)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run spindle");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("{name} {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let (mut out, mut err) = (String::new(), String::new());
    child.stdout.take().expect("stdout").read_to_string(&mut out).expect("read stdout");
    child.stderr.take().expect("stderr").read_to_string(&mut err).expect("read stderr");
    (status.code().unwrap_or(-1), out, err)
}

/// A worker streams numbers to the main thread and, at item 3, fails in the way argv[2]
/// names; the main thread reports what its `for await` and the worker's events saw.
const FAILING_PRODUCER: &str = r#"
const { Worker } = require('worker_threads');
const mode = process.argv[2];
const w = new Worker(`
const { parentPort } = require('worker_threads');
const mode = ${JSON.stringify(mode)};
async function* numbers() {
  for (let i = 0; ; i++) {
    if (i === 3) {
      if (mode === 'crash') setTimeout(() => { throw new RangeError('crash'); });
      if (mode === 'exit') process.exit(7);
      if (mode === 'recurse') setTimeout(() => { const f = () => f() + 1; f(); });
      if (mode === 'oom') { const keep = []; for (;;) keep.push(new Array(1000).fill(i)); }
      if (mode === 'terminate') parentPort.postMessage('terminate me');
      if (mode === 'spin') for (;;) {}
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    yield i;
  }
}
const stream = ReadableStream.from(numbers());
parentPort.postMessage(stream, [stream]);
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16 } });
w.on('message', async (m) => {
  if (m === 'terminate me') {
    console.log('terminated with', await w.terminate());
    return;
  }
  try {
    for await (const n of m) console.log('got', n);
    console.log('the stream ended');
  } catch (e) {
    console.log('the stream errored:', e.code ?? e.name, e.message);
  }
});
w.on('error', (e) => console.log('worker error:', e.code ?? e.name, e.message));
w.on('exit', (code) => console.log('worker exit', code));
"#;

fn failing(mode: &str) -> String {
    let (code, out, err) = run("failing-producer.js", FAILING_PRODUCER, &[mode]);
    assert_eq!(code, 0, "{mode}: exit code\n{out}\n{err}");
    assert!(out.starts_with("got 0\ngot 1\ngot 2\n"), "{mode}: {out}");
    assert!(out.contains("the stream errored:"), "{mode}: the consumer must see an error\n{out}");
    out
}

#[test]
fn worker_crash_mid_stream_errors_the_stream() {
    let out = failing("crash");
    assert!(out.contains("worker error: RangeError crash\n"), "{out}");
    assert!(out.contains("the stream errored: ERR_STREAM_PREMATURE_CLOSE Premature close\n"), "{out}");
    assert!(out.ends_with("worker exit 1\n"), "{out}");
}

#[test]
fn worker_exit_mid_stream_errors_the_stream() {
    let out = failing("exit");
    assert!(!out.contains("worker error"), "{out}");
    assert!(out.contains("the stream errored: ERR_STREAM_PREMATURE_CLOSE Premature close\n"), "{out}");
    assert!(out.ends_with("worker exit 7\n"), "{out}");
}

#[test]
fn worker_stack_overflow_mid_stream_errors_the_stream() {
    let out = failing("recurse");
    assert!(out.contains("worker error: RangeError Maximum call stack size exceeded\n"), "{out}");
    assert!(out.ends_with("worker exit 1\n"), "{out}");
}

#[test]
fn worker_out_of_memory_mid_stream_errors_the_stream() {
    let out = failing("oom");
    assert!(
        out.contains(
            "worker error: ERR_WORKER_OUT_OF_MEMORY Worker terminated due to reaching memory limit: JS heap out of memory\n"
        ),
        "{out}"
    );
    assert!(out.ends_with("worker exit 1\n"), "{out}");
}

#[test]
fn terminate_mid_stream_errors_the_stream() {
    let out = failing("terminate");
    assert!(out.contains("the stream errored: ERR_STREAM_PREMATURE_CLOSE Premature close\n"), "{out}");
    assert!(out.contains("terminated with 1\n"), "{out}");
}

/// Uncaught on the main thread, the stream's error ends the process with code 1 and Node's
/// report of the error.
#[test]
fn an_unhandled_stream_error_ends_the_process() {
    let script = r#"
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const s = ReadableStream.from((async function* () { yield 1; process.exit(3); })());
  parentPort.postMessage(s, [s]);
`, { eval: true });
w.on('message', async (s) => { for await (const x of s) console.log('got', x); });
"#;
    let (code, out, err) = run("unhandled.js", script, &[]);
    assert_eq!(code, 1, "{out}\n{err}");
    assert_eq!(out, "got 1\n");
    assert!(err.contains("Error [ERR_STREAM_PREMATURE_CLOSE]: Premature close"), "{err}");
}

/// The worker has nothing but the stream it handed over: the open stream keeps it alive
/// until the consumer has read everything (Node 20 exits the worker after its script and
/// the consumer never gets a chunk). Its generator's `finally` runs when the main thread
/// breaks out early, across the thread.
#[test]
fn a_transferred_stream_keeps_the_producer_alive() {
    let script = r#"
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const report = new MessageChannel();
  const w = new Worker(__filename, { workerData: report.port2, transferList: [report.port2] });
  report.port1.on('message', (m) => { console.log('worker says:', m); report.port1.close(); });
  w.on('message', async (stream) => {
    for await (const x of stream) {
      console.log('got', x);
      if (x === 4) break;
    }
  });
  w.on('exit', (code) => console.log('worker exit', code));
} else {
  async function* slow() {
    try {
      for (let i = 0; i < 100; i++) {
        await new Promise((resolve) => setTimeout(resolve, 2));
        yield i;
      }
    } finally {
      workerData.postMessage('finally ran');
      workerData.close();
    }
  }
  const stream = ReadableStream.from(slow());
  parentPort.postMessage(stream, [stream]);
}
"#;
    let (code, out, err) = run("keep-alive.js", script, &[]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert_eq!(out, "got 0\ngot 1\ngot 2\ngot 3\ngot 4\nworker says: finally ran\nworker exit 0\n", "{err}");
}

/// Streams received with a collection at every safepoint of the main thread (`--gc-stress`,
/// so collections happen while the receiving side builds them): every one arrives as a
/// ReadableStream with its chunks (its interface name once went unrooted across the
/// JavaScript that makes the port, and a collection turned the stream into an empty object).
#[test]
fn streams_received_during_collections_arrive_whole() {
    let script = r#"
const { Worker, isMainThread, parentPort } = require('worker_threads');
const N = 20;
if (isMainThread) {
  const w = new Worker(__filename);
  let streams = 0, chunks = 0, wrong = 0;
  const reads = [];
  w.on('message', (m) => {
    if (m instanceof ArrayBuffer) return;
    if (!(m.stream instanceof ReadableStream)) { wrong++; return; }
    streams++;
    reads.push((async () => { for await (const x of m.stream) chunks += x; })());
    if (streams + wrong === N) {
      Promise.all(reads).then(() => {
        console.log(streams, chunks, wrong);
        w.postMessage('done');
      });
    }
  });
} else {
  parentPort.on('message', () => parentPort.close());
  for (let i = 0; i < N; i++) {
    const buf = new ArrayBuffer(65536);
    parentPort.postMessage(buf, [buf]);
    const stream = ReadableStream.from([1, 2]);
    parentPort.postMessage({ stream }, [stream]);
  }
}
"#;
    let (code, out, err) = run_with("streams-under-gc.js", script, &["--gc-stress"], &[]);
    assert_eq!((code, out.as_str()), (0, "20 60 0\n"), "{err}");
}
