//! The Atomics object (ECMA-262 §25.4): sequentially consistent operations on integer
//! typed arrays, and wait / waitAsync / notify over the waiter lists of shared blocks
//! (`binary::waiters`). On a SharedArrayBuffer every access goes through `SharedBlock`'s
//! atomic word operations; on an ArrayBuffer (one agent only) plain reads and writes are
//! already sequentially consistent.

use super::arg;
use crate::binary::waiters::{AsyncTimeout, Waiter, WaiterKind, remove_waiters};
use crate::binary::{ElementType, Numeric, SharedBlock};
use crate::object::property::*;
use crate::object::{NativeCall, NativeFn, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// The read-modify-write operations of AtomicReadModifyWrite, on raw element bits.
#[derive(Clone, Copy)]
enum Rmw {
    Add,
    And,
    Exchange,
    Or,
    Sub,
    Xor,
}

impl Rmw {
    /// The operation's new element bits from the old ones and the operand (truncated to the
    /// element size by the caller; two's complement wrap is the spec's modular arithmetic).
    fn apply(self, old: u64, v: u64) -> u64 {
        match self {
            Rmw::Add => old.wrapping_add(v),
            Rmw::And => old & v,
            Rmw::Exchange => v,
            Rmw::Or => old | v,
            Rmw::Sub => old.wrapping_sub(v),
            Rmw::Xor => old ^ v,
        }
    }
}

const RMW_METHODS: [(&str, Rmw); 6] = [
    ("add", Rmw::Add),
    ("and", Rmw::And),
    ("exchange", Rmw::Exchange),
    ("or", Rmw::Or),
    ("sub", Rmw::Sub),
    ("xor", Rmw::Xor),
];

pub fn create(vm: &mut Vm) -> ObjId {
    let atomics = vm.new_object();
    for (i, (name, _)) in RMW_METHODS.iter().enumerate() {
        // Each function finds its operation in its first native slot.
        let f = vm.def_method(atomics, name, 3, read_modify_write);
        if let ObjectKind::Native { slots, .. } = &mut vm.obj_mut(f).kind {
            *slots = thin_vec::thin_vec![Value::Number(i as f64)];
        }
    }
    for (name, len, f) in [
        ("compareExchange", 4, compare_exchange as NativeFn),
        ("isLockFree", 1, is_lock_free),
        ("load", 2, load),
        ("notify", 3, notify),
        ("pause", 0, pause),
        ("store", 3, store),
        ("wait", 4, wait),
        ("waitAsync", 4, wait_async),
    ] {
        vm.def_method(atomics, name, len, f);
    }
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);
    let s = vm.string("Atomics");
    vm.define_direct(atomics, tag, s, CONFIGURABLE);
    atomics
}

/// A validated access: the typed array's buffer, element type and the element's byte index.
#[derive(Clone, Copy)]
struct Access {
    buffer: ObjId,
    ty: ElementType,
    byte_index: usize,
}

/// ValidateIntegerTypedArray (ECMA-262 §25.4.3.1): the typed array, in bounds, of a type
/// Atomics accepts (Int32/BigInt64 only when `waitable`), with its current length.
fn validate_integer_typed_array(vm: &mut Vm, v: Value, waitable: bool, method: &str) -> JsResult<(ObjId, usize)> {
    let Some(t) = (match v {
        Value::Object(o) => vm.typed_array_data(o),
        _ => None,
    }) else {
        let d = vm.receiver_display(v);
        return Err(vm.type_error(&format!("{d} is not an integer typed array.")));
    };
    let ty = t.ty;
    let Some(len) = vm.typed_array_length(t) else {
        return Err(vm.detached_error(method));
    };
    let Value::Object(o) = v else { unreachable!("a typed array") };
    if waitable {
        if !matches!(ty, ElementType::Int32 | ElementType::BigInt64) {
            let d = vm.receiver_display(v);
            return Err(vm.type_error(&format!("{d} is not an int32 or BigInt64 typed array.")));
        }
    } else if !ty.is_integer() {
        let d = vm.receiver_display(v);
        return Err(vm.type_error(&format!("{d} is not an integer typed array.")));
    }
    Ok((o, len))
}

