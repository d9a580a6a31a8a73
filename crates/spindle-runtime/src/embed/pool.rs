//! N runtimes on N threads, for a multi-threaded application: work is sent to a runtime
//! as a `Send` closure that starts it on the runtime's thread; the promise it returns is
//! awaited there, while the runtime goes on with other work, and its result comes back as
//! a `Send` future. The application never needs the runtime itself to be `Send`.

use super::{Error, FromJs, Global, Runtime, RuntimeHandle, RuntimeOptions, awaitable};
use spindle::Value;
use spindle::jobs::PromiseState;
use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::task::Poll;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio::sync::oneshot;

/// Work started on a pool thread: what to await there and where its result goes.
type Job = Box<dyn FnOnce(&mut Runtime) -> Option<InFlight> + Send>;

/// Hands a job's settled result to the future waiting for it (converted on the way).
type Deliver = Box<dyn FnOnce(&mut Runtime, Result<Global, Error>)>;

struct InFlight {
    promise: Global,
    deliver: Deliver,
}

/// A pool of runtimes, each on a thread of its own with its own event loop.
///
/// ```
/// use spindle_runtime::{Runtime, RuntimeOptions, RuntimePool};
///
/// let pool = RuntimePool::new(2, RuntimeOptions::new, |rt: &mut Runtime| {
///     rt.eval_script("async function square(x) { await null; return x * x }", "setup.js")?;
///     Ok(())
/// })
/// .unwrap();
/// let tokio = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
/// let squares = tokio.block_on(async {
///     // Send futures: spawned on tokio's worker threads.
///     let tasks: Vec<_> = (1..=4)
///         .map(|i| tokio::spawn(pool.spawn::<f64, _>(move |rt| {
///             let square = rt.global("square")?;
///             rt.call(&square, (i,))
///         })))
///         .collect();
///     let mut out = Vec::new();
///     for t in tasks {
///         out.push(t.await.unwrap().unwrap());
///     }
///     out
/// });
/// assert_eq!(squares, [1.0, 4.0, 9.0, 16.0]);
/// ```
pub struct RuntimePool {
    jobs: Vec<UnboundedSender<Job>>,
    handles: Vec<RuntimeHandle>,
    threads: Vec<std::thread::JoinHandle<()>>,
    /// Why a runtime's thread stopped early (its setup failed).
    stopped: Vec<Arc<OnceLock<Error>>>,
    next: AtomicUsize,
}

impl RuntimePool {
    /// Starts `threads` runtimes, each made from `options()` and then given `setup` (to
    /// register host functions, load modules) on its own thread.
    pub fn new<O, S>(threads: usize, options: O, setup: S) -> std::io::Result<RuntimePool>
    where
        O: Fn() -> RuntimeOptions + Send + Sync + 'static,
        S: Fn(&mut Runtime) -> Result<(), Error> + Send + Sync + 'static,
    {
        let options = Arc::new(options);
        let setup = Arc::new(setup);
        let mut pool = RuntimePool {
            jobs: Vec::new(),
            handles: Vec::new(),
            threads: Vec::new(),
            stopped: Vec::new(),
            next: AtomicUsize::new(0),
        };
        for i in 0..threads.max(1) {
            let (tx, rx) = unbounded_channel::<Job>();
            let (handle_tx, handle_rx) = std::sync::mpsc::channel();
            let (options, setup) = (Arc::clone(&options), Arc::clone(&setup));
            let failed = Arc::new(OnceLock::new());
            pool.stopped.push(Arc::clone(&failed));
            let thread = std::thread::Builder::new().name(format!("spindle-pool-{i}")).spawn(move || {
                let Ok(tokio) = tokio::runtime::Builder::new_current_thread().enable_all().build() else { return };
                tokio.block_on(async move {
                    let mut rt = Runtime::new(options());
                    let _ = handle_tx.send(rt.handle());
                    if let Err(e) = setup(&mut rt) {
                        // The jobs sent to this runtime fail with the setup's error.
                        let _ = failed.set(e);
                        return;
                    }
                    serve(&mut rt, rx).await;
                });
            })?;
            let handle = handle_rx.recv().map_err(|_| std::io::Error::other("a pool thread failed to start"))?;
            pool.jobs.push(tx);
            pool.handles.push(handle);
            pool.threads.push(thread);
        }
        Ok(pool)
    }

    /// The handles of the pool's runtimes (to interrupt them, post to them).
    pub fn handles(&self) -> &[RuntimeHandle] {
        &self.handles
    }

