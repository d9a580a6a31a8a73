//! StructuredSerializeInternal and StructuredSerializeWithTransfer (HTML §2.7.3, §2.7.5).

use super::{CloneError, Entry, Key, MAX_DEPTH, Record, Serialized, Text};
use crate::hash::IdMap;
use crate::object::ObjectKind;
use crate::object::property::PropertyKey;
use crate::value::{ObjId, Value};
use crate::vm::{ErrorType, JsResult, Vm};

/// The state of one serialization: HTML's memory (object → record index) and the records.
/// HTML's "memory": the objects serialized so far and their records' indices. The first
/// few sit in an inline array (a message is usually one object or a handful: building a
/// hash table for it was an allocation per message); past that, a hash map holds them all,
/// so a large graph stays linear.
#[derive(Default)]
struct Memory {
    small: [(u32, u32); Memory::SMALL],
    len: usize,
    map: Option<IdMap<ObjId, usize>>,
}

impl Memory {
    const SMALL: usize = 8;

    fn get(&self, o: ObjId) -> Option<usize> {
        match &self.map {
            Some(m) => m.get(&o).copied(),
            None => self.small[..self.len].iter().find(|(id, _)| *id == o.0).map(|&(_, i)| i as usize),
        }
    }

    fn contains_key(&self, o: ObjId) -> bool {
        self.get(o).is_some()
    }

    fn insert(&mut self, o: ObjId, i: usize) {
        if let Some(m) = &mut self.map {
            m.insert(o, i);
            return;
        }
        if self.len < Self::SMALL && u32::try_from(i).is_ok() {
            self.small[self.len] = (o.0, i as u32);
            self.len += 1;
            return;
        }
        let mut m: IdMap<ObjId, usize> =
            self.small[..self.len].iter().map(|&(id, j)| (ObjId(id), j as usize)).collect();
        m.insert(o, i);
        self.map = Some(m);
    }
}

struct Serializer<'h> {
    memory: Memory,
    records: Vec<Record>,
    depth: usize,
    host: Option<&'h mut dyn super::HostTransfer>,
    /// What the host's transfer and serialization steps gave (`Record::Host` indexes here).
    host_data: Vec<Box<dyn std::any::Any + Send>>,
    /// The code units of string entries and keys (`Serialized::text`).
    text: Vec<u16>,
}

/// StructuredSerialize ( value ) (HTML §2.7.4)
pub fn structured_serialize(vm: &mut Vm, value: Value) -> Result<Serialized, CloneError> {
    structured_serialize_with_transfer(vm, value, &[])
}

/// StructuredSerializeWithTransfer ( value, transferList ) (HTML §2.7.5), for the
/// transferables the engine knows (ArrayBuffers). Each transferred buffer gets a record
/// first, so the value's references to it become back-references; after the value is
/// serialized the buffers are detached and their bytes moved into their records. As in
/// HTML (and Node 24; Node 20 sent an empty buffer), a buffer already detached cannot be
/// transferred: a DataCloneError.
pub fn structured_serialize_with_transfer(
    vm: &mut Vm,
    value: Value,
    transfer_list: &[ObjId],
) -> Result<Serialized, CloneError> {
    let mark = vm.roots.len();
    let r = serialize_with_transfer(vm, value, transfer_list, None);
    vm.roots.truncate(mark);
    r
}

/// StructuredSerializeWithTransfer with the host's transferable objects as well: the
/// transfer list may hold ArrayBuffers and objects `host` can transfer, whose transfer
/// steps run after the value serialized (so a failure leaves them untouched).
pub fn structured_serialize_with_host(
    vm: &mut Vm,
    value: Value,
    transfer_list: &[ObjId],
    host: &mut dyn super::HostTransfer,
) -> Result<Serialized, CloneError> {
    let mark = vm.roots.len();
    let r = serialize_with_transfer(vm, value, transfer_list, Some(host));
    vm.roots.truncate(mark);
    r
}

