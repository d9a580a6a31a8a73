//! Inline caches for named property access (`GetProp`, `SetProp`, `DefineNamed`), for keyed
//! reads with a string or symbol key (`GetElem`: `obj[key]`, `this[kState]`), and for global
//! names (`GetGlobal`, `SetGlobal`, at the end of the file).
//!
//! Each property read owns one `PropertyCache` in its function's side table (`Code::ics`;
//! writes own a `SetCache` in `Code::set_ics`, global accesses a `GlobalCache`). A cache remembers, for the last receiver shape the site saw, where the
//! property lives: in the receiver's own value vector, or in a prototype one or two links up
//! the chain, with that prototype's shape. A later access whose receiver has the same shape
//! (and whose prototypes are the same objects with the same shapes) reads the slot directly,
//! without the generic [[Get]]/[[Set]] walk.
//!
//! Why the checks suffice: a shape fixes which own keys an object has, with their
//! attributes and offsets (`object/shape.rs`), so an unchanged receiver shape proves the key
//! is still absent from (or still at `offset` in) the receiver; the same holds for each
//! prototype checked. Object ids and shape ids are compared, never trusted otherwise: shape
//! ids are never reused, and a recycled object id that passes the checks has exactly the
//! layout the cache describes. Only objects whose named properties are ordinary are cached:
//! dictionary-mode maps (proxies, module namespaces, hash-map objects) report a shape id no
//! cache holds, and the keys that exotic objects answer themselves (an array's or string's
//! `length`, a typed array's numeric strings) are never cached.

use super::Vm;
use crate::object::property::{DEFAULT_ATTRS, LAZY_VALUE, Property, PropertyKey, Slot, WRITABLE};
use crate::object::shape::Shape;
use crate::object::{Object, ObjectKind};
use crate::value::{ObjId, Packed, Value};
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

/// How deep in the prototype chain a cached property may live (0 = own).
const MAX_DEPTH: usize = 2;

/// The receiver "shape" of a cache filled for primitive strings: no object has it.
const STRING_RECEIVER: u64 = u64::MAX - 1;

/// Marks the receiver shape of an entry saying the property is absent: no object on the
/// checked chain has it and the last one has no prototype, so the read is `undefined`. The
/// marked id matches no object's shape, so the hit paths never take such an entry for a
/// slot; it lives among a named read's other entries (`ReadSite::more`), asked after they
/// all missed, before the generic walk (700 instructions for `options.flag` on a plain
/// object without `flag`, a common read of an options bag). Shape ids count up from 1 and
/// never reach this bit.
const ABSENT: u64 = 1 << 63;

/// What one cache entry says (see [`PropertyCache`], which holds it).
#[derive(Clone, Copy, Debug, Default)]
struct Entry {
    /// The receiver's shape id; 0 (no shape has it) when empty.
    shape: u64,
    /// Where the property lives: 0 the receiver, 1 its prototype, 2 the prototype's prototype.
    depth: u8,
    /// The property is an accessor: `offset` holds its getter (and setter after it).
    accessor: bool,
    offset: u32,
    /// The prototypes passed through, as (object id, shape id), receiver's prototype first.
    protos: [(u32, u64); MAX_DEPTH],
}

/// One instruction's cache entry, a cell per field: a hit reads the shape, depth and offset
/// it needs, where one `Cell` of the whole entry made every hit copy all 48 bytes out first.
#[derive(Debug, Default)]
pub struct PropertyCache {
    shape: Cell<u64>,
    depth: Cell<u8>,
    accessor: Cell<bool>,
    offset: Cell<u32>,
    protos: Cell<[(u32, u64); MAX_DEPTH]>,
}

impl PropertyCache {
    /// The cached property is an accessor: a hit returns its getter.
    #[inline]
    pub fn is_getter(&self) -> bool {
        self.accessor.get()
    }

    fn load(&self) -> Entry {
        Entry {
            shape: self.shape.get(),
            depth: self.depth.get(),
            accessor: self.accessor.get(),
            offset: self.offset.get(),
            protos: self.protos.get(),
        }
    }

    fn store(&self, e: Entry) {
        self.shape.set(e.shape);
        self.depth.set(e.depth);
        self.accessor.set(e.accessor);
        self.offset.set(e.offset);
        self.protos.set(e.protos);
    }
}