/// ValidateAtomicAccess (ECMA-262 §25.4.3.2): the byte index in the buffer of element
/// `request_index` of a validated typed array of `length` elements.
fn validate_atomic_access(vm: &mut Vm, o: ObjId, length: usize, request_index: Value) -> JsResult<Access> {
    const INVALID: &str = "Invalid atomic access index";
    let access_index = vm.to_index(request_index, INVALID)?;
    if access_index >= length {
        return Err(vm.range_error(INVALID));
    }
    let t = vm.typed_array_data(o).expect("validated");
    Ok(Access { buffer: t.buffer, ty: t.ty, byte_index: access_index * t.ty.size() + t.byte_offset })
}

/// ValidateAtomicAccessOnIntegerTypedArray (ECMA-262 §25.4.3.3)
fn validate_access(vm: &mut Vm, v: Value, index: Value, method: &str) -> JsResult<Access> {
    let (o, len) = validate_integer_typed_array(vm, v, false, method)?;
    validate_atomic_access(vm, o, len, index)
}

/// RevalidateAtomicAccess (ECMA-262 §25.4.3.4): after the operands' conversions, which may
/// have detached or shrunk the buffer.
fn revalidate_atomic_access(vm: &mut Vm, o: ObjId, access: Access, method: &str) -> JsResult<()> {
    let t = vm.typed_array_data(o).expect("validated");
    if vm.typed_array_length(t).is_none() {
        return Err(vm.detached_error(method));
    }
    if access.byte_index >= vm.buffer_byte_length(access.buffer) {
        return Err(vm.range_error("Invalid atomic access index"));
    }
    Ok(())
}

/// The operand conversion of the Atomics operations: ToBigInt for BigInt arrays (the
/// value, and its bits modulo 2^64), else 𝔽(ToIntegerOrInfinity(v)).
fn to_operand(vm: &mut Vm, ty: ElementType, v: Value) -> JsResult<(Value, Numeric)> {
    if ty.is_bigint() {
        let b = super::bigint::to_bigint(vm, v)?;
        let Value::BigInt(id) = b else { unreachable!("ToBigInt returns a BigInt") };
        let bits = crate::binary::bigint_low_64(vm.heap.bigint(id));
        Ok((b, Numeric::BigInt(bits as i128)))
    } else {
        let n = vm.to_integer_or_infinity(v)?;
        Ok((Value::Number(n), Numeric::Number(n)))
    }
}

/// The little-endian raw bits NumericToRawBytes gives for `n`.
fn raw_bits(ty: ElementType, n: Numeric) -> u64 {
    u64::from_le_bytes(ty.encode(n, true))
}

/// Bits of one element of `size` bytes.
fn element_mask(size: usize) -> u64 {
    if size == 8 { u64::MAX } else { (1u64 << (size * 8)) - 1 }
}

/// The shared block of a buffer, if it is a SharedArrayBuffer.
fn block_of(vm: &Vm, buffer: ObjId) -> Option<Arc<SharedBlock>> {
    vm.shared_block(buffer).cloned()
}

/// GetModifySetValueInBuffer (ECMA-262 §25.1.3.19) on raw bits: stores `op(old)` and
/// returns the old bits, sequentially consistent on a shared block.
fn modify_raw(vm: &mut Vm, a: Access, op: impl Fn(u64) -> u64) -> u64 {
    let size = a.ty.size();
    if let Some(block) = block_of(vm, a.buffer) {
        return block.atomic_rmw(a.byte_index, size, op);
    }
    let mut b = [0u8; 8];
    vm.buffer_read(a.buffer, a.byte_index, &mut b[..size]);
    let old = u64::from_le_bytes(b);
    let new = (op(old) & element_mask(size)).to_le_bytes();
    vm.buffer_write(a.buffer, a.byte_index, &new[..size]);
    old
}

/// GetValueFromBuffer with seq-cst order: the element's raw bits.
fn load_raw(vm: &Vm, a: Access) -> u64 {
    let size = a.ty.size();
    if let Some(block) = block_of(vm, a.buffer) {
        return block.atomic_load(a.byte_index, size);
    }
    let mut b = [0u8; 8];
    vm.buffer_read(a.buffer, a.byte_index, &mut b[..size]);
    u64::from_le_bytes(b)
}

/// The JS value of raw element bits.
fn raw_value(vm: &mut Vm, ty: ElementType, raw: u64) -> Value {
    let n = ty.decode(&raw.to_le_bytes(), true);
    vm.numeric_value(n)
}

