//! Waiter lists of shared blocks (ECMA-262 §25.4.3): the records `Atomics.wait` and
//! `Atomics.waitAsync` leave behind and `Atomics.notify` removes, and the host's blocking
//! primitive.
//!
//! The engine has no threads and never sleeps on its own: a blocked agent parks through a
//! [`Parker`] the host provides (the runtime's is the agent thread's park/unpark). Each
//! shared block carries one [`WaiterLists`] behind a mutex, which is the spec's critical
//! section for every WaiterList of the block; a record's `notified` flag is written only
//! under that lock, so a waiter woken spuriously (or by a stale unpark) parks again until
//! its flag is set or its time is up. Async waiters are resolved by the agent that made
//! them: directly when the notifier is that agent, or from its own timeout check
//! (`Vm::run_wait_async_timeouts`, driven by the host's event loop).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::jobs::Persistent;

/// The host's way to suspend the agent thread (SuspendThisAgent / NotifyWaiter).
pub trait Parker: Send + Sync {
    /// Blocks the calling agent until `unpark` or until `timeout` has passed (forever when
    /// `None`). May return early (spuriously); callers re-check their condition.
    fn park(&self, timeout: Option<Duration>);
    /// Wakes the agent if it is parked, or makes its next `park` return at once.
    fn unpark(&self);
}

/// A [`Parker`] for hosts whose agent is one OS thread (the runtime's main thread, the
/// test262 runner's worker thread): that thread's park / unpark. The engine never installs
/// it itself; a host that does makes its agent able to block.
pub struct ThreadParker(std::thread::Thread);

impl ThreadParker {
    /// The parker of the calling thread.
    pub fn current() -> Arc<dyn Parker> {
        Arc::new(ThreadParker(std::thread::current()))
    }
}

impl Parker for ThreadParker {
    fn park(&self, timeout: Option<Duration>) {
        match timeout {
            Some(t) => std::thread::park_timeout(t),
            None => std::thread::park(),
        }
    }

    fn unpark(&self) {
        self.0.unpark();
    }
}

/// How a waiter is woken.
pub enum WaiterKind {
    /// A blocked `Atomics.wait`: the waiting agent's parker.
    Sync(Arc<dyn Parker>),
    /// An `Atomics.waitAsync` promise, held (persisted) by agent `agent`.
    Async { agent: u64, promise: Persistent },
}

/// A Waiter Record (ECMA-262 §25.4.3.2).
pub struct Waiter {
    /// The byte index in the block the waiter waits on (the WaiterList it is in).
    pub byte_index: usize,
    pub kind: WaiterKind,
    /// Set (under the list lock) when `notify` removed the record: its [[Result]] is "ok".
    pub notified: std::sync::atomic::AtomicBool,
}

/// All WaiterLists of one shared block, in the order the waiters were added.
#[derive(Default)]
pub struct WaiterLists {
    waiters: Mutex<Vec<Arc<Waiter>>>,
}

impl WaiterLists {
    /// EnterCriticalSection (ECMA-262 §25.4.3.3). A poisoned lock still guards valid data
    /// (no code panics while holding it), so it is taken over.
    pub fn lock(&self) -> MutexGuard<'_, Vec<Arc<Waiter>>> {
        self.waiters.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// RemoveWaiters + NotifyWaiter (ECMA-262 §25.4.3.8-§25.4.3.10) under the held lock: takes
/// up to `count` waiters on `byte_index` in FIFO order, flags them and returns them (async
/// waiters are then resolved by the caller or their agent).
pub fn remove_waiters(list: &mut Vec<Arc<Waiter>>, byte_index: usize, count: f64) -> Vec<Arc<Waiter>> {
    let mut taken = Vec::new();
    list.retain(|w| {
        if w.byte_index == byte_index && (taken.len() as f64) < count {
            w.notified.store(true, Ordering::SeqCst);
            taken.push(w.clone());
            false
        } else {
            true
        }
    });
    taken
}

/// A pending `Atomics.waitAsync` with a finite timeout.
pub struct AsyncTimeout {
    pub due: Instant,
    pub waiter: Arc<Waiter>,
    pub block: Arc<super::SharedBlock>,
}

/// The agent's side of waiting: its identity, its parker and its pending async waiters.
pub struct AgentState {
    /// AgentSignifier() (ECMA-262 §9.7.1): unique in the process.
    pub signifier: u64,
    /// The host's blocking primitive; with `VmOptions::can_block` it makes [[CanBlock]].
    pub parker: Option<Arc<dyn Parker>>,
    /// waitAsync waiters with a finite timeout, resolved "timed-out" by
    /// `Vm::run_wait_async_timeouts` once due.
    pub async_timeouts: Vec<AsyncTimeout>,
}

impl Default for AgentState {
    fn default() -> Self {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        AgentState { signifier: NEXT.fetch_add(1, Ordering::Relaxed), parker: None, async_timeouts: Vec::new() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sync_waiter(byte_index: usize) -> Arc<Waiter> {
        Arc::new(Waiter {
            byte_index,
            kind: WaiterKind::Sync(ThreadParker::current()),
            notified: std::sync::atomic::AtomicBool::new(false),
        })
    }

    #[test]
    fn remove_waiters_takes_the_oldest_on_the_index_only() {
        let (a, b, c) = (sync_waiter(4), sync_waiter(8), sync_waiter(4));
        let mut list = vec![a.clone(), b.clone(), c.clone()];
        let taken = remove_waiters(&mut list, 4, 1.0);
        assert!(taken.len() == 1 && Arc::ptr_eq(&taken[0], &a));
        assert!(a.notified.load(Ordering::SeqCst) && !c.notified.load(Ordering::SeqCst));
        assert_eq!(remove_waiters(&mut list, 4, f64::INFINITY).len(), 1);
        assert!(list.len() == 1 && Arc::ptr_eq(&list[0], &b));
    }

    #[test]
    fn a_parked_thread_is_woken_by_unpark() {
        let (tx, rx) = std::sync::mpsc::channel();
        let t = std::thread::spawn(move || {
            tx.send(ThreadParker::current()).unwrap();
            let start = Instant::now();
            ThreadParker::current().park(Some(Duration::from_secs(20)));
            start.elapsed()
        });
        rx.recv().unwrap().unpark();
        assert!(t.join().unwrap() < Duration::from_secs(20));
    }
}