/// How many receiver shapes a site caches besides its first (a polymorphic site: Richards'
/// four task kinds behind one `task.run`, DeltaBlue's constraint classes).
const MORE_SHAPES: usize = 3;

/// The entries a site adds once it has seen a second receiver shape, allocated then.
type MoreEntries = Box<[PropertyCache; MORE_SHAPES]>;

/// One property read's caches: the first receiver shape it saw, checked inline, and up to
/// `MORE_SHAPES` others once it turns out polymorphic, checked after the first misses.
/// Past four shapes the oldest of the others is replaced.
#[derive(Default)]
pub struct ReadSite {
    pub(crate) first: PropertyCache,
    more: OnceCell<MoreEntries>,
}

/// Stores a filled entry in the first slot, which is checked inline: a site whose receivers
/// changed shape for good (objects built up in steps, then used) is fast again after one
/// miss. The entry it displaces joins the others, over one for the same shape or the
/// oldest.
fn place_entry(first: &PropertyCache, more: &OnceCell<MoreEntries>, entry: Entry) {
    let old = first.load();
    first.store(entry);
    if old.shape == 0 || old.shape == entry.shape {
        return;
    }
    let more = more.get_or_init(Default::default);
    if let Some(same) = more.iter().find(|c| c.shape.get() == old.shape || c.shape.get() == entry.shape) {
        same.store(old);
        return;
    }
    for i in (1..MORE_SHAPES).rev() {
        more[i].store(more[i - 1].load());
    }
    more[0].store(old);
}

/// Stores an absent entry among a site's other entries (never in the first, where it
/// would only cost the hit path a miss): over one for the same shape, a free one or another
/// absent one — never over a found property's entry, so a polymorphic site keeps its hits.
fn place_absent(more: &OnceCell<MoreEntries>, entry: Entry) {
    let more = more.get_or_init(Default::default);
    let slot = more
        .iter()
        .find(|c| c.shape.get() == entry.shape)
        .or_else(|| more.iter().find(|c| c.shape.get() == 0))
        .or_else(|| more.iter().find(|c| c.shape.get() & ABSENT != 0 && c.shape.get() != STRING_RECEIVER));
    if let Some(slot) = slot {
        slot.store(entry);
    }
}

/// The key a keyed site's caches were filled for: a string's or symbol's packed bits (0, no
/// value's bits, when empty). The collector marks it while the code lives (`heap/gc.rs`), so
/// its id cannot be freed and reused for another string or symbol while cached.
#[derive(Default)]
pub struct CachedKey(Cell<u64>);

impl CachedKey {
    /// The key, if the site has been filled.
    pub fn get(&self) -> Option<Value> {
        match self.0.get() {
            0 => None,
            bits => Some(Packed::from_bits(bits).get()),
        }
    }

    /// Whether the site was filled for `key`.
    #[inline(always)]
    pub(crate) fn is(&self, key: Packed) -> bool {
        self.0.get() == key.to_bits()
    }

    fn set(&self, key: Packed) {
        self.0.set(key.to_bits());
    }
}

/// A keyed write's caches (`obj[key] = v` with a string or symbol key: `this[kState] = s`):
/// the key they were filled for and a named write's caches for that key, replaced when the
/// key changes.
#[derive(Default)]
pub struct KeyedWriteSite {
    pub(crate) key: CachedKey,
    pub(crate) cache: RefCell<SetCache>,
}

impl KeyedWriteSite {
    /// Empties the caches for a new key (a string or symbol only).
    pub(crate) fn rekey(&self, key: Packed, pk: PropertyKey) -> bool {
        if self.key.is(key) {
            return true;
        }
        if !matches!(pk, PropertyKey::String(_) | PropertyKey::Symbol(_)) {
            return false;
        }
        self.cache.replace(SetCache::default());
        self.key.set(key);
        true
    }
}

/// The two reads of SpeciesConstructor for promises (`constructor`, then `@@species` on it),
/// cached as named reads are (`Vm::species_constructor`).
#[derive(Default)]
pub struct SpeciesSites {
    pub(crate) constructor: ReadSite,
    pub(crate) species: ReadSite,
}