/// The method name of an Atomics function for error messages.
fn method_name(vm: &Vm, callee: ObjId) -> (Rmw, String) {
    let i = match vm.native_slots(callee).first() {
        Some(Value::Number(i)) => *i as usize,
        _ => 0,
    };
    let (name, op) = RMW_METHODS[i.min(RMW_METHODS.len() - 1)];
    (op, format!("Atomics.{name}"))
}

/// ECMA-262 §25.4.4, §25.4.5, §25.4.7, §25.4.12, §25.4.14, §25.4.16 Atomics.add / and /
/// exchange / or / sub / xor: AtomicReadModifyWrite (§25.4.3.17).
fn read_modify_write(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (op, method) = method_name(vm, cx.callee);
    let ta = arg(args, 0);
    let a = validate_access(vm, ta, arg(args, 1), &method)?;
    let (_, n) = to_operand(vm, a.ty, arg(args, 2))?;
    let Value::Object(o) = ta else { unreachable!("validated") };
    revalidate_atomic_access(vm, o, a, &method)?;
    let v = raw_bits(a.ty, n);
    let old = modify_raw(vm, a, |old| op.apply(old, v));
    Ok(raw_value(vm, a.ty, old))
}

/// ECMA-262 §25.4.6 Atomics.compareExchange ( typedArray, index, expectedValue, replacementValue )
fn compare_exchange(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const METHOD: &str = "Atomics.compareExchange";
    let ta = arg(args, 0);
    let a = validate_access(vm, ta, arg(args, 1), METHOD)?;
    let (_, expected) = to_operand(vm, a.ty, arg(args, 2))?;
    let (_, replacement) = to_operand(vm, a.ty, arg(args, 3))?;
    let Value::Object(o) = ta else { unreachable!("validated") };
    revalidate_atomic_access(vm, o, a, METHOD)?;
    // The comparison is of the raw bytes of the element type (so 256 matches 0 in Uint8).
    let mask = element_mask(a.ty.size());
    let (expected, replacement) = (raw_bits(a.ty, expected) & mask, raw_bits(a.ty, replacement));
    let old = modify_raw(vm, a, |old| if old == expected { replacement } else { old });
    Ok(raw_value(vm, a.ty, old))
}

/// ECMA-262 §25.4.8 Atomics.isLockFree ( size ): every size V8 supports (1, 2, 4, 8) is.
fn is_lock_free(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let n = vm.to_integer_or_infinity(arg(args, 0))?;
    Ok(Value::Bool(n == 1.0 || n == 2.0 || n == 4.0 || n == 8.0))
}

/// ECMA-262 §25.4.9 Atomics.load ( typedArray, index )
fn load(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const METHOD: &str = "Atomics.load";
    let ta = arg(args, 0);
    let a = validate_access(vm, ta, arg(args, 1), METHOD)?;
    let Value::Object(o) = ta else { unreachable!("validated") };
    revalidate_atomic_access(vm, o, a, METHOD)?;
    let raw = load_raw(vm, a);
    Ok(raw_value(vm, a.ty, raw))
}

/// ECMA-262 §25.4.15 Atomics.store ( typedArray, index, value ): returns the converted
/// value itself (not the stored bits).
fn store(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const METHOD: &str = "Atomics.store";
    let ta = arg(args, 0);
    let a = validate_access(vm, ta, arg(args, 1), METHOD)?;
    let (v, n) = to_operand(vm, a.ty, arg(args, 2))?;
    let Value::Object(o) = ta else { unreachable!("validated") };
    revalidate_atomic_access(vm, o, a, METHOD)?;
    let bits = raw_bits(a.ty, n);
    modify_raw(vm, a, |_| bits);
    Ok(v)
}

/// ECMA-262 §25.4.13 Atomics.pause ( [ N ] ): a spin-wait hint; this engine does not spin.
fn pause(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    match arg(args, 0) {
        Value::Undefined => {}
        Value::Number(n) if n.is_finite() && n.trunc() == n => {}
        _ => return Err(vm.type_error("Atomics.pause argument must be undefined or an integer")),
    }
    Ok(Value::Undefined)
}

/// What DoWait found before suspending: the wait's block, access and timeout.
struct WaitRequest {
    block: Arc<SharedBlock>,
    byte_index: usize,
    /// The element bits to compare with (v, as raw bits).
    expected: u64,
    size: usize,
    /// t in milliseconds (+∞ for no timeout).
    timeout_ms: f64,
}

