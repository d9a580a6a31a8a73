//! StructuredDeserialize (HTML §2.7.6) into any engine.
//!
//! HTML's algorithm recurses; here the records already form an arena in which every view
//! comes after its buffer, so deserialization is two flat passes: create every object
//! (step 2-21 for each record), then fill the deep ones (step 22: Map and Set entries,
//! properties, an error's cause), resolving references through the created objects.

use super::{Entry, Key, Record, Serialized};
use crate::builtins::map::{normalize_key, table_set};
use crate::object::property::{HIDDEN, PropertyKey};
use crate::object::{Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{ErrorType, Vm};

/// StructuredDeserialize ( serialized, targetRealm ) with the current realm as the target.
/// Transferred buffers were serialized as ordinary records holding their moved bytes, so
/// this is also StructuredDeserializeWithTransfer's value.
pub fn structured_deserialize(vm: &mut Vm, serialized: Serialized) -> Value {
    deserialize(vm, serialized, None)
}

/// StructuredDeserializeWithTransfer with the host's transfer-receiving steps for the host
/// objects that were transferred.
pub fn structured_deserialize_with_host(
    vm: &mut Vm,
    serialized: Serialized,
    host: &mut dyn super::HostTransfer,
) -> Value {
    deserialize(vm, serialized, Some(host))
}

fn deserialize(vm: &mut Vm, serialized: Serialized, mut host: Option<&mut dyn super::HostTransfer>) -> Value {
    let Serialized { mut records, root, host: transferred, text } = serialized;
    let mut transferred: Vec<Option<Box<dyn std::any::Any + Send>>> = transferred.into_iter().map(Some).collect();
    let mark = vm.roots.len();
    let mut objects: Vec<ObjId> = Vec::with_capacity(records.len());
    for record in &mut records {
        let o = match record {
            Record::Host(i) => match (host.as_deref_mut(), transferred.get_mut(*i).and_then(Option::take)) {
                (Some(h), Some(data)) => h.receive(vm, data),
                // Without the host that can receive it, a transferred object arrives empty.
                _ => vm.new_object(),
            },
            _ => create(vm, record, &objects),
        };
        // No code runs during deserialization, but keep the graph rooted all the same
        // until it is reachable from the returned value.
        vm.root(Value::Object(o));
        objects.push(o);
    }
    for (record, &o) in records.iter_mut().zip(&objects) {
        fill(vm, record, o, &objects, &text);
    }
    let v = value_of(vm, &root, &objects, &text);
    vm.roots.truncate(mark);
    v
}

/// The value of a serialized entry once every record has its object.
fn value_of(vm: &mut Vm, e: &Entry, objects: &[ObjId], text: &[u16]) -> Value {
    match e {
        Entry::Undefined => Value::Undefined,
        Entry::Null => Value::Null,
        Entry::Bool(b) => Value::Bool(*b),
        Entry::Number(n) => Value::Number(*n),
        Entry::String(s) => vm.string_units(s.units(text).to_vec()),
        Entry::BigInt(b) => vm.bigint_value(b.clone()),
        Entry::Ref(i) => Value::Object(objects[*i]),
    }
}

/// An intrinsic prototype by its spec name (Object.prototype if the realm lacks it).
fn intrinsic(vm: &Vm, name: &str) -> ObjId {
    let i = vm.intrinsics();
    i.extra.get(name).copied().unwrap_or(i.object_prototype)
}

/// The wrapper object of a primitive (ToObject, which cannot fail for these).
fn primitive_wrapper(vm: &mut Vm, v: Value) -> ObjId {
    match vm.to_object(v) {
        Ok(o) => o,
        Err(_) => vm.new_object(),
    }
}

/// %Error.prototype% or a native error's prototype in the current realm.
fn error_prototype(vm: &Vm, ty: ErrorType) -> ObjId {
    let i = vm.intrinsics();
    match ty {
        ErrorType::Error => i.error_prototype,
        ErrorType::TypeError => i.type_error_prototype,
        ErrorType::RangeError => i.range_error_prototype,
        ErrorType::ReferenceError => i.reference_error_prototype,
        ErrorType::SyntaxError => i.syntax_error_prototype,
        ErrorType::EvalError => i.eval_error_prototype,
        ErrorType::URIError => i.uri_error_prototype,
    }
}

/// Creates the object of one record (its shell, for the deep ones). ArrayBuffer bytes are
/// moved out of the record.
fn create(vm: &mut Vm, record: &mut Record, objects: &[ObjId]) -> ObjId {
    match record {
        Record::Boolean(b) => primitive_wrapper(vm, Value::Bool(*b)),
        Record::Number(n) => primitive_wrapper(vm, Value::Number(*n)),
        Record::BigInt(b) => {
            let v = vm.bigint_value(b.clone());
            primitive_wrapper(vm, v)
        }
        Record::String(s) => {
            let v = vm.string_units(s.clone());
            primitive_wrapper(vm, v)
        }
        Record::Date(t) => {
            let proto = intrinsic(vm, "%Date.prototype%");
            vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Date(*t)))
        }
        Record::RegExp { source, flags } => {
            let (p, f) = (vm.string_units(source.clone()), vm.string_units(flags.clone()));
            match crate::builtins::regexp::regexp_create(vm, p, f) {
                Ok(Value::Object(o)) => o,
                // The source and flags came from a RegExp, so they parse again.
                _ => vm.new_object(),
            }
        }
        Record::ArrayBuffer { bytes, max_byte_length } => {
            vm.new_array_buffer_from_bytes(std::mem::take(bytes), *max_byte_length)
        }
        Record::SharedArrayBuffer(block) => {
            let proto = intrinsic(vm, "%SharedArrayBuffer.prototype%");
            vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::SharedArrayBuffer(block.clone())))
        }
        Record::ArrayBufferView { ty, buffer, byte_offset, length } => {
            let buffer = objects[*buffer];
            match ty {
                Some(ty) => {
                    let proto = intrinsic(vm, ty.prototype_intrinsic());
                    crate::builtins::typed_array::typed_array_create(vm, proto, *ty, buffer, *byte_offset, *length)
                }
                None => {
                    let proto = intrinsic(vm, "%DataView.prototype%");
                    let data = crate::binary::DataViewData { buffer, byte_offset: *byte_offset, byte_length: *length };
                    vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::DataView(Box::new(data))))
                }
            }
        }
        Record::Map(_) => {
            let proto = intrinsic(vm, "%Map.prototype%");
            vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Map(Box::default())))
        }
        Record::Set(_) => {
            let proto = intrinsic(vm, "%Set.prototype%");
            vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Set(Box::default())))
        }
        Record::Error { prototype, message, stack, .. } => {
            // As V8's deserializer leaves it: own `stack` (the serialized string, or
            // undefined), then `message` when there was one; both non-enumerable.
            let proto = error_prototype(vm, *prototype);
            let o = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Error));
            let n = vm.names;
            let stack = match stack {
                Some(s) => vm.string_units(s.clone()),
                None => Value::Undefined,
            };
            vm.define_direct(o, PropertyKey::String(n.stack), stack, HIDDEN);
            if let Some(m) = message {
                let m = vm.string_units(m.clone());
                vm.define_direct(o, PropertyKey::String(n.message), m, HIDDEN);
            }
            o
        }
        Record::Array { length, .. } => {
            let a = vm.new_array(Vec::new());
            if let ObjectKind::Array { length: l, .. } = &mut vm.obj_mut(a).kind {
                *l = *length;
            }
            a
        }
        Record::Object { .. } | Record::Host(_) => vm.new_object(),
    }
}

