//! Running many jobs in parallel, and one job under a time limit.
//!
//! [`Pool::run`] is the scheduler both runners use: a fixed number of threads take the
//! jobs in order from a shared queue, each keeping its own state between jobs (the test262
//! runner keeps a worker process there); results come back to the caller as they arrive,
//! and in the jobs' order at the end. [`isolated`] runs one job on a thread of its own
//! with a given stack and waits for it at most a given time (the WPT runner's per-file
//! limit); the test262 runner enforces its per-test limit on its worker processes.

use std::any::Any;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

/// How often [`Pool::run`] calls its event callback with `None` while waiting.
pub const TICK: Duration = Duration::from_millis(200);

/// A fixed number of threads that run jobs.
#[derive(Debug, Clone, Copy)]
pub struct Pool {
    /// Threads to use (at least 1, at most one per job).
    pub threads: usize,
}

enum Msg<R, E> {
    Done(usize, R),
    Fatal(E),
}

impl Pool {
    /// Runs `work` on every job on [`Pool::threads`] threads, each thread with a state
    /// made by `new_state` (dropped when the thread ends), and returns one result per job
    /// in the jobs' order.
    ///
    /// `on_event` is called on the calling thread with each result as it arrives and
    /// with `None` every [`TICK`] without one (for progress output). An `Err` from `work`
    /// is fatal: no further job is started and, once the running ones are done, it is
    /// returned. A job has no result (`None`) only if its thread panicked; the other
    /// threads go on.
    pub fn run<T, S, R, E>(
        &self,
        jobs: &[T],
        new_state: impl Fn() -> S + Sync,
        work: impl Fn(&mut S, &T) -> Result<R, E> + Sync,
        mut on_event: impl FnMut(Option<&R>),
    ) -> Result<Vec<Option<R>>, E>
    where
        T: Sync,
        R: Send,
        E: Send,
    {
        let threads = self.threads.clamp(1, jobs.len().max(1));
        let next = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        let mut results: Vec<Option<R>> = std::iter::repeat_with(|| None).take(jobs.len()).collect();
        let mut fatal = None;
        std::thread::scope(|s| {
            let (tx, rx) = mpsc::channel::<Msg<R, E>>();
            let handles: Vec<_> = (0..threads)
                .map(|_| {
                    let tx = tx.clone();
                    let (next, stop, new_state, work) = (&next, &stop, &new_state, &work);
                    s.spawn(move || {
                        let mut state = new_state();
                        while !stop.load(Ordering::Relaxed) {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(job) = jobs.get(i) else { break };
                            let msg = match work(&mut state, job) {
                                Ok(r) => Msg::Done(i, r),
                                Err(e) => {
                                    stop.store(true, Ordering::Relaxed);
                                    Msg::Fatal(e)
                                }
                            };
                            let fatal = matches!(msg, Msg::Fatal(_));
                            if tx.send(msg).is_err() || fatal {
                                break;
                            }
                        }
                    })
                })
                .collect();
            drop(tx);
            loop {
                match rx.recv_timeout(TICK) {
                    Ok(Msg::Done(i, r)) => {
                        on_event(Some(&r));
                        results[i] = Some(r);
                    }
                    Ok(Msg::Fatal(e)) => {
                        fatal.get_or_insert(e);
                    }
                    Err(RecvTimeoutError::Timeout) => on_event(None),
                    Err(RecvTimeoutError::Disconnected) => break,
                }
            }
            // Joined here so that a panicking thread costs only its job's result.
            for h in handles {
                let _ = h.join();
            }
        });
        match fatal {
            Some(e) => Err(e),
            None => Ok(results),
        }
    }
}

/// How a job run by [`isolated`] ended.
#[derive(Debug)]
pub enum Isolated<R> {
    /// It returned this.
    Done(R),
    /// It panicked, with this payload (see [`panic_message`]).
    Panicked(Box<dyn Any + Send>),
    /// Its thread ended without a result and without a panic.
    NoResult,
    /// It did not finish within the limit; its thread is left running, detached.
    TimedOut,
    /// Its thread could not be started.
    SpawnFailed(std::io::Error),
}

