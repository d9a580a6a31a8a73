//! The worker process pool.
//!
//! One supervisor thread per worker slot (a thread of the shared job
//! [`Pool`]) pulls test ids from its queue, writes each id to its worker's stdin and waits (at most
//! [`SupervisorConfig::hard_limit`]) for the matching result line on the
//! worker's stdout. If the worker does not answer in time it is killed and the
//! test fails with `timeout`; if the worker dies (stack overflow, abort,
//! `exit`) the test fails with `crashed: <exit status>` plus the tail of the
//! worker's stderr. Either way a fresh worker is started for the next test.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use spindle_conformance::pool::Pool;

use crate::result::{TestResult, WIRE_MARKER, decode_wire};

/// How much of a worker's stderr is kept for crash reports.
const STDERR_TAIL_BYTES: usize = 8 << 10;

/// Supervisor settings.
#[derive(Debug, Clone)]
pub struct SupervisorConfig {
    /// Worker executable (normally `std::env::current_exe()`).
    pub exe: PathBuf,
    /// Arguments for the worker (`--worker ...`).
    pub worker_args: Vec<String>,
    /// Number of worker processes.
    pub jobs: usize,
    /// Hard per-test limit after which a worker is killed.
    pub hard_limit: Duration,
    /// Let workers write to our stderr instead of capturing it.
    pub inherit_stderr: bool,
}

/// A running worker process.
struct Worker {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    stderr_tail: Arc<Mutex<Vec<u8>>>,
    stderr_thread: Option<JoinHandle<()>>,
}

impl Worker {
    fn spawn(cfg: &SupervisorConfig) -> std::io::Result<Worker> {
        let mut child = Command::new(&cfg.exe)
            .args(&cfg.worker_args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(if cfg.inherit_stderr { Stdio::inherit() } else { Stdio::piped() })
            .spawn()?;
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, lines) = mpsc::channel();
        std::thread::Builder::new().name("test262-stdout".into()).spawn(move || read_result_lines(stdout, tx))?;
        let stderr_tail = Arc::new(Mutex::new(Vec::new()));
        let stderr_thread = match child.stderr.take() {
            Some(mut err) => {
                let tail = stderr_tail.clone();
                Some(std::thread::Builder::new().name("test262-stderr".into()).spawn(move || {
                    let mut buf = [0u8; 4096];
                    while let Ok(n) = err.read(&mut buf) {
                        if n == 0 {
                            break;
                        }
                        let mut t = tail.lock().unwrap_or_else(|e| e.into_inner());
                        t.extend_from_slice(&buf[..n]);
                        if t.len() > STDERR_TAIL_BYTES {
                            let cut = t.len() - STDERR_TAIL_BYTES;
                            t.drain(..cut);
                        }
                    }
                })?)
            }
            None => None,
        };
        Ok(Worker { child, stdin, lines, stderr_tail, stderr_thread })
    }

    /// Sends one test id.
    fn send(&mut self, id: &str) -> std::io::Result<()> {
        self.stderr_tail.lock().unwrap_or_else(|e| e.into_inner()).clear();
        let stdin = self.stdin.as_mut().ok_or(std::io::ErrorKind::BrokenPipe)?;
        stdin.write_all(id.as_bytes())?;
        stdin.write_all(b"\n")?;
        stdin.flush()
    }

    /// Closes stdin and waits up to `grace` for the process to exit, killing
    /// it afterwards. Returns the exit status and the last stderr lines.
    fn finish(mut self, grace: Duration) -> (Option<ExitStatus>, String) {
        drop(self.stdin.take());
        let end = Instant::now() + grace;
        let status = loop {
            match self.child.try_wait() {
                Ok(Some(st)) => break Some(st),
                Ok(None) if Instant::now() < end => std::thread::sleep(Duration::from_millis(10)),
                _ => {
                    let _ = self.child.kill();
                    break self.child.wait().ok();
                }
            }
        };
        (status, self.take_stderr())
    }

    /// Kills the process immediately.
    fn kill(mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.take_stderr()
    }

    fn take_stderr(&mut self) -> String {
        if let Some(t) = self.stderr_thread.take() {
            let _ = t.join();
        }
        let tail = self.stderr_tail.lock().unwrap_or_else(|e| e.into_inner());
        summarize_stderr(&String::from_utf8_lossy(&tail))
    }
}

/// Longest stdout line a worker may produce; longer lines (engine junk) are
/// read in chunks of this size, and result lines are always far shorter.
const MAX_LINE_BYTES: u64 = 1 << 20;

