//! Structured serialization (HTML §2.7 "Safe passing of structured data"): the
//! StructuredSerializeInternal / StructuredSerializeWithTransfer and StructuredDeserialize
//! algorithms over the engine's heap.
//!
//! A serialization is a self-contained Rust value ([`Serialized`]): an arena of records
//! (one per object met), with back-references by arena index for shared and cyclic
//! references. It holds no heap handles and is `Send`, so the host can move it to another
//! `Vm` — on another thread — and deserialize it there: `structuredClone` deserializes into
//! the same engine, `postMessage` into another agent's. SharedArrayBuffer records carry the
//! shared block itself (`Arc<SharedBlock>`), so both sides see the same memory; transferred
//! ArrayBuffers carry the bytes moved out of the detached source.
//!
//! The engine stays host-agnostic: a DataCloneError is reported as
//! [`CloneError::DataClone`] with V8's message, and the host makes the `DOMException`.

mod deserialize;
mod serialize;

pub use deserialize::{structured_deserialize, structured_deserialize_with_host};
pub(crate) use serialize::no_side_effects_to_string;
pub use serialize::{structured_serialize, structured_serialize_with_host, structured_serialize_with_transfer};

use crate::binary::{ElementType, SharedBlock};
use crate::value::{ObjId, Value};
use crate::vm::{ErrorType, JsResult, Vm};
use num_bigint::BigInt;
use std::sync::Arc;

/// A serialized value (HTML's "serialized" Record, together with the records of every
/// object it reaches and of the transferred buffers).
pub struct Serialized {
    /// One record per serialized object (memory's values); `Entry::Ref` indexes here.
    pub(crate) records: Vec<Record>,
    /// The serialized top-level value.
    pub(crate) root: Entry,
    /// What the host's transfer steps gave for the host objects of the transfer list
    /// (`Record::Host` indexes here): a MessagePort's entangled ends, for example.
    pub(crate) host: Vec<Box<dyn std::any::Any + Send>>,
    /// The code units of every string entry and property key, one after another
    /// ([`Text`] ranges index here): one buffer per message instead of an allocation per
    /// string, made by the sending thread and freed by the receiving one.
    pub(crate) text: Vec<u16>,
}

/// A string of a serialization: its code units' range in [`Serialized::text`].
#[derive(Clone, Copy)]
pub(crate) struct Text {
    start: usize,
    len: usize,
}

impl Text {
    /// Appends `units` to `text`; their range there.
    pub(crate) fn push(text: &mut Vec<u16>, units: &[u16]) -> Text {
        let start = text.len();
        text.extend_from_slice(units);
        Text { start, len: units.len() }
    }

    /// The string's code units.
    pub(crate) fn units(self, text: &[u16]) -> &[u16] {
        &text[self.start..self.start + self.len]
    }
}

/// The host's side of transferring its own platform objects (HTML §2.7.2 "transferable
/// objects": a MessagePort, a stream): which objects it can transfer, their transfer steps
/// (detaching the object here and giving a thread-independent value), and their
/// transfer-receiving steps in the receiving agent.
pub trait HostTransfer {
    /// Whether `o` is a transferable host object.
    fn can_transfer(&mut self, vm: &mut Vm, o: ObjId) -> bool;
    /// The transfer steps, run once the whole value serialized; they may throw (a locked
    /// stream's DataCloneError).
    fn transfer(&mut self, vm: &mut Vm, o: ObjId) -> JsResult<Box<dyn std::any::Any + Send>>;
    /// The transfer-receiving steps: the new object for a transferred value.
    fn receive(&mut self, vm: &mut Vm, data: Box<dyn std::any::Any + Send>) -> ObjId;
    /// Whether ordinary object `o` is a transferable platform object (serializing it
    /// outside the transfer list is a DataCloneError). Asked for every ordinary object
    /// serialized, so it must be cheap.
    fn is_transferable(&mut self, vm: &mut Vm, o: ObjId) -> bool {
        self.can_transfer(vm, o)
    }
    /// The serialization steps of a serializable platform object (a Blob, a File): a
    /// thread-independent value that `receive` turns back into an object, or None when
    /// ordinary object `o` is not one. Asked for every ordinary object serialized.
    fn serialize_platform_object(
        &mut self,
        _vm: &mut Vm,
        _o: ObjId,
    ) -> JsResult<Option<Box<dyn std::any::Any + Send>>> {
        Ok(None)
    }
}

/// A serialized value: a primitive inline, or a reference to an object record.
pub(crate) enum Entry {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    String(Text),
    BigInt(BigInt),
    Ref(usize),
}

/// A property key of a serialized Array or Object.
pub(crate) enum Key {
    Index(u32),
    String(Text),
}

/// The serialization of one object (HTML StructuredSerializeInternal steps 5-25).
pub(crate) enum Record {
    Boolean(bool),
    Number(f64),
    BigInt(BigInt),
    String(Vec<u16>),
    Date(f64),
    RegExp {
        source: Vec<u16>,
        flags: Vec<u16>,
    },
    /// An ArrayBuffer's bytes, copied or (transfer) moved; `max_byte_length` for a
    /// resizable one.
    ArrayBuffer {
        bytes: Vec<u8>,
        max_byte_length: Option<usize>,
    },
    /// A SharedArrayBuffer: the same block, not a copy.
    SharedArrayBuffer(Arc<SharedBlock>),
    /// A typed array (`ty: Some`) or DataView (`None`) over the buffer record `buffer`;
    /// `length` is elements for a typed array, bytes for a DataView, `None` for AUTO.
    ArrayBufferView {
        ty: Option<ElementType>,
        buffer: usize,
        byte_offset: usize,
        length: Option<usize>,
    },
    Map(Vec<(Entry, Entry)>),
    Set(Vec<Entry>),
    Error {
        prototype: ErrorType,
        message: Option<Vec<u16>>,
        stack: Option<Vec<u16>>,
        cause: Option<Entry>,
    },
    Array {
        length: u32,
        properties: Vec<(Key, Entry)>,
    },
    Object {
        properties: Vec<(Key, Entry)>,
    },
    /// A transferred host object: its index in `Serialized::host`.
    Host(usize),
}

/// Why a serialization failed.
#[derive(Debug)]
pub enum CloneError {
    /// An exception thrown by user code (a getter, a `name` accessor) or by the engine
    /// (RangeError on too deep a nesting).
    Thrown(Value),
    /// HTML's DataCloneError, with V8's message text ("function () {} could not be cloned.").
    DataClone(String),
}

/// How deeply objects may nest inside one another before serialization stops with a
/// RangeError. V8 recurses on its native stack and overflows between 3 000 and 5 000
/// nested arrays (1 000 to 3 000 nested plain objects); a fixed limit gives the same
/// error at a reproducible depth.
pub const MAX_DEPTH: usize = 2500;

#[cfg(test)]
mod tests;
