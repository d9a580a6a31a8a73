//! The object model: object records, their kinds (ordinary and exotic) and the internal
//! methods of ECMA-262 §10.1 (ordinary) and §10.4 (exotic) objects.

pub mod internal;
pub mod property;

use crate::bytecode::Code;
use crate::value::{EnvId, ObjId, StrId, SymId, Value};
use crate::vm::{JsResult, Vm};
pub use property::{PropertyDescriptor, PropertyKey, PropertyMap, Slot};
use std::rc::Rc;

/// A native (Rust) function. `cx` gives `this`, the callee and `new.target`.
pub type NativeFn = fn(&mut Vm, &NativeCall, &[Value]) -> JsResult<Value>;

/// The receiver side of a native call.
pub struct NativeCall {
    pub this: Value,
    pub callee: ObjId,
    /// `Some` when called as a constructor ([[Construct]]).
    pub new_target: Option<ObjId>,
}

/// How a function treats `this` (ECMA-262 §10.2 [[ThisMode]]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThisMode {
    Lexical,
    Strict,
    Global,
}

/// ECMA-262 [[ConstructorKind]], plus "not a constructor".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstructorKind {
    None,
    Base,
    Derived,
}

/// An ECMAScript function object's internal slots (ECMA-262 §10.2).
pub struct FunctionData {
    pub code: Rc<Code>,
    /// [[Environment]]: the environment the closure captured (None = global only).
    pub env: Option<EnvId>,
    pub home_object: Option<ObjId>,
    pub ctor_kind: ConstructorKind,
    pub is_class_constructor: bool,
    /// Instance field/private-method initializer (a method closure run with `this`).
    pub field_init: Option<ObjId>,
    pub realm: u32,
}

/// A built-in function's slots.
pub struct NativeData {
    pub f: NativeFn,
    pub is_ctor: bool,
    pub realm: u32,
    /// Extra data the built-in needs (e.g. the promise a resolving function belongs to).
    pub slots: Vec<Value>,
}

/// A bound function exotic object's slots (ECMA-262 §10.4.1).
pub struct BoundData {
    pub target: ObjId,
    pub this: Value,
    pub args: Vec<Value>,
}

/// Mapped arguments: parameter `i` aliases `env.slots[map[i]]` while `map[i]` is Some.
pub struct MappedArguments {
    pub env: EnvId,
    pub map: Vec<Option<u32>>,
}

/// State of a for-in enumeration (ECMA-262 §14.7.5.9 EnumerateObjectProperties).
pub struct ForInState {
    pub object: Value,
    pub keys: Vec<PropertyKey>,
    pub pos: usize,
    pub visited: Vec<PropertyKey>,
}

/// Which kind of iteration an array iterator performs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IterKind {
    Keys,
    Values,
    Entries,
}

/// The object kinds; each exotic kind has its own internal method behaviour.
pub enum ObjectKind {
    Ordinary,
    /// Array exotic object (ECMA-262 §10.4.2). `length` lives here.
    Array {
        length: u32,
        length_writable: bool,
    },
    Function(Box<FunctionData>),
    Native(Box<NativeData>),
    Bound(Box<BoundData>),
    Error,
    BooleanBox(bool),
    NumberBox(f64),
    /// String exotic object (ECMA-262 §10.4.3).
    StringBox(StrId),
    SymbolBox(SymId),
    /// Unmapped (None) or mapped arguments exotic object (ECMA-262 §10.4.4).
    Arguments(Option<Box<MappedArguments>>),
    ForIn(Box<ForInState>),
    /// %ArrayIteratorPrototype% instances: iterated object (Undefined when done), next index, kind.
    ArrayIterator {
        object: Value,
        index: u32,
        kind: IterKind,
    },
    StringIterator {
        string: Value,
        index: u32,
    },
    /// Date instances: [[DateValue]] (ECMA-262 §21.4).
    Date(f64),
}

/// One heap object.
pub struct Object {
    pub proto: Option<ObjId>,
    pub extensible: bool,
    pub kind: ObjectKind,
    pub props: PropertyMap,
    /// Dense indexed data properties with default attributes; `Value::Empty` marks a hole.
    pub elements: Vec<Value>,
    /// Class constructors whose `prototype` and statics are locked get set here by the compiler.
    pub class_name: Option<StrId>,
}

impl Object {
    pub fn new(proto: Option<ObjId>, kind: ObjectKind) -> Self {
        Object { proto, extensible: true, kind, props: PropertyMap::default(), elements: Vec::new(), class_name: None }
    }
    pub fn is_callable(&self) -> bool {
        matches!(self.kind, ObjectKind::Function(_) | ObjectKind::Native(_) | ObjectKind::Bound(_))
    }
    pub fn is_array(&self) -> bool {
        matches!(self.kind, ObjectKind::Array { .. })
    }
}