/// Forwards result lines (those containing the wire marker) from a worker's
/// stdout; ends (disconnecting the channel) at EOF.
fn read_result_lines(stdout: impl Read, tx: Sender<String>) {
    let mut reader = BufReader::new(stdout);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match (&mut reader).take(MAX_LINE_BYTES).read_until(b'\n', &mut buf) {
            Ok(0) | Err(_) => return,
            Ok(_) => {
                let line = String::from_utf8_lossy(&buf);
                if line.contains(WIRE_MARKER) && tx.send(line.into_owned()).is_err() {
                    return;
                }
            }
        }
    }
}

/// Last few non-empty stderr lines, joined, for crash reasons.
fn summarize_stderr(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let start = lines.len().saturating_sub(3);
    let mut s = lines[start..].join(" | ");
    if s.len() > 400 {
        let mut cut = s.len() - 400;
        while !s.is_char_boundary(cut) {
            cut += 1;
        }
        s = format!("...{}", &s[cut..]);
    }
    s
}

fn describe_status(status: Option<ExitStatus>) -> String {
    match status {
        Some(st) => st.to_string(),
        None => "unknown exit status".to_string(),
    }
}

/// Runs one test on the slot's worker (starting one if needed).
fn run_one(cfg: &SupervisorConfig, slot: &mut Option<Worker>, id: &str) -> Result<TestResult, String> {
    for _attempt in 0..2 {
        let mut worker = match slot.take() {
            Some(w) => w,
            None => Worker::spawn(cfg).map_err(|e| format!("cannot start worker {}: {e}", cfg.exe.display()))?,
        };
        if worker.send(id).is_err() {
            // The worker died between tests: replace it and try again.
            worker.finish(Duration::from_millis(100));
            continue;
        }
        let sent = Instant::now();
        let deadline = sent + cfg.hard_limit;
        let failed = |reason: String| TestResult {
            duration_ms: u64::try_from(sent.elapsed().as_millis()).unwrap_or(u64::MAX),
            ..TestResult::failed(id, reason)
        };
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match worker.lines.recv_timeout(left) {
                Ok(line) => {
                    let Some((result, recycle)) = decode_wire(&line) else {
                        continue;
                    };
                    if result.id != id {
                        continue;
                    }
                    if recycle {
                        worker.finish(Duration::from_secs(2));
                    } else {
                        *slot = Some(worker);
                    }
                    return Ok(result);
                }
                Err(RecvTimeoutError::Timeout) => {
                    worker.kill();
                    return Ok(failed(format!(
                        "timeout: no result after {:.1} s (worker killed)",
                        cfg.hard_limit.as_secs_f64()
                    )));
                }
                Err(RecvTimeoutError::Disconnected) => {
                    let (status, stderr) = worker.finish(Duration::from_secs(2));
                    let mut reason = format!("crashed: {}", describe_status(status));
                    if !stderr.is_empty() {
                        reason.push_str("; stderr: ");
                        reason.push_str(&stderr);
                    }
                    return Ok(failed(reason));
                }
            }
        }
    }
    Ok(TestResult::failed(id, "crashed: worker exited before accepting the test"))
}

/// A pool thread's worker process (started on demand), finished when the
/// thread ends.
struct Slot(Option<Worker>);

impl Drop for Slot {
    fn drop(&mut self) {
        if let Some(w) = self.0.take() {
            w.finish(Duration::from_secs(2));
        }
    }
}

/// Runs `ids` on `cfg.jobs` worker processes (one [`Pool`] thread each) and
/// returns one result per id (in the order of `ids`). `on_event` is called with
/// each result as it arrives and with `None` roughly every 200 ms (for progress
/// output). Fails only if a worker process cannot be started at all.
pub fn run(
    cfg: &SupervisorConfig,
    ids: Vec<String>,
    on_event: impl FnMut(Option<&TestResult>),
) -> Result<Vec<TestResult>, String> {
    let results =
        Pool { threads: cfg.jobs }.run(&ids, || Slot(None), |slot, id| run_one(cfg, &mut slot.0, id), on_event)?;
    Ok(results
        .into_iter()
        .zip(&ids)
        .map(|(r, id)| {
            r.unwrap_or_else(|| TestResult::failed(id, "crashed: the supervisor thread running it panicked"))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stderr_summary() {
        assert_eq!(summarize_stderr(""), "");
        assert_eq!(summarize_stderr("a\n\nb\nc\nd\n"), "b | c | d");
        let long = "x".repeat(1000);
        assert_eq!(summarize_stderr(&long).len(), 403);
    }
}
