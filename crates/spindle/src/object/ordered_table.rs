//! The [[MapData]] / [[SetData]] list of Map and Set (ECMA-262 §24.1, §24.2): insertion
//! ordered, keyed by SameValueZero, with the spec's iteration semantics.
//!
//! Entries are never moved while an iterator may be walking them: a deletion leaves a hole
//! (the spec sets the record's key to ~empty~), `clear` empties every record, and new entries
//! are appended, so an iterator that holds an index sees exactly what the spec's iterators
//! see. Holes are compacted away only while no iterator is active (`active_iterators`,
//! counted by the iterators themselves and by the collector when it frees an unfinished one),
//! which keeps queue-like use (add at the end, delete at the front) in bounded memory.

use crate::hash::IdMap;
use crate::value::{BigIntId, ObjId, StrId, SymId, Value};

/// A key normalized for SameValueZero: -0 is +0, every NaN is one NaN, strings by content
/// (callers intern string keys, so equal contents share one id).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum KeyRepr {
    Undefined,
    Null,
    Bool(bool),
    Number(u64),
    String(StrId),
    Symbol(SymId),
    /// BigInt keys are canonicalized by the caller (`Heap::intern_bigint`).
    BigInt(BigIntId),
    Object(ObjId),
}

impl KeyRepr {
    /// The representation of an already-normalized key value (strings interned).
    pub fn of(v: Value) -> KeyRepr {
        match v {
            Value::Undefined | Value::Empty | Value::Env(_) => KeyRepr::Undefined,
            Value::Null => KeyRepr::Null,
            Value::Bool(b) => KeyRepr::Bool(b),
            Value::Number(n) => {
                let n = if n == 0.0 { 0.0 } else { n };
                KeyRepr::Number(if n.is_nan() { f64::NAN.to_bits() } else { n.to_bits() })
            }
            Value::String(s) => KeyRepr::String(s),
            Value::Symbol(s) => KeyRepr::Symbol(s),
            Value::BigInt(b) => KeyRepr::BigInt(b),
            Value::Object(o) => KeyRepr::Object(o),
        }
    }
}

#[derive(Default)]
pub struct OrderedTable {
    /// (key, value) records in insertion order; None is a deleted record.
    entries: Vec<Option<(Value, Value)>>,
    index: IdMap<KeyRepr, usize>,
    live: usize,
    /// Iterators that may still read `entries` by position.
    pub active_iterators: u32,
}

impl OrderedTable {
    pub fn len(&self) -> usize {
        self.live
    }

    /// Bytes the records and the index own (by capacity; the index estimated as hashbrown
    /// lays it out: one entry and one control byte per bucket).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        self.entries.capacity() * size_of::<Option<(Value, Value)>>()
            + self.index.capacity() * (size_of::<(KeyRepr, usize)>() + 1)
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    pub fn get(&self, key: Value) -> Option<Value> {
        self.index.get(&KeyRepr::of(key)).and_then(|&i| self.entries[i].map(|(_, v)| v))
    }

    pub fn has(&self, key: Value) -> bool {
        self.index.contains_key(&KeyRepr::of(key))
    }

    /// Sets the value of `key`, appending a record when it is new.
    pub fn set(&mut self, key: Value, value: Value) {
        // One hash lookup whether the key is new or not.
        match self.index.entry(KeyRepr::of(key)) {
            std::collections::hash_map::Entry::Occupied(e) => {
                if let Some(rec) = &mut self.entries[*e.get()] {
                    rec.1 = value;
                }
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(self.entries.len());
                self.entries.push(Some((key, value)));
                self.live += 1;
            }
        }
    }

    pub fn delete(&mut self, key: Value) -> bool {
        let Some(i) = self.index.remove(&KeyRepr::of(key)) else { return false };
        self.entries[i] = None;
        self.live -= 1;
        self.maybe_compact();
        true
    }

    pub fn clear(&mut self) {
        for e in &mut self.entries {
            *e = None;
        }
        self.index.clear();
        self.live = 0;
        self.maybe_compact();
    }

    /// The record at `position` or later: (its position, key, value), skipping holes.
    pub fn entry_from(&self, position: usize) -> Option<(usize, Value, Value)> {
        self.entries.iter().enumerate().skip(position).find_map(|(i, e)| e.map(|(k, v)| (i, k, v)))
    }

    /// The live (key, value) records at this moment, in order.
    pub fn snapshot(&self) -> Vec<(Value, Value)> {
        self.entries.iter().flatten().copied().collect()
    }

    /// Every key and value (for the collector).
    pub fn values(&self) -> impl Iterator<Item = Value> + '_ {
        self.entries.iter().flatten().flat_map(|&(k, v)| [k, v])
    }

    /// Removes holes when no iterator can be looking at positions.
    fn maybe_compact(&mut self) {
        let holes = self.entries.len() - self.live;
        if self.active_iterators > 0 || holes < 16 || holes < self.live {
            return;
        }
        self.entries.retain(Option::is_some);
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            if let Some((k, _)) = e {
                self.index.insert(KeyRepr::of(*k), i);
            }
        }
    }

    /// Compacts after the last iterator went away (called when the count drops to zero).
    pub fn iterator_finished(&mut self) {
        self.active_iterators = self.active_iterators.saturating_sub(1);
        self.maybe_compact();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_value_zero_and_order() {
        let mut t = OrderedTable::default();
        t.set(Value::Number(-0.0), Value::Bool(true));
        t.set(Value::Number(f64::NAN), Value::Null);
        t.set(Value::Number(0.0), Value::Bool(false));
        assert_eq!(t.len(), 2);
        assert_eq!(t.get(Value::Number(0.0)), Some(Value::Bool(false)));
        assert!(t.has(Value::Number(-f64::NAN)));
        assert!(t.delete(Value::Number(0.0)));
        assert_eq!(t.entry_from(0).map(|e| e.0), Some(1));
    }

    #[test]
    fn holes_stay_while_iterating_and_go_after() {
        let mut t = OrderedTable::default();
        for i in 0..40 {
            t.set(Value::Number(i as f64), Value::Undefined);
        }
        t.active_iterators = 1;
        for i in 0..30 {
            t.delete(Value::Number(i as f64));
        }
        // An iterator at position 35 still finds key 35 there.
        assert_eq!(t.entry_from(35).map(|e| (e.0, e.1)), Some((35, Value::Number(35.0))));
        t.iterator_finished();
        assert_eq!(t.entry_from(0).map(|e| (e.0, e.1)), Some((0, Value::Number(30.0))));
        assert_eq!(t.len(), 10);
    }
}