/// A keyed read's cache (`obj[key]` or `key in obj` with a string or symbol key): the key
/// it was filled for and where that key's property was found. Monomorphic: a different key
/// or shape refills it.
#[derive(Default)]
pub struct KeyedReadSite {
    pub(crate) key: CachedKey,
    cache: PropertyCache,
}

impl Vm {
    /// A cached keyed read: the slot's value (the getter when the property is an accessor)
    /// when `key` is the site's key and `id` has the cached shape.
    #[inline(always)]
    pub(crate) fn get_keyed_cached(&self, id: ObjId, key: Packed, site: &KeyedReadSite) -> Option<(Packed, bool)> {
        if !site.key.is(key) {
            return None;
        }
        Some((self.get_cached(id, &site.cache)?, site.cache.is_getter()))
    }

    /// Records where `key` (the register's value, `pk` its property key) was found for
    /// `receiver`, replacing what the site held.
    pub(crate) fn fill_keyed_read(&self, site: &KeyedReadSite, receiver: ObjId, key: Packed, pk: PropertyKey) {
        if !matches!(pk, PropertyKey::String(_) | PropertyKey::Symbol(_)) {
            return;
        }
        let shape = self.heap.obj(receiver).props.shape_id();
        if let Some(entry) = self.read_entry(shape, receiver, 0, [(0, 0); MAX_DEPTH], pk, false) {
            site.cache.store(entry);
            site.key.set(key);
        }
    }

    /// Whether accesses of `key` may be cached at all: not a key some object kind answers
    /// itself (an array's or a string's `length`, a typed array's numeric strings). A site's
    /// key never changes, so a cache filled for another key's site cannot be hit by these;
    /// the hit paths then need no check of the object's kind.
    fn cacheable_key(&self, key: PropertyKey) -> bool {
        key != PropertyKey::String(self.names.length)
            && crate::object::typed_array::canonical_numeric_index(self, key).is_none()
    }

    /// Whether an object's named properties are in fast mode (proxies and module namespaces
    /// never are: see `Object::new`).
    fn cacheable(o: &Object) -> bool {
        !o.props.is_dictionary() && !matches!(o.kind, ObjectKind::Proxy(_) | ObjectKind::ModuleNamespace(_))
    }

    /// The object `protos` leads to from `start` (`start` itself when empty), if each link
    /// is still the cached object with the cached shape.
    #[inline]
    fn cached_holder<'a>(&'a self, start: &'a Object, protos: &[(u32, u64)]) -> Option<&'a Object> {
        let mut cur = start;
        for &(id, shape) in protos {
            let p = cur.proto()?;
            if p.0 != id {
                return None;
            }
            cur = self.heap.obj(p);
            if cur.props.shape_id() != shape {
                return None;
            }
        }
        Some(cur)
    }

    /// A cached named read: `Some` when `cache` describes `id`'s shape (and prototypes): the
    /// slot's value, which is the getter when `PropertyCache::is_getter` (a plain `Value`
    /// is returned on purpose: wrapping it in a second enum made the compiler copy it with
    /// overlapping moves, and the stalled store forwarding cost more than the lookup saved).
    #[inline(always)]
    pub(crate) fn get_cached(&self, id: ObjId, cache: &PropertyCache) -> Option<Packed> {
        let o = self.heap.obj(id);
        if o.props.shape_id() != cache.shape.get() {
            return None;
        }
        // Own properties (the common case) need no walk.
        let depth = cache.depth.get() as usize;
        let holder = if depth == 0 { o } else { self.cached_holder(o, &cache.protos.get()[..depth])? };
        Some(holder.props.packed_at(cache.offset.get()))
    }

    /// An absent entry's answer for `id`: `undefined` when `id` has the cached shape, its
    /// prototypes are the cached objects with the cached shapes, and the last has no
    /// prototype.
    fn absent_cached(&self, id: ObjId, cache: &PropertyCache) -> Option<Packed> {
        let o = self.heap.obj(id);
        if o.props.shape_id() | ABSENT != cache.shape.get() {
            return None;
        }
        let depth = cache.depth.get() as usize;
        let last = if depth == 0 { o } else { self.cached_holder(o, &cache.protos.get()[..depth])? };
        last.proto().is_none().then_some(Packed::UNDEFINED)
    }

