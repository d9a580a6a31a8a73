//! Values across the boundary: [`Global`], a handle the host may keep as long as it likes
//! (across awaits too), and the typed conversions [`FromJs`] and [`IntoJs`].
//!
//! A JavaScript value lives in the engine's heap and moves when nothing refers to it any
//! more; Rust code therefore never holds a bare `Value` across a call into script. A
//! `Global` is a persistent root: the collector keeps its value alive until the last clone
//! of the handle is dropped. Dropping needs no engine: the handle goes to a queue the
//! runtime empties before its next use. A `Global` is `Send + Sync` (it may sit in a
//! multi-threaded application's state, or travel back to its runtime in a posted task),
//! but only its own runtime can read it: any other gets a TypeError.

use crate::host::with_runtime;
use spindle::Value;
use spindle::jobs::Persistent;
use spindle::value::ObjId;
use spindle::vm::{JsResult, Vm};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// Handles dropped since the runtime last released them.
#[derive(Default)]
pub struct ReleaseQueue {
    dropped: Mutex<Vec<Persistent>>,
    /// Whether `dropped` may be non-empty: the runtime looks without locking.
    any: AtomicBool,
}

impl ReleaseQueue {
    /// Unpersists every handle dropped so far.
    pub fn release(&self, vm: &mut Vm) {
        if !self.any.swap(false, Ordering::Acquire) {
            return;
        }
        let dropped = std::mem::take(&mut *self.dropped.lock().unwrap_or_else(|e| e.into_inner()));
        for handle in dropped {
            vm.unpersist(handle);
        }
    }
}

struct Root {
    handle: Persistent,
    queue: Arc<ReleaseQueue>,
}

impl Drop for Root {
    fn drop(&mut self) {
        self.queue.dropped.lock().unwrap_or_else(|e| e.into_inner()).push(self.handle);
        self.queue.any.store(true, Ordering::Release);
    }
}

/// A JavaScript value held by Rust code: the collector keeps it alive until the last clone
/// is dropped. Only the runtime that made it can read it.
#[derive(Clone)]
pub struct Global(Arc<Root>);

impl Global {
    /// Roots `value` in `vm` (an engine made by the runtime).
    pub fn new(vm: &mut Vm, value: Value) -> Global {
        let queue = with_runtime(vm, |_, h| h.releases.clone());
        Global::in_queue(vm, value, queue)
    }

    /// [`Global::new`] for a caller that has the runtime's release queue at hand.
    pub(crate) fn in_queue(vm: &mut Vm, value: Value, queue: Arc<ReleaseQueue>) -> Global {
        let handle = vm.persist(value);
        Global(Arc::new(Root { handle, queue }))
    }

    /// The value, if this handle belongs to `vm`'s runtime (a TypeError otherwise).
    pub fn value(&self, vm: &mut Vm) -> JsResult<Value> {
        let queue = with_runtime(vm, |_, h| h.releases.clone());
        self.value_in(vm, &queue)
    }

    /// [`Global::value`] given the runtime's release queue (which identifies it).
    pub(crate) fn value_in(&self, vm: &mut Vm, queue: &Arc<ReleaseQueue>) -> JsResult<Value> {
        if !Arc::ptr_eq(queue, &self.0.queue) {
            return Err(vm.type_error("a Global handle was used with a runtime other than the one that made it"));
        }
        Ok(vm.persistent(self.0.handle))
    }
}

impl std::fmt::Debug for Global {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Global(..)")
    }
}

/// A Rust value made from a JavaScript one. The conversions are strict, as a typed
/// signature should be: a number for `f64`, an integral number in range for the integer
/// types, a string for `String`; anything else is a TypeError (or RangeError) thrown to the
/// caller. `Option` accepts `undefined` and `null` as `None`.
pub trait FromJs: Sized {
    fn from_js(vm: &mut Vm, value: Value) -> JsResult<Self>;
}

