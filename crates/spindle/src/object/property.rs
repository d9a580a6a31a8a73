//! Property keys, property records and the ordered property map of an object
//! (ECMA-262 §6.1.7 The Object Type, §6.2.6 Property Descriptor).

use crate::hash::IdMap;
use crate::value::{StrId, SymId, Value};

/// A property key: an array index, an interned string, or a symbol (private names are
/// symbols flagged private in the heap).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PropertyKey {
    Index(u32),
    String(StrId),
    Symbol(SymId),
}

pub const WRITABLE: u8 = 1;
pub const ENUMERABLE: u8 = 2;
pub const CONFIGURABLE: u8 = 4;
/// writable | enumerable | configurable: what an ordinary assignment creates.
pub const DEFAULT_ATTRS: u8 = WRITABLE | ENUMERABLE | CONFIGURABLE;
/// writable | configurable: what built-in methods get.
pub const HIDDEN: u8 = WRITABLE | CONFIGURABLE;
/// Internal flag, never part of a descriptor: the data property is an error's `stack`
/// captured but not formatted yet (its value is the frames text); the first read formats it
/// (`Vm::format_lazy_stack`), any write replaces it. See `Vm::attach_stack_skipping`.
pub const LAZY_STACK: u8 = 0x80;

/// The value part of a property.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Slot {
    Data(Value),
    /// Getter and setter; `Value::Undefined` when absent.
    Accessor(Value, Value),
}

/// A stored property: its slot and attribute bits (WRITABLE is meaningless for accessors).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Property {
    pub slot: Slot,
    pub attrs: u8,
}

impl Property {
    pub fn data(value: Value, attrs: u8) -> Self {
        Property { slot: Slot::Data(value), attrs }
    }
    pub fn enumerable(&self) -> bool {
        self.attrs & ENUMERABLE != 0
    }
    pub fn configurable(&self) -> bool {
        self.attrs & CONFIGURABLE != 0
    }
    pub fn writable(&self) -> bool {
        self.attrs & WRITABLE != 0
    }
}

/// A property descriptor with optional fields (ECMA-262 §6.2.6).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PropertyDescriptor {
    pub value: Option<Value>,
    pub writable: Option<bool>,
    pub get: Option<Value>,
    pub set: Option<Value>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl PropertyDescriptor {
    pub fn data(value: Value, attrs: u8) -> Self {
        PropertyDescriptor {
            value: Some(value),
            writable: Some(attrs & WRITABLE != 0),
            enumerable: Some(attrs & ENUMERABLE != 0),
            configurable: Some(attrs & CONFIGURABLE != 0),
            ..Default::default()
        }
    }
    pub fn accessor(get: Value, set: Value, attrs: u8) -> Self {
        PropertyDescriptor {
            get: Some(get),
            set: Some(set),
            enumerable: Some(attrs & ENUMERABLE != 0),
            configurable: Some(attrs & CONFIGURABLE != 0),
            ..Default::default()
        }
    }
    /// ECMA-262 §6.2.6.1 IsAccessorDescriptor
    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
    /// ECMA-262 §6.2.6.2 IsDataDescriptor
    pub fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }
    pub fn from_property(p: &Property) -> Self {
        match p.slot {
            Slot::Data(v) => Self::data(v, p.attrs),
            Slot::Accessor(g, s) => Self::accessor(g, s, p.attrs),
        }
    }
}

/// Insertion-ordered property storage with a hash index once it grows.
#[derive(Default)]
pub struct PropertyMap {
    entries: Vec<(PropertyKey, Property)>,
    index: Option<IdMap<PropertyKey, u32>>,
    /// How many keys are array indices (lets fast paths prove a prototype has none).
    index_keys: u32,
}

const INDEX_THRESHOLD: usize = 12;

impl PropertyMap {
    #[inline]
    pub fn find(&self, key: PropertyKey) -> Option<usize> {
        match &self.index {
            Some(ix) => ix.get(&key).map(|&i| i as usize),
            None => self.entries.iter().position(|(k, _)| *k == key),
        }
    }
    #[inline]
    pub fn get(&self, key: PropertyKey) -> Option<&Property> {
        self.find(key).map(|i| &self.entries[i].1)
    }
    pub fn get_mut(&mut self, key: PropertyKey) -> Option<&mut Property> {
        self.find(key).map(move |i| &mut self.entries[i].1)
    }
    /// Inserts or replaces (keeping the original position).
    pub fn insert(&mut self, key: PropertyKey, prop: Property) {
        if let Some(i) = self.find(key) {
            self.entries[i].1 = prop;
            return;
        }
        self.entries.push((key, prop));
        if matches!(key, PropertyKey::Index(_)) {
            self.index_keys += 1;
        }
        let n = self.entries.len();
        if let Some(ix) = &mut self.index {
            ix.insert(key, (n - 1) as u32);
        } else if n > INDEX_THRESHOLD {
            self.rebuild_index();
        }
    }
    pub fn remove(&mut self, key: PropertyKey) -> Option<Property> {
        let i = self.find(key)?;
        let (_, p) = self.entries.remove(i);
        if matches!(key, PropertyKey::Index(_)) {
            self.index_keys -= 1;
        }
        if self.index.is_some() {
            self.rebuild_index();
        }
        Some(p)
    }
    fn rebuild_index(&mut self) {
        self.index = Some(self.entries.iter().enumerate().map(|(i, (k, _))| (*k, i as u32)).collect());
    }
    pub fn iter(&self) -> impl Iterator<Item = &(PropertyKey, Property)> {
        self.entries.iter()
    }
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut (PropertyKey, Property)> {
        self.entries.iter_mut()
    }
    /// Bytes owned on the Rust heap (vector capacity exactly, the hash index estimated).
    pub fn heap_bytes(&self) -> usize {
        let entries = self.entries.capacity() * std::mem::size_of::<(PropertyKey, Property)>();
        let index = self.index.as_ref().map_or(0, |m| m.capacity() * (std::mem::size_of::<(PropertyKey, u32)>() + 1));
        entries + index
    }

    /// Whether any key is an array index.
    pub fn has_index_keys(&self) -> bool {
        self.index_keys > 0
    }
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    /// Keys in insertion order.
    pub fn keys(&self) -> impl Iterator<Item = PropertyKey> + '_ {
        self.entries.iter().map(|(k, _)| *k)
    }
}