    /// A cached named read on a primitive string (a method of %String.prototype% or of
    /// Object.prototype: a string's own properties are its indices and `length` only).
    #[inline]
    pub(crate) fn get_cached_on_string(&self, cache: &PropertyCache) -> Option<Packed> {
        let c = cache.load();
        if c.shape != STRING_RECEIVER {
            return None;
        }
        // The string's "prototype link" is the realm's %String.prototype%.
        let proto = self.current_realm().intrinsics.string_prototype;
        let (id, shape) = c.protos[0];
        let start = self.heap.obj(proto);
        if proto.0 != id || start.props.shape_id() != shape {
            return None;
        }
        let holder = self.cached_holder(start, &c.protos[1..c.depth as usize])?;
        Some(holder.props.packed_at(c.offset))
    }

    /// A polymorphic site's other entries, asked after its first missed: the slot's value
    /// and whether it is a getter.
    #[inline(never)]
    pub(crate) fn get_cached_more(&self, receiver: Value, site: &ReadSite) -> Option<(Value, bool)> {
        let more = site.more.get()?;
        let hit = more.iter().find_map(|c| {
            let v = match receiver {
                Value::Object(id) => self.get_cached(id, c),
                Value::String(_) => self.get_cached_on_string(c),
                _ => None,
            }?;
            Some((v.get(), c.is_getter()))
        });
        if hit.is_some() {
            return hit;
        }
        // An absent entry for the receiver's shape: the read is `undefined`.
        let Value::Object(id) = receiver else { return None };
        let marked = self.heap.obj(id).props.shape_id() | ABSENT;
        let c = more.iter().find(|c| c.shape.get() == marked)?;
        self.absent_cached(id, c).map(|_| (Value::Undefined, false))
    }

    /// Records where `key` was found for a primitive string receiver: the lookup starts at
    /// %String.prototype%, one link up.
    pub(crate) fn fill_get_cache_on_string(&self, cache: &ReadSite, key: PropertyKey) {
        let proto = self.current_realm().intrinsics.string_prototype;
        let mut protos = [(0, 0); MAX_DEPTH];
        protos[0] = (proto.0, self.heap.obj(proto).props.shape_id());
        self.fill_read_cache(cache, STRING_RECEIVER, proto, 1, protos, key);
    }

    /// Records where `key` was found for `receiver` (after a generic read), if cacheable.
    pub(crate) fn fill_get_cache(&self, cache: &ReadSite, receiver: ObjId, key: PropertyKey) {
        let shape = self.heap.obj(receiver).props.shape_id();
        self.fill_read_cache(cache, shape, receiver, 0, [(0, 0); MAX_DEPTH], key);
    }

    /// [`Vm::fill_get_cache`] for a named read (`GetProp`), which also remembers a key
    /// found nowhere on a short chain (an absent entry, see [`ABSENT`]).
    pub(crate) fn fill_named_get_cache(&self, cache: &ReadSite, receiver: ObjId, key: PropertyKey) {
        let shape = self.heap.obj(receiver).props.shape_id();
        match self.read_entry(shape, receiver, 0, [(0, 0); MAX_DEPTH], key, true) {
            Some(entry) if entry.shape & ABSENT != 0 => place_absent(&cache.more, entry),
            Some(entry) => place_entry(&cache.first, &cache.more, entry),
            None => {}
        }
    }

    /// The walk both fills share: from `cur`, `depth` links above the receiver (whose shape
    /// is `shape`, and whose first `depth` links are in `protos`), up to `MAX_DEPTH`.
    fn fill_read_cache(
        &self,
        cache: &ReadSite,
        shape: u64,
        cur: ObjId,
        first_depth: usize,
        protos: [(u32, u64); MAX_DEPTH],
        key: PropertyKey,
    ) {
        if let Some(entry) = self.read_entry(shape, cur, first_depth, protos, key, false) {
            place_entry(&cache.first, &cache.more, entry);
        }
    }