/// A JavaScript value made from a Rust one. `Result::Err(JsError)` converts by throwing it.
pub trait IntoJs {
    fn into_js(self, vm: &mut Vm) -> JsResult<Value>;
}

fn expected(vm: &mut Vm, what: &str, got: Value) -> Value {
    let got = vm.describe(got);
    vm.type_error(&format!("expected {what}, got {got}"))
}

impl FromJs for Global {
    fn from_js(vm: &mut Vm, value: Value) -> JsResult<Self> {
        Ok(Global::new(vm, value))
    }
}

impl FromJs for () {
    fn from_js(_vm: &mut Vm, _value: Value) -> JsResult<Self> {
        Ok(())
    }
}

impl FromJs for bool {
    fn from_js(vm: &mut Vm, value: Value) -> JsResult<Self> {
        match value {
            Value::Bool(b) => Ok(b),
            v => Err(expected(vm, "a boolean", v)),
        }
    }
}

impl FromJs for f64 {
    fn from_js(vm: &mut Vm, value: Value) -> JsResult<Self> {
        match value {
            Value::Number(n) => Ok(n),
            v => Err(expected(vm, "a number", v)),
        }
    }
}

macro_rules! integer_from_js {
    ($($t:ty),*) => {$(
        impl FromJs for $t {
            fn from_js(vm: &mut Vm, value: Value) -> JsResult<Self> {
                let n = f64::from_js(vm, value)?;
                if n.fract() != 0.0 || !n.is_finite() || n < <$t>::MIN as f64 || n > <$t>::MAX as f64 {
                    let what = concat!("an integer in the range of ", stringify!($t));
                    return Err(vm.range_error(&format!("expected {what}, got {}", vm.describe(value))));
                }
                Ok(n as $t)
            }
        }
    )*};
}
integer_from_js!(i32, u32, i64, u64, usize);

impl FromJs for String {
    fn from_js(vm: &mut Vm, value: Value) -> JsResult<Self> {
        match value {
            Value::String(s) => Ok(vm.rust_string(s)),
            v => Err(expected(vm, "a string", v)),
        }
    }
}

impl<T: FromJs> FromJs for Option<T> {
    fn from_js(vm: &mut Vm, value: Value) -> JsResult<Self> {
        match value {
            Value::Undefined | Value::Null => Ok(None),
            v => T::from_js(vm, v).map(Some),
        }
    }
}

/// An array's elements, each converted (holes read as `undefined`).
impl<T: FromJs> FromJs for Vec<T> {
    fn from_js(vm: &mut Vm, value: Value) -> JsResult<Self> {
        let Value::Object(o) = value else { return Err(expected(vm, "an array", value)) };
        if !vm.is_array(value)? {
            return Err(expected(vm, "an array", value));
        }
        let len = vm.length_of_array_like(o)?;
        let mut out = Vec::with_capacity((len as usize).min(1 << 16));
        for i in 0..len as u64 {
            let key = vm.to_property_key(Value::Number(i as f64))?;
            let v = vm.get(o, key, value)?;
            out.push(T::from_js(vm, v)?);
        }
        Ok(out)
    }
}

/// An object's own enumerable string-keyed properties, each value converted.
impl<T: FromJs> FromJs for HashMap<String, T> {
    fn from_js(vm: &mut Vm, value: Value) -> JsResult<Self> {
        let Value::Object(o) = value else { return Err(expected(vm, "an object", value)) };
        let mut out = HashMap::new();
        for (key, v) in enumerable_entries(vm, o)? {
            out.insert(key, T::from_js(vm, v)?);
        }
        Ok(out)
    }
}

