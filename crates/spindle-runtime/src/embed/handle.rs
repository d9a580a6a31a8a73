//! Reaching a runtime from other threads: [`RuntimeHandle`] (`Send + Sync`) posts work to
//! the runtime's thread, keeps its loop alive while the host expects to post more, and
//! interrupts running script.

use crate::io::Completion;
use spindle::vm::{JsResult, Vm};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use tokio::sync::mpsc::UnboundedSender;

/// How many [`KeepAlive`] guards are held: while any is, the loop waits for posted work
/// instead of ending.
#[derive(Clone, Default)]
pub struct KeepAliveCount(Arc<AtomicUsize>);

impl KeepAliveCount {
    pub fn is_held(&self) -> bool {
        self.0.load(Ordering::Acquire) > 0
    }
}

/// A handle to a runtime for other threads. Cloning is cheap; every method may be called
/// from any thread, while the runtime's own thread is busy or idle.
#[derive(Clone)]
pub struct RuntimeHandle {
    pub(crate) post: UnboundedSender<Completion>,
    pub(crate) interrupt: Arc<AtomicBool>,
    pub(crate) thread: std::thread::Thread,
    pub(crate) keep_alive: KeepAliveCount,
}

impl RuntimeHandle {
    /// Runs `work` on the runtime's thread, in its loop's poll phase (followed by a
    /// microtask checkpoint). An exception it returns is an uncaught exception there.
    /// Posting to a runtime that has been dropped does nothing; work posted while the
    /// loop is not running waits for it to run (a [`KeepAlive`] keeps it running).
    pub fn post(&self, work: impl FnOnce(&mut Vm) -> JsResult<()> + Send + 'static) {
        let _ = self.post.send(Box::new(work));
    }

    /// Stops the script running on the runtime's thread at its next safepoint (a loop's
    /// back edge, a call), a wait in `Atomics.wait`, or the loop's sleep: the call that
    /// was running returns [`Error::Interrupted`](super::Error::Interrupted). The runtime
    /// can be used again afterwards.
    pub fn interrupt(&self) {
        interrupt_agent(&self.interrupt, &self.post, &self.thread);
    }

    /// A guard that keeps the runtime's event loop running (waiting for posted work) until
    /// it is dropped, as a referenced handle keeps Node's loop alive.
    pub fn keep_alive(&self) -> KeepAlive {
        self.keep_alive.0.fetch_add(1, Ordering::AcqRel);
        KeepAlive { count: self.keep_alive.clone(), post: self.post.clone() }
    }
}

/// Stops an agent from another thread (a handle's `interrupt`, a worker's `terminate()`):
/// sets its interrupt flag, which running script takes at its next safepoint; posts a
/// completion that wakes a loop asleep on timers or messages to take it; and unparks an
/// agent blocked in `Atomics.wait`. Whichever sees the flag first takes it, so the
/// interrupt stops one run, never a later one.
pub(crate) fn interrupt_agent(
    flag: &Arc<AtomicBool>,
    post: &UnboundedSender<Completion>,
    thread: &std::thread::Thread,
) {
    flag.store(true, Ordering::Release);
    let flag = Arc::clone(flag);
    let _ = post.send(Box::new(move |vm: &mut Vm| {
        if !flag.swap(false, Ordering::AcqRel) {
            return Ok(());
        }
        vm.terminating = Some(spindle::vm::INTERRUPTED.into());
        Err(spindle::Value::Undefined)
    }));
    thread.unpark();
}

/// Keeps a runtime's event loop alive; see [`RuntimeHandle::keep_alive`].
pub struct KeepAlive {
    count: KeepAliveCount,
    post: UnboundedSender<Completion>,
}

impl Drop for KeepAlive {
    /// The guard is released by a completion posted after the work this thread posted
    /// before dropping it, so that work runs first (and the loop, woken, may then end).
    fn drop(&mut self) {
        let count = self.count.clone();
        let release = Box::new(move |_: &mut Vm| {
            count.0.fetch_sub(1, Ordering::AcqRel);
            Ok(())
        });
        if let Err(unsent) = self.post.send(release) {
            // The runtime is gone: nothing to keep alive.
            drop(unsent);
            self.count.0.fetch_sub(1, Ordering::AcqRel);
        }
    }
}