    /// The cache entry for reading `key`, if it can be cached: found on `cur` or up to
    /// `MAX_DEPTH` links above the receiver, every object on the way in fast mode; with
    /// `absent_ok`, also an absent entry when no object up to one without a prototype has it.
    fn read_entry(
        &self,
        shape: u64,
        mut cur: ObjId,
        first_depth: usize,
        mut protos: [(u32, u64); MAX_DEPTH],
        key: PropertyKey,
        absent_ok: bool,
    ) -> Option<Entry> {
        if !self.cacheable_key(key) {
            return None;
        }
        for depth in first_depth..=MAX_DEPTH {
            let o = self.heap.obj(cur);
            if !Self::cacheable(o) {
                return None;
            }
            if let Some(e) = o.props.shape_entry(key) {
                if e.attrs & LAZY_VALUE != 0 {
                    return None;
                }
                return Some(Entry { shape, depth: depth as u8, accessor: e.accessor, offset: e.offset, protos });
            }
            let Some(p) = o.proto() else {
                return absent_ok.then_some(Entry {
                    shape: shape | ABSENT,
                    depth: depth as u8,
                    accessor: false,
                    offset: 0,
                    protos,
                });
            };
            if depth == MAX_DEPTH {
                return None;
            }
            protos[depth] = (p.0, self.heap.obj(p).props.shape_id());
            cur = p;
        }
        None
    }

    /// A cached write of an own writable data property: true when done.
    #[inline(always)]
    pub(crate) fn set_cached(&mut self, id: ObjId, cache: &SetCache, v: Packed) -> bool {
        let o = self.heap.obj_mut(id);
        if o.props.shape_id() != cache.own.shape.get() {
            return match cache.more_own.get() {
                Some(more) => self.set_cached_more(id, more, v),
                None => false,
            };
        }
        o.props.set_packed_at(cache.own.offset.get(), v);
        true
    }

    /// A polymorphic write site's other entries, asked after its first missed.
    #[inline(never)]
    fn set_cached_more(&mut self, id: ObjId, more: &MoreEntries, v: Packed) -> bool {
        let o = self.heap.obj_mut(id);
        let shape = o.props.shape_id();
        match more.iter().find(|c| c.shape.get() == shape) {
            Some(c) => {
                o.props.set_packed_at(c.offset.get(), v);
                true
            }
            None => false,
        }
    }

    /// Records an own writable data property of `receiver` (after a generic write).
    pub(crate) fn fill_set_cache(&self, cache: &SetCache, receiver: ObjId, key: PropertyKey) {
        let o = self.heap.obj(receiver);
        if !Self::cacheable(o) || !self.cacheable_key(key) {
            return;
        }
        if let Some(e) = o.props.shape_entry(key)
            && !e.accessor
            && e.attrs & (WRITABLE | LAZY_VALUE) == WRITABLE
        {
            let shape = o.props.shape_id();
            let entry = Entry { shape, depth: 0, accessor: false, offset: e.offset, protos: [(0, 0); MAX_DEPTH] };
            place_entry(&cache.own, &cache.more_own, entry);
        }
    }

    /// A cached property addition (`SetProp` of a new key, or a literal's `DefineNamed`):
    /// true when done. The receiver must have the cache's starting shape and be extensible;
    /// for a [[Set]], its prototypes must still be the objects and shapes the lookup walked
    /// (so no setter or read-only property intervenes).
    #[inline]
    pub(crate) fn add_cached(&mut self, id: ObjId, cache: &SetCache, v: Value) -> bool {
        let add = cache.add.borrow();
        let Some(a) = add.as_deref() else { return false };
        let o = self.heap.obj(id);
        if o.props.shape_id() != a.from || !o.extensible {
            return false;
        }
        if let Some(chain) = &a.chain {
            let mut cur = o;
            for &(pid, shape) in &chain.protos[..chain.depth as usize] {
                match cur.proto() {
                    Some(p) if p.0 == pid => cur = self.heap.obj(p),
                    _ => return false,
                }
                if cur.props.shape_id() != shape {
                    return false;
                }
            }
            // A chain that ended at a writable data property stops the lookup there; one
            // that had no such key must still end where it did.
            if !chain.shadows && cur.proto().is_some() {
                return false;
            }
        }
        let to = a.to.clone();
        drop(add);
        // An object's first property: its slot vector from those a collection freed.
        if let Some(n) = self.heap.obj(id).props.first_slots_for(&to) {
            let slots = self.heap.take_slot_vec(n);
            self.heap.charge(slots.capacity() * std::mem::size_of::<Packed>());
            self.heap.obj_mut(id).props.give_slot_vec(slots);
        }
        let grown = self.heap.obj_mut(id).props.push_with_shape(to, v);
        self.heap.charge(grown);
        true
    }

