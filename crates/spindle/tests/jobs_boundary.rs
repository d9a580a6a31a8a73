//! The engine/host boundary without the runtime: the engine only queues jobs, the host
//! (here: this test) decides when they run, and the rejection tracker reports to the host.

use spindle::jobs::{Host, RejectionOperation};
use spindle::value::ObjId;
use spindle::vm::{Output, Stream, Vm, VmOptions};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Default)]
struct Lines(Rc<RefCell<Vec<String>>>);

impl Output for Lines {
    fn print(&mut self, _stream: Stream, text: &str) {
        self.0.borrow_mut().push(text.to_string());
    }
}

#[derive(Default)]
struct RecordingHost {
    events: Rc<RefCell<Vec<(ObjId, RejectionOperation)>>>,
}

impl Host for RecordingHost {
    fn promise_rejection_tracker(&mut self, _vm: &mut Vm, promise: ObjId, operation: RejectionOperation) {
        self.events.borrow_mut().push((promise, operation));
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

fn engine() -> (Vm, Lines) {
    let mut vm = Vm::new(VmOptions::default());
    let lines = Lines::default();
    vm.set_output(Box::new(lines.clone()));
    (vm, lines)
}

#[test]
fn jobs_run_only_when_the_host_drains_the_queue() {
    let (mut vm, lines) = engine();
    let src = "Promise.resolve(1).then(v => console.log('then', v)); console.log('sync');";
    assert!(vm.eval_script(src, "boundary.js").is_ok());
    assert_eq!(*lines.0.borrow(), ["sync"]);
    assert!(vm.has_pending_jobs());
    vm.run_microtasks().expect("jobs");
    assert_eq!(*lines.0.borrow(), ["sync", "then 1"]);
    assert!(!vm.has_pending_jobs());
}

#[test]
fn reaction_order_matches_the_spec_tick_for_tick() {
    let (mut vm, lines) = engine();
    // A resolved promise returned from a handler costs two extra ticks
    // (NewPromiseResolveThenableJob, then the `then` it calls).
    let src = "
        const log = (s) => console.log(s);
        Promise.resolve().then(() => { log('a1'); return Promise.resolve(); }).then(() => log('a2'));
        Promise.resolve().then(() => log('b1')).then(() => log('b2')).then(() => log('b3')).then(() => log('b4'));
    ";
    assert!(vm.eval_script(src, "ticks.js").is_ok());
    vm.run_microtasks().expect("jobs");
    assert_eq!(*lines.0.borrow(), ["a1", "b1", "b2", "b3", "a2", "b4"]);
}

#[test]
fn rejection_tracker_reports_reject_then_handle() {
    let (mut vm, _lines) = engine();
    let host = RecordingHost::default();
    let events = host.events.clone();
    vm.set_host(Box::new(host));
    assert!(vm.eval_script("var p = Promise.reject(new Error('x')); var q = Promise.reject(2);", "r.js").is_ok());
    assert_eq!(events.borrow().len(), 2);
    assert!(events.borrow().iter().all(|e| e.1 == RejectionOperation::Reject));
    // Attaching a handler later withdraws the report for that promise only.
    assert!(vm.eval_script("p.catch(() => {});", "r2.js").is_ok());
    let ev = events.borrow();
    assert_eq!(ev.len(), 3);
    assert_eq!(ev[2], (ev[0].0, RejectionOperation::Handle));
}

#[test]
fn a_throwing_host_callback_stops_the_checkpoint_and_leaves_later_jobs_queued() {
    let (mut vm, lines) = engine();
    assert!(vm.eval_script("Promise.resolve().then(() => console.log('later'));", "a.js").is_ok());
    let f = vm.eval_script("(function () { throw new Error('boom'); })", "b.js").expect("function");
    // Put the throwing callback in front of the queued reaction.
    vm.jobs.push_front(spindle::jobs::Job::Callback { callback: f });
    assert!(vm.run_microtasks().is_err());
    assert!(lines.0.borrow().is_empty());
    vm.run_microtasks().expect("the rest");
    assert_eq!(*lines.0.borrow(), ["later"]);
}
