//! Shapes (hidden classes): the layout objects created the same way share.
//!
//! A shape maps an object's own property keys to their attributes and to offsets in the
//! object's value vector. Adding a property moves the object to a child shape along a
//! transition keyed by (key, attributes); objects that receive the same keys in the same
//! order with the same attributes end up sharing one shape, so an inline cache that saw the
//! shape once knows where the property lives in every object of that shape (`vm/ic.rs`).
//!
//! The keys are stored once per branch of the transition tree, as V8's descriptor arrays
//! are: a shape sees the first `len` entries of a key table it shares with its ancestors and
//! descendants. The first child of a shape whose table ends at that shape appends to the
//! table; any other child (a branch) copies the prefix. Building an object key by key
//! therefore costs one entry per key, not a table per step. Objects used as dictionaries
//! leave shapes (`PropertyMap` switches to its dictionary form) before branches could make the
//! copies large: see `MAX_SHAPED_KEYS`.
//!
//! Shapes hold no heap handles beyond the keys' ids, whose strings and symbols the collector
//! keeps alive through the objects that have the keys (it marks each live object's keys).

use super::property::{MAX_PROTOTYPE_KEYS, MAX_SHAPED_KEYS, PropertyKey};
use crate::hash::IdMap;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicU64, Ordering};

/// A property as a shape records it. Data properties use one value slot at `offset`;
/// accessors use two (getter at `offset`, setter after it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShapeEntry {
    pub key: PropertyKey,
    pub attrs: u8,
    pub accessor: bool,
    pub offset: u32,
}

impl ShapeEntry {
    pub fn width(&self) -> u32 {
        if self.accessor { 2 } else { 1 }
    }
}

/// Tables up to this length are searched linearly; longer ones get a hash index.
const LINEAR_KEYS: usize = 8;

/// The key list one branch of the transition tree shares.
#[derive(Default)]
struct KeyTable {
    entries: Vec<ShapeEntry>,
    /// Key → position in `entries`, present once `entries` is longer than `LINEAR_KEYS`.
    index: Option<IdMap<PropertyKey, u32>>,
}

impl KeyTable {
    fn from_entries(entries: Vec<ShapeEntry>) -> Self {
        let mut t = KeyTable { entries, index: None };
        t.build_index_if_long();
        t
    }
    fn push(&mut self, e: ShapeEntry) {
        self.entries.push(e);
        let pos = self.entries.len() as u32 - 1;
        match &mut self.index {
            Some(ix) => {
                ix.insert(e.key, pos);
            }
            None => self.build_index_if_long(),
        }
    }
    fn build_index_if_long(&mut self) {
        if self.index.is_none() && self.entries.len() > LINEAR_KEYS {
            self.index = Some(self.entries.iter().enumerate().map(|(i, e)| (e.key, i as u32)).collect());
        }
    }
}

/// What distinguishes two transitions out of one shape: the key, its attributes, and
/// whether the step adds the key or reconfigures it in place.
type TransitionKey = (PropertyKey, u8);
const TRANSITION_ACCESSOR: u8 = 0x40;
const TRANSITION_RECONFIGURE: u8 = 0x20;

/// Transitions out of a shape. Children are held weakly: a shape lives while an object (or
/// a descendant shape's parent link in a cache) holds it, and dead links are pruned when the
/// table grows.
enum Transitions {
    None,
    /// Most shapes have one child (a built-in's or a constructor's chain): no allocation.
    One(TransitionKey, Weak<Shape>),
    Few(Vec<(TransitionKey, Weak<Shape>)>),
    Many(IdMap<TransitionKey, Weak<Shape>>),
}

const FEW_TRANSITIONS: usize = 8;

