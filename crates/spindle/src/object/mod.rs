//! The object model: object records, their kinds (ordinary and exotic) and the internal
//! methods of ECMA-262 §10.1 (ordinary) and §10.4 (exotic) objects.

pub mod internal;
pub mod ordered_table;
pub mod property;
pub mod proxy;
pub mod shape;
pub mod slot_vec;
pub mod typed_array;

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

// Every object record holds one: variants larger than three words go behind a box.
const _: () = assert!(std::mem::size_of::<ObjectKind>() == 24);
// The record: the kind, the property map (two values inline), the element vector, the
// prototype's id and the extensible flag (ARCHITECTURE.md, Object model).
const _: () = assert!(std::mem::size_of::<Object>() == 72);

/// The object kinds; each exotic kind has its own internal method behaviour.
pub enum ObjectKind {
    Ordinary,
    /// Module namespace exotic object (ECMA-262 §10.4.6).
    ModuleNamespace(Box<crate::module::namespace::NamespaceData>),
    /// Array exotic object (ECMA-262 §10.4.2). `length` lives here.
    Array {
        length: u32,
        length_writable: bool,
    },
    Function(Box<FunctionData>),
    /// A built-in function, inline (no box: a realm makes ~900 of them at start-up, and a
    /// call reads `f` and `realm` without a second load). `slots` hold the values a
    /// built-in closure captures (e.g. the promise a resolving function belongs to).
    Native {
        f: NativeFn,
        is_ctor: bool,
        realm: u32,
        slots: thin_vec::ThinVec<Value>,
    },
    Bound(Box<BoundData>),
    Error,
    BooleanBox(bool),
    NumberBox(f64),
    /// String exotic object (ECMA-262 §10.4.3).
    StringBox(StrId),
    SymbolBox(SymId),
    BigIntBox(crate::value::BigIntId),
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
    /// RegExp instances once RegExpInitialize ran (ECMA-262 §22.2.3.3): [[OriginalSource]],
    /// [[OriginalFlags]] (`bits` parsed) and [[RegExpMatcher]], compiled from them and
    /// shared with every instance of the same source and flags (`builtins/regexp.rs`).
    RegExp {
        matcher: std::rc::Rc<crate::builtins::regexp::Compiled>,
        source: StrId,
        flags: StrId,
        bits: u8,
    },
    /// Date instances: [[DateValue]] (ECMA-262 §21.4).
    Date(f64),
    /// Generator instances (ECMA-262 §27.5): state and the suspended frame.
    Generator(Box<GeneratorData>),
    /// Map and Set instances: [[MapData]] / [[SetData]] (ECMA-262 §24.1, §24.2).
    Map(Box<ordered_table::OrderedTable>),
    Set(Box<ordered_table::OrderedTable>),
    /// Map and Set iterators: the collection (None once exhausted), the next position.
    CollectionIterator {
        collection: Option<ObjId>,
        position: usize,
        kind: IterKind,
        set: bool,
    },
    /// WeakMap / WeakSet instances: ephemeron tables (a WeakSet's values are undefined).
    WeakMap(Box<crate::hash::IdMap<WeakKey, Value>>),
    WeakSet(Box<crate::hash::IdMap<WeakKey, Value>>),
    /// Iterator helper objects (ECMA-262 §27.1.2.1).
    IteratorHelper(Box<crate::builtins::iterator_helpers::HelperData>),
    /// %WrapForValidIteratorPrototype% instances: [[Iterated]] (ECMA-262 §27.1.3.2.1.1).
    /// The suspended closure of an Array.fromAsync call (internal, never seen by script).
    ArrayFromAsync(Box<crate::builtins::array_from_async::FromAsyncState>),
    /// [[SyncIteratorRecord]] of an %AsyncFromSyncIteratorPrototype% object: (iterator,
    /// next method). Boxed, as the next variant, to keep `ObjectKind` (in every object) small.
    AsyncFromSyncIterator(Box<(Value, Value)>),
    WrappedIterator(Box<(Value, Value)>),
    /// Proxy exotic objects (ECMA-262 §10.5).
    Proxy(Box<ProxyData>),
    /// Promise instances (ECMA-262 §27.2.6).
    Promise(Box<crate::jobs::PromiseData>),
    /// The shared state of one Promise.all / allSettled / any call: the values (or errors)
    /// list, [[RemainingElements]] and the capability its element functions settle.
    PromiseCombinator(Box<crate::builtins::promise::CombinatorState>),
    /// WeakRef instances: [[WeakRefTarget]], None once the collector cleared it (§26.1).
    WeakRef(Option<WeakKey>),
    /// FinalizationRegistry instances (ECMA-262 §26.2).
    FinalizationRegistry(Box<FinalizationRegistryData>),
    /// ArrayBuffer instances (ECMA-262 §25.1): bytes outside the arena slot.
    ArrayBuffer(Box<crate::binary::ArrayBufferData>),
    /// SharedArrayBuffer instances (ECMA-262 §25.2): a block other agents may share.
    SharedArrayBuffer(std::sync::Arc<crate::binary::SharedBlock>),
    /// Typed arrays: integer-indexed exotic objects (ECMA-262 §10.4.5, §23.2).
    TypedArray(Box<crate::binary::TypedArrayData>),
    /// DataView instances (ECMA-262 §25.3).
    DataView(Box<crate::binary::DataViewData>),
    /// JSON.rawJSON's objects ([[IsRawJSON]], json-parse-with-source).
    RawJson,
    /// DisposableStack and AsyncDisposableStack instances (ECMA-262 §27.3, §27.4):
    /// [[DisposableState]] and [[DisposeCapability]] (`vm/dispose.rs`).
    DisposableStack {
        capability: ObjId,
        disposed: bool,
        is_async: bool,
    },
    /// Temporal objects (Temporal §2-§10): the `temporal_rs` value of their type.
    Temporal(Box<crate::builtins::temporal::TemporalSlot>),
    /// An object the host made with Rust state of its own (a TextDecoder's decoder). The
    /// collector does not look inside: the state must hold no JS values.
    HostData(Box<dyn std::any::Any>),
}

