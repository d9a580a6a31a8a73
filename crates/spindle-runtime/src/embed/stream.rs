//! Async iteration across the boundary: a JavaScript async iterable read from Rust as a
//! `futures::Stream` ([`JsStream`]), and a Rust `Stream` handed to JavaScript as an async
//! iterator (`Runtime::async_iterable`), each pulled one item at a time by its consumer.

use super::host_fn::HostCompletion;
use super::value::{FromJs, Global, IntoJs};
use super::{Error, Runtime};
use crate::host::with_runtime;
use futures_util::stream::{Stream, StreamExt};
use spindle::Value;
use spindle::builtins::iterator::create_iter_result;
use spindle::jobs::Persistent;
use spindle::object::{NativeCall, Object, ObjectKind};
use spindle::value::ObjId;
use spindle::vm::{JsResult, Vm};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::marker::PhantomData;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

/// A JavaScript async iterable consumed from Rust: each `poll_next` calls the iterator's
/// `next()` once and drives the event loop until its promise settles, so the producer runs
/// only as fast as Rust pulls. Dropping the stream before the end calls the iterator's
/// `return()` and runs the microtasks that follow, so an async generator's `finally`
/// runs (up to its first `await` of something the loop has yet to run; the rest runs the
/// next time the loop does).
pub struct JsStream<'rt, T> {
    rt: &'rt mut Runtime,
    iterator: Global,
    next: Global,
    /// The promise of the `next()` call in flight.
    pending: Option<Global>,
    done: bool,
    item: PhantomData<fn() -> T>,
}

impl<'rt, T: FromJs> JsStream<'rt, T> {
    /// GetIterator(iterable, async) (ECMA-262 §7.4.3).
    pub(crate) fn new(rt: &'rt mut Runtime, iterable: &Global) -> Result<Self, Error> {
        let (iterator, next) = rt.with_vm(|vm| {
            let v = iterable.value(vm)?;
            let (iterator, next) = vm.get_async_iterator(v)?;
            Ok((Global::new(vm, iterator), Global::new(vm, next)))
        })?;
        Ok(JsStream { rt, iterator, next, pending: None, done: false, item: PhantomData })
    }

    /// Calls `next()`: the promise of its result (PromiseResolve of what it returned).
    fn call_next(&mut self) -> Result<Global, Error> {
        let (iterator, next) = (&self.iterator, &self.next);
        self.rt.with_vm(|vm| {
            let this = iterator.value(vm)?;
            let f = next.value(vm)?;
            let result = vm.call(f, this, &[])?;
            super::awaitable(vm, result)
        })
    }
}

impl<T: FromJs> Stream for JsStream<'_, T> {
    type Item = Result<T, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.done {
            return Poll::Ready(None);
        }
        let promise = match &this.pending {
            Some(p) => p.clone(),
            None => match this.call_next() {
                Ok(p) => {
                    this.pending = Some(p.clone());
                    p
                }
                Err(e) => {
                    this.done = true;
                    return Poll::Ready(Some(Err(e)));
                }
            },
        };
        let result = match this.rt.poll_settled(cx, &promise) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(r) => r,
        };
        this.pending = None;
        // The `for await` step on the result: not an object is a TypeError, `done` ends,
        // else the item is `value`.
        let step = result.and_then(|r| {
            this.rt.with_vm(|vm| {
                let r = r.value(vm)?;
                match vm.async_iter_step(r)? {
                    Some(v) => T::from_js(vm, v).map(Some),
                    None => Ok(None),
                }
            })
        });
        match step {
            Ok(Some(item)) => Poll::Ready(Some(Ok(item))),
            Ok(None) => {
                this.done = true;
                Poll::Ready(None)
            }
            Err(e) => {
                this.done = true;
                Poll::Ready(Some(Err(e)))
            }
        }
    }
}

impl<T> Drop for JsStream<'_, T> {
    /// AsyncIteratorClose without awaiting: `return()` is called and the jobs it queued run.
    fn drop(&mut self) {
        if self.done {
            return;
        }
        let iterator = &self.iterator;
        let _ = self.rt.with_vm(|vm| {
            let it = iterator.value(vm)?;
            let name = vm.names.return_;
            let method = vm.get_method(it, name)?;
            if method.is_undefined() {
                return Ok(());
            }
            let result = vm.call(method, it, &[])?;
            // Its rejection is the consumer's to ignore, not an unhandled one.
            if let Value::Object(p) = result
                && vm.promise_state(p).is_some()
            {
                vm.perform_promise_then(p, Value::Undefined, Value::Undefined, spindle::jobs::Capability::None);
            }
            Ok(())
        });
        let _ = self.rt.checkpoint();
    }
}

/// A Rust stream behind a JavaScript async iterator. The stream is polled only while a
/// `next()` waits for an item (the consumer's pace is the producer's), one poll at a time.
struct StreamSource {
    /// The stream, while no poll of it is in flight and it has not ended.
    stream: Option<ItemStream>,
    /// The promises of `next()` calls not answered yet, oldest first.
    requests: VecDeque<Persistent>,
    /// A poll of the stream is in flight (a host future owns the stream).
    pulling: bool,
    /// The stream ended, or `return()` was called: no more items.
    finished: bool,
}

/// An item made into a JavaScript value on the loop's thread.
type Item = Box<dyn FnOnce(&mut Vm) -> JsResult<Value>>;
type ItemStream = Pin<Box<dyn Stream<Item = Item>>>;

