//! Rust functions called from JavaScript: synchronous ones, and `async` ones that return a
//! promise settled when their future completes. The futures are polled by the event loop
//! (its poll phase, `EventLoop::poll_host_futures`) on the runtime's own thread, so they
//! need not be `Send`, and they run under whatever executor drives the loop.

use super::JsError;
use super::value::{FromJsArgs, IntoJs};
use crate::host::with_runtime;
use futures_util::stream::{FuturesUnordered, StreamExt};
use spindle::Value;
use spindle::object::{NativeCall, Object, ObjectKind};
use spindle::vm::{JsResult, Vm};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

/// What a finished host future does on the loop's thread (settle its promise).
pub type HostCompletion = Box<dyn FnOnce(&mut Vm) -> JsResult<()>>;

/// A host function's body, after its parameters are read.
pub type HostFn = Rc<dyn Fn(&mut Vm, &[Value]) -> JsResult<Value>>;

/// The host futures in flight: each keeps the event loop alive until it completes.
#[derive(Default)]
pub struct HostFutures {
    set: FuturesUnordered<Pin<Box<dyn Future<Output = HostCompletion>>>>,
}

impl HostFutures {
    /// Adds a future; its completion runs in a later poll phase.
    pub fn push(&mut self, future: impl Future<Output = HostCompletion> + 'static) {
        self.set.push(Box::pin(future));
    }

    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }

    /// The next finished future's completion. FuturesUnordered polls only the futures
    /// whose wakers were woken, and returns Pending (waking itself) after polling each
    /// ready one once, so one that keeps waking itself cannot hold the loop.
    pub fn poll_next(&mut self, cx: &mut Context<'_>) -> Poll<Option<HostCompletion>> {
        self.set.poll_next_unpin(cx)
    }
}

/// A JavaScript function object that runs `body`: a built-in closure whose slot holds a
/// host-data object owning `body`, so the collector frees the Rust closure with the
/// function.
pub fn new_host_fn(vm: &mut Vm, name: &str, length: u32, body: HostFn) -> spindle::value::ObjId {
    let data: Box<dyn std::any::Any> = Box::new(body);
    let holder = vm.heap.alloc_object(Object::new(None, ObjectKind::HostData(data)));
    vm.new_builtin_closure(name, length, call_host_fn, &[Value::Object(holder)])
}

fn call_host_fn(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    // The body is cloned out of its holder (an Rc) so it may call back into the runtime,
    // host functions included.
    let body = match vm.native_slots(cx.callee).first() {
        Some(&Value::Object(holder)) => match &vm.obj(holder).kind {
            ObjectKind::HostData(d) => d.downcast_ref::<HostFn>().cloned(),
            _ => None,
        },
        _ => None,
    };
    match body {
        Some(body) => body(vm, args),
        None => Err(vm.type_error("not a host function")),
    }
}

/// The body of a synchronous host function: reads the parameters, calls `f`, converts its
/// result (an `Err(JsError)` is thrown).
pub fn sync_body<A, R, F>(f: F) -> HostFn
where
    A: FromJsArgs,
    R: IntoJs,
    F: Fn(A) -> Result<R, JsError> + 'static,
{
    Rc::new(move |vm: &mut Vm, args: &[Value]| {
        let params = A::from_js_args(vm, args)?;
        f(params).into_js(vm)
    })
}

/// The body of an async host function: reads the parameters, starts `f`'s future and
/// returns a promise; the loop polls the future and settles the promise with its output.
/// Parameters that do not convert reject the promise, as an async function's would.
pub fn async_body<A, R, F, Fut>(f: F) -> HostFn
where
    A: FromJsArgs,
    R: IntoJs + 'static,
    F: Fn(A) -> Fut + 'static,
    Fut: Future<Output = Result<R, JsError>> + 'static,
{
    Rc::new(move |vm: &mut Vm, args: &[Value]| {
        let promise = vm.new_promise();
        // Reading the parameters may run getters (and so the collector).
        vm.root(Value::Object(promise));
        let params = match A::from_js_args(vm, args) {
            Ok(p) => p,
            Err(e) => {
                vm.reject_promise(promise, e);
                return Ok(Value::Object(promise));
            }
        };
        let held = vm.persist(Value::Object(promise));
        let future = f(params);
        with_runtime(vm, |_, h| {
            h.host_futures.push(async move {
                let output = future.await;
                Box::new(move |vm: &mut Vm| {
                    let Value::Object(promise) = vm.persistent(held) else { return Ok(()) };
                    vm.unpersist(held);
                    vm.root(Value::Object(promise));
                    match output.into_js(vm) {
                        Ok(v) => vm.resolve_promise(promise, v),
                        Err(e) => {
                            vm.reject_promise(promise, e);
                            Ok(())
                        }
                    }
                }) as HostCompletion
            })
        });
        Ok(Value::Object(promise))
    })
}