/// Fills a deep record's object: Map and Set entries in order, an error's cause, the
/// properties of an Array or Object (CreateDataProperty, so no setter runs).
fn fill(vm: &mut Vm, record: &mut Record, o: ObjId, objects: &[ObjId], text: &[u16]) {
    let plain = matches!(record, Record::Object { .. });
    match record {
        Record::Map(entries) => {
            for (k, v) in entries {
                let k = value_of(vm, k, objects, text);
                let k = normalize_key(vm, k);
                let v = value_of(vm, v, objects, text);
                table_set(vm, o, k, v);
            }
        }
        Record::Set(entries) => {
            for k in entries {
                let k = value_of(vm, k, objects, text);
                let k = normalize_key(vm, k);
                table_set(vm, o, k, Value::Undefined);
            }
        }
        Record::Error { cause: Some(c), .. } => {
            let c = value_of(vm, c, objects, text);
            vm.define_direct(o, PropertyKey::String(vm.names.cause), c, HIDDEN);
        }
        Record::Array { properties, .. } | Record::Object { properties } => {
            for (k, v) in properties {
                let key = match k {
                    Key::Index(i) => PropertyKey::Index(*i),
                    Key::String(s) => PropertyKey::String(vm.heap.intern(s.units(text))),
                };
                let v = value_of(vm, v, objects, text);
                // A fresh ordinary object or array accepts every data property. A plain
                // object's named keys (each once in the record) are added without
                // [[DefineOwnProperty]]'s checks: what CreateDataProperty would do.
                if plain && matches!(key, PropertyKey::String(_)) {
                    // Objects of one shape (a stream of similar messages) follow its
                    // transitions without looking the keys up.
                    match vm.heap.obj_mut(o).props.push_by_transition(key, crate::object::property::DEFAULT_ATTRS, v) {
                        Some(grown) => vm.heap.charge(grown),
                        None => vm.define_direct(o, key, v, crate::object::property::DEFAULT_ATTRS),
                    }
                } else {
                    let _ = vm.create_data_property(o, key, v);
                }
            }
        }
        _ => {}
    }
}