/// The async iterator object for `stream` (its prototype made once per runtime).
pub(crate) fn async_iterable<S, T>(vm: &mut Vm, stream: S) -> Value
where
    S: Stream<Item = T> + 'static,
    T: IntoJs + 'static,
{
    let items: ItemStream = Box::pin(stream.map(|item| Box::new(move |vm: &mut Vm| item.into_js(vm)) as Item));
    let source = StreamSource { stream: Some(items), requests: VecDeque::new(), pulling: false, finished: false };
    let proto = stream_iterator_prototype(vm);
    let data: Box<dyn std::any::Any> = Box::new(Rc::new(RefCell::new(source)));
    Value::Object(vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::HostData(data))))
}

/// The prototype of stream iterators: `next` and `return` over %AsyncIteratorPrototype%
/// (whose `[Symbol.asyncIterator]` returns the iterator itself).
fn stream_iterator_prototype(vm: &mut Vm) -> ObjId {
    if let Some(held) = with_runtime(vm, |_, h| h.stream_iterator_prototype)
        && let Value::Object(p) = vm.persistent(held)
    {
        return p;
    }
    let parent = vm.intrinsics().extra.get("%AsyncIteratorPrototype%").copied();
    let proto = vm.heap.alloc_object(Object::new(parent, ObjectKind::Ordinary));
    vm.def_method(proto, "next", 0, stream_next);
    vm.def_method(proto, "return", 1, stream_return);
    let held = vm.persist(Value::Object(proto));
    with_runtime(vm, |_, h| h.stream_iterator_prototype = Some(held));
    proto
}

fn source_of(vm: &mut Vm, this: Value) -> JsResult<Rc<RefCell<StreamSource>>> {
    if let Value::Object(o) = this
        && let ObjectKind::HostData(d) = &vm.obj(o).kind
        && let Some(source) = d.downcast_ref::<Rc<RefCell<StreamSource>>>()
    {
        return Ok(Rc::clone(source));
    }
    Err(vm.type_error("next() called on an object that is not a stream iterator"))
}

/// `next()`: a promise for the stream's next item (`{ value, done: false }`), or `{ value:
/// undefined, done: true }` once it has ended.
fn stream_next(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let source = source_of(vm, cx.this)?;
    let promise = vm.new_promise();
    if source.borrow().finished {
        let done = create_iter_result(vm, Value::Undefined, true);
        vm.fulfill_promise(promise, done);
        return Ok(Value::Object(promise));
    }
    let held = vm.persist(Value::Object(promise));
    source.borrow_mut().requests.push_back(held);
    if !source.borrow().pulling {
        start_pull(vm, source);
    }
    Ok(Value::Object(promise))
}

/// `return(value)`: the stream is dropped (after the poll in flight, if any) and the
/// iterator is done.
fn stream_return(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let source = source_of(vm, cx.this)?;
    {
        let mut s = source.borrow_mut();
        s.finished = true;
        s.stream = None;
    }
    if !source.borrow().pulling {
        answer_done(vm, &source);
    }
    let promise = vm.new_promise();
    let done = create_iter_result(vm, spindle::builtins::arg(args, 0), true);
    vm.fulfill_promise(promise, done);
    Ok(Value::Object(promise))
}

/// Hands the stream to a host future that polls it for one item.
fn start_pull(vm: &mut Vm, source: Rc<RefCell<StreamSource>>) {
    let Some(mut stream) = source.borrow_mut().stream.take() else { return };
    source.borrow_mut().pulling = true;
    with_runtime(vm, |_, h| {
        h.host_futures.push(async move {
            let item = stream.next().await;
            Box::new(move |vm: &mut Vm| deliver(vm, source, stream, item)) as HostCompletion
        })
    });
}

/// Answers the oldest `next()` with the item polled, then pulls again if more are waiting.
fn deliver(vm: &mut Vm, source: Rc<RefCell<StreamSource>>, stream: ItemStream, item: Option<Item>) -> JsResult<()> {
    let request = {
        let mut s = source.borrow_mut();
        s.pulling = false;
        match &item {
            Some(_) if !s.finished => s.stream = Some(stream),
            _ => {
                s.finished = true;
                drop(stream);
            }
        }
        s.requests.pop_front()
    };
    if let Some(held) = request {
        let Value::Object(promise) = vm.persistent(held) else { return Ok(()) };
        vm.unpersist(held);
        vm.root(Value::Object(promise));
        match item {
            Some(make) => match make(vm) {
                Ok(v) => {
                    let result = create_iter_result(vm, v, false);
                    vm.fulfill_promise(promise, result);
                }
                Err(e) => vm.reject_promise(promise, e),
            },
            None => {
                let result = create_iter_result(vm, Value::Undefined, true);
                vm.fulfill_promise(promise, result);
            }
        }
    }
    let (finished, waiting) = {
        let s = source.borrow();
        (s.finished, !s.requests.is_empty())
    };
    if finished {
        answer_done(vm, &source);
    } else if waiting {
        start_pull(vm, source);
    }
    Ok(())
}

/// Answers every waiting `next()` with `{ value: undefined, done: true }`.
fn answer_done(vm: &mut Vm, source: &Rc<RefCell<StreamSource>>) {
    let waiting: Vec<Persistent> = source.borrow_mut().requests.drain(..).collect();
    for held in waiting {
        let Value::Object(promise) = vm.persistent(held) else { continue };
        vm.unpersist(held);
        let result = create_iter_result(vm, Value::Undefined, true);
        vm.fulfill_promise(promise, result);
    }
}