    /// Runs `start` on the next runtime (round robin) and awaits, on that runtime's
    /// thread, the value it returns (a promise is awaited, as [`Runtime::resolve`] does);
    /// the result converted to `T`. The returned future is `Send`.
    pub fn spawn<T, F>(&self, start: F) -> impl Future<Output = Result<T, Error>> + Send + 'static
    where
        T: FromJs + Send + 'static,
        F: FnOnce(&mut Runtime) -> Result<Global, Error> + Send + 'static,
    {
        let (tx, rx) = oneshot::channel::<Result<T, Error>>();
        let job: Job = Box::new(move |rt: &mut Runtime| {
            let promise = start(rt).and_then(|v| {
                rt.with_vm(|vm| {
                    let v = v.value(vm)?;
                    awaitable(vm, v)
                })
            });
            match promise {
                Err(e) => {
                    let _ = tx.send(Err(e));
                    None
                }
                Ok(promise) => Some(InFlight {
                    promise,
                    deliver: Box::new(move |rt: &mut Runtime, r: Result<Global, Error>| {
                        let _ = tx.send(r.and_then(|v| rt.to_rust::<T>(&v)));
                    }),
                }),
            }
        });
        let i = self.next.fetch_add(1, Ordering::Relaxed) % self.jobs.len();
        let _ = self.jobs[i].send(job);
        let stopped = Arc::clone(&self.stopped[i]);
        async move {
            // A job the thread dropped unanswered: the thread has stopped.
            rx.await.unwrap_or_else(|_| {
                Err(stopped
                    .get()
                    .cloned()
                    .unwrap_or_else(|| Error::Fatal("the pool's runtime thread has stopped".into())))
            })
        }
    }
}

impl Drop for RuntimePool {
    /// Closes the job queues and waits for each runtime to finish the work it has.
    fn drop(&mut self) {
        self.jobs.clear();
        for thread in self.threads.drain(..) {
            let _ = thread.join();
        }
    }
}

/// A pool thread's loop: takes jobs as they come, runs the event loop, and delivers each
/// job's result when its promise settles; ends when the pool is dropped and the work is
/// done.
async fn serve(rt: &mut Runtime, mut rx: UnboundedReceiver<Job>) {
    let mut in_flight: Vec<InFlight> = Vec::new();
    let mut open = true;
    std::future::poll_fn(|cx| {
        loop {
            while open {
                match rx.poll_recv(cx) {
                    Poll::Ready(Some(job)) => in_flight.extend(job(rt)),
                    Poll::Ready(None) => open = false,
                    Poll::Pending => break,
                }
            }
            if deliver_settled(rt, &mut in_flight) {
                continue;
            }
            let ids: Vec<_> = in_flight.iter().filter_map(|f| promise_id(rt, &f.promise)).collect();
            let settled = |vm: &mut spindle::vm::Vm| {
                ids.iter().any(|&p| !matches!(vm.promise_state(p), Some((PromiseState::Pending, _))))
            };
            match rt.lp.poll_event_loop_until(cx, settled) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Err(outcome)) => {
                    // An uncaught error in the runtime fails the work in flight; the
                    // runtime goes on serving.
                    let error = rt.error(outcome);
                    for f in in_flight.drain(..) {
                        (f.deliver)(rt, Err(error.clone()));
                    }
                }
                Poll::Ready(Ok(())) => {
                    if deliver_settled(rt, &mut in_flight) {
                        continue;
                    }
                    // The loop is idle: what is still pending can never settle.
                    for f in in_flight.drain(..) {
                        (f.deliver)(rt, Err(Error::PromiseNeverSettles));
                    }
                    if !open {
                        return Poll::Ready(());
                    }
                    return Poll::Pending;
                }
            }
        }
    })
    .await
}

fn promise_id(rt: &mut Runtime, promise: &Global) -> Option<spindle::value::ObjId> {
    match promise.value(rt.vm()) {
        Ok(Value::Object(p)) => Some(p),
        _ => None,
    }
}

/// Delivers the results of the jobs whose promises have settled; whether any had.
fn deliver_settled(rt: &mut Runtime, in_flight: &mut Vec<InFlight>) -> bool {
    let mut any = false;
    let mut i = 0;
    while i < in_flight.len() {
        let state = promise_id(rt, &in_flight[i].promise).and_then(|p| rt.vm().promise_state(p));
        match state {
            Some((PromiseState::Pending, _)) => i += 1,
            Some((PromiseState::Fulfilled, v)) => {
                let f = in_flight.swap_remove(i);
                let v = Global::new(rt.vm(), v);
                (f.deliver)(rt, Ok(v));
                any = true;
            }
            Some((PromiseState::Rejected, reason)) => {
                let f = in_flight.swap_remove(i);
                let e = super::JsError::from_thrown(rt.vm(), reason);
                (f.deliver)(rt, Err(Error::Js(e)));
                any = true;
            }
            None => {
                let f = in_flight.swap_remove(i);
                (f.deliver)(rt, Err(Error::Fatal("not a promise".into())));
                any = true;
            }
        }
    }
    any
}
