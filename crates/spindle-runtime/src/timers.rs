//! Timers: setTimeout, setInterval, clearTimeout, clearInterval and the Timeout objects
//! they return, with Node's ordering. Like libuv, the loop keeps a cached "now" (whole
//! milliseconds since the loop started) that is updated once per loop iteration and, as
//! Node's getLibuvNow does (uv_update_time), whenever a timer is scheduled; a timer
//! created at time `now` with delay `d` is due at `now + d` (d clamped to 1..2^31-1 as
//! Node does), and timers due at the same time run in creation order.

use crate::host::{RuntimeHost, with_runtime};
use spindle::Value;
use spindle::builtins::arg;
use spindle::jobs::Persistent;
use spindle::object::property::{HIDDEN, PropertyKey};
use spindle::object::{NativeCall, NativeFn};
use spindle::value::ObjId;
use spindle::vm::{JsResult, Vm};
use std::collections::{BTreeMap, HashMap};

/// Node's TIMEOUT_MAX: longer delays (and non-numbers, NaN, < 1) become 1 ms.
const TIMEOUT_MAX: f64 = 2_147_483_647.0;

/// A scheduled timer. Its callback, arguments, delay and ref flag live on the Timeout
/// object (as Node keeps them on `_onTimeout`, `_timerArgs`, `_idleTimeout`, `kRefed`), so
/// a fired one-shot timer can be `refresh()`ed back into the queue.
struct TimerEntry {
    /// Position in the queue: (due time, creation sequence).
    key: (u64, u64),
    object: Persistent,
    /// The Timeout's ref flag while scheduled (a referenced timer keeps the loop alive).
    refed: bool,
}

/// The fields of a Timeout object's hidden state array.
const ID: u32 = 0;
const CALLBACK: u32 = 1;
const ARGS: u32 = 2;
/// The delay in ms; -1 once cleared (then `refresh()` does nothing).
const DELAY: u32 = 3;
const REPEAT: u32 = 4;
const REFED: u32 = 5;

/// The runtime's timer table.
#[derive(Default)]
pub struct Timers {
    /// The loop's cached time in ms since it started.
    pub now: u64,
    /// When the loop started (the origin of `now`).
    pub origin: Option<std::time::Instant>,
    /// How many scheduled timers are referenced.
    refed_count: usize,
    queue: BTreeMap<(u64, u64), u32>,
    entries: HashMap<u32, TimerEntry>,
    next_id: u32,
    next_seq: u64,
    /// Timeout.prototype and the private key of a Timeout's state array, once created.
    proto: Option<Persistent>,
    state_key: Option<Persistent>,
}

/// A due timer taken off the queue, ready to run.
pub struct DueTimer {
    pub callback: Value,
    pub args: Vec<Value>,
    pub this: Value,
}

impl Timers {
    /// Whether a referenced timer is still scheduled (the loop must go on). Asked at every
    /// loop iteration, so it is a counter, not a walk over the timers.
    pub fn has_refed(&self) -> bool {
        self.refed_count > 0
    }

    /// Sets a scheduled timer's ref flag, keeping `refed_count` in step.
    fn set_entry_refed(&mut self, id: u32, refed: bool) {
        if let Some(e) = self.entries.get_mut(&id)
            && e.refed != refed
        {
            e.refed = refed;
            if refed {
                self.refed_count += 1;
            } else {
                self.refed_count -= 1;
            }
        }
    }

    /// The earliest due time of any scheduled timer.
    pub fn next_deadline(&self) -> Option<u64> {
        self.queue.keys().next().map(|k| k.0)
    }

    /// Puts timer `id` (its Timeout object `object`) in the queue, due `delay` ms from the
    /// loop's current time, replacing an earlier position.
    fn schedule(&mut self, vm: &mut Vm, id: u32, object: Value, delay: u64, refed: bool) {
        if let Some(origin) = self.origin {
            self.now = self.now.max(origin.elapsed().as_millis() as u64);
        }
        let key = (self.now + delay, self.next_seq);
        self.next_seq += 1;
        match self.entries.get_mut(&id) {
            Some(e) => {
                let old = std::mem::replace(&mut e.key, key);
                self.queue.remove(&old);
                self.set_entry_refed(id, refed);
            }
            None => {
                let object = vm.persist(object);
                self.entries.insert(id, TimerEntry { key, object, refed });
                if refed {
                    self.refed_count += 1;
                }
            }
        }
        self.queue.insert(key, id);
    }

    /// Takes timer `id` off the queue (its Timeout object keeps its state).
    fn unschedule(&mut self, vm: &mut Vm, id: u32) {
        if let Some(e) = self.entries.remove(&id) {
            if e.refed {
                self.refed_count -= 1;
            }
            self.queue.remove(&e.key);
            vm.unpersist(e.object);
        }
    }
}

/// A Timeout object's state array and one of its fields.
fn state(vm: &mut Vm, timeout: Value) -> Option<ObjId> {
    let Value::Object(o) = timeout else { return None };
    let key = with_runtime(vm, |vm, host| host.timers.state_key.map(|k| vm.persistent(k)));
    let Some(Value::Symbol(key)) = key else { return None };
    match vm.own_property(o, PropertyKey::Symbol(key)).map(|p| p.slot) {
        Some(spindle::object::Slot::Data(Value::Object(a))) => Some(a),
        _ => None,
    }
}