/// A FinalizationRegistry's [[Cells]] record (ECMA-262 §26.2.1.1 step 6).
pub struct FinalizationCell {
    /// [[WeakRefTarget]]; None ("empty") once the target was collected.
    pub target: Option<WeakKey>,
    /// [[HeldValue]], held strongly.
    pub held: Value,
    /// [[UnregisterToken]], held weakly.
    pub token: Option<WeakKey>,
}

/// A FinalizationRegistry's internal slots.
pub struct FinalizationRegistryData {
    pub cleanup: Value,
    pub cells: Vec<FinalizationCell>,
}

/// A proxy's internal slots; target and handler become None when it is revoked.
pub struct ProxyData {
    pub target: Option<ObjId>,
    pub handler: Option<ObjId>,
    /// Whether the proxy has [[Call]] / [[Construct]] (fixed at creation from the target).
    pub callable: bool,
    pub constructor: bool,
}

/// A key that can be held weakly (ECMA-262 §9.13 CanBeHeldWeakly).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WeakKey {
    Object(ObjId),
    Symbol(SymId),
}

/// [[GeneratorState]] (ECMA-262 §27.5.3, Table 72) and [[AsyncGeneratorState]] (§27.6.2,
/// Table 73; only async generators reach DrainingQueue).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeneratorState {
    SuspendedStart,
    SuspendedYield,
    Executing,
    DrainingQueue,
    Completed,
}

/// What a suspended-frame owner is; the brand its prototype methods check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeneratorKind {
    /// A generator object (%GeneratorPrototype%'s methods resume it).
    Sync,
    /// The internal owner of an async function's frame (never visible to script code).
    AsyncFunction,
    /// An async generator object, with its request queue.
    Async,
}