/// DoWait (ECMA-262 §25.4.3.14) steps 1-9: validation and conversions.
fn wait_request(vm: &mut Vm, args: &[Value], method: &str) -> JsResult<WaitRequest> {
    let ta = arg(args, 0);
    let (o, len) = validate_integer_typed_array(vm, ta, true, method)?;
    let buffer = vm.typed_array_data(o).expect("validated").buffer;
    let Some(block) = block_of(vm, buffer) else {
        let d = vm.receiver_display(ta);
        return Err(vm.type_error(&format!("{d} is not a shared typed array.")));
    };
    let a = validate_atomic_access(vm, o, len, arg(args, 1))?;
    let expected = if a.ty.is_bigint() {
        let (_, n) = to_operand(vm, a.ty, arg(args, 2))?;
        raw_bits(a.ty, n)
    } else {
        vm.to_int32(arg(args, 2))? as u32 as u64
    };
    let q = vm.to_number(arg(args, 3))?;
    let timeout_ms = if q.is_nan() { f64::INFINITY } else { q.max(0.0) };
    Ok(WaitRequest { block, byte_index: a.byte_index, expected, size: a.ty.size(), timeout_ms })
}

/// The instant `ms` milliseconds from now, or None for "never" (infinite or too far away).
fn instant_after(ms: f64) -> Option<Instant> {
    let d = Duration::try_from_secs_f64(ms / 1000.0).ok()?;
    Instant::now().checked_add(d)
}

/// ECMA-262 §25.4.17 Atomics.wait ( typedArray, index, value, timeout )
fn wait(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = wait_request(vm, args, "Atomics.wait")?;
    // Step 10: AgentCanSuspend() — the host allows it and gave a way to park.
    let parker = match (&vm.agent.parker, vm.options.can_block) {
        (Some(p), true) => p.clone(),
        _ => return Err(vm.type_error("Atomics.wait cannot be called in this context")),
    };
    let due = instant_after(r.timeout_ms);
    let waiter = {
        let mut list = r.block.waiters.lock();
        if r.block.atomic_load(r.byte_index, r.size) != r.expected {
            return Ok(vm.string("not-equal"));
        }
        let w = Arc::new(Waiter {
            byte_index: r.byte_index,
            kind: WaiterKind::Sync(parker.clone()),
            notified: AtomicBool::new(false),
        });
        list.push(w.clone());
        w
    };
    // SuspendThisAgent: park until notified or timed out. The VM's own deadline (the
    // host's run limit) ends the wait too, as an uncatchable termination.
    loop {
        let now = Instant::now();
        let limit = vm.options.deadline;
        {
            let mut list = r.block.waiters.lock();
            if waiter.notified.load(Ordering::SeqCst) {
                return Ok(vm.string("ok"));
            }
            let timed_out = due.is_some_and(|d| now >= d);
            let terminated = limit.is_some_and(|d| now >= d);
            // The host's interrupt (a worker's terminate()) unparks the agent and ends the
            // wait as it ends any running script.
            let interrupted = vm.options.interrupt.as_ref().is_some_and(|f| f.load(Ordering::Acquire));
            if timed_out || terminated || interrupted {
                list.retain(|w| !Arc::ptr_eq(w, &waiter));
                drop(list);
                if interrupted {
                    return Err(vm.check_limits().err().unwrap_or(Value::Undefined));
                }
                if terminated && !timed_out {
                    vm.terminating = Some(crate::vm::DEADLINE_REACHED.into());
                    return Err(Value::Undefined);
                }
                return Ok(vm.string("timed-out"));
            }
        }
        let wake = match (due, limit) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        parker.park(wake.map(|w| w.saturating_duration_since(now)));
    }
}