impl Transitions {
    fn get(&self, k: TransitionKey) -> Option<Rc<Shape>> {
        match self {
            Transitions::None => None,
            Transitions::One(tk, w) => (*tk == k).then(|| w.upgrade()).flatten(),
            Transitions::Few(v) => v.iter().find(|(tk, _)| *tk == k).and_then(|(_, w)| w.upgrade()),
            Transitions::Many(m) => m.get(&k).and_then(Weak::upgrade),
        }
    }
    fn insert(&mut self, k: TransitionKey, child: &Rc<Shape>) {
        let w = Rc::downgrade(child);
        match self {
            Transitions::None => *self = Transitions::One(k, w),
            Transitions::One(tk, old) if *tk == k || old.strong_count() == 0 => *self = Transitions::One(k, w),
            Transitions::One(..) => {
                let Transitions::One(tk, old) = std::mem::replace(self, Transitions::None) else { unreachable!() };
                *self = Transitions::Few(vec![(tk, old), (k, w)]);
            }
            Transitions::Few(v) => {
                v.retain(|(tk, w)| *tk != k && w.strong_count() > 0);
                if v.len() < FEW_TRANSITIONS {
                    v.push((k, w));
                } else {
                    let mut m: IdMap<TransitionKey, Weak<Shape>> = v.drain(..).collect();
                    m.insert(k, w);
                    *self = Transitions::Many(m);
                }
            }
            Transitions::Many(m) => {
                // Prune dead children whenever the table doubles: amortized constant work
                // per insertion, and the table stays proportional to its live children.
                if m.len() >= 64 && m.len().is_power_of_two() {
                    m.retain(|_, w| w.strong_count() > 0);
                }
                m.insert(k, w);
            }
        }
    }
}

/// A hidden class. See the module documentation.
pub struct Shape {
    /// Process-unique and never reused, so an inline cache can hold it without keeping the
    /// shape alive.
    id: u64,
    table: Rc<RefCell<KeyTable>>,
    /// How many entries of `table` belong to this shape.
    len: u32,
    /// Value slots the shape's properties use.
    slots: u32,
    /// How many keys are array indices.
    index_keys: u32,
    /// Transitions from the empty shape to this one (reconfigurations included).
    depth: u32,
    /// The most value slots a shape made from this one has had: how many slots an object
    /// entering this shape will probably need (V8's slack tracking, in its simplest form).
    slots_hint: Cell<u32>,
    transitions: RefCell<Transitions>,
    /// Made from the shape of a fresh prototype object (`{constructor}`, non-enumerable):
    /// objects in this lineage are prototypes, which stay in fast mode longer
    /// (`max_keys`), so the inline caches of method calls keep working on them.
    prototype_lineage: Cell<bool>,
    /// The shape this one was made from, kept alive by it: the intermediate shapes of a
    /// constructor's object have no object of their own once it has moved on, and the
    /// transitions to them are weak.
    _parent: Option<Rc<Shape>>,
}

/// The id of the empty shape every object starts from.
pub const EMPTY_SHAPE_ID: u64 = 1;
/// The id an object in dictionary mode reports: never equal to a shape's, nor to an empty
/// inline cache's 0.
pub const NO_SHAPE_ID: u64 = u64::MAX;

static NEXT_SHAPE_ID: AtomicU64 = AtomicU64::new(EMPTY_SHAPE_ID + 1);

thread_local! {
    /// The root of this thread's transition tree (the empty shape). Shapes hold only key ids,
    /// so engines on one thread can share the tree: each interprets the ids in its own heap.
    static EMPTY: Rc<Shape> = Rc::new(Shape::new(EMPTY_SHAPE_ID, None, Rc::default(), 0, 0, 0));
}

impl Shape {
    fn new(
        id: u64,
        parent: Option<Rc<Shape>>,
        table: Rc<RefCell<KeyTable>>,
        len: u32,
        slots: u32,
        index_keys: u32,
    ) -> Self {
        let transitions = RefCell::new(Transitions::None);
        let depth = parent.as_ref().map_or(0, |p| p.depth + 1);
        // Ancestors learn how far objects passing through them grow (bounded by the depth).
        let mut up = parent.as_deref();
        while let Some(p) = up
            && p.slots_hint.get() < slots
        {
            p.slots_hint.set(slots);
            up = p._parent.as_deref();
        }
        let prototype_lineage = Cell::new(parent.as_ref().is_some_and(|p| p.prototype_lineage.get()));
        Shape {
            id,
            table,
            len,
            slots,
            index_keys,
            depth,
            slots_hint: Cell::new(slots),
            transitions,
            prototype_lineage,
            _parent: parent,
        }
    }

