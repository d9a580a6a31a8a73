//! `spindle:inspect`: the machinery's state for learners (issue 22) — `generatorState(g)`,
//! `promiseState(p)` and `pendingJobs()`, read from the engine's own records (a generator's
//! suspended frame, a promise's slots, the job queue) without running any script code.

use spindle::Value;
use spindle::jobs::PromiseState;
use spindle::object::NativeCall;
use spindle::value::ObjId;
use spindle::vm::{JsResult, Vm};

/// The module's exports object.
pub fn exports(vm: &mut Vm) -> Value {
    let o = vm.new_object();
    vm.def_method(o, "generatorState", 1, generator_state);
    vm.def_method(o, "promiseState", 1, promise_state);
    vm.def_method(o, "pendingJobs", 0, pending_jobs);
    Value::Object(o)
}

fn set(vm: &mut Vm, o: ObjId, name: &str, v: Value) -> JsResult<()> {
    let k = vm.key_str(name);
    vm.create_data_property_or_throw(o, k, v)
}

/// generatorState(g): `{ state, async, function, at, queue }` — `state` is suspendedStart,
/// suspendedYield, executing or completed; `at` the source position it is suspended at.
fn generator_state(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let arg = args.first().copied().unwrap_or(Value::Undefined);
    let info = match arg {
        Value::Object(g) => vm.inspect_generator(g),
        _ => None,
    };
    let Some(info) = info else {
        let d = vm.describe(arg);
        return Err(vm.type_error(&format!("generatorState: {d} is not a generator")));
    };
    let o = vm.new_object();
    let state = vm.string(info.state);
    set(vm, o, "state", state)?;
    set(vm, o, "async", Value::Bool(info.is_async))?;
    let function = match info.function {
        Some(f) => vm.string(&f),
        None => Value::Undefined,
    };
    set(vm, o, "function", function)?;
    let at = match info.at {
        Some(site) => vm.string(&site.location()),
        None => Value::Undefined,
    };
    set(vm, o, "at", at)?;
    if let Some(q) = info.queue {
        set(vm, o, "queue", Value::Number(q as f64))?;
    }
    Ok(Value::Object(o))
}

/// promiseState(p): `{ state, value | reason, reactions }`.
fn promise_state(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let arg = args.first().copied().unwrap_or(Value::Undefined);
    let info = match arg {
        Value::Object(p) => vm.inspect_promise(p),
        _ => None,
    };
    let Some((state, result, reactions)) = info else {
        let d = vm.describe(arg);
        return Err(vm.type_error(&format!("promiseState: {d} is not a promise")));
    };
    let o = vm.new_object();
    let name = match state {
        PromiseState::Pending => "pending",
        PromiseState::Fulfilled => "fulfilled",
        PromiseState::Rejected => "rejected",
    };
    let s = vm.string(name);
    set(vm, o, "state", s)?;
    match state {
        PromiseState::Fulfilled => set(vm, o, "value", result)?,
        PromiseState::Rejected => set(vm, o, "reason", result)?,
        PromiseState::Pending => {}
    }
    set(vm, o, "reactions", Value::Number(reactions as f64))?;
    Ok(Value::Object(o))
}

/// pendingJobs(): the queued jobs in the order they will run, `{ kind, runs }` each.
fn pending_jobs(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let jobs = vm.inspect_pending_jobs();
    let mut items = Vec::with_capacity(jobs.len());
    for (kind, label) in jobs {
        let o = vm.new_object();
        vm.root(Value::Object(o));
        let k = vm.string(kind.spec_name());
        set(vm, o, "kind", k)?;
        let r = vm.string(&label);
        set(vm, o, "runs", r)?;
        items.push(Value::Object(o));
    }
    Ok(Value::Object(vm.new_array(items)))
}