fn field(vm: &Vm, state: ObjId, i: u32) -> Value {
    vm.obj(state).element(i as usize).unwrap_or(Value::Undefined)
}

fn set_field(vm: &mut Vm, state: ObjId, i: u32, v: Value) {
    vm.obj_mut(state).set_element(i as usize, v);
}

/// Takes the first timer due at the loop's current time. An interval is rescheduled before
/// its callback runs (as Node re-inserts it), so clearing it from the callback removes it;
/// a one-shot timer leaves the queue (a later `refresh()` puts it back).
pub fn take_due(vm: &mut Vm) -> Option<DueTimer> {
    let (id, object) = with_runtime(vm, |vm, host| {
        let t = &host.timers;
        let (&key, &id) = t.queue.iter().next()?;
        if key.0 > t.now {
            return None;
        }
        Some((id, vm.persistent(t.entries.get(&id)?.object)))
    })?;
    let st = state(vm, object)?;
    let callback = field(vm, st, CALLBACK);
    let args = match field(vm, st, ARGS) {
        Value::Object(a) => vm.obj(a).element_values(),
        _ => Vec::new(),
    };
    let repeat = field(vm, st, REPEAT) == Value::Bool(true);
    let refed = field(vm, st, REFED) == Value::Bool(true);
    let delay = match field(vm, st, DELAY) {
        Value::Number(d) if d >= 0.0 => d as u64,
        _ => 1,
    };
    with_runtime(vm, |vm, host| {
        if repeat {
            host.timers.schedule(vm, id, object, delay, refed);
        } else {
            host.timers.unschedule(vm, id);
        }
    });
    Some(DueTimer { callback, args, this: object })
}

/// Installs setTimeout, setInterval, clearTimeout, clearInterval and Timeout.prototype.
pub fn install(vm: &mut Vm) {
    let global = vm.global_object();
    let functions: [(&str, u32, NativeFn); 4] = [
        ("setTimeout", 2, set_timeout),
        ("setInterval", 2, set_interval),
        ("clearTimeout", 1, clear_timer),
        ("clearInterval", 1, clear_timer),
    ];
    for (name, len, f) in functions {
        vm.def_method(global, name, len, f);
    }
    let proto = vm.new_object();
    let methods: [(&str, u32, NativeFn); 5] = [
        ("ref", 0, timeout_ref),
        ("unref", 0, timeout_unref),
        ("hasRef", 0, has_ref),
        ("refresh", 0, refresh),
        ("close", 0, close),
    ];
    for (name, len, f) in methods {
        vm.def_method(proto, name, len, f);
    }
    let tp = vm.sym.to_primitive;
    vm.def_method_sym(proto, tp, "[Symbol.toPrimitive]", 0, to_primitive);
    let dispose = vm.sym.dispose;
    vm.def_method_sym(proto, dispose, "[Symbol.dispose]", 0, dispose_timer);
    crate::web::errors::internal_constructor(vm, "Timeout", proto);
    let tag = vm.string("Timeout");
    vm.define_direct(proto, PropertyKey::Symbol(vm.sym.to_string_tag), tag, spindle::object::property::CONFIGURABLE);
    let key = vm.heap.alloc_symbol(spindle::heap::Symbol { description: None, private: true });
    let proto_handle = vm.persist(Value::Object(proto));
    let key_handle = vm.persist(Value::Symbol(key));
    with_runtime(vm, |_, host| {
        host.timers.proto = Some(proto_handle);
        host.timers.state_key = Some(key_handle);
    });
}

fn set_timeout(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    create_timer(vm, args, false)
}

fn set_interval(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    create_timer(vm, args, true)
}

/// A string timer handler: its source run as a global script (an indirect eval).
fn run_timer_source(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let source = vm.native_slots(cx.callee).first().copied().unwrap_or(Value::Undefined);
    let source = vm.to_rust_string(source)?;
    match vm.eval_script(&source, "") {
        Ok(_) => Ok(Value::Undefined),
        Err(spindle::vm::ScriptError::Thrown(e)) => Err(e),
        Err(spindle::vm::ScriptError::Syntax(e)) => Err(vm.syntax_error(&e.message)),
    }
}

/// Node's delay coercion: `after *= 1; if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1`,
/// with a TimeoutOverflowWarning for a delay above TIMEOUT_MAX (Node: lib/internal/timers.js
/// Timeout).
fn delay_ms(vm: &mut Vm, v: Value) -> JsResult<u64> {
    let n = vm.to_number(v)?;
    if n > TIMEOUT_MAX {
        let shown = spindle::builtins::inspect::inspect(vm, Value::Number(n));
        let message = format!("{shown} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.");
        crate::node::process::events::emit_warning(vm, &message, "TimeoutOverflowWarning")?;
    }
    Ok(if (1.0..=TIMEOUT_MAX).contains(&n) { n.trunc() as u64 } else { 1 })
}