/// ECMA-262 §25.4.18 Atomics.waitAsync ( typedArray, index, value, timeout )
fn wait_async(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = wait_request(vm, args, "Atomics.waitAsync")?;
    let result = vm.new_object();
    let mut list = r.block.waiters.lock();
    let immediate = if r.block.atomic_load(r.byte_index, r.size) != r.expected {
        Some("not-equal")
    } else if r.timeout_ms == 0.0 {
        Some("timed-out")
    } else {
        None
    };
    let (is_async, value) = match immediate {
        Some(s) => {
            drop(list);
            (false, vm.string(s))
        }
        None => {
            let promise = vm.new_promise();
            let held = vm.persist(Value::Object(promise));
            let w = Arc::new(Waiter {
                byte_index: r.byte_index,
                kind: WaiterKind::Async { agent: vm.agent.signifier, promise: held },
                notified: AtomicBool::new(false),
            });
            list.push(w.clone());
            drop(list);
            // EnqueueAtomicsWaitAsyncTimeoutJob: the host's loop calls run_wait_async_timeouts.
            if let Some(due) = instant_after(r.timeout_ms) {
                vm.agent.async_timeouts.push(AsyncTimeout { due, waiter: w, block: r.block.clone() });
            }
            (true, Value::Object(promise))
        }
    };
    let k = vm.key_str("async");
    vm.create_data_property_or_throw(result, k, Value::Bool(is_async))?;
    let k = vm.key_str("value");
    vm.create_data_property_or_throw(result, k, value)?;
    Ok(Value::Object(result))
}

/// ECMA-262 §25.4.11 Atomics.notify ( typedArray, index, count )
fn notify(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const METHOD: &str = "Atomics.notify";
    let ta = arg(args, 0);
    let (o, len) = validate_integer_typed_array(vm, ta, true, METHOD)?;
    let a = validate_atomic_access(vm, o, len, arg(args, 1))?;
    let count = arg(args, 2);
    let c = if count.is_undefined() { f64::INFINITY } else { vm.to_integer_or_infinity(count)?.max(0.0) };
    let Some(block) = block_of(vm, a.buffer) else { return Ok(Value::Number(0.0)) };
    let woken = {
        let mut list = block.waiters.lock();
        remove_waiters(&mut list, a.byte_index, c)
    };
    for w in &woken {
        notify_waiter(vm, w);
    }
    Ok(Value::Number(woken.len() as f64))
}

/// NotifyWaiter (ECMA-262 §25.4.3.10) for a waiter already removed and flagged: wake a
/// blocked agent, or resolve this agent's waitAsync promise with "ok". (A promise of
/// another agent would be resolved by a job in that agent; agents other than the main
/// one do not exist yet.)
fn notify_waiter(vm: &mut Vm, w: &Arc<Waiter>) {
    match &w.kind {
        WaiterKind::Sync(parker) => parker.unpark(),
        WaiterKind::Async { agent, promise } if *agent == vm.agent.signifier => {
            vm.agent.async_timeouts.retain(|t| !Arc::ptr_eq(&t.waiter, w));
            settle_async_waiter(vm, *promise, "ok");
        }
        WaiterKind::Async { .. } => {}
    }
}

/// Resolves a waitAsync promise and lets it go.
fn settle_async_waiter(vm: &mut Vm, held: crate::jobs::Persistent, result: &str) {
    if let Value::Object(p) = vm.persistent(held) {
        let s = vm.string(result);
        vm.fulfill_promise(p, s);
    }
    vm.unpersist(held);
}

impl Vm {
    /// When the earliest pending `Atomics.waitAsync` times out (for the host's event loop).
    /// Pending waits do not keep a Node process alive, so hosts only honour this while
    /// something else does.
    pub fn next_wait_async_timeout(&self) -> Option<Instant> {
        self.agent.async_timeouts.iter().map(|t| t.due).min()
    }

    /// The AtomicsWaitAsync timeout jobs (ECMA-262 §25.4.3.15) that are due at `now`: each
    /// waiter still in its list is removed and its promise resolved with "timed-out".
    /// Returns whether any was due.
    pub fn run_wait_async_timeouts(&mut self, now: Instant) -> bool {
        let (due, pending): (Vec<_>, Vec<_>) =
            std::mem::take(&mut self.agent.async_timeouts).into_iter().partition(|t| t.due <= now);
        self.agent.async_timeouts = pending;
        for t in &due {
            let still_waiting = {
                let mut list = t.block.waiters.lock();
                let before = list.len();
                list.retain(|w| !Arc::ptr_eq(w, &t.waiter));
                list.len() != before
            };
            if still_waiting && let WaiterKind::Async { promise, .. } = t.waiter.kind {
                settle_async_waiter(self, promise, "timed-out");
            }
        }
        !due.is_empty()
    }
}