/// An AsyncGeneratorRequest Record (ECMA-262 §27.6.3.1): a next/throw/return call waiting
/// for its turn; `promise` is its capability's promise (always an intrinsic %Promise%).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AsyncGeneratorRequest {
    pub mode: ResumeMode,
    pub value: Value,
    pub promise: ObjId,
}

/// Where an async generator's `yield*` stands between resumptions (ECMA-262 §15.5.5 with
/// generatorKind async): each Await inside the delegation suspends the frame at the
/// `yield*` instruction, which runs again with the settled value in `received`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YieldStarPhase {
    /// Next step: `received` is the resumption of the last AsyncGeneratorYield (or nothing).
    Step,
    /// Awaiting the result of the inner iterator's next/throw/return (the mode it answers).
    AwaitInner(ResumeMode),
    /// Awaiting the inner return() called because the inner iterator has no throw().
    AwaitClose,
    /// Awaiting the value the generator then returns.
    AwaitReturn,
}

/// How a suspended generator frame continues when resumed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResumePoint {
    /// After GeneratorStart: the body has not started.
    Start,
    /// After `yield`: next(v) puts v in register `dst`.
    Yield { dst: u16 },
    /// After `await`: the settled value goes to register `dst` (a rejection throws there).
    Await { dst: u16 },
    /// At a `yield*` step, which runs again with the resumption in `GeneratorData::received`.
    YieldStar,
}

/// How a generator is resumed: next(v), throw(e) or return(v) (the completion type).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResumeMode {
    Next,
    Throw,
    Return,
}

/// A generator frame while it is not running: the frame record as the frame stack held it
/// (moved in whole; on resumption rebuilt from it field by field with a new `base`, `ret`
/// and `caller_realm`, `Vm::restore_generator_frame`), the
/// point it resumes at and the realm it runs in. Its registers are in
/// [`GeneratorData::regs`]: `yield` copies the live window there and `next` copies it back
/// (the guide's "suspended heap frame").
pub struct SuspendedFrame {
    pub frame: crate::vm::Frame,
    pub resume: ResumePoint,
    pub realm: u32,
}

impl SuspendedFrame {
    /// Where execution continues (see `resume`).
    pub fn pc(&self) -> u32 {
        self.frame.pc()
    }
}

/// A generator object's internal slots.
pub struct GeneratorData {
    pub state: GeneratorState,
    /// Present while suspended.
    pub frame: Option<SuspendedFrame>,
    /// The resumption a `yield*` step has not consumed yet.
    pub received: Option<(ResumeMode, Value)>,
    /// The suspended frame's registers as the register file stores them (`Packed` bits);
    /// while the frame runs, the buffer kept for its next suspension (its contents then
    /// mean nothing), so a round trip allocates nothing.
    pub regs: Vec<u64>,
    /// Resumed inline by a `next()` call from bytecode: yields and the final return still
    /// produce iterator result objects (a for-of resumption hands over bare values).
    pub wrap_results: bool,
    /// Set while the generator this frame's `yield*` delegates to runs inline above it
    /// (`Vm::delegate_inline`): the `yield*` step that runs next reads the delegate's result
    /// from its result register instead of calling `next` again.
    pub delegate_result: bool,
    /// Resumed inline by a delegating `yield*` (its frame sits right above the delegator's):
    /// a yield of it may suspend the delegators below at once (`suspend_waiting_delegators`).
    pub resumed_by_delegator: bool,
    pub kind: GeneratorKind,
    /// Present for async generators only (kept out of line: most generators are not).
    pub async_slots: Option<Box<AsyncGeneratorSlots>>,
    /// The promise of an async function (its frame owner's only extra slot).
    pub async_promise: Option<ObjId>,
    /// The tracer's activation id (0 until a trace sees it).
    pub trace_id: u32,
}

/// An async generator's own slots.
pub struct AsyncGeneratorSlots {
    /// [[AsyncGeneratorQueue]]
    pub queue: std::collections::VecDeque<AsyncGeneratorRequest>,
    pub yield_star: YieldStarPhase,
}

