//! Property keys, property records and the ordered property map of an object
//! (ECMA-262 §6.1.7 The Object Type, §6.2.6 Property Descriptor).

use super::shape::{EMPTY_SHAPE_ID, NO_SHAPE_ID, Shape, ShapeEntry};
pub use super::slot_vec::{INLINE_SLOTS, SlotVec};
use crate::hash::IdMap;
use crate::value::{Packed, StrId, SymId, Value};
use std::rc::Rc;

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
/// Internal flag, never part of a descriptor: the data property's value is computed on its
/// first read (`Vm::read_lazy_value`) and any write replaces it unread. The stored value
/// says what to compute: an error's `stack` captured but not formatted yet holds the frames
/// text (`Vm::attach_stack_skipping`); a global whose built-ins a realm creates on first use
/// holds its `LazyGlobal` number (`builtins::lazy_global`).
pub const LAZY_VALUE: u8 = 0x80;

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

/// Dictionary-mode property storage: insertion-ordered records with a hash index once it
/// grows, for objects used as hash maps (see `PropertyMap`).
///
/// Deleting a property leaves a hole (`None`) in `entries` instead of shifting the records
/// after it, so `delete` on an object used as a dictionary is O(1) like a lookup; the holes
/// are squeezed out (and the index rebuilt) once they outnumber the live records, which keeps
/// the amortized cost of a delete constant.
#[derive(Default)]
pub struct DictMap {
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

impl DictMap {
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

    /// Where `key`'s record is (stable until the holes are squeezed out).
    pub fn position(&self, key: PropertyKey) -> Option<u32> {
        self.find(key).map(|i| i as u32)
    }