    /// The receiver's shape before a generic addition, for `fill_add_cache`.
    pub(crate) fn shape_before_add(&self, receiver: Value) -> Option<(u64, usize)> {
        let Value::Object(id) = receiver else { return None };
        let o = self.heap.obj(id);
        (Self::cacheable(o) && o.extensible).then(|| (o.props.shape_id(), o.props.slot_count()))
    }

    /// Records a generic addition of `key` to `receiver` whose shape was `before`, if it
    /// appended a plain data property (and, for a [[Set]], no prototype has `key` as a setter
    /// or a read-only property).
    pub(crate) fn fill_add_cache(
        &self,
        cache: &SetCache,
        receiver: ObjId,
        before: Option<(u64, usize)>,
        key: PropertyKey,
        is_set: bool,
    ) {
        let Some((from, slots)) = before else { return };
        if !self.cacheable_key(key) {
            return;
        }
        let o = self.heap.obj(receiver);
        let Some(to) = o.props.shape() else { return };
        match to.find(key) {
            Some(e) if !e.accessor && e.attrs == DEFAULT_ATTRS && e.offset as usize == slots => {}
            _ => return,
        }
        if to.slot_count() != slots + 1 {
            return;
        }
        let chain = if is_set {
            // OrdinarySetWithOwnDescriptor (ECMA-262 §10.1.9.2) walks up until it finds
            // `key`: absent everywhere, or found as a writable data property on a prototype
            // (a default a class keeps there, like RayTrace's `Vector.prototype.x`), the
            // value becomes a new own property of the receiver. A setter or a read-only
            // property on the way makes the addition uncacheable.
            let mut protos = [(0, 0); ADD_CHAIN];
            let mut depth = 0;
            let mut cur = o;
            let mut shadows = false;
            while let Some(p) = cur.proto() {
                cur = self.heap.obj(p);
                if depth == ADD_CHAIN || !Self::cacheable(cur) {
                    return;
                }
                protos[depth] = (p.0, cur.props.shape_id());
                depth += 1;
                // `cur` is in fast mode (cacheable), so its shape knows every key it has.
                match cur.props.shape_entry(key) {
                    None => {}
                    Some(e) if !e.accessor && e.attrs & WRITABLE != 0 => {
                        shadows = true;
                        break;
                    }
                    Some(_) => return,
                }
            }
            Some(AddChain { protos, depth: depth as u8, shadows })
        } else {
            None
        };
        *cache.add.borrow_mut() = Some(Box::new(AddCache { from, to, chain }));
    }
}

/// Prototypes an addition cache validates (a class instance's chain: its prototype, a base
/// class's, Object.prototype).
const ADD_CHAIN: usize = 3;

/// The cache of a property addition: from one shape to its child with the key appended.
pub struct AddCache {
    from: u64,
    to: Rc<Shape>,
    /// For [[Set]]: the prototypes the lookup of the key visited.
    chain: Option<AddChain>,
}

/// The prototypes a [[Set]] that added a property walked through, as (object id, shape id)
/// pairs: to the end of the chain, or to the one holding a writable data property of that
/// name (`shadows`), where the lookup stops.
struct AddChain {
    protos: [(u32, u64); ADD_CHAIN],
    depth: u8,
    shadows: bool,
}

/// The caches of a `SetProp` or `DefineNamed` site: an existing own property's slot, and the
/// last addition.
#[derive(Default)]
pub struct SetCache {
    pub(crate) own: PropertyCache,
    /// A polymorphic site's other own-property entries (see `ReadSite`).
    more_own: OnceCell<MoreEntries>,
    add: RefCell<Option<Box<AddCache>>>,
}

/// Where a global name's binding was found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum GlobalKind {
    #[default]
    Empty,
    /// A binding of the global declarative record, at position `slot`.
    Lexical,
    /// A data property of the global object in fast mode: its shape and offset.
    Shaped,
    /// A data property of the global object in dictionary mode, at position `slot`.
    Dictionary,
}

