//! The poll phase's source: completions of work done off the loop's thread (a read of
//! stdin, later file and socket I/O), queued as closures that run on the loop's thread with
//! the engine, each followed by a checkpoint — libuv's I/O callbacks. An operation in flight
//! that is referenced keeps the loop alive (`pending`), as an active libuv request does.

use spindle::vm::{JsResult, Vm};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};

/// A completion: runs on the loop's thread.
pub type Completion = Box<dyn FnOnce(&mut Vm) -> JsResult<()> + Send>;

/// The queue of completions and the count of referenced operations in flight.
pub struct IoQueue {
    tx: UnboundedSender<Completion>,
    rx: UnboundedReceiver<Completion>,
    /// Referenced operations started and not completed.
    pub pending: usize,
}

impl Default for IoQueue {
    fn default() -> Self {
        let (tx, rx) = unbounded_channel();
        IoQueue { tx, rx, pending: 0 }
    }
}

impl IoQueue {
    /// A sender for another thread to post completions with.
    pub fn sender(&self) -> UnboundedSender<Completion> {
        self.tx.clone()
    }

    /// The next completion already posted, if any.
    pub fn try_next(&mut self) -> Option<Completion> {
        self.rx.try_recv().ok()
    }

    /// Polls for a completion (registering the waker when there is none).
    pub fn poll_next(&mut self, cx: &mut std::task::Context<'_>) -> std::task::Poll<Option<Completion>> {
        self.rx.poll_recv(cx)
    }
}
