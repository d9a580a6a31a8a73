//! Timers: setTimeout, setInterval, clearTimeout, clearInterval and the Timeout objects
//! they return, with Node's ordering. Like libuv, the loop keeps a cached "now" (whole
//! milliseconds since the loop started) that is updated once per loop iteration; a timer
//! created at loop time `now` with delay `d` is due at `now + d` (d clamped to 1..2^31-1 as
//! Node does), and timers due at the same time run in creation order.

use crate::host::{RuntimeHost, with_runtime};
use spindle::Value;
use spindle::builtins::arg;
use spindle::jobs::Persistent;
use spindle::object::property::{HIDDEN, PropertyKey};
use spindle::object::{NativeCall, NativeFn};
use spindle::vm::{JsResult, Vm};
use std::collections::{BTreeMap, HashMap};

/// Node's TIMEOUT_MAX: longer delays (and non-numbers, NaN, < 1) become 1 ms.
const TIMEOUT_MAX: f64 = 2_147_483_647.0;

/// One scheduled timer.
struct TimerEntry {
    /// Position in the queue: (due time, creation sequence).
    key: (u64, u64),
    callback: Persistent,
    args: Vec<Persistent>,
    /// The delay again for setInterval.
    repeat: Option<u64>,
    delay: u64,
    /// A timer that does not keep the loop alive once `unref()`ed.
    refed: bool,
    object: Persistent,
}

/// The runtime's timer table.
#[derive(Default)]
pub struct Timers {
    /// The loop's cached time in ms since it started.
    pub now: u64,
    queue: BTreeMap<(u64, u64), u32>,
    entries: HashMap<u32, TimerEntry>,
    next_id: u32,
    next_seq: u64,
    /// Timeout.prototype and the private key holding a Timeout's id, once created.
    proto: Option<Persistent>,
    id_key: Option<Persistent>,
}

/// A due timer taken off the queue, ready to run.
pub struct DueTimer {
    pub callback: Value,
    pub args: Vec<Value>,
    pub this: Value,
}

impl Timers {
    /// Whether a referenced timer is still scheduled (the loop must go on).
    pub fn has_refed(&self) -> bool {
        self.entries.values().any(|e| e.refed)
    }

    /// The earliest due time of any scheduled timer.
    pub fn next_deadline(&self) -> Option<u64> {
        self.queue.keys().next().map(|k| k.0)
    }

    fn schedule(&mut self, id: u32, delay: u64) {
        let key = (self.now + delay, self.next_seq);
        self.next_seq += 1;
        if let Some(e) = self.entries.get_mut(&id) {
            self.queue.remove(&e.key);
            e.key = key;
            self.queue.insert(key, id);
        }
    }

    /// Removes timer `id`; its handles go back to the engine.
    fn remove(&mut self, vm: &mut Vm, id: u32) {
        if let Some(e) = self.entries.remove(&id) {
            self.queue.remove(&e.key);
            vm.unpersist(e.callback);
            vm.unpersist(e.object);
            for a in e.args {
                vm.unpersist(a);
            }
        }
    }
}

/// Takes the first timer due at the loop's current time. An interval is rescheduled before
/// its callback runs (as Node re-inserts it), so clearing it from the callback removes it.
pub fn take_due(vm: &mut Vm) -> Option<DueTimer> {
    with_runtime(vm, |vm, host| {
        let t = &mut host.timers;
        let (&key, &id) = t.queue.iter().next()?;
        if key.0 > t.now {
            return None;
        }
        let e = t.entries.get(&id)?;
        let due = DueTimer {
            callback: vm.persistent(e.callback),
            args: e.args.iter().map(|&a| vm.persistent(a)).collect(),
            this: vm.persistent(e.object),
        };
        match e.repeat {
            Some(r) => t.schedule(id, r),
            None => {
                // One-shot: gone from the table, but the values stay rooted by the caller.
                t.remove(vm, id);
            }
        }
        Some(due)
    })
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
    let tag = vm.string("Timeout");
    vm.define_direct(proto, PropertyKey::Symbol(vm.sym.to_string_tag), tag, spindle::object::property::CONFIGURABLE);
    let key = vm.heap.alloc_symbol(spindle::heap::Symbol { description: None, private: true });
    let proto_handle = vm.persist(Value::Object(proto));
    let key_handle = vm.persist(Value::Symbol(key));
    with_runtime(vm, |_, host| {
        host.timers.proto = Some(proto_handle);
        host.timers.id_key = Some(key_handle);
    });
}

fn set_timeout(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    create_timer(vm, args, false)
}

fn set_interval(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    create_timer(vm, args, true)
}