/// The cache of a `GetGlobal`/`SetGlobal` site (ECMA-262 §9.1.1.4 global environment
/// records: the declarative record is asked first, then the object record).
#[derive(Clone, Copy, Debug, Default)]
pub struct GlobalCache {
    kind: GlobalKind,
    realm: u32,
    /// For object-record hits: how many lexical names the realm had (a new one could
    /// shadow the property).
    lexicals: u32,
    shape: u64,
    slot: u32,
}

impl Vm {
    /// A cached read of the global name `key` (None: take the generic path).
    #[inline]
    pub(crate) fn get_global_cached(&mut self, cache: &Cell<GlobalCache>, key: PropertyKey) -> Option<Value> {
        let c = cache.get();
        if c.kind == GlobalKind::Empty || c.realm != self.realm {
            return None;
        }
        let realm = &self.realms[self.realm as usize];
        if c.kind == GlobalKind::Lexical {
            let v = realm.global_lex.at(c.slot).value;
            return (v != Value::Empty).then_some(v);
        }
        if realm.global_lex.len() as u32 != c.lexicals {
            return None;
        }
        let global = realm.global;
        let props = &mut self.heap.obj_mut(global).props;
        match c.kind {
            GlobalKind::Shaped => (props.shape_id() == c.shape).then(|| props.value_at(c.slot)),
            _ => props.dict_at(c.slot, key).and_then(|p| plain_data(p, false)).map(|v| *v),
        }
    }

    /// A cached write of the global name `key`: true when done.
    #[inline]
    pub(crate) fn set_global_cached(&mut self, cache: &Cell<GlobalCache>, key: PropertyKey, v: Value) -> bool {
        let c = cache.get();
        if c.kind == GlobalKind::Empty || c.realm != self.realm {
            return false;
        }
        let realm = &mut self.realms[self.realm as usize];
        if c.kind == GlobalKind::Lexical {
            let b = realm.global_lex.at_mut(c.slot);
            if !b.mutable || b.value == Value::Empty {
                return false;
            }
            b.value = v;
            return true;
        }
        if realm.global_lex.len() as u32 != c.lexicals {
            return false;
        }
        let global = realm.global;
        let props = &mut self.heap.obj_mut(global).props;
        match c.kind {
            GlobalKind::Shaped if props.shape_id() == c.shape => {
                props.set_value_at(c.slot, v);
                true
            }
            GlobalKind::Dictionary => match props.dict_at(c.slot, key).and_then(|p| plain_data(p, true)) {
                Some(slot) => {
                    *slot = v;
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    /// Records where the global name `name` lives (after a generic access that succeeded).
    /// A write site caches only writable bindings.
    pub(crate) fn fill_global_cache(&mut self, cache: &Cell<GlobalCache>, name: crate::value::StrId, write: bool) {
        let realm_index = self.realm;
        let realm = &self.realms[realm_index as usize];
        let lexicals = realm.global_lex.len() as u32;
        let mut c = GlobalCache { kind: GlobalKind::Empty, realm: realm_index, lexicals, shape: 0, slot: 0 };
        if let Some(pos) = realm.global_lex.position(&name) {
            if write && !realm.global_lex.at(pos).mutable {
                return;
            }
            c.kind = GlobalKind::Lexical;
            c.slot = pos;
            cache.set(c);
            return;
        }
        let key = PropertyKey::String(name);
        let global = realm.global;
        let props = &mut self.heap.obj_mut(global).props;
        if let Some(e) = props.shape_entry(key) {
            let writable = e.attrs & WRITABLE != 0 || !write;
            if !e.accessor && e.attrs & LAZY_VALUE == 0 && writable {
                c.kind = GlobalKind::Shaped;
                c.shape = props.shape_id();
                c.slot = e.offset;
                cache.set(c);
            }
        } else if let Some(pos) = props.dict_position(key)
            && props.dict_at(pos, key).and_then(|p| plain_data(p, write)).is_some()
        {
            c.kind = GlobalKind::Dictionary;
            c.slot = pos;
            cache.set(c);
        }
    }
}

/// The value of a data property that is not a lazily formatted stack (and, for `write`, is
/// writable): what a global cache may read or write directly.
fn plain_data(p: &mut Property, write: bool) -> Option<&mut Value> {
    let writable = p.attrs & WRITABLE != 0 || !write;
    match &mut p.slot {
        Slot::Data(v) if p.attrs & LAZY_VALUE == 0 && writable => Some(v),
        _ => None,
    }
}