    /// The record at `pos` if it still is `key`'s.
    #[inline]
    pub fn at_position(&mut self, pos: u32, key: PropertyKey) -> Option<&mut Property> {
        match self.entries.get_mut(pos as usize) {
            Some(Some((k, p))) if *k == key => Some(p),
            _ => None,
        }
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

/// Reconfigurations add to a shape chain without adding keys; an object toggling attributes
/// back and forth leaves fast mode once its chain is this long.
const MAX_SHAPE_DEPTH: u32 = 2 * MAX_SHAPED_KEYS as u32;

/// Objects with more own keys than this keep them in dictionary mode: a shape branch copies
/// its key prefix, so the bound keeps every copy small, and objects with this many keys are
/// hash maps in practice (V8 and QuickJS bound their fast mode likewise).
pub const MAX_SHAPED_KEYS: usize = 128;

/// The bound for prototype objects (`Shape::max_keys`): a prototype is built once, key
/// after key along one chain (no branch copies its keys), and every method call reads
/// it. Bundles put hundreds of methods on one (acorn's `Parser.prototype` has over 500);
/// in dictionary mode no inline cache would hold any of them. V8 keeps prototypes in fast
/// mode likewise.
pub const MAX_PROTOTYPE_KEYS: usize = 1024;

/// An object's own (non-element) properties: a shape and a vector of values (fast mode),
/// or a dictionary for objects used as hash maps.
///
/// An object leaves fast mode for good when a property is deleted, when it passes
/// `MAX_SHAPED_KEYS` keys, or when its kind is one whose named properties are exotic (a proxy,
/// a module namespace: `PropertyMap::dictionary`), so inline caches, which only trust shape
/// ids, never see those objects. Attribute changes (freezing, `defineProperty` on an
/// existing key) stay in fast mode through reconfiguration transitions.
pub struct PropertyMap(Repr);

enum Repr {
    /// `shape` None is the empty shape (creating an object costs no shape lookup).
    Shaped {
        shape: Option<Rc<Shape>>,
        /// Packed (8 bytes a slot: `value/packed.rs`).
        values: SlotVec,
    },
    Dict(Box<DictMap>),
}

impl Default for PropertyMap {
    fn default() -> Self {
        PropertyMap(Repr::Shaped { shape: None, values: SlotVec::new() })
    }
}

fn property_at(e: ShapeEntry, values: &[Packed]) -> Property {
    let o = e.offset as usize;
    let slot =
        if e.accessor { Slot::Accessor(values[o].get(), values[o + 1].get()) } else { Slot::Data(values[o].get()) };
    Property { slot, attrs: e.attrs }
}

impl PropertyMap {
    /// A map in fast mode with `shape` and its values (an object made with a known layout:
    /// iterator results). `values` must have one slot per data property of `shape`.
    pub fn with_shape(shape: Rc<Shape>, values: SlotVec) -> Self {
        debug_assert_eq!(shape.slot_count(), values.len());
        PropertyMap(Repr::Shaped { shape: Some(shape), values })
    }

    /// The out-of-line slot vector of a map in fast mode (what a sweep keeps for reuse,
    /// `Heap::slot_vecs`); None for values kept inline and in dictionary mode.
    pub fn into_slot_vec(self) -> Option<SlotVec> {
        match self.0 {
            Repr::Shaped { values, .. } if values.spilled() => Some(values),
            _ => None,
        }
    }

    /// How many slots a map in fast mode that has no values yet should start with to reach
    /// `next` (what `reserve_for` would reserve) when that is more than fit inline; None
    /// when they fit, once it has values, or in dictionary mode.
    pub fn first_slots_for(&self, next: &Shape) -> Option<usize> {
        match &self.0 {
            Repr::Shaped { values, .. } if values.is_empty() && !values.spilled() => {
                Some(next.slots_hint().min(8).max(next.slot_count())).filter(|&n| n > INLINE_SLOTS)
            }
            _ => None,
        }
    }

    /// Gives a map in fast mode without values the empty out-of-line vector `v` (see
    /// `first_slots_for`).
    pub fn give_slot_vec(&mut self, v: SlotVec) {
        if let Repr::Shaped { values, .. } = &mut self.0
            && values.is_empty()
            && !values.spilled()
        {
            *values = v;
        }
    }

    /// An empty map in dictionary mode (for objects whose named properties are exotic).
    pub fn dictionary() -> Self {
        PropertyMap(Repr::Dict(Box::default()))
    }

    /// The shape id inline caches compare: `NO_SHAPE_ID` in dictionary mode.
    #[inline]
    pub fn shape_id(&self) -> u64 {
        match &self.0 {
            Repr::Shaped { shape: Some(s), .. } => s.id(),
            Repr::Shaped { shape: None, .. } => EMPTY_SHAPE_ID,
            Repr::Dict(_) => NO_SHAPE_ID,
        }
    }

    /// The shape's entry for `key` (None in dictionary mode or when absent).
    #[inline]
    pub fn shape_entry(&self, key: PropertyKey) -> Option<ShapeEntry> {
        match &self.0 {
            Repr::Shaped { shape: Some(s), .. } => s.find(key),
            _ => None,
        }
    }

    /// The value in slot `offset` of a fast-mode object (an inline cache's hit).
    #[inline]
    pub fn value_at(&self, offset: u32) -> Value {
        match &self.0 {
            Repr::Shaped { values, .. } => values.at(offset as usize).get(),
            Repr::Dict(_) => Value::Undefined,
        }
    }

    /// [`value_at`](Self::value_at) as stored (the inline caches copy it to a register).
    #[inline]
    pub fn packed_at(&self, offset: u32) -> Packed {
        match &self.0 {
            Repr::Shaped { values, .. } => values.at(offset as usize),
            Repr::Dict(_) => Packed::UNDEFINED,
        }
    }

    /// Writes slot `offset` of a fast-mode object.
    #[inline]
    pub fn set_value_at(&mut self, offset: u32, v: Value) {
        self.set_packed_at(offset, Packed::new(v));
    }

    /// [`set_value_at`](Self::set_value_at) with a value as stored.
    #[inline]
    pub fn set_packed_at(&mut self, offset: u32, v: Packed) {
        if let Repr::Shaped { values, .. } = &mut self.0 {
            values.set(offset as usize, v);
        }
    }

    /// The shape of a fast-mode map (the empty shape for a new object).
    pub fn shape(&self) -> Option<Rc<Shape>> {
        match &self.0 {
            Repr::Shaped { shape, .. } => Some(shape.clone().unwrap_or_else(Shape::empty)),
            Repr::Dict(_) => None,
        }
    }

    /// Value slots in use (fast mode).
    pub fn slot_count(&self) -> usize {
        match &self.0 {
            Repr::Shaped { values, .. } => values.len(),
            Repr::Dict(_) => 0,
        }
    }

    /// Appends a data property's value and moves to `to`, a child of the current shape that
    /// adds one data property (an inline cache's addition). Returns the bytes the value
    /// vector grew by.
    #[inline]
    pub fn push_with_shape(&mut self, to: Rc<Shape>, v: Value) -> usize {
        let Repr::Shaped { shape, values } = &mut self.0 else { return 0 };
        debug_assert_eq!(to.slot_count(), values.len() + 1);
        let before = values.heap_bytes();
        reserve_for(values, &to);
        values.push(Packed::new(v));
        *shape = Some(to);
        values.heap_bytes() - before
    }

    /// Appends data property `key` with `attrs` when the shape already has that transition
    /// (an object built like an earlier one: a class's fields in the same order), without
    /// looking the key up; the bytes the values grew by, or None to take the general path.
    pub fn push_by_transition(&mut self, key: PropertyKey, attrs: u8, v: Value) -> Option<usize> {
        let Repr::Shaped { shape, values } = &mut self.0 else { return None };
        let next = match shape {
            Some(s) => s.existing_child(key, attrs)?,
            None => Shape::empty().existing_child(key, attrs)?,
        };
        let before = values.heap_bytes();
        reserve_for(values, &next);
        values.push(Packed::new(v));
        *shape = Some(next);
        Some(values.heap_bytes() - before)
    }

    /// Where `key` is in a dictionary-mode map (for a cache that checks the key again).
    pub fn dict_position(&self, key: PropertyKey) -> Option<u32> {
        match &self.0 {
            Repr::Dict(d) => d.position(key),
            Repr::Shaped { .. } => None,
        }
    }

    /// The record at dictionary position `pos`, if it still is `key`'s.
    #[inline]
    pub fn dict_at(&mut self, pos: u32, key: PropertyKey) -> Option<&mut Property> {
        let Repr::Dict(d) = &mut self.0 else { return None };
        d.at_position(pos, key)
    }

    pub fn is_dictionary(&self) -> bool {
        matches!(self.0, Repr::Dict(_))
    }

    #[inline]
    pub fn get(&self, key: PropertyKey) -> Option<Property> {
        match &self.0 {
            Repr::Shaped { shape: Some(s), values } => s.find(key).map(|e| property_at(e, values)),
            Repr::Shaped { shape: None, .. } => None,
            Repr::Dict(d) => d.get(key).copied(),
        }
    }

    pub fn contains(&self, key: PropertyKey) -> bool {
        match &self.0 {
            Repr::Shaped { shape: Some(s), .. } => s.find(key).is_some(),
            Repr::Shaped { shape: None, .. } => false,
            Repr::Dict(d) => d.get(key).is_some(),
        }
    }

    /// Replaces the value of an existing writable data property (not a lazily formatted
    /// stack); false when there is no such property.
    #[inline]
    pub fn set_data_value(&mut self, key: PropertyKey, v: Value) -> bool {
        match &mut self.0 {
            Repr::Shaped { shape: Some(s), values } => match s.find(key) {
                Some(e) if !e.accessor && e.attrs & (WRITABLE | LAZY_VALUE) == WRITABLE => {
                    values[e.offset as usize] = Packed::new(v);
                    true
                }
                _ => false,
            },
            Repr::Shaped { shape: None, .. } => false,
            Repr::Dict(d) => match d.get_mut(key) {
                Some(p) if matches!(p.slot, Slot::Data(_)) && p.attrs & (WRITABLE | LAZY_VALUE) == WRITABLE => {
                    p.slot = Slot::Data(v);
                    true
                }
                _ => false,
            },
        }
    }

    /// Inserts or replaces (keeping the original position).
    pub fn insert(&mut self, key: PropertyKey, prop: Property) {
        let accessor = matches!(prop.slot, Slot::Accessor(..));
        match &mut self.0 {
            Repr::Shaped { shape, values } => {
                let current = shape.as_ref().and_then(|s| s.find(key));
                match current {
                    Some(e) if e.accessor == accessor && e.attrs == prop.attrs => {
                        write_slot(values, e.offset, prop.slot);
                    }
                    Some(e)
                        if e.accessor == accessor && shape.as_ref().is_some_and(|s| s.depth() < MAX_SHAPE_DEPTH) =>
                    {
                        let s = shape.as_ref().expect("a shape with the key");
                        *shape = Some(s.reconfigure(key, prop.attrs));
                        write_slot(values, e.offset, prop.slot);
                    }
                    // Data ↔ accessor changes the slot count: leave fast mode (so does a chain
                    // grown long by reconfigurations).
                    Some(_) => {
                        self.enter_dictionary_mode();
                        self.insert(key, prop);
                    }
                    None if shape.as_ref().is_some_and(|s| s.len() >= s.max_keys()) => {
                        self.enter_dictionary_mode();
                        self.insert(key, prop);
                    }
                    None => {
                        let from = shape.take().unwrap_or_else(Shape::empty);
                        let next = from.add(key, prop.attrs, accessor);
                        debug_assert_eq!(next.slot_count(), values.len() + if accessor { 2 } else { 1 });
                        reserve_for(values, &next);
                        match prop.slot {
                            Slot::Data(v) => values.push(Packed::new(v)),
                            Slot::Accessor(g, s) => values.extend([Packed::new(g), Packed::new(s)]),
                        }
                        *shape = Some(next);
                    }
                }
            }
            Repr::Dict(d) => d.insert(key, prop),
        }
    }

    pub fn remove(&mut self, key: PropertyKey) -> Option<Property> {
        if let Repr::Shaped { .. } = self.0 {
            if !self.contains(key) {
                return None;
            }
            self.enter_dictionary_mode();
        }
        match &mut self.0 {
            Repr::Dict(d) => d.remove(key),
            Repr::Shaped { .. } => unreachable!("converted above"),
        }
    }

    /// Leaves fast mode: the same records, in order, in a dictionary.
    fn enter_dictionary_mode(&mut self) {
        let mut d = DictMap::default();
        self.for_each(|k, p| d.insert(k, p));
        self.0 = Repr::Dict(Box::new(d));
    }

    /// Calls `f` with each record in insertion order.
    pub fn for_each(&self, mut f: impl FnMut(PropertyKey, Property)) {
        match &self.0 {
            Repr::Shaped { shape: Some(s), values } => s.for_each(|e| f(e.key, property_at(e, values))),
            Repr::Shaped { shape: None, .. } => {}
            Repr::Dict(d) => d.iter().for_each(|(k, p)| f(*k, *p)),
        }
    }

    /// Every key the map holds, in insertion order.
    pub fn for_each_key(&self, mut f: impl FnMut(PropertyKey)) {
        match &self.0 {
            Repr::Shaped { shape: Some(s), .. } => s.for_each(|e| f(e.key)),
            Repr::Shaped { shape: None, .. } => {}
            Repr::Dict(d) => d.iter().for_each(|(k, _)| f(*k)),
        }
    }

    /// Every value the map holds (a getter and a setter count as values), for the collector:
    /// a shaped map's slots are read as stored, without rebuilding each property record.
    pub fn for_each_value(&self, mut f: impl FnMut(Value)) {
        match &self.0 {
            Repr::Shaped { values, .. } => values.iter().for_each(|v| f(v.get())),
            Repr::Dict(d) => d.iter().for_each(|(_, p)| match p.slot {
                Slot::Data(v) => f(v),
                Slot::Accessor(g, s) => {
                    f(g);
                    f(s);
                }
            }),
        }
    }

    /// The records in insertion order, by value (a snapshot: the map may change meanwhile).
    pub fn iter(&self) -> std::vec::IntoIter<(PropertyKey, Property)> {
        let mut v = Vec::with_capacity(self.len());
        self.for_each(|k, p| v.push((k, p)));
        v.into_iter()
    }

    /// Keys in insertion order.
    pub fn keys(&self) -> impl Iterator<Item = PropertyKey> + use<> {
        let mut v = Vec::with_capacity(self.len());
        self.for_each(|k, _| v.push(k));
        v.into_iter()
    }

    /// Bytes owned on the Rust heap: the value vector (by capacity) and an even share of the
    /// shape, or the dictionary.
    pub fn heap_bytes(&self) -> usize {
        match &self.0 {
            Repr::Shaped { shape, values } => {
                let share = shape.as_ref().map_or(0, |s| {
                    (std::mem::size_of::<Shape>() + s.len() * std::mem::size_of::<ShapeEntry>()) / Rc::strong_count(s)
                });
                values.heap_bytes() + share
            }
            Repr::Dict(d) => std::mem::size_of::<DictMap>() + d.heap_bytes(),
        }
    }

    /// Whether any key is an array index.
    pub fn has_index_keys(&self) -> bool {
        match &self.0 {
            Repr::Shaped { shape, .. } => shape.as_ref().is_some_and(|s| s.index_keys() > 0),
            Repr::Dict(d) => d.has_index_keys(),
        }
    }
    pub fn len(&self) -> usize {
        match &self.0 {
            Repr::Shaped { shape, .. } => shape.as_ref().map_or(0, |s| s.len()),
            Repr::Dict(d) => d.len(),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Grows a full value vector to what objects entering `next` went on to need (at most 8
/// more slots; doubling otherwise), so an object literal `{a, b}` holds two slots, not four.
#[inline]
fn reserve_for(values: &mut SlotVec, next: &Shape) {
    let len = values.len();
    if len == values.capacity() {
        let need = next.slot_count();
        let hint = next.slots_hint();
        if hint > need {
            values.reserve_exact(hint.min(len + 8) - len);
        } else if need - len > 1 {
            values.reserve_exact(need - len);
        }
    }
}

fn write_slot(values: &mut [Packed], offset: u32, slot: Slot) {
    let o = offset as usize;
    match slot {
        Slot::Data(v) => values[o] = Packed::new(v),
        Slot::Accessor(g, s) => {
            values[o] = Packed::new(g);
            values[o + 1] = Packed::new(s);
        }
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
        let mut m = DictMap::default();
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

    /// A prototype object (its first key a non-enumerable `constructor`, the shape a fresh
    /// prototype gets) stays in fast mode up to `MAX_PROTOTYPE_KEYS`; other objects leave it
    /// after `MAX_SHAPED_KEYS`.
    #[test]
    fn prototypes_stay_shaped_longer() {
        let fill = |m: &mut PropertyMap, from: u32, n: u32| {
            for i in from..from + n {
                m.insert(PropertyKey::String(StrId(1000 + i)), Property::data(Value::Null, DEFAULT_ATTRS));
            }
        };
        let mut plain = PropertyMap::default();
        fill(&mut plain, 0, MAX_SHAPED_KEYS as u32);
        assert!(!plain.is_dictionary());
        fill(&mut plain, MAX_SHAPED_KEYS as u32, 1);
        assert!(plain.is_dictionary());

        let constructor = PropertyKey::String(StrId(999));
        let root = crate::object::shape::Shape::empty().add(constructor, 0, false);
        root.mark_prototype_lineage();
        let mut proto = PropertyMap::with_shape(root, [Packed::new(Value::Null)].into_iter().collect());
        fill(&mut proto, 0, MAX_PROTOTYPE_KEYS as u32 - 1);
        assert!(!proto.is_dictionary());
        assert_eq!(proto.get(PropertyKey::String(StrId(1000 + 600))).map(|p| p.slot), Some(Slot::Data(Value::Null)));
        fill(&mut proto, MAX_PROTOTYPE_KEYS as u32, 1);
        assert!(proto.is_dictionary());
    }

    /// Toggling a property's attributes reconfigures in fast mode until the shape chain
    /// reaches its bound, then leaves for dictionary mode: the chain (and the recursion of
    /// dropping it) stays bounded however long the toggling goes on.
    #[test]
    fn attribute_toggling_stays_bounded() {
        let mut m = PropertyMap::default();
        let k = PropertyKey::String(StrId(1));
        m.insert(k, Property::data(Value::Null, DEFAULT_ATTRS));
        m.insert(PropertyKey::String(StrId(2)), Property::data(Value::Null, DEFAULT_ATTRS));
        let fast = m.shape_id();
        m.insert(k, Property::data(Value::Bool(true), WRITABLE));
        assert!(!m.is_dictionary() && m.shape_id() != fast);
        assert_eq!(m.get(k).unwrap().attrs, WRITABLE);
        for i in 0..100_000 {
            let attrs = if i % 2 == 0 { DEFAULT_ATTRS } else { 0 };
            m.insert(k, Property::data(Value::Number(i as f64), attrs));
        }
        assert!(m.is_dictionary());
        assert_eq!(m.get(k), Some(Property::data(Value::Number(99_999.0), 0)));
        assert_eq!(m.keys().collect::<Vec<_>>(), vec![k, PropertyKey::String(StrId(2))]);
    }

    #[test]
    fn holes_keep_insertion_order_and_reinsertion_goes_last() {
        let mut m = DictMap::default();
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
