//! Promise (ECMA-262 §27.2): the constructor, Promise.prototype.then/catch/finally and the
//! statics resolve/reject/withResolvers/try. The abstract operations and jobs are in
//! `abstract_ops.rs`, the combinators (all, allSettled, any, race) in `combinators.rs`; the
//! records and the job queue in `crate::jobs`.

mod abstract_ops;
mod combinators;

pub use combinators::CombinatorState;

use super::arg;
use crate::jobs::Capability;
use crate::object::property::*;
use crate::object::{NativeCall, NativeFn, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let proto = vm.heap.alloc_object(crate::object::Object::new(Some(op), ObjectKind::Ordinary));
    let ctor = vm.def_constructor("Promise", 1, promise_constructor, proto);
    {
        let i = vm.intrinsics_mut();
        i.promise = Some(ctor);
        i.promise_prototype = Some(proto);
        i.extra.insert("%Promise%", ctor);
        i.extra.insert("%Promise.prototype%", proto);
    }
    let statics: [(&str, u32, NativeFn); 8] = [
        ("all", 1, combinators::promise_all),
        ("allSettled", 1, combinators::promise_all_settled),
        ("any", 1, combinators::promise_any),
        ("race", 1, combinators::promise_race),
        ("reject", 1, promise_reject),
        ("resolve", 1, promise_resolve_static),
        ("try", 1, promise_try),
        ("withResolvers", 0, promise_with_resolvers),
    ];
    for (name, len, f) in statics {
        vm.def_method(ctor, name, len, f);
    }
    let species = vm.sym.species;
    vm.def_accessor(ctor, PropertyKey::Symbol(species), "[Symbol.species]", Some(super::array::species_getter), None);
    if let Some(Property { slot: Slot::Accessor(Value::Object(getter), _), .. }) =
        vm.own_property(ctor, PropertyKey::Symbol(species))
    {
        vm.intrinsics_mut().promise_species_getter = Some(getter);
    }
    let then = vm.def_method(proto, "then", 2, then);
    vm.intrinsics_mut().promise_then = Some(then);
    vm.def_method(proto, "catch", 1, catch);
    vm.def_method(proto, "finally", 1, finally);
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);
    let s = vm.string("Promise");
    vm.define_direct(proto, tag, s, CONFIGURABLE);
}

/// Promise ( executor ) (ECMA-262 §27.2.3.1)
fn promise_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(vm.type_error("Promise constructor cannot be invoked without 'new'"));
    };
    let executor = arg(args, 0);
    if !vm.is_callable(executor) {
        let d = vm.describe(executor);
        return Err(vm.type_error(&format!("Promise resolver {d} is not a function")));
    }
    let proto = vm.get_prototype_from_constructor(nt, |i| i.promise_prototype.expect("%Promise.prototype%"))?;
    let promise = vm.new_promise_with_proto(proto);
    vm.root(Value::Object(promise));
    let (resolve, reject) = vm.create_resolving_functions(promise);
    vm.root(resolve);
    vm.root(reject);
    let r = vm.call(executor, Value::Undefined, &[resolve, reject]);
    if let Err(e) = vm.catchable(r)? {
        vm.call(reject, Value::Undefined, &[e])?;
    }
    Ok(Value::Object(promise))
}

/// The promise `this` of a prototype method, or a TypeError naming the method.
fn this_promise(vm: &mut Vm, this: Value, method: &str) -> JsResult<ObjId> {
    match this {
        Value::Object(o) if vm.is_promise(this) => Ok(o),
        _ => {
            let d = vm.describe(this);
            Err(vm.type_error(&format!("Method Promise.prototype.{method} called on incompatible receiver {d}")))
        }
    }
}

fn intrinsic_promise(vm: &Vm) -> ObjId {
    vm.intrinsics().promise.expect("%Promise%")
}

/// Promise.prototype.then ( onFulfilled, onRejected ) (ECMA-262 §27.2.5.4)
fn then(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let promise = this_promise(vm, cx.this, "then")?;
    then_steps(vm, promise, arg(args, 0), arg(args, 1), true)
}

/// Promise.prototype.then steps 3–5 on a promise: SpeciesConstructor, NewPromiseCapability
/// and PerformPromiseThen. With `result_used` false (see [`invoke_then_unobserved`]) a
/// derived promise of this realm's %Promise% is left out: PerformPromiseThen gets an
/// undefined capability and the result is undefined.
fn then_steps(
    vm: &mut Vm,
    promise: ObjId,
    on_fulfilled: Value,
    on_rejected: Value,
    result_used: bool,
) -> JsResult<Value> {
    let default = intrinsic_promise(vm);
    let c = vm.species_constructor(promise, default)?;
    let cap =
        if !result_used && c == Value::Object(default) { Capability::None } else { vm.new_promise_capability(c)? };
    Ok(vm.perform_promise_then(promise, on_fulfilled, on_rejected, cap))
}

/// Invoke(V, "then", args) (ECMA-262 §7.3.21 with P = "then")
pub(super) fn invoke_then(vm: &mut Vm, v: Value, args: &[Value]) -> JsResult<Value> {
    let f = vm.get_value_prop(v, PropertyKey::String(vm.names.then))?;
    vm.call(f, v, args)
}