/// EnumerableOwnProperties(o, key+value) with the keys as Rust strings. The entries stay
/// rooted until the caller's scope ends: converting one may run script (getters) that
/// would otherwise let the collector take the values not converted yet.
fn enumerable_entries(vm: &mut Vm, o: ObjId) -> JsResult<Vec<(String, Value)>> {
    let pairs = spindle::builtins::object::enumerable_own_properties(vm, o, 2)?;
    let mut out = Vec::with_capacity(pairs.len());
    for pair in pairs {
        let Value::Object(a) = pair else { continue };
        let (Some(key), Some(value)) = (vm.obj(a).element(0), vm.obj(a).element(1)) else { continue };
        out.push((vm.to_rust_string(key)?, value));
    }
    Ok(out)
}

/// JSON-like data: `null`/`undefined` as Null, booleans, numbers (non-finite ones as
/// Null, as JSON.stringify writes them), strings, arrays, and other objects by their own
/// enumerable string keys. Cycles and nesting deeper than 1000 are errors.
impl FromJs for serde_json::Value {
    fn from_js(vm: &mut Vm, value: Value) -> JsResult<Self> {
        json_from_js(vm, value, &mut Vec::new())
    }
}

fn json_from_js(vm: &mut Vm, value: Value, seen: &mut Vec<ObjId>) -> JsResult<serde_json::Value> {
    use serde_json::Value as J;
    Ok(match value {
        Value::Undefined | Value::Null | Value::Empty | Value::Env(_) => J::Null,
        Value::Bool(b) => J::Bool(b),
        // Integral numbers in the safe range become JSON integers, as JSON.stringify
        // writes them (1, not 1.0).
        Value::Number(n) if n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0 => J::Number((n as i64).into()),
        Value::Number(n) => serde_json::Number::from_f64(n).map_or(J::Null, J::Number),
        Value::String(s) => J::String(vm.rust_string(s)),
        Value::Symbol(_) | Value::BigInt(_) => return Err(expected(vm, "JSON-like data", value)),
        Value::Object(o) => {
            if seen.contains(&o) {
                return Err(vm.type_error("cannot convert a cyclic structure to JSON data"));
            }
            if seen.len() >= 1000 {
                return Err(vm.range_error("JSON data nested deeper than 1000 levels"));
            }
            seen.push(o);
            let out = if vm.is_array(value)? {
                let len = vm.length_of_array_like(o)?;
                let mut items = Vec::new();
                for i in 0..len as u64 {
                    let key = vm.to_property_key(Value::Number(i as f64))?;
                    let v = vm.get(o, key, value)?;
                    items.push(json_from_js(vm, v, seen)?);
                }
                J::Array(items)
            } else {
                let mut map = serde_json::Map::new();
                for (key, v) in enumerable_entries(vm, o)? {
                    map.insert(key, json_from_js(vm, v, seen)?);
                }
                J::Object(map)
            };
            seen.pop();
            out
        }
    })
}

impl IntoJs for Global {
    fn into_js(self, vm: &mut Vm) -> JsResult<Value> {
        self.value(vm)
    }
}

impl IntoJs for &Global {
    fn into_js(self, vm: &mut Vm) -> JsResult<Value> {
        self.value(vm)
    }
}

impl IntoJs for () {
    fn into_js(self, _vm: &mut Vm) -> JsResult<Value> {
        Ok(Value::Undefined)
    }
}

impl IntoJs for bool {
    fn into_js(self, _vm: &mut Vm) -> JsResult<Value> {
        Ok(Value::Bool(self))
    }
}

macro_rules! number_into_js {
    ($($t:ty),*) => {$(
        impl IntoJs for $t {
            fn into_js(self, _vm: &mut Vm) -> JsResult<Value> {
                Ok(Value::Number(self as f64))
            }
        }
    )*};
}
number_into_js!(f64, f32, i32, u32, i64, u64, usize);

impl IntoJs for String {
    fn into_js(self, vm: &mut Vm) -> JsResult<Value> {
        Ok(vm.string(&self))
    }
}

impl IntoJs for &str {
    fn into_js(self, vm: &mut Vm) -> JsResult<Value> {
        Ok(vm.string(self))
    }
}