fn serialize_with_transfer(
    vm: &mut Vm,
    value: Value,
    transfer_list: &[ObjId],
    host: Option<&mut dyn super::HostTransfer>,
) -> Result<Serialized, CloneError> {
    let mut s = Serializer {
        memory: Memory::default(),
        records: Vec::new(),
        depth: 0,
        host,
        host_data: Vec::new(),
        text: Vec::new(),
    };
    let mut host_objects = Vec::new();
    for &t in transfer_list {
        vm.root(Value::Object(t));
        if s.memory.contains_key(t) {
            let name = interface_name(vm, t);
            return Err(CloneError::DataClone(format!("Transfer list contains duplicate {name}")));
        }
        if let Some(h) = s.host.as_deref_mut()
            && !matches!(vm.obj(t).kind, ObjectKind::ArrayBuffer(_))
            && h.can_transfer(vm, t)
        {
            // Its slot in the host's data is filled by the transfer steps, after the value.
            s.memory.insert(t, s.records.len());
            s.records.push(Record::Host(s.host_data.len()));
            host_objects.push((t, s.host_data.len()));
            s.host_data.push(Box::new(()));
            continue;
        }
        let max_byte_length = match &vm.obj(t).kind {
            ObjectKind::ArrayBuffer(d) if d.bytes.is_none() => {
                return Err(CloneError::DataClone("An ArrayBuffer is detached and could not be transferred.".into()));
            }
            ObjectKind::ArrayBuffer(d) => d.max_byte_length,
            _ => {
                let shown = no_side_effects_to_string(vm, Value::Object(t));
                return Err(CloneError::DataClone(format!("{shown} could not be transferred.")));
            }
        };
        s.memory.insert(t, s.records.len());
        s.records.push(Record::ArrayBuffer { bytes: Vec::new(), max_byte_length });
    }
    let root = s.serialize(vm, value)?;
    for (i, &t) in transfer_list.iter().enumerate() {
        if !matches!(s.records[i], Record::ArrayBuffer { .. }) {
            continue;
        }
        let bytes = vm.detach_array_buffer(t).map_err(CloneError::Thrown)?;
        if let Record::ArrayBuffer { bytes: b, .. } = &mut s.records[i] {
            *b = bytes;
        }
    }
    if let Some(h) = s.host {
        for (t, slot) in host_objects {
            s.host_data[slot] = h.transfer(vm, t).map_err(CloneError::Thrown)?;
        }
    }
    Ok(Serialized { records: s.records, root, host: s.host_data, text: s.text })
}

/// The interface an object belongs to, for messages: "ArrayBuffer", or the
/// `Symbol.toStringTag` data property found on its prototype chain (no getter runs).
fn interface_name(vm: &Vm, o: ObjId) -> String {
    if matches!(vm.obj(o).kind, ObjectKind::ArrayBuffer(_)) {
        return "ArrayBuffer".into();
    }
    let key = crate::object::property::PropertyKey::Symbol(vm.sym.to_string_tag);
    let mut current = Some(o);
    for _ in 0..64 {
        let Some(c) = current else { break };
        if let Some(p) = vm.obj(c).props.get(key) {
            if let crate::object::property::Slot::Data(Value::String(tag)) = p.slot {
                return String::from_utf16_lossy(vm.heap.str(tag));
            }
            break;
        }
        current = vm.obj(c).proto();
    }
    "object".into()
}

fn thrown<T>(r: JsResult<T>) -> Result<T, CloneError> {
    r.map_err(CloneError::Thrown)
}

fn units(vm: &Vm, v: Value) -> Vec<u16> {
    match v {
        Value::String(s) => vm.heap.str(s).to_vec(),
        _ => Vec::new(),
    }
}

