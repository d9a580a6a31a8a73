//! A worker's standard streams (Node: lib/internal/worker.js `stdin`/`stdout`/`stderr`
//! options, lib/internal/worker/io.js ReadableWorkerStdio/WritableWorkerStdio).
//!
//! Output: by default a worker writes to the process's own stdout and stderr, in the order
//! its writes happen (what Node's default piping into the parent's streams shows). With
//! `stdout: true` / `stderr: true` its output instead travels to the parent as chunks for
//! `worker.stdout` / `worker.stderr` ([`CapturedOutput`], posted to the parent's poll phase
//! like every other event of the worker, so they arrive before its `exit`).
//!
//! Input: a worker's `process.stdin` never reads the process's stdin. Without `stdin: true`
//! it ends at once; with it, it reads what the parent writes to `worker.stdin`, through a
//! [`StdinPipe`] both threads hold.

use crate::io::Completion;
use spindle::vm::{Output, Stream};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc::UnboundedSender;

/// The bytes between `worker.stdin` (parent) and the worker's `process.stdin`.
#[derive(Default)]
pub struct StdinPipe {
    /// Chunks written and not read yet; `None` is the end.
    chunks: VecDeque<Option<Vec<u8>>>,
    /// Reads the worker asked for that no chunk has answered yet.
    waiting: usize,
    /// The worker's completion queue, once it runs.
    wake: Option<UnboundedSender<Completion>>,
}

pub type SharedStdin = Arc<Mutex<StdinPipe>>;

fn lock(pipe: &SharedStdin) -> std::sync::MutexGuard<'_, StdinPipe> {
    pipe.lock().unwrap_or_else(|e| e.into_inner())
}

/// The worker starts: reads answered from now on reach its loop through `wake`.
pub fn attach(pipe: &SharedStdin, wake: UnboundedSender<Completion>) {
    lock(pipe).wake = Some(wake);
}

/// The parent writes a chunk (`None`: `worker.stdin.end()`).
pub fn write(pipe: &SharedStdin, chunk: Option<Vec<u8>>) {
    let mut p = lock(pipe);
    if p.waiting > 0
        && let Some(wake) = p.wake.clone()
    {
        p.waiting -= 1;
        let _ = wake.send(crate::node::process::stdin::completion(chunk));
    } else {
        p.chunks.push_back(chunk);
    }
}

/// The worker's `process.stdin` asks for the next chunk: answered (through the worker's
/// own poll phase) by a chunk already written, the end when the worker has no stdin, or the
/// parent's next write.
pub fn request(pipe: Option<&SharedStdin>, own_queue: &UnboundedSender<Completion>) {
    let Some(pipe) = pipe else {
        let _ = own_queue.send(crate::node::process::stdin::completion(None));
        return;
    };
    let mut p = lock(pipe);
    match p.chunks.pop_front() {
        Some(chunk) => {
            // The end stays for every later read too.
            if chunk.is_none() {
                p.chunks.push_front(None);
            }
            let _ = own_queue.send(crate::node::process::stdin::completion(chunk));
        }
        None => p.waiting += 1,
    }
}

/// A worker's console and `process.stdout`/`stderr` output: each captured stream's bytes go
/// to the parent as `worker.stdout`/`worker.stderr` chunks; the others to the process's own.
pub struct CapturedOutput {
    pub parent: UnboundedSender<Completion>,
    pub thread_id: u64,
    pub stdout: bool,
    pub stderr: bool,
}

impl Output for CapturedOutput {
    fn print(&mut self, stream: Stream, text: &str) {
        let mut line = Vec::with_capacity(text.len() + 1);
        line.extend_from_slice(text.as_bytes());
        line.push(b'\n');
        self.write(stream, &line);
    }

    fn write(&mut self, stream: Stream, bytes: &[u8]) {
        let captured = match stream {
            Stream::Stdout => self.stdout,
            Stream::Stderr => self.stderr,
        };
        if captured {
            let fd = if stream == Stream::Stdout { 1 } else { 2 };
            super::notify_parent(&self.parent, self.thread_id, super::Lifecycle::Stdio(fd, Some(bytes.to_vec())));
        } else {
            spindle::vm::write_to_process(stream, bytes);
        }
    }
}