impl<T: IntoJs> IntoJs for Option<T> {
    fn into_js(self, vm: &mut Vm) -> JsResult<Value> {
        match self {
            Some(v) => v.into_js(vm),
            None => Ok(Value::Undefined),
        }
    }
}

impl<T: IntoJs> IntoJs for Vec<T> {
    fn into_js(self, vm: &mut Vm) -> JsResult<Value> {
        let mut items = Vec::with_capacity(self.len());
        for item in self {
            items.push(item.into_js(vm)?);
        }
        Ok(Value::Object(vm.new_array(items)))
    }
}

impl<T: IntoJs> IntoJs for HashMap<String, T> {
    fn into_js(self, vm: &mut Vm) -> JsResult<Value> {
        let o = vm.new_object();
        for (k, v) in self {
            let v = v.into_js(vm)?;
            let key = vm.key_str(&k);
            vm.create_data_property(o, key, v)?;
        }
        Ok(Value::Object(o))
    }
}

impl IntoJs for serde_json::Value {
    fn into_js(self, vm: &mut Vm) -> JsResult<Value> {
        use serde_json::Value as J;
        Ok(match self {
            J::Null => Value::Null,
            J::Bool(b) => Value::Bool(b),
            J::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
            J::String(s) => vm.string(&s),
            J::Array(items) => return items.into_js(vm),
            J::Object(map) => {
                let o = vm.new_object();
                for (k, v) in map {
                    let v = v.into_js(vm)?;
                    let key = vm.key_str(&k);
                    vm.create_data_property(o, key, v)?;
                }
                Value::Object(o)
            }
        })
    }
}

impl<T: IntoJs> IntoJs for Result<T, super::JsError> {
    fn into_js(self, vm: &mut Vm) -> JsResult<Value> {
        match self {
            Ok(v) => v.into_js(vm),
            Err(e) => Err(e.into_thrown(vm)),
        }
    }
}

/// A host function's parameters, from the call's arguments (missing ones read as
/// `undefined`): a tuple of [`FromJs`] types, or a `Vec` for any number of them.
pub trait FromJsArgs: Sized {
    fn from_js_args(vm: &mut Vm, args: &[Value]) -> JsResult<Self>;
}

/// The arguments of a call into JavaScript: a tuple of [`IntoJs`] values, or a `Vec`.
pub trait IntoJsArgs {
    fn into_js_args(self, vm: &mut Vm) -> JsResult<Vec<Value>>;
}

impl<T: FromJs> FromJsArgs for Vec<T> {
    fn from_js_args(vm: &mut Vm, args: &[Value]) -> JsResult<Self> {
        args.iter().map(|&a| T::from_js(vm, a)).collect()
    }
}

impl<T: IntoJs> IntoJsArgs for Vec<T> {
    fn into_js_args(self, vm: &mut Vm) -> JsResult<Vec<Value>> {
        self.into_iter().map(|a| a.into_js(vm)).collect()
    }
}

macro_rules! tuple_args {
    ($(($($t:ident $i:tt),*)),*) => {$(
        impl<$($t: FromJs),*> FromJsArgs for ($($t,)*) {
            #[allow(unused_variables)]
            fn from_js_args(vm: &mut Vm, args: &[Value]) -> JsResult<Self> {
                Ok(($($t::from_js(vm, args.get($i).copied().unwrap_or(Value::Undefined))?,)*))
            }
        }
        impl<$($t: IntoJs),*> IntoJsArgs for ($($t,)*) {
            #[allow(unused_variables)]
            fn into_js_args(self, vm: &mut Vm) -> JsResult<Vec<Value>> {
                Ok(vec![$(self.$i.into_js(vm)?),*])
            }
        }
    )*};
}
tuple_args!((), (A 0), (A 0, B 1), (A 0, B 1, C 2), (A 0, B 1, C 2, D 3), (A 0, B 1, C 2, D 3, E 4));