impl Serializer<'_> {
    /// Adds `record` for object `o` to memory; returns its index.
    fn remember(&mut self, vm: &mut Vm, o: ObjId, record: Record) -> usize {
        // Memory holds the object until the serialization ends, so that a getter dropping
        // the last reference cannot let its handle be reused for another object.
        vm.root(Value::Object(o));
        let i = self.records.len();
        self.records.push(record);
        self.memory.insert(o, i);
        i
    }

    /// StructuredSerializeInternal ( value, forStorage, memory ) (HTML §2.7.3).
    fn serialize(&mut self, vm: &mut Vm, value: Value) -> Result<Entry, CloneError> {
        // Steps 2-4: primitives.
        let o = match value {
            Value::Undefined | Value::Empty | Value::Env(_) => return Ok(Entry::Undefined),
            Value::Null => return Ok(Entry::Null),
            Value::Bool(b) => return Ok(Entry::Bool(b)),
            Value::Number(n) => return Ok(Entry::Number(n)),
            Value::String(s) => return Ok(Entry::String(Text::push(&mut self.text, vm.heap.str(s)))),
            Value::BigInt(b) => return Ok(Entry::BigInt(vm.heap.bigint(b).clone())),
            Value::Symbol(_) => return Err(data_clone_error(vm, value)),
            Value::Object(o) => o,
        };
        // Step 1: an object met before is a back-reference.
        if let Some(i) = self.memory.get(o) {
            return Ok(Entry::Ref(i));
        }
        if self.depth >= MAX_DEPTH {
            return Err(CloneError::Thrown(vm.range_error("Maximum call stack size exceeded")));
        }
        self.depth += 1;
        let r = stacker::maybe_grow(64 << 10, 1 << 20, || self.serialize_object(vm, o));
        self.depth -= 1;
        r.map(Entry::Ref)
    }

    /// Steps 5-26 for an object not in memory yet; returns its record's index.
    fn serialize_object(&mut self, vm: &mut Vm, o: ObjId) -> Result<usize, CloneError> {
        let record = match &vm.obj(o).kind {
            ObjectKind::BooleanBox(b) => Record::Boolean(*b),
            ObjectKind::NumberBox(n) => Record::Number(*n),
            ObjectKind::BigIntBox(b) => Record::BigInt(vm.heap.bigint(*b).clone()),
            ObjectKind::StringBox(s) => Record::String(vm.heap.str(*s).to_vec()),
            ObjectKind::Date(t) => Record::Date(*t),
            ObjectKind::ArrayBuffer(d) => match &d.bytes {
                Some(bytes) => Record::ArrayBuffer { bytes: bytes.clone(), max_byte_length: d.max_byte_length },
                None => {
                    return Err(CloneError::DataClone("An ArrayBuffer is detached and could not be cloned.".into()));
                }
            },
            ObjectKind::SharedArrayBuffer(block) => Record::SharedArrayBuffer(block.clone()),
            ObjectKind::TypedArray(_) | ObjectKind::DataView(_) => return self.serialize_view(vm, o),
            ObjectKind::Map(_) | ObjectKind::Set(_) => return self.serialize_collection(vm, o),
            ObjectKind::Error => return self.serialize_error(vm, o),
            ObjectKind::Array { length, .. } => {
                let length = *length;
                return self.serialize_properties(vm, o, Record::Array { length, properties: Vec::new() });
            }
            // [[RegExpMatcher]]: source and flags; lastIndex is not kept.
            &ObjectKind::RegExp { source, flags, .. } => {
                Record::RegExp { source: vm.heap.str(source).to_vec(), flags: vm.heap.str(flags).to_vec() }
            }
            ObjectKind::Ordinary => {
                if vm.realms.iter().any(|r| r.global == o || r.global_this == o) {
                    // The global object is exotic (a platform object in HTML's terms).
                    return Err(data_clone_error(vm, Value::Object(o)));
                } else if let Some(h) = self.host.as_deref_mut()
                    && let Some(data) = h.serialize_platform_object(vm, o).map_err(CloneError::Thrown)?
                {
                    // Step 22 for the host's serializable platform objects.
                    let record = Record::Host(self.host_data.len());
                    self.host_data.push(data);
                    return Ok(self.remember(vm, o, record));
                } else if let Some(h) = self.host.as_deref_mut()
                    && h.is_transferable(vm, o)
                {
                    // A transferable platform object that is not serializable (a port, a
                    // stream) can only travel in the transfer list (step 26).
                    return Err(CloneError::DataClone(
                        "Object that needs transfer was found in message but not listed in transferList".into(),
                    ));
                } else {
                    return self.serialize_properties(vm, o, Record::Object { properties: Vec::new() });
                }
            }
            // Functions, proxies and objects with other internal slots (step 24-25).
            _ => return Err(data_clone_error(vm, Value::Object(o))),
        };
        Ok(self.remember(vm, o, record))
    }

    /// Step 16 ([[ViewedArrayBuffer]]): the buffer is serialized first, then the view refers
    /// to its record, so two views of one buffer share it after deserialization.
    fn serialize_view(&mut self, vm: &mut Vm, o: ObjId) -> Result<usize, CloneError> {
        let (ty, buffer, byte_offset, length) = match &vm.obj(o).kind {
            ObjectKind::TypedArray(t) => (Some(t.ty), t.buffer, t.byte_offset, t.array_length),
            ObjectKind::DataView(d) => (None, d.buffer, d.byte_offset, d.byte_length),
            _ => unreachable!("called for views"),
        };
        // IsArrayBufferViewOutOfBounds (a detached buffer fails when it is serialized).
        if !vm.is_detached_buffer(buffer) && view_out_of_bounds(vm, buffer, ty, byte_offset, length) {
            return Err(data_clone_error(vm, Value::Object(o)));
        }
        let Entry::Ref(buffer) = self.serialize(vm, Value::Object(buffer))? else {
            unreachable!("a buffer serializes to a record")
        };
        Ok(self.remember(vm, o, Record::ArrayBufferView { ty, buffer, byte_offset, length }))
    }

    /// Steps 17-18 and 26 for Map and Set: the entries are copied first, so code run while
    /// serializing them cannot change which entries are serialized.
    fn serialize_collection(&mut self, vm: &mut Vm, o: ObjId) -> Result<usize, CloneError> {
        let (is_map, copied) = match &vm.obj(o).kind {
            ObjectKind::Map(t) => (true, t.snapshot()),
            ObjectKind::Set(t) => (false, t.snapshot()),
            _ => unreachable!("called for Map and Set"),
        };
        for &(k, v) in &copied {
            vm.root(k);
            vm.root(v);
        }
        let index = self.remember(vm, o, Record::Set(Vec::new()));
        let record = if is_map {
            let mut entries = Vec::with_capacity(copied.len());
            for (k, v) in copied {
                let k = self.serialize(vm, k)?;
                let v = self.serialize(vm, v)?;
                entries.push((k, v));
            }
            Record::Map(entries)
        } else {
            let mut entries = Vec::with_capacity(copied.len());
            for (k, _) in copied {
                entries.push(self.serialize(vm, k)?);
            }
            Record::Set(entries)
        };
        self.records[index] = record;
        Ok(index)
    }

    /// Step 19 ([[ErrorData]]), in the order V8's ValueSerializer::WriteJSError reads the
    /// error: the own `message` and `cause` descriptors, `name` (one of the native error
    /// names, else "Error"), the message as a string, `stack`, then the cause's value.
    fn serialize_error(&mut self, vm: &mut Vm, o: ObjId) -> Result<usize, CloneError> {
        let this = Value::Object(o);
        let n = vm.names;
        let message_desc = thrown(vm.get_own_property(o, PropertyKey::String(n.message)))?;
        let cause_desc = thrown(vm.get_own_property(o, PropertyKey::String(n.cause)))?;
        let name = thrown(vm.get(o, PropertyKey::String(n.name), this))?;
        let name = thrown(vm.to_string(name))?;
        let prototype = match String::from_utf16_lossy(vm.heap.str(name)).as_str() {
            "EvalError" => ErrorType::EvalError,
            "RangeError" => ErrorType::RangeError,
            "ReferenceError" => ErrorType::ReferenceError,
            "SyntaxError" => ErrorType::SyntaxError,
            "TypeError" => ErrorType::TypeError,
            "URIError" => ErrorType::URIError,
            _ => ErrorType::Error,
        };
        let message = match message_desc.and_then(|d| d.value) {
            Some(m) => {
                let m = thrown(vm.to_string(m))?;
                Some(vm.heap.str(m).to_vec())
            }
            None => None,
        };
        let stack = thrown(vm.get(o, PropertyKey::String(n.stack), this))?;
        let stack = matches!(stack, Value::String(_)).then(|| units(vm, stack));
        let cause = cause_desc.and_then(|d| d.value);
        let index = self.remember(vm, o, Record::Error { prototype, message, stack, cause: None });
        if let Some(c) = cause {
            vm.root(c);
            let entry = self.serialize(vm, c)?;
            if let Record::Error { cause, .. } = &mut self.records[index] {
                *cause = Some(entry);
            }
        }
        Ok(index)
    }

    /// Step 26 for Array and Object records: for each key of EnumerableOwnProperties(value,
    /// key) still present, the value from [[Get]] (so getters run, in key order),
    /// serialized depth-first.
    fn serialize_properties(&mut self, vm: &mut Vm, o: ObjId, shell: Record) -> Result<usize, CloneError> {
        let index = self.remember(vm, o, shell);
        let (keys, shape) = match plain_data_properties(vm, o) {
            Some((keys, shape)) => (keys, Some(shape)),
            None => {
                let mut keys = Keys::new();
                for k in thrown(vm.own_property_keys(o))? {
                    if matches!(k, PropertyKey::Symbol(_)) {
                        continue;
                    }
                    if thrown(vm.get_own_property(o, k))?.is_some_and(|d| d.enumerable == Some(true)) {
                        keys.push(k);
                    }
                }
                (keys, None)
            }
        };
        let mut properties = Vec::with_capacity(keys.len());
        for (i, k) in keys.into_iter().enumerate() {
            // While the object keeps the shape its keys came from, each is still an own data
            // property in its slot: HasOwnProperty and [[Get]] are a slot read. Serializing a
            // value can run a nested object's getter that changes this object; from then on
            // the generic steps run.
            let v = match shape {
                Some(id) if vm.obj(o).props.shape_id() == id => vm.obj(o).props.value_at(i as u32),
                _ => {
                    if thrown(vm.get_own_property(o, k))?.is_none() {
                        continue;
                    }
                    thrown(vm.get(o, k, Value::Object(o)))?
                }
            };
            vm.root(v);
            let entry = self.serialize(vm, v)?;
            let key = match k {
                PropertyKey::Index(i) => Key::Index(i),
                PropertyKey::String(s) => Key::String(Text::push(&mut self.text, vm.heap.str(s))),
                PropertyKey::Symbol(_) => unreachable!("filtered out"),
            };
            properties.push((key, entry));
        }
        match &mut self.records[index] {
            Record::Array { properties: p, .. } | Record::Object { properties: p } => *p = properties,
            _ => unreachable!("an Array or Object shell"),
        }
        Ok(index)
    }
}