/// Invoke(nextPromise, "then", « onFulfilled, onRejected ») where the result is dropped and
/// both handlers return normally (a combinator's element functions and the resolving
/// functions of an intrinsic %Promise%'s capability: PerformPromiseAll step 4.r and its
/// twins). When `then` is this realm's %Promise.prototype.then% and SpeciesConstructor
/// gives this realm's %Promise%, the derived promise Promise.prototype.then would make
/// (NewPromiseCapability(%Promise%), step 4) is unobservable: nothing holds it, and with
/// handlers that cannot throw it could only be fulfilled with undefined, never rejected,
/// so no rejection tracker hears of it. PerformPromiseThen then runs with an undefined
/// capability, as Await does (V8's PerformPromiseAll does the same). Every observable step
/// — the `then` lookup, the `constructor` and @@species lookups — is still performed.
pub(super) fn invoke_then_unobserved(vm: &mut Vm, v: Value, on_fulfilled: Value, on_rejected: Value) -> JsResult<()> {
    let f = vm.get_value_prop(v, PropertyKey::String(vm.names.then))?;
    if let (Value::Object(then), Value::Object(promise)) = (f, v)
        && vm.intrinsics().promise_then == Some(then)
        && vm.is_promise(v)
    {
        return then_steps(vm, promise, on_fulfilled, on_rejected, false).map(|_| ());
    }
    vm.call(f, v, &[on_fulfilled, on_rejected]).map(|_| ())
}

/// Promise.prototype.catch ( onRejected ) (ECMA-262 §27.2.5.1)
fn catch(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    invoke_then(vm, cx.this, &[Value::Undefined, arg(args, 0)])
}

/// Promise.prototype.finally ( onFinally ) (ECMA-262 §27.2.5.3)
fn finally(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Value::Object(promise) = cx.this else {
        return Err(vm.type_error("Promise.prototype.finally called on a non-object"));
    };
    let default = intrinsic_promise(vm);
    let c = vm.species_constructor(promise, default)?;
    vm.root(c);
    let on_finally = arg(args, 0);
    let (then_finally, catch_finally) = if !vm.is_callable(on_finally) {
        (on_finally, on_finally)
    } else {
        let tf = vm.new_builtin_closure("", 1, then_finally_function, &[on_finally, c]);
        vm.root(Value::Object(tf));
        let cf = vm.new_builtin_closure("", 1, catch_finally_function, &[on_finally, c]);
        vm.root(Value::Object(cf));
        (Value::Object(tf), Value::Object(cf))
    };
    invoke_then(vm, cx.this, &[then_finally, catch_finally])
}

/// Then Finally Functions (ECMA-262 §27.2.5.3 step 6.a): run onFinally, wait for its
/// result, then pass the original value on.
fn then_finally_function(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    finally_step(vm, cx.callee, arg(args, 0), value_thunk)
}

/// Catch Finally Functions (ECMA-262 §27.2.5.3 step 6.c): run onFinally, wait for its
/// result, then rethrow the original reason.
fn catch_finally_function(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    finally_step(vm, cx.callee, arg(args, 0), thrower)
}

fn finally_step(vm: &mut Vm, callee: ObjId, value: Value, continuation: NativeFn) -> JsResult<Value> {
    let (on_finally, c) = match vm.native_slots(callee) {
        [f, c] => (*f, *c),
        _ => (Value::Undefined, Value::Undefined),
    };
    let result = vm.call(on_finally, Value::Undefined, &[])?;
    let p = vm.promise_resolve(c, result)?;
    vm.root(p);
    let k = vm.new_builtin_closure("", 0, continuation, &[value]);
    vm.root(Value::Object(k));
    invoke_then(vm, p, &[Value::Object(k)])
}

fn value_thunk(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(vm.native_slots(cx.callee).first().copied().unwrap_or(Value::Undefined))
}

fn thrower(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Err(vm.native_slots(cx.callee).first().copied().unwrap_or(Value::Undefined))
}

/// The `this` of a Promise static: the constructor C, which must be an object.
fn this_constructor(vm: &mut Vm, this: Value, method: &str) -> JsResult<Value> {
    if !this.is_object() {
        return Err(vm.type_error(&format!("Promise.{method} called on non-object")));
    }
    Ok(this)
}

/// Promise.resolve ( x ) (ECMA-262 §27.2.4.7)
fn promise_resolve_static(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let c = this_constructor(vm, cx.this, "resolve")?;
    vm.promise_resolve(c, arg(args, 0))
}

/// Promise.reject ( r ) (ECMA-262 §27.2.4.6)
fn promise_reject(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let c = this_constructor(vm, cx.this, "reject")?;
    let cap = vm.new_promise_capability(c)?;
    vm.capability_reject(cap, arg(args, 0))?;
    Ok(cap.promise())
}

/// Promise.withResolvers ( ) (ECMA-262 §27.2.4.9)
fn promise_with_resolvers(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let cap = vm.new_promise_capability(cx.this)?;
    vm.root(cap.promise());
    let cap = vm.capability_with_functions(cap);
    root_capability(vm, cap);
    let [_, resolve, reject] = cap.values();
    let obj = vm.new_object();
    for (name, v) in [("promise", cap.promise()), ("resolve", resolve), ("reject", reject)] {
        let k = vm.key_str(name);
        vm.create_data_property_or_throw(obj, k, v)?;
    }
    Ok(Value::Object(obj))
}

/// Promise.try ( callback, ...args ) (ECMA-262 §27.2.4.8)
fn promise_try(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let c = this_constructor(vm, cx.this, "try")?;
    let cap = vm.new_promise_capability(c)?;
    root_capability(vm, cap);
    let rest = args.get(1..).unwrap_or(&[]);
    let r = vm.call(arg(args, 0), Value::Undefined, rest);
    match vm.catchable(r)? {
        Ok(v) => vm.capability_resolve(cap, v)?,
        Err(e) => vm.capability_reject(cap, e)?,
    }
    Ok(cap.promise())
}

/// Keeps a capability's values alive while script code runs.
pub(super) fn root_capability(vm: &mut Vm, cap: Capability) {
    for v in cap.values() {
        vm.root(v);
    }
}