fn create_timer(vm: &mut Vm, args: &[Value], repeat: bool) -> JsResult<Value> {
    let mut callback = arg(args, 0);
    if !vm.is_callable(callback) {
        // HTML §8.6 timer initialization steps: a handler that is not a function is a
        // string (WebIDL's TimerHandler converts it now), compiled as a classic script when
        // the timer fires. Node throws ERR_INVALID_ARG_TYPE here instead; the HTML standard
        // (and its web-platform-tests) decide, as in Deno and browsers.
        let source = vm.to_string(callback)?;
        callback = Value::Object(vm.new_builtin_closure("", 0, run_timer_source, &[Value::String(source)]));
        // Held only here while the delay's valueOf runs script code.
        vm.root(callback);
    }
    let delay = delay_ms(vm, arg(args, 1))?;
    let (proto, key) = with_runtime(vm, |vm, host| {
        let t = &host.timers;
        (vm.persistent(t.proto.expect("installed")), vm.persistent(t.state_key.expect("installed")))
    });
    let Value::Object(proto) = proto else { unreachable!("Timeout.prototype") };
    let Value::Symbol(key) = key else { unreachable!("state key") };
    let id = with_runtime(vm, |_, host| {
        host.timers.next_id += 1;
        host.timers.next_id
    });
    let extra = Value::Object(vm.new_array(args.iter().skip(2).copied().collect()));
    vm.root(extra);
    let fields = vec![
        Value::Number(id as f64),
        callback,
        extra,
        Value::Number(delay as f64),
        Value::Bool(repeat),
        Value::Bool(true),
    ];
    let st = Value::Object(vm.new_array(fields));
    vm.root(st);
    let object = vm.heap.alloc_object(spindle::object::Object::new(Some(proto), spindle::object::ObjectKind::Ordinary));
    vm.define_direct(object, PropertyKey::Symbol(key), st, HIDDEN);
    with_runtime(vm, |vm, host| host.timers.schedule(vm, id, Value::Object(object), delay, true));
    Ok(Value::Object(object))
}

/// The timer id of a Timeout object, or of the number its [Symbol.toPrimitive] gave.
fn timer_id(vm: &mut Vm, v: Value) -> Option<u32> {
    match v {
        Value::Object(_) => match state(vm, v).map(|st| field(vm, st, ID)) {
            Some(Value::Number(n)) => Some(n as u32),
            _ => None,
        },
        Value::Number(n) if n >= 1.0 && n.fract() == 0.0 => Some(n as u32),
        Value::String(s) => vm.rust_string(s).parse().ok(),
        _ => None,
    }
}

fn clear_timer(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let t = arg(args, 0);
    let Some(id) = timer_id(vm, t) else { return Ok(Value::Undefined) };
    // A cleared Timeout forgets its delay (Node's _idleTimeout = -1): refresh() is a no-op.
    if let Some(st) = state(vm, t) {
        set_field(vm, st, DELAY, Value::Number(-1.0));
    }
    with_runtime(vm, |vm, host| host.timers.unschedule(vm, id));
    Ok(Value::Undefined)
}

/// ref() / unref(): the flag lives on the Timeout; a scheduled timer follows it.
fn set_refed(vm: &mut Vm, this: Value, refed: bool) -> Value {
    if let Some(st) = state(vm, this) {
        set_field(vm, st, REFED, Value::Bool(refed));
        if let Some(id) = timer_id(vm, this) {
            with_runtime(vm, |_, host: &mut RuntimeHost| host.timers.set_entry_refed(id, refed));
        }
    }
    this
}

fn timeout_ref(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(set_refed(vm, cx.this, true))
}

fn timeout_unref(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(set_refed(vm, cx.this, false))
}

/// Timeout.prototype.hasRef(): the Timeout's own flag, whether or not it is scheduled.
fn has_ref(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(state(vm, cx.this).is_some_and(|st| field(vm, st, REFED) == Value::Bool(true))))
}

/// Timeout.prototype.refresh(): (re)start the timer from the loop's current time, also
/// after it fired; a cleared timer stays cleared.
fn refresh(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    if let Some(st) = state(vm, cx.this)
        && let (Value::Number(id), Value::Number(delay), refed) =
            (field(vm, st, ID), field(vm, st, DELAY), field(vm, st, REFED))
        && delay >= 0.0
    {
        let refed = refed == Value::Bool(true);
        with_runtime(vm, |vm, host| host.timers.schedule(vm, id as u32, cx.this, delay as u64, refed));
    }
    Ok(cx.this)
}

fn close(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let _ = args;
    clear_timer(vm, cx, &[cx.this])?;
    Ok(cx.this)
}

/// Timeout.prototype[Symbol.dispose]() (Node: lib/internal/timers.js): clearTimeout(this), so a
/// `using` declaration cancels the timer when its scope ends.
fn dispose_timer(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    clear_timer(vm, cx, &[cx.this])
}

fn to_primitive(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(timer_id(vm, cx.this).map_or(Value::Number(f64::NAN), |id| Value::Number(id as f64)))
}