/// The keys of an object being serialized: a message's objects mostly have a few, which
/// stay inline (a vector per object was an allocation per message).
type Keys = smallvec::SmallVec<[PropertyKey; 8]>;

/// EnumerableOwnProperties(o, key) without the generic steps, for an ordinary object in
/// fast mode whose own properties are all enumerable string-keyed data properties, with no
/// elements: its keys in order and the shape id they were read from. Slot `i` then holds
/// the value of key `i`. None for every other object.
fn plain_data_properties(vm: &Vm, o: ObjId) -> Option<(Keys, u64)> {
    let obj = vm.obj(o);
    if !matches!(obj.kind, ObjectKind::Ordinary) || !obj.elements.is_empty() {
        return None;
    }
    let shape = obj.props.shape()?;
    let mut keys = Keys::with_capacity(shape.len());
    let mut plain = true;
    shape.for_each(|e| {
        let slot = keys.len() as u32;
        plain &= matches!(e.key, PropertyKey::String(_))
            && !e.accessor
            && e.attrs & crate::object::property::ENUMERABLE != 0
            && e.offset == slot;
        keys.push(e.key);
    });
    plain.then(|| (keys, shape.id()))
}

/// IsArrayBufferViewOutOfBounds (ECMA-262 §25.3.1.3) / IsTypedArrayOutOfBounds for a view
/// of a buffer that is not detached.
fn view_out_of_bounds(
    vm: &Vm,
    buffer: ObjId,
    ty: Option<crate::binary::ElementType>,
    byte_offset: usize,
    length: Option<usize>,
) -> bool {
    let buf_len = vm.buffer_byte_length(buffer);
    let size = ty.map_or(1, |t| t.size());
    match length {
        None => byte_offset > buf_len,
        Some(n) => n.checked_mul(size).and_then(|b| b.checked_add(byte_offset)).is_none_or(|end| end > buf_len),
    }
}