/// One heap object.
pub struct Object {
    /// [[Prototype]]'s id, [`NO_PROTO`] for null: read through [`Object::proto`]. A plain
    /// `u32` (an `Option<ObjId>` is a tag word and an id): with `extensible` it fills one
    /// 8-byte word, and the record is 72 bytes instead of 80.
    proto: u32,
    pub extensible: bool,
    pub kind: ObjectKind,
    pub props: PropertyMap,
    /// Dense indexed data properties with default attributes; `Value::Empty` marks a hole.
    /// Packed (8 bytes an element: `value/packed.rs`).
    pub elements: thin_vec::ThinVec<crate::value::Packed>,
}

/// [`Object::proto`] of an object whose [[Prototype]] is null. No object id is this large:
/// ids index the object arena, and 2^32 - 1 records would take 300 GB.
const NO_PROTO: u32 = u32::MAX;

#[inline(always)]
fn proto_id(proto: Option<ObjId>) -> u32 {
    proto.map_or(NO_PROTO, |p| p.0)
}

impl Object {
    /// [[Prototype]] (None for null).
    #[inline(always)]
    pub fn proto(&self) -> Option<ObjId> {
        if self.proto == NO_PROTO { None } else { Some(ObjId(self.proto)) }
    }

    /// An extensible object made whole from its parts (an array literal's: elements and
    /// named properties known from the start). For a record whose map or elements are known
    /// when it is made, this rather than `Object::new` and an assignment: the assignment
    /// drops the default map first, a call on every iterator result and closure
    /// (gen-next-pingpong −2.6 % instructions).
    #[inline(always)]
    pub fn with_parts(
        proto: Option<ObjId>,
        kind: ObjectKind,
        props: PropertyMap,
        elements: thin_vec::ThinVec<crate::value::Packed>,
    ) -> Self {
        Object { proto: proto_id(proto), extensible: true, kind, props, elements }
    }

    /// Sets [[Prototype]] (the internal slot; OrdinarySetPrototypeOf's checks are the caller's).
    #[inline(always)]
    pub fn set_proto(&mut self, proto: Option<ObjId>) {
        self.proto = proto_id(proto);
    }

    /// Dense element `i` as a value (None past the end; a hole is `Value::Empty`).
    #[inline]
    pub fn element(&self, i: usize) -> Option<Value> {
        self.elements.get(i).map(|v| v.get())
    }

    /// The dense elements as values.
    pub fn element_values(&self) -> Vec<Value> {
        self.elements.iter().map(|v| v.get()).collect()
    }

    /// Replaces dense element `i`; false past the end.
    pub fn set_element(&mut self, i: usize, v: Value) -> bool {
        match self.elements.get_mut(i) {
            Some(slot) => {
                *slot = crate::value::Packed::new(v);
                true
            }
            None => false,
        }
    }

    pub fn new(proto: Option<ObjId>, kind: ObjectKind) -> Self {
        // Proxies and module namespaces answer named lookups with their own internal
        // methods: their (unused) maps stay in dictionary mode, which no inline cache trusts.
        let props = match kind {
            ObjectKind::Proxy(_) | ObjectKind::ModuleNamespace(_) => PropertyMap::dictionary(),
            _ => PropertyMap::default(),
        };
        Object::with_parts(proto, kind, props, thin_vec::ThinVec::new())
    }