/// Runs `job` on a new thread named `name` with `stack_size` bytes of stack and waits for
/// its result at most `limit`.
pub fn isolated<R: Send + 'static>(
    name: String,
    stack_size: usize,
    limit: Duration,
    job: impl FnOnce() -> R + Send + 'static,
) -> Isolated<R> {
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new().name(name).stack_size(stack_size).spawn(move || {
        let _ = tx.send(job());
    });
    let handle = match spawned {
        Ok(h) => h,
        Err(e) => return Isolated::SpawnFailed(e),
    };
    match rx.recv_timeout(limit) {
        Ok(r) => {
            let _ = handle.join();
            Isolated::Done(r)
        }
        Err(RecvTimeoutError::Disconnected) => match handle.join() {
            Err(payload) => Isolated::Panicked(payload),
            Ok(()) => Isolated::NoResult,
        },
        Err(RecvTimeoutError::Timeout) => Isolated::TimedOut,
    }
}

/// The message of a panic payload (`panic!("...")` with or without format arguments), or
/// `None` for any other payload.
pub fn panic_message(payload: &(dyn Any + Send)) -> Option<String> {
    if let Some(s) = payload.downcast_ref::<&str>() {
        Some((*s).to_string())
    } else {
        payload.downcast_ref::<String>().cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_all_jobs_in_order_with_state() {
        let jobs: Vec<u32> = (0..50).collect();
        let mut seen = 0;
        let out = Pool { threads: 4 }
            .run(
                &jobs,
                || 0u32,
                |count, j| {
                    *count += 1;
                    Ok::<_, String>((*j * 2, *count))
                },
                |r| seen += usize::from(r.is_some()),
            )
            .expect("no fatal error");
        assert_eq!(seen, 50);
        let doubled: Vec<u32> = out.iter().map(|r| r.expect("result").0).collect();
        assert_eq!(doubled, (0..50).map(|j| j * 2).collect::<Vec<_>>());
        assert!(out.iter().any(|r| r.expect("result").1 > 1), "a thread's state carries over");
        let empty = Pool { threads: 3 }.run(&[] as &[u32], || (), |(), j| Ok::<_, String>(*j), |_| {});
        assert_eq!(empty, Ok(vec![]));
    }

    #[test]
    fn a_fatal_error_stops_the_run() {
        let jobs: Vec<u32> = (0..1000).collect();
        let started = AtomicUsize::new(0);
        let r = Pool { threads: 2 }.run(
            &jobs,
            || (),
            |(), j| {
                started.fetch_add(1, Ordering::Relaxed);
                if *j == 3 { Err(format!("fatal {j}")) } else { Ok(*j) }
            },
            |_| {},
        );
        assert_eq!(r, Err("fatal 3".to_string()));
        assert!(started.load(Ordering::Relaxed) < 1000);
    }

    #[test]
    fn a_panicking_job_loses_only_its_result() {
        let jobs: Vec<u32> = (0..10).collect();
        let out = Pool { threads: 2 }
            .run(
                &jobs,
                || (),
                |(), j| {
                    assert_ne!(*j, 4, "job 4 panics");
                    Ok::<_, String>(*j)
                },
                |_| {},
            )
            .expect("no fatal error");
        assert!(out[4].is_none());
        assert_eq!(out.iter().flatten().count(), 9);
    }

    #[test]
    fn isolated_jobs() {
        let second = Duration::from_secs(5);
        assert!(matches!(isolated("ok".into(), 1 << 20, second, || 7), Isolated::Done(7)));
        match isolated("panics".into(), 1 << 20, second, || -> u8 { panic!("boom {}", 1) }) {
            Isolated::Panicked(p) => assert_eq!(panic_message(p.as_ref()).as_deref(), Some("boom 1")),
            other => panic!("{other:?}"),
        }
        let slow = isolated("slow".into(), 1 << 20, Duration::from_millis(10), || {
            std::thread::sleep(Duration::from_millis(500));
        });
        assert!(matches!(slow, Isolated::TimedOut));
        assert_eq!(panic_message(&5u8), None);
        assert_eq!(panic_message(&"s"), Some("s".to_string()));
    }
}
