//! `setImmediate` / `clearImmediate` and the event loop's check phase (Node: lib/timers.js,
//! lib/internal/timers.js processImmediate): callbacks run in FIFO order once per loop
//! iteration, after the timers; the ones queued while the phase runs wait for the next
//! iteration; each is followed by a microtask checkpoint. An Immediate keeps the loop alive
//! unless `unref()`ed.

use crate::host::with_runtime;
use spindle::Value;
use spindle::builtins::arg;
use spindle::jobs::Persistent;
use spindle::object::NativeCall;
use spindle::object::property::DEFAULT_ATTRS;
use spindle::value::ObjId;
use spindle::vm::{JsResult, Vm};
use std::collections::{HashMap, VecDeque};

/// The queue of the check phase.
#[derive(Default)]
pub struct Immediates {
    /// Immediate objects in the order they were queued (cleared ones are skipped).
    queue: VecDeque<ObjId>,
    /// The scheduled ones: the object kept alive, and its ref flag.
    live: HashMap<ObjId, (Persistent, bool)>,
    /// Immediate.prototype, once made.
    proto: Option<Persistent>,
}

impl Immediates {
    /// Whether a referenced Immediate is waiting (the loop must go on).
    pub fn has_refed(&self) -> bool {
        self.live.values().any(|(_, refed)| *refed)
    }

    /// Whether any Immediate is waiting.
    pub fn is_empty(&self) -> bool {
        self.live.is_empty()
    }
}

pub fn install(vm: &mut Vm) {
    let global = vm.global_object();
    vm.def_method(global, "setImmediate", 1, set_immediate);
    vm.def_method(global, "clearImmediate", 1, clear_immediate);
}

fn prototype(vm: &mut Vm) -> ObjId {
    if let Some(p) = with_runtime(vm, |_, h| h.immediates.proto)
        && let Value::Object(o) = vm.persistent(p)
    {
        return o;
    }
    let proto = vm.new_object();
    vm.def_method(proto, "ref", 0, immediate_ref);
    vm.def_method(proto, "unref", 0, immediate_unref);
    vm.def_method(proto, "hasRef", 0, immediate_has_ref);
    let dispose = vm.sym.dispose;
    vm.def_method_sym(proto, dispose, "[Symbol.dispose]", 0, dispose_immediate);
    crate::web::errors::internal_constructor(vm, "Immediate", proto);
    let held = vm.persist(Value::Object(proto));
    with_runtime(vm, |_, h| h.immediates.proto = Some(held));
    proto
}

/// `setImmediate(callback, ...args)`: an Immediate object.
fn set_immediate(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let callback = arg(args, 0);
    if !vm.is_callable(callback) {
        return Err(crate::web::errors::invalid_arg_type(vm, "callback", "function", callback));
    }
    let argv = if args.len() > 1 { Value::Object(vm.new_array(args[1..].to_vec())) } else { Value::Undefined };
    Ok(Value::Object(queue(vm, callback, argv)))
}

/// Queues an Immediate that runs `callback` with the values of the array `argv`.
fn queue(vm: &mut Vm, callback: Value, argv: Value) -> ObjId {
    vm.root(callback);
    vm.root(argv);
    let proto = prototype(vm);
    let immediate =
        vm.heap.alloc_object(spindle::object::Object::new(Some(proto), spindle::object::ObjectKind::Ordinary));
    vm.root(Value::Object(immediate));
    vm.def_value(immediate, "_onImmediate", callback, DEFAULT_ATTRS);
    vm.def_value(immediate, "_argv", argv, DEFAULT_ATTRS);
    vm.def_value(immediate, "_destroyed", Value::Bool(false), DEFAULT_ATTRS);
    let held = vm.persist(Value::Object(immediate));
    with_runtime(vm, |_, h| {
        h.immediates.queue.push_back(immediate);
        h.immediates.live.insert(immediate, (held, true));
    });
    immediate
}

/// `setImmediate(noop)` from the host (Node: lib/internal/process/execution.js, after an
/// `uncaughtException` listener handled an error: "make sure any ticks get processed by
/// ensuring that the next Immediate cycle isn't empty").
pub fn queue_noop(vm: &mut Vm) {
    let noop = vm.new_native("noop", 0, noop, false);
    queue(vm, Value::Object(noop), Value::Undefined);
}

fn noop(_vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Undefined)
}

/// Takes `o` off the queue; whether it was waiting.
fn cancel(vm: &mut Vm, o: ObjId) -> bool {
    match with_runtime(vm, |_, h| h.immediates.live.remove(&o)) {
        Some((held, _)) => {
            vm.unpersist(held);
            true
        }
        None => false,
    }
}

/// `clearImmediate(immediate)`.
fn clear_immediate(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if let Value::Object(o) = arg(args, 0)
        && cancel(vm, o)
    {
        vm.def_value(o, "_destroyed", Value::Bool(true), DEFAULT_ATTRS);
    }
    Ok(Value::Undefined)
}

/// Immediate.prototype[Symbol.dispose]() (Node: lib/timers.js): clearImmediate(this).
fn dispose_immediate(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    clear_immediate(vm, cx, &[cx.this])
}

fn set_ref(vm: &mut Vm, this: Value, refed: bool) -> Value {
    if let Value::Object(o) = this {
        with_runtime(vm, |_, h| {
            if let Some(e) = h.immediates.live.get_mut(&o) {
                e.1 = refed;
            }
        });
    }
    this
}

fn immediate_ref(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(set_ref(vm, cx.this, true))
}

fn immediate_unref(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(set_ref(vm, cx.this, false))
}

fn immediate_has_ref(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let Value::Object(o) = cx.this else { return Ok(Value::Bool(false)) };
    Ok(Value::Bool(with_runtime(vm, |_, h| h.immediates.live.get(&o).is_some_and(|e| e.1))))
}

/// The Immediates queued before the check phase starts (later ones wait a turn).
pub fn take_batch(vm: &mut Vm) -> Vec<ObjId> {
    with_runtime(vm, |_, h| h.immediates.queue.drain(..).collect())
}

/// Runs one Immediate of a batch, unless it was cleared; whether it ran.
pub fn run_one(vm: &mut Vm, o: ObjId) -> JsResult<bool> {
    if !cancel(vm, o) {
        return Ok(false);
    }
    vm.root(Value::Object(o));
    vm.def_value(o, "_destroyed", Value::Bool(true), DEFAULT_ATTRS);
    let callback = vm.get_str(o, "_onImmediate")?;
    let argv = vm.get_str(o, "_argv")?;
    let args = spindle::builtins::function::create_list_from_array_like(vm, argv)?;
    vm.call(callback, Value::Object(o), &args)?;
    Ok(true)
}
