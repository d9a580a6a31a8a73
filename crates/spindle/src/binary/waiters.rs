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
//! them: directly when the notifier is that agent, from its own timeout check
//! (`Vm::run_wait_async_timeouts`, driven by the host's event loop), or, when another
//! agent notified them, by the host: a host that runs agents on several threads registers
//! an [`AsyncWaker`] per agent ([`register_async_waker`]), which receives the agent's
//! waiters that another thread's `Atomics.notify` removed; the host then settles them on
//! the agent's own thread with [`Vm::settle_notified_async_waiter`].

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::ThreadId;
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
/// waiters are then resolved by the caller or their agent). An async waiter of an agent
/// that registered an [`AsyncWaker`] on another thread is also handed to that waker, still
/// inside the critical section (so the agent's host, once it takes the lock, either finds
/// the waiter in the list or already has it).
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
    wake_other_agents(&taken);
    taken
}

/// Receives the `Atomics.waitAsync` waiters of one agent that an agent running on another
/// thread notified (removed and flagged). It runs on the notifier's thread inside the
/// block's critical section, so it must not lock any block's waiter lists: it should only
/// queue the waiter for the agent's thread (which then calls
/// [`Vm::settle_notified_async_waiter`]) and wake that thread.
pub type AsyncWaker = Arc<dyn Fn(Arc<Waiter>) + Send + Sync>;

/// A registered [`AsyncWaker`]: the agent, the thread it runs on, the waker.
struct Registration {
    id: u64,
    agent: u64,
    thread: ThreadId,
    waker: AsyncWaker,
}

/// The registered wakers of the process (agents are process-unique). Lock order: a block's
/// waiter lists, then this; never the other way round.
static ASYNC_WAKERS: Mutex<Vec<Registration>> = Mutex::new(Vec::new());

/// Unregisters its [`AsyncWaker`] when dropped.
pub struct AsyncWakerRegistration(u64);

impl Drop for AsyncWakerRegistration {
    fn drop(&mut self) {
        lock_wakers().retain(|r| r.id != self.0);
    }
}

fn lock_wakers() -> MutexGuard<'static, Vec<Registration>> {
    ASYNC_WAKERS.lock().unwrap_or_else(|p| p.into_inner())
}

/// Registers `waker` for the async waiters of the agent whose signifier is `agent`
/// (`Vm::agent.signifier`), an agent that runs on the calling thread only. Notifications
/// made on this thread are that agent's own (`Atomics.notify` resolves them itself); those
/// made on any other thread go to `waker`. The registration lasts as long as the returned
/// guard.
pub fn register_async_waker(agent: u64, waker: AsyncWaker) -> AsyncWakerRegistration {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    lock_wakers().push(Registration { id, agent, thread: std::thread::current().id(), waker });
    AsyncWakerRegistration(id)
}

/// Hands the async waiters in `taken` whose agent registered a waker on another thread to
/// that waker.
fn wake_other_agents(taken: &[Arc<Waiter>]) {
    if !taken.iter().any(|w| matches!(w.kind, WaiterKind::Async { .. })) {
        return;
    }
    let here = std::thread::current().id();
    let wakers: Vec<(Arc<Waiter>, AsyncWaker)> = {
        let registry = lock_wakers();
        taken
            .iter()
            .filter_map(|w| match w.kind {
                WaiterKind::Async { agent, .. } => {
                    registry.iter().find(|r| r.agent == agent && r.thread != here).map(|r| (w.clone(), r.waker.clone()))
                }
                WaiterKind::Sync(_) => None,
            })
            .collect()
    };
    for (w, waker) in wakers {
        waker(w);
    }
}

impl crate::vm::Vm {
    /// NotifyWaiter's resolution of an `Atomics.waitAsync` waiter of this agent that another
    /// agent notified (received through an [`AsyncWaker`]): its promise is fulfilled with
    /// "ok" and its timeout dropped. Does nothing for a waiter that is not a notified async
    /// waiter of this agent.
    pub fn settle_notified_async_waiter(&mut self, w: &Arc<Waiter>) {
        let WaiterKind::Async { agent, promise } = w.kind else { return };
        if agent != self.agent.signifier || !w.notified.load(Ordering::SeqCst) {
            return;
        }
        self.agent.async_timeouts.retain(|t| !Arc::ptr_eq(&t.waiter, w));
        if let crate::value::Value::Object(p) = self.persistent(promise) {
            let ok = self.string("ok");
            self.fulfill_promise(p, ok);
        }
        self.unpersist(promise);
    }
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
    fn async_waiters_notified_from_another_thread_go_to_their_agents_waker() {
        let mut vm = crate::vm::Vm::new(Default::default());
        let promise = vm.new_promise();
        let held = vm.persist(crate::value::Value::Object(promise));
        let agent = vm.agent.signifier;
        let (tx, rx) = std::sync::mpsc::channel();
        let registration = register_async_waker(
            agent,
            Arc::new(move |w| {
                let _ = tx.send(w);
            }),
        );
        let waiter = Arc::new(Waiter {
            byte_index: 0,
            kind: WaiterKind::Async { agent, promise: held },
            notified: std::sync::atomic::AtomicBool::new(false),
        });
        // Notified on the agent's own thread: Atomics.notify settles it itself.
        assert_eq!(remove_waiters(&mut vec![waiter.clone()], 0, 1.0).len(), 1);
        assert!(rx.try_recv().is_err());
        // From another thread: handed to the waker, then settled by the agent.
        let mut list = vec![waiter.clone()];
        std::thread::spawn(move || remove_waiters(&mut list, 0, 1.0).len()).join().unwrap();
        let got = rx.try_recv().unwrap();
        assert!(Arc::ptr_eq(&got, &waiter));
        vm.settle_notified_async_waiter(&got);
        let Some((crate::jobs::PromiseState::Fulfilled, crate::value::Value::String(s))) = vm.promise_state(promise)
        else {
            panic!("the promise is fulfilled with a string")
        };
        assert_eq!(vm.rust_string(s), "ok");
        // Unregistered: nothing is handed over any more.
        drop(registration);
        let mut list = vec![waiter.clone()];
        std::thread::spawn(move || remove_waiters(&mut list, 0, 1.0).len()).join().unwrap();
        assert!(rx.try_recv().is_err());
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