    /// The empty shape.
    pub fn empty() -> Rc<Shape> {
        EMPTY.with(Rc::clone)
    }

    pub fn id(&self) -> u64 {
        self.id
    }
    pub fn len(&self) -> usize {
        self.len as usize
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    pub fn slot_count(&self) -> usize {
        self.slots as usize
    }
    pub fn index_keys(&self) -> u32 {
        self.index_keys
    }
    /// Marks this shape (and every shape made from it from now on) as a prototype
    /// object's: see `max_keys`.
    pub fn mark_prototype_lineage(&self) {
        self.prototype_lineage.set(true);
    }

    /// How many own keys an object with this shape may have before it leaves fast mode:
    /// `MAX_PROTOTYPE_KEYS` for prototype objects, `MAX_SHAPED_KEYS` for others.
    pub fn max_keys(&self) -> usize {
        if self.prototype_lineage.get() { MAX_PROTOTYPE_KEYS } else { MAX_SHAPED_KEYS }
    }

    /// How many value slots an object entering this shape will probably need.
    pub fn slots_hint(&self) -> usize {
        self.slots_hint.get() as usize
    }
    /// Transitions from the empty shape (each holds its parent, so this bounds the chain a
    /// shape keeps alive and the recursion of dropping it).
    pub fn depth(&self) -> u32 {
        self.depth
    }

    /// The entry of `key`, if the shape has it.
    #[inline]
    pub fn find(&self, key: PropertyKey) -> Option<ShapeEntry> {
        let t = self.table.borrow();
        let n = self.len as usize;
        match &t.index {
            Some(ix) if n > LINEAR_KEYS => ix.get(&key).filter(|&&p| (p as usize) < n).map(|&p| t.entries[p as usize]),
            _ => t.entries[..n].iter().find(|e| e.key == key).copied(),
        }
    }

    /// The entries in property-creation order.
    pub fn entries(&self) -> Vec<ShapeEntry> {
        self.table.borrow().entries[..self.len as usize].to_vec()
    }

    /// Calls `f` with each entry in order (no allocation; `f` must not create shapes).
    pub fn for_each(&self, mut f: impl FnMut(ShapeEntry)) {
        let t = self.table.borrow();
        for e in &t.entries[..self.len as usize] {
            f(*e);
        }
    }

    /// The shape an existing transition leads to after adding `key` with `attrs` (a data
    /// property): proof that this shape lacks `key`, since a transition adds a key its shape
    /// does not have.
    pub fn existing_child(&self, key: PropertyKey, attrs: u8) -> Option<Rc<Shape>> {
        self.transitions.borrow().get((key, attrs))
    }

    /// The shape after adding `key` (not present) with `attrs`: the existing transition, or
    /// a new child.
    pub fn add(self: &Rc<Self>, key: PropertyKey, attrs: u8, accessor: bool) -> Rc<Shape> {
        let tk = (key, attrs | if accessor { TRANSITION_ACCESSOR } else { 0 });
        if let Some(child) = self.transitions.borrow().get(tk) {
            return child;
        }
        let entry = ShapeEntry { key, attrs, accessor, offset: self.slots };
        let table = {
            let mut t = self.table.borrow_mut();
            if t.entries.len() == self.len as usize {
                // This shape is the table's last owner: extend it (shared with the child).
                t.push(entry);
                self.table.clone()
            } else {
                let mut entries = Vec::with_capacity(self.len as usize + 1);
                entries.extend_from_slice(&t.entries[..self.len as usize]);
                entries.push(entry);
                Rc::new(RefCell::new(KeyTable::from_entries(entries)))
            }
        };
        let index_keys = self.index_keys + u32::from(matches!(key, PropertyKey::Index(_)));
        let (len, slots) = (self.len + 1, self.slots + entry.width());
        let child = Rc::new(Shape::new(fresh_id(), Some(self.clone()), table, len, slots, index_keys));
        self.transitions.borrow_mut().insert(tk, &child);
        child
    }

    /// The shape after changing the attributes of `key` (present, same kind of property) to
    /// `attrs`: offsets stay, so the values do not move.
    pub fn reconfigure(self: &Rc<Self>, key: PropertyKey, attrs: u8) -> Rc<Shape> {
        let tk = (key, attrs | TRANSITION_RECONFIGURE);
        if let Some(child) = self.transitions.borrow().get(tk) {
            return child;
        }
        let mut entries = self.entries();
        for e in entries.iter_mut().filter(|e| e.key == key) {
            e.attrs = attrs;
        }
        let table = Rc::new(RefCell::new(KeyTable::from_entries(entries)));
        let child = Rc::new(Shape::new(fresh_id(), Some(self.clone()), table, self.len, self.slots, self.index_keys));
        self.transitions.borrow_mut().insert(tk, &child);
        child
    }
}

fn fresh_id() -> u64 {
    NEXT_SHAPE_ID.fetch_add(1, Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::StrId;

    fn k(i: u32) -> PropertyKey {
        PropertyKey::String(StrId(i))
    }

    #[test]
    fn same_keys_same_order_share_a_shape() {
        let a = Shape::empty().add(k(1), 7, false).add(k(2), 7, false);
        let b = Shape::empty().add(k(1), 7, false).add(k(2), 7, false);
        assert!(Rc::ptr_eq(&a, &b));
        let c = Shape::empty().add(k(2), 7, false).add(k(1), 7, false);
        assert_ne!(a.id(), c.id());
        assert_eq!(a.find(k(2)).unwrap().offset, 1);
        assert_eq!(c.find(k(2)).unwrap().offset, 0);
    }

    /// A chain of n additions shares one key table: n entries in all, not n²/2.
    #[test]
    fn a_chain_shares_one_table() {
        let mut s = Shape::empty().add(k(1_000), 7, false);
        let first = s.clone();
        for i in 0..100 {
            s = s.add(k(i), 7, i % 3 == 1);
        }
        assert!(Rc::ptr_eq(&first.table, &s.table));
        assert_eq!(s.table.borrow().entries.len(), 101);
        // The first shape sees only its own key, though the table is longer.
        assert!(first.find(k(5)).is_none());
        assert_eq!(s.find(k(99)).unwrap().offset, s.slot_count() as u32 - 1);
        // A branch off the middle copies its prefix.
        let branch = first.add(k(5_000), 7, false);
        assert!(!Rc::ptr_eq(&branch.table, &s.table));
        assert_eq!(branch.find(k(5_000)).unwrap().offset, 1);
        assert!(branch.find(k(3)).is_none());
    }

    #[test]
    fn reconfigure_keeps_offsets() {
        let s = Shape::empty().add(k(1), 7, false).add(k(2), 7, true);
        let r = s.reconfigure(k(1), 0);
        assert_eq!(r.find(k(1)).unwrap(), ShapeEntry { key: k(1), attrs: 0, accessor: false, offset: 0 });
        assert_eq!(r.find(k(2)).unwrap().offset, 1);
        assert_eq!(r.slot_count(), 3);
        assert!(Rc::ptr_eq(&r, &s.reconfigure(k(1), 0)));
    }

    /// Dead children leave the transition table when it grows.
    #[test]
    fn dead_transitions_are_pruned() {
        let root = Shape::empty().add(k(7_777), 7, false);
        for i in 0..10_000 {
            let _child = root.add(k(i), 7, false);
        }
        let live = match &*root.transitions.borrow() {
            Transitions::None => 0,
            Transitions::One(..) => 1,
            Transitions::Few(v) => v.len(),
            Transitions::Many(m) => m.len(),
        };
        assert!(live < 200, "{live} transitions kept for dead children");
    }
}
