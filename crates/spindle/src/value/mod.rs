//! ECMAScript language values (ECMA-262 §6.1) as a small `Copy` enum of handles.

pub mod bigint;
pub mod conversions;
pub mod number;
pub mod packed;
pub mod string;

pub use packed::Packed;
pub use string::JsString;

/// Handle of an object in the heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

/// Handle of a string in the heap. Interned strings (property keys) compare by handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StrId(pub u32);

/// Handle of a symbol in the heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SymId(pub u32);

/// Handle of a BigInt (an arbitrary-precision integer, immutable) in the heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BigIntId(pub u32);

/// Handle of a declarative/object environment record in the heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EnvId(pub u32);

/// A JavaScript value. `Empty` is an engine-internal marker (array hole, uninitialized
/// binding in its temporal dead zone) and never escapes to script code.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum Value {
    #[default]
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    String(StrId),
    Symbol(SymId),
    BigInt(BigIntId),
    Object(ObjId),
    Empty,
    /// An environment handle held in a register (never visible to scripts).
    Env(EnvId),
}

impl Value {
    #[inline]
    pub fn is_undefined(self) -> bool {
        matches!(self, Value::Undefined)
    }
    #[inline]
    pub fn is_nullish(self) -> bool {
        matches!(self, Value::Undefined | Value::Null)
    }
    #[inline]
    pub fn as_object(self) -> Option<ObjId> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }
    #[inline]
    pub fn is_object(self) -> bool {
        matches!(self, Value::Object(_))
    }
    #[inline]
    pub fn int(i: i32) -> Value {
        Value::Number(i as f64)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}
impl From<f64> for Value {
    fn from(n: f64) -> Self {
        Value::Number(n)
    }
}
impl From<ObjId> for Value {
    fn from(o: ObjId) -> Self {
        Value::Object(o)
    }
}
impl From<StrId> for Value {
    fn from(s: StrId) -> Self {
        Value::String(s)
    }
}