/// Node's delay coercion: `after *= 1; if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1`.
fn delay_ms(vm: &mut Vm, v: Value) -> JsResult<u64> {
    let n = vm.to_number(v)?;
    Ok(if (1.0..=TIMEOUT_MAX).contains(&n) { n.trunc() as u64 } else { 1 })
}

fn create_timer(vm: &mut Vm, args: &[Value], repeat: bool) -> JsResult<Value> {
    let callback = arg(args, 0);
    if !vm.is_callable(callback) {
        let d = spindle::builtins::inspect::inspect(vm, callback);
        return Err(vm.type_error(&format!("The \"callback\" argument must be of type function. Received {d}")));
    }
    let delay = delay_ms(vm, arg(args, 1))?;
    let (proto, key) = with_runtime(vm, |vm, host| {
        let t = &host.timers;
        (vm.persistent(t.proto.expect("installed")), vm.persistent(t.id_key.expect("installed")))
    });
    let Value::Object(proto) = proto else { unreachable!("Timeout.prototype") };
    let Value::Symbol(key) = key else { unreachable!("id key") };
    let object = vm.heap.alloc_object(spindle::object::Object::new(Some(proto), spindle::object::ObjectKind::Ordinary));
    let callback_h = vm.persist(callback);
    let object_h = vm.persist(Value::Object(object));
    let extra: Vec<Persistent> = args.iter().skip(2).map(|&a| vm.persist(a)).collect();
    let id = with_runtime(vm, |_, host| {
        let t = &mut host.timers;
        t.next_id += 1;
        let id = t.next_id;
        let entry = TimerEntry {
            key: (0, 0),
            callback: callback_h,
            args: extra,
            repeat: repeat.then_some(delay),
            delay,
            refed: true,
            object: object_h,
        };
        t.entries.insert(id, entry);
        t.schedule(id, delay);
        id
    });
    vm.define_direct(object, PropertyKey::Symbol(key), Value::Number(id as f64), HIDDEN);
    Ok(Value::Object(object))
}

/// The timer id of a Timeout object, or of the number its [Symbol.toPrimitive] gave.
fn timer_id(vm: &mut Vm, v: Value) -> Option<u32> {
    match v {
        Value::Object(o) => {
            let key = with_runtime(vm, |vm, host| host.timers.id_key.map(|k| vm.persistent(k)));
            let Some(Value::Symbol(key)) = key else { return None };
            match vm.own_property(o, PropertyKey::Symbol(key)).map(|p| p.slot) {
                Some(spindle::object::Slot::Data(Value::Number(n))) => Some(n as u32),
                _ => None,
            }
        }
        Value::Number(n) if n >= 1.0 && n.fract() == 0.0 => Some(n as u32),
        Value::String(s) => vm.rust_string(s).parse().ok(),
        _ => None,
    }
}

fn this_timer(vm: &mut Vm, this: Value) -> Option<u32> {
    timer_id(vm, this)
}

fn clear_timer(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if let Some(id) = timer_id(vm, arg(args, 0)) {
        with_runtime(vm, |vm, host| host.timers.remove(vm, id));
    }
    Ok(Value::Undefined)
}

fn set_refed(vm: &mut Vm, this: Value, refed: bool) -> Value {
    if let Some(id) = this_timer(vm, this) {
        with_runtime(vm, |_, host: &mut RuntimeHost| {
            if let Some(e) = host.timers.entries.get_mut(&id) {
                e.refed = refed;
            }
        });
    }
    this
}

fn timeout_ref(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(set_refed(vm, cx.this, true))
}

fn timeout_unref(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(set_refed(vm, cx.this, false))
}

fn has_ref(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let id = this_timer(vm, cx.this);
    let refed = with_runtime(vm, |_, host| id.and_then(|id| host.timers.entries.get(&id)).is_some_and(|e| e.refed));
    Ok(Value::Bool(refed))
}

/// Timeout.prototype.refresh(): restart the timer from the current loop time.
fn refresh(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    if let Some(id) = this_timer(vm, cx.this) {
        with_runtime(vm, |_, host| {
            if let Some(delay) = host.timers.entries.get(&id).map(|e| e.delay) {
                host.timers.schedule(id, delay);
            }
        });
    }
    Ok(cx.this)
}

fn close(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    if let Some(id) = this_timer(vm, cx.this) {
        with_runtime(vm, |vm, host| host.timers.remove(vm, id));
    }
    Ok(cx.this)
}

fn to_primitive(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(this_timer(vm, cx.this).map_or(Value::Number(f64::NAN), |id| Value::Number(id as f64)))
}