    /// Bytes this object owns on the Rust heap beyond its arena slot: property map, element
    /// vector and the out-of-line data of its kind (by capacity). The collector sums these
    /// for its live-heap figure; growth between collections is charged where it happens.
    /// Always inlined: the marking loop calls it once per live object (as a call, Splay's
    /// run took 1.6 % more instructions).
    #[inline(always)]
    pub fn owned_bytes(&self) -> usize {
        use std::mem::size_of;
        let v = size_of::<Value>();
        let mut n = self.props.heap_bytes() + self.elements.capacity() * size_of::<crate::value::Packed>();
        n += match &self.kind {
            ObjectKind::Function(_) => size_of::<FunctionData>(),
            // A ThinVec's block: its header (length and capacity) before the values; an
            // empty one points at a shared header and owns nothing.
            ObjectKind::Native { slots, .. } if slots.capacity() > 0 => 2 * size_of::<usize>() + slots.capacity() * v,
            ObjectKind::Native { .. } => 0,
            ObjectKind::Bound(d) => size_of::<BoundData>() + d.args.capacity() * v,
            ObjectKind::Arguments(Some(m)) => size_of::<MappedArguments>() + m.map.capacity() * 8,
            ObjectKind::ForIn(f) => {
                size_of::<ForInState>() + (f.keys.capacity() + f.visited.capacity()) * size_of::<PropertyKey>()
            }
            ObjectKind::Generator(g) => {
                let packed = size_of::<crate::value::Packed>();
                let mut n = size_of::<GeneratorData>() + g.regs.capacity() * packed;
                if let Some(s) = &g.async_slots {
                    n += size_of::<AsyncGeneratorSlots>() + s.queue.capacity() * size_of::<AsyncGeneratorRequest>();
                }
                n
            }
            ObjectKind::Map(t) | ObjectKind::Set(t) => size_of::<ordered_table::OrderedTable>() + t.heap_bytes(),
            ObjectKind::WeakMap(t) | ObjectKind::WeakSet(t) => t.capacity() * (size_of::<(WeakKey, Value)>() + 1),
            ObjectKind::IteratorHelper(d) => {
                size_of::<crate::builtins::iterator_helpers::HelperData>() + d.heap_bytes()
            }
            ObjectKind::ArrayFromAsync(_) => size_of::<crate::builtins::array_from_async::FromAsyncState>(),
            ObjectKind::Proxy(_) => size_of::<ProxyData>(),
            ObjectKind::Promise(d) => size_of::<crate::jobs::PromiseData>() + d.owned_bytes(),
            ObjectKind::PromiseCombinator(c) => {
                size_of::<crate::builtins::promise::CombinatorState>() + c.values.capacity() * v
            }
            ObjectKind::FinalizationRegistry(r) => {
                size_of::<FinalizationRegistryData>() + r.cells.capacity() * size_of::<FinalizationCell>()
            }
            ObjectKind::ArrayBuffer(d) => {
                size_of::<crate::binary::ArrayBufferData>() + d.bytes.as_ref().map_or(0, Vec::capacity)
            }
            // Counted by every heap holding the block (an agent's limit covers what it can reach).
            ObjectKind::SharedArrayBuffer(b) => b.capacity(),
            ObjectKind::TypedArray(_) => size_of::<crate::binary::TypedArrayData>(),
            ObjectKind::DataView(_) => size_of::<crate::binary::DataViewData>(),
            ObjectKind::Temporal(_) => size_of::<crate::builtins::temporal::TemporalSlot>(),
            ObjectKind::RegExp { matcher, .. } => matcher.charged_bytes(),
            _ => 0,
        };
        n
    }
    pub fn is_callable(&self) -> bool {
        match &self.kind {
            ObjectKind::Function(_) | ObjectKind::Native { .. } | ObjectKind::Bound(_) => true,
            ObjectKind::Proxy(p) => p.callable,
            _ => false,
        }
    }
    pub fn is_proxy(&self) -> bool {
        matches!(self.kind, ObjectKind::Proxy(_))
    }
    pub fn is_array(&self) -> bool {
        matches!(self.kind, ObjectKind::Array { .. })
    }
}
#[cfg(test)]
mod size_probe {
    #[test]
    fn print_sizes() {
        use std::mem::size_of;
        println!(
            "Object {} ObjectKind {} PropertyMap {} Value {} Option<Object> {}",
            size_of::<super::Object>(),
            size_of::<super::ObjectKind>(),
            size_of::<super::PropertyMap>(),
            size_of::<crate::value::Value>(),
            size_of::<Option<super::Object>>()
        );
    }
}