/// V8's DataCloneError for `value`: "<value> could not be cloned.".
fn data_clone_error(vm: &mut Vm, value: Value) -> CloneError {
    CloneError::DataClone(format!("{} could not be cloned.", no_side_effects_to_string(vm, value)))
}

/// How V8 shows a value in messages without running code (Object::NoSideEffectsToString):
/// a function's source text, `Symbol(desc)`, `#<Ctor>` for objects whose `toString` is
/// %Object.prototype.toString%, `[object Tag]` otherwise. Proxies show as their target.
pub(crate) fn no_side_effects_to_string(vm: &mut Vm, value: Value) -> String {
    let Value::Object(mut o) = value else {
        return match value {
            Value::Symbol(s) => crate::builtins::symbol::descriptive_string(vm, s),
            Value::String(s) => vm.rust_string(s),
            // Without the literal's `n`, as V8 shows it.
            Value::BigInt(b) => vm.heap.bigint(b).to_string(),
            _ => vm.describe(value),
        };
    };
    while let ObjectKind::Proxy(p) = &vm.obj(o).kind {
        match p.target {
            Some(t) => o = t,
            None => return "[object Object]".into(),
        }
    }
    if let Some(text) = crate::builtins::function::function_source_text(vm, o) {
        return text;
    }
    // An error as `name: message` when both are data properties (V8's ErrorUtils::ToString
    // without side effects).
    if matches!(vm.obj(o).kind, ObjectKind::Error)
        && let Some(Value::String(name)) = vm.data_value_without_effects(o, PropertyKey::String(vm.names.name))
        && let Some(message) = vm.data_value_without_effects(o, PropertyKey::String(vm.names.message))
    {
        let name = vm.rust_string(name);
        let message = match message {
            Value::String(m) => vm.rust_string(m),
            _ => String::new(),
        };
        return match (name.is_empty(), message.is_empty()) {
            (_, true) => name,
            (true, false) => message,
            (false, false) => format!("{name}: {message}"),
        };
    }
    let to_string = vm.key_str("toString");
    let object_to_string = vm.intrinsics().extra.get("%Object.prototype.toString%").copied();
    if let Some(Value::Object(f)) = vm.data_value_without_effects(o, to_string)
        && Some(f) == object_to_string
        && let Some(Value::Object(ctor)) = vm.data_value_without_effects(o, PropertyKey::String(vm.names.constructor))
        && vm.obj(ctor).is_callable()
    {
        let name = vm.peek_string_prop(ctor, vm.names.name).unwrap_or_default();
        if !name.is_empty() {
            return format!("#<{name}>");
        }
    }
    let tag = match vm.data_value_without_effects(o, PropertyKey::Symbol(vm.sym.to_string_tag)) {
        Some(Value::String(s)) => vm.rust_string(s),
        _ => class_name(vm, o).to_string(),
    };
    format!("[object {tag}]")
}

