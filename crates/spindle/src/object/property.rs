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
///
/// Deleting a property leaves a hole (`None`) in `entries` instead of shifting the records
/// after it, so `delete` on an object used as a dictionary is O(1) like a lookup; the holes
/// are squeezed out (and the index rebuilt) once they outnumber the live records, which keeps
/// the amortized cost of a delete constant.
#[derive(Default)]
pub struct PropertyMap {
    entries: Vec<Option<(PropertyKey, Property)>>,
    index: Option<IdMap<PropertyKey, u32>>,
    /// Live records (`entries` minus holes).
    live: u32,
    /// How many keys are array indices (lets fast paths prove a prototype has none).
    index_keys: u32,
    /// Records written by index rebuilds, for the tests that check deletion stays linear.
    #[cfg(test)]
    rebuilt_records: usize,
}

const INDEX_THRESHOLD: usize = 12;

impl PropertyMap {
    #[inline]
    fn find(&self, key: PropertyKey) -> Option<usize> {
        match &self.index {
            Some(ix) => ix.get(&key).map(|&i| i as usize),
            None => self.entries.iter().position(|e| matches!(e, Some((k, _)) if *k == key)),
        }
    }
    #[inline]
    pub fn get(&self, key: PropertyKey) -> Option<&Property> {
        self.find(key).and_then(|i| self.entries[i].as_ref()).map(|(_, p)| p)
    }
    pub fn get_mut(&mut self, key: PropertyKey) -> Option<&mut Property> {
        let i = self.find(key)?;
        self.entries[i].as_mut().map(|(_, p)| p)
    }
    /// Inserts or replaces (keeping the original position).
    pub fn insert(&mut self, key: PropertyKey, prop: Property) {
        if let Some(i) = self.find(key) {
            if let Some((_, p)) = &mut self.entries[i] {
                *p = prop;
            }
            return;
        }
        self.entries.push(Some((key, prop)));
        self.live += 1;
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
        let (_, p) = self.entries[i].take()?;
        self.live -= 1;
        if matches!(key, PropertyKey::Index(_)) {
            self.index_keys -= 1;
        }
        match &mut self.index {
            Some(ix) => {
                ix.remove(&key);
                if (self.live as usize) * 2 < self.entries.len() {
                    self.compact();
                }
            }
            // A small map without an index has no positions to keep: close the gap at once.
            None => {
                self.entries.remove(i);
            }
        }
        Some(p)
    }
    /// Drops the holes and re-indexes the live records (positions change).
    fn compact(&mut self) {
        self.entries.retain(Option::is_some);
        if self.entries.len() > INDEX_THRESHOLD {
            self.rebuild_index();
        } else {
            self.index = None;
        }
    }
    fn rebuild_index(&mut self) {
        #[cfg(test)]
        {
            self.rebuilt_records += self.entries.len();
        }
        let ix = self.entries.iter().enumerate().filter_map(|(i, e)| e.as_ref().map(|(k, _)| (*k, i as u32)));
        self.index = Some(ix.collect());
    }
    pub fn iter(&self) -> impl Iterator<Item = &(PropertyKey, Property)> {
        self.entries.iter().flatten()
    }
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut (PropertyKey, Property)> {
        self.entries.iter_mut().flatten()
    }
    /// Bytes owned on the Rust heap (vector capacity exactly, the hash index estimated).
    pub fn heap_bytes(&self) -> usize {
        let entries = self.entries.capacity() * std::mem::size_of::<Option<(PropertyKey, Property)>>();
        let index = self.index.as_ref().map_or(0, |m| m.capacity() * (std::mem::size_of::<(PropertyKey, u32)>() + 1));
        entries + index
    }

    /// Whether any key is an array index.
    pub fn has_index_keys(&self) -> bool {
        self.index_keys > 0
    }
    pub fn len(&self) -> usize {
        self.live as usize
    }
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }
    /// Keys in insertion order.
    pub fn keys(&self) -> impl Iterator<Item = PropertyKey> + '_ {
        self.iter().map(|(k, _)| *k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(i: u32) -> PropertyKey {
        PropertyKey::Index(i * 40_000 + 1)
    }

    /// Deleting every property of a 100 000-key dictionary one by one: the index is rebuilt
    /// only when holes outnumber live records, so the records re-indexed stay linear in the
    /// number of keys (the old map rebuilt its whole index on every delete: 5·10^9 records).
    #[test]
    fn deleting_from_a_large_map_is_linear() {
        const N: u32 = 100_000;
        let mut m = PropertyMap::default();
        for i in 0..N {
            m.insert(key(i), Property::data(Value::Number(i as f64), DEFAULT_ATTRS));
        }
        let after_inserts = m.rebuilt_records;
        for i in 0..N {
            assert!(m.remove(key(i)).is_some());
            if i % 9_999 == 0 {
                assert_eq!(m.len(), (N - i - 1) as usize);
                assert!(m.get(key(i + 1)).is_some() || i + 1 == N);
            }
        }
        assert!(m.is_empty());
        let rebuilt = m.rebuilt_records - after_inserts;
        assert!(rebuilt <= 4 * N as usize, "{rebuilt} records re-indexed for {N} deletes");
    }

    #[test]
    fn holes_keep_insertion_order_and_reinsertion_goes_last() {
        let mut m = PropertyMap::default();
        for i in 0..40 {
            m.insert(key(i), Property::data(Value::Number(i as f64), DEFAULT_ATTRS));
        }
        for i in (0..40).step_by(3) {
            m.remove(key(i));
        }
        m.insert(key(0), Property::data(Value::Null, DEFAULT_ATTRS));
        let keys: Vec<PropertyKey> = m.keys().collect();
        let mut want: Vec<PropertyKey> = (0..40).filter(|i| i % 3 != 0).map(key).collect();
        want.push(key(0));
        assert_eq!(keys, want);
        assert_eq!(m.len(), want.len());
        assert!(m.has_index_keys());
    }
}