/// V8's JSReceiver::class_name for the objects the engine has.
fn class_name(vm: &Vm, o: ObjId) -> &'static str {
    match &vm.obj(o).kind {
        ObjectKind::Array { .. } => "Array",
        ObjectKind::Function(_) | ObjectKind::Native { .. } | ObjectKind::Bound(_) => "Function",
        ObjectKind::Error => "Error",
        ObjectKind::BooleanBox(_) => "Boolean",
        ObjectKind::NumberBox(_) => "Number",
        ObjectKind::StringBox(_) => "String",
        ObjectKind::BigIntBox(_) => "BigInt",
        ObjectKind::SymbolBox(_) => "Symbol",
        ObjectKind::Date(_) => "Date",
        ObjectKind::Arguments(_) => "Arguments",
        ObjectKind::Map(_) => "Map",
        ObjectKind::Set(_) => "Set",
        ObjectKind::WeakMap(_) => "WeakMap",
        ObjectKind::WeakSet(_) => "WeakSet",
        ObjectKind::Promise(_) => "Promise",
        ObjectKind::ArrayBuffer(_) => "ArrayBuffer",
        ObjectKind::RegExp { .. } => "RegExp",
        ObjectKind::TypedArray(t) => t.ty.name(),
        ObjectKind::SharedArrayBuffer(_) => "SharedArrayBuffer",
        _ => "Object",
    }
}
